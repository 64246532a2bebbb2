"""Rows for content tests, built on demand instead of relying on the demo content."""

import datetime
import itertools

from django.utils import timezone

from content.models import Contributor, Page

_numbers = itertools.count(1)


def contributor(**fields) -> Contributor:
    number = next(_numbers)
    return Contributor.objects.create(**{"name": f"Test Reviewer {number}", **fields})


def page(*, parent=None, reviewed_days_ago=30, **fields) -> Page:
    """A published medical page (a section without ``parent``), reviewed and not overdue.

    ``reviewed_days_ago`` past the review interval makes it overdue; ``status="draft"``
    gives a draft.
    """
    number = next(_numbers)
    reviewed = timezone.localdate() - datetime.timedelta(days=reviewed_days_ago)
    person = contributor()
    values = {
        "title_de": f"Testseite {number}",
        "title_en": f"Test page {number}",
        "slug_de": f"testseite-{number}",
        "slug_en": f"test-page-{number}",
        "summary_de": "Zusammenfassung.",
        "summary_en": "Summary.",
        "body_de": "<p>Text.</p>",
        "body_en": "<p>Text.</p>",
        "status": Page.Status.PUBLISHED,
        "author": person,
        "reviewer": person,
        "last_reviewed": reviewed,
        "next_review": reviewed + datetime.timedelta(days=365),
        "parent": parent,
        **fields,
    }
    created = Page(**values)
    created.full_clean()
    created.save()
    return created
