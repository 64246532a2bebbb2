"""A source's description is shown in the reader's language; staff edit both languages."""

import datetime
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.utils import translation

from content.models import Contributor, Page, Source

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]

GERMAN = "Leitlinie der Deutschen Gesellschaft für Neurologie (deutschsprachig)"
ENGLISH = "Guideline of the German Society of Neurology (in German)"


def make_source(**citations):
    return Source.objects.create(
        **{f"citation_{code}": text for code, text in citations.items()},
        url="https://dgn.org/leitlinien/",
    )


def make_page(*sources):
    """A published medical page of its own section that cites ``sources``."""
    reviewer = Contributor.objects.create(name="Dr. Test Reviewer")
    today = datetime.date.today()
    page = Page(
        title_de="Quellentest",
        title_en="Source test",
        slug_de="quellentest",
        slug_en="source-test",
        summary_de="Kurz.",
        summary_en="Short.",
        body_de="<h2>Teil</h2><p>Text.</p>",
        body_en="<h2>Part</h2><p>Text.</p>",
        status=Page.Status.PUBLISHED,
        author=reviewer,
        reviewer=reviewer,
        last_reviewed=today,
        next_review=today + datetime.timedelta(days=365),
    )
    page.full_clean()
    page.save()
    page.sources.set(sources)
    return page


def sources_list(html):
    return html[
        html.index('<section class="sources"') : html.index(
            "</section>", html.index('<section class="sources"')
        )
    ]


def test_page_foot_shows_the_citation_in_the_readers_language(client):
    make_page(make_source(de=GERMAN, en=ENGLISH))
    german = sources_list(client.get("/de/quellentest/").text)
    english = sources_list(client.get("/en/source-test/").text)
    assert GERMAN in german and ENGLISH not in german
    assert ENGLISH in english and GERMAN not in english


def test_citation_without_english_text_shows_the_german_one_marked_as_german(client):
    make_page(make_source(de=GERMAN))
    english = sources_list(client.get("/en/source-test/").text)
    assert f'<li lang="de">{GERMAN}' in english
    german = sources_list(client.get("/de/quellentest/").text)
    assert f"<li>{GERMAN}" in german


def test_source_admin_edits_both_languages_and_requires_german(staff_client):
    html = staff_client.get("/admin/content/source/add/").text
    assert 'name="citation_de"' in html and 'name="citation_en"' in html
    assert "language-column" in html
    refused = staff_client.post(
        "/admin/content/source/add/", {"citation_de": "", "citation_en": ENGLISH, "url": ""}
    )
    assert refused.status_code == 200
    assert refused.context["adminform"].form.errors["citation_de"]
    assert not Source.objects.filter(citation_en=ENGLISH).exists()
    saved = staff_client.post(
        "/admin/content/source/add/",
        {"citation_de": GERMAN, "citation_en": "", "url": "https://dgn.org/"},
    )
    assert saved.status_code == 302
    source = Source.objects.get(citation_de=GERMAN)
    with translation.override("en"):
        assert source.citation == GERMAN


def test_source_list_in_the_admin_shows_both_languages(staff_client):
    make_source(de=GERMAN, en=ENGLISH)
    html = staff_client.get("/admin/content/source/?q=Neurolog").text
    assert GERMAN in html and ENGLISH in html


def test_migration_keeps_the_citations_of_a_running_site_as_german(tmp_path):
    database = tmp_path / "before.sqlite3"
    env = {k: v for k, v in os.environ.items() if not k.startswith("DATABASE_URL")}
    env.update(DJANGO_DEBUG="1", DATABASE_URL=f"sqlite:///{database}")

    def manage(*args):
        result = subprocess.run(
            [sys.executable, "manage.py", *args, "-v0"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr

    manage("migrate", "content", "0003")
    with sqlite3.connect(database) as db:
        db.execute(
            "INSERT INTO content_source (citation, url) VALUES (?, ?)",
            ("Müller A: Eine Studie. Z Neurol 2020;1:2–3", "https://doi.org/10.1000/x"),
        )
    manage("migrate")
    with sqlite3.connect(database) as db:
        rows = db.execute("SELECT citation_de, citation_en, url FROM content_source").fetchall()
    assert rows == [
        ("Müller A: Eine Studie. Z Neurol 2020;1:2–3", None, "https://doi.org/10.1000/x")
    ]
