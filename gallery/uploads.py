"""Checks and cleans every file staff upload to the gallery, decided by content.

Images are re-encoded by Pillow (orientation applied, all metadata dropped,
bounded in pixels, bytes and shape); videos are re-muxed by ffmpeg without metadata
(gallery.videos); captions must be WebVTT; signed forms PDF (gallery.signed_forms),
JPEG or PNG. Files that are also something else are refused (gallery.polyglots).
Anything else is refused with a message that says why. Nothing here touches the
database.
"""

import io
import warnings
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

from gallery import polyglots
from gallery.signed_forms import check_signed_pdf

# ISO base media brands of MP4 proper; QuickTime and 3GP use the same boxes.
_MP4_BRANDS = {
    b"isom",
    b"iso2",
    b"iso4",
    b"iso5",
    b"iso6",
    b"mp41",
    b"mp42",
    b"avc1",
    b"dash",
    b"M4V ",
}
_3GP_BRANDS = (b"3gp", b"3g2", b"3ge", b"3gg", b"3gs")
_CAPTIONS_MAX_BYTES = 256 * 1024
# The gallery shows faces: a picture narrower or flatter than 1:10, or with a side under
# 100 pixels, is a mistake (or an attack on the renditions), never a useful image.
MIN_SIDE = 100
MAX_RATIO = 10


@dataclass
class CleanImage:
    data: bytes  # JPEG without any metadata
    width: int
    height: int
    # (width, extension) -> bytes, e.g. (480, "webp"); gallery.filenames names the files.
    renditions: dict[tuple[int, str], bytes] = field(default_factory=dict)

    @property
    def widths(self) -> list[int]:
        return sorted({width for width, _extension in self.renditions})


@dataclass
class CleanVideo:
    data: bytes
    extension: str  # "mp4" or "webm"
    width: int
    height: int


def sniff(head: bytes) -> str | None:
    """The file type from its first bytes, whatever its name says."""
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in _MP4_BRANDS:
            return "mp4"
        if brand == b"qt  ":
            return "mov"
        if brand.startswith(_3GP_BRANDS):
            return "3gp"
    if head.startswith(b"\x1a\x45\xdf\xa3") and b"webm" in head[:64]:
        return "webm"
    if head.startswith(b"%PDF-"):
        return "pdf"
    return None


def read_limited(upload, max_bytes: int) -> bytes:
    if upload.size is not None and upload.size > max_bytes:
        raise ValidationError(
            _("The file is too large (%(size)s). The limit is %(limit)s."),
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(max_bytes)},
            code="too_large",
        )
    upload.seek(0)
    data = upload.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ValidationError(_("The file is too large."), code="too_large")
    if not data:
        raise ValidationError(_("The file is empty."), code="empty")
    return data


def check_shape(width: int, height: int, *, video: bool = False) -> None:
    size = {"width": width, "height": height, "minimum": MIN_SIDE, "ratio": MAX_RATIO}
    if min(width, height) < MIN_SIDE:
        message = (
            _("The video is %(width)s × %(height)s px: too small. Each side needs at least "
              "%(minimum)s pixels.")
            if video
            else _("The image is %(width)s × %(height)s px: too small. Each side needs at least "
                   "%(minimum)s pixels.")
        )  # fmt: skip
        raise ValidationError(message, params=size, code="too_small")
    if max(width, height) > MAX_RATIO * min(width, height):
        message = (
            _("The video is %(width)s × %(height)s px: too narrow or too wide (at most "
              "1:%(ratio)s). Crop it and upload it again.")
            if video
            else _("The image is %(width)s × %(height)s px: too narrow or too wide (at most "
                   "1:%(ratio)s). Crop it to the face and upload it again.")
        )  # fmt: skip
        raise ValidationError(message, params=size, code="aspect_ratio")


# --- images ------------------------------------------------------------------


def clean_image(upload) -> CleanImage:
    data = read_limited(upload, settings.GALLERY_MAX_IMAGE_BYTES)
    kind = sniff(data[:64])
    if kind not in {"jpeg", "png", "webp"}:
        raise ValidationError(
            _("Only JPEG, PNG or WebP images are accepted (the file's content is something else)."),
            code="image_type",
        )
    image = open_bounded(data)
    # Phones store several pictures in one JPEG (MPO): the first one is the photo.
    is_multi_picture = kind == "jpeg" and image.format == "MPO"
    if image.format.lower() != kind and not is_multi_picture:
        raise ValidationError(
            _("The image is damaged or not what it claims to be."), code="mismatch"
        )
    if getattr(image, "n_frames", 1) > 1 and not is_multi_picture:
        raise ValidationError(_("Animated images are not accepted."), code="animated")
    check_shape(image.width, image.height)
    polyglots.check_image(data, kind, image)
    clean = reencode(image)
    clean.renditions = make_renditions(clean.data)
    return clean


def open_bounded(data: bytes) -> Image.Image:
    """Open and decode an image, refusing decompression bombs before decoding."""
    limit = settings.GALLERY_MAX_IMAGE_PIXELS
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))
            if image.width * image.height > limit:
                raise ValidationError(
                    _(
                        "The image has too many pixels (%(pixels)s million; "
                        "the limit is %(limit)s million)."
                    ),
                    params={
                        "pixels": round(image.width * image.height / 1e6, 1),
                        "limit": round(limit / 1e6, 1),
                    },
                    code="too_many_pixels",
                )
            image.load()
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
            raise ValidationError(
                _("The image has too many pixels."), code="too_many_pixels"
            ) from error
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as error:
            raise ValidationError(
                _("The image is damaged or cannot be read."), code="damaged"
            ) from error
    return image


def reencode(image: Image.Image) -> CleanImage:
    """A new JPEG from the pixels alone: turned upright, sRGB, no EXIF/GPS/XMP/ICC/comments."""
    image = ImageOps.exif_transpose(image)
    icc = image.info.get("icc_profile")
    if icc and image.mode in {"RGB", "RGBA"}:
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            image = ImageCms.profileToProfile(image, source, ImageCms.createProfile("sRGB"))
        except (ImageCms.PyCMSError, OSError):
            pass  # An unreadable profile: keep the pixels as they are.
    if image.mode in {"RGBA", "LA"} or (image.mode == "P" and "transparency" in image.info):
        background = Image.new("RGB", image.size, "white")
        background.paste(image.convert("RGBA"), mask=image.convert("RGBA").getchannel("A"))
        image = background
    image = image.convert("RGB")
    image.thumbnail(
        (settings.GALLERY_MAX_IMAGE_SIDE, settings.GALLERY_MAX_IMAGE_SIDE), Image.LANCZOS
    )
    pixels_only = Image.new("RGB", image.size)
    pixels_only.paste(image)
    out = io.BytesIO()
    pixels_only.save(out, "JPEG", quality=90, optimize=True, progressive=True)
    return CleanImage(out.getvalue(), pixels_only.width, pixels_only.height)


def make_renditions(clean_jpeg: bytes) -> dict[tuple[int, str], bytes]:
    image = Image.open(io.BytesIO(clean_jpeg))
    widths = [w for w in settings.GALLERY_RENDITION_WIDTHS if w < image.width] + [
        min(image.width, max(settings.GALLERY_RENDITION_WIDTHS))
    ]
    renditions = {}
    for width in sorted(set(widths)):
        height = round(image.height * width / image.width)
        resized = (
            image.resize((width, height), Image.LANCZOS, reducing_gap=3.0)
            if width != image.width
            else image
        )
        for fmt, extension, options in (
            ("WEBP", "webp", {"quality": 82, "method": 3}),
            ("JPEG", "jpg", {"quality": 84, "optimize": True, "progressive": True}),
        ):
            out = io.BytesIO()
            resized.save(out, fmt, **options)
            renditions[width, extension] = out.getvalue()
    return renditions


# --- captions and signed forms ---------------------------------------------


def clean_captions(upload) -> bytes:
    data = read_limited(upload, _CAPTIONS_MAX_BYTES)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValidationError(
            _("Captions must be a UTF-8 WebVTT file."), code="captions"
        ) from error
    if not text.startswith("WEBVTT") or "\x00" in text:
        raise ValidationError(
            _("Captions must be a WebVTT file (the first line is “WEBVTT”)."), code="captions"
        )
    return text.replace("\r\n", "\n").encode("utf-8")


def clean_signed_form(upload) -> tuple[bytes, str]:
    data = read_limited(upload, settings.GALLERY_MAX_FORM_BYTES)
    kind = sniff(data[:64])
    if kind not in {"pdf", "jpeg", "png"}:
        raise ValidationError(
            _("The signed form must be a PDF, JPEG or PNG file."), code="form_type"
        )
    if kind == "pdf":
        check_signed_pdf(data)
        return data, "pdf"
    image = open_bounded(data)
    polyglots.check_image(data, kind, image)
    # A scan is re-encoded like any image, so that no camera metadata is kept.
    return reencode(image).data, "jpg"
