"""A patient reads a German page, uses its table of contents, switches to English,
opens a glossary term and prints the page."""

import re

from playwright.sync_api import Page, expect


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
