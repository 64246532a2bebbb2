"""Is an uploaded image or video also something else? Decided by the file's structure.

A polyglot is a file that another program reads as HTML, SVG, PDF or ZIP while the
decoder sees a picture: markup or a second file's signature at the start, in a
metadata or comment block, or appended behind the picture's or video's own data. Where
the picture or video data end is read from the format's structure (JPEG markers up to
EOI, PNG chunks up to IEND, the RIFF size of WebP, MP4 boxes, the EBML segment of WebM).
The compressed data inside are never searched: random bytes there contain "<svg" now and
then, and they are dropped anyway (images are re-encoded, videos re-muxed).

Appended data behind an image is refused only when it holds markup or a PDF/ZIP
signature (phones append harmless vendor blocks); behind a video, anything is refused.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MARKUP = re.compile(
    rb"<\s*(?:script|html|svg|iframe|body|object|embed|\?php|!doctype)|javascript:", re.IGNORECASE
)
# Signatures that make PDF and ZIP readers take the file for theirs.
FILE_SIGNATURES = (b"%PDF-", b"PK\x03\x04", b"PK\x05\x06")
# PDF readers look for "%PDF-" within the first 1024 bytes, not only at the start.
START = 1024


def refuse(where: str):
    """``where``: start, appended or metadata (for the log; staff get one plain message)."""
    raise ValidationError(
        _(
            "The file contains embedded code or a second file format and is refused. "
            "Save or export it again (photos as JPEG, videos as MP4) and upload the new file."
        ),
        code="polyglot",
    )


def holds_markup_or_signature(data: bytes) -> bool:
    return bool(MARKUP.search(data)) or any(sign in data for sign in FILE_SIGNATURES)


def check_start(data: bytes) -> None:
    head = data[:START]
    if MARKUP.search(head) or b"%PDF-" in head:
        refuse("start")


# --- images ------------------------------------------------------------------


def check_image(data: bytes, kind: str, image) -> None:
    """``image``: the file opened by Pillow; ``kind`` as sniffed: jpeg, png or webp."""
    check_start(data)
    end = image_end(data, kind, image)
    if end is None:
        raise ValidationError(_("The image is damaged or cannot be read."), code="damaged")
    if holds_markup_or_signature(data[end:]):
        refuse("appended")
    for text in _metadata_texts(image):
        if MARKUP.search(text) or b"%PDF-" in text:
            refuse("metadata")


def image_end(data: bytes, kind: str, image) -> int | None:
    """Where the picture's own data end (for MPO: the last of its pictures)."""
    if kind == "png":
        return _png_end(data)
    if kind == "webp":
        size = int.from_bytes(data[4:8], "little")
        return min(8 + size + size % 2, len(data))
    first = _jpeg_end(data, 0)
    if first is None:
        return None
    end, mpf = first
    if image.format != "MPO":
        return end
    for entry in image.mpinfo.get(0xB002, [])[1:]:
        frame = _jpeg_end(data, mpf + entry["DataOffset"])
        if frame is None:
            return None
        end = max(end, frame[0])
    return end


def _jpeg_end(data: bytes, start: int) -> tuple[int, int] | None:
    """(offset after EOI, offset of the MPF header or 0), or None if the markers are broken."""
    if data[start : start + 2] != b"\xff\xd8":
        return None
    pos, size, mpf = start + 2, len(data), 0
    while pos < size:
        if data[pos] != 0xFF:
            return None
        while pos < size and data[pos] == 0xFF:  # fill bytes
            pos += 1
        if pos >= size:
            return None
        marker = data[pos]
        pos += 1
        if marker == 0xD9:  # EOI
            return pos, mpf
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:  # markers without a length
            continue
        length = int.from_bytes(data[pos : pos + 2], "big")
        if length < 2:
            return None
        if marker == 0xE2 and data[pos + 2 : pos + 6] == b"MPF\x00":
            mpf = pos + 6  # multi-picture offsets count from here
        pos += length
        if marker == 0xDA:  # SOS: entropy-coded data up to the next real marker
            while True:
                pos = data.find(b"\xff", pos)
                if pos < 0 or pos + 1 >= size:
                    return None
                following = data[pos + 1]
                if following == 0x00 or 0xD0 <= following <= 0xD7:
                    pos += 2
                    continue
                break
    return None


def _png_end(data: bytes) -> int | None:
    pos = 8
    while pos + 12 <= len(data):
        length = int.from_bytes(data[pos : pos + 4], "big")
        kind = data[pos + 4 : pos + 8]
        pos += 12 + length
        if kind == b"IEND":
            return pos if pos <= len(data) else None
    return None


def _metadata_texts(image):
    """The text blocks a decoder reads besides the pixels: comments, XMP, PNG text, EXIF."""
    for key, value in image.info.items():
        if key in {"comment", "xmp", "XML:com.adobe.xmp"} or isinstance(value, str):
            yield value.encode("utf-8", "replace") if isinstance(value, str) else bytes(value)
    for marker, payload in getattr(image, "applist", []):
        if marker == "COM" or (marker == "APP1" and not payload.startswith(b"Exif")):
            yield payload
    exif = image.getexif()
    for directory in (exif, exif.get_ifd(0x8769)):
        for value in directory.values():
            if isinstance(value, str):
                yield value.encode("utf-8", "replace")
            elif isinstance(value, bytes) and len(value) < 64 * 1024:
                yield value


# --- videos ------------------------------------------------------------------


def check_video(data: bytes, kind: str) -> None:
    """``kind``: mp4 or mov (ISO boxes) or webm (EBML), as sniffed."""
    check_start(data)
    end = _ebml_end(data) if kind == "webm" else _boxes_end(data)
    if end is None or end != len(data):
        refuse("appended")


def _boxes_end(data: bytes) -> int | None:
    """The end of the last top-level box, if every box before it is well-formed."""
    pos, size = 0, len(data)
    while pos < size:
        if pos + 8 > size:
            return pos
        length = int.from_bytes(data[pos : pos + 4], "big")
        kind = data[pos + 4 : pos + 8]
        header = 8
        if length == 1:
            length, header = int.from_bytes(data[pos + 8 : pos + 16], "big"), 16
        elif length == 0:
            length = size - pos  # the last box runs to the end of the file
        if length < header or not all(32 <= byte < 127 for byte in kind):
            return pos  # not a box: whatever follows is not part of the video
        if pos + length > size:
            return None
        pos += length
    return pos


def _ebml_end(data: bytes) -> int | None:
    """The end of the EBML header and the segment that follows it."""
    pos = 0
    for expected in (0x1A45DFA3, 0x18538067):  # EBML header, Segment
        element = _vint(data, pos, keep_marker=True)
        if element is None or element[0] != expected:
            return pos if pos else None
        length = _vint(data, element[1], keep_marker=False)
        if length is None:
            return None
        value, start, unknown = length[0], length[1], length[2]
        if unknown:  # a live recording: the segment runs to the end of the file
            return len(data)
        pos = start + value
        if pos > len(data):
            return None
    return pos


def _vint(data: bytes, pos: int, *, keep_marker: bool):
    """An EBML variable-length integer at ``pos``: (value, next position, all ones)."""
    if pos >= len(data) or data[pos] == 0:
        return None
    width = 8 - data[pos].bit_length() + 1
    raw = data[pos : pos + width]
    if len(raw) < width:
        return None
    value = int.from_bytes(raw, "big")
    if not keep_marker:
        value &= (1 << (7 * width)) - 1
    unknown = not keep_marker and value == (1 << (7 * width)) - 1
    return value, pos + width, unknown
