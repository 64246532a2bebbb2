import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q, Value
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from gallery import filenames
from gallery.storage import private_storage


def signed_form_path(consent, filename):
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return filenames.consent_form(consent.patient.case_code, extension, timezone.now())


WITHDRAWAL_FIELDS = {
    "withdrawn_on",
    "withdrawal_channel",
    "withdrawal_note",
    "withdrawn_at",
    "withdrawn_recorded_by",
}


class WebsiteState(models.TextChoices):
    """Whether a consent lets the website show the patient's images today, and if not, why."""

    VALID = "valid", _("valid")
    NOT_FOR_WEBSITE = "not_for_website", _("valid (not for the website)")
    WITHDRAWN = "withdrawn", _("withdrawn")
    EXPIRED = "expired", _("expired")
    NOT_YET_VALID = "not_yet_valid", _("not yet valid")


class ConsentQuerySet(models.QuerySet):
    def with_website_state(self, today=None):
        """Annotate ``website_state`` (a WebsiteState) as of ``today``.

        The one definition of a consent that covers the website: signed (not dated in the
        future), covering the website, not withdrawn, not expired (the day in ``expires_on``
        is still valid). valid_for_website(), and through it every ``displayable()``, and
        the admin's state column and filter are built from it.
        """
        today = today or timezone.localdate()
        return self.annotate(
            website_state=models.Case(
                models.When(withdrawn_at__isnull=False, then=Value(WebsiteState.WITHDRAWN)),
                models.When(expires_on__lt=today, then=Value(WebsiteState.EXPIRED)),
                models.When(date_given__gt=today, then=Value(WebsiteState.NOT_YET_VALID)),
                models.When(scope_website=False, then=Value(WebsiteState.NOT_FOR_WEBSITE)),
                default=Value(WebsiteState.VALID),
                output_field=models.CharField(),
            )
        )

    def valid_for_website(self, today=None):
        return self.with_website_state(today).filter(website_state=WebsiteState.VALID)

    def expiring_within(self, days, today=None):
        today = today or timezone.localdate()
        return self.filter(
            withdrawn_at__isnull=True,
            expires_on__gte=today,
            expires_on__lte=today + timezone.timedelta(days=days),
        )


class Consent(models.Model):
    """A patient's written consent to the use of their images.

    Recorded once and never edited: a mistake is corrected by withdrawing the
    record (noting why) and recording a new one. Every event is in ConsentEvent.
    """

    class Language(models.TextChoices):
        GERMAN = "de", _("German")
        ENGLISH = "en", _("English")
        OTHER = "other", _("other language")

    class Channel(models.TextChoices):
        IN_PERSON = "in_person", _("in person")
        LETTER = "letter", _("letter")
        EMAIL = "email", _("e-mail")
        PHONE = "phone", _("telephone")
        OTHER = "other", _("other")

    patient = models.ForeignKey(
        "gallery.Patient",
        verbose_name=_("patient"),
        on_delete=models.PROTECT,
        related_name="consents",
    )
    scope_website = models.BooleanField(_("this website"), default=False)
    scope_print = models.BooleanField(_("print publications"), default=False)
    scope_teaching = models.BooleanField(_("teaching and lectures"), default=False)
    scope_social_media = models.BooleanField(_("social media"), default=False)
    date_given = models.DateField(_("date of signature"))
    signed_form = models.FileField(
        _("signed form"),
        upload_to=signed_form_path,
        storage=private_storage,
        help_text=_(
            "The scanned form: PDF, JPEG or PNG. Stored privately; only staff can download it."
        ),
    )
    form_version = models.CharField(
        _("form version"),
        max_length=40,
        help_text=_("As printed on the form, e.g. “FP-EW 2026-03”."),
    )
    form_language = models.CharField(_("language of the form"), max_length=5, choices=Language)
    signed_by_patient = models.BooleanField(_("signed by the patient"), default=False)
    signed_by_guardian_1 = models.BooleanField(
        _("signed by the first legal guardian"), default=False
    )
    signed_by_guardian_2 = models.BooleanField(
        _("signed by the second legal guardian"), default=False
    )
    expires_on = models.DateField(
        _("valid until"),
        null=True,
        blank=True,
        help_text=_("Leave empty if the consent has no end date."),
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        on_delete=models.SET_NULL,
        editable=False,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("recorded"), auto_now_add=True)
    withdrawn_on = models.DateField(_("withdrawn on"), null=True, blank=True, editable=False)
    withdrawal_channel = models.CharField(
        _("withdrawn by"), max_length=12, choices=Channel, blank=True, editable=False
    )
    withdrawal_note = models.TextField(_("note on the withdrawal"), blank=True, editable=False)
    withdrawn_at = models.DateTimeField(
        _("withdrawal recorded"), null=True, blank=True, editable=False
    )
    withdrawn_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("withdrawal recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        editable=False,
        related_name="+",
    )

    objects = ConsentQuerySet.as_manager()

    class Meta:
        ordering = ["-date_given", "-recorded_at"]
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        constraints = [
            models.CheckConstraint(
                condition=Q(scope_website=True)
                | Q(scope_print=True)
                | Q(scope_teaching=True)
                | Q(scope_social_media=True),
                name="consent_has_a_scope",
                violation_error_message=_("Tick at least one use the patient agreed to."),
            ),
            models.CheckConstraint(
                condition=Q(expires_on__isnull=True) | Q(expires_on__gt=models.F("date_given")),
                name="consent_expires_after_it_was_given",
                violation_error_message=_("The end date must lie after the date of signature."),
            ),
            models.CheckConstraint(
                condition=Q(withdrawn_at__isnull=True, withdrawn_on__isnull=True)
                | Q(withdrawn_at__isnull=False, withdrawn_on__isnull=False),
                name="consent_withdrawal_complete",
            ),
            models.CheckConstraint(
                condition=Q(withdrawn_on__isnull=True)
                | Q(withdrawn_on__gte=models.F("date_given")),
                name="consent_withdrawn_after_signature",
                violation_error_message=_("A consent cannot be withdrawn before it was signed."),
            ),
        ]
        permissions = [("withdraw_consent", _("Can withdraw a consent"))]

    def __str__(self):
        return _("Consent of %(patient)s, %(date)s") % {
            "patient": self.patient.case_code,
            "date": formats.date_format(self.date_given, "SHORT_DATE_FORMAT"),
        }

    def save(self, *args, **kwargs):
        # Recorded once; afterwards only the withdrawal may be added.
        if self.pk is not None:
            update_fields = set(kwargs.get("update_fields") or ())
            if not update_fields or not update_fields <= WITHDRAWAL_FIELDS:
                raise ValueError("A recorded consent cannot be changed, only withdrawn.")
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        # Staff only: consents have no public page.
        return reverse("admin:gallery_consent_change", args=[self.pk])

    def delete(self, *args, **kwargs):
        raise ValueError("Consents cannot be deleted; withdraw them instead.")

    def clean(self):
        super().clean()
        errors = {}
        today = timezone.localdate()
        if self.date_given and self.date_given > today:
            errors["date_given"] = _("The date of signature cannot lie in the future.")
        if self.patient_id and self.date_given:
            errors.update(self.missing_signatures())
        if errors:
            raise ValidationError(errors)

    def missing_signatures(self) -> dict:
        """Whose signature the form lacks, for the patient's age on the day of signing.

        Minors: both legal guardians, and from 14 on the young person as well. With
        only a year of birth known, the stricter rule applies where the age is unclear.
        """
        errors = {}
        patient = self.patient
        if patient.may_be_minor(self.date_given):
            if not (self.signed_by_guardian_1 and self.signed_by_guardian_2):
                errors["signed_by_guardian_2"] = _(
                    "The patient is (or may be) a minor: both legal guardians must sign."
                )
            if patient.may_be_14_or_older(self.date_given) and not self.signed_by_patient:
                errors["signed_by_patient"] = _(
                    "From the age of 14 the young person must sign as well."
                )
        elif not self.signed_by_patient:
            errors["signed_by_patient"] = _("An adult patient must sign the consent.")
        return errors

    def check_withdrawal_date(self, withdrawn_on: datetime.date) -> None:
        """Refuse a withdrawal date before the signature or in the future (form and service)."""
        if withdrawn_on > timezone.localdate():
            raise ValidationError(
                {"withdrawn_on": _("The date cannot lie in the future.")}, code="future"
            )
        if withdrawn_on < self.date_given:
            raise ValidationError(
                {
                    "withdrawn_on": _(
                        "The withdrawal cannot lie before the date of signature (%(date)s). "
                        "Please check the date."
                    )
                    % {"date": formats.date_format(self.date_given, "SHORT_DATE_FORMAT")}
                },
                code="before_signature",
            )

    @property
    def is_withdrawn(self) -> bool:
        return self.withdrawn_at is not None

    def scopes_display(self) -> str:
        labels = [
            field.verbose_name
            for field in self._meta.fields
            if field.name.startswith("scope_") and getattr(self, field.name)
        ]
        return ", ".join(str(label) for label in labels)


class ConsentEvent(models.Model):
    """The append-only history of a consent: who did what, when."""

    class Action(models.TextChoices):
        RECORDED = "recorded", _("consent recorded")
        WITHDRAWN = "withdrawn", _("consent withdrawn")
        FORM_DOWNLOADED = "form_downloaded", _("signed form downloaded")

    consent = models.ForeignKey(
        Consent, verbose_name=_("consent"), on_delete=models.PROTECT, related_name="events"
    )
    action = models.CharField(_("action"), max_length=20, choices=Action)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Kept as text as well, so that the history survives a deleted staff account.
    actor_name = models.CharField(_("by (name)"), max_length=150)
    at = models.DateTimeField(_("when"), default=timezone.now)
    changes = models.JSONField(_("what changed"), default=dict, blank=True)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("consent history entry")
        verbose_name_plural = _("consent history")
        # The history pages list one consent's events in time order.
        indexes = [models.Index(fields=["consent", "at"], name="consentevent_consent_at")]

    def __str__(self):
        when = timezone.localtime(self.at)
        stamp = f"{formats.date_format(when, 'SHORT_DATE_FORMAT')} {formats.time_format(when)}"
        return f"{self.get_action_display()} – {self.actor_name} – {stamp}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("Consent history entries cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("Consent history entries cannot be deleted.")
