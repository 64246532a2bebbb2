"""An editor changes a page in both languages in the admin's formatting editor, with
something hostile in it, sees the cleaned result on the public page and marks the page
as medically reviewed."""

import datetime
import zoneinfo

from playwright.sync_api import Page, expect

PAGE_TITLE = "Seelische Gesundheit"
PUBLIC_DE = "/de/leben-mit-fazialisparese/seelische-gesundheit/"
PUBLIC_EN = "/en/living-with-facial-palsy/emotional-wellbeing/"

# What a colleague might copy from an e-mail or a web page: the editor gets it as HTML.
PASTED_HTML = (
    '<p>Aus einer Mail kopiert: <img src="/x.png" onerror="window.__xss=\'img\'">'
    "<b onmouseover=\"window.__xss='b'\">fett</b> "
    "<a href=\"javascript:window.__xss='link'\">Link</a>"
    "<script>window.__xss='script'</script></p>"
)
# What a forged request (or a browser extension) could send past the editor.
FORGED_HTML = (
    '<p class="notice" style="display:none" onclick="window.__xss=1">Forged note'
    '<img src=x onerror="window.__xss=2"></p><script>window.__xss=3</script>'
    '<iframe src="javascript:window.__xss=4"></iframe>'
    '<p><a href="javascript:window.__xss=5" onmouseover="window.__xss=6">click</a></p>'
)


def paste_html(page: Page, editor, html: str):
    editor.evaluate(
        """(el, html) => {
            const data = new DataTransfer();
            data.setData('text/html', html);
            data.setData('text/plain', html.replace(/<[^>]*>/g, ''));
            el.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true,
                                                          cancelable: true}));
        }""",
        html,
    )


def add_notice(page: Page, column: int, text: str):
    """Type a new last paragraph and make it a notice box with the block-style menu."""
    editor = page.locator(".prose-editor").nth(column)
    editor.locator(".tiptap").click()
    page.keyboard.press("Control+End")
    page.keyboard.press("Enter")
    page.keyboard.type(text)
    # The second dropdown of the menu bar: block styles (the first one: headings).
    editor.locator(".prose-menubar__dropdown .prose-menubar__selected").nth(1).click()
    page.locator(".prose-menubar__option[data-name='nodeClass:paragraph:notice']").filter(
        visible=True
    ).click()
    expect(editor.locator(".tiptap p.notice", has_text=text)).to_be_visible()
    return editor


def assert_clean(page: Page):
    prose = page.locator(".prose")
    expect(prose.locator("script, img, iframe, [style], [onclick], [onerror]")).to_have_count(0)
    expect(prose.locator("[onmouseover], a[href^='javascript']")).to_have_count(0)
    assert page.evaluate("window.__xss") is None, "Injected script ran on the public page"


def test_editor_edits_both_languages_sees_sanitised_text_and_marks_the_page_reviewed(
    page: Page, site
):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{site}/admin/")
    page.get_by_label("Benutzername").fill("demo")
    page.get_by_label("Passwort").fill("demo-fazialis")
    page.get_by_role("button", name="Anmelden").click()
    page.goto(f"{site}/admin/content/page/?q={PAGE_TITLE}")
    page.locator("#result_list").get_by_role("link", name=PAGE_TITLE, exact=True).click()
    expect(page.locator(".prose-editor .tiptap")).to_have_count(2)

    # German: a notice box, text with a literal <script> in it, and pasted HTML.
    german = add_notice(page, 0, "Neu: Gesprächsgruppe jeden ersten Dienstag im Monat.")
    page.keyboard.press("Enter")
    page.keyboard.type('Vorsicht bei Tipps wie <script>alert("xss")</script> aus dem Netz. ')
    paste_html(page, german.locator(".tiptap"), PASTED_HTML)
    expect(german.locator(".tiptap")).to_contain_text("Aus einer Mail kopiert")

    # English: a notice box, then a forged body sent past the editor.
    add_notice(page, 1, "New: a support group on the first Tuesday of each month.")
    page.locator("#id_body_en").evaluate(
        "(textarea, html) => { textarea.value += html; }", FORGED_HTML
    )
    page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()

    # The public pages: the new text, the notice box, and nothing that runs.
    page.goto(site + PUBLIC_DE)
    notice = page.locator(".prose p.notice", has_text="Gesprächsgruppe jeden ersten Dienstag")
    expect(notice).to_be_visible()
    expect(page.locator(".prose")).to_contain_text('<script>alert("xss")</script> aus dem Netz')
    expect(page.locator(".prose")).to_contain_text("Aus einer Mail kopiert: fett Link")
    assert_clean(page)
    page.goto(site + PUBLIC_EN)
    expect(page.locator(".prose p.notice", has_text="support group on the first")).to_be_visible()
    expect(page.locator(".prose p.notice", has_text="Forged note")).to_be_visible()
    expect(page.locator(".prose")).to_contain_text("click")
    assert_clean(page)

    # A reader without a login gets the same, cleaned page (the page cache was renewed).
    reader = page.context.browser.new_context()
    try:
        public = reader.new_page()
        public.goto(site + PUBLIC_EN)
        expect(public.locator(".prose p.notice", has_text="Forged note")).to_be_visible()
        assert_clean(public)
    finally:
        reader.close()

    # Mark the page as medically reviewed today, by the demo user's reviewer entry.
    page.goto(f"{site}/admin/content/page/?q={PAGE_TITLE}")
    row = page.locator("#result_list tbody tr").filter(
        has=page.get_by_role("link", name=PAGE_TITLE, exact=True)
    )
    row.locator("input.action-select").check()
    page.locator("select[name=action]").select_option(label="Heute medizinisch geprüft (von mir)")
    page.locator("button[name=index]").click()  # "Los", the admin's "Go"
    expect(page.locator(".messagelist .success")).to_have_text("1 Seite als geprüft markiert.")

    today = datetime.datetime.now(zoneinfo.ZoneInfo("Europe/Berlin")).date()
    page.goto(site + PUBLIC_DE)
    reviewed = page.locator(".review-dates div").filter(has_text="Zuletzt medizinisch geprüft")
    expect(reviewed.locator("time")).to_have_attribute("datetime", today.isoformat())
    expect(reviewed).to_contain_text("durch Prof. Dr. med. Jonas Weber")  # the demo user
    assert not dialogs, f"A dialog opened: {dialogs}"
