"""Everything that writes appointment requests: create, notify, purge."""

import datetime
import logging
from dataclasses import dataclass

from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.db.models import F, TextField
from django.db.models.functions import Cast
from django.utils import timezone

from contact import emails, tokens
from contact.models import AppointmentNotification, AppointmentRequest, RateLimitBucket

logger = logging.getLogger(__name__)


class AppointmentRequestResent(Exception):
    """This form was stored before (e.g. sent again after a broken connection)."""

    def __init__(self, earlier: AppointmentRequest):
        super().__init__(earlier.pk)
        self.earlier = earlier


class FormStartReused(Exception):
    """The signed form start served another request already: a replay, not a resend."""


def appointment_request_check_new(*, submission_key: str, form_started: str) -> None:
    """Raise AppointmentRequestResent or FormStartReused when this form page was used for
    a request already. Cheap (two unique indexes), so the view asks before the rate limit:
    sending the same form again costs nothing."""
    earlier = AppointmentRequest.objects.filter(submission_key=submission_key).first()
    if earlier is not None:
        raise AppointmentRequestResent(earlier)
    digest = tokens.form_started_digest(form_started)
    if AppointmentRequest.objects.filter(form_started_digest=digest).exists():
        raise FormStartReused


def appointment_request_create(
    *,
    name: str,
    email: str,
    phone: str,
    preferred_contact: str,
    language: str,
    patient: str,
    onset_date: datetime.date | None,
    onset_amount: int | None,
    onset_unit: str,
    cause: str,
    side: str,
    treatments: list[str],
    referred: bool,
    message: str,
    consent_text: str,
    consent_version: str,
    submission_key: str,
    form_started: str,
) -> AppointmentRequest:
    """Store the request, then (after the commit) send both mails.

    The request is saved before anything else happens: a mail server that is down
    cannot lose it, and ``send_pending_notifications`` sends what is left. The same form
    sent twice at once is stored once: the unique constraints decide, and the loser
    raises AppointmentRequestResent (or FormStartReused) like a later resend would.
    """
    now = timezone.now()
    appointment_request = AppointmentRequest(
        received_at=now,
        name=name,
        email=email,
        phone=phone,
        preferred_contact=preferred_contact,
        language=language,
        patient=patient,
        onset_date=onset_date,
        onset_amount=onset_amount,
        onset_unit=onset_unit,
        cause=cause,
        side=side,
        treatments=list(treatments),
        referred=referred,
        message=message,
        consent_text=consent_text,
        consent_version=consent_version,
        consent_given_at=now,
        submission_key=submission_key,
        form_started_digest=tokens.form_started_digest(form_started),
    )
    # The two keys are checked by the database below, where a race cannot slip through.
    appointment_request.full_clean(exclude=["submission_key", "form_started_digest"])
    try:
        with transaction.atomic():
            appointment_request.save()
            AppointmentNotification.objects.bulk_create(
                AppointmentNotification(appointment_request=appointment_request, kind=kind)
                for kind in AppointmentNotification.Kind
            )
            request_id = appointment_request.pk
            transaction.on_commit(
                lambda: appointment_request_notify(appointment_request_id=request_id), robust=True
            )
    except IntegrityError:
        appointment_request_check_new(submission_key=submission_key, form_started=form_started)
        raise
    return appointment_request


def appointment_request_notify(*, appointment_request_id: int) -> None:
    """Send the mails of one request that are still due."""
    for notification in AppointmentNotification.objects.due().filter(
        appointment_request_id=appointment_request_id
    ):
        notification_send(notification=notification)


def notification_send(*, notification: AppointmentNotification) -> bool | None:
    """Send one mail and record the outcome: True sent, False failed, None when
    another process is already sending it.

    The row is claimed first with a conditional UPDATE, so a web worker and the
    retry command running at the same moment never both send the same mail.
    """
    now = timezone.now()
    claimed = (
        AppointmentNotification.objects.due(now)
        .filter(pk=notification.pk)
        .update(
            state=AppointmentNotification.State.SENDING,
            attempts=F("attempts") + 1,
            last_attempt_at=now,
        )
    )
    if not claimed:
        return None
    notification.refresh_from_db()
    try:
        emails.build_message(notification).send(using="default")
    except Exception as error:
        # Log the request number and the kind of error only: the error's text may
        # contain the recipient's address.
        logger.warning(
            "Appointment request %s: the %s mail could not be sent (%s); it stays pending "
            "for 'manage.py send_pending_notifications'.",
            notification.appointment_request_id,
            notification.kind,
            type(error).__name__,
        )
        notification.state = AppointmentNotification.State.FAILED
        notification.last_error_at = timezone.now()
        notification.last_error = type(error).__name__[:100]
        notification.save(update_fields=["state", "last_error_at", "last_error"])
        return False
    notification.state = AppointmentNotification.State.SENT
    notification.sent_at = timezone.now()
    notification.save(update_fields=["state", "sent_at"])
    return True


@dataclass
class SendReport:
    sent: int = 0
    failed: int = 0
    given_up: int = 0


def notifications_send_pending(*, dry_run: bool = False) -> SendReport:
    """Retry every mail that is due; each mail on its own."""
    report = SendReport()
    for notification in AppointmentNotification.objects.due().select_related("appointment_request"):
        if dry_run or notification_send(notification=notification):
            report.sent += 1
        else:
            report.failed += 1
    report.given_up = (
        AppointmentNotification.objects.exclude(state=AppointmentNotification.State.SENT)
        .filter(attempts__gte=AppointmentNotification.MAX_ATTEMPTS)
        .count()
    )
    return report


@dataclass
class PurgeReport:
    requests: int
    notifications: int
    log_entries: int
    rate_limit_buckets: int


def appointment_requests_purge(
    *, now: datetime.datetime | None = None, dry_run: bool = False
) -> PurgeReport:
    """Delete requests past the retention period with everything that refers to them,
    and the rate-limit counters whose window has ended."""
    now = now or timezone.now()
    with transaction.atomic():
        old = AppointmentRequest.objects.past_retention(now)
        notifications = AppointmentNotification.objects.filter(appointment_request__in=old)
        # The admin's history names the object (and once named the visitor): it goes too.
        log_entries = LogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(AppointmentRequest),
            object_id__in=old.annotate(pk_text=Cast("pk", TextField())).values("pk_text"),
        )
        buckets = RateLimitBucket.objects.expired(now)
        report = PurgeReport(
            requests=old.count(),
            notifications=notifications.count(),
            log_entries=log_entries.count(),
            rate_limit_buckets=buckets.count(),
        )
        if not dry_run:
            log_entries.delete()
            notifications.delete()
            old.delete()
            buckets.delete()
    return report
