"""Small builders for contact tests: requests and staff made directly, without the form."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.utils import timezone

from contact.models import AppointmentNotification, AppointmentRequest

FRONT_DESK_PERMISSIONS = (
    "view_appointmentrequest",
    "change_appointmentrequest",
    "export_appointmentrequest",
)


def appointment_request(
    *,
    name: str = "Erika Muster",
    onset: datetime.date | None = None,
    received: datetime.datetime | None = None,
    received_days_ago: float = 1,
    status: str = "new",
    notifications: bool = False,
    **fields,
) -> AppointmentRequest:
    """A stored request; with ``notifications`` also its two mail records (pending)."""
    received = received or timezone.now() - datetime.timedelta(days=received_days_ago)
    values = {
        "email": "x@example.org",
        "preferred_contact": "email",
        "language": "de",
        "patient": "self",
        "cause": "unknown",
        "side": "left",
        "treatments": ["none"],
        "referred": False,
        "consent_text": "…",
        "consent_version": "test",
        **fields,
    }
    request = AppointmentRequest(
        name=name,
        onset_date=onset,
        received_at=received,
        consent_given_at=received,
        status=status,
        **values,
    )
    request.full_clean()
    request.save()
    if notifications:
        AppointmentNotification.objects.bulk_create(
            AppointmentNotification(appointment_request=request, kind=kind)
            for kind in AppointmentNotification.Kind
        )
    return request


def staff_user(username: str, *codenames: str):
    user = get_user_model().objects.create_user(username, password="x" * 16, is_staff=True)
    user.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="contact", codename__in=codenames)
    )
    return user
