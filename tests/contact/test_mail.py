import email
import logging
import smtplib
from io import StringIO

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command

from contact.models import AppointmentNotification, AppointmentRequest
from contact.services import notification_send
from tests.contact.conftest import valid_data

pytestmark = pytest.mark.django_db

State = AppointmentNotification.State
Kind = AppointmentNotification.Kind


class DownBackend(EmailBackend):
    """A mail server that refuses every connection and names the recipient, as SMTP does."""

    def send_messages(self, messages):
        raise smtplib.SMTPRecipientsRefused({messages[0].to[0]: (550, b"unreachable")})


class ClinicDownBackend(EmailBackend):
    """Only the clinic's own address fails."""

    def send_messages(self, messages):
        if "termine@example.org" in messages[0].to:
            raise ConnectionRefusedError("connection refused")
        return super().send_messages(messages)


def use_backend(settings, backend):
    settings.MAILERS = {"default": {"BACKEND": f"{__name__}.{backend.__name__}"}}


def latest_request() -> AppointmentRequest:
    return AppointmentRequest.objects.latest("pk")


def test_a_mail_failure_keeps_the_request_marks_it_and_logs_no_personal_data(
    submit, settings, caplog
):
    use_backend(settings, DownBackend)
    with caplog.at_level(logging.WARNING, logger="contact"):
        response = submit(valid_data(name="Gundula Geheim", email="gundula@example.org"))
    assert response.status_code == 302
    stored = latest_request()
    assert stored.name == "Gundula Geheim"
    states = {n.kind: n for n in stored.notifications.all()}
    assert {n.state for n in states.values()} == {State.FAILED}
    assert all(n.attempts == 1 and n.last_error_at for n in states.values())
    assert states[Kind.VISITOR].last_error == "SMTPRecipientsRefused"
    logged = caplog.text
    assert f"Appointment request {stored.pk}" in logged
    for private in ("Gundula", "gundula@", "Bell", "cortisone", "Auge"):
        assert private not in logged


def test_send_pending_notifications_sends_what_failed_later(submit, settings, mailoutbox):
    use_backend(settings, DownBackend)
    submit()
    stored = latest_request()
    use_backend(settings, EmailBackend)
    out = StringIO()
    call_command("send_pending_notifications", stdout=out)
    assert {n.state for n in stored.notifications.all()} == {State.SENT}
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert "erika@example.org" in recipients and "termine@example.org" in recipients
    assert "sent, 0 failed" in out.getvalue()


def test_only_the_failed_mail_is_retried_so_nobody_gets_two_confirmations(
    submit, settings, mailoutbox
):
    use_backend(settings, ClinicDownBackend)
    submit()
    stored = latest_request()
    states = dict(stored.notifications.values_list("kind", "state"))
    assert states == {Kind.CLINIC: State.FAILED, Kind.VISITOR: State.SENT}
    assert [m.to for m in mail.outbox] == [["erika@example.org"]]

    use_backend(settings, EmailBackend)
    for _run in range(2):
        call_command("send_pending_notifications", stdout=StringIO())
    confirmations = [m for m in mail.outbox if m.to == ["erika@example.org"]]
    notifications = [m for m in mail.outbox if f"/{stored.pk}/change/" in m.body]
    assert len(confirmations) == 1 and len(notifications) == 1


def test_dry_run_sends_nothing(submit, settings, mailoutbox):
    use_backend(settings, DownBackend)
    submit()
    use_backend(settings, EmailBackend)
    out = StringIO()
    call_command("send_pending_notifications", "--dry-run", stdout=out)
    assert not mail.outbox
    assert "would be sent" in out.getvalue()


def test_a_mail_being_sent_elsewhere_is_not_sent_twice(submit, settings, mailoutbox):
    use_backend(settings, DownBackend)
    submit()
    notification = latest_request().notifications.get(kind=Kind.CLINIC)
    use_backend(settings, EmailBackend)
    # Another worker claimed it a moment ago.
    AppointmentNotification.objects.filter(pk=notification.pk).update(state=State.SENDING)
    assert notification_send(notification=notification) is None
    assert not mail.outbox


def test_a_mail_stuck_in_sending_is_retried_after_a_while(submit, settings, mailoutbox):
    use_backend(settings, DownBackend)
    submit()
    notification = latest_request().notifications.get(kind=Kind.CLINIC)
    use_backend(settings, EmailBackend)
    stale = notification.last_attempt_at - AppointmentNotification.SENDING_TIMEOUT * 2
    AppointmentNotification.objects.filter(pk=notification.pk).update(
        state=State.SENDING, last_attempt_at=stale
    )
    assert notification_send(notification=notification) is True


def test_retries_stop_after_the_maximum_and_the_command_says_so(submit, settings):
    use_backend(settings, DownBackend)
    submit()
    err = StringIO()
    for _attempt in range(AppointmentNotification.MAX_ATTEMPTS + 1):
        call_command("send_pending_notifications", stdout=StringIO(), stderr=err)
    notifications = latest_request().notifications.all()
    assert {n.attempts for n in notifications} == {AppointmentNotification.MAX_ATTEMPTS}
    assert "no longer retried" in err.getvalue()


def test_mail_headers_are_only_the_usual_ones(submit, mailoutbox):
    submit(valid_data(language="de"))
    expected = {"content-type", "mime-version", "subject", "from", "to", "date", "message-id"}
    for message in mailoutbox:
        parsed = email.message_from_bytes(message.message().as_bytes())
        assert {name.lower() for name in parsed} <= expected
        assert "\n" not in message.subject and "\r" not in message.subject
