import datetime
from io import StringIO

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.utils import timezone

from contact.models import AppointmentNotification, AppointmentRequest, RateLimitBucket
from tests.contact.conftest import valid_data

pytestmark = pytest.mark.django_db


def age(appointment_request, days: float) -> None:
    """Move a request back in time: the way to test retention without a clock library."""
    AppointmentRequest.objects.filter(pk=appointment_request.pk).update(
        received_at=timezone.now() - datetime.timedelta(days=days)
    )


def log_entry_for(appointment_request) -> LogEntry:
    user, _created = get_user_model().objects.get_or_create(username="verlauf", is_staff=True)
    return LogEntry.objects.create(
        user=user,
        content_type=ContentType.objects.get_for_model(AppointmentRequest),
        object_id=str(appointment_request.pk),
        object_repr="Erika Muster",
        action_flag=CHANGE,
        change_message="Status geändert",
    )


@pytest.fixture
def requests_of_every_age(submit, settings):
    settings.APPOINTMENT_RETENTION_DAYS = 180
    AppointmentRequest.objects.all().delete()
    made = {}
    for label, days in (("fresh", 1), ("last_day", 179.9), ("just_past", 180.1), ("old", 400)):
        submit(valid_data(name=f"Person {label}"))
        made[label] = AppointmentRequest.objects.latest("pk")
        age(made[label], days)
        log_entry_for(made[label])
    return made


def test_purge_deletes_exactly_what_is_past_the_retention_period(requests_of_every_age):
    made = requests_of_every_age
    out = StringIO()
    call_command("purge_appointment_requests", stdout=out)
    remaining = set(AppointmentRequest.objects.values_list("name", flat=True))
    assert remaining == {"Person fresh", "Person last_day"}
    gone = [made["just_past"].pk, made["old"].pk]
    assert not AppointmentNotification.objects.filter(appointment_request_id__in=gone).exists()
    assert not LogEntry.objects.filter(object_id__in=[str(pk) for pk in gone]).exists()
    kept = [str(made["fresh"].pk), str(made["last_day"].pk)]
    assert LogEntry.objects.filter(object_id__in=kept).count() == 2
    text = out.getvalue()
    assert "requests 2, e-mail records 4, admin history entries 2" in text
    assert "Person" not in text and "example.org" not in text


def test_purge_dry_run_counts_and_deletes_nothing(requests_of_every_age):
    out = StringIO()
    call_command("purge_appointment_requests", "--dry-run", stdout=out)
    assert AppointmentRequest.objects.count() == 4
    assert "would be deleted (dry run): requests 2," in out.getvalue()


def test_purge_follows_the_retention_setting(requests_of_every_age, settings):
    settings.APPOINTMENT_RETENTION_DAYS = 30
    call_command("purge_appointment_requests", stdout=StringIO())
    assert set(AppointmentRequest.objects.values_list("name", flat=True)) == {"Person fresh"}


def test_purge_leaves_log_entries_of_other_objects_alone(requests_of_every_age):
    user = get_user_model().objects.get(username="verlauf")
    other = LogEntry.objects.create(
        user=user,
        content_type=ContentType.objects.get_for_model(get_user_model()),
        object_id=str(requests_of_every_age["old"].pk),
        object_repr="someone",
        action_flag=CHANGE,
    )
    call_command("purge_appointment_requests", stdout=StringIO())
    assert LogEntry.objects.filter(pk=other.pk).exists()


def test_purge_deletes_rate_limit_counters_whose_window_has_ended():
    now = timezone.now()
    RateLimitBucket.objects.create(
        key="ended", window_start=now - datetime.timedelta(hours=2), expires_at=now, count=3
    )
    RateLimitBucket.objects.create(
        key="running",
        window_start=now - datetime.timedelta(minutes=5),
        expires_at=now + datetime.timedelta(minutes=55),
        count=1,
    )
    out = StringIO()
    call_command("purge_appointment_requests", stdout=out)
    assert list(RateLimitBucket.objects.values_list("key", flat=True)) == ["running"]
    assert "expired rate-limit counters 1" in out.getvalue()
