from django import template
from django.urls import reverse

register = template.Library()


@register.simple_tag
def media_url(item, variant):
    return reverse("gallery_media:file", kwargs={"token": item.token, "variant": variant})


@register.simple_tag
def media_srcset(item, extension, poster=False):
    """ "…/w480.webp 480w, …/w800.webp 800w" for ``<source srcset>``/``<img srcset>``."""
    prefix, widths = ("poster-", item.poster_widths) if poster else ("", item.rendition_widths)
    return ", ".join(
        f"{media_url(item, f'{prefix}w{width}.{extension}')} {width}w" for width in sorted(widths)
    )


@register.simple_tag
def media_fallback(item, poster=False):
    """The JPEG a browser without srcset support loads: about 800 pixels wide."""
    prefix, widths = ("poster-", item.poster_widths) if poster else ("", item.rendition_widths)
    width = min(sorted(widths), key=lambda w: abs(w - 800))
    return media_url(item, f"{prefix}w{width}.jpg")


@register.simple_tag
def media_height(item, width):
    return round(item.height * width / item.width) if item.width else ""
