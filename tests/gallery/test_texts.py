"""What the public reads about a case: durations in words, the cause filter."""

import pytest
from django.utils import translation

from gallery.durations import months_in_words
from tests.gallery.factories import make_case, make_consent, make_item, make_patient, public_case

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("months", "german", "english"),
    [
        (150, "12 Jahre und 6 Monate", "12 years and 6 months"),
        (12, "1 Jahr", "1 year"),
        (24, "2 Jahre", "2 years"),
        (13, "1 Jahr und 1 Monat", "1 year and 1 month"),
        (8, "8 Monate", "8 months"),
        (1, "1 Monat", "1 month"),
        (0, "0 Monate", "0 months"),
    ],
)
def test_durations_read_in_years_and_months(months, german, english):
    with translation.override("de"):
        assert months_in_words(months) == german
    with translation.override("en"):
        assert months_in_words(months) == english


def test_the_case_page_shows_durations_in_years_and_months(client):
    patient = make_patient()
    consent = make_consent(patient)
    case = make_case(patient, months_before_treatment=150, months_since_treatment=18)
    make_item(case, consent, stage="before", months_from_treatment=-150)
    with translation.override("de"):
        html = client.get(case.get_absolute_url()).text
    assert "12 Jahre und 6 Monate" in html and "1 Jahr und 6 Monate" in html
    assert "12 Jahre und 6 Monate vor der Behandlung" in html
    assert "150" not in html.replace(case.token, "")
    with translation.override("en"):
        html = client.get(case.get_absolute_url()).text
    assert "12 years and 6 months before treatment" in html


def test_the_cause_filter_finds_palsy_since_birth(client):
    case, consent, item = public_case()
    other = make_patient("FP-BIRTH1", birth_year=2015)
    congenital = make_case(other, cause="congenital", title_de="Seit Geburt")
    make_item(congenital, make_consent(other, signed_by_patient=True))
    html = client.get("/de/galerie/?cause=congenital").text
    assert congenital.get_absolute_url() in html
    assert case.token not in html
