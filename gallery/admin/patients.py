from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from gallery.models import Consent, Patient


class ConsentInline(admin.TabularInline):
    model = Consent
    fields = ["date_given", "scopes_display", "expires_on", "withdrawn_on"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False  # Consents are recorded on their own page, with the signed form.

    @admin.display(description=_("agreed to"))
    def scopes_display(self, consent):
        return consent.scopes_display()


@admin.register(Patient)
class PatientAdmin(admin.ModelAdmin):
    list_display = ["case_code", "internal_reference", "birth_year", "age_group", "minor"]
    search_fields = ["case_code", "internal_reference"]
    list_filter = ["age_group"]
    inlines = [ConsentInline]
    readonly_fields = ["record_consent"]
    fields = ["case_code", "internal_reference", "birth_year", "age_group", "record_consent"]

    @admin.display(boolean=True, description=_("minor"))
    def minor(self, patient):
        return patient.is_minor

    @admin.display(description=_("consent"))
    def record_consent(self, patient):
        if not patient.pk:
            return _("Save the patient first.")
        url = reverse("admin:gallery_consent_add") + f"?patient={patient.pk}"
        return format_html('<a class="button" href="{}">{}</a>', url, _("Record a consent"))

    def has_delete_permission(self, request, obj=None):
        # A patient's consents and their history must stay.
        return False
