"""Every write to the gallery that has consequences goes through these functions."""

import datetime
import functools

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models.fields.files import FieldFile
from django.utils import timezone
from django.utils.translation import gettext as _

from gallery import filenames
from gallery.models import Consent, ConsentEvent, MediaItem
from gallery.models.consents import WITHDRAWAL_FIELDS
from gallery.storage import private_storage
from gallery.uploads import CleanImage, CleanVideo

# What the history records of a new consent (the file itself is not copied).
_RECORDED_FIELDS = [
    "scope_website",
    "scope_print",
    "scope_teaching",
    "scope_social_media",
    "date_given",
    "form_version",
    "form_language",
    "signed_by_patient",
    "signed_by_guardian_1",
    "signed_by_guardian_2",
    "expires_on",
    "signed_form",
]


def _value(value):
    if isinstance(value, datetime.date):
        return value.isoformat()
    if hasattr(value, "name"):  # a file
        return value.name
    return value


def _log(consent, action, user, changes=None):
    ConsentEvent.objects.create(
        consent=consent,
        action=action,
        actor=user,
        actor_name=user.get_username() if user else "system",
        changes=changes or {},
    )


@transaction.atomic
def consent_record(*, consent: Consent, signed_form: tuple[bytes, str], recorded_by) -> Consent:
    """Store a new consent with its signed form, and start its history."""
    if consent.pk is not None:
        raise ValueError("consent_record() stores new consents only.")
    data, extension = signed_form
    consent.recorded_by = recorded_by
    consent.signed_form.save(f"form.{extension}", ContentFile(data), save=False)
    consent.full_clean()
    consent.save()
    _log(
        consent,
        ConsentEvent.Action.RECORDED,
        recorded_by,
        {name: [None, _value(getattr(consent, name))] for name in _RECORDED_FIELDS},
    )
    return consent


@transaction.atomic
def consent_withdraw(
    *, consent: Consent, withdrawn_on: datetime.date, channel: str, note: str, recorded_by
) -> Consent:
    """Withdraw a consent: from the next request on, nothing published under it is shown."""
    consent = Consent.objects.select_for_update().get(pk=consent.pk)
    if consent.is_withdrawn:
        raise ValidationError(_("This consent has already been withdrawn."))
    consent.check_withdrawal_date(withdrawn_on)
    consent.withdrawn_on = withdrawn_on
    consent.withdrawal_channel = channel
    consent.withdrawal_note = note
    consent.withdrawn_at = timezone.now()
    consent.withdrawn_recorded_by = recorded_by
    consent.save(update_fields=WITHDRAWAL_FIELDS)
    _log(
        consent,
        ConsentEvent.Action.WITHDRAWN,
        recorded_by,
        {
            "withdrawn_on": [None, withdrawn_on.isoformat()],
            "withdrawal_channel": [None, channel],
            "withdrawal_note": [None, note],
        },
    )
    return consent


def consent_form_open(*, consent: Consent, user):
    """Open the signed form for a member of staff, and note who looked at it."""
    _log(consent, ConsentEvent.Action.FORM_DOWNLOADED, user)
    return consent.signed_form.open("rb")


def media_item_save(
    *,
    item: MediaItem,
    uploaded_by,
    original: CleanImage | CleanVideo | None = None,
    poster: CleanImage | None = None,
    captions: dict[str, bytes] | None = None,
) -> MediaItem:
    """Store an image or video with its renditions, poster and captions.

    New files are written into a fresh folder, then the row is checked and saved;
    the files they replace are removed only after the commit. If anything fails on
    the way, the files written so far are removed and the stored item is unchanged.
    (If a caller's own transaction rolls back after this returns, the new files stay
    behind unreferenced: ``manage.py gallery_orphan_files`` removes them.)
    """
    if item.pk is None:
        item.uploaded_by = uploaded_by
    replaced = filenames.item_paths(item) if item.pk else set()
    before = _file_state(item)
    written = []
    try:
        with transaction.atomic():
            folder = filenames.new_file_set(item.token)
            if original is not None:
                _store_original(item, original, folder, written)
            if poster is not None:
                item.poster = _write(filenames.poster(folder), poster.data, written)
                item.poster_widths = poster.widths
                _write_renditions(folder, poster.renditions, written, poster=True)
            for language, data in (captions or {}).items():
                path = _write(filenames.captions(folder, language), data, written)
                setattr(item, f"captions_{language}", path)
            item.full_clean()
            item.save()
    except BaseException:
        _delete_files(written)
        _restore_file_state(item, before)
        raise
    if obsolete := replaced - filenames.item_paths(item):
        folder = filenames.item_folder(item.token)
        transaction.on_commit(functools.partial(_delete_files, obsolete, folder=folder))
    return item


def _file_state(item) -> dict:
    """What a save may change about the item's files, to put back if it fails."""
    names = ["kind", "original_extension", "original", "rendition_widths", "width", "height"]
    names += ["poster", "poster_widths"]
    names += [f"captions_{code}" for code, _name in settings.LANGUAGES]
    state = {}
    for name in names:
        value = getattr(item, name)
        state[name] = value.name if isinstance(value, FieldFile) else value
    return state


def _restore_file_state(item, state):
    for name, value in state.items():
        setattr(item, name, value)


def _store_original(item, original, folder, written):
    if isinstance(original, CleanVideo):
        item.kind = MediaItem.Kind.VIDEO
        item.original_extension = original.extension
        item.rendition_widths = []
    else:
        item.kind = MediaItem.Kind.IMAGE
        item.original_extension = "jpg"
        item.rendition_widths = original.widths
        _write_renditions(folder, original.renditions, written)
    path = filenames.original(folder, item.original_extension)
    item.original = _write(path, original.data, written)
    item.width, item.height = original.width, original.height


def _write(path, data, written) -> str:
    name = private_storage.save(path, ContentFile(data))
    written.append(name)
    return name


def _write_renditions(folder, renditions, written, *, poster=False):
    for (width, extension), data in renditions.items():
        _write(filenames.rendition(folder, width, extension, poster=poster), data, written)


def _delete_files(paths, *, folder=None):
    for path in paths:
        private_storage.delete(path)
    if folder:
        private_storage.remove_empty_folders(folder)
