"""A patient reads a German page, uses its table of contents, switches to English,
opens a glossary term and prints the page; and the same with the keyboard only."""

import re

from playwright.sync_api import Page, expect

from tests.e2e.helpers import press, tab_to


def test_reader_follows_the_contents_switches_language_opens_a_term_and_prints(page: Page, site):
    page.goto(f"{site}/de/ursachen/idiopathische-fazialisparese/")
    expect(page.locator("html")).to_have_attribute("lang", "de")
    heading = page.locator(".toc a").nth(1)
    target = heading.get_attribute("href")
    heading.click()
    expect(page).to_have_url(re.compile(re.escape(target) + "$"))
    expect(page.locator(target)).to_be_in_viewport()

    page.get_by_role("link", name="English").click()
    expect(page).to_have_url(f"{site}/en/causes/bells-palsy/")
    expect(page.locator("html")).to_have_attribute("lang", "en")

    term = page.locator("a.glossary-link").first
    term_name = term.inner_text()
    term.click()
    expect(page).to_have_url(re.compile(r"/en/glossary/#[a-z0-9-]+$"))
    anchor = page.url.split("#")[1]
    expect(page.locator(f"#{anchor} dfn")).to_be_visible()
    assert page.locator(f"#{anchor}").inner_text().lower().startswith(term_name.lower()[:4])

    page.goto(f"{site}/en/causes/bells-palsy/")
    page.emulate_media(media="print")
    expect(page.locator(".site-nav")).to_be_hidden()
    expect(page.locator(".language-switcher")).to_be_hidden()
    expect(page.locator("h1")).to_be_visible()
    expect(page.locator(".page-meta")).to_be_visible()
    pdf = page.pdf()
    assert pdf.startswith(b"%PDF")


def test_reader_journey_with_the_keyboard_only(page: Page, site):
    page.goto(f"{site}/de/ursachen/idiopathische-fazialisparese/")
    press(page, "Tab")
    expect(page.locator(".skip-link")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()

    tab_to(page, ".toc li:nth-child(2) a")
    target = page.locator(".toc li:nth-child(2) a").get_attribute("href")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(target) + "$"))
    expect(page.locator(target)).to_be_in_viewport()

    # Back up to the language switcher: the English version of the same page.
    tab_to(page, ".language-switcher a[hreflang=en]", backwards=True)
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{site}/en/causes/bells-palsy/")

    tab_to(page, "main a.glossary-link")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/glossary/#[a-z0-9-]+$"))
    expect(page.locator(f"#{page.url.split('#')[1]} dfn")).to_be_in_viewport()

    # From the glossary on through the letter index to the appointment form.
    page.goto(f"{site}/en/glossary/")
    tab_to(page, ".letter-index a")
    page.keyboard.press("Enter")
    expect(
        page.locator(page.locator(".letter-index a").first.get_attribute("href"))
    ).to_be_in_viewport()
    tab_to(page, ".site-nav a.menu-appointment", backwards=True)
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{site}/en/appointment/")
