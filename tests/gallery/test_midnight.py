"""A consent that ends with today disappears from every page at midnight, cached or not."""

import datetime
from unittest import mock

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from content.models import Page
from tests.gallery.factories import make_case, make_consent, make_item, make_patient

pytestmark = pytest.mark.django_db


def procedure_page():
    return Page.objects.published().filter(kind="article", parent__isnull=False).first()


def test_a_consent_that_expires_today_is_gone_from_every_page_after_midnight(
    django_assert_max_num_queries,
):
    today = timezone.localdate()
    patient = make_patient("FP-MIDNT1")
    consent = make_consent(
        patient, date_given=today - datetime.timedelta(days=60), expires_on=today
    )
    case = make_case(patient)
    item = make_item(case, consent)
    page = procedure_page()
    case.procedures.set([page])
    with translation.override("de"):
        case_url, page_url = case.get_absolute_url(), page.get_absolute_url()
        overview_url = reverse("gallery:overview")
    file_url = reverse(
        "gallery_media:file",
        kwargs={"token": item.token, "variant": f"w{item.rendition_widths[0]}.jpg"},
    )
    reader = Client()

    # Today, the last day of the consent: shown everywhere, and the pages are cached.
    for url in (page_url, overview_url):
        assert case_url in reader.get(url).text
    assert reader.get(case_url).status_code == 200
    assert reader.get(file_url).status_code == 200
    for url in (page_url, overview_url, case_url):
        with django_assert_max_num_queries(1):  # the site version only: a cached copy
            assert reader.get(url).status_code == 200

    # One minute after midnight, without any write to the database.
    midnight = timezone.make_aware(
        datetime.datetime.combine(today + datetime.timedelta(days=1), datetime.time(0, 1))
    )
    with mock.patch("django.utils.timezone.now", return_value=midnight):
        assert timezone.localdate() == today + datetime.timedelta(days=1)
        assert case_url not in reader.get(page_url).text
        assert case_url not in reader.get(overview_url).text
        assert reader.get(case_url).status_code == 404
        assert reader.get(file_url).status_code == 404
