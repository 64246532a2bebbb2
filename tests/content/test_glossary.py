import re

import pytest

from content.models import GlossaryTerm

pytestmark = pytest.mark.django_db


def test_glossary_has_at_least_40_terms_defined_in_both_languages():
    terms = list(GlossaryTerm.objects.all())
    assert len(terms) >= 40
    for term in terms:
        assert term.term_de and term.definition_de, term.slug_de
        assert term.term_en and term.definition_en, term.slug_de


@pytest.mark.parametrize(("url", "code"), [("/de/glossar/", "de"), ("/en/glossary/", "en")])
def test_glossary_page_lists_every_term_with_its_anchor(client, url, code):
    html = client.get(url).text
    for term in GlossaryTerm.objects.all():
        assert f'id="{getattr(term, f"slug_{code}")}"' in html


def test_glossary_is_sorted_as_in_a_dictionary(client):
    html = client.get("/de/glossar/").text
    letters = re.findall(r'<h2 id="letter-(\w)">', html)
    assert letters == sorted(letters)
    assert "Ä" not in letters and "Ö" not in letters and "Ü" not in letters


def test_terms_in_a_page_link_to_their_glossary_entry_once(client):
    html = client.get("/de/formen-und-schweregrade/synkinesien/").text
    links = re.findall(r'<a class="glossary-link" href="(/de/glossar/#[^"]+)">', html)
    assert links, "no glossary link on the synkinesis page"
    assert len(links) == len(set(links))
    glossary = client.get("/de/glossar/").text
    for link in links:
        assert f'id="{link.split("#")[1]}"' in glossary


def test_english_pages_link_to_the_english_glossary(client):
    html = client.get("/en/forms-and-grading/synkinesis/").text
    assert re.search(r'<a class="glossary-link" href="/en/glossary/#[^"]+">', html)


def test_glossary_terms_are_never_linked_inside_headings_or_links(client):
    html = client.get("/de/formen-und-schweregrade/synkinesien/").text
    for heading in re.findall(r"<h[23][^>]*>.*?</h[23]>", html, re.S):
        assert "glossary-link" not in heading
