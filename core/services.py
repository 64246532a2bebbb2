"""Site-wide writes that belong to no app."""

import datetime
from dataclasses import dataclass

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.db import transaction
from django.utils import timezone


@dataclass
class LoginRecordsPurgeReport:
    attempts: int
    logins: int
    failures: int


def login_records_purge(
    *, now: datetime.datetime | None = None, dry_run: bool = False
) -> LoginRecordsPurgeReport:
    """Delete the staff login records of django-axes (address, browser, time) that are
    older than AXES_RECORDS_RETENTION_DAYS: failed-attempt counters, successful logins
    and the failure log."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=settings.AXES_RECORDS_RETENTION_DAYS)
    with transaction.atomic():
        old = [
            model.objects.filter(attempt_time__lt=cutoff)
            for model in (AccessAttempt, AccessLog, AccessFailureLog)
        ]
        report = LoginRecordsPurgeReport(*(queryset.count() for queryset in old))
        if not dry_run:
            for queryset in old:
                queryset.delete()
    return report
