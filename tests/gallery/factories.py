"""Small builders for gallery tests: files made with Pillow, objects made through the services."""

import datetime
import io
import struct
import zlib

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from gallery.models import Case, Consent, MediaItem, Patient
from gallery.services import consent_record, media_item_save
from gallery.uploads import CleanVideo, clean_image, clean_signed_form

CAPTIONS = b"WEBVTT\n\n00:00.000 --> 00:01.000\nHallo\n"


def jpeg_bytes(size=(640, 480), color=(200, 120, 90), exif=None) -> bytes:
    image = Image.new("RGB", size, color)
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif or b"")
    return out.getvalue()


def png_bytes(size=(40, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (10, 20, 30)).save(out, "PNG")
    return out.getvalue()


def gps_exif(orientation=None):
    exif = Image.Exif()
    exif[0x010F] = "DemoCam"  # Make
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (52.0, 31.0, 12.0)
    gps[3] = "E"
    gps[4] = (13.0, 24.0, 36.0)
    if orientation:
        exif[0x0112] = orientation
    return exif.tobytes()


def huge_png_header(width=60000, height=60000) -> bytes:
    """A tiny file that claims billions of pixels: a decompression bomb."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1024)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def pdf_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (200, 280), "white").save(out, "PDF")
    return out.getvalue()


def upload(name, data, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def staff(username="tester"):
    user, _ = get_user_model().objects.get_or_create(
        username=username, defaults={"is_staff": True, "is_superuser": True}
    )
    return user


def make_patient(code="FP-TEST01", birth_year=1980):
    return Patient.objects.create(case_code=code, birth_year=birth_year)


def make_consent(patient, user=None, **fields):
    adult = not patient.may_be_minor(fields.get("date_given", datetime.date(2026, 1, 10)))
    values = {
        "scope_website": True,
        "date_given": datetime.date(2026, 1, 10),
        "form_version": "T-1",
        "form_language": "de",
        "signed_by_patient": True,
        "signed_by_guardian_1": not adult,
        "signed_by_guardian_2": not adult,
        **fields,
    }
    return consent_record(
        consent=Consent(patient=patient, **values),
        signed_form=clean_signed_form(upload("form.pdf", pdf_bytes())),
        recorded_by=user or staff(),
    )


def make_case(patient, **fields):
    values = {
        "title_de": "Testfall",
        "title_en": "Test case",
        "description_de": "Beschreibung",
        "description_en": "Description",
        "cause": "idiopathic",
        "side": "left",
        "months_before_treatment": 12,
        "months_since_treatment": 6,
        "status": "published",
        **fields,
    }
    return Case.objects.create(patient=patient, **values)


def make_item(case, consent, **fields):
    values = {
        "stage": "after",
        "expression": "smile",
        "months_from_treatment": 6,
        "status": "published",
        "alt_text_de": "Testbild",
        "alt_text_en": "Test image",
        **fields,
    }
    item = MediaItem(case=case, consent=consent, **values)
    image = clean_image(upload("face.jpg", jpeg_bytes(), "image/jpeg"))
    return media_item_save(item=item, uploaded_by=staff(), original=image)


def make_video_item(case, consent, *, poster=True, captions=None, **fields):
    """A video with poster and captions in ``captions`` (default: every language).

    The video bytes are not checked here (that is the upload's job), so no ffmpeg is needed.
    """
    from django.conf import settings

    values = {
        "stage": "after",
        "expression": "smile",
        "months_from_treatment": 3,
        "status": "draft",
        "alt_text_de": "Video",
        "alt_text_en": "Video",
        **fields,
    }
    languages = [code for code, _name in settings.LANGUAGES] if captions is None else captions
    return media_item_save(
        item=MediaItem(case=case, consent=consent, **values),
        uploaded_by=staff(),
        original=CleanVideo(b"\x00\x00\x00\x18ftypmp42 not really a video", "mp4", 320, 240),
        poster=clean_image(upload("p.png", png_bytes((640, 480)))) if poster else None,
        captions={code: CAPTIONS for code in languages},
    )


def public_case():
    """A patient, consent, published case and one published image: all visible."""
    patient = make_patient()
    consent = make_consent(patient)
    case = make_case(patient)
    item = make_item(case, consent)
    return case, consent, item
