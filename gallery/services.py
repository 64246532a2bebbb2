"""Every write to the gallery that has consequences goes through these functions."""

import datetime

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

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
    if withdrawn_on > timezone.localdate():
        raise ValidationError({"withdrawn_on": _("The date cannot lie in the future.")})
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


@transaction.atomic
def media_item_save(
    *,
    item: MediaItem,
    uploaded_by,
    original: CleanImage | CleanVideo | None = None,
    poster: CleanImage | None = None,
    captions: dict[str, bytes] | None = None,
) -> MediaItem:
    """Store an image or video with its renditions, poster and captions."""
    if item.pk is None:
        item.uploaded_by = uploaded_by
    if original is not None:
        _remove_files(item, prefix="")
        if isinstance(original, CleanVideo):
            item.kind = MediaItem.Kind.VIDEO
            item.original_extension = original.extension
            item.rendition_widths = []
        else:
            item.kind = MediaItem.Kind.IMAGE
            item.original_extension = "jpg"
            item.rendition_widths = original.widths
            _write_renditions(item, original.renditions, prefix="")
        if item.original:
            item.original.delete(save=False)
        item.original.save("original", ContentFile(original.data), save=False)
        item.width, item.height = original.width, original.height
    if poster is not None:
        _remove_files(item, prefix="poster-")
        if item.poster:
            item.poster.delete(save=False)
        item.poster.save("poster.jpg", ContentFile(poster.data), save=False)
        item.poster_widths = poster.widths
        _write_renditions(item, poster.renditions, prefix="poster-")
    for language, data in (captions or {}).items():
        field = getattr(item, f"captions_{language}")
        if field:
            field.delete(save=False)
        field.save(f"captions-{language}.vtt", ContentFile(data), save=False)
    item.full_clean()
    if errors := item.missing_files_for_publication():
        raise ValidationError(errors)
    item.save()
    return item


def media_item_delete(*, item: MediaItem) -> None:
    _remove_files(item, prefix="")
    for field in (item.original, item.poster, item.captions_de, item.captions_en):
        if field:
            field.delete(save=False)
    item.delete()


def _write_renditions(item, renditions, prefix):
    for name, data in renditions.items():
        path = f"media/{item.token}/{prefix}{name}"
        if private_storage.exists(path):
            private_storage.delete(path)
        private_storage.save(path, ContentFile(data))


def _remove_files(item, prefix):
    folder = f"media/{item.token}"
    if not private_storage.exists(folder):
        return
    for name in private_storage.listdir(folder)[1]:
        if name.startswith(prefix) and name[len(prefix) : len(prefix) + 1] == "w":
            private_storage.delete(f"{folder}/{name}")
