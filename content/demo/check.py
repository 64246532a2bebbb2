"""Checks the demo texts before they are loaded: structure, allowed markup, links,
plain-language figures, figures that the content brief does not contain, and
sentences copied from the brief or the seed texts.

    .venv/bin/python -m content.demo.check            # all page modules
    .venv/bin/python -m content.demo.check surgery    # one module of pages/
"""

import datetime
import importlib
import pkgutil
import re
import sys
from html import unescape
from pathlib import Path

from content.demo.people import PEOPLE
from content.demo.sources import SOURCES
from content.demo.tree import LEGAL, TREE, UNTRANSLATED
from content.sanitizer import sanitize_html

LANGS = ("de", "en")
SHARED = Path(__file__).resolve().parents[3] / "shared"
APP_PATHS = {
    "de": ["/de/", "/de/glossar/", "/de/galerie/", "/de/termin/"],
    "en": ["/en/", "/en/glossary/", "/en/gallery/", "/en/appointment/"],
}


def known_paths():
    slugs = {key: (parent, de, en) for key, parent, de, en in TREE}
    paths = {lang: set(APP_PATHS[lang]) for lang in LANGS}
    for parent, de, en in slugs.values():
        for lang, slug in (("de", de), ("en", en)):
            if parent:
                parent_slug = slugs[parent][1 if lang == "de" else 2]
                paths[lang].add(f"/{lang}/{parent_slug}/{slug}/")
            else:
                paths[lang].add(f"/{lang}/{slug}/")
    for _key, de, en in LEGAL:
        paths["de"].add(f"/de/{de}/")
        paths["en"].add(f"/en/{en}/")
    return paths


def text_of(html):
    return unescape(re.sub(r"<[^>]+>", " ", html))


def sentences(text):
    parts = re.split(r"(?<=[.!?:])\s+", " ".join(text.split()))
    return [p for p in parts if len(p.split()) > 2]


def shingles(text, n=8):
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def reference_shingles():
    texts = []
    for path in [SHARED / "CONTENT-BRIEF.md", *sorted((SHARED / "seeds").glob("*.txt"))]:
        if path.exists():
            texts.append(path.read_text())
    return shingles(" ".join(texts)), " ".join(texts)


def numbers_in(text):
    # Figures such as 72, 12–18, 2,500, 83.0, 1/60 (years of sources are allowed).
    return set(re.findall(r"(?<![\w/])\d+(?:[.,]\d+)?", text))


def check_page(key, page, paths, ref_shingles, brief_text, problems, notes):
    is_legal = key in {k for k, _, _ in LEGAL}
    langs = ("de",) if key == UNTRANSLATED else LANGS
    for field in ("title", "summary", "body"):
        value = page.get(field) or {}
        for lang in langs:
            if not (value.get(lang) or "").strip():
                problems.append(f"{key}: {field}[{lang}] is empty")
        if key == UNTRANSLATED and (value.get("en") or "").strip():
            problems.append(f"{key}: must stay without English {field}")
    for lang in langs:
        summary = page["summary"][lang]
        if len(summary) > 200:
            problems.append(f"{key}: summary[{lang}] has {len(summary)} characters (max 200)")
        body = page["body"][lang]
        if re.sub(r"\s+", " ", sanitize_html(body)) != re.sub(r"\s+", " ", body.strip()):
            problems.append(f"{key}: body[{lang}] uses markup outside the allowlist")
        for href in re.findall(r'href="([^"]+)"', body):
            # A query string (a gallery filter) does not change which page a link leads to.
            if href.startswith("/") and re.split(r"[#?]", href)[0] not in paths[lang]:
                problems.append(f"{key}: body[{lang}] links to unknown page {href}")
            if href.startswith(("/de/", "/en/")) and not href.startswith(f"/{lang}/"):
                problems.append(f"{key}: body[{lang}] links into the other language: {href}")
        text = text_of(body)
        words = len(text.split())
        sents = sentences(text)
        avg = words / max(len(sents), 1)
        longest = max((len(s.split()) for s in sents), default=0)
        notes.append(
            f"{key}[{lang}]: {words} words, {len(sents)} sentences, "
            f"avg {avg:.1f}, longest {longest}"
        )
        if avg > 16:
            problems.append(f"{key}: body[{lang}] average sentence {avg:.1f} words (max 16)")
        for s in sents:
            if len(s.split()) > 28:
                problems.append(
                    f"{key}: body[{lang}] long sentence ({len(s.split())} words): {s[:80]}…"
                )
        copied = shingles(text + " " + page["summary"][lang]) & ref_shingles
        for c in sorted(copied)[:3]:
            problems.append(f"{key}: body[{lang}] copies the brief/seeds: “{c}”")
        if not is_legal:
            unknown = {n for n in numbers_in(text) if n not in brief_text and len(n) > 1}
            if unknown:
                notes.append(f"  {key}[{lang}] figures not found in the brief: {sorted(unknown)}")
        if not is_legal and "<h2>" not in body:
            problems.append(f"{key}: body[{lang}] has no <h2> (the table of contents needs them)")
    if not is_legal:
        for field in ("author", "reviewer"):
            if page.get(field) not in PEOPLE:
                problems.append(f"{key}: {field} {page.get(field)!r} is not in people.py")
        try:
            reviewed = datetime.date.fromisoformat(page["last_reviewed"])
            if reviewed > datetime.date.today():
                problems.append(f"{key}: last_reviewed lies in the future")
        except (KeyError, ValueError):
            problems.append(f"{key}: last_reviewed missing or not YYYY-MM-DD")
        if not page.get("sources"):
            problems.append(f"{key}: no sources")
    for source in page.get("sources", []):
        if source not in SOURCES:
            problems.append(f"{key}: unknown source {source}")


def main(argv):
    import content.demo.pages as pages_pkg

    names = argv or [m.name for m in pkgutil.iter_modules(pages_pkg.__path__)]
    valid_keys = {k for k, *_ in TREE} | {k for k, _, _ in LEGAL}
    paths = known_paths()
    ref, brief_text = reference_shingles()
    problems, notes = [], []
    for name in names:
        module = importlib.import_module(f"content.demo.pages.{name}")
        for key, page in module.PAGES.items():
            if key not in valid_keys:
                problems.append(f"{name}: {key} is not a key of tree.py")
                continue
            check_page(key, page, paths, ref, brief_text, problems, notes)
    print("\n".join(notes))
    print("\n".join(f"PROBLEM {p}" for p in problems) or "No problems found.")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
