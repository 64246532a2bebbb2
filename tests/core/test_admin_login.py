"""The staff login with its second factor, as a browser fills it in, in both languages."""

from html.parser import HTMLParser

import pytest
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/?next=/admin/"
PASSWORD = "correct horse battery"


class LoginForm(HTMLParser):
    """What a browser sends when the login form is submitted with Enter: every named
    input and select with its current value, and the first submit button."""

    def __init__(self, html: str):
        super().__init__()
        self.fields: dict[str, str] = {}
        self.labels: list[str] = []
        self._in_form = self._select = self._label = None
        self._submitted = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("id") == "login-form":
            self._in_form = True
        if not self._in_form:
            return
        if tag == "input":
            kind = attrs.get("type", "text")
            if kind == "submit":
                if not self._submitted and attrs.get("name"):
                    self.fields[attrs["name"]] = attrs.get("value", "")
                self._submitted = True
            elif attrs.get("name"):
                self.fields[attrs["name"]] = attrs.get("value", "")
        elif tag == "select":
            self._select = attrs["name"]
        elif tag == "option" and self._select:
            if "selected" in attrs or self._select not in self.fields:
                self.fields[self._select] = attrs.get("value", "")
        elif tag == "label":
            self._label = ""

    def handle_data(self, data):
        if self._label is not None:
            self._label += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._in_form = False
        elif tag == "select":
            self._select = None
        elif tag == "label" and self._label is not None:
            self.labels.append(" ".join(self._label.split()))
            self._label = None


def current_code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def wrong_code(device: TOTPDevice) -> str:
    return f"{(int(current_code(device)) + 500000) % 1000000:06d}"


def browser_login(client: Client, code: str, *, username="editor", password=PASSWORD, page=None):
    """Fill in the login page (or the page the last try answered with) and send it."""
    page = page or client.get(LOGIN)
    assert page.status_code == 200
    form = LoginForm(page.text)
    assert "otp_token" in form.fields, "the page has no field for the code"
    form.fields.update(username=username, password=password, otp_token=code)
    return client.post(LOGIN, form.fields)


@pytest.fixture
def two_factors(settings):
    settings.REQUIRE_2FA = True


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user("editor", password=PASSWORD, is_staff=True)


@pytest.fixture
def device(editor):
    return TOTPDevice.objects.create(user=editor, name="Telefon", confirmed=True)


def test_the_correct_code_is_accepted_on_the_first_try(two_factors, device):
    client = Client()
    response = browser_login(client, current_code(device))
    assert response.status_code == 302, response.text
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_is_refused_with_a_clear_message_then_the_right_one_works(two_factors, device):
    client = Client(headers={"accept-language": "en"})
    refused = browser_login(client, wrong_code(device))
    assert refused.status_code == 200
    assert "That code is not right or has expired" in refused.text
    assert client.get("/admin/").status_code == 302
    # The device's back-off after a wrong code (django-otp) has passed.
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_timestamp=None)
    accepted = browser_login(client, current_code(device), page=refused)
    assert accepted.status_code == 302


def test_a_missing_code_is_asked_for(two_factors, device):
    response = browser_login(Client(headers={"accept-language": "en"}), "")
    assert response.status_code == 200
    assert "Enter the six-digit code from your authenticator app." in response.text


def test_a_code_is_checked_against_the_chosen_device_when_there_are_several(two_factors, device):
    second = TOTPDevice.objects.create(user=device.user, name="Tablet", confirmed=True)
    client = Client(headers={"accept-language": "en"})
    asked = browser_login(client, current_code(second))
    assert asked.status_code == 200
    assert "Choose the device whose code you entered." in asked.text
    form = LoginForm(asked.text)
    form.fields.update(
        username="editor",
        password=PASSWORD,
        otp_token=current_code(second),
        otp_device=second.persistent_id,
    )
    assert client.post(LOGIN, form.fields).status_code == 302


def test_an_account_without_an_enrolled_app_is_told_so(two_factors, editor):
    response = browser_login(Client(headers={"accept-language": "en"}), "123456")
    assert response.status_code == 200
    assert "No authenticator app is set up for this account" in response.text


def test_another_users_device_is_never_used(two_factors, device, django_user_model):
    other = django_user_model.objects.create_user("other", password=PASSWORD, is_staff=True)
    TOTPDevice.objects.create(user=other, name="Other", confirmed=True)
    client = Client()
    page = client.get(LOGIN)
    form = LoginForm(page.text)
    form.fields.update(
        username="other",
        password=PASSWORD,
        otp_token=current_code(device),
        otp_device=device.persistent_id,
    )
    assert client.post(LOGIN, form.fields).status_code == 200
    assert client.get("/admin/").status_code == 302


GERMAN = {
    "labels": ["Benutzername:", "Passwort:", "Code aus Ihrer Authenticator-App:"],
    "wrong_password": "Bitte Benutzername und Passwort für einen Staff-Account eingeben.",
    "wrong_code": "Dieser Code ist falsch oder abgelaufen.",
    "missing_code": "Bitte geben Sie den sechsstelligen Code aus Ihrer Authenticator-App ein.",
    "button": 'value="Anmelden"',
}
ENGLISH = {
    "labels": ["Username:", "Password:", "Code from your authenticator app:"],
    "wrong_password": "Please enter the correct username and password for a staff account.",
    "wrong_code": "That code is not right or has expired.",
    "missing_code": "Enter the six-digit code from your authenticator app.",
    "button": 'value="Log in"',
}


@pytest.mark.parametrize(
    ("language", "texts", "foreign"), [("de", GERMAN, ENGLISH), ("en", ENGLISH, GERMAN)]
)
@pytest.mark.parametrize("chosen_by", ["accept-language", "cookie"])
def test_every_message_of_the_login_is_in_the_admins_language(
    two_factors, device, settings, language, texts, foreign, chosen_by
):
    client = Client()
    if chosen_by == "cookie":
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
        client.defaults["HTTP_ACCEPT_LANGUAGE"] = "fr"
    else:
        client.defaults["HTTP_ACCEPT_LANGUAGE"] = language
    page = client.get(LOGIN)
    assert f'<html lang="{language}"' in page.text
    assert LoginForm(page.text).labels[:3] == texts["labels"]
    assert texts["button"] in page.text
    answers = {
        "wrong_password": browser_login(client, current_code(device), password="wrong"),
        "wrong_code": browser_login(client, wrong_code(device)),
        "missing_code": browser_login(client, ""),
    }
    for kind, response in answers.items():
        assert texts[kind] in response.text, kind
        assert foreign[kind] not in response.text, kind
        for word in ("OTP", "Token", "token", "Einmalpasswort"):
            assert word not in LoginForm(response.text).labels[2], word
