"""When the facial palsy began, from what the form offers: a date, "… ago", or "I don't know".

A pure function, so that every branch is tested on its own (tests/contact/test_onset.py);
the form only calls it and shows the errors by their fields.
"""

import datetime
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from contact.choices import OnsetUnit
from contact.urgency import earliest_plausible_onset, onset_from_duration

MESSAGES = {
    "unknown_and_given": _(
        "You ticked “I don't know” and also gave a date or how long ago. "
        "Please do only one of these."
    ),
    "date_and_duration": _("Please give either the date or how long ago it began, not both."),
    "future": _("This date lies in the future."),
    "date_too_long_ago": _("This date is more than 100 years ago."),
    "unit_missing": _("Choose days, weeks, months or years."),
    "negative": _("The number cannot be negative."),
    "duration_too_long_ago": _("That is more than 100 years ago."),
    "amount_missing": _("Enter how many days, weeks, months or years."),
    "missing": _(
        "Tell us when the facial palsy began: the date, how long ago, or tick “I don't know”."
    ),
}


@dataclass(frozen=True)
class OnsetResult:
    """The onset date (None: not known, or not valid) and the unit to keep (only with a
    number), or the errors: field name → code (a key of ``MESSAGES``)."""

    date: datetime.date | None = None
    unit: str = ""
    errors: dict[str, str] = field(default_factory=dict)


def resolve_onset(
    *,
    date: datetime.date | None,
    amount: int | None,
    unit: str,
    unknown: bool,
    today: datetime.date,
) -> OnsetResult:
    if unknown and (date is not None or amount is not None):
        return OnsetResult(errors={"onset_unknown": "unknown_and_given"})
    if date is not None and amount is not None:
        return OnsetResult(errors={"onset_date": "date_and_duration"})
    if date is not None:
        if date > today:
            return OnsetResult(errors={"onset_date": "future"})
        if date < earliest_plausible_onset(today):
            return OnsetResult(errors={"onset_date": "date_too_long_ago"})
        return OnsetResult(date=date)
    if amount is not None:
        return _from_duration(amount, unit, today)
    if unknown:
        return OnsetResult()
    if unit:
        return OnsetResult(errors={"onset_amount": "amount_missing"})
    return OnsetResult(errors={"onset_date": "missing"})


def _from_duration(amount: int, unit: str, today: datetime.date) -> OnsetResult:
    if unit not in OnsetUnit.values:
        return OnsetResult(errors={"onset_unit": "unit_missing"})
    if amount < 0:
        return OnsetResult(errors={"onset_amount": "negative"})
    try:
        onset = onset_from_duration(amount, unit, today)
    except (ValueError, OverflowError):
        onset = None  # before the year 1
    if onset is None or onset < earliest_plausible_onset(today):
        return OnsetResult(errors={"onset_amount": "duration_too_long_ago"})
    return OnsetResult(date=onset, unit=unit)
