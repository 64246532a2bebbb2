"""The naming scheme of patient files: the one module that builds and parses their names.

In private storage::

    media/<item token>/<set>/original.<jpg|mp4|webm>      the clean image or re-muxed video
    media/<item token>/<set>/w<width>.<webp|jpg>          renditions of the clean image
    media/<item token>/<set>/poster.jpg                   a video's poster image
    media/<item token>/<set>/poster-w<width>.<webp|jpg>   renditions of the poster
    media/<item token>/<set>/captions-<language>.vtt      captions
    consent-forms/<case code>/<YYYYmmdd-HHMMSS>.<pdf|jpg> signed consent forms

``<set>`` is a fresh random folder for every write, so that a replaced file is written
beside the old one and the old one is removed only after the new row is committed.
Items stored before ``<set>`` existed keep their files directly in ``media/<token>/``:
renditions are always looked up beside the stored original or poster, so both work.

In public addresses (``/patient-media/<token>/<variant>``) a variant is named without the
set: ``w480.webp``, ``poster-w800.jpg``, ``video.mp4``, ``captions-de.vtt``.
"""

import posixpath
import re
import secrets
from dataclasses import dataclass

from django.conf import settings

MEDIA_FOLDER = "media"
CONSENT_FORMS_FOLDER = "consent-forms"
RENDITION_EXTENSIONS = ("webp", "jpg")
CONTENT_TYPES = {
    "webp": "image/webp",
    "jpg": "image/jpeg",
    "mp4": "video/mp4",
    "webm": "video/webm",
    "vtt": "text/vtt; charset=utf-8",
}

# Widths without leading zeros ("w0480" is not "w480"), so that one file has one name.
_RENDITION = re.compile(r"^(?P<poster>poster-)?w(?P<width>[1-9][0-9]{1,3})\.(?P<ext>webp|jpg)$")
_VIDEO = re.compile(r"^video\.(?P<ext>mp4|webm)$")
_CAPTIONS = re.compile(r"^captions-(?P<language>[a-z]{2,3})\.vtt$")


# --- storage paths -----------------------------------------------------------


def item_folder(token: str) -> str:
    """Everything stored for one media item lies below this folder."""
    return f"{MEDIA_FOLDER}/{token}"


def new_file_set(token: str) -> str:
    """A fresh folder for files written now; never the folder of files already stored."""
    return f"{item_folder(token)}/{secrets.token_hex(6)}"


def original(folder: str, extension: str) -> str:
    return f"{folder}/original.{extension}"


def poster(folder: str) -> str:
    return f"{folder}/poster.jpg"


def captions(folder: str, language: str) -> str:
    return f"{folder}/captions-{language}.vtt"


def rendition(folder: str, width: int, extension: str, *, poster: bool = False) -> str:
    return f"{folder}/{rendition_variant(width, extension, poster=poster)}"


def consent_form(case_code: str, extension: str, when) -> str:
    # The uploaded name may contain the patient's name: it is never used.
    return f"{CONSENT_FORMS_FOLDER}/{case_code}/{when:%Y%m%d-%H%M%S}.{extension}"


def renditions_of(stored_name: str, widths, *, poster: bool = False) -> list[str]:
    """The rendition paths that belong beside the stored original (or poster)."""
    folder = posixpath.dirname(stored_name)
    return [
        rendition(folder, width, extension, poster=poster)
        for width in widths
        for extension in RENDITION_EXTENSIONS
    ]


def item_paths(item) -> set[str]:
    """Every stored path the row ``item`` refers to."""
    paths = set()
    if item.original:
        paths.add(item.original.name)
        paths.update(renditions_of(item.original.name, item.rendition_widths))
    if item.poster:
        paths.add(item.poster.name)
        paths.update(renditions_of(item.poster.name, item.poster_widths, poster=True))
    for code, _name in settings.LANGUAGES:
        field = getattr(item, f"captions_{code}", None)
        if field:
            paths.add(field.name)
    return paths


def token_of(path: str) -> str | None:
    """The item token of a path below ``media/``, or None."""
    parts = path.split("/")
    return parts[1] if len(parts) >= 3 and parts[0] == MEDIA_FOLDER else None


# --- public variant names ----------------------------------------------------


def rendition_variant(width: int, extension: str, *, poster: bool = False) -> str:
    return f"{'poster-' if poster else ''}w{width}.{extension}"


def video_variant(item) -> str:
    return f"video.{item.original_extension}"


def captions_variant(language: str) -> str:
    return f"captions-{language}.vtt"


@dataclass(frozen=True)
class Variant:
    path: str
    content_type: str


def resolve_variant(item, variant: str) -> Variant | None:
    """The stored file behind ``variant`` of ``item``, or None for any name the item lacks.

    Only canonical names resolve: a width the item has, a poster or captions only for a
    video, the video under its own extension.
    """
    path = _variant_path(item, variant)
    if path is None:
        return None
    return Variant(path, CONTENT_TYPES[variant.rsplit(".", 1)[-1]])


def _variant_path(item, variant):
    is_video = item.kind == "video"
    if match := _RENDITION.match(variant):
        width, extension = int(match["width"]), match["ext"]
        if match["poster"]:
            if not (is_video and item.poster and width in item.poster_widths):
                return None
            return rendition(posixpath.dirname(item.poster.name), width, extension, poster=True)
        if is_video or not item.original or width not in item.rendition_widths:
            return None
        return rendition(posixpath.dirname(item.original.name), width, extension)
    if match := _VIDEO.match(variant):
        ok = is_video and item.original and match["ext"] == item.original_extension
        return item.original.name if ok else None
    if match := _CAPTIONS.match(variant):
        language = match["language"]
        languages = {code for code, _name in settings.LANGUAGES}
        field = getattr(item, f"captions_{language}", None) if language in languages else None
        return field.name if is_video and field else None
    return None
