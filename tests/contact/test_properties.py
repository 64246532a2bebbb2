"""Property-based tests: whatever arrives in any field, the site answers without a 500,
stores no control character and writes no extra mail header."""

import email
import unicodedata
from urllib.parse import quote_from_bytes

import pytest
from django.core import mail
from hypothesis import HealthCheck, event, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from contact import tokens
from contact.models import AppointmentRequest
from tests.contact.conftest import FORM_URL, started, valid_data

pytestmark = pytest.mark.django_db

SETTINGS = hypothesis_settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
ALLOWED_HEADERS = {"content-type", "mime-version", "subject", "from", "to", "date", "message-id"}

nasty_text = st.one_of(
    st.text(max_size=200),
    st.text(st.characters(categories=["Cc", "Cf", "Zl", "Zp", "Co"]), max_size=40),
    # Huge strings, cheaply: one character repeated (the size limits are what matters).
    st.builds(lambda c, n: c * n, st.characters(codec="utf-8"), st.integers(1000, 40000)),
    st.sampled_from(
        [
            "",
            " ",
            "\x00",
            "\r\n",
            "erika@example.org\r\nBcc: victim@example.org",
            "Erika\nSubject: hi",
            "=HYPERLINK(1)",
            "9" * 5000,
            "-1",
            "1e400",
            "2026-02-30",
            "0000-00-00",
            "9999-12-31",
            "\u202eevil",
            "a@b",
            "a@" + "b" * 300 + ".de",
            "\ud7ff\ue000\uffff",
        ]
    ),
)


VALID = {
    "name": "Erika Muster",
    "email": "erika@example.org",
    "phone": "+49 30 1234567",
    "preferred_contact": "email",
    "language": "en",
    "patient": "child",
    "onset_date": "",
    "onset_amount": "3",
    "onset_unit": "weeks",
    "onset_unknown": "",
    "cause": "zoster",
    "side": "both",
    "treatments": ["cortisone"],
    "referred": "no",
    "message": "Seit drei Wochen.",
    "consent": "on",
    "website": "",
}


@st.composite
def form_data(draw):
    """A valid form with a few fields replaced by anything at all."""
    data = {**VALID, "started": started(), "submission": tokens.submission_key()}
    for name in draw(st.sets(st.sampled_from(sorted(data)), max_size=4)):
        if name == "treatments":
            data[name] = draw(st.lists(nasty_text, max_size=3))
        else:
            data[name] = draw(nasty_text)
    return data


def assert_clean(value: str, *, multiline: bool = False) -> None:
    for character in value:
        if multiline and character in "\n\t":
            continue
        assert unicodedata.category(character) not in ("Cc", "Cs"), repr(value)


def check_stored_and_mailed(new_requests) -> None:
    for stored in new_requests:
        for text in (stored.name, stored.email, stored.phone):
            assert_clean(text)
        assert_clean(stored.message, multiline=True)
    for message in mail.outbox:
        parsed = email.message_from_bytes(message.message().as_bytes())
        assert {name.lower() for name in parsed} <= ALLOWED_HEADERS
        assert len(message.to) == 1
        assert "\n" not in message.to[0] and "\r" not in message.to[0]


@SETTINGS
@given(data=form_data())
def test_no_form_input_causes_a_server_error(client, django_capture_on_commit_callbacks, data):
    mail.outbox.clear()
    last = AppointmentRequest.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(FORM_URL["en"], data)
    assert response.status_code in (200, 302, 413), response.status_code
    new = list(AppointmentRequest.objects.filter(pk__gt=last))
    event("stored" if new else f"answered {response.status_code}")
    assert len(new) <= 1
    if new:
        assert len(mail.outbox) == 2
    check_stored_and_mailed(new)


@SETTINGS
@given(
    name=st.text(min_size=1, max_size=160),
    message=st.text(max_size=300),
    email_local=st.text("abcxyz.-+_'\r\n\x00 ", min_size=1, max_size=20),
)
def test_free_text_is_stored_clean_or_refused(
    client, django_capture_on_commit_callbacks, name, message, email_local
):
    """Names and messages of any Unicode: what is stored is NFC without control characters."""
    mail.outbox.clear()
    data = {**VALID, "name": name, "message": message, "email": f"{email_local}@example.org"}
    last = AppointmentRequest.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            FORM_URL["en"], {**data, "started": started(), "submission": tokens.submission_key()}
        )
    assert response.status_code in (200, 302)
    new = list(AppointmentRequest.objects.filter(pk__gt=last))
    event("stored" if new else "refused")
    for stored in new:
        assert unicodedata.is_normalized("NFC", stored.name + stored.message)
    check_stored_and_mailed(new)


raw_value = st.one_of(
    st.binary(max_size=200),
    st.sampled_from([b"\xed\xa0\x80", b"\xff\xfe", b"\xc0\x80", b"\x00", b"a\r\nb"]),
)


@SETTINGS
@given(fields=st.dictionaries(st.sampled_from(sorted(valid_data())), raw_value, max_size=6))
def test_invalid_utf8_and_surrogates_never_cause_a_server_error(
    client, django_capture_on_commit_callbacks, fields
):
    """Raw bytes (invalid UTF-8, encoded surrogates) the test client would not produce."""
    mail.outbox.clear()
    data = {key: value for key, value in valid_data().items() if not isinstance(value, list)}
    parts = [f"{key}={quote_from_bytes(value.encode())}" for key, value in data.items()]
    parts += [f"{key}={quote_from_bytes(value)}" for key, value in fields.items()]
    parts.append("treatments=cortisone")
    last = AppointmentRequest.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    with django_capture_on_commit_callbacks(execute=True):
        response = client.generic(
            "POST",
            FORM_URL["de"],
            "&".join(parts).encode(),
            content_type="application/x-www-form-urlencoded",
        )
    assert response.status_code in (200, 302, 413)
    check_stored_and_mailed(AppointmentRequest.objects.filter(pk__gt=last))


@hypothesis_settings(max_examples=40, deadline=None)
@given(query=st.binary(max_size=300))
def test_no_query_string_causes_a_server_error(query):
    from django.test import Client

    client = Client()
    encoded = quote_from_bytes(query, safe="=&")
    for url in (FORM_URL["de"], "/en/appointment/thanks/"):
        assert client.get(f"{url}?{encoded}").status_code in (200, 302)
