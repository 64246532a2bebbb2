"""Keyboard only: a skip link first, a visible focus on every element that takes it,
and the staff area's login and main actions within reach of the Tab key."""

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import INCOMPLETE_REQUEST, PAGE_TYPES
from tests.e2e.helpers import active_matches, focus_problem, press, tab_through, tab_to

# Every kind of focusable element the site has: header, menu, language switcher, skip
# link, cards, table of contents, glossary index, filter form, video, every form field,
# the error summary and the footer; on a phone with the menu button as well.
FOCUS_PAGES = [
    ("home", 1280),
    ("home", 375),
    ("content page", 1280),
    ("glossary", 1280),
    ("gallery", 1280),
    ("case", 1280),
    ("appointment form", 1280),
    ("form with errors", 375),
]


@pytest.fixture(scope="module")
def keyboard_page(browser, browser_context_args):
    context = browser.new_context(**browser_context_args)
    yield context.new_page()
    context.close()


def test_skip_link_is_the_first_stop_and_leads_to_main(keyboard_page, site, page_paths):
    page = keyboard_page
    failures = []
    # Every page type in German, the English home and content page as well.
    paths = [page_paths[page_type][0] for page_type in PAGE_TYPES]
    paths += [page_paths["home"][1], page_paths["content page"][1]]
    for path in paths:
        page.goto(site + path)
        info = press(page, "Tab")
        if not active_matches(page, "a.skip-link[href='#main']"):
            failures.append(f"{path}: the first stop is {info and info['html']}")
            continue
        if problem := focus_problem(info):
            failures.append(f"{path}: {problem}")
        page.keyboard.press("Enter")
        if not active_matches(page, "main#main"):
            failures.append(f"{path}: Enter on the skip link did not move the focus to <main>")
            continue
        # The next stop is the first one inside the main content.
        page.keyboard.press("Tab")
        if not page.evaluate("!!document.activeElement.closest('main')"):
            failures.append(f"{path}: Tab after the skip link leaves <main>")
    assert not failures, "Skip link:\n" + "\n".join(failures)


@pytest.mark.parametrize(("page_type", "width"), FOCUS_PAGES)
def test_every_focusable_element_shows_its_focus(keyboard_page, site, page_paths, page_type, width):
    page = keyboard_page
    page.set_viewport_size({"width": width, "height": 800})
    path = page_paths[page_type][0]
    page.goto(site + path)
    if page_type == "form with errors":
        for name, value in INCOMPLETE_REQUEST.items():
            page.locator(f"[name={name}]").fill(value)
        page.locator(".request-form [type=submit]").click()
        expect(page.locator(".error-summary")).to_be_focused()
    if width < 600:
        # On a phone the topics are behind a button that opens with the keyboard.
        tab_to(page, ".site-nav summary")
        page.keyboard.press("Enter")
        expect(page.locator(".site-nav ul")).to_be_visible()
    stops, problems = tab_through(page)
    assert stops > 5, f"Only {stops} elements on {path} take the focus."
    assert not problems, f"{path} at {width} px, {stops} stops:\n" + "\n".join(problems)


def test_topic_menu_on_a_phone_opens_and_closes_with_the_keyboard(keyboard_page, site):
    page = keyboard_page
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(f"{site}/de/ursachen/")
    menu = page.locator(".site-nav ul")
    expect(menu).to_be_hidden()
    tab_to(page, ".site-nav summary")
    page.keyboard.press("Enter")
    expect(menu).to_be_visible()
    tab_to(page, ".site-nav a[href='/de/glossar/']")
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{site}/de/glossar/")
    tab_to(page, ".site-nav summary")
    page.keyboard.press("Space")
    expect(menu).to_be_visible()
    page.keyboard.press("Space")
    expect(menu).to_be_hidden()


def login_by_keyboard(page: Page, site: str, username: str):
    page.goto(f"{site}/admin/")
    # The user name field has the focus from the start (autofocus).
    expect(page.locator("#id_username")).to_be_focused()
    page.keyboard.type(username)
    page.keyboard.press("Tab")
    expect(page.locator("#id_password")).to_be_focused()
    page.keyboard.type("demo-fazialis")
    page.keyboard.press("Enter")
    expect(page.locator("#user-tools")).to_contain_text(username)


def test_staff_log_in_and_reach_the_main_admin_actions_by_keyboard(page: Page, site):
    # The admin is Django's own: here only reachability counts, not our focus style.
    login_by_keyboard(page, site, "demo")

    # Pages: tick a row, choose "mark as reviewed" and run it, all with the keyboard.
    tab_to(page, "a[href='/admin/content/page/']", check_focus=False)
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{site}/admin/content/page/")
    # Fold the navigation sidebar away (the admin remembers it), as a keyboard user
    # would who does not want to tab through thirty links on every page.
    tab_to(page, "#toggle-nav-sidebar", check_focus=False)
    page.keyboard.press("Enter")
    expect(page.locator("#nav-sidebar")).to_have_attribute("aria-expanded", "false")
    tab_to(page, "#result_list tbody input.action-select", check_focus=False)
    page.keyboard.press("Space")
    expect(page.locator("#result_list tbody input.action-select").first).to_be_checked()
    tab_to(page, "select[name=action]", backwards=True, check_focus=False)
    page.keyboard.type("Heute")  # type-ahead picks "Heute medizinisch geprüft (von mir)"
    expect(page.locator("select[name=action]")).to_have_value("mark_reviewed")
    tab_to(page, "button[name=index]", check_focus=False)
    page.keyboard.press("Enter")
    expect(page.locator(".messagelist .success")).to_contain_text("als geprüft markiert")

    # Open a page and reach its save button.
    tab_to(page, "#result_list tbody th a", check_focus=False)
    page.keyboard.press("Enter")
    expect(page.locator(".prose-editor .tiptap").first).to_be_visible()
    # The save buttons are the last stops: Shift+Tab from the top wraps round to them.
    tab_to(page, "input[name=_save]", backwards=True, check_focus=False)

    # Gallery: a patient's "record a consent", a case's upload button, a consent's withdrawal.
    for changelist, target in (
        ("/admin/gallery/patient/", "a.button[href*='/admin/gallery/consent/add/']"),
        ("/admin/gallery/case/", "a.button[href*='/admin/gallery/mediaitem/add/']"),
        ("/admin/gallery/consent/?state=valid", "a.withdraw-link"),
    ):
        page.goto(site + changelist)
        tab_to(page, "#result_list tbody th a", check_focus=False)
        page.keyboard.press("Enter")
        expect(page.locator(target)).to_be_visible()
        tab_to(page, target, check_focus=False, limit=400)

    # Appointment requests: choose the CSV export for a row.
    page.goto(f"{site}/admin/contact/appointmentrequest/")
    tab_to(page, "#result_list tbody input.action-select", check_focus=False)
    page.keyboard.press("Space")
    tab_to(page, "select[name=action]", backwards=True, check_focus=False)
    page.keyboard.press("ArrowDown")
    expect(page.locator("select[name=action]")).not_to_have_value("")
