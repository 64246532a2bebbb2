import datetime
import secrets

from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

CASE_CODE_PATTERN = r"^[A-Z0-9][A-Z0-9-]{2,19}$"


def new_case_code() -> str:
    # "FP-" and six characters without look-alikes (no 0/O, 1/I).
    alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
    return "FP-" + "".join(secrets.choice(alphabet) for _ in range(6))


class AgeGroup(models.TextChoices):
    CHILD = "child", _("child (under 14)")
    ADOLESCENT = "adolescent", _("adolescent (14–17)")
    ADULT = "adult", _("adult (18–64)")
    SENIOR = "senior", _("older adult (65 and over)")


class PatientQuerySet(models.QuerySet):
    def reaching_age_within_a_year(self, age, today=None):
        """Patients who turn ``age`` between today and a year from now.

        Only the year of birth is stored, so a patient born in year Y turns 14 some
        time in Y + 14: that year and the next one can both fall into the window.
        """
        today = today or timezone.localdate()
        years = {today.year - age, (today + datetime.timedelta(days=365)).year - age}
        return self.filter(birth_year__in=years)


class Patient(models.Model):
    """A patient, pseudonymous: the public sees the case code only."""

    case_code = models.CharField(
        _("case code"),
        max_length=20,
        unique=True,
        default=new_case_code,
        validators=[RegexValidator(CASE_CODE_PATTERN, _("Capital letters, digits and hyphens."))],
        help_text=_("Shown publicly with the patient's images. Never use names or initials."),
    )
    internal_reference = models.CharField(
        _("internal reference"),
        max_length=60,
        blank=True,
        help_text=_("For staff only, e.g. the hospital's case number. Never shown publicly."),
    )
    birth_year = models.PositiveSmallIntegerField(
        _("year of birth"),
        null=True,
        blank=True,
        help_text=_("Needed for minors: it decides whose signatures a consent needs."),
    )
    age_group = models.CharField(
        _("age group"),
        max_length=12,
        choices=AgeGroup,
        blank=True,
        help_text=_("If the year of birth is not recorded."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = PatientQuerySet.as_manager()

    class Meta:
        ordering = ["case_code"]
        verbose_name = _("patient")
        verbose_name_plural = _("patients")
        constraints = [
            models.CheckConstraint(
                condition=Q(birth_year__isnull=False) | ~Q(age_group=""),
                name="patient_has_year_of_birth_or_age_group",
                violation_error_message=_("Give the year of birth or the age group."),
            ),
            models.CheckConstraint(
                condition=Q(birth_year__isnull=True) | Q(birth_year__gte=1900),
                name="patient_birth_year_plausible",
                violation_error_message=_("The year of birth is not plausible."),
            ),
        ]

    def __str__(self):
        return self.case_code

    def possible_ages(self, on: datetime.date) -> tuple[int, int] | None:
        """The youngest and oldest age the patient can have on ``on`` (year of birth only)."""
        if self.birth_year is None:
            return None
        return on.year - self.birth_year - 1, on.year - self.birth_year

    def may_be_minor(self, on: datetime.date) -> bool:
        """True unless the patient is certainly 18 or older on ``on``."""
        ages = self.possible_ages(on)
        if ages is None:
            return self.age_group in {AgeGroup.CHILD, AgeGroup.ADOLESCENT}
        return ages[0] < 18

    def may_be_14_or_older(self, on: datetime.date) -> bool:
        ages = self.possible_ages(on)
        if ages is None:
            return self.age_group != AgeGroup.CHILD
        return ages[1] >= 14

    @property
    def is_minor(self) -> bool:
        return self.may_be_minor(timezone.localdate())
