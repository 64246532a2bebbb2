"""Checks and re-muxes uploaded videos with ffprobe and ffmpeg (no re-encoding).

Accepted are MP4 and WebM, and QuickTime (.mov, as iPhones record) when ffmpeg can
re-mux it into MP4 without re-encoding; 3GP and anything else get a message that
names the accepted formats. Metadata (location, device) is dropped.
"""

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from gallery import polyglots
from gallery.uploads import CleanVideo, check_shape, read_limited, sniff

_VIDEO_CODECS = {"h264", "hevc", "vp8", "vp9", "av1"}
# What ffprobe must call the container, for each kind the first bytes announce.
_FORMAT_NAMES = {"mp4": {"mp4", "mov"}, "mov": {"mov"}, "webm": {"webm", "matroska"}}
_FORMAT_LABELS = {"mov": "QuickTime (.mov)", "3gp": "3GP"}


def video_tools_available() -> bool:
    return bool(shutil.which("ffmpeg") and shutil.which("ffprobe"))


def unaccepted_format(kind):
    return ValidationError(
        _(
            "Videos in the %(format)s format are not accepted. Accepted are MP4 and WebM: "
            "export the video as MP4 (H.264), e.g. with “Share” or “Export” on the phone, "
            "and upload it again."
        ),
        params={"format": _FORMAT_LABELS[kind]},
        code="video_format",
    )


def damaged():
    return ValidationError(_("The video is damaged or cannot be read."), code="damaged")


def clean_video(upload) -> CleanVideo:
    data = read_limited(upload, settings.GALLERY_MAX_VIDEO_BYTES)
    kind = sniff(data[:64])
    if kind == "3gp":
        raise unaccepted_format(kind)
    if kind not in _FORMAT_NAMES:
        raise ValidationError(
            _("Only MP4 or WebM videos are accepted (the file's content is something else)."),
            code="video_type",
        )
    polyglots.check_video(data, kind)
    if not video_tools_available():
        raise ValidationError(
            _("Videos cannot be processed on this server (ffmpeg is not installed)."),
            code="no_ffmpeg",
        )
    extension = "webm" if kind == "webm" else "mp4"
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / f"upload.{kind}"
        target = Path(folder) / f"clean.{extension}"
        source.write_bytes(data)
        width, height, codec = probe_video(source, kind)
        check_shape(width, height, video=True)
        command = [
            "ffmpeg", "-nostdin", "-v", "error", "-i", str(source),
            "-map", "0:v:0", "-map", "0:a:0?", "-c", "copy",
            "-map_metadata", "-1", "-map_chapters", "-1",
        ]  # fmt: skip
        if extension == "mp4":
            command += ["-movflags", "+faststart", "-f", "mp4"]
            if codec == "hevc":
                command += ["-tag:v", "hvc1"]  # the tag Safari plays
        try:
            subprocess.run([*command, str(target)], check=True, capture_output=True, timeout=120)  # noqa: S603
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
            # A QuickTime file whose streams MP4 cannot hold: say what to do instead.
            raise (unaccepted_format(kind) if kind == "mov" else damaged()) from error
        return CleanVideo(target.read_bytes(), extension, width, height)


def probe_video(path: Path, kind: str) -> tuple[int, int, str]:
    """Width, height and codec of the first video stream, as ffprobe reads the file."""
    try:
        result = subprocess.run(  # noqa: S603
            ["ffprobe", "-v", "error", "-print_format", "json", "-show_format",  # noqa: S607
             "-show_streams", str(path)],
            check=True,
            capture_output=True,
            timeout=30,
        )  # fmt: skip
        report = json.loads(result.stdout)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, ValueError) as error:
        raise damaged() from error
    format_names = set(report.get("format", {}).get("format_name", "").split(","))
    if not format_names & _FORMAT_NAMES[kind]:
        raise damaged()
    streams = report.get("streams", [])
    video = next((s for s in streams if s.get("codec_type") == "video"), None)
    if video is None or video.get("codec_name") not in _VIDEO_CODECS:
        raise ValidationError(
            _("The video must contain H.264, HEVC, VP8, VP9 or AV1 video."), code="video_codec"
        )
    return int(video.get("width", 0)), int(video.get("height", 0)), video["codec_name"]
