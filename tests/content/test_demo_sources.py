"""The demo's sources: primary records only, one entry per publication, both languages."""

import ipaddress
import re
from io import StringIO
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import translation

from content.demo import load as load_content_demo
from content.demo import loader
from content.demo import sources as demo_sources
from content.demo.loader import page_texts
from content.models import Page

pytestmark = pytest.mark.django_db
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]

# Every host a demo source may link to. A new host is a conscious decision: the
# primary record (PubMed, DOI, PubMed Central, the publisher, the guideline body) or
# an organisation's or clinic's own page for its own statements.
ALLOWED_HOSTS = {
    # NLM and DOI: the primary record of a publication
    "pubmed.ncbi.nlm.nih.gov",
    "pmc.ncbi.nlm.nih.gov",
    "doi.org",
    # publishers and the journals' own sites
    "www.aerzteblatt.de",
    "publications.aap.org",
    "www.optecoto.com",
    "journals.lww.com",
    "karger.com",
    "parjournal.net",
    "www.ajops.com",
    "brieflands.com",
    "elsevier.es",
    "medizinwelt.elsevier.de",
    "www.entandaudiologynews.com",
    # reference works on their publishers' own sites
    "emedicine.medscape.com",
    "reference.medscape.com",
    "www.medscape.com",
    "gpnotebook.com",
    "fpnotebook.com",
    "flexikon.doccheck.com",
    "www.physio-pedia.com",
    "www.rcemlearning.co.uk",
    "notfallbausteine.de",
    # guideline bodies, professional and public bodies
    "www.entnet.org",
    "bulletin.entnet.org",
    "dgn.org",
    "www.hno-aerzte-im-netz.de",
    "piftick.org.uk",
    "www.england.nhs.uk",
    "service-manual.nhs.uk",
    "service-manual.hse.ie",
    "www.nhs.uk",
    "www.hon.ch",
    "www.ebm-netzwerk.de",
    "gesundheitskompetenz.online",
    "gesund.bund.de",
    "gesundheitsinformation.de",
    "es.aetna.com",
    # patient organisations, hospitals, clinics and therapists, for their own statements
    "www.facialpalsy.org.uk",
    "www.fazialis.de",
    "fazialisparese.ch",
    "improvefp.com",
    "www.facialretraining.com",
    "drshairozen.com",
    "drpanossian.com",
    "www.dukehealth.org",
    "ohns.ucsf.edu",
    "med.stanford.edu",
    "www.facialnervecenter.org",
    "uclh.nhs.uk",
    "remedy.bnssg.icb.nhs.uk",
    "www.nwas.nhs.uk",
    "www.oldwoodsurgery.co.uk",
    "www.utswmedicine.org",
    "www.helios-gesundheit.de",
    "www.neurochirurgie-tuebingen.de",
    "www.myplasticsurgery.gr",
}

# Mirrors, aggregators, document-sharing sites, library proxies, staging servers,
# newspapers and blogs that the content brief's search returned: never linked.
DENIED_HOST_PARTS = (
    "scribd.",
    "researchgate.",
    "readkong.",
    "pdfslide.",
    "yumpu.",
    "docksci.",
    "vdocuments.",
    "cricutcom-setup.",
    "commodore.com.tr",
    "synapsesocial.",
    "jesse.tg",
    "bibliotheek.ehb.be",
    "beds.ac.uk",
    "pubmedcentralcanada.",
    "qxmd.",
    "medifind.",
    "scilit.",
    "globalauthorid.",
    "paperexplained.",
    "researcher.life",
    "lookformedical.",
    "checkorphan.",
    "absoluteastronomy.",
    "clinicalgate.",
    "entokey.",
    "plasticsurgerykey.",
    "mussenhealth.",
    "healthjade.",
    "myphysiospot.",
    "tampabayhearing.",
    "bellspalsynyc.",
    "methodistfacialparalysis.",
    "charlesnduka.",
    "research.manchester.ac.uk",
    "mospace.",
    "lunduniversity.",
    "news-medical.",
    "medical-tribune.",
    "neurologyinsights.",
    "augsburger-allgemeine.",
    "zdf.de",
    "pressat.",
    "thebiggive.",
    "franken-urbs.",
    "mobbing-web.",
    "pflegeausbildung.tips",
)

# Words that describe a source in one language and must not appear in the other.
GERMAN_DESCRIPTION = re.compile(
    r"Leitlinie|Kopie|Informationsseite|Übersichtsarbeit|Patienten|Fachzentrum|sprachig"
    r"|Studie|Fassung|Zeitschrift|Fachartikel|Nachricht|Zusammenfassung|wiedergegeben"
)
ENGLISH_DESCRIPTION = re.compile(
    r"copy of|information page|patient information|in German|in English|study of|guideline of"
    # Case matters: "Patient Information Forum" is a name, not a description.
    r"|review of|PubMed entry|version of|reproduced|abstract\)|full text|journal article"
)


def without_quoted_titles(citation):
    """A German title as published stays German in the English citation, in „…“."""
    return re.sub(r"„[^“]*“", "", citation)


def source_urls():
    return {key: entry["url"] for key, entry in demo_sources.SOURCES.items() if entry["url"]}


def test_every_demo_source_links_over_https_to_an_allowed_host_without_port_or_ip():
    offenders = []
    for key, url in source_urls().items():
        parts = urlsplit(url)
        host = parts.hostname or ""
        try:
            ipaddress.ip_address(host)
            is_ip = True
        except ValueError:
            is_ip = False
        if parts.scheme != "https" or host not in ALLOWED_HOSTS or parts.port or is_ip:
            offenders.append(f"{key}: {url}")
    assert not offenders


def test_no_demo_source_links_to_a_mirror_proxy_staging_server_or_newspaper():
    offenders = [
        f"{key}: {url}"
        for key, url in source_urls().items()
        if any(part in urlsplit(url).hostname for part in DENIED_HOST_PARTS)
        or re.match(r"(stage|staging)\.|.*\.(stage|staging)\.", urlsplit(url).hostname)
    ]
    assert not offenders


def test_the_allowlist_itself_holds_no_mirror_or_staging_server():
    for host in ALLOWED_HOSTS:
        assert not any(part in host for part in DENIED_HOST_PARTS), host
        assert "stage" not in host.split("."), host
        assert "staging" not in host.split("."), host


def test_records_at_nlm_and_doi_are_linked_in_their_canonical_form():
    patterns = {
        "pubmed.ncbi.nlm.nih.gov": r"https://pubmed\.ncbi\.nlm\.nih\.gov/\d+/",
        # The article itself, not a table inside it.
        "pmc.ncbi.nlm.nih.gov": r"https://pmc\.ncbi\.nlm\.nih\.gov/articles/PMC\d+/",
        "doi.org": r"https://doi\.org/10\.\d{4,9}/\S+",
    }
    for key, url in source_urls().items():
        pattern = patterns.get(urlsplit(url).hostname)
        if pattern:
            assert re.fullmatch(pattern, url), f"{key}: {url}"


def test_aliases_resolve_to_one_source_per_publication():
    aliases = demo_sources.ALIASES
    for old, canonical in aliases.items():
        assert canonical in demo_sources.SOURCES, old
        assert old not in demo_sources.SOURCES, old
    # Baugh 2013 and Sullivan 2007 were each cited through four and three mirrors.
    assert len({demo_sources.canonical_key(key) for key in ("S1.1", "S1.2", "S1.3", "S1.4")}) == 1
    assert len({demo_sources.canonical_key(key) for key in ("S7.1", "S7.2", "S7.3")}) == 1
    assert demo_sources.page_source_keys(["S1.1", "S2.1", "S1.3", "S1.1"]) == [
        demo_sources.canonical_key("S1.1"),
        "S2.1",
    ]


def test_every_source_key_of_the_demo_pages_resolves():
    for key, text in page_texts().items():
        for source in text.get("sources", []):
            assert demo_sources.canonical_key(source) in demo_sources.SOURCES, (key, source)


def test_demo_sources_are_distinct_publications():
    entries = demo_sources.SOURCES.values()
    for code in LANGUAGE_CODES:
        citations = [entry[code] for entry in entries]
        assert len(citations) == len(set(citations)), code
    urls = [url for url in source_urls().values()]
    assert len(urls) == len(set(urls))


def test_every_demo_citation_has_both_languages_and_describes_itself_in_each():
    for key, entry in demo_sources.SOURCES.items():
        assert entry["de"].strip() and entry["en"].strip(), key
        assert not GERMAN_DESCRIPTION.search(without_quoted_titles(entry["en"])), key
        assert not ENGLISH_DESCRIPTION.search(entry["de"]), key


def foot_sources(html):
    start = html.find('<section class="sources"')
    if start < 0:
        return []
    section = html[start : html.index("</section>", start)]
    return re.findall(r"<li[^>]*>(.*?)</li>", section, re.S)


def test_no_demo_page_lists_a_source_twice_or_in_the_other_language(client):
    pages = Page.objects.published().filter(kind=Page.Kind.ARTICLE).select_related("parent")
    checked = 0
    for page in pages:
        for code in LANGUAGE_CODES:
            with translation.override(code):
                url = page.get_absolute_url()
            items = foot_sources(client.get(url).text)
            assert len(items) == len(set(items)), url
            hrefs = [re.search(r'href="([^"]+)"', item) for item in items]
            links = [href.group(1) for href in hrefs if href]
            assert len(links) == len(set(links)), url
            for item in items:
                text = re.sub(r"<[^>]+>", "", item)
                if code == "en":
                    assert not GERMAN_DESCRIPTION.search(without_quoted_titles(text)), url
                else:
                    assert not ENGLISH_DESCRIPTION.search(text), url
            checked += 1
    assert checked > 50


def test_loader_lists_a_publication_cited_under_several_keys_once(monkeypatch, client):
    texts = page_texts()
    texts["bells-palsy"] = {**texts["bells-palsy"], "sources": ["S1.1", "S7.2", "S1.3", "S7.1"]}
    monkeypatch.setattr(loader, "page_texts", lambda: texts)
    Page.objects.filter(parent__isnull=False).delete()
    Page.objects.all().delete()
    load_content_demo(BaseCommand(stdout=StringIO(), stderr=StringIO()))
    page = Page.objects.get(key="bells-palsy")
    assert page.sources.count() == 2
    with translation.override("en"):
        url = page.get_absolute_url()
    items = foot_sources(client.get(url).text)
    assert len(items) == 2
    assert any("Baugh RF" in item for item in items)
    assert any("Sullivan FM" in item for item in items)
