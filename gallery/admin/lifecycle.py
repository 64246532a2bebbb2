"""One page for the media team: what needs attention in the consent lifecycle."""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gallery.models import Consent, ConsentEvent, MediaItem, Patient


def lifecycle_view(request):
    if not request.user.has_perm("gallery.view_consent"):
        raise PermissionDenied
    today = timezone.localdate()
    context = {
        **admin.site.each_context(request),
        "title": _("Consent lifecycle"),
        "today": today,
        "expiring": Consent.objects.expiring_within(90, today)
        .select_related("patient")
        .order_by("expires_on"),
        "unconsented": MediaItem.objects.without_valid_website_consent(today)
        .select_related("case__patient", "consent")
        .order_by("case__patient__case_code"),
        "turning_14": _turning(14, today),
        "turning_18": _turning(18, today),
        "withdrawals": ConsentEvent.objects.filter(action=ConsentEvent.Action.WITHDRAWN)
        .select_related("consent__patient")
        .order_by("-at")[:100],
    }
    return TemplateResponse(request, "admin/gallery/lifecycle.html", context)


def _turning(age, today):
    """Patients who turn ``age`` in the coming year and have consents in force."""
    return (
        Patient.objects.reaching_age_within_a_year(age, today)
        .filter(consents__withdrawn_at__isnull=True)
        .distinct()
        .order_by("birth_year", "case_code")
    )
