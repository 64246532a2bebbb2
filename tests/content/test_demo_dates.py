import datetime
from io import StringIO

import pytest
from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from content.demo import load as load_content_demo
from content.demo.loader import OVERDUE_PAGE, page_texts
from content.models import Page

pytestmark = pytest.mark.django_db


def reload_demo_pages(monkeypatch, today):
    """Load the demo pages afresh as if the site were set up on ``today``."""
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: today)
    # Pages inside sections first: a section is protected while it has pages.
    Page.objects.filter(parent__isnull=False).delete()
    Page.objects.all().delete()
    load_content_demo(BaseCommand(stdout=StringIO(), stderr=StringIO()))


def test_demo_loaded_two_years_ahead_has_only_the_deliberate_page_overdue(monkeypatch):
    future = timezone.localdate() + datetime.timedelta(days=2 * 365)
    reload_demo_pages(monkeypatch, future)
    overdue = Page.objects.review_overdue(today=future)
    assert list(overdue.values_list("key", flat=True)) == [OVERDUE_PAGE]


def test_demo_review_dates_keep_their_spacing_and_end_a_few_weeks_before_today(monkeypatch):
    today = datetime.date(2031, 3, 15)
    reload_demo_pages(monkeypatch, today)
    written = {
        key: datetime.date.fromisoformat(text["last_reviewed"])
        for key, text in page_texts().items()
        if "last_reviewed" in text and key != OVERDUE_PAGE
    }
    newest = max(written.values())
    interval = datetime.timedelta(days=settings.CONTENT_REVIEW_INTERVAL_DAYS)
    pages = Page.objects.filter(key__in=written)
    assert pages.count() == len(written)
    shifts = set()
    for page in pages:
        assert page.last_reviewed < today
        assert page.next_review == page.last_reviewed + interval
        # The distance to the newest written date is kept, so one shift serves every page.
        shifts.add(page.last_reviewed - (written[page.key] - newest))
    assert len(shifts) == 1
    newest_loaded = shifts.pop()
    assert datetime.timedelta(days=7) <= today - newest_loaded <= datetime.timedelta(days=42)


def test_the_deliberately_overdue_page_is_overdue_by_a_month(monkeypatch):
    today = datetime.date(2031, 3, 15)
    reload_demo_pages(monkeypatch, today)
    page = Page.objects.get(key=OVERDUE_PAGE)
    assert page.next_review == today - datetime.timedelta(days=30)
    assert page.review_overdue(today=today)
