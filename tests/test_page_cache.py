"""The page cache: anonymous readers get a stored copy until staff change anything."""

import datetime

import pytest
from django.apps import apps
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from content.models import GlossaryTerm, Page, Source
from core.cache import current_version
from gallery.models import Consent
from gallery.services import consent_withdraw
from tests.content import factories as content_factories
from tests.gallery.factories import make_case, make_consent, make_patient, public_case, staff

pytestmark = pytest.mark.django_db


def queries_for(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response


def test_a_cached_content_page_costs_one_query(client):
    url = "/de/operative-therapie/nerventransfer/"
    first, response = queries_for(client, url)
    second, cached = queries_for(client, url)
    assert first > 3
    assert second == 1  # the site version
    assert cached.content == response.content
    assert cached["Content-Security-Policy"] == response["Content-Security-Policy"]


def test_editing_a_page_shows_at_once(client, django_capture_on_commit_callbacks):
    url = "/de/ursachen/"
    assert "Neuer Titel" not in client.get(url).text
    page = Page.objects.get(key="causes")
    page.title_de = "Neuer Titel"
    with django_capture_on_commit_callbacks(execute=True):
        page.save()
    assert "Neuer Titel" in client.get(url).text


def test_deleting_a_page_shows_at_once(client, django_capture_on_commit_callbacks):
    page = Page.objects.get(key="referrers")
    with translation.override("de"):
        url, section = page.get_absolute_url(), page.parent.get_absolute_url()
    assert page.get_absolute_url() in client.get(section).text
    with django_capture_on_commit_callbacks(execute=True):
        page.delete()
    assert client.get(url).status_code == 404
    assert url not in client.get(section).text


def test_a_withdrawn_consent_is_never_served_from_the_cache(
    client, django_capture_on_commit_callbacks
):
    case, consent, item = public_case()
    with translation.override("de"):
        url = case.get_absolute_url()
    assert client.get(url).status_code == 200
    assert client.get(url).status_code == 200  # now from the cache
    with django_capture_on_commit_callbacks(execute=True):
        consent_withdraw(
            consent=consent,
            withdrawn_on=timezone.localdate(),
            channel="letter",
            note="",
            recorded_by=staff(),
        )
    assert client.get(url).status_code == 404
    with translation.override("de"):
        assert case.token not in client.get(reverse("gallery:overview")).text


def test_an_expiring_consent_ends_with_the_day_without_any_write(client, monkeypatch):
    case, consent, item = public_case()
    today = timezone.localdate()
    Consent.objects.filter(pk=consent.pk).update(expires_on=today)
    with translation.override("de"):
        url = case.get_absolute_url()
    assert client.get(url).status_code == 200
    tomorrow = today + datetime.timedelta(days=1)
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: tomorrow)
    assert client.get(url).status_code == 404


def test_staff_never_get_the_cached_copy(client):
    page = Page.objects.get(key="bells-palsy")
    with translation.override("de"):
        url = page.get_absolute_url()
    client.get(url)
    Page.objects.filter(pk=page.pk).update(status="draft")  # bypasses the signals on purpose
    staff_client = Client()
    staff_client.force_login(staff())
    assert "Entwurf" in staff_client.get(url).text


# --- every model a public page shows makes cached pages stale ------------------

# Models whose rows appear on no public page, so their writes need not touch the cache.
NOT_SHOWN_PUBLICLY = {"gallery.ConsentEvent": "the consent history is for staff only"}


def _glossary_term():
    return GlossaryTerm.objects.create(
        term_de="Testbegriff", slug_de="testbegriff", definition_de="Eine Erklärung."
    )


def _case():
    return make_case(make_patient("FP-CACHE1"))


# One row of each model, built for the test (the writes are what is checked).
BUILDERS = {
    "content.Page": content_factories.page,
    "content.GlossaryTerm": _glossary_term,
    "content.Source": lambda: Source.objects.create(citation_de="Testquelle"),
    "content.Contributor": content_factories.contributor,
    "gallery.Patient": lambda: make_patient("FP-CACHE2"),
    "gallery.Consent": lambda: make_consent(make_patient("FP-CACHE3")),
    "gallery.Case": _case,
    "gallery.MediaItem": lambda: public_case()[2],
}


def version_after(write, capture):
    before = current_version()
    with capture(execute=True):
        write()
    return current_version() - before


def test_every_model_of_the_public_apps_is_checked_below():
    models = {
        model._meta.label
        for app in ("content", "gallery")
        for model in apps.get_app_config(app).get_models()
    }
    assert models == set(BUILDERS) | set(NOT_SHOWN_PUBLICLY)


@pytest.mark.parametrize("label", sorted(BUILDERS))
def test_creating_changing_and_deleting_a_row_makes_cached_pages_stale(
    label, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    holder = {}
    assert version_after(lambda: holder.update(row=BUILDERS[label]()), capture) > 0
    row = holder["row"]
    if label == "gallery.Consent":
        # A consent is never changed or deleted, only withdrawn.
        withdraw = lambda: consent_withdraw(  # noqa: E731
            consent=row,
            withdrawn_on=timezone.localdate(),
            channel=Consent.Channel.LETTER,
            note="",
            recorded_by=None,
        )
        assert version_after(withdraw, capture) > 0
        return
    assert version_after(lambda: type(row).objects.get(pk=row.pk).save(), capture) > 0
    assert version_after(lambda: type(row).objects.filter(pk=row.pk).delete(), capture) > 0


@pytest.mark.parametrize(
    ("owner", "relation", "target"),
    [
        ("content.Page", "sources", lambda: Source.objects.create(citation_de="Quelle")),
        (
            "gallery.Case",
            "procedures",
            lambda: content_factories.page(parent=Page.objects.get(key="surgery")),
        ),
    ],
)
def test_changing_a_many_to_many_link_makes_cached_pages_stale(
    owner, relation, target, django_capture_on_commit_callbacks
):
    row, linked = BUILDERS[owner](), target()
    manager = getattr(row, relation)
    assert version_after(lambda: manager.add(linked), django_capture_on_commit_callbacks) > 0
    assert version_after(lambda: manager.remove(linked), django_capture_on_commit_callbacks) > 0
