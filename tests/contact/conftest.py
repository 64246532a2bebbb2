import time

import pytest
from django.conf import settings
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import translation

from contact import tokens


def _form_urls() -> dict[str, str]:
    urls = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            urls[code] = reverse("contact:request")
    return urls


# The form's address in every language: /de/termin/, /en/appointment/.
FORM_URL = _form_urls()


def started(seconds_ago: float = 30) -> str:
    return tokens.form_started_token(time.time() - seconds_ago)


def valid_data(**overrides) -> dict:
    """A complete, valid submission, as a browser sends it."""
    data = {
        "name": "Erika Muster",
        "email": "erika@example.org",
        "phone": "",
        "preferred_contact": "email",
        "language": "de",
        "patient": "self",
        "onset_date": "",
        "onset_amount": "5",
        "onset_unit": "months",
        "cause": "bell",
        "side": "left",
        "treatments": ["cortisone", "therapy"],
        "referred": "yes",
        "message": "Mein Auge schließt nicht ganz.",
        "consent": "on",
        "website": "",
        "started": started(),
        "submission": tokens.submission_key(),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture(autouse=True)
def _contact_settings(settings):
    """Tests choose their own rate limit; the database store unless they ask for Redis."""
    settings.APPOINTMENT_RATE_LIMIT = "0"
    settings.APPOINTMENT_MIN_FILL_SECONDS = 3
    settings.APPOINTMENT_NOTIFICATION_EMAILS = ["termine@example.org"]
    settings.SITE_URL = "https://fazialis.example.org"
    settings.CACHES = {key: value for key, value in settings.CACHES.items() if key != "shared"}
    # These tests are about permissions on requests; the login's second factor has its
    # own tests (tests/test_security.py).
    settings.REQUIRE_2FA = False


@pytest.fixture
def submit(client, django_capture_on_commit_callbacks):
    """Post the form like a browser and run what happens after the commit (the mails)."""

    def post(data=None, language="de", **extra):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(FORM_URL[language], valid_data() if data is None else data, **extra)

    return post


@pytest.fixture
def staff_without_permissions(django_user_model):
    return django_user_model.objects.create_user("ohne-rechte", password="x" * 16, is_staff=True)


@pytest.fixture
def front_desk(db):
    from tests.contact.factories import FRONT_DESK_PERMISSIONS, staff_user

    return staff_user("rezeption", *FRONT_DESK_PERMISSIONS)


def grant(user, *codenames):
    user.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="contact", codename__in=codenames)
    )
