"""One consent rule: the QuerySet, the admin's columns, filters and pages, and the public
pages and file addresses give the same answer for every row of the visibility matrix."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from gallery.models import Case, Consent, MediaItem
from tests.gallery.factories import (
    make_case,
    make_consent,
    make_item,
    make_patient,
    make_video_item,
)

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate
DAY = datetime.timedelta(days=1)


def consent_update(**fields):
    return lambda case, consent, item: Consent.objects.filter(pk=consent.pk).update(**fields)


def item_update(**fields):
    return lambda case, consent, item: MediaItem.objects.filter(pk=item.pk).update(**fields)


def case_draft(case, consent, item):
    Case.objects.filter(pk=case.pk).update(status="draft")


# name, kind of item, what is changed, item shown to the public, consent valid for the website
MATRIX = [
    ("valid image", "image", None, True, True),
    ("valid video", "video", None, True, True),
    ("expires today", "image", consent_update(expires_on=TODAY()), True, True),
    ("expired yesterday", "image", consent_update(expires_on=TODAY() - DAY), False, False),
    (
        "withdrawn",
        "image",
        consent_update(withdrawn_on=TODAY(), withdrawn_at=timezone.now()),
        False,
        False,
    ),
    ("signed tomorrow", "image", consent_update(date_given=TODAY() + DAY), False, False),
    ("signed today", "image", consent_update(date_given=TODAY()), True, True),
    (
        "not for the website",
        "image",
        consent_update(scope_website=False, scope_print=True),
        False,
        False,
    ),
    ("item draft", "image", item_update(status="draft"), False, True),
    ("case draft", "image", case_draft, False, True),
    ("video without poster", "video", item_update(poster=""), False, True),
    ("video without English captions", "video", item_update(captions_en=""), False, True),
    ("video without German captions", "video", item_update(captions_de=""), False, True),
]


def build(kind):
    patient = make_patient("FP-RULE01")
    consent = make_consent(patient, date_given=TODAY() - 30 * DAY)
    case = make_case(patient)
    if kind == "image":
        item = make_item(case, consent)
    else:
        item = make_video_item(case, consent, status="published")
    return case, consent, item


def item_answers(staff_client, case, consent, item) -> dict[str, bool]:
    today = TODAY()
    code = case.patient.case_code

    def listed(url):
        return staff_client.get(url).context["cl"].result_list

    media_rows = {row.pk: row for row in listed(f"/admin/gallery/mediaitem/?q={code}")}
    case_rows = {row.pk: row for row in listed(f"/admin/gallery/case/?q={code}")}
    shown_filter = {row.pk for row in listed(f"/admin/gallery/mediaitem/?public=yes&q={code}")}
    hidden_filter = {row.pk for row in listed(f"/admin/gallery/mediaitem/?public=no&q={code}")}
    lifecycle = staff_client.get(reverse("admin:gallery_lifecycle")).context["unconsented"]
    variant = f"w{item.rendition_widths[0]}.jpg" if item.kind == "image" else "video.mp4"
    anonymous = Client()
    with translation.override("de"):
        case_url = case.get_absolute_url()
    return {
        "MediaItem.objects.displayable()": MediaItem.objects.displayable(today)
        .filter(pk=item.pk)
        .exists(),
        "Case.objects.displayable()": Case.objects.displayable(today).filter(pk=case.pk).exists(),
        "admin media column": media_rows[item.pk].is_public,
        "admin media filter 'shown'": item.pk in shown_filter,
        "admin media filter 'not shown'": item.pk not in hidden_filter,
        "admin case column": case_rows[case.pk].is_public,
        "lifecycle 'without valid consent'": item not in list(lifecycle),
        "public case page": anonymous.get(case_url).status_code == 200,
        "public file": anonymous.get(f"/patient-media/{item.token}/{variant}").status_code == 200,
    }


def consent_answers(staff_client, consent) -> dict[str, bool]:
    code = consent.patient.case_code
    listing = staff_client.get(f"/admin/gallery/consent/?q={code}").context["cl"]
    row = next(row for row in listing.result_list if row.pk == consent.pk)
    valid_filter = staff_client.get(f"/admin/gallery/consent/?state=valid&q={code}")
    with translation.override("en"):
        state = str(listing.model_admin.state(row))
    return {
        "Consent.objects.valid_for_website()": Consent.objects.valid_for_website(TODAY())
        .filter(pk=consent.pk)
        .exists(),
        "admin consent state column": state == "valid",
        "admin consent filter 'valid'": consent.pk
        in {r.pk for r in valid_filter.context["cl"].result_list},
    }


@pytest.mark.parametrize(
    ("kind", "change", "shown", "valid"),
    [row[1:] for row in MATRIX],
    ids=[row[0] for row in MATRIX],
)
def test_every_answer_agrees_with_the_queryset(staff_client, kind, change, shown, valid):
    case, consent, item = build(kind)
    if change:
        change(case, consent, item)
    item.refresh_from_db()
    consent.refresh_from_db()
    answers = item_answers(staff_client, case, consent, item)
    assert answers == dict.fromkeys(answers, shown)
    answers = consent_answers(staff_client, consent)
    assert answers == dict.fromkeys(answers, valid)


VIDEO_ROWS = [row for row in MATRIX if row[1] == "video"]


@pytest.mark.parametrize(
    ("change", "shown"), [(row[2], row[3]) for row in VIDEO_ROWS], ids=[r[0] for r in VIDEO_ROWS]
)
def test_the_model_refuses_to_publish_exactly_the_videos_the_queryset_hides(change, shown):
    from django.core.exceptions import ValidationError

    case, consent, item = build("video")
    if change:
        change(case, consent, item)
    item.refresh_from_db()
    try:
        item.full_clean()
    except ValidationError as error:
        refused = set(error.message_dict)
    else:
        refused = set()
    assert (not refused) == shown
    assert refused <= set(MediaItem.files_required_for_publication(MediaItem.Kind.VIDEO))
