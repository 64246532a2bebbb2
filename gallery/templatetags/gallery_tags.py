from django import template
from django.conf import settings
from django.urls import reverse

from gallery import filenames
from gallery.durations import months_in_words

register = template.Library()


@register.simple_tag
def media_url(item, variant):
    return reverse("gallery_media:file", kwargs={"token": item.token, "variant": variant})


@register.simple_tag
def media_srcset(item, extension, poster=False):
    """ "…/w480.webp 480w, …/w800.webp 800w" for ``<source srcset>``/``<img srcset>``."""
    widths = item.poster_widths if poster else item.rendition_widths
    return ", ".join(
        f"{media_url(item, filenames.rendition_variant(width, extension, poster=poster))} {width}w"
        for width in sorted(widths)
    )


@register.simple_tag
def media_fallback(item, poster=False):
    """The JPEG a browser without srcset support loads: about 800 pixels wide."""
    widths = item.poster_widths if poster else item.rendition_widths
    width = min(sorted(widths), key=lambda w: abs(w - 800))
    return media_url(item, filenames.rendition_variant(width, "jpg", poster=poster))


@register.simple_tag
def media_video_url(item):
    return media_url(item, filenames.video_variant(item))


@register.simple_tag
def media_caption_tracks(item):
    """(language code, language name, address) of the video's captions, in every language."""
    return [
        (code, name, media_url(item, filenames.captions_variant(code)))
        for code, name in settings.LANGUAGES
    ]


@register.filter
def in_years_and_months(months):
    """150 → "12 years and 6 months" (in the active language)."""
    return months_in_words(months)
