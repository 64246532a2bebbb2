"""Uploads are decided by content: clean images pass, everything else is a form error."""

import io

import pytest
from django.test import override_settings
from django.urls import reverse
from PIL import Image

from gallery.models import MediaItem
from tests.conftest import require
from tests.gallery.factories import (
    gps_exif,
    huge_png_header,
    jpeg_bytes,
    make_case,
    make_consent,
    make_patient,
    pdf_bytes,
    png_bytes,
    upload,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def case_and_consent():
    patient = make_patient()
    return make_case(patient), make_consent(patient)


def post_item(client, case, consent, file, **extra):
    data = {
        "case": case.pk,
        "consent": consent.pk,
        "original": file,
        "stage": "before",
        "expression": "rest",
        "months_from_treatment": -2,
        "alt_text_de": "Gesicht in Ruhe",
        "alt_text_en": "Face at rest",
        "caption_de": "",
        "caption_en": "",
        "status": "published",
        "position": 10,
        **extra,
    }
    return client.post(reverse("admin:gallery_mediaitem_add"), data)


def served_bytes(client, item, variant):
    url = reverse("gallery_media:file", kwargs={"token": item.token, "variant": variant})
    response = client.get(url)
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def test_jpeg_with_gps_is_stored_and_served_without_any_metadata(staff_client, case_and_consent):
    case, consent = case_and_consent
    original = jpeg_bytes(exif=gps_exif())
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(0x8825)  # the upload has GPS
    response = post_item(staff_client, case, consent, upload("holiday.jpg", original, "image/jpeg"))
    assert response.status_code == 302, response.context["adminform"].form.errors
    item = MediaItem.objects.get(case=case)
    for variant in [f"w{w}.jpg" for w in item.rendition_widths] + [
        f"w{w}.webp" for w in item.rendition_widths
    ]:
        data = served_bytes(staff_client, item, variant)
        image = Image.open(io.BytesIO(data))
        assert not image.getexif(), variant
        assert (
            b"Exif" not in data
            and b"DemoCam" not in data
            and b"http://ns.adobe.com/xap" not in data
        )
    with item.original.open("rb") as stored:
        stored_bytes = stored.read()
    assert b"DemoCam" not in stored_bytes and not Image.open(io.BytesIO(stored_bytes)).getexif()


def test_orientation_is_applied_before_the_metadata_is_dropped(staff_client, case_and_consent):
    case, consent = case_and_consent
    rotated = jpeg_bytes(size=(600, 400), exif=gps_exif(orientation=6))
    post_item(staff_client, case, consent, upload("phone.jpg", rotated, "image/jpeg"))
    item = MediaItem.objects.get(case=case)
    assert (item.width, item.height) == (400, 600)


def test_png_and_webp_are_accepted(staff_client, case_and_consent):
    case, consent = case_and_consent
    webp = io.BytesIO()
    Image.new("RGBA", (300, 200), (0, 0, 0, 0)).save(webp, "WEBP")
    for name, data in (("a.png", png_bytes((300, 200))), ("b.webp", webp.getvalue())):
        response = post_item(staff_client, case, consent, upload(name, data))
        assert response.status_code == 302, name
    assert MediaItem.objects.filter(case=case).count() == 2


REFUSED = [
    ("bomb.png", huge_png_header(), "too_many_pixels"),
    (
        "drawing.svg",
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        "image_type",
    ),
    (
        "page.jpg",
        b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>",
        "image_type",
    ),
    ("polyglot.jpg", jpeg_bytes() + b"<script>alert(document.cookie)</script>", "polyglot"),
    ("scan.jpg", pdf_bytes(), "image_type"),
    ("broken.jpg", jpeg_bytes()[:200], "damaged"),
    ("anim.gif", b"GIF89a" + b"\x00" * 100, "image_type"),
    ("empty.jpg", b"", "empty"),
]


def error_codes(response, field):
    return [error.code for error in response.context["adminform"].form.errors.as_data()[field]]


@pytest.mark.parametrize(("name", "data", "code"), REFUSED, ids=[r[0] for r in REFUSED])
def test_unsafe_or_wrong_files_are_refused_with_a_form_error(
    staff_client, case_and_consent, name, data, code
):
    case, consent = case_and_consent
    response = post_item(staff_client, case, consent, upload(name, data, "image/jpeg"))
    assert response.status_code == 200
    assert code in error_codes(response, "original")
    assert 'class="errorlist' in response.text
    assert not MediaItem.objects.filter(case=case).exists()


@override_settings(GALLERY_MAX_IMAGE_BYTES=50_000)
def test_an_oversized_file_is_refused(staff_client, case_and_consent):
    case, consent = case_and_consent
    big = jpeg_bytes(size=(3000, 3000))
    big += b"\x00" * max(0, 60_000 - len(big))
    response = post_item(staff_client, case, consent, upload("big.jpg", big, "image/jpeg"))
    assert "too_large" in error_codes(response, "original")
    assert not MediaItem.objects.filter(case=case).exists()


def test_a_video_cannot_be_published_without_poster_and_captions(staff_client, case_and_consent):
    import shutil
    import subprocess
    import tempfile
    from pathlib import Path

    require(bool(shutil.which("ffmpeg")), "ffmpeg is not installed (apt-get install ffmpeg)")
    case, consent = case_and_consent
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "v.mp4"
        subprocess.run(
            ["ffmpeg", "-v", "error", "-f", "lavfi", "-i", "color=c=gray:s=160x120:d=1",
             "-c:v", "libx264", "-pix_fmt", "yuv420p", str(target)],
            check=True,
        )  # fmt: skip
        video = target.read_bytes()
    response = post_item(staff_client, case, consent, upload("v.mp4", video, "video/mp4"))
    errors = response.context["adminform"].form.errors
    assert "poster" in errors and "captions_de" in errors and "captions_en" in errors
    captions = b"WEBVTT\n\n00:00.000 --> 00:01.000\nHallo\n"
    response = post_item(
        staff_client,
        case,
        consent,
        upload("v.mp4", video, "video/mp4"),
        poster=upload("p.png", png_bytes((160, 120))),
        captions_de=upload("de.vtt", captions),
        captions_en=upload("en.vtt", captions),
    )
    assert response.status_code == 302
    item = MediaItem.objects.get(case=case)
    assert item.kind == "video" and MediaItem.objects.displayable().filter(pk=item.pk).exists()


def test_the_change_page_of_an_item_shows_a_preview_and_accepts_a_new_file(
    staff_client, case_and_consent
):
    case, consent = case_and_consent
    post_item(staff_client, case, consent, upload("a.jpg", jpeg_bytes(), "image/jpeg"))
    item = MediaItem.objects.get(case=case)
    url = reverse("admin:gallery_mediaitem_change", args=[item.pk])
    page = staff_client.get(url)
    assert page.status_code == 200
    assert (
        reverse(
            "admin:gallery_mediaitem_preview", args=[item.pk, f"w{min(item.rendition_widths)}.jpg"]
        )
        in page.text
    )
    old_widths = item.rendition_widths
    response = post_item(
        staff_client, case, consent, upload("b.png", png_bytes((500, 400))), stage="after"
    )
    assert response.status_code == 302
    response = staff_client.post(
        url,
        {
            "case": case.pk, "consent": consent.pk,
            "original": upload("c.png", png_bytes((300, 200))),
            "stage": "after", "expression": "smile", "months_from_treatment": 3,
            "alt_text_de": "neu", "alt_text_en": "new", "status": "published", "position": 1,
        },
    )  # fmt: skip
    assert response.status_code == 302
    item.refresh_from_db()
    assert (item.width, item.height) == (300, 200) and item.rendition_widths != old_widths
