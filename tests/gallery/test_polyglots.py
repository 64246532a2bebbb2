"""The embedded-markup check decides by structure: genuine photos and videos whose compressed
data hold "<svg" by chance are accepted; files another program would read as HTML, SVG,
PDF or ZIP (markup or a second file at the start, in metadata or appended) are refused."""

import pytest
from django.urls import reverse

from gallery.models import MediaItem
from tests.gallery import polyglot_files as files
from tests.gallery.factories import make_case, make_consent, make_patient, upload
from tests.gallery.test_uploads import error_codes

pytestmark = pytest.mark.django_db


@pytest.fixture
def case_and_consent():
    patient = make_patient()
    return make_case(patient), make_consent(patient)


def post(client, case_and_consent, name, data, **extra):
    case, consent = case_and_consent
    fields = {
        "case": case.pk,
        "consent": consent.pk,
        "original": upload(name, data),
        "stage": "before",
        "expression": "rest",
        "months_from_treatment": -2,
        "alt_text_de": "Gesicht in Ruhe",
        "alt_text_en": "Face at rest",
        "status": "published",
        "position": 10,
        **extra,
    }
    return client.post(
        reverse("admin:gallery_mediaitem_add"), fields, headers={"accept-language": "en"}
    )


GENUINE_IMAGES = {
    "png, markup in the compressed pixels": ("a.png", files.png_with_markup_in_idat),
    "jpeg, markup in the entropy-coded data": ("b.jpg", files.jpeg_with_markup_in_scan),
    "webp, markup in the bitstream": ("c.webp", files.webp_with_markup_in_bitstream),
}


@pytest.mark.parametrize(("name", "make"), GENUINE_IMAGES.values(), ids=GENUINE_IMAGES.keys())
def test_genuine_images_with_markup_bytes_by_chance_are_accepted(
    staff_client, case_and_consent, name, make
):
    data = make()
    assert b"<svg" in data
    response = post(staff_client, case_and_consent, name, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert MediaItem.objects.filter(case=case_and_consent[0]).exists()


def test_a_multi_picture_jpeg_is_accepted_as_its_first_picture(staff_client, case_and_consent):
    response = post(staff_client, case_and_consent, "phone.jpg", files.mpo_two_pictures())
    assert response.status_code == 302, response.context["adminform"].form.errors
    item = MediaItem.objects.get(case=case_and_consent[0])
    assert (item.width, item.height) == (400, 300)


POLYGLOTS = {
    "jpeg + html": ("a.jpg", lambda: files.jpeg() + b"<html><script>alert(1)</script></html>"),
    "jpeg + pdf": ("b.jpg", lambda: files.jpeg() + b"%PDF-1.4\n1 0 obj << >> endobj\n%%EOF"),
    "jpeg + zip": ("c.jpg", lambda: files.jpeg() + files.zip_archive()),
    "png + svg after IEND": ("d.png", lambda: files.png() + b'<svg onload="alert(1)"/>'),
    "webp + html after the RIFF size": ("e.webp", lambda: files.webp() + b"<html>hi</html>"),
    "jpeg, script in a comment": ("f.jpg", lambda: files.jpeg(comment=b"<script>x()</script>")),
    "jpeg, pdf header in a comment": ("g.jpg", lambda: files.jpeg(comment=b"%PDF-1.4 obj")),
    "png, svg in a text chunk": ("h.png", lambda: files.png(text="<svg onload=alert(1)>")),
}


@pytest.mark.parametrize(("name", "make"), POLYGLOTS.values(), ids=POLYGLOTS.keys())
def test_real_polyglot_images_are_refused(staff_client, case_and_consent, name, make):
    response = post(staff_client, case_and_consent, name, make())
    assert response.status_code == 200
    assert error_codes(response, "original") == ["polyglot"]
    assert not MediaItem.objects.filter(case=case_and_consent[0]).exists()


def test_animated_images_are_still_refused(staff_client, case_and_consent):
    response = post(staff_client, case_and_consent, "a.png", files.animated_png())
    assert error_codes(response, "original") == ["animated"]


@pytest.mark.parametrize(
    ("size", "code"),
    [
        ((65000, 2), "too_small"),
        ((1, 60000), "too_small"),
        ((3000, 200), "aspect_ratio"),
        ((150, 1600), "aspect_ratio"),
        ((90, 90), "too_small"),
    ],
    ids=["65000x2", "1x60000", "15:1", "1:10.7", "90x90"],
)
def test_extreme_shapes_are_a_clear_form_error(staff_client, case_and_consent, size, code):
    response = post(staff_client, case_and_consent, "thin.png", files.plain_png(size))
    assert response.status_code == 200
    assert error_codes(response, "original") == [code]
    assert "px" in response.context["adminform"].form.errors["original"][0]


def test_a_wide_but_sensible_image_is_accepted(staff_client, case_and_consent):
    response = post(staff_client, case_and_consent, "wide.png", files.plain_png((2000, 200)))
    assert response.status_code == 302


# --- videos ------------------------------------------------------------------


def video_item(case_and_consent):
    return MediaItem.objects.get(case=case_and_consent[0])


def test_a_genuine_mp4_with_markup_bytes_in_its_frames_is_accepted(staff_client, case_and_consent):
    data = files.mp4_with_markup_in_mdat()
    assert b"<svg" in data and b"javascript:" in data
    response = post(staff_client, case_and_consent, "v.mp4", data, status="draft")
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert video_item(case_and_consent).kind == "video"


def test_a_webm_is_accepted(staff_client, case_and_consent):
    response = post(staff_client, case_and_consent, "v.webm", files.video("webm"), status="draft")
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert video_item(case_and_consent).original_extension == "webm"


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("a.mp4", lambda: files.video("mp4") + b"<html><script>alert(1)</script></html>"),
        ("b.mp4", lambda: files.video("mp4") + b"\x00\x01\x02 some appended bytes"),
        ("c.webm", lambda: files.video("webm") + b"%PDF-1.4 appended"),
        ("d.mp4", files.mp4_with_pdf_at_the_start),
    ],
    ids=["mp4 + html", "mp4 + trailing bytes", "webm + pdf", "pdf signature at the start"],
)
def test_video_polyglots_are_refused(staff_client, case_and_consent, name, make):
    response = post(staff_client, case_and_consent, name, make(), status="draft")
    assert response.status_code == 200
    assert error_codes(response, "original") == ["polyglot"]


def test_a_quicktime_mov_is_stored_as_mp4(staff_client, case_and_consent):
    data = files.video("mov")
    assert data[8:12] == b"qt  "
    response = post(staff_client, case_and_consent, "IMG_0001.MOV", data, status="draft")
    assert response.status_code == 302, response.context["adminform"].form.errors
    item = video_item(case_and_consent)
    assert item.original_extension == "mp4"
    with item.original.open("rb") as stored:
        head = stored.read(12)
    assert head[4:8] == b"ftyp" and head[8:12] != b"qt  "


def test_a_3gp_video_gets_a_message_that_names_the_accepted_formats(staff_client, case_and_consent):
    data = files.video("3gp")
    assert data[8:11] == b"3gp"
    response = post(staff_client, case_and_consent, "clip.3gp", data, status="draft")
    assert error_codes(response, "original") == ["video_format"]
    message = response.context["adminform"].form.errors["original"][0]
    assert "MP4" in message and "WebM" in message and "export" in message.lower()


def test_the_shape_message_is_german_on_the_german_admin(staff_client, case_and_consent):
    case, consent = case_and_consent
    response = staff_client.post(
        reverse("admin:gallery_mediaitem_add"),
        {
            "case": case.pk,
            "consent": consent.pk,
            "original": upload("a.png", files.plain_png((90, 90))),
        },
        headers={"accept-language": "de"},
    )
    assert "zu klein" in response.context["adminform"].form.errors["original"][0]
