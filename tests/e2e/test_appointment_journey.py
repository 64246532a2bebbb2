"""A visitor asks for an appointment: first with mistakes, then correctly; the front
desk finds the request in the admin. Once with the mouse, once with the keyboard only."""

import re
import time

from playwright.sync_api import Page, expect

from tests.e2e.helpers import press, tab_to, wait_for_min_fill_time


def test_visitor_corrects_mistakes_sends_a_request_and_the_front_desk_finds_it(page: Page, site):
    page.goto(f"{site}/de/termin/")
    shown = time.monotonic()
    page.get_by_label("Ihr Name").fill("Konrad Mausmann")
    page.get_by_label("E-Mail-Adresse").fill("konrad@beispiel")
    page.get_by_label("Per Telefon").check()  # … but no phone number
    page.get_by_label("Rechts").check()
    page.get_by_role("button", name="Anfrage senden").click()

    # Errors: in a summary at the top (which gets the focus) and beside each field.
    expect(page).to_have_title(re.compile(r"^Fehler: Termin anfragen"))
    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("heading")).to_have_text("Bitte prüfen Sie Ihre Angaben")
    email_error = "Bitte geben Sie die E-Mail-Adresse in der richtigen Form ein"
    expect(summary.get_by_role("link", name=re.compile(email_error))).to_be_visible()
    expect(summary.get_by_role("link")).to_have_count(8)
    expect(page.locator("#id_email_error")).to_contain_text(email_error)
    expect(page.locator("#id_email")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#id_email")).to_have_attribute(
        "aria-describedby", re.compile(r"\bid_email_error\b")
    )
    expect(page.locator("#id_phone_error")).to_contain_text("Bitte geben Sie eine Telefonnummer")
    expect(page.locator("#id_consent_error")).to_be_visible()
    # Nothing typed or chosen is lost.
    expect(page.get_by_label("Ihr Name")).to_have_value("Konrad Mausmann")
    expect(page.get_by_label("E-Mail-Adresse")).to_have_value("konrad@beispiel")
    expect(page.get_by_label("Per Telefon")).to_be_checked()
    expect(page.get_by_label("Rechts")).to_be_checked()
    # A link in the summary leads to its field.
    summary.get_by_role("link", name=re.compile(email_error)).click()
    expect(page.locator("#id_email")).to_be_focused()

    page.get_by_label("E-Mail-Adresse").fill("konrad@example.org")
    page.get_by_label("Telefonnummer").fill("+49 30 1234567")
    page.get_by_label("Für mich selbst").check()
    page.get_by_label("Anzahl").fill("3")
    page.get_by_label("Einheit").select_option("weeks")
    page.get_by_label("Nicht bekannt").check()
    page.get_by_label("Kortison").check()
    page.locator("[name=referred][value=no]").check()
    page.get_by_label("Nachricht").fill("Seit drei Wochen schließt das rechte Auge nicht.")
    page.locator("#id_consent").check()
    wait_for_min_fill_time(shown)
    page.get_by_role("button", name="Anfrage senden").click()

    expect(page).to_have_url(re.compile(r"/de/termin/danke/\?t="))
    expect(page.locator("h1")).to_have_text("Vielen Dank: Ihre Anfrage ist bei uns eingegangen")
    expect(page.locator("main")).not_to_contain_text("Konrad")  # repeats nothing sent
    expect(page.locator(".emergency-box")).to_have_count(0)  # three weeks: not acute

    # The front desk logs in and finds the request.
    page.goto(f"{site}/admin/")
    page.get_by_label("Benutzername").fill("empfang")
    page.get_by_label("Passwort").fill("demo-fazialis")
    page.get_by_role("button", name="Anmelden").click()
    page.get_by_role("rowheader", name="Terminanfragen").get_by_role("link").click()
    page.locator("#searchbar").fill("Konrad Mausmann")
    page.keyboard.press("Enter")
    rows = page.locator("#result_list tbody tr")
    expect(rows).to_have_count(1)
    expect(rows).to_contain_text("Konrad Mausmann")
    expect(rows).to_contain_text("Neu")
    rows.locator("th a").click()
    expect(page.locator("#content-main")).to_contain_text("konrad@example.org")
    expect(page.locator("#content-main")).to_contain_text("Seit drei Wochen schließt")


def test_visitor_sends_a_request_with_the_keyboard_only(page: Page, site):
    page.goto(f"{site}/en/appointment/")
    shown = time.monotonic()
    press(page, "Tab")
    page.keyboard.press("Enter")  # skip link
    expect(page.locator("main")).to_be_focused()

    tab_to(page, "#id_name")
    page.keyboard.type("Kim Keyboard")
    press(page, "Tab")
    expect(page.locator("#id_email")).to_be_focused()
    page.keyboard.type("kim@example")
    tab_to(page, ".request-form [type=submit]")
    page.keyboard.press("Enter")

    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    expect(page.locator("#id_name")).to_have_value("Kim Keyboard")
    # First summary link: the e-mail address; Enter puts the focus into the field.
    tab_to(page, ".error-summary a")
    expect(page.locator(".error-summary a").first).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#id_email")).to_be_focused()
    page.keyboard.press("Control+A")
    page.keyboard.type("kim@example.org")

    tab_to(page, "[name=preferred_contact]")
    page.keyboard.press("Space")
    expect(page.locator("#id_preferred_contact_0")).to_be_checked()
    # English is already chosen as the reply language on the English page.
    expect(page.locator("[name=language][value=en]")).to_be_checked()
    tab_to(page, "[name=patient]")
    page.keyboard.press("Space")
    page.keyboard.press("ArrowDown")  # arrow keys move the choice within a group
    expect(page.locator("[name=patient][value=child]")).to_be_checked()
    tab_to(page, "#id_onset_amount")
    page.keyboard.type("3")
    press(page, "Tab")
    expect(page.locator("#id_onset_unit")).to_be_focused()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    expect(page.locator("#id_onset_unit")).to_have_value("weeks")
    for group in ("cause", "side", "treatments"):
        tab_to(page, f"[name={group}]")
        page.keyboard.press("Space")
    expect(page.locator("[name=treatments][value=none]")).to_be_checked()
    tab_to(page, "[name=referred]")
    page.keyboard.press("Space")
    page.keyboard.press("ArrowDown")
    expect(page.locator("[name=referred][value=no]")).to_be_checked()
    tab_to(page, "#id_message")
    page.keyboard.type("My child's left eye does not close.")
    tab_to(page, "#id_consent")
    page.keyboard.press("Space")
    expect(page.locator("#id_consent")).to_be_checked()
    tab_to(page, ".request-form [type=submit]")
    wait_for_min_fill_time(shown)
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/en/appointment/thanks/\?t="))
    expect(page.locator("h1")).to_have_text("Thank you: your request has arrived")
    press(page, "Tab")
    expect(page.locator(".skip-link")).to_be_focused()
