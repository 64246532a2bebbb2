"""Saving a media item is safe: new files are written and checked before the old ones go."""

from pathlib import Path
from unittest import mock

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.test import TestCase
from django.urls import reverse

from gallery.models import MediaItem
from gallery.services import media_item_save
from gallery.storage import private_storage
from gallery.uploads import clean_image
from tests.gallery.factories import jpeg_bytes, png_bytes, public_case, staff, upload

pytestmark = pytest.mark.django_db


def stored_files(item) -> set[str]:
    """Every file on disk below the item's folder, as storage names."""
    root = Path(settings.PRIVATE_MEDIA_ROOT)
    folder = root / "media" / item.token
    return {str(path.relative_to(root)) for path in folder.rglob("*") if path.is_file()}


def public_status(client, item, variant):
    url = reverse("gallery_media:file", kwargs={"token": item.token, "variant": variant})
    return client.get(url).status_code


def new_image():
    return clean_image(upload("new.png", png_bytes((700, 500)), "image/png"))


def test_a_refused_save_keeps_the_old_files_and_leaves_no_new_ones(client):
    case, consent, item = public_case()
    before = stored_files(item)
    item = MediaItem.objects.get(pk=item.pk)
    item.alt_text_en = ""  # a published item needs it: full_clean() refuses the save
    with TestCase.captureOnCommitCallbacks(execute=True), pytest.raises(ValidationError):
        media_item_save(item=item, uploaded_by=staff(), original=new_image())
    assert stored_files(item) == before
    fresh = MediaItem.objects.get(pk=item.pk)
    for width in fresh.rendition_widths:
        assert public_status(client, fresh, f"w{width}.jpg") == 200


def test_a_failure_while_writing_keeps_the_old_files_and_leaves_no_new_ones(client):
    case, consent, item = public_case()
    before = stored_files(item)
    real_save = private_storage.save
    calls = []

    def failing_save(name, content, *args, **kwargs):
        calls.append(name)
        if len(calls) == 3:
            raise OSError("disk full")
        return real_save(name, content, *args, **kwargs)

    item = MediaItem.objects.get(pk=item.pk)
    with (
        TestCase.captureOnCommitCallbacks(execute=True),
        mock.patch.object(private_storage, "save", failing_save),
        pytest.raises(OSError),
    ):
        media_item_save(item=item, uploaded_by=staff(), original=new_image())
    assert stored_files(item) == before
    fresh = MediaItem.objects.get(pk=item.pk)
    assert public_status(client, fresh, f"w{fresh.rendition_widths[0]}.webp") == 200


def test_a_replaced_file_is_removed_after_the_commit_and_nothing_else_stays(client):
    case, consent, item = public_case()
    old = stored_files(item)
    item = MediaItem.objects.get(pk=item.pk)
    with TestCase.captureOnCommitCallbacks(execute=False) as callbacks:
        media_item_save(item=item, uploaded_by=staff(), original=new_image())
        # Until the commit, the old files are still there (a rollback keeps them).
        assert old <= stored_files(item)
    for callback in callbacks:
        callback()
    item.refresh_from_db()
    from gallery import filenames

    assert stored_files(item) == filenames.item_paths(item)
    assert not old & stored_files(item)
    folder = Path(settings.PRIVATE_MEDIA_ROOT) / "media" / item.token
    assert len(list(folder.iterdir())) == 1  # the emptied folder of the old files is gone
    assert (item.width, item.height) == (700, 500)
    assert public_status(client, item, f"w{item.rendition_widths[-1]}.jpg") == 200


def test_a_file_deleted_by_hand_answers_404_not_500(client, staff_client):
    case, consent, item = public_case()
    variant = f"w{item.rendition_widths[0]}.jpg"
    path = Path(settings.PRIVATE_MEDIA_ROOT) / next(
        name for name in stored_files(item) if name.endswith("/" + variant)
    )
    path.unlink()
    assert public_status(client, item, variant) == 404
    preview = reverse("admin:gallery_mediaitem_preview", args=[item.pk, variant])
    assert staff_client.get(preview).status_code == 404


@pytest.mark.parametrize(
    "variant",
    [
        "w0480.jpg",  # a leading zero
        "w00480.webp",
        "w481.jpg",  # not one of the item's widths
        "w9999.jpg",
        "poster-w480.jpg",  # a poster of an image
        "video.mp4",  # the video of an image
        "captions-de.vtt",  # captions of an image
        "original.jpg",
        "w480.jpg.jpg",
        "W480.jpg",
    ],
)
def test_malformed_or_foreign_variant_names_are_404(client, variant):
    case, consent, item = public_case()
    assert 480 in item.rendition_widths
    assert public_status(client, item, "w480.jpg") == 200
    assert client.get(f"/patient-media/{item.token}/{variant}").status_code == 404


def test_staff_preview_answers_404_for_malformed_names(staff_client):
    case, consent, item = public_case()
    preview = reverse("admin:gallery_mediaitem_preview", args=[item.pk, "w0480.jpg"])
    assert staff_client.get(preview).status_code == 404


def test_a_new_image_is_stored_in_a_fresh_folder_with_all_its_renditions():
    case, consent, item = public_case()
    image = clean_image(upload("b.jpg", jpeg_bytes((900, 600)), "image/jpeg"))
    item2 = media_item_save(
        item=MediaItem(
            case=case,
            consent=consent,
            stage="before",
            expression="rest",
            months_from_treatment=-1,
            alt_text_de="a",
            alt_text_en="b",
        ),
        uploaded_by=staff(),
        original=image,
    )
    from gallery import filenames

    assert stored_files(item2) == filenames.item_paths(item2)
