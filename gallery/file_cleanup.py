"""Removes a media item's stored files when its row is deleted, whichever way it is deleted.

Rows leave the database by several paths: the admin (one item, or the bulk action), a
case's cascade to its items, a queryset's ``.delete()``, the shell. Cascades and
querysets never call ``Model.delete()``, so an override or a service would miss them;
``post_delete`` is sent for every row on every path. STYLE.md keeps side effects out of
signals: this receiver is the agreed exception, because its work is a derived, purely
local clean-up of files that the row alone owned (the item's folder is named by its
unguessable token). Nothing is mailed and no other row changes.

The files go only after the commit (``transaction.on_commit``): a delete that is rolled
back keeps them. Consents own the signed forms; consents cannot be deleted, so their
forms stay. ``manage.py gallery_orphan_files`` finds whatever a crash left behind.
"""

import functools

from django.db import transaction

from gallery import filenames
from gallery.storage import private_storage


def remove_files_of_deleted_item(sender, instance, using, **kwargs):
    folder = filenames.item_folder(instance.token)
    transaction.on_commit(functools.partial(private_storage.delete_folder, folder), using=using)


def connect():
    from django.db.models.signals import post_delete

    from gallery.models import MediaItem

    post_delete.connect(
        remove_files_of_deleted_item, sender=MediaItem, dispatch_uid="gallery-item-files"
    )
