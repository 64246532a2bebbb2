"""Screenshots of the main pages on a phone (375 px) and a desktop (1280 px), for people
to look at, in test-artifacts/screenshots/. Each page must also fit its width: nothing
may make the page scroll sideways."""

import pytest
from playwright.sync_api import expect

from tests.conftest import LANGUAGES
from tests.e2e.conftest import INCOMPLETE_REQUEST

WIDTHS = (375, 1280)
SHOTS = [
    ("home", "de"),
    ("home", "en"),
    ("section", "de"),
    ("content page", "de"),
    ("content page", "en"),
    ("glossary", "de"),
    ("gallery", "de"),
    ("case", "de"),
    ("appointment form", "de"),
    ("form with errors", "de"),
    ("thank-you", "de"),
    ("404", "de"),
    ("legal notice", "de"),
]


@pytest.fixture(scope="module")
def shot_page(browser, browser_context_args):
    context = browser.new_context(**browser_context_args)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("page_type", "language"), SHOTS)
def test_screenshot_fits_the_width(
    shot_page, site, page_paths, artifacts, page_type, language, width
):
    page = shot_page
    page.set_viewport_size({"width": width, "height": 900})
    path = page_paths[page_type][LANGUAGES.index(language)]
    page.goto(site + path)
    if page_type == "form with errors":
        for name, value in INCOMPLETE_REQUEST.items():
            page.locator(f"[name={name}]").fill(value)
        page.locator(".request-form [type=submit]").click()
        expect(page.locator(".error-summary")).to_be_visible()
    # Lazy images below the fold: load them all for the full-page picture.
    page.evaluate(
        "Promise.all(Array.from(document.images).map(img => "
        "(img.loading = 'eager', img.decode().catch(() => null))))"
    )
    folder = artifacts / "screenshots" / str(width)
    folder.mkdir(parents=True, exist_ok=True)
    # Whole pages, but at most 8000 px: the glossary's 20,000 px cost seconds to take and
    # show nothing the first screens do not.
    height = min(page.evaluate("document.documentElement.scrollHeight"), 8000)
    page.screenshot(
        path=folder / f"{page_type.replace(' ', '-')}-{language}.png",
        full_page=True,
        clip={"x": 0, "y": 0, "width": width, "height": height},
    )

    too_wide = page.evaluate(
        """() => Array.from(document.querySelectorAll('body *'))
            .filter(el => el.getBoundingClientRect().right > innerWidth + 1
                          && getComputedStyle(el).position !== 'absolute')
            .slice(0, 5).map(el => el.outerHTML.slice(0, 120))"""
    )
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= width and not too_wide, (
        f"{path} is wider than {width} px ({scroll_width} px): {too_wide}"
    )


def test_every_page_type_reflows_at_320_px(shot_page, site, page_paths):
    """WCAG 1.4.10: at 320 CSS px (a 1280 px window zoomed to 400 %) nothing needs
    scrolling sideways."""
    page = shot_page
    page.set_viewport_size({"width": 320, "height": 640})
    failures = []
    # German: the longer words. (The form with errors is covered at 375 px above.)
    for page_type, (path, _english) in page_paths.items():
        page.goto(site + path)
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        if scroll_width > 320:
            failures.append(f"{page_type} ({path}): {scroll_width} px wide")
    assert not failures, "Pages wider than 320 px:\n" + "\n".join(failures)
