"""Consents: who must sign, an append-only history, no deleting, private forms."""

import datetime

import pytest
from django.test import Client
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from gallery.models import Consent, ConsentEvent
from tests.gallery.factories import make_consent, make_patient, pdf_bytes, public_case, upload

pytestmark = pytest.mark.django_db


def post_consent(client, patient, **fields):
    data = {
        "patient": patient.pk,
        "scope_website": "on",
        "date_given": "2026-02-03",
        "signed_form": upload("scan.pdf", pdf_bytes(), "application/pdf"),
        "form_version": "FP-EW 2026-01",
        "form_language": "de",
        "signed_by_patient": "on",
        **fields,
    }
    data = {key: value for key, value in data.items() if value is not None}
    return client.post(reverse("admin:gallery_consent_add"), data)


def error_fields(response):
    return set(response.context["adminform"].form.errors)


def test_recording_a_consent_starts_its_history_with_user_and_time(staff_client, staff_user):
    patient = make_patient()
    before = timezone.now()
    response = post_consent(staff_client, patient, scope_teaching="on")
    assert response.status_code == 302, error_fields(response)
    consent = Consent.objects.get(patient=patient)
    assert consent.recorded_by == staff_user
    event = consent.events.get()
    assert event.action == ConsentEvent.Action.RECORDED
    assert event.actor == staff_user and event.at >= before
    assert event.changes["scope_website"] == [None, True]
    assert event.changes["scope_social_media"] == [None, False]
    assert event.changes["date_given"] == [None, "2026-02-03"]


def test_a_minors_consent_without_both_guardians_is_refused(staff_client):
    child = make_patient("FP-KID001", birth_year=2018)
    response = post_consent(staff_client, child, signed_by_patient=None, signed_by_guardian_1="on")
    assert response.status_code == 200
    assert "signed_by_guardian_2" in error_fields(response)
    assert not Consent.objects.filter(patient=child).exists()
    response = post_consent(
        staff_client,
        child,
        signed_by_patient=None,
        signed_by_guardian_1="on",
        signed_by_guardian_2="on",
    )
    assert response.status_code == 302


def test_from_14_the_young_person_signs_as_well(staff_client):
    teenager = make_patient("FP-TEEN01", birth_year=2011)  # 14 or 15 in February 2026
    response = post_consent(
        staff_client,
        teenager,
        signed_by_patient=None,
        signed_by_guardian_1="on",
        signed_by_guardian_2="on",
    )
    assert "signed_by_patient" in error_fields(response)
    response = post_consent(
        staff_client, teenager, signed_by_guardian_1="on", signed_by_guardian_2="on"
    )
    assert response.status_code == 302


def test_an_adult_must_sign_personally(staff_client):
    adult = make_patient("FP-ADULT1", birth_year=1970)
    response = post_consent(staff_client, adult, signed_by_patient=None, signed_by_guardian_1="on")
    assert "signed_by_patient" in error_fields(response)


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"scope_website": None}, "__all__"),
        (
            {"date_given": (timezone.localdate() + datetime.timedelta(days=2)).isoformat()},
            "date_given",
        ),
        ({"expires_on": "2026-01-01"}, "__all__"),
        (
            {
                "signed_form": upload(
                    "scan.pdf", b"%PDF-1.4 /JavaScript (app.alert(1))", "application/pdf"
                )
            },
            "signed_form",
        ),
        (
            {"signed_form": upload("scan.pdf", b"<html>not a pdf</html>", "application/pdf")},
            "signed_form",
        ),
    ],
)
def test_incomplete_or_unsafe_consents_are_refused(staff_client, fields, field):
    patient = make_patient()
    response = post_consent(staff_client, patient, **fields)
    assert response.status_code == 200
    assert field in error_fields(response)
    assert not Consent.objects.filter(patient=patient).exists()


def test_a_recorded_consent_cannot_be_edited_or_deleted_through_the_admin(staff_client):
    case, consent, item = public_case()
    change_url = reverse("admin:gallery_consent_change", args=[consent.pk])
    page = staff_client.get(change_url)
    assert page.status_code == 200
    assert 'name="scope_social_media"' not in page.text  # every field is read-only
    assert "Withdraw consent" in page.text or "Einwilligung widerrufen" in page.text
    staff_client.post(
        change_url, {"scope_website": "", "scope_social_media": "on", "date_given": "2020-01-01"}
    )
    consent.refresh_from_db()
    assert consent.scope_website and not consent.scope_social_media
    assert consent.date_given == datetime.date(2026, 1, 10)
    assert (
        staff_client.get(reverse("admin:gallery_consent_delete", args=[consent.pk])).status_code
        == 403
    )
    assert (
        staff_client.post(
            reverse("admin:gallery_consent_delete", args=[consent.pk]), {"post": "yes"}
        ).status_code
        == 403
    )
    assert Consent.objects.filter(pk=consent.pk).exists()
    with pytest.raises(ValueError):
        consent.delete()
    consent.scope_social_media = True
    with pytest.raises(ValueError):
        consent.save()


def test_the_history_cannot_be_edited_or_deleted(staff_client):
    case, consent, item = public_case()
    event = consent.events.get()
    with pytest.raises(NoReverseMatch):
        reverse("admin:gallery_consentevent_changelist")
    page = staff_client.get(reverse("admin:gallery_consent_change", args=[consent.pk])).text
    assert 'name="events-0-DELETE"' not in page and 'name="events-0-action"' not in page
    assert 'class="add-row"' not in page
    with pytest.raises(ValueError):
        event.save()
    with pytest.raises(ValueError):
        event.delete()
    assert ConsentEvent.objects.filter(pk=event.pk).exists()


def test_the_signed_form_is_for_staff_only_and_each_download_is_logged(staff_client, staff_user):
    case, consent, item = public_case()
    url = reverse("admin:gallery_consent_signed_form", args=[consent.pk])
    response = staff_client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    assert "attachment" in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    assert consent.events.filter(action="form_downloaded", actor=staff_user).exists()
    assert Client().get(url).status_code == 302  # to the login page
    assert "consent-forms" not in url


def test_lifecycle_page_lists_what_needs_attention(staff_client):
    from gallery.services import consent_withdraw
    from tests.gallery.factories import make_case, make_item, staff

    today = timezone.localdate()
    patient = make_patient("FP-SOON01")
    make_consent(patient, expires_on=today + datetime.timedelta(days=30))
    turning = make_patient("FP-TURN14", birth_year=today.year - 14)
    make_consent(turning, signed_by_guardian_1=True, signed_by_guardian_2=True)
    withdrawn = make_patient("FP-GONE01")
    consent = make_consent(withdrawn)
    make_item(make_case(withdrawn), consent)
    consent_withdraw(
        consent=consent, withdrawn_on=today, channel="letter", note="", recorded_by=staff()
    )
    expired = make_patient("FP-OVER01")
    consent = make_consent(expired, expires_on=today - datetime.timedelta(days=1))
    make_item(make_case(expired), consent)
    page = staff_client.get(reverse("admin:gallery_lifecycle"))
    html = page.text
    assert "FP-SOON01" in html
    assert "FP-TURN14" in html
    assert "FP-GONE01" in {event.consent.patient.case_code for event in page.context["withdrawals"]}
    unconsented = {item.case.patient.case_code for item in page.context["unconsented"]}
    assert {"FP-GONE01", "FP-OVER01"} <= unconsented


def test_staff_without_gallery_permissions_see_no_patients_or_consents(client, django_user_model):
    case, consent, item = public_case()
    clerk = django_user_model.objects.create_user("clerk", password="x" * 16, is_staff=True)
    client.force_login(clerk)
    for name, args in (
        ("admin:gallery_consent_changelist", []),
        ("admin:gallery_consent_change", [consent.pk]),
        ("admin:gallery_consent_signed_form", [consent.pk]),
        ("admin:gallery_patient_changelist", []),
        ("admin:gallery_mediaitem_preview", [item.pk, f"w{item.rendition_widths[0]}.jpg"]),
        ("admin:gallery_lifecycle", []),
    ):
        assert client.get(reverse(name, args=args)).status_code == 403, name


def test_dates_in_the_gallery_admin_follow_the_active_language(staff_client):
    from django.utils import translation

    from gallery.services import consent_withdraw
    from tests.gallery.factories import staff

    case, consent, item = public_case()
    consent_withdraw(
        consent=consent,
        withdrawn_on=datetime.date(2026, 2, 3),
        channel="letter",
        note="",
        recorded_by=staff(),
    )
    consent.refresh_from_db()
    event = consent.events.first()
    for language, given, withdrawn in (
        ("de", "10.01.2026", "03.02.2026"),
        ("en", "10/01/2026", "03/02/2026"),
    ):
        with translation.override(language):
            assert given in str(consent)
            assert str(event).count("/") == (2 if language == "en" else 0)
        page = staff_client.get(
            reverse("admin:gallery_consent_change", args=[consent.pk]),
            headers={"accept-language": language},
        ).text
        assert withdrawn in page, language
        listing = staff_client.get(
            reverse("admin:gallery_consent_changelist") + f"?q={consent.patient.case_code}",
            headers={"accept-language": language},
        ).text
        assert withdrawn in listing, language
