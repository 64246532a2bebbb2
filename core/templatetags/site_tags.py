import json
from urllib.parse import urlsplit

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

# The characters that could end a <script> data block early (as in Django's json_script).
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def language_versions(context, alternates=None):
    """This page in every language: code, name, absolute address, is-current.

    Views whose addresses contain translated slugs pass ``alternates``; for all
    other pages the address is translated by URL name.
    """
    request = context["request"]
    current = context.get("LANGUAGE_CODE") or settings.LANGUAGE_CODE
    versions = []
    for code, name in settings.LANGUAGES:
        path = alternates[code] if alternates else translate_url(request.path, code)
        if not path.startswith(f"/{code}/"):
            # An address that cannot be translated (a 404, say): offer the home page.
            path = f"/{code}/"
        versions.append(
            {
                "code": code,
                "name": name,
                "url": path,
                "absolute_url": request.build_absolute_uri(path),
                "is_current": code == current,
            }
        )
    return versions


@register.filter
def ld_json(data):
    """Render ``data`` as a JSON-LD block: a data block, not a script, so CSP allows it."""
    payload = json.dumps(data, ensure_ascii=False).translate(_JSON_ESCAPES)
    safe_payload = mark_safe(payload)  # noqa: S308 - <, > and & are escaped above
    return format_html('<script type="application/ld+json">{}</script>', safe_payload)


@register.filter
def host(url):
    """The host of an address, as a short link text: "pmc.ncbi.nlm.nih.gov"."""
    return urlsplit(url).hostname or url
