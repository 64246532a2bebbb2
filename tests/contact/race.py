"""Test-only app for the server processes of tests/contact/test_processes.py: widens the
gap between "was this form stored already?" and storing it, so that concurrent copies of
one form really race for the insert and the database's unique constraint has to decide."""

import os
import time

from django.apps import AppConfig


class WidenResendRaceConfig(AppConfig):
    name = "tests.contact.race"
    label = "test_widen_resend_race"

    def ready(self):
        from contact import views

        check = views.appointment_request_check_new
        delay = float(os.environ["TEST_WIDEN_RESEND_RACE"])

        def check_then_wait(**kwargs):
            check(**kwargs)
            time.sleep(delay)

        views.appointment_request_check_new = check_then_wait
