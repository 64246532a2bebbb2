"""Every branch of the onset rule (contact/onset.py), as a table."""

import datetime

import pytest

from contact.onset import MESSAGES, OnsetResult, resolve_onset

TODAY = datetime.date(2026, 3, 31)
DAY = datetime.timedelta(days=1)
EARLIEST = datetime.date(1926, 3, 31)  # 100 years before TODAY


def error(field: str, code: str) -> OnsetResult:
    return OnsetResult(errors={field: code})


@pytest.mark.parametrize(
    ("date", "amount", "unit", "unknown", "expected"),
    [
        # "I don't know" alone, also with a unit left selected.
        (None, None, "", True, OnsetResult()),
        (None, None, "weeks", True, OnsetResult()),
        # "I don't know" and something else given.
        (TODAY, None, "", True, error("onset_unknown", "unknown_and_given")),
        (None, 3, "days", True, error("onset_unknown", "unknown_and_given")),
        (None, 0, "", True, error("onset_unknown", "unknown_and_given")),
        # A date and a duration.
        (TODAY, 3, "days", False, error("onset_date", "date_and_duration")),
        (TODAY, 3, "", False, error("onset_date", "date_and_duration")),
        # A date: today, the 100-year limit, the day after it, the future.
        (TODAY, None, "", False, OnsetResult(date=TODAY)),
        (EARLIEST, None, "", False, OnsetResult(date=EARLIEST)),
        (EARLIEST - DAY, None, "", False, error("onset_date", "date_too_long_ago")),
        (TODAY + DAY, None, "", False, error("onset_date", "future")),
        # A unit left selected beside a date is dropped.
        (TODAY, None, "weeks", False, OnsetResult(date=TODAY)),
        # A duration in each unit, counted back from today.
        (None, 0, "days", False, OnsetResult(date=TODAY, unit="days")),
        (None, 3, "days", False, OnsetResult(date=datetime.date(2026, 3, 28), unit="days")),
        (None, 2, "weeks", False, OnsetResult(date=datetime.date(2026, 3, 17), unit="weeks")),
        (None, 1, "months", False, OnsetResult(date=datetime.date(2026, 2, 28), unit="months")),
        (None, 2, "years", False, OnsetResult(date=datetime.date(2024, 3, 31), unit="years")),
        (None, 100, "years", False, OnsetResult(date=EARLIEST, unit="years")),
        (None, 101, "years", False, error("onset_amount", "duration_too_long_ago")),
        (None, 1201, "months", False, error("onset_amount", "duration_too_long_ago")),
        (None, 36525, "days", False, OnsetResult(date=EARLIEST, unit="days")),
        (None, 36526, "days", False, error("onset_amount", "duration_too_long_ago")),
        # Before the year 1: no date at all.
        (None, 10**7, "days", False, error("onset_amount", "duration_too_long_ago")),
        (None, 10**6, "years", False, error("onset_amount", "duration_too_long_ago")),
        (None, -1, "days", False, error("onset_amount", "negative")),
        # A number without a unit, or with one that is not offered.
        (None, 3, "", False, error("onset_unit", "unit_missing")),
        (None, 3, "fortnights", False, error("onset_unit", "unit_missing")),
        # A unit without a number.
        (None, None, "days", False, error("onset_amount", "amount_missing")),
        # Nothing at all.
        (None, None, "", False, error("onset_date", "missing")),
    ],
)
def test_resolve_onset(date, amount, unit, unknown, expected):
    result = resolve_onset(date=date, amount=amount, unit=unit, unknown=unknown, today=TODAY)
    assert result == expected
    assert all(code in MESSAGES for code in result.errors.values())
    assert not (result.errors and (result.date or result.unit))
