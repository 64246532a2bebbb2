import re

import pytest
from django.test import Client
from django.utils import translation
from django.utils.html import escape

from content.demo.tree import TREE, UNTRANSLATED
from content.models import Page
from tests.conftest import LANGUAGES, count_tag, html_lang

pytestmark = pytest.mark.django_db


def published_urls():
    pages = Page.objects.published().select_related("parent")
    for page in pages:
        for code in LANGUAGES:
            with translation.override(code):
                yield page, code, page.get_absolute_url()


def test_every_published_page_answers_in_both_languages_with_one_h1_and_its_lang(client):
    checked = 0
    for _page, code, url in published_urls():
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.text
        assert count_tag(html, "h1") == 1, url
        assert html_lang(html) == code, url
        checked += 1
    assert checked >= 2 * 40


def test_demo_has_every_section_and_child_page_with_25_published_pages_per_language():
    keys = set(Page.objects.published().values_list("key", flat=True))
    assert {key for key, *_ in TREE} <= keys
    published = Page.objects.published()
    for code in LANGUAGES:
        translated = [page for page in published if page.is_translated(code)]
        assert len(translated) >= 25, code


def test_sections_come_in_the_agreed_order():
    with translation.override("de"):
        titles = [page.slug for page in Page.objects.published().sections()]
    assert titles == [
        "ursachen",
        "formen-und-schweregrade",
        "warum-der-zeitpunkt-entscheidet",
        "konservative-therapie",
        "operative-therapie",
        "das-auge-schuetzen",
        "kinder",
        "leben-mit-fazialisparese",
        "ueber-uns",
    ]


def test_translated_slugs_lead_to_the_same_page(client):
    german = client.get("/de/ursachen/")
    english = client.get("/en/causes/")
    assert german.status_code == english.status_code == 200
    assert german.context["page"].pk == english.context["page"].pk
    assert client.get("/en/ursachen/").status_code == 404
    assert client.get("/de/causes/").status_code == 404


def alternates_in(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', html))


def switcher_links(html):
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return dict(
        (code, href) for href, code in re.findall(r'<a href="([^"]+)" hreflang="([^"]+)"', nav)
    )


def test_hreflang_and_switcher_map_every_page_to_its_translation(client):
    for page in Page.objects.published().select_related("parent"):
        urls = {}
        for code in LANGUAGES:
            with translation.override(code):
                urls[code] = page.get_absolute_url()
        for code in LANGUAGES:
            html = client.get(urls[code]).text
            alternates = alternates_in(html)
            assert {
                key: value.removeprefix("http://testserver") for key, value in alternates.items()
            } == {
                "de": urls["de"],
                "en": urls["en"],
                "x-default": urls["de"],
            }, urls[code]
            other = "en" if code == "de" else "de"
            assert switcher_links(html) == {other: urls[other]}, urls[code]


def test_switcher_on_the_home_page_and_glossary(client):
    assert switcher_links(client.get("/de/").text) == {"en": "/en/"}
    assert switcher_links(client.get("/en/glossary/").text) == {"de": "/de/glossar/"}


def test_draft_is_invisible_to_the_public_but_previewed_for_staff(staff_client):
    client = Client()
    page = Page.objects.get(key="bells-palsy")
    page.status = Page.Status.DRAFT
    page.save()
    with translation.override("de"):
        url = page.get_absolute_url()
    assert client.get(url).status_code == 404
    section = client.get("/de/ursachen/").text
    assert url not in section
    preview = staff_client.get(url)
    assert preview.status_code == 200
    assert "Entwurf" in preview.text
    assert 'content="noindex"' in preview.text


def test_pages_of_a_draft_section_are_invisible_too(client):
    section = Page.objects.get(key="causes")
    section.status = Page.Status.DRAFT
    section.save()
    assert client.get("/de/ursachen/idiopathische-fazialisparese/").status_code == 404


def test_untranslated_page_says_so_and_marks_the_german_text(client):
    page = Page.objects.get(key=UNTRANSLATED)
    assert not page.is_translated("en")
    with translation.override("en"):
        url = page.get_absolute_url()
    html = client.get(url).text
    assert "has not been translated into English yet" in html
    assert re.search(r'<h1 lang="de">', html)
    assert re.search(r'<div class="prose" lang="de">', html)
    section_html = client.get("/en/about-us/").text
    assert "Not yet translated: German text" in section_html


def test_content_page_shows_review_dates_sources_and_disclaimer(client):
    german = client.get("/de/ursachen/idiopathische-fazialisparese/").text
    assert "Zuletzt medizinisch geprüft" in german
    assert "Nächste Prüfung" in german
    assert "Quellen" in german
    assert "ersetzt nicht das Gespräch mit Ihrer Ärztin oder Ihrem Arzt" in german
    assert "fiktive Demo-Person" in german
    english = client.get("/en/causes/bells-palsy/").text
    assert "Last medically reviewed" in english
    assert "Next review" in english
    assert "does not replace a consultation with your doctor" in english


def test_content_page_has_breadcrumbs_and_a_table_of_contents(client):
    html = client.get("/de/ursachen/idiopathische-fazialisparese/").text
    breadcrumbs = re.search(r'<nav class="breadcrumbs".*?</nav>', html, re.S).group(0)
    assert 'href="/de/"' in breadcrumbs and 'href="/de/ursachen/"' in breadcrumbs
    anchors = re.findall(r'<li><a href="#([^"]+)">', html)
    assert len(anchors) >= 3
    for anchor in anchors:
        assert f'<h2 id="{anchor}">' in html


def test_page_has_title_description_canonical_and_medical_json_ld(client):
    response = client.get("/en/causes/bells-palsy/")
    page = response.context["page"]
    html = response.text
    assert f"<title>{escape(page.title)} – Understanding facial palsy</title>" in html
    assert f'<meta name="description" content="{escape(page.summary)}">' in html
    assert '<link rel="canonical" href="http://testserver/en/causes/bells-palsy/">' in html
    assert '"@type": "MedicalWebPage"' in html
    assert f'"lastReviewed": "{page.last_reviewed.isoformat()}"' in html


def test_titles_are_unique(client):
    titles = set()
    for _page, _code, url in published_urls():
        title = re.search(r"<title>(.*?)</title>", client.get(url).text).group(1)
        assert title not in titles, url
        titles.add(title)


def test_home_page_has_emergency_notice_first_situations_and_section_cards(client):
    html = client.get("/de/").text
    main = html[html.index("<main") :]
    assert main.index("emergency-box") < main.index("<h1")
    assert "112" in main[: main.index("<h1")]
    for situation in (
        "Es hat in den letzten Tagen begonnen",
        "Es besteht schon seit Monaten",
        "Mein Gesicht bewegt sich ungewollt mit",
        "Es geht um mein Kind",
    ):
        assert situation in html
    assert html.count('class="card"') == 9


def test_content_page_renders_with_a_bounded_number_of_queries(
    client, django_assert_max_num_queries
):
    with django_assert_max_num_queries(10):
        response = client.get("/de/operative-therapie/nerventransfer/")
    assert response.status_code == 200
