"""The two mails an appointment request triggers. Neither carries health details.

The clinic's notification says only that a request came in and links to it in the
admin. The visitor's confirmation repeats nothing they typed, not even their name:
an address with a typing error must not tell a stranger who wrote to the clinic.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from contact.models import AppointmentNotification, AppointmentRequest
from content.models import Page


def build_message(notification: AppointmentNotification) -> EmailMultiAlternatives:
    appointment_request = notification.appointment_request
    if notification.kind == AppointmentNotification.Kind.CLINIC:
        return clinic_notification(appointment_request)
    return visitor_confirmation(appointment_request)


def clinic_notification(appointment_request: AppointmentRequest) -> EmailMultiAlternatives:
    admin_url = settings.SITE_URL + reverse(
        "admin:contact_appointmentrequest_change", args=[appointment_request.pk]
    )
    context = {"number": appointment_request.pk, "admin_url": admin_url}
    # The team reads German.
    return _message(
        "appointment_notification",
        context,
        settings.LANGUAGE_CODE,
        list(settings.APPOINTMENT_NOTIFICATION_EMAILS),
    )


def visitor_confirmation(appointment_request: AppointmentRequest) -> EmailMultiAlternatives:
    language = appointment_request.language
    with translation.override(language):
        privacy = Page.objects.published().filter(key="privacy").first()
        context = {
            "site_url": f"{settings.SITE_URL}/{language}/",
            "privacy_url": settings.SITE_URL + privacy.get_absolute_url() if privacy else "",
        }
    return _message("appointment_confirmation", context, language, [appointment_request.email])


def _message(
    name: str, context: dict, language: str, recipients: list[str]
) -> EmailMultiAlternatives:
    with translation.override(language):
        context = {**context, "SITE_NAME": settings.SITE_NAME, "LANGUAGE_CODE": language}
        subject = render_to_string(f"emails/{name}_subject.txt", context)
        text = render_to_string(f"emails/{name}_body.txt", context)
        html = render_to_string(f"emails/{name}_body.html", context)
    # A subject is one line, whatever the template's whitespace.
    subject = " ".join(subject.split())
    message = EmailMultiAlternatives(
        subject=subject, body=text, from_email=settings.DEFAULT_FROM_EMAIL, to=recipients
    )
    message.attach_alternative(html, "text/html")
    return message
