import datetime

import pytest

from contact.choices import OnsetUnit
from contact.models import AppointmentRequest
from contact.urgency import Urgency, months_before, onset_from_duration, urgency_of
from tests.contact.factories import appointment_request as make_request

TODAY = datetime.date(2026, 3, 31)


@pytest.mark.parametrize(
    ("months", "expected"),
    [
        (1, datetime.date(2026, 2, 28)),
        (13, datetime.date(2025, 2, 28)),
        (24, datetime.date(2024, 3, 31)),
        (25, datetime.date(2024, 2, 29)),
        (0, TODAY),
    ],
)
def test_months_before_keeps_the_day_or_takes_the_months_last(months, expected):
    assert months_before(TODAY, months) == expected


@pytest.mark.parametrize(
    ("amount", "unit", "expected"),
    [
        (3, OnsetUnit.DAYS, datetime.date(2026, 3, 28)),
        (2, OnsetUnit.WEEKS, datetime.date(2026, 3, 17)),
        (18, OnsetUnit.MONTHS, datetime.date(2024, 9, 30)),
        (2, OnsetUnit.YEARS, datetime.date(2024, 3, 31)),
    ],
)
def test_onset_from_duration(amount, unit, expected):
    assert onset_from_duration(amount, unit, TODAY) == expected


# Each boundary with the day on either side of it, on an ordinary day and on days where
# counting months back needs care (month ends, a leap day). Moving ACUTE_DAYS or
# WINDOW_MONTHS by one, or a boundary by one day, fails a row in Python and in the database.
LEAP_DAY = datetime.date(2028, 2, 29)
BOUNDARIES = [
    (TODAY, None, Urgency.UNKNOWN),
    (TODAY, TODAY, Urgency.ACUTE),
    (TODAY, TODAY - datetime.timedelta(days=3), Urgency.ACUTE),
    (TODAY, TODAY - datetime.timedelta(days=4), Urgency.WINDOW_OPEN),
    (TODAY, datetime.date(2025, 3, 31), Urgency.WINDOW_OPEN),
    (TODAY, datetime.date(2024, 4, 1), Urgency.WINDOW_OPEN),
    (TODAY, datetime.date(2024, 3, 31), Urgency.WINDOW_OPEN),
    (TODAY, datetime.date(2024, 3, 30), Urgency.LONG_STANDING),
    (TODAY, datetime.date(1990, 1, 1), Urgency.LONG_STANDING),
    (LEAP_DAY, LEAP_DAY - datetime.timedelta(days=3), Urgency.ACUTE),
    (LEAP_DAY, LEAP_DAY - datetime.timedelta(days=4), Urgency.WINDOW_OPEN),
    (LEAP_DAY, datetime.date(2026, 2, 28), Urgency.WINDOW_OPEN),
    (LEAP_DAY, datetime.date(2026, 2, 27), Urgency.LONG_STANDING),
    (datetime.date(2026, 3, 1), datetime.date(2026, 2, 26), Urgency.ACUTE),
    (datetime.date(2026, 3, 1), datetime.date(2026, 2, 25), Urgency.WINDOW_OPEN),
    (datetime.date(2026, 3, 1), datetime.date(2024, 3, 1), Urgency.WINDOW_OPEN),
    (datetime.date(2026, 3, 1), datetime.date(2024, 2, 29), Urgency.LONG_STANDING),
]


@pytest.mark.parametrize(("today", "onset", "expected"), BOUNDARIES)
def test_urgency_windows(today, onset, expected):
    assert urgency_of(onset, today) == expected


@pytest.mark.django_db
@pytest.mark.parametrize("today", sorted({today for today, _onset, _expected in BOUNDARIES}))
def test_the_database_draws_the_same_boundaries(today):
    rows = [(onset, expected) for day, onset, expected in BOUNDARIES if day == today]
    made = {
        make_request(name=f"row {n}", onset=onset).pk: expected
        for n, (onset, expected) in enumerate(rows)
    }
    ranked = AppointmentRequest.objects.filter(pk__in=made).with_urgency(today)
    assert {r.pk: Urgency.from_rank(r.urgency_rank) for r in ranked} == made
