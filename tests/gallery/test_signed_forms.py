"""Signed consent forms: PDFs only after a real parse; staff download them as attachments."""

import pytest
from django.urls import reverse

from gallery.models import Consent
from tests.gallery import hostile_pdfs
from tests.gallery.factories import make_patient, pdf_bytes, public_case, upload

pytestmark = pytest.mark.django_db


def post_consent(client, patient, data):
    return client.post(
        reverse("admin:gallery_consent_add"),
        {
            "patient": patient.pk,
            "scope_website": "on",
            "date_given": "2026-02-03",
            "signed_form": upload("scan.pdf", data, "application/pdf"),
            "form_version": "FP-EW 2026-01",
            "form_language": "de",
            "signed_by_patient": "on",
        },
        headers={"accept-language": "en"},
    )


def form_errors(response):
    return response.context["adminform"].form.errors.as_data().get("signed_form", [])


@pytest.mark.parametrize("data", hostile_pdfs.HOSTILE.values(), ids=hostile_pdfs.HOSTILE.keys())
def test_pdfs_with_active_content_are_refused_with_advice(staff_client, data):
    patient = make_patient()
    response = post_consent(staff_client, patient, data)
    assert response.status_code == 200
    errors = form_errors(response)
    assert [error.code for error in errors] == ["pdf_active"]
    assert "Scan the paper form again" in errors[0].messages[0]
    assert not Consent.objects.filter(patient=patient).exists()


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (hostile_pdfs.build(hostile_pdfs.encrypted), "pdf_encrypted"),
        (b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without xref", "pdf_damaged"),
        (hostile_pdfs.build(pages=21), "pdf_pages"),
    ],
    ids=["encrypted", "unparseable", "too many pages"],
)
def test_encrypted_broken_or_overlong_pdfs_are_refused(staff_client, data, code):
    patient = make_patient()
    response = post_consent(staff_client, patient, data)
    assert response.status_code == 200
    errors = form_errors(response)
    assert [error.code for error in errors] == [code]
    assert not Consent.objects.filter(patient=patient).exists()


def test_the_messages_are_german_on_the_german_admin(staff_client):
    patient = make_patient()
    response = staff_client.post(
        reverse("admin:gallery_consent_add"),
        {"patient": patient.pk, "signed_form": upload("a.pdf", hostile_pdfs.HOSTILE["uri link"])},
        headers={"accept-language": "de"},
    )
    assert "Scannen Sie das Papierformular erneut ein" in form_errors(response)[0].messages[0]


@pytest.mark.parametrize(
    "data",
    [pdf_bytes(), hostile_pdfs.build(hostile_pdfs.internal_link), hostile_pdfs.build(pages=20)],
    ids=["scan from Pillow", "internal link and open view", "twenty pages"],
)
def test_plain_pdfs_are_accepted(staff_client, data):
    patient = make_patient()
    response = post_consent(staff_client, patient, data)
    assert response.status_code == 302, form_errors(response)
    consent = Consent.objects.get(patient=patient)
    with consent.signed_form.open("rb") as stored:
        assert stored.read() == data


def test_staff_download_the_form_as_an_attachment_with_a_neutral_name(staff_client):
    case, consent, item = public_case()
    response = staff_client.get(reverse("admin:gallery_consent_signed_form", args=[consent.pk]))
    assert response.status_code == 200
    code = consent.patient.case_code
    assert response["Content-Disposition"] == (
        f'attachment; filename="consent-{code}-{consent.date_given.isoformat()}.pdf"'
    )
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= cache_control
