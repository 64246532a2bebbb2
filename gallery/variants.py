"""The files a media item offers, by the name used in its public address."""

import re

from gallery.models import MediaItem

CONTENT_TYPES = {
    "webp": "image/webp",
    "jpg": "image/jpeg",
    "mp4": "video/mp4",
    "webm": "video/webm",
    "vtt": "text/vtt; charset=utf-8",
}
_RENDITION = re.compile(r"^(poster-)?w(\d{2,4})\.(webp|jpg)$")


def variant_path(item: MediaItem, variant: str) -> str | None:
    """The storage path of ``variant`` of ``item``, or None if the item has no such file."""
    match = _RENDITION.match(variant)
    if match:
        poster, width, _extension = match.groups()
        widths = item.poster_widths if poster else item.rendition_widths
        return f"media/{item.token}/{variant}" if int(width) in widths else None
    if item.kind == MediaItem.Kind.VIDEO and variant == f"video.{item.original_extension}":
        return item.original.name
    for language in ("de", "en"):
        field = getattr(item, f"captions_{language}")
        if variant == f"captions-{language}.vtt" and field:
            return field.name
    return None


def content_type(variant: str) -> str:
    return CONTENT_TYPES[variant.rsplit(".", 1)[-1]]
