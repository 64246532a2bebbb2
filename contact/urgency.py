"""How urgent a request is, from the time since the facial palsy began.

The windows come from the clinic's content brief: cortisone and nerve repair work
within 72 hours; muscles can usually be re-wired (reinnervated) within about 12–18
months, at the latest around 2 years. The category is always computed against today,
never stored, because a request that was "acute" on Monday is not acute on Friday.
"""

import calendar
import datetime

from django.db import models
from django.db.models import Case, Value, When
from django.utils.translation import gettext_lazy as _

from contact.choices import OnsetUnit

# "Within 72 hours" with dates only: today and the three days before count as acute,
# so a borderline case is told to seek care today rather than to wait.
ACUTE_DAYS = 3
WINDOW_MONTHS = 24
# An onset further back is a typing error, not a history.
MAX_YEARS = 100


class Urgency(models.TextChoices):
    # In queue order: the admin sorts by the position in this list.
    ACUTE = "acute", _("Acute (began within 72 hours)")
    WINDOW_OPEN = "window", _("Window open (up to 24 months)")
    LONG_STANDING = "long", _("Long-standing (more than 24 months)")
    UNKNOWN = "unknown", _("Onset unknown")

    @property
    def rank(self) -> int:
        return list(Urgency).index(self) + 1

    @classmethod
    def from_rank(cls, rank: int) -> "Urgency":
        return list(cls)[rank - 1]


def months_before(day: datetime.date, months: int) -> datetime.date:
    """The same day ``months`` calendar months earlier (the 31st becomes the month's last day)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    if year < datetime.MINYEAR:
        raise ValueError("Date before year 1")
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def onset_from_duration(amount: int, unit: str, today: datetime.date) -> datetime.date:
    """The onset date for "``amount`` ``unit`` ago", counted from ``today``."""
    if amount < 0:
        raise ValueError("A duration cannot be negative")
    if unit == OnsetUnit.DAYS:
        return today - datetime.timedelta(days=amount)
    if unit == OnsetUnit.WEEKS:
        return today - datetime.timedelta(weeks=amount)
    if unit == OnsetUnit.MONTHS:
        return months_before(today, amount)
    if unit == OnsetUnit.YEARS:
        return months_before(today, amount * 12)
    raise ValueError(f"Unknown unit {unit!r}")


def earliest_plausible_onset(today: datetime.date) -> datetime.date:
    return months_before(today, MAX_YEARS * 12)


def acute_since(today: datetime.date) -> datetime.date:
    return today - datetime.timedelta(days=ACUTE_DAYS)


def window_since(today: datetime.date) -> datetime.date:
    return months_before(today, WINDOW_MONTHS)


def urgency_of(onset: datetime.date | None, today: datetime.date) -> Urgency:
    if onset is None:
        return Urgency.UNKNOWN
    if onset >= acute_since(today):
        return Urgency.ACUTE
    if onset >= window_since(today):
        return Urgency.WINDOW_OPEN
    return Urgency.LONG_STANDING


def urgency_rank_expression(today: datetime.date, field: str = "onset_date") -> Case:
    """The same rule as ``urgency_of`` for the database: 1 (acute) to 4 (unknown)."""
    return Case(
        When(**{f"{field}__isnull": True}, then=Value(Urgency.UNKNOWN.rank)),
        When(**{f"{field}__gte": acute_since(today)}, then=Value(Urgency.ACUTE.rank)),
        When(**{f"{field}__gte": window_since(today)}, then=Value(Urgency.WINDOW_OPEN.rank)),
        default=Value(Urgency.LONG_STANDING.rank),
        output_field=models.PositiveSmallIntegerField(),
    )
