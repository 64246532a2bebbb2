"""The demo gallery as load_demo ships it: honest alt texts, dates that do not age."""

import datetime
import re
from io import StringIO
from unittest import mock

import pytest
from django.core.management.base import OutputWrapper
from django.core.management.color import no_style
from django.utils import timezone, translation

from gallery import demo
from gallery.models import Case, Consent, MediaItem, WebsiteState

pytestmark = pytest.mark.django_db

SHOWS = {
    "rest": ("in Ruhe", "at rest"),
    "smile": ("lächeln", "smil"),
    "eye_closure": ("Augen", "eyes"),
}
MOVEMENT = re.compile(r"beweg|hebt sich|heben sich|lächelt|move|lifts?\b|smiles", re.I)
# Procedures that give no movement: a sling or brow lift changes the face at rest,
# a lid weight helps the eye close, but none makes a muscle move.
NO_MOVEMENT_GAINED = {"FP-DEMO04", "FP-DEMO07", "FP-DEMO08"}


def demo_items():
    return MediaItem.objects.filter(
        case__patient__case_code__startswith="FP-DEMO", kind="image"
    ).select_related("case__patient")


def test_every_demo_alt_text_says_what_the_picture_shows():
    items = list(demo_items())
    assert items
    for item in items:
        german, english = SHOWS[item.expression]
        assert german in item.alt_text_de.lower() or german in item.alt_text_de, item.alt_text_de
        assert english in item.alt_text_en, item.alt_text_en
        stage = ("vor", "before") if item.stage == "before" else ("nach", "after")
        assert stage[0] in item.alt_text_de and stage[1] in item.alt_text_en


def test_a_paralysed_face_before_treatment_is_never_said_to_smile_or_move():
    for item in demo_items().filter(stage="before", expression="smile"):
        if item.case.patient.case_code == "FP-DEMO05":
            continue  # synkinesis: the face moves, too much; its text says so
        assert "Versuch" in item.alt_text_de and "trying" in item.alt_text_en, item.alt_text_en
    for item in demo_items().filter(stage="before", expression="eye_closure"):
        assert "bleibt offen" in item.alt_text_de and "stays open" in item.alt_text_en


def test_no_alt_text_promises_movement_that_the_procedure_does_not_give():
    for item in demo_items().filter(case__patient__case_code__in=NO_MOVEMENT_GAINED):
        if item.stage == "after" and item.expression == "rest":
            assert not MOVEMENT.search(item.alt_text_de), item.alt_text_de
            assert not MOVEMENT.search(item.alt_text_en), item.alt_text_en


def test_the_demo_case_with_palsy_since_birth_is_found_by_the_cause_filter(client):
    case = Case.objects.get(patient__case_code="FP-DEMO06")
    assert case.cause == "congenital"
    with translation.override("de"):
        url = case.get_absolute_url()
    assert url in client.get("/de/galerie/?cause=congenital").text


def test_the_withdrawn_and_the_expired_demo_cases_are_hidden_and_the_others_shown(client):
    html = client.get("/en/gallery/").text
    for case in Case.objects.filter(patient__case_code__startswith="FP-DEMO"):
        hidden = case.patient.case_code in {"FP-DEMO07", "FP-DEMO08"}
        assert (case.patient.case_code in html) != hidden, case.patient.case_code


def test_no_demo_consent_changes_its_state_by_itself_in_the_coming_years():
    consents = Consent.objects.filter(patient__case_code__startswith="FP-DEMO")
    now = dict(consents.with_website_state().values_list("pk", "website_state"))
    for years in (1, 5):
        later = timezone.localdate() + datetime.timedelta(days=365 * years)
        assert dict(consents.with_website_state(later).values_list("pk", "website_state")) == now
    assert sorted(now.values()).count(WebsiteState.VALID) == len(now) - 2


@pytest.mark.parametrize("years", [1, 4])
def test_the_demo_loads_just_as_well_in_a_few_years(years):
    """load_demo on a fresh database later on: every consent is still complete and the
    demo's expired and withdrawn cases are still the only hidden ones."""
    later = timezone.now() + datetime.timedelta(days=365 * years)
    command = mock.Mock(stdout=OutputWrapper(StringIO()), style=no_style())
    with mock.patch("django.utils.timezone.now", return_value=later):
        user = demo._media_user(command)
        for number, spec in enumerate(demo.CASES):
            demo._create_case(number, {**spec, "code": spec["code"] + "F"}, user)
        shown = set(
            Case.objects.displayable()
            .filter(patient__case_code__endswith="F", patient__case_code__startswith="FP-DEMO")
            .values_list("patient__case_code", flat=True)
        )
    assert shown == {spec["code"] + "F" for spec in demo.CASES} - {"FP-DEMO07F", "FP-DEMO08F"}
