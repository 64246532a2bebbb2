import datetime
import re
from html import unescape

import pytest
from django.utils import timezone

from contact.models import AppointmentNotification, AppointmentRequest
from tests.contact.conftest import FORM_URL, started, valid_data

pytestmark = pytest.mark.django_db

HEALTH_WORDS = ["Bell", "Idiopath", "Cortison", "cortisone", "links", "left", "Auge", "Monat"]


def new_requests(before: set) -> list[AppointmentRequest]:
    return list(AppointmentRequest.objects.exclude(pk__in=before))


def existing() -> set:
    return set(AppointmentRequest.objects.values_list("pk", flat=True))


def test_form_page_answers_in_both_languages_without_caching(client):
    for language, url in FORM_URL.items():
        response = client.get(url)
        assert response.status_code == 200
        assert response.templates[0].name == "contact/request_form.html"
        assert f'<html lang="{language}">' in response.text
        assert "no-store" in response["Cache-Control"]
        assert "csrftoken" in response.cookies
        assert response.text.count("<h1") == 1


def test_form_links_to_the_privacy_page_in_the_visitors_language(client):
    assert 'href="/de/datenschutz/"' in client.get(FORM_URL["de"]).text
    assert 'href="/en/privacy/"' in client.get(FORM_URL["en"]).text


def test_every_field_has_a_visible_label_and_the_right_input_type(client):
    html = client.get(FORM_URL["en"]).text
    for field in ("name", "email", "phone", "onset_date", "onset_amount", "onset_unit", "message"):
        assert f'<label for="id_{field}"' in html or f'for="id_{field}">' in html, field
    assert 'type="email" name="email" autocomplete="email"' in html
    assert 'type="tel" name="phone" autocomplete="tel"' in html
    assert 'autocomplete="name"' in html
    assert 'type="date" name="onset_date"' in html
    for group in ("preferred_contact", "language", "patient", "cause", "side", "treatments"):
        assert f'id="id_{group}_0"' in html
    assert html.count("<legend>") >= 9
    assert "placeholder" not in html
    consent = re.search(r'<input type="checkbox" name="consent"[^>]*>', html).group(0)
    assert "checked" not in consent and "required" in consent


def test_valid_request_is_stored_and_both_mails_carry_no_health_details(submit, mailoutbox):
    before = existing()
    response = submit(valid_data(language="en"))
    assert response.status_code == 302
    assert response["Location"].startswith("/de/termin/danke/?t=")
    [stored] = new_requests(before)
    assert stored.name == "Erika Muster"
    assert stored.treatments == ["cortisone", "therapy"]
    assert stored.referred is True
    assert stored.onset_amount == 5 and stored.onset_unit == "months"
    assert stored.onset_date is not None
    assert stored.consent_version == "2026-11"
    assert stored.consent_text.startswith("Ich willige ein")  # the form was shown in German
    assert stored.notifications.filter(state=AppointmentNotification.State.SENT).count() == 2

    assert len(mailoutbox) == 2
    clinic, visitor = sorted(mailoutbox, key=lambda mail: mail.to != ["termine@example.org"])
    assert clinic.to == ["termine@example.org"]
    assert visitor.to == ["erika@example.org"]
    assert f"/admin/contact/appointmentrequest/{stored.pk}/change/" in clinic.body
    assert clinic.body.startswith("Über die Website")  # the team reads German
    assert "Thank you for your appointment request" in visitor.body  # the visitor chose English
    assert "112" in visitor.body
    for mail in (clinic, visitor):
        text = mail.subject + mail.body + mail.alternatives[0].content
        for private in ("Erika", "Muster", "erika@", "Auge", *HEALTH_WORDS):
            assert private not in text, (private, mail.subject)
        assert not mail.reply_to and not mail.cc and not mail.bcc


def test_onset_date_is_stored_as_given(submit):
    before = existing()
    submit(valid_data(onset_date="2025-02-03", onset_amount="", onset_unit=""))
    [stored] = new_requests(before)
    assert stored.onset_date == datetime.date(2025, 2, 3)
    assert stored.onset_amount is None and stored.onset_unit == ""


def test_i_dont_know_stores_no_onset(submit):
    before = existing()
    submit(valid_data(onset_amount="", onset_unit="", onset_unknown="on"))
    [stored] = new_requests(before)
    assert stored.onset_date is None
    assert stored.urgency().value == "unknown"


def test_thank_you_page_repeats_nothing_that_was_sent(client, submit):
    response = submit(valid_data(name="Zacharias Zebra", message="Geheimnis 4711"))
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert "no-store" in page["Cache-Control"]
    assert "noindex" in page.text
    for private in ("Zacharias", "Zebra", "erika@example.org", "4711", "Bell"):
        assert private not in page.text
    assert not page.cookies


def test_thank_you_page_without_a_valid_token_leads_to_the_form(client):
    for url in ("/de/termin/danke/", "/de/termin/danke/?t=forged", "/en/appointment/thanks/?t="):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] in (FORM_URL["de"], FORM_URL["en"])


@pytest.mark.parametrize(
    "onset",
    [{"onset_amount": "2", "onset_unit": "days"}, {"onset_amount": "0", "onset_unit": "days"}],
)
def test_72_hour_advice_on_the_thank_you_page_when_the_palsy_is_new(client, submit, onset):
    response = submit(valid_data(**onset))
    page = client.get(response["Location"])
    assert "116 117" in page.text and 'href="tel:112"' in page.text
    assert "weniger als 72 Stunden" in page.text


def test_72_hour_advice_with_a_date_and_in_english(client, submit):
    today = timezone.localdate().isoformat()
    response = submit(valid_data(onset_date=today, onset_amount="", onset_unit=""), "en")
    page = client.get(response["Location"])
    assert "less than 72 hours ago" in page.text and "116 117" in page.text


def test_no_72_hour_advice_for_an_older_palsy(client, submit):
    response = submit(valid_data(onset_amount="4", onset_unit="days"))
    page = client.get(response["Location"])
    assert "weniger als 72 Stunden" not in page.text
    # The site-wide emergency strip names 116 117 on every page; the acute box is absent.
    assert 'id="acute-title"' not in page.text


def test_the_advice_is_not_readable_from_the_address(client, submit):
    acute = submit(valid_data(onset_amount="1", onset_unit="days"))["Location"]
    not_acute = submit(valid_data())["Location"]
    # Same shape, no readable flag: only the server can tell them apart.
    assert len(acute) == len(not_acute)
    assert "acute" not in acute and "true" not in acute.lower()


def test_form_with_an_acute_onset_and_errors_shows_the_advice_beside_the_field(client):
    response = client.post(
        FORM_URL["en"], valid_data(onset_amount="1", onset_unit="days", name="", language="en")
    )
    assert response.status_code == 200
    advice = re.search(r'<div class="emergency-box onset-advice"[^>]*role="alert"', response.text)
    assert advice and "116 117" in response.text


def test_every_error_is_shown_by_its_field_and_in_the_summary_and_nothing_typed_is_lost(client):
    data = valid_data(
        name="Jürgen Großmann",
        email="not-an-address",
        phone="+49 30 123456",
        message="Seit Mai\nschlimmer",
        side="",
        treatments=[],
        consent="",
        onset_amount="3",
        onset_unit="",
    )
    response = client.post(FORM_URL["de"], data)
    assert response.status_code == 200
    html = response.text
    errors = {
        "email": "id_email",
        "side": "id_side_0",
        "treatments": "id_treatments_0",
        "consent": "id_consent",
        "onset_unit": "id_onset_unit",
    }
    start = html.index('class="error-summary"')
    summary = html[start : html.index("</ul>", start)]
    assert 'role="alert"' in summary
    for field, anchor in errors.items():
        assert f'href="#{anchor}"' in summary, field
        assert f'id="id_{field}_error"' in html, field
    assert '<input type="email" name="email" value="not-an-address"' in html
    assert 'aria-invalid="true"' in re.search(r'<input type="email"[^>]*>', html).group(0)
    assert "id_email_helptext id_email_error" in html
    assert 'value="Jürgen Großmann"' in unescape(html)
    assert 'value="+49 30 123456"' in html
    assert "Seit Mai\nschlimmer</textarea>" in html
    assert re.search(r'value="cortisone"[^>]*checked', html) is None  # treatments was emptied
    assert re.search(r'name="preferred_contact" value="email"[^>]*checked', html)
    assert re.search(r'name="onset_amount" value="3"', html)
    assert html.count("<title>Fehler:") == 1


@pytest.mark.parametrize(
    ("onset", "field", "message"),
    [
        ({"onset_date": "2999-01-01"}, "onset_date", "in der Zukunft"),
        ({"onset_date": "1850-01-01"}, "onset_date", "100 Jahre"),
        ({"onset_amount": "101", "onset_unit": "years"}, "onset_amount", "100 Jahre"),
        ({"onset_amount": "36500", "onset_unit": "months"}, "onset_amount", "100 Jahre"),
        ({"onset_amount": "-3", "onset_unit": "weeks"}, "onset_amount", ""),
        ({"onset_amount": "3"}, "onset_unit", ""),
        ({"onset_unit": "weeks"}, "onset_amount", ""),
        ({"onset_date": "2025-01-01", "onset_amount": "3", "onset_unit": "days"}, "onset_date", ""),
        ({"onset_date": "2025-01-01", "onset_unknown": "on"}, "onset_unknown", ""),
        ({}, "onset_date", "„Ich weiß nicht“ an"),
    ],
)
def test_onset_must_be_a_plausible_date_or_duration_or_unknown(client, onset, field, message):
    data = valid_data(**{"onset_amount": "", "onset_unit": "", **onset})
    before = existing()
    response = client.post(FORM_URL["de"], data)
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert message in response.text
    assert not new_requests(before)


def test_phone_is_required_when_the_visitor_wants_a_call(client):
    response = client.post(FORM_URL["en"], valid_data(preferred_contact="phone", phone=""))
    assert "phone" in response.context["form"].errors


def test_none_and_a_treatment_cannot_both_be_ticked(client):
    response = client.post(FORM_URL["en"], valid_data(treatments=["none", "surgery"]))
    assert "treatments" in response.context["form"].errors


def test_text_is_normalised_to_nfc(submit):
    before = existing()
    submit(valid_data(name="Jo\u0308rg  Mu\u0308ller", message="Gesichtsla\u0308hmung\r\nseit Mai"))
    [stored] = new_requests(before)
    assert stored.name == "J\u00f6rg M\u00fcller"
    assert stored.message == "Gesichtsl\u00e4hmung\nseit Mai"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("name", "Erika\x00Muster"),
        ("name", "Erika\r\nBcc: x@example.org"),
        ("name", "Erika\x1bMuster"),
        ("name", "Erika \u202eretsuM"),
        ("message", "Hallo\x07"),
        ("message", "Hallo\x00"),
        ("phone", "+49\x0030"),
    ],
)
def test_control_characters_are_refused(client, field, value):
    before = existing()
    response = client.post(FORM_URL["de"], valid_data(**{field: value}))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not new_requests(before)


def test_overlong_fields_are_refused_by_the_form(client):
    for field, length in (("name", 151), ("message", 2001), ("phone", 41)):
        value = "+" + "1" * (length - 1) if field == "phone" else "a" * length
        response = client.post(FORM_URL["de"], valid_data(**{field: value}))
        assert field in response.context["form"].errors, field


def test_email_with_a_line_break_is_refused_and_adds_no_header(submit, mailoutbox):
    before = existing()
    response = submit(valid_data(email="erika@example.org\r\nBcc: victim@example.org"))
    assert response.status_code == 200
    assert "email" in response.context["form"].errors
    assert not new_requests(before) and not mailoutbox


@pytest.mark.parametrize(
    "email",
    [
        "erika\x7f@example.org",
        '"eri\x7fka"@example.org',
        "eri\tka@example.org",
        "erika@example.org\t",
        "eri\x00ka@example.org",
        "erika@example.org\x00",
        "erika@example.org\x1f",
        "eri\u200bka@example.org",
        "erika@exa\u200bmple.org",
        "erika@ex\u00adample.org",
        "erika@exa\ufeffmple.org",
        "erika@exa\u202emple.org",
        "\u2066erika@example.org",
        "erika@example.org\u200e",
        "erika@example.org\u2028",
    ],
)
def test_email_with_control_characters_is_refused_with_a_clear_message(
    client, submit, mailoutbox, email
):
    before = existing()
    response = submit(valid_data(email=email), "en")
    assert response.status_code == 200
    assert response.context["form"].errors["email"] == [
        "This field contains invisible control characters. Please type the text again "
        "instead of pasting it."
    ]
    assert not new_requests(before) and not mailoutbox


def test_consent_wording_is_stored_in_the_language_shown(submit):
    before = existing()
    submit(valid_data(), "en")
    submit(valid_data(started=started()), "de")
    english, german = sorted(new_requests(before), key=lambda r: r.pk)
    assert english.consent_text.startswith("I agree")
    assert german.consent_text.startswith("Ich willige")
    assert english.consent_given_at is not None


def test_stored_request_has_no_leading_or_trailing_whitespace(submit):
    before = existing()
    submit(valid_data(name="  Erika   Muster  ", email=" Erika@Example.ORG "))
    [stored] = new_requests(before)
    assert stored.name == "Erika Muster"
    assert stored.email == "Erika@example.org"
