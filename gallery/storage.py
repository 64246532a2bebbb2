"""Storage for patient files: outside every folder a web server or whitenoise serves.

Files are reachable only through the gallery's views, which check consent on every
request. Nothing can build a direct link to a file: ``url()`` refuses.
"""

import os
import secrets

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.deconstruct import deconstructible


@deconstructible
class PrivateFileStorage(FileSystemStorage):
    def __init__(self):
        super().__init__(file_permissions_mode=0o600, directory_permissions_mode=0o700)

    # Read on every use, so that tests can point PRIVATE_MEDIA_ROOT elsewhere.
    @property
    def base_location(self):
        return settings.PRIVATE_MEDIA_ROOT

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Patient files have no public address; serve them through a view.")


private_storage = PrivateFileStorage()


def new_token() -> str:
    """An unguessable identifier for public addresses (never a database id)."""
    return secrets.token_urlsafe(16)
