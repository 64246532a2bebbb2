"""The home page's first screen on a small phone (375 × 667), without scrolling: the
emergency box comes first, and the eye-protection advice and the 72-hour message are
in view with it; nothing sticks out sideways."""

import pytest
from playwright.sync_api import Page, expect

from tests.conftest import LANGUAGES

PHONE = {"width": 375, "height": 667}
# What the "first days" panel must say, per language: the 72 hours, and how to protect
# the eye from day one (drops by day, ointment at night, tape the lid shut at night).
FIRST_DAYS = {
    "de": ["72 Stunden", "Auge", "Tropfen", "Salbe", "zukleben"],
    "en": ["72 hours", "eye", "drops", "ointment", "tape"],
}

# Every element whose right edge lies beyond the viewport, for the failure message.
_OVERFLOWING = """width => [...document.querySelectorAll('body *')]
  .filter(el => el.getClientRects().length && el.getBoundingClientRect().right > width + 0.5)
  .map(el => el.outerHTML.slice(0, 120))"""


@pytest.mark.parametrize("code", LANGUAGES)
def test_eye_advice_and_72_hours_are_on_the_first_screen_of_a_phone(page: Page, site, code):
    page.set_viewport_size(PHONE)
    page.goto(f"{site}/{code}/")

    box = page.locator("main .emergency-box")
    panel = page.locator("main .first-steps")
    expect(box).to_be_visible()
    expect(panel).to_be_visible()
    # The emergency box is still the first thing in the page's main part.
    first = page.evaluate("document.querySelector('main .wrap').firstElementChild.className")
    assert "emergency-box" in first
    box_bounds, panel_bounds = box.bounding_box(), panel.bounding_box()
    assert box_bounds["y"] < panel_bounds["y"]

    text = panel.inner_text()
    for words in FIRST_DAYS[code]:
        assert words in text, f"{words!r} missing from the first-days panel: {text}"
    bottom = panel_bounds["y"] + panel_bounds["height"]
    assert bottom <= PHONE["height"], (
        f"The eye advice ends at {bottom:.0f} px, below the first screen ({PHONE['height']} px)."
    )
    # Nothing had to be scrolled to get there.
    assert page.evaluate("window.scrollY") == 0

    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    overflowing = page.evaluate(_OVERFLOWING, PHONE["width"])
    assert not overflowing, "Sticks out sideways:\n" + "\n".join(overflowing)
