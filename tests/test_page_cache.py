"""The page cache: anonymous readers get a stored copy until staff change anything."""

import datetime

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from content.models import Page
from gallery.models import Consent
from gallery.services import consent_withdraw
from tests.gallery.factories import public_case, staff

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
