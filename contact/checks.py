from django.conf import settings
from django.core import checks
from django.core.exceptions import ImproperlyConfigured

from contact.ratelimit import parse_rate


@checks.register(checks.Tags.security)
def check_rate_limit(app_configs, **kwargs):
    """A typing error in APPOINTMENT_RATE_LIMIT shows at start-up, not on the first request."""
    try:
        parse_rate(settings.APPOINTMENT_RATE_LIMIT)
    except ImproperlyConfigured as error:
        return [checks.Error(str(error), id="contact.E001")]
    return []


@checks.register()
def check_notification_addresses(app_configs, **kwargs):
    if not settings.APPOINTMENT_NOTIFICATION_EMAILS:
        return [
            checks.Warning(
                "APPOINTMENT_NOTIFICATION_EMAILS is empty: nobody is told about new "
                "appointment requests.",
                id="contact.W001",
            )
        ]
    return []
