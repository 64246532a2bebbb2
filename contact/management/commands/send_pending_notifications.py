from django.core.management.base import BaseCommand

from contact.models import AppointmentNotification
from contact.services import notifications_send_pending


class Command(BaseCommand):
    help = (
        "Send the appointment-request e-mails that are still pending, e.g. because the mail "
        "server was down. Each mail is retried on its own, so nobody gets a confirmation "
        "twice. Run it every few minutes (cron or a systemd timer)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count the mails that would be sent."
        )

    def handle(self, *args, dry_run=False, **options):
        report = notifications_send_pending(dry_run=dry_run)
        if dry_run:
            self.stdout.write(f"{report.sent} e-mail(s) would be sent (dry run).")
        else:
            self.stdout.write(
                self.style.SUCCESS(f"{report.sent} e-mail(s) sent, {report.failed} failed.")
            )
        if report.given_up:
            self.stderr.write(
                self.style.WARNING(
                    f"{report.given_up} e-mail(s) failed {AppointmentNotification.MAX_ATTEMPTS} "
                    "times and are no longer retried; see the requests' e-mail state in the admin."
                )
            )
