import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from contact.choices import (
    Cause,
    OnsetUnit,
    Patient,
    PreferredContact,
    Side,
    Status,
    Treatment,
)
from contact.urgency import Urgency, urgency_of, urgency_rank_expression

ONSET_AGO = {
    OnsetUnit.DAYS: ngettext_lazy("%(amount)d day ago", "%(amount)d days ago", "amount"),
    OnsetUnit.WEEKS: ngettext_lazy("%(amount)d week ago", "%(amount)d weeks ago", "amount"),
    OnsetUnit.MONTHS: ngettext_lazy("%(amount)d month ago", "%(amount)d months ago", "amount"),
    OnsetUnit.YEARS: ngettext_lazy("%(amount)d year ago", "%(amount)d years ago", "amount"),
}


class AppointmentRequestQuerySet(models.QuerySet):
    def with_urgency(self, today: datetime.date | None = None):
        """Annotate ``urgency_rank``: 1 acute, 2 window open, 3 long-standing, 4 unknown."""
        return self.annotate(urgency_rank=urgency_rank_expression(today or timezone.localdate()))

    def past_retention(self, now: datetime.datetime | None = None):
        cutoff = (now or timezone.now()) - datetime.timedelta(
            days=settings.APPOINTMENT_RETENTION_DAYS
        )
        return self.filter(received_at__lt=cutoff)


class AppointmentRequest(models.Model):
    """A visitor's request for an appointment. Holds health data: see the retention rules."""

    received_at = models.DateTimeField(_("received"), default=timezone.now, editable=False)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status,
        default=Status.NEW,
        help_text=_("Mark requests that are obviously not meant seriously as spam."),
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="appointment_requests",
        limit_choices_to={"is_staff": True, "is_active": True},
        help_text=_("The colleague who looks after this request."),
    )
    internal_notes = models.TextField(
        _("internal notes"),
        blank=True,
        help_text=_("Only for the team; the visitor never sees them. Deleted with the request."),
    )

    # What the visitor entered.
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("e-mail address"), max_length=254)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    preferred_contact = models.CharField(
        _("preferred contact"), max_length=10, choices=PreferredContact
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        help_text=_("The language in which the visitor would like to be contacted."),
    )
    patient = models.CharField(_("for whom"), max_length=10, choices=Patient)
    onset_date = models.DateField(
        _("onset of the palsy"),
        null=True,
        blank=True,
        help_text=_(
            "The date the visitor gave, or the date computed from “… ago” on the day the "
            "request arrived. Empty: the visitor does not know."
        ),
    )
    onset_amount = models.PositiveIntegerField(_("onset: how long ago"), null=True, blank=True)
    onset_unit = models.CharField(_("onset: unit"), max_length=10, choices=OnsetUnit, blank=True)
    cause = models.CharField(_("cause"), max_length=20, choices=Cause)
    side = models.CharField(_("side"), max_length=10, choices=Side)
    treatments = models.JSONField(_("treatments so far"), default=list, blank=True)
    referred = models.BooleanField(_("referred by a doctor"))
    message = models.TextField(_("message"), max_length=2000, blank=True)

    consent_text = models.TextField(
        _("consent wording"), help_text=_("Exactly as the visitor saw it, in their language.")
    )
    consent_version = models.CharField(_("consent version"), max_length=20)
    consent_given_at = models.DateTimeField(_("consent given"))

    # How a form sent twice is recognised (see appointment_request_create); not shown.
    submission_key = models.CharField(
        _("submission key"),
        max_length=64,
        blank=True,
        editable=False,
        help_text=_("A random value of the form page: the same form sent twice is stored once."),
    )
    form_started_digest = models.CharField(
        _("form start"),
        max_length=64,
        blank=True,
        editable=False,
        help_text=_("A hash of the time the form was shown: one form page, one request."),
    )

    objects = AppointmentRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("appointment request")
        verbose_name_plural = _("appointment requests")
        permissions = [("export_appointmentrequest", _("Can export appointment requests as CSV"))]
        indexes = [
            # The retention command deletes by age; the admin's age filter uses it too.
            models.Index(fields=["received_at"], name="contact_request_received_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(onset_amount__isnull=True, onset_unit="")
                | Q(onset_amount__isnull=False, onset_date__isnull=False) & ~Q(onset_unit=""),
                name="contact_request_onset_duration_complete",
                violation_error_message=_("A duration needs a number, a unit and its date."),
            ),
            # Each also serves the lookup of a form sent again. Requests without a key
            # (the demo's) are left out.
            models.UniqueConstraint(
                fields=["submission_key"],
                condition=~Q(submission_key=""),
                name="contact_request_one_per_submission",
                violation_error_message=_("This form has already been sent."),
            ),
            models.UniqueConstraint(
                fields=["form_started_digest"],
                condition=~Q(form_started_digest=""),
                name="contact_request_one_per_form_start",
                violation_error_message=_("This form has already been sent."),
            ),
            models.CheckConstraint(
                condition=~Q(preferred_contact=PreferredContact.PHONE) | ~Q(phone=""),
                name="contact_request_phone_when_preferred",
                violation_error_message=_("Contact by phone needs a phone number."),
            ),
        ]

    def __str__(self):
        # No name here: this text is copied into the admin's history (LogEntry).
        return _("Request no. %(number)s") % {"number": self.pk or "–"}

    def clean(self):
        super().clean()
        treatments = self.treatments
        if not isinstance(treatments, list) or any(t not in Treatment.values for t in treatments):
            raise ValidationError({"treatments": _("Unknown treatment.")})

    def urgency(self, today: datetime.date | None = None) -> Urgency:
        return urgency_of(self.onset_date, today or timezone.localdate())

    @property
    def acute_on_arrival(self) -> bool:
        """Whether the visitor was told to seek care today (the 72-hour advice)."""
        return self.urgency(timezone.localdate(self.received_at)) == Urgency.ACUTE

    @property
    def onset_as_entered(self) -> str:
        """What the visitor told us, for staff: "3 months ago", a date, or "not known"."""
        if self.onset_amount is not None:
            ago = ONSET_AGO[self.onset_unit] % {"amount": self.onset_amount}
            return _("%(ago)s (entered on %(date)s)") % {
                "ago": ago,
                "date": date_format(timezone.localtime(self.received_at), "SHORT_DATE_FORMAT"),
            }
        if self.onset_date is not None:
            return date_format(self.onset_date, "SHORT_DATE_FORMAT")
        return _("not known")

    def treatment_labels(self) -> list[str]:
        labels = dict(Treatment.choices)
        return [str(labels.get(value, value)) for value in self.treatments or []]


class AppointmentNotificationQuerySet(models.QuerySet):
    def due(self, now: datetime.datetime | None = None):
        """Mails to (re)send: not sent yet, failed, or stuck in "sending" (a killed worker)."""
        now = now or timezone.now()
        return self.filter(attempts__lt=AppointmentNotification.MAX_ATTEMPTS).filter(
            Q(
                state__in=[
                    AppointmentNotification.State.PENDING,
                    AppointmentNotification.State.FAILED,
                ]
            )
            | Q(
                state=AppointmentNotification.State.SENDING,
                last_attempt_at__lt=now - AppointmentNotification.SENDING_TIMEOUT,
            )
        )


class AppointmentNotification(models.Model):
    """One of the two mails a request triggers, and whether it has gone out.

    Each mail has its own row, so a retry never sends the visitor's confirmation
    twice because only the clinic's notification failed.
    """

    # After this many failures the command stops trying (e.g. an address that bounces).
    MAX_ATTEMPTS = 5
    # A mail "sending" for this long belongs to a worker that died; try again.
    SENDING_TIMEOUT = datetime.timedelta(minutes=15)

    class Kind(models.TextChoices):
        CLINIC = "clinic", _("Notification to the clinic")
        VISITOR = "visitor", _("Confirmation to the visitor")

    class State(models.TextChoices):
        PENDING = "pending", _("Pending")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    appointment_request = models.ForeignKey(
        AppointmentRequest,
        verbose_name=_("appointment request"),
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    kind = models.CharField(_("mail"), max_length=10, choices=Kind)
    state = models.CharField(_("state"), max_length=10, choices=State, default=State.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    last_error_at = models.DateTimeField(_("last error"), null=True, blank=True)
    last_error = models.CharField(
        _("kind of error"),
        max_length=100,
        blank=True,
        help_text=_("The technical name of the error only, never the content of the mail."),
    )
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    objects = AppointmentNotificationQuerySet.as_manager()

    class Meta:
        ordering = ["appointment_request", "kind"]
        verbose_name = _("e-mail notification")
        verbose_name_plural = _("e-mail notifications")
        constraints = [
            models.UniqueConstraint(
                fields=["appointment_request", "kind"], name="contact_one_notification_per_kind"
            )
        ]
        indexes = [
            # send_pending_notifications looks for everything not yet sent.
            models.Index(fields=["state"], name="contact_notification_state_idx"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.get_state_display()}"


class RateLimitBucketQuerySet(models.QuerySet):
    def expired(self, now: datetime.datetime | None = None):
        return self.filter(expires_at__lte=now or timezone.now())


class RateLimitBucket(models.Model):
    """How many requests one client sent in one time window (the database rate-limit store).

    ``key`` is a keyed hash of the shortened client address, never the address itself.
    """

    key = models.CharField(_("client key"), max_length=64)
    window_start = models.DateTimeField(_("window start"))
    expires_at = models.DateTimeField(_("expires"))
    count = models.PositiveIntegerField(_("count"), default=0)

    objects = RateLimitBucketQuerySet.as_manager()

    class Meta:
        ordering = ["window_start"]
        verbose_name = _("rate-limit counter")
        verbose_name_plural = _("rate-limit counters")
        constraints = [
            # One counter per client and window; also serves the lookup on every request.
            models.UniqueConstraint(fields=["key", "window_start"], name="contact_one_bucket"),
        ]
        indexes = [
            # Expired counters are deleted by this column.
            models.Index(fields=["expires_at"], name="contact_bucket_expires_idx"),
        ]

    def __str__(self):
        return f"{self.key[:8]}… {self.window_start:%Y-%m-%d %H:%M}: {self.count}"
