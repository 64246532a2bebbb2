"""Genuine images and videos whose compressed data happen to hold markup, and real polyglots."""

import io
import random
import shutil
import struct
import subprocess
import tempfile
import zipfile
import zlib
from pathlib import Path

from PIL import Image, PngImagePlugin

from tests.conftest import require


def noise_image(size=(240, 180), seed=1) -> Image.Image:
    rng = random.Random(seed)
    return Image.frombytes("RGB", size, rng.randbytes(size[0] * size[1] * 3))


def _chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_with_markup_in_idat(width=160, height=120) -> bytes:
    """A valid PNG whose compressed pixel data holds "<svg onload=…>" verbatim."""
    rng = random.Random(2)
    rows = b""
    for row in range(height):
        pixels = bytearray(rng.randbytes(width * 3))
        if row == height // 2:
            markup = b"<svg onload=alert(1)> <html> "
            pixels[30 : 30 + len(markup)] = markup
        rows += b"\x00" + bytes(pixels)
    idat = zlib.compress(rows, 0)  # stored blocks: the bytes appear as they are
    assert b"<svg" in idat
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", idat)
        + _chunk(b"IEND", b"")
    )


def jpeg_with_markup_in_scan() -> bytes:
    """A JPEG whose entropy-coded data holds "<svg" and "javascript:" (as it may by chance)."""
    out = io.BytesIO()
    noise_image().save(out, "JPEG", quality=90)
    data = bytearray(out.getvalue())
    sos = data.index(b"\xff\xda")
    start = sos + 2 + int.from_bytes(data[sos + 2 : sos + 4], "big")
    middle = start + (len(data) - start) // 2
    data[middle : middle + 4] = b"<svg"
    data[middle + 400 : middle + 411] = b"javascript:"
    return bytes(data)


def webp_with_markup_in_bitstream() -> bytes:
    out = io.BytesIO()
    noise_image().save(out, "WEBP", quality=80)
    original = out.getvalue()
    for offset in range(len(original) // 2, len(original) - 16, 37):
        candidate = bytearray(original)
        candidate[offset : offset + 4] = b"<svg"
        try:
            Image.open(io.BytesIO(bytes(candidate))).load()
        except Exception:  # noqa: S112 - try the next place
            continue
        return bytes(candidate)
    raise AssertionError("no decodable WebP with markup found")


def mpo_two_pictures() -> bytes:
    """A multi-picture JPEG as phones write them (a second, smaller picture appended)."""
    out = io.BytesIO()
    first = noise_image((400, 300), seed=3)
    second = noise_image((200, 150), seed=4)
    first.save(out, "MPO", save_all=True, append_images=[second])
    return out.getvalue()


def jpeg(comment=None, size=(240, 180)) -> bytes:
    out = io.BytesIO()
    options = {"comment": comment} if comment else {}
    noise_image(size).save(out, "JPEG", quality=85, **options)
    return out.getvalue()


def png(text=None, size=(240, 180)) -> bytes:
    out = io.BytesIO()
    info = PngImagePlugin.PngInfo()
    if text:
        info.add_text("Comment", text)
    noise_image(size).save(out, "PNG", pnginfo=info)
    return out.getvalue()


def webp(size=(240, 180)) -> bytes:
    out = io.BytesIO()
    noise_image(size).save(out, "WEBP", quality=80)
    return out.getvalue()


def zip_archive() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("index.html", "<p>hello</p>")
    return out.getvalue()


def animated_png() -> bytes:
    out = io.BytesIO()
    frames = [noise_image(seed=seed) for seed in (5, 6)]
    frames[0].save(out, "PNG", save_all=True, append_images=frames[1:])
    return out.getvalue()


def plain_png(size) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (90, 120, 150)).save(out, "PNG")
    return out.getvalue()


# --- videos ------------------------------------------------------------------


def needs_ffmpeg():
    require(bool(shutil.which("ffmpeg")), "ffmpeg is not installed (apt-get install ffmpeg)")


def video(container="mp4", size="160x120", source="color=c=gray") -> bytes:
    needs_ffmpeg()
    codec = (
        ["-c:v", "libvpx", "-b:v", "200k"]
        if container == "webm"
        else ["-c:v", "libx264", "-pix_fmt", "yuv420p"]
    )
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / f"v.{container}"
        subprocess.run(
            ["ffmpeg", "-v", "error", "-f", "lavfi", "-i", f"{source}:s={size}:d=1",
             *codec, str(target)],
            check=True,
        )  # fmt: skip
        return target.read_bytes()


def mp4_with_markup_in_mdat() -> bytes:
    data = bytearray(video("mp4", size="320x240", source="testsrc=r=25"))
    mdat = data.index(b"mdat")
    size = int.from_bytes(data[mdat - 4 : mdat], "big")
    # Inside the coded frames: a decoder may show a damaged frame, a re-mux copies it.
    position = mdat + size - 200
    assert position > 2048
    data[position : position + 4] = b"<svg"
    data[position + 20 : position + 31] = b"javascript:"
    return bytes(data)


def mp4_with_pdf_at_the_start() -> bytes:
    data = video("mp4")
    ftyp = int.from_bytes(data[:4], "big")
    payload = b"%PDF-1.5\n1 0 obj << >> endobj\n"
    free = struct.pack(">I", 8 + len(payload)) + b"free" + payload
    return data[:ftyp] + free + data[ftyp:]
