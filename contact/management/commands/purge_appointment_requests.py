from django.conf import settings
from django.core.management.base import BaseCommand

from contact.services import appointment_requests_purge


class Command(BaseCommand):
    help = (
        "Delete appointment requests received more than APPOINTMENT_RETENTION_DAYS days ago, "
        "with their e-mail records and admin history, and the rate-limit counters whose "
        "window has ended. Prints counts only. Run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be deleted."
        )

    def handle(self, *args, dry_run=False, **options):
        report = appointment_requests_purge(dry_run=dry_run)
        verb = "would be deleted (dry run)" if dry_run else "deleted"
        self.stdout.write(
            self.style.SUCCESS(
                f"Retention {settings.APPOINTMENT_RETENTION_DAYS} days; {verb}: "
                f"requests {report.requests}, e-mail records {report.notifications}, "
                f"admin history entries {report.log_entries}, "
                f"expired rate-limit counters {report.rate_limit_buckets}."
            )
        )
