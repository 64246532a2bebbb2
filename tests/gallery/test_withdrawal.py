"""Withdrawal takes effect with the very next request, for pages and every file."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone, translation

from gallery.models import Consent, ConsentEvent
from gallery.services import consent_withdraw
from tests.gallery.factories import public_case, staff
from tests.gallery.test_visibility import file_urls

pytestmark = pytest.mark.django_db


def withdraw_through_the_admin(client, consent):
    client.force_login(staff("media-staff"))
    url = reverse("admin:gallery_consent_withdraw", args=[consent.pk])
    confirmation = client.get(url)
    assert confirmation.status_code == 200
    # As in production, what follows the commit (the page cache's version bump) runs.
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(
            url,
            {
                "withdrawn_on": timezone.localdate().isoformat(),
                "channel": "letter",
                "note": "Brief vom Patienten",
            },
        )
    assert response.status_code == 302
    client.logout()
    return confirmation


def test_withdrawal_makes_the_case_page_and_every_file_404_on_the_next_request(client):
    case, consent, item = public_case()
    with translation.override("de"):
        case_url = case.get_absolute_url()
    urls = file_urls(item)
    etags = {url: client.get(url)["ETag"] for url in urls}
    assert client.get(case_url).status_code == 200

    withdraw_through_the_admin(client, consent)

    assert client.get(case_url).status_code == 404
    for url in urls:
        assert client.get(url).status_code == 404
        # A browser that still holds the file asks "has it changed?": not 304, not 403, but 404.
        assert client.get(url, headers={"if-none-match": etags[url]}).status_code == 404
        assert client.get(url, headers={"range": "bytes=0-10"}).status_code == 404


def test_the_confirmation_lists_every_item_and_case_that_goes_offline(client):
    case, consent, item = public_case()
    confirmation = withdraw_through_the_admin(client, consent)
    html = confirmation.text
    assert str(item) in html
    assert str(case) in html
    assert confirmation.context["cases_going_offline"] == [case]


def test_withdrawal_is_recorded_with_user_and_time(client):
    case, consent, item = public_case()
    before = timezone.now()
    withdraw_through_the_admin(client, consent)
    consent.refresh_from_db()
    assert consent.withdrawn_on == timezone.localdate()
    assert consent.withdrawal_channel == "letter"
    assert consent.withdrawn_recorded_by.username == "media-staff"
    event = consent.events.get(action=ConsentEvent.Action.WITHDRAWN)
    assert event.actor.username == "media-staff" and event.actor_name == "media-staff"
    assert event.at >= before
    assert event.changes["withdrawal_note"] == [None, "Brief vom Patienten"]


def test_withdrawing_twice_is_refused_politely(client):
    case, consent, item = public_case()
    withdraw_through_the_admin(client, consent)
    client.force_login(staff("media-staff"))
    response = client.get(reverse("admin:gallery_consent_withdraw", args=[consent.pk]), follow=True)
    assert response.status_code == 200
    assert Consent.objects.get(pk=consent.pk).events.filter(action="withdrawn").count() == 1


def test_staff_without_the_withdraw_permission_cannot_withdraw(client, django_user_model):
    case, consent, item = public_case()
    viewer = django_user_model.objects.create_user("viewer", password="x" * 16, is_staff=True)
    client.force_login(viewer)
    response = client.post(
        reverse("admin:gallery_consent_withdraw", args=[consent.pk]),
        {"withdrawn_on": timezone.localdate().isoformat(), "channel": "letter"},
    )
    assert response.status_code == 403
    assert not Consent.objects.get(pk=consent.pk).is_withdrawn


def test_a_withdrawal_dated_before_the_signature_is_refused_by_the_form(client):
    case, consent, item = public_case()
    client.force_login(staff("media-staff"))
    response = client.post(
        reverse("admin:gallery_consent_withdraw", args=[consent.pk]),
        {
            "withdrawn_on": (consent.date_given - datetime.timedelta(days=1)).isoformat(),
            "channel": "letter",
        },
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "withdrawn_on" in errors
    assert "signature" in str(errors["withdrawn_on"]) or "Unterschrift" in str(
        errors["withdrawn_on"]
    )
    assert not Consent.objects.get(pk=consent.pk).is_withdrawn


def test_a_withdrawal_dated_before_the_signature_is_refused_by_the_service():
    case, consent, item = public_case()
    with pytest.raises(ValidationError) as refused:
        consent_withdraw(
            consent=consent,
            withdrawn_on=consent.date_given - datetime.timedelta(days=1),
            channel="letter",
            note="",
            recorded_by=staff(),
        )
    assert "withdrawn_on" in refused.value.message_dict
    assert not Consent.objects.get(pk=consent.pk).is_withdrawn
    # The database holds the same rule, whatever writes to it.
    with pytest.raises(IntegrityError), transaction.atomic():
        Consent.objects.filter(pk=consent.pk).update(
            withdrawn_on=consent.date_given - datetime.timedelta(days=1),
            withdrawn_at=timezone.now(),
        )


def test_a_withdrawal_on_the_day_of_the_signature_is_accepted():
    case, consent, item = public_case()
    consent_withdraw(
        consent=consent,
        withdrawn_on=consent.date_given,
        channel="phone",
        note="",
        recorded_by=staff(),
    )
    assert Consent.objects.get(pk=consent.pk).withdrawn_on == consent.date_given
