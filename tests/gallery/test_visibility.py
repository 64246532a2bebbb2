"""The public never sees an item without valid website consent: in any view,
listing, file address, sitemap, meta tag or content page."""

import datetime
import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from gallery.models import Case, Consent, MediaItem
from tests.conftest import LANGUAGES
from tests.gallery.factories import make_consent, public_case

pytestmark = pytest.mark.django_db


def file_urls(item):
    names = [f"w{w}.{ext}" for w in item.rendition_widths for ext in ("webp", "jpg")]
    return [
        reverse("gallery_media:file", kwargs={"token": item.token, "variant": n}) for n in names
    ]


def spoil_withdrawn(case, consent, item):
    Consent.objects.filter(pk=consent.pk).update(
        withdrawn_on=timezone.localdate(), withdrawn_at=timezone.now()
    )


def spoil_expired(case, consent, item):
    Consent.objects.filter(pk=consent.pk).update(
        expires_on=timezone.localdate() - datetime.timedelta(days=1)
    )


def spoil_no_website_scope(case, consent, item):
    Consent.objects.filter(pk=consent.pk).update(scope_website=False, scope_print=True)


def spoil_not_yet_signed(case, consent, item):
    Consent.objects.filter(pk=consent.pk).update(
        date_given=timezone.localdate() + datetime.timedelta(days=3)
    )


def spoil_item_draft(case, consent, item):
    MediaItem.objects.filter(pk=item.pk).update(status="draft")


def spoil_case_draft(case, consent, item):
    Case.objects.filter(pk=case.pk).update(status="draft")


def spoil_video_without_captions(case, consent, item):
    MediaItem.objects.filter(pk=item.pk).update(
        kind="video", poster="x.jpg", captions_de="", captions_en=""
    )


def spoil_other_patients_consent(case, consent, item):
    # Even a valid consent of another patient does not help: the item's own consent counts.
    other = make_consent(consent.patient)
    Consent.objects.filter(pk=consent.pk).update(scope_website=False, scope_teaching=True)
    assert Consent.objects.valid_for_website().filter(pk=other.pk).exists()


SPOILERS = [
    spoil_withdrawn,
    spoil_expired,
    spoil_no_website_scope,
    spoil_not_yet_signed,
    spoil_item_draft,
    spoil_case_draft,
    spoil_video_without_captions,
    spoil_other_patients_consent,
]


def test_a_valid_case_is_shown_everywhere(client):
    case, consent, item = public_case()
    consent_case_with_social_media = Consent.objects.filter(pk=consent.pk)
    consent_case_with_social_media.update(scope_social_media=True)
    case.procedures.set([_procedure_page()])
    for code in LANGUAGES:
        with translation.override(code):
            assert case.title in client.get(reverse("gallery:overview")).text
            page = client.get(case.get_absolute_url())
            assert page.status_code == 200
            assert 'property="og:image"' in page.text
            assert (
                client.get(_procedure_page().get_absolute_url()).text.count(case.get_absolute_url())
                == 1
            )
    for url in file_urls(item):
        assert client.get(url).status_code == 200
    assert case.token in client.get("/sitemap.xml").text


@pytest.mark.parametrize("spoil", SPOILERS, ids=lambda f: f.__name__)
def test_without_valid_website_consent_nothing_is_shown(client, spoil):
    case, consent, item = public_case()
    case.procedures.set([_procedure_page()])
    urls = file_urls(item)
    with translation.override("de"):
        case_url = case.get_absolute_url()
        procedure_url = _procedure_page().get_absolute_url()
        overview_url = reverse("gallery:overview")
    spoil(case, consent, item)

    anonymous = Client()
    overview = anonymous.get(overview_url).text
    assert case_url not in overview and item.token not in overview
    assert anonymous.get(case_url).status_code == 404
    for url in urls:
        assert anonymous.get(url).status_code == 404, url
    assert case.token not in anonymous.get("/sitemap.xml").text
    assert case_url not in anonymous.get(procedure_url).text
    assert not MediaItem.objects.displayable().filter(pk=item.pk).exists()


def test_og_image_only_with_consent_to_social_media(client):
    case, consent, item = public_case()
    assert not consent.scope_social_media
    with translation.override("en"):
        html = client.get(case.get_absolute_url()).text
    assert "og:image" not in html


def test_expiry_day_itself_is_still_valid(client):
    case, consent, item = public_case()
    Consent.objects.filter(pk=consent.pk).update(expires_on=timezone.localdate())
    with translation.override("de"):
        assert client.get(case.get_absolute_url()).status_code == 200


def test_media_addresses_carry_tokens_not_database_ids(client):
    case, consent, item = public_case()
    with translation.override("de"):
        html = client.get(case.get_absolute_url()).text
    addresses = re.findall(r'(?:src|srcset)="([^"]+)"', html)
    media = [a for a in addresses if "/patient-media/" in a]
    assert media
    for address in media:
        for part in re.split(r"[ ,/]+", address):
            assert part != str(item.pk) and part != str(case.pk)
    assert case.get_absolute_url().endswith(f"/{case.token}/")
    assert len(case.token) >= 16 and len(item.token) >= 16


def _procedure_page():
    from content.models import Page

    return Page.objects.get(key="nerve-transfers")
