"""A media staff member records a new patient's consent, creates a case, uploads an image
and publishes the case; a visitor sees it in the gallery. Then the patient withdraws the
consent: the case page and every file address answer 404 at once."""

import re

from playwright.sync_api import Browser, Page, expect

from tests.e2e.helpers import face_png, signed_form_pdf

CASE_CODE = "FP-E2E001"
TITLE_DE = "Lidschluss nach Goldgewicht (E2E-Test)"
TITLE_EN = "Eye closure after a gold weight (e2e test)"


def log_in(page: Page, site: str, username: str):
    page.goto(f"{site}/admin/")
    page.get_by_label("Benutzername").fill(username)
    page.get_by_label("Passwort").fill("demo-fazialis")
    page.get_by_role("button", name="Anmelden").click()
    expect(page.locator("#user-tools")).to_contain_text(username)


def file_urls(page: Page) -> set[str]:
    """Every patient-media address the page refers to: src, srcset, poster, tracks."""
    urls = page.evaluate(
        """() => Array.from(document.querySelectorAll(
                'main img, main source, main video, main track'))
            .flatMap(el => [el.getAttribute('src'), el.getAttribute('poster'),
                            ...(el.getAttribute('srcset') || '').split(',')
                                .map(part => part.trim().split(' ')[0])])
            .filter(Boolean)"""
    )
    return {url for url in urls if url.startswith("/patient-media/")}


def test_media_staff_publish_a_consented_case_and_withdrawal_takes_it_offline(
    page: Page, browser: Browser, site, browser_context_args
):
    log_in(page, site, "medien")

    # A new patient, pseudonymous.
    page.goto(f"{site}/admin/gallery/patient/add/")
    page.locator("#id_case_code").fill(CASE_CODE)
    page.locator("#id_birth_year").fill("1971")
    page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()

    # Their written consent, with the signed form as a PDF.
    page.get_by_role("link", name="Einwilligung erfassen").click()
    expect(page.locator("#id_patient option:checked")).to_have_text(CASE_CODE)
    page.locator("#id_scope_website").check()
    page.locator("#id_scope_teaching").check()
    page.locator("#id_signed_form").set_input_files(
        files=[{"name": "einwilligung.pdf", "mimeType": "application/pdf",
                "buffer": signed_form_pdf()}]
    )  # fmt: skip
    page.locator("#id_form_version").fill("FP-EW 2026-03")
    page.locator("#id_form_language").select_option("de")
    page.locator("#id_signed_by_patient").check()
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()

    # A case for the patient, chosen in the autocomplete field.
    page.goto(f"{site}/admin/gallery/case/add/")
    page.locator(".field-patient .select2-selection").click()
    page.locator(".select2-search__field").fill(CASE_CODE)
    page.locator(".select2-results__option", has_text=CASE_CODE).click()
    expect(page.locator("#id_patient option:checked")).to_have_text(CASE_CODE)
    page.locator("#id_title_de").fill(TITLE_DE)
    page.locator("#id_title_en").fill(TITLE_EN)
    page.locator("#id_description_de").fill("Fiktiver Testfall: das Auge schließt wieder.")
    page.locator("#id_description_en").fill("Fictional test case: the eye closes again.")
    page.locator("#id_cause").select_option("idiopathic")
    page.locator("#id_side").select_option("right")
    page.locator("#id_months_before_treatment").fill("14")
    page.locator("#id_months_since_treatment").fill("6")
    page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()
    case_admin = page.url

    # An image for the case, made with Pillow; the consent is filled in for the case.
    page.get_by_role("link", name="Bild oder Video hochladen").click()
    expect(page.locator("#id_consent option:checked")).to_contain_text(CASE_CODE)
    page.locator("#id_original").set_input_files(
        files=[{"name": "vorher.png", "mimeType": "image/png", "buffer": face_png("before")}]
    )
    page.locator("#id_stage").select_option("before")
    page.locator("#id_expression").select_option("eye_closure")
    page.locator("#id_months_from_treatment").fill("-1")
    page.locator("#id_alt_text_de").fill("Zeichnung: das rechte Auge schließt nicht ganz.")
    page.locator("#id_alt_text_en").fill("Drawing: the right eye does not close fully.")
    page.locator("#id_status").select_option("published")
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()

    # Publish the case.
    page.goto(case_admin)
    page.locator("#id_status").select_option("published")
    page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()

    # A visitor (no login) finds the case in the gallery; its image loads.
    visitor_context = browser.new_context(**browser_context_args)
    visitor = visitor_context.new_page()
    try:
        visitor.goto(f"{site}/de/galerie/")
        card = visitor.locator(".case-card", has_text=TITLE_DE)
        expect(card).to_contain_text(CASE_CODE)
        card.get_by_role("link", name=TITLE_DE).click()
        expect(visitor.locator("h1")).to_have_text(TITLE_DE)
        case_de = visitor.url
        image = visitor.locator("main picture img").first
        expect(image).to_have_attribute("alt", "Zeichnung: das rechte Auge schließt nicht ganz.")
        image.scroll_into_view_if_needed()
        visitor.wait_for_function(
            "img => img.complete && img.naturalWidth > 0", arg=image.element_handle()
        )
        assert image.evaluate("img => new URL(img.currentSrc).pathname").startswith(
            "/patient-media/"
        )
        visitor.get_by_role("link", name="English").click()
        expect(visitor.locator("h1")).to_have_text(TITLE_EN)
        case_en = visitor.url
        urls = file_urls(visitor)
        assert len(urls) >= 4, urls  # renditions in several widths, WebP and JPEG
        for url in urls:
            response = visitor.request.get(site + url)
            assert response.status == 200, f"{url}: {response.status}"
            assert "private" in response.headers["cache-control"]
            assert response.headers["cross-origin-resource-policy"] == "same-origin"

        # The patient withdraws the consent.
        page.goto(f"{site}/admin/gallery/consent/?q={CASE_CODE}")
        page.locator("#result_list tbody th a").first.click()
        page.get_by_role("link", name="Einwilligung widerrufen").click()
        confirmation = page.locator("#content-main")
        expect(confirmation).to_contain_text(CASE_CODE)
        expect(confirmation.locator("table")).to_contain_text(TITLE_DE)
        expect(confirmation.locator("table")).to_contain_text("wird offline genommen")
        expect(confirmation.locator("ul")).to_contain_text(CASE_CODE)
        page.get_by_role("button", name="Einwilligung jetzt widerrufen").click()
        expect(page.locator(".messagelist .success")).to_be_visible()

        # At once: the case pages and every file address are gone.
        for url in (case_de, case_en):
            assert visitor.request.get(url).status == 404, url
        for url in urls:
            gone = visitor.request.get(site + url)
            assert gone.status == 404, url
            assert gone.headers["cross-origin-resource-policy"] == "same-origin"
        visitor.goto(f"{site}/de/galerie/")
        expect(visitor.locator(".case-card", has_text=TITLE_DE)).to_have_count(0)
        response = visitor.goto(case_de)
        assert response.status == 404
        expect(visitor.locator("h1")).to_have_text(re.compile("nicht gefunden"))
    finally:
        visitor_context.close()
