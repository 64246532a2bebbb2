"""axe-core on every public page type, in both languages: no violation of WCAG 2.2 AA
or of axe's best practices. Wide screens for all, phones for the pages that change most."""

import pytest
from playwright.sync_api import expect

from tests.conftest import LANGUAGES
from tests.e2e.conftest import INCOMPLETE_REQUEST, PAGE_TYPES
from tests.e2e.helpers import axe_violations, format_violations

PHONE_PAGES = ("home", "content page", "gallery", "case", "form with errors", "thank-you")


@pytest.fixture(scope="module")
def axe_page(browser, browser_context_args):
    """One browser tab for all pages of this module: axe needs no fresh state."""
    context = browser.new_context(**browser_context_args)
    yield context.new_page()
    context.close()


def open_page_type(page, site, page_paths, page_type, language):
    path = page_paths[page_type][LANGUAGES.index(language)]
    page.goto(site + path)
    if page_type == "form with errors":
        for name, value in INCOMPLETE_REQUEST.items():
            page.locator(f"[name={name}]").fill(value)
        page.locator(".request-form [type=submit]").click()
        expect(page.locator(".error-summary")).to_be_visible()
    return path


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_page_type_has_no_axe_violations(
    axe_source, axe_page, site, page_paths, page_type, language
):
    axe_page.set_viewport_size({"width": 1280, "height": 900})
    path = open_page_type(axe_page, site, page_paths, page_type, language)
    violations = axe_violations(axe_page, axe_source)
    assert not violations, (
        f"axe: {len(violations)} rule(s) violated on the {page_type} page ({path}, 1280 px):\n"
        + format_violations(violations)
    )


@pytest.mark.parametrize("page_type", PHONE_PAGES)
def test_page_type_on_a_phone_with_the_menu_open_has_no_axe_violations(
    axe_source, axe_page, site, page_paths, page_type
):
    axe_page.set_viewport_size({"width": 375, "height": 800})
    path = open_page_type(axe_page, site, page_paths, page_type, "de")
    menu = axe_page.locator(".site-nav summary")
    expect(menu).to_be_visible()
    menu.click()
    expect(axe_page.locator(".site-nav ul")).to_be_visible()
    violations = axe_violations(axe_page, axe_source)
    assert not violations, (
        f"axe: {len(violations)} rule(s) violated on the {page_type} page ({path}, 375 px, "
        "menu open):\n" + format_violations(violations)
    )
