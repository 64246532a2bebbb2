"""The wording corrections of the content brief (§14) cannot come back: every page text,
every glossary entry and both gettext catalogues are scanned for the forms the outside
language review struck out."""

import ast
import re
from collections import Counter
from pathlib import Path

import pytest
from django.conf import settings

from content.demo.glossary import TERMS
from content.demo.loader import page_texts
from tests.content.texts import plain

# (forbidden form, what to write instead), per language; matched case-insensitively in
# the plain text, so that markup inside a sentence does not hide a form.
FORBIDDEN = {
    "de": [
        (r"\b(die|der|eine|einer) EMG\b(?!-)", "das EMG"),
        (r"\bin Frage\b", "infrage"),
        (r"\bden Notruf 112(?! an)", "Rufen Sie sofort den Notruf 112 an."),
        (r"\bwählen Sie\b[^.!?]*\b112\b", "Rufen Sie sofort den Notruf 112 an."),
        (r"\brufen Sie (sofort )?(die )?112\b", "Rufen Sie sofort den Notruf 112 an."),
        (r"\b112 (an)?rufen\b", "Rufen Sie sofort den Notruf 112 an."),
        (r"\bsofort Notruf 112\b", "Rufen Sie sofort den Notruf 112 an."),
        (r"\bgesehen (zu )?werden\b", "sich in einer Spezialsprechstunde vorstellen"),
        (r"Behandlungspfad", "Versorgungspfad"),
        (r"\bbritische[rn]? Pfad", "Versorgungspfad"),
        (r"\bAnleiten sollte", "Angeleitet wird das Training von …"),
        (r"ohne jede Bewegung", "Solange sich der Muskel noch gar nicht bewegt, …"),
        (r"nicht-schlaff", "hypertone (nicht schlaffe) Fazialisparese"),
    ],
    "en": [
        (r"\bless spills\b", "fewer spills"),
        (r"\bcrocodile tears (means|is)\b", "crocodile tears are"),
        (r"\bhairy scalp\b", "scalp"),
    ],
}
# "Fachleute nennen das …" is varied: at most this often on the whole site, and no page
# says "Fachleute nennen/sprechen/sagen" more than once.
MAX_FACHLEUTE_NENNEN = 3
EXPERTS_SAY = r"\bFachleute (nennen|sprechen|sagen|bezeichnen)\b"
# Gustatory sweating is no synkinesis of the facial muscles: where it is named, it stands
# with crocodile tears among the other late effects of mis-wired nerve fibres.
SWEATING = {"de": r"schwitz", "en": r"sweat"}
WITH_CROCODILE_TEARS = {
    "de": ("krokodilstränen", "spätfolge"),
    "en": ("crocodile tears", "late effect"),
}

LOCALE = Path(settings.BASE_DIR) / "locale"


def catalogue(code: str) -> list[tuple[str, str]]:
    """(msgid, msgstr) of every entry of the language's .po file."""
    text = (LOCALE / code / "LC_MESSAGES" / "django.po").read_text()
    entries = []
    for block in text.split("\n\n"):
        parts, current = {}, None
        for line in block.splitlines():
            match = re.match(r"(msgid|msgstr|msgctxt|msgid_plural|msgstr\[\d\]) (\".*\")$", line)
            if match:
                current = match.group(1)
                parts[current] = ast.literal_eval(match.group(2))
            elif line.startswith('"') and current:
                parts[current] += ast.literal_eval(line)
        if parts.get("msgid"):
            entries.append((parts["msgid"], parts.get("msgstr") or parts.get("msgstr[0]", "")))
    return entries


def texts(code: str) -> dict[str, str]:
    """Every text a reader can get in ``code``, by where it comes from."""
    found = {}
    for key, page in page_texts().items():
        for field in ("title", "summary", "body"):
            found[f"page {key} {field}"] = plain((page[field] or {}).get(code) or "")
    for term in TERMS:
        for field in ("term", "definition"):
            found[f"glossary {term['slug']['de']} {field}"] = term[field][code]
        found[f"glossary {term['slug']['de']} synonyms"] = ", ".join(term["synonyms"][code])
    for number, (msgid, msgstr) in enumerate(catalogue(code)):
        # The English catalogue leaves most translations empty: the msgid is the text.
        found[f"{code}.po entry {number}"] = plain(msgstr or (msgid if code == "en" else ""))
    return found


@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES])
def test_no_text_uses_a_struck_out_form(code):
    found = []
    for where, text in texts(code).items():
        for pattern, instead in FORBIDDEN[code]:
            for match in re.finditer(pattern, text, re.IGNORECASE):
                found.append(f"{where}: „{match.group(0)}“ → {instead}")
    assert not found, "\n".join(found)


def test_fachleute_nennen_das_is_varied():
    bodies = {key: plain(page["body"]["de"]) for key, page in page_texts().items()}
    total = sum(len(re.findall(r"\bFachleute nennen\b", body)) for body in bodies.values())
    assert total <= MAX_FACHLEUTE_NENNEN, total
    per_page = Counter({key: len(re.findall(EXPERTS_SAY, body)) for key, body in bodies.items()})
    assert per_page.most_common(1)[0][1] <= 1, per_page.most_common(3)


@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES])
def test_gustatory_sweating_stands_with_crocodile_tears_not_with_synkinesis(code):
    found = []
    for key, page in page_texts().items():
        body = page["body"].get(code) or ""
        # One section per main heading: a list item belongs to the section it stands in.
        for section in re.split(r"(?=<h2)", body):
            text = plain(section).lower()
            if re.search(SWEATING[code], text) and not all(
                words in text for words in WITH_CROCODILE_TEARS[code]
            ):
                found.append(f"{key}: {text[:160]}")
    assert not found, "\n".join(found)
