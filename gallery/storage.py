"""Storage for patient files: outside every folder a web server or whitenoise serves.

Files are reachable only through the gallery's views, which check consent on every
request. Nothing can build a direct link to a file: ``url()`` refuses.
"""

import contextlib
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

    def walk(self, folder: str):
        """The names of every file below ``folder`` (none if it does not exist)."""
        try:
            folders, files = self.listdir(folder)
        except FileNotFoundError:
            return
        for name in files:
            yield f"{folder}/{name}"
        for name in folders:
            yield from self.walk(f"{folder}/{name}")

    def delete_folder(self, folder: str) -> None:
        """Delete every file below ``folder``, then the emptied folders themselves."""
        for name in list(self.walk(folder)):
            self.delete(name)
        self.remove_empty_folders(folder)

    def remove_empty_folders(self, folder: str) -> None:
        root = self.path(folder)
        if not os.path.isdir(root):
            return
        for current, _folders, _files in os.walk(root, topdown=False):
            # A folder that is not empty holds a file that is still needed.
            with contextlib.suppress(OSError):
                os.rmdir(current)


private_storage = PrivateFileStorage()


def new_token() -> str:
    """An unguessable identifier for public addresses (never a database id)."""
    return secrets.token_urlsafe(16)
