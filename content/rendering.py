"""Turns a page's stored (already sanitised) HTML into what readers see.

Two additions happen at render time, so they follow later changes of the glossary
and never end up in the stored text: ids on the main headings with a table of
contents built from them, and a link from the first mention of each glossary
term to its entry.
"""

import re
from dataclasses import dataclass, field
from html import escape, unescape

from django.utils.text import slugify

# The stored HTML is nh3 output: well-formed, attributes quoted, "<" escaped in text.
_TAG = re.compile(r"(<[^>]+>)")
_TAG_NAME = re.compile(r"^</?([a-z0-9]+)")
# Text inside these elements is never turned into a glossary link.
_NO_LINK_INSIDE = {"a", "h2", "h3"}


@dataclass
class RenderedBody:
    html: str
    toc: list[tuple[str, str]] = field(default_factory=list)  # (anchor, heading text)


@dataclass
class GlossaryIndex:
    """Every written form of every term, compiled into one pattern."""

    pattern: re.Pattern | None
    targets: dict[str, tuple[str, str]]  # casefolded form -> (term key, URL)

    @classmethod
    def build(cls, entries):
        """``entries``: (key, url, forms) for each term."""
        targets = {}
        for key, url, forms in entries:
            for form in forms:
                targets.setdefault(_normalised(form), (key, url))
        if not targets:
            return cls(None, {})
        # Longest forms first, so "Bell's palsy" wins over "Bell".
        alternatives = sorted(targets, key=len, reverse=True)
        body = "|".join(_form_pattern(form) for form in alternatives)
        return cls(re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE), targets)


def _normalised(text):
    """The form of a word used to look it up: unescaped, casefolded, straight apostrophes."""
    return unescape(text).replace("’", "'").casefold()


def _form_pattern(form):
    # Apostrophes may be typed straight or curly, and are escaped in stored HTML.
    parts = [re.escape(escape(part, quote=False)) for part in re.split(r"['’]", form)]
    return "(?:'|’|&#x27;|&#39;)".join(parts)


def render_body(html: str, glossary: GlossaryIndex | None = None) -> RenderedBody:
    tokens = _TAG.split(html or "")
    toc, used_anchors, linked_terms = [], set(), set()
    open_elements = []
    heading_at = None  # index of the open <h2> tag token

    for index, token in enumerate(tokens):
        if token.startswith("<"):
            name_match = _TAG_NAME.match(token)
            if not name_match:
                continue
            name = name_match.group(1)
            if token.startswith("</"):
                if name in open_elements:
                    del open_elements[len(open_elements) - 1 - open_elements[::-1].index(name)]
                if name == "h2" and heading_at is not None:
                    text = unescape(re.sub(r"<[^>]+>", "", "".join(tokens[heading_at + 1 : index])))
                    anchor = _unique_anchor(text, used_anchors)
                    tokens[heading_at] = f'<h2 id="{anchor}">'
                    toc.append((anchor, " ".join(text.split())))
                    heading_at = None
            elif not token.endswith("/>") and name != "br":
                open_elements.append(name)
                if name == "h2":
                    heading_at = index
        elif token and glossary and glossary.pattern and not _NO_LINK_INSIDE & set(open_elements):
            tokens[index] = _link_terms(token, glossary, linked_terms)
    return RenderedBody("".join(tokens), toc)


def _unique_anchor(text, used):
    base = slugify(text) or "abschnitt"
    anchor, number = base, 2
    while anchor in used:
        anchor, number = f"{base}-{number}", number + 1
    used.add(anchor)
    return anchor


def _link_terms(text, glossary, linked_terms):
    def replace(match):
        key, url = glossary.targets.get(_normalised(match.group(0)), (None, None))
        if key is None or key in linked_terms:
            return match.group(0)
        linked_terms.add(key)
        return f'<a class="glossary-link" href="{escape(url)}">{match.group(0)}</a>'

    return glossary.pattern.sub(replace, text)
