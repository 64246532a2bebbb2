import datetime

import pytest

from contact.choices import OnsetUnit
from contact.models import AppointmentRequest
from contact.urgency import Urgency, months_before, onset_from_duration, urgency_of

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


@pytest.mark.parametrize(
    ("onset", "expected"),
    [
        (TODAY, Urgency.ACUTE),
        (TODAY - datetime.timedelta(days=3), Urgency.ACUTE),
        (TODAY - datetime.timedelta(days=4), Urgency.WINDOW_OPEN),
        (datetime.date(2024, 3, 31), Urgency.WINDOW_OPEN),
        (datetime.date(2024, 3, 30), Urgency.LONG_STANDING),
        (None, Urgency.UNKNOWN),
    ],
)
def test_urgency_windows(onset, expected):
    assert urgency_of(onset, TODAY) == expected


@pytest.mark.django_db
def test_database_and_python_agree_on_the_urgency():
    for appointment_request in AppointmentRequest.objects.with_urgency(TODAY):
        expected = appointment_request.urgency(TODAY)
        assert Urgency.from_rank(appointment_request.urgency_rank) == expected
