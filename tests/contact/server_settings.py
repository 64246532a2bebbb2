"""Production settings for the test servers started by tests/contact/servers.py.

The one difference: static files without the hashed manifest, which only exists
after collectstatic (the unit tests use the same storage, see tests/conftest.py).
"""

from facialpalsy.settings import *  # noqa: F403

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
