"""Every stored file goes with its row, whichever way the row is deleted."""

from pathlib import Path

import pytest
from django.conf import settings
from django.db import transaction
from django.db.models import ProtectedError
from django.test import TestCase
from django.urls import reverse

from gallery.models import Case, MediaItem, Patient
from tests.gallery.factories import make_case, make_item, make_video_item, public_case

pytestmark = pytest.mark.django_db


def files_of(token) -> list[Path]:
    folder = Path(settings.PRIVATE_MEDIA_ROOT) / "media" / token
    return [path for path in folder.rglob("*") if path.is_file()]


@pytest.fixture
def case_with_image_and_video():
    case, consent, image = public_case()
    video = make_video_item(case, consent, status="published")
    assert files_of(image.token) and len(files_of(video.token)) >= 4
    return case, image, video


def test_deleting_an_item_in_the_admin_removes_all_its_files(staff_client):
    case, consent, item = public_case()
    url = reverse("admin:gallery_mediaitem_delete", args=[item.pk])
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = staff_client.post(url, {"post": "yes"})
    assert response.status_code == 302
    assert not MediaItem.objects.filter(pk=item.pk).exists()
    assert files_of(item.token) == []


def test_the_admin_bulk_delete_removes_all_files(staff_client, case_with_image_and_video):
    case, image, video = case_with_image_and_video
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = staff_client.post(
            reverse("admin:gallery_mediaitem_changelist"),
            {"action": "delete_selected", "_selected_action": [image.pk, video.pk], "post": "yes"},
        )
    assert response.status_code == 302
    assert files_of(image.token) == [] and files_of(video.token) == []


def test_deleting_a_case_in_the_admin_removes_the_files_of_all_its_items(
    staff_client, case_with_image_and_video
):
    case, image, video = case_with_image_and_video
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = staff_client.post(
            reverse("admin:gallery_case_delete", args=[case.pk]), {"post": "yes"}
        )
    assert response.status_code == 302
    assert not Case.objects.filter(pk=case.pk).exists()
    assert files_of(image.token) == [] and files_of(video.token) == []


def test_a_queryset_delete_removes_the_files(case_with_image_and_video):
    case, image, video = case_with_image_and_video
    with TestCase.captureOnCommitCallbacks(execute=True):
        Case.objects.filter(pk=case.pk).delete()
    assert files_of(image.token) == [] and files_of(video.token) == []


def test_deleting_an_item_in_the_shell_removes_its_files():
    case, consent, item = public_case()
    with TestCase.captureOnCommitCallbacks(execute=True):
        MediaItem.objects.get(pk=item.pk).delete()
    assert files_of(item.token) == []


def test_a_delete_that_is_rolled_back_keeps_every_file(case_with_image_and_video):
    case, image, video = case_with_image_and_video
    before = sorted(files_of(image.token) + files_of(video.token))

    class Abort(Exception):
        pass

    with (
        TestCase.captureOnCommitCallbacks(execute=True),
        pytest.raises(Abort),
        transaction.atomic(),
    ):
        Case.objects.filter(pk=case.pk).delete()
        raise Abort
    assert sorted(files_of(image.token) + files_of(video.token)) == before
    assert Case.objects.filter(pk=case.pk).exists()


def test_a_patient_with_cases_and_consents_cannot_be_deleted_and_keeps_the_files(
    case_with_image_and_video,
):
    case, image, video = case_with_image_and_video
    before = sorted(files_of(image.token))
    with TestCase.captureOnCommitCallbacks(execute=True), pytest.raises(ProtectedError):
        Patient.objects.filter(pk=case.patient_id).delete()
    assert sorted(files_of(image.token)) == before


def test_a_patient_without_cases_or_consents_can_be_deleted():
    # Nothing of theirs is stored, so nothing is left behind.
    patient = Patient.objects.create(case_code="FP-EMPTY1", birth_year=1990)
    make_case(patient, status="draft").delete()
    patient.delete()
    assert not Patient.objects.filter(pk=patient.pk).exists()


def test_two_items_of_one_case_are_deleted_with_their_files_only():
    case, consent, first = public_case()
    second = make_item(case, consent, expression="rest")
    with TestCase.captureOnCommitCallbacks(execute=True):
        MediaItem.objects.filter(pk=first.pk).delete()
    assert files_of(first.token) == []
    assert files_of(second.token)
