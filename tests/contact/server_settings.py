"""Production settings for the test servers started by tests/contact/servers.py.

The one difference: static files without the hashed manifest, which only exists
after collectstatic (the unit tests use the same storage, see tests/conftest.py).
"""

import os

from facialpalsy.settings import *  # noqa: F403

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

if os.environ.get("TEST_WIDEN_RESEND_RACE"):
    INSTALLED_APPS = [*INSTALLED_APPS, "tests.contact.race.WidenResendRaceConfig"]  # noqa: F405
