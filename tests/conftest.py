import os
import re
from io import StringIO

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command

# The language codes in the order of settings.LANGUAGES (German first).
LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)


def require(available: bool, message: str):
    """A missing test tool or service fails the run in CI (CI=true) and skips the test
    elsewhere, with ``message`` saying how to get it."""
    if available:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, tmp_path_factory):
    """The test database starts with the demo content, as the site ships it."""
    # Patient files of the whole session go to a temporary folder, never the project's.
    settings.PRIVATE_MEDIA_ROOT = tmp_path_factory.mktemp("private-media")
    with django_db_blocker.unblock():
        call_command("load_demo", stdout=StringIO())


@pytest.fixture(autouse=True)
def _empty_page_cache():
    # The database rolls back after each test, the cache would not: start empty.
    cache.clear()


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _isolated_files(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    # No collectstatic in unit tests: plain storage instead of the hashed manifest.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def staff_user(django_user_model):
    return django_user_model.objects.get(username="demo")


@pytest.fixture
def staff_client(client, staff_user):
    client.force_login(staff_user)
    return client


def count_tag(html: str, tag: str) -> int:
    return len(re.findall(rf"<{tag}[\s>]", html))


def html_lang(html: str) -> str:
    match = re.search(r'<html lang="([^"]+)"', html)
    return match.group(1) if match else ""
