import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from content.models import Contributor, Page


@transaction.atomic
def page_mark_reviewed(
    *, page: Page, reviewer: Contributor, reviewed_on: datetime.date | None = None
) -> Page:
    """Record that ``reviewer`` checked the page medically today (or on ``reviewed_on``)."""
    reviewed_on = reviewed_on or timezone.localdate()
    page.reviewer = reviewer
    page.last_reviewed = reviewed_on
    page.next_review = reviewed_on + datetime.timedelta(days=settings.CONTENT_REVIEW_INTERVAL_DAYS)
    page.full_clean()
    page.save()
    return page
