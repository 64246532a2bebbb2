from urllib.parse import urlsplit

import pytest
from django.utils import translation
from django.utils.translation import gettext

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept", "target"),
    [("en-GB,en;q=0.9", "/en/"), ("de-DE,de;q=0.9", "/de/"), ("fr-FR", "/de/"), ("", "/de/")],
)
def test_root_redirects_by_accept_language(client, accept, target):
    response = client.get("/", headers={"accept-language": accept})
    assert response.status_code == 302
    assert response["Location"] == target


def test_address_without_prefix_redirects_to_the_german_page(client):
    response = client.get("/ursachen/")
    assert response.status_code == 302
    assert response["Location"] == "/de/ursachen/"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/de/gibt-es-nicht/", "Seite nicht gefunden"),
        ("/en/does-not-exist/", "Page not found"),
        ("/de/ursachen/gibt-es-nicht/", "Seite nicht gefunden"),
        ("/en/causes/no-such-page/", "Page not found"),
    ],
)
def test_unknown_slug_is_404_in_the_language_of_the_address(client, url, expected):
    response = client.get(url)
    assert response.status_code == 404
    assert f"<h1>{expected}</h1>" in response.text


def test_404_page_is_bilingual(client):
    html = client.get("/de/gibt-es-nicht/").text
    assert '<html lang="de">' in html
    assert "Seite nicht gefunden" in html
    assert '<section class="other-language" lang="en"' in html and "Page not found" in html


@pytest.mark.parametrize(
    ("url", "accept", "expected"),
    [
        ("/fr/ursachen/", "en", "Page not found"),
        ("/xx/", "de", "Seite nicht gefunden"),
        ("/pt-br/causes/", "en-GB", "Page not found"),
    ],
)
def test_unknown_language_prefix_is_404_in_the_visitors_language(client, url, accept, expected):
    response = client.get(url, headers={"accept-language": accept})
    assert response.status_code == 404
    assert f"<h1>{expected}</h1>" in response.text


@pytest.mark.parametrize(
    "next_url",
    [
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example/",
        "javascript:alert(1)",
        "http://testserver@evil.example/",
        "%0d%0aLocation:%20https://evil.example/",
        "",
    ],
)
def test_set_language_never_leaves_the_site(client, next_url):
    response = client.post("/i18n/setlang/", {"language": "en", "next": next_url})
    location = urlsplit(response.headers.get("Location", "/"))
    assert response.status_code in (302, 204)
    # A relative address stays on this site, whatever its text.
    assert location.scheme == "" and location.netloc == ""


def test_set_language_with_a_site_address_goes_there(client):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/en/causes/"})
    assert response["Location"] == "/en/causes/"


@pytest.mark.parametrize(
    "url",
    [
        "/de/?q=%00%ff%fe",
        "/de/ursachen/?page=-1&page=abc&%E2%80%AE=1",
        "/de/glossar/?" + "a=" + "x" * 5000,
        "/de/" + "a" * 3000 + "/",
        "/de/ursachen/" + "b" * 2000 + "/",
        "/de/%ff%fe/",
        "/en/causes/%00/",
        "/de/..%2f..%2fetc%2fpasswd",
        "/sitemap.xml?p=999999",
        "/sitemap.xml?p=abc",
    ],
)
def test_odd_addresses_never_cause_a_server_error(client, url):
    response = client.get(url)
    assert response.status_code < 500


def test_each_locale_loads_a_known_translation():
    with translation.override("de"):
        assert gettext("Last medically reviewed") == "Zuletzt medizinisch geprüft"
        assert gettext("Next review") == "Nächste Prüfung"


@pytest.mark.parametrize(
    ("url", "own", "foreign"),
    [
        ("/en/causes/", ["Last medically reviewed", "Skip to main content"], "Zuletzt medizinisch"),
        ("/de/ursachen/", ["Zuletzt medizinisch geprüft"], "Last medically reviewed"),
    ],
)
def test_pages_speak_the_language_of_their_address(client, url, own, foreign):
    """English has no catalogue entries of its own (the source strings are English), so
    what proves the English locale is that English pages show no German interface text."""
    html = client.get(url, headers={"accept-language": "de"} if "/en/" in url else {}).text
    for text in own:
        assert text in html
    assert foreign not in html
