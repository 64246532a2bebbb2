import re

import pytest
from django.utils import translation

from content.models import Page
from content.sanitizer import sanitize_html
from tests.conftest import LANGUAGES

pytestmark = pytest.mark.django_db

# Pasted into the editor by accident or by an attacker; none of it may reach a page.
XSS_CORPUS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">click</a>',
    '<a href="JaVaScRiPt:alert(1)">click</a>',
    '<a href="jav&#x09;ascript:alert(1)">click</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '<p style="background:url(javascript:alert(1))">styled</p>',
    '<p onclick="alert(1)" onmouseover="alert(1)">handlers</p>',
    '<svg onload="alert(1)"><circle r="1"/></svg>',
    '<iframe src="https://evil.example/"></iframe>',
    '<object data="x.swf"></object><embed src="x.swf">',
    '<form action="https://evil.example/"><input name="q"></form>',
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    "<style>body{display:none}</style>",
    '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    '<base href="https://evil.example/">',
    '<p class="notice" id="x" data-x="1">ok</p>',
    "<!--<script>alert(1)</script>-->",
    '<a href="https://example.org/" target="_blank" onfocus="alert(1)">ok</a>',
    "<<script>script>alert(1)<</script>/script>",
]

FORBIDDEN = re.compile(
    r"<script|<iframe|<object|<embed|<svg|<style|<form|<input|<meta|<base|<math|"
    r"\son\w+\s*=|javascript:|data:text|style=|\sid=|data-x|target=",
    re.IGNORECASE,
)


@pytest.mark.parametrize("attack", XSS_CORPUS)
def test_sanitizer_strips_the_attack(attack):
    assert not FORBIDDEN.search(sanitize_html(attack))


def test_sanitizer_keeps_what_the_editor_offers():
    html = (
        "<h2>Titel</h2><h3>Unter</h3><p>Text <strong>fett</strong> <em>kursiv</em><br>"
        'neue Zeile <a href="/de/kinder/">intern</a> <a href="https://example.org/">extern</a> '
        '<a href="mailto:a@example.org">Mail</a></p><ul><li>a</li></ul><ol><li>b</li></ol>'
        '<p class="notice">Wichtig</p>'
    )
    assert sanitize_html(html) == html


def test_every_translated_body_is_sanitised_on_save():
    page = Page.objects.get(key="bells-palsy")
    attack = "".join(XSS_CORPUS)
    page.body_de = "<p>Deutsch</p>" + attack
    page.body_en = "<p>English</p>" + attack
    page.save()
    page.refresh_from_db()
    for body in (page.body_de, page.body_en):
        assert not FORBIDDEN.search(body)
    assert page.body_de.startswith("<p>Deutsch</p>")


def test_attack_in_any_field_never_reaches_the_page(client):
    page = Page.objects.get(key="bells-palsy")
    attack = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    for code in LANGUAGES:
        setattr(page, f"title_{code}", f"Titel {attack}")
        setattr(page, f"summary_{code}", f"Summary {attack}")
        setattr(page, f"body_{code}", f"<p>Body</p>{attack}")
    page.save()
    for code in LANGUAGES:
        with translation.override(code):
            html = client.get(page.get_absolute_url()).text
        assert "<script>alert" not in html
        assert "<img src=x" not in html
        assert "&lt;script&gt;" in html  # the title shows the text, escaped


def test_malicious_html_posted_through_the_admin_is_stripped_before_storing(staff_client):
    page = Page.objects.get(key="bells-palsy")
    form = staff_client.get(f"/admin/content/page/{page.pk}/change/").context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None}
    data.update(
        body_de='<p onclick="alert(1)">Sauber</p><script>alert(1)</script>',
        body_en='<p>Clean <a href="javascript:alert(1)">link</a></p>',
        sources=[source.pk for source in page.sources.all()],
        parent=page.parent_id,
        author=page.author_id,
        reviewer=page.reviewer_id,
    )
    response = staff_client.post(f"/admin/content/page/{page.pk}/change/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    page.refresh_from_db()
    assert page.body_de == "<p>Sauber</p>"
    assert page.body_en == "<p>Clean <a>link</a></p>"
