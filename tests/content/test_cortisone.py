"""The cortisone page's practical points (content brief, §14): with diabetes the blood
sugar is checked more often; take the course as prescribed and do not stop early on
your own; tell the doctor about pregnancy, a stomach ulcer or a current infection. In
English, "cortisone (a steroid)", so that UK readers who look for steroids find it."""

import pytest

from tests.content.texts import LANGUAGE_CODES, plain, prose_of, published_pages

pytestmark = pytest.mark.django_db

PRACTICAL_POINTS = {
    "de": [
        "diabetes",
        "blutzucker",
        "häufiger kontrolliert",
        "wie verordnet",
        "nicht auf eigene faust",
        "schwanger",
        "magengeschwür",
        "infektion",
    ],
    "en": [
        "diabetes",
        "blood sugar",
        "checked more often",
        "as prescribed",
        "do not stop",
        "pregnant",
        "stomach ulcer",
        "infection",
    ],
}


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_cortisone_page_gives_the_practical_points(client, code):
    html = client.get(dict(published_pages(code))["cortisone-antivirals"]).text
    text = plain(prose_of(html)).lower()
    missing = [point for point in PRACTICAL_POINTS[code] if point not in text]
    assert not missing


def test_english_cortisone_page_says_steroid_in_its_title_summary_and_text(client):
    html = client.get(dict(published_pages("en"))["cortisone-antivirals"]).text
    title = html[html.index("<h1") : html.index("</h1>")]
    assert "steroid" in title.lower()
    assert "cortisone (a steroid)" in plain(prose_of(html)).lower()
    assert "steroid" in plain(html[html.index('<p class="lead"') :]).lower()
