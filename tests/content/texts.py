"""What a reader gets to read: every published page, the home page, the glossary, the
appointment form, the thank-you pages and the confirmation mail, as plain text per
language. The safety tests of the texts scan these."""

import re
from html import unescape

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from contact import tokens
from contact.emails import visitor_confirmation
from contact.models import AppointmentRequest
from content.models import Page

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def plain(html: str) -> str:
    """The words of an HTML fragment, with every kind of space made a plain one."""
    text = unescape(re.sub(r"<[^>]+>", " ", html))
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def main_of(html: str) -> str:
    return html[html.index("<main") : html.index("</main>")]


def prose_of(html: str) -> str:
    """A content page's own text (the sanitiser allows no <div> inside it)."""
    start = html.index('<div class="prose"')
    return html[start : html.index("</div>", start)]


def fragment(html: str, css_class: str) -> str:
    """The first element carrying ``css_class``, up to the end of its parent tag."""
    match = re.search(rf'<(\w+)[^>]*class="[^"]*\b{css_class}\b[^"]*"', html)
    assert match, f"no element with class {css_class}"
    tag = match.group(1)
    end = html.index(f"</{tag}>", match.start())
    return html[match.start() : end]


def urls(code: str) -> dict[str, str]:
    """The interface pages that give advice, by name."""
    with translation.override(code):
        thanks = reverse("contact:thanks")
        return {
            "home": reverse("content:home"),
            "glossary": reverse("content:glossary"),
            "form": reverse("contact:request"),
            "thanks (acute)": f"{thanks}?t={tokens.thanks_token(acute=True)}",
            "thanks": f"{thanks}?t={tokens.thanks_token(acute=False)}",
        }


def confirmation_mail(code: str) -> tuple[str, str]:
    """The visitor's confirmation mail in ``code``: its text and its HTML part."""
    message = visitor_confirmation(AppointmentRequest(language=code, email="leser@example.org"))
    return message.body, message.alternatives[0].content


def published_pages(code: str):
    """(key, address) of every published page in ``code``."""
    with translation.override(code):
        for page in Page.objects.published().select_related("parent"):
            if page.is_translated(code):
                yield page.key, page.get_absolute_url()


def reader_texts(client, code: str) -> dict[str, str]:
    """Everything a reader can read in ``code``, as HTML, by where it stands."""
    texts = {}
    for key, url in published_pages(code):
        response = client.get(url)
        assert response.status_code == 200, url
        texts[f"page {key}"] = response.text
    for name, url in urls(code).items():
        response = client.get(url)
        assert response.status_code == 200, url
        texts[name] = response.text
    mail_text, mail_html = confirmation_mail(code)
    texts["mail (text)"] = mail_text
    texts["mail (html)"] = mail_html
    return texts
