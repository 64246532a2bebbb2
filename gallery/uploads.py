"""Checks and cleans every file staff upload to the gallery, decided by content.

Images are re-encoded by Pillow (orientation applied, all metadata dropped,
bounded in pixels and bytes); videos are re-muxed by ffmpeg without metadata;
captions must be WebVTT; signed forms PDF, JPEG or PNG. Anything else is refused
with a message that says why. Nothing here touches the database.
"""

import io
import json
import re
import shutil
import subprocess
import tempfile
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

from gallery.signed_forms import check_signed_pdf

# Markup or script anywhere in a file makes it a polyglot: refused, whatever else it is.
_EMBEDDED_CODE = re.compile(
    rb"<\s*(?:script|html|svg|iframe|body|object|embed|\?php|!doctype)|javascript:", re.IGNORECASE
)
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
_VIDEO_CODECS = {"h264", "hevc", "vp8", "vp9", "av1"}
_CAPTIONS_MAX_BYTES = 256 * 1024


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
    if head[4:8] == b"ftyp" and head[8:12] in _MP4_BRANDS:
        return "mp4"
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


def refuse_embedded_code(data: bytes, kind: str) -> None:
    if _EMBEDDED_CODE.search(data) or (kind != "pdf" and b"%PDF-" in data):
        raise ValidationError(
            _("The file contains embedded code or a second file format and is refused."),
            code="polyglot",
        )


# --- images ------------------------------------------------------------------


def clean_image(upload) -> CleanImage:
    data = read_limited(upload, settings.GALLERY_MAX_IMAGE_BYTES)
    kind = sniff(data[:64])
    if kind not in {"jpeg", "png", "webp"}:
        raise ValidationError(
            _("Only JPEG, PNG or WebP images are accepted (the file's content is something else)."),
            code="image_type",
        )
    refuse_embedded_code(data, kind)
    image = open_bounded(data)
    if image.format.lower() != kind:
        raise ValidationError(
            _("The image is damaged or not what it claims to be."), code="mismatch"
        )
    if getattr(image, "n_frames", 1) > 1:
        raise ValidationError(_("Animated images are not accepted."), code="animated")
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


# --- videos ------------------------------------------------------------------


def video_tools_available() -> bool:
    return bool(shutil.which("ffmpeg") and shutil.which("ffprobe"))


def clean_video(upload) -> CleanVideo:
    data = read_limited(upload, settings.GALLERY_MAX_VIDEO_BYTES)
    kind = sniff(data[:64])
    if kind not in {"mp4", "webm"}:
        raise ValidationError(
            _("Only MP4 or WebM videos are accepted (the file's content is something else)."),
            code="video_type",
        )
    refuse_embedded_code(data, kind)
    if not video_tools_available():
        raise ValidationError(
            _("Videos cannot be processed on this server (ffmpeg is not installed)."),
            code="no_ffmpeg",
        )
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / f"upload.{kind}"
        target = Path(folder) / f"clean.{kind}"
        source.write_bytes(data)
        width, height = probe_video(source)
        command = [
            "ffmpeg", "-nostdin", "-v", "error", "-i", str(source),
            "-map", "0:v:0", "-map", "0:a:0?", "-c", "copy",
            "-map_metadata", "-1", "-map_chapters", "-1",
        ]  # fmt: skip
        if kind == "mp4":
            command += ["-movflags", "+faststart"]
        try:
            subprocess.run([*command, str(target)], check=True, capture_output=True, timeout=120)  # noqa: S603
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
            raise ValidationError(
                _("The video is damaged or cannot be read."), code="damaged"
            ) from error
        return CleanVideo(target.read_bytes(), kind, width, height)


def probe_video(path: Path) -> tuple[int, int]:
    try:
        result = subprocess.run(  # noqa: S603
            ["ffprobe", "-v", "error", "-print_format", "json", "-show_streams", str(path)],  # noqa: S607
            check=True,
            capture_output=True,
            timeout=30,
        )
        streams = json.loads(result.stdout).get("streams", [])
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, ValueError) as error:
        raise ValidationError(
            _("The video is damaged or cannot be read."), code="damaged"
        ) from error
    video = next((s for s in streams if s.get("codec_type") == "video"), None)
    if video is None or video.get("codec_name") not in _VIDEO_CODECS:
        raise ValidationError(
            _("The video must contain H.264, HEVC, VP8, VP9 or AV1 video."), code="video_codec"
        )
    return int(video.get("width", 0)), int(video.get("height", 0))


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
    refuse_embedded_code(data, kind)
    # A scan is re-encoded like any image, so that no camera metadata is kept.
    return reencode(open_bounded(data)).data, "jpg"
