from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_totp.models import TOTPDevice


class Command(BaseCommand):
    help = (
        "Enrol an authenticator app (TOTP) for a staff account and print the secret to enter "
        "in the app. Needed once for the first account; further devices can be added in the admin."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--name", default="Authenticator app", help="A name for the device.")

    def handle(self, username, name, **options):
        user = get_user_model().objects.filter(username=username, is_staff=True).first()
        if user is None:
            raise CommandError(f"No staff account named {username!r}.")
        device = TOTPDevice.objects.create(user=user, name=name, confirmed=True)
        self.stdout.write(
            "Add this account to an authenticator app (e.g. by entering the key by hand):\n"
            f"  key:  {device.config_url.split('secret=')[1].split('&')[0]}\n"
            f"  link: {device.config_url}\n"
            "Then log in at /admin/ with the password and the app's current six-digit code."
        )
        self.stdout.write(self.style.SUCCESS(f"Device {device.pk} enrolled for {username}."))
