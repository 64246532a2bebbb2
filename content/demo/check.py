"""Checks the demo texts before they are loaded: structure, allowed markup, links,
plain-language figures, and – given reference texts – figures that the references
do not contain and sentences copied from them.

    .venv/bin/python -m content.demo.check            # all page modules
    .venv/bin/python -m content.demo.check surgery    # one module of pages/
    .venv/bin/python -m content.demo.check --reference ../shared/CONTENT-BRIEF.md ../shared/seeds

A reference is a file, or a folder whose ``*.md`` and ``*.txt`` files are read. The
checker reads nothing outside the repository unless it is named here.
"""

import argparse
import datetime
import importlib
import pkgutil
import re
import sys
from html import unescape
from pathlib import Path

from content.demo.people import PEOPLE
from content.demo.sources import SOURCES, canonical_key, page_source_keys
from content.demo.tree import LEGAL, TREE, UNTRANSLATED
from content.sanitizer import sanitize_html

REFERENCE_SUFFIXES = {".md", ".txt"}
APP_PATHS = {
    "de": ["/de/", "/de/glossar/", "/de/galerie/", "/de/termin/"],
    "en": ["/en/", "/en/glossary/", "/en/gallery/", "/en/appointment/"],
}
# The checker runs without Django settings: the languages are those the demo texts have.
LANGS = tuple(APP_PATHS)


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


def reference_files(paths):
    for path in paths:
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix in REFERENCE_SUFFIXES
            )
        else:
            yield path


def reference_shingles(paths):
    text = " ".join(
        path.read_text(encoding="utf-8", errors="replace") for path in reference_files(paths)
    )
    return shingles(text), text


def numbers_in(text):
    # Figures such as 72, 12–18, 2,500, 83.0, 1/60 (years of sources are allowed).
    return set(re.findall(r"(?<![\w/])\d+(?:[.,]\d+)?", text))


def check_page(key, page, paths, ref_shingles, ref_text, problems, notes):
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
            problems.append(f"{key}: body[{lang}] copies the reference texts: “{c}”")
        if not is_legal and ref_text:
            unknown = {n for n in numbers_in(text) if n not in ref_text and len(n) > 1}
            if unknown:
                notes.append(
                    f"  {key}[{lang}] figures not found in the references: {sorted(unknown)}"
                )
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
    cited = page.get("sources", [])
    for source in cited:
        if canonical_key(source) not in SOURCES:
            problems.append(f"{key}: unknown source {source}")
    if len(page_source_keys(cited)) < len(cited):
        # The loader lists each publication once; the page module may say so too.
        notes.append(f"  {key}: sources name a publication twice: {cited}")


def check_sources(problems):
    for key, entry in SOURCES.items():
        for lang in LANGS:
            if not (entry.get(lang) or "").strip():
                problems.append(f"sources.py: {key} has no {lang} citation")
        if entry.get("url") and not entry["url"].startswith("https://"):
            problems.append(f"sources.py: {key} does not link over https")


def existing_path(value):
    path = Path(value)
    if not path.exists():
        raise argparse.ArgumentTypeError(f"no such file or folder: {value}")
    return path


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="python -m content.demo.check", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("modules", nargs="*", help="modules of content/demo/pages (default: all)")
    parser.add_argument(
        "--reference",
        nargs="+",
        action="extend",
        default=[],
        type=existing_path,
        metavar="PATH",
        help="texts the demo must not copy from (files, or folders of .md/.txt files)",
    )
    return parser.parse_args(argv)


def main(argv):
    import content.demo.pages as pages_pkg

    args = parse_args(argv)
    names = args.modules or [m.name for m in pkgutil.iter_modules(pages_pkg.__path__)]
    valid_keys = {k for k, *_ in TREE} | {k for k, _, _ in LEGAL}
    paths = known_paths()
    ref, ref_text = reference_shingles(args.reference)
    problems, notes = [], []
    check_sources(problems)
    for name in names:
        module = importlib.import_module(f"content.demo.pages.{name}")
        for key, page in module.PAGES.items():
            if key not in valid_keys:
                problems.append(f"{name}: {key} is not a key of tree.py")
                continue
            check_page(key, page, paths, ref, ref_text, problems, notes)
    print("\n".join(notes))
    if not args.reference:
        print("No --reference given: copy check skipped (and figures not compared).")
    print("\n".join(f"PROBLEM {p}" for p in problems) or "No problems found.")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
