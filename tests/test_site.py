import os
import re
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import translation

from content.models import GlossaryTerm, Page
from tests.conftest import LANGUAGES

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parent.parent


def test_no_pending_migrations():
    out = StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)


def test_check_deploy_is_clean_with_production_settings(tmp_path):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL"))
    }
    env.update(
        DJANGO_SECRET_KEY="a-real-looking-secret-key-" + "x7Qp2Lm9" * 6,
        DJANGO_ALLOWED_HOSTS="fazialis.example.org",
        DATABASE_URL=f"sqlite:///{tmp_path / 'check.sqlite3'}",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_missing_secret_key_in_production_is_refused():
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; from django.conf import settings; settings.SECRET_KEY",
        ],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "facialpalsy.settings"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_sitemap_lists_every_published_page_in_both_languages_with_alternates(client):
    xml = client.get("/sitemap.xml").text
    locations = set(re.findall(r"<loc>http://testserver([^<]+)</loc>", xml))
    for page in Page.objects.published().select_related("parent"):
        for code in LANGUAGES:
            with translation.override(code):
                assert page.get_absolute_url() in locations
    assert 'hreflang="x-default"' in xml
    assert 'hreflang="en" href="http://testserver/en/causes/"' in xml
    assert "/de/glossar/" in locations and "/en/glossary/" in locations


def test_sitemap_leaves_out_drafts(client):
    page = Page.objects.get(key="bells-palsy")
    page.status = Page.Status.DRAFT
    page.save()
    xml = client.get("/sitemap.xml").text
    assert "idiopathische-fazialisparese" not in xml


def test_every_page_in_the_sitemap_answers(client):
    xml = client.get("/sitemap.xml").text
    for path in set(re.findall(r"<loc>http://testserver([^<]+)</loc>", xml)):
        assert client.get(path).status_code == 200, path


def test_robots_txt_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in response.text
    assert "Disallow: /admin/" in response.text


def test_healthz_answers_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.text == "ok\n"


def test_public_pages_have_csp_and_no_inline_script_or_style(client):
    for url in ("/de/", "/en/causes/bells-palsy/", "/de/glossar/", "/de/gibt-es-nicht/"):
        response = client.get(url)
        csp = response["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert "object-src 'none'" in csp and "base-uri 'none'" in csp
        assert "frame-ancestors 'none'" in csp and "form-action 'self'" in csp
        html = response.text
        for tag in re.findall(r"<script[^>]*>", html):
            assert 'src="' in tag or 'type="application/ld+json"' in tag, tag
        assert "<style" not in html
        assert not re.search(r"\sstyle=", html)
        # Nothing is loaded from another host (links to sources are fine).
        for tag in re.findall(r"<(?:script|link|img|source|video|iframe)\b[^>]*>", html):
            assert not re.search(r'(src|href)="(https?:)?//(?!testserver)', tag), tag


def test_anonymous_readers_get_no_cookie(client):
    for url in ("/de/", "/en/causes/", "/de/glossar/"):
        response = client.get(url)
        assert not response.cookies, url


def test_load_demo_twice_changes_nothing():
    def snapshot():
        return (
            list(Page.objects.order_by("pk").values_list("pk", "updated_at")),
            list(GlossaryTerm.objects.order_by("pk").values_list("pk", "updated_at")),
        )

    before = snapshot()
    call_command("load_demo", stdout=StringIO())
    assert snapshot() == before
