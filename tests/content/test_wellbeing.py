"""Where the site speaks of despair or suicidal thoughts, crisis lines stand beside 112
(content brief, §14): TelefonSeelsorge 0800 111 0 111 and 0800 111 0 222, in English
also the Samaritans (116 123); self-help groups in Germany are found through NAKOS.
And no reader-facing text sounds like a research note ("we did not find …")."""

import re

import pytest

from tests.content.texts import LANGUAGE_CODES, plain, prose_of, published_pages, reader_texts

pytestmark = pytest.mark.django_db

DESPAIR = {
    "de": r"das leben zu nehmen|suizid|selbsttötung|hoffnungslos|verzweif",
    "en": r"end(ing)? your life|suicid|hopeless|despair",
}
CRISIS_LINES = {
    "de": ["TelefonSeelsorge", "0800 111 0 111", "0800 111 0 222", "112"],
    "en": ["TelefonSeelsorge", "0800 111 0 111", "0800 111 0 222", "Samaritans", "116 123", "999"],
}
CRISIS_LINKS = {
    "de": ['href="tel:08001110111"', 'href="tel:08001110222"', 'href="tel:112"'],
    "en": [
        'href="tel:08001110111"',
        'href="tel:08001110222"',
        'href="tel:116123"',
        'href="tel:112"',
    ],
}
RESEARCH_NOTE = {
    "de": [
        r"haben wir [^.!?]*(nicht|kein\w*) [^.!?]*gefunden",
        r"wir haben [^.!?]*(nicht|kein\w*) [^.!?]*gefunden",
        r"fanden wir (nicht|kein)",
        r"konnten wir [^.!?]*(nicht|kein\w*) [^.!?]*finden",
    ],
    "en": [
        r"we (did not|didn't|have not|haven't|could not|couldn't) find",
        r"we (have )?found no\b",
    ],
}


def prose_by_key(client, code):
    return {key: prose_of(client.get(url).text) for key, url in published_pages(code)}


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_wellbeing_page_names_the_crisis_lines_beside_112_and_nakos(client, code):
    prose = prose_by_key(client, code)["wellbeing"]
    for line in CRISIS_LINES[code]:
        assert line in plain(prose), line
    for link in CRISIS_LINKS[code]:
        assert link in prose, link
    assert "NAKOS" in plain(prose)
    assert 'href="https://www.nakos.de/"' in prose


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_every_page_that_speaks_of_despair_gives_the_crisis_lines(client, code):
    pages = {
        key: prose
        for key, prose in prose_by_key(client, code).items()
        if re.search(DESPAIR[code], plain(prose).lower())
    }
    assert "wellbeing" in pages
    for key, prose in pages.items():
        for link in CRISIS_LINKS[code]:
            assert link in prose, f"{key}: {link}"


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_no_reader_facing_text_sounds_like_a_research_note(client, code):
    found = []
    for name, html in reader_texts(client, code).items():
        text = plain(html).lower()
        for pattern in RESEARCH_NOTE[code]:
            found += [f"{name}: {m.group(0)}" for m in re.finditer(pattern, text)]
    assert not found, "\n".join(found)
