"""Nerve transfers have their own time window (content brief, §14): ideally within the
first 12 months (one German centre: about 6 to 15 months); later, needle EMG decides in
the individual case. The general window for the muscle to stay re-innervable (12 to 18
months, at most about 2 years) must not be given to nerve transfers."""

import re

import pytest

from tests.content.texts import LANGUAGE_CODES, plain, prose_of, published_pages

pytestmark = pytest.mark.django_db

NERVE_TRANSFER = {"de": r"nerventransfer|nervenumlagerung", "en": r"nerve transfer"}
MUSCLE_WINDOW = {
    "de": r"12 bis 18 monat|2 jahre|zwei jahre|24 monat",
    "en": r"12 to 18 months|2 years|two years|24 months",
}
TRANSFER_WINDOW = {
    "de": ["ersten 12 monat", "6 bis 15 monat", "emg"],
    "en": ["first 12 months", "6 to 15 months", "emg"],
}
# Pages that speak about when a nerve transfer is possible.
TIME_WINDOW_PAGES = ["timing", "surgery", "surgical-time-windows", "nerve-transfers"]


def page_prose(client, code):
    return {key: prose_of(client.get(url).text) for key, url in published_pages(code)}


def paragraphs(html: str) -> list[str]:
    return [plain(match) for match in re.findall(r"<(?:p|li)\b[^>]*>(.*?)</(?:p|li)>", html, re.S)]


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_nerve_transfer_page_gives_the_transfer_window_not_the_muscle_window(client, code):
    prose = page_prose(client, code)["nerve-transfers"]
    text = plain(prose).lower()
    for statement in TRANSFER_WINDOW[code]:
        assert statement in text, statement
    assert not re.search(MUSCLE_WINDOW[code], text), re.search(MUSCLE_WINDOW[code], text)


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_pages_on_timing_give_nerve_transfers_their_own_window(client, code):
    prose = page_prose(client, code)
    for key in TIME_WINDOW_PAGES:
        text = plain(prose[key]).lower()
        assert TRANSFER_WINDOW[code][0] in text, key


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_where_the_muscle_window_stands_beside_nerve_transfers_their_own_window_does_too(
    client, code
):
    """Read in pairs of neighbouring paragraphs: "A nerve transfer works only while the
    muscle lives." followed by "That is usually 12 to 18 months." gives the transfer the
    muscle's window just as one sentence would."""
    found = []
    for key, prose in page_prose(client, code).items():
        parts = paragraphs(prose)
        for before, after in zip([""] + parts, parts, strict=False):
            pair = f"{before} {after}".lower()
            if (
                re.search(NERVE_TRANSFER[code], pair)
                and re.search(MUSCLE_WINDOW[code], pair)
                and TRANSFER_WINDOW[code][0] not in pair
            ):
                found.append(f"{key}: {pair[:200]}")
    assert not found, "\n".join(found)
