from django.conf import settings
from django.core.management.base import BaseCommand

from core.services import login_records_purge


class Command(BaseCommand):
    help = (
        "Delete staff login records (failed attempts, logins, failure log of django-axes) "
        "older than AXES_RECORDS_RETENTION_DAYS days. Prints counts only. Run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be deleted."
        )

    def handle(self, *args, dry_run=False, **options):
        report = login_records_purge(dry_run=dry_run)
        verb = "would be deleted (dry run)" if dry_run else "deleted"
        self.stdout.write(
            self.style.SUCCESS(
                f"Retention {settings.AXES_RECORDS_RETENTION_DAYS} days; {verb}: "
                f"failed-attempt records {report.attempts}, logins {report.logins}, "
                f"failure log entries {report.failures}."
            )
        )
