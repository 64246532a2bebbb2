"""The one allowlist for formatted text that staff write in the admin.

Everything the editor can produce passes; everything else (scripts, event
handlers, ``style``, ``javascript:`` URLs, ids, unknown classes) is removed
before the text is stored, in every language.
"""

import nh3

ALLOWED_TAGS = {"h2", "h3", "p", "ul", "ol", "li", "a", "strong", "em", "br"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
# The notice box is a paragraph with this one class; no other class survives.
NOTICE_CLASS = "notice"
ALLOWED_CLASSES = {"p": {NOTICE_CLASS}}
URL_SCHEMES = {"http", "https", "mailto", "tel"}

_cleaner = nh3.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    allowed_classes=ALLOWED_CLASSES,
    url_schemes=URL_SCHEMES,
    link_rel=None,
    strip_comments=True,
)


def sanitize_html(html: str) -> str:
    """Return ``html`` reduced to the allowlist; empty editor output becomes ""."""
    cleaned = _cleaner.clean(html or "").strip()
    if cleaned in {"<p></p>", "<p><br></p>"}:
        return ""
    return cleaned
