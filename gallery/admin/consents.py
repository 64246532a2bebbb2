from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from gallery.admin.lifecycle import lifecycle_view
from gallery.forms import ConsentForm, WithdrawalForm
from gallery.models import Case, Consent, ConsentEvent, MediaItem, WebsiteState
from gallery.services import consent_form_open, consent_record, consent_withdraw


def short_date(value):
    return formats.date_format(value, "SHORT_DATE_FORMAT")


class ConsentStateFilter(admin.SimpleListFilter):
    title = _("state")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [
            ("valid", _("valid for the website")),
            ("expiring", _("expiring within 90 days")),
            ("expired", _("expired")),
            ("withdrawn", _("withdrawn")),
        ]

    def queryset(self, request, queryset):
        today = timezone.localdate()
        match self.value():
            case "valid":
                return queryset.valid_for_website(today)
            case "expiring":
                return queryset.expiring_within(90, today)
            case WebsiteState.EXPIRED | WebsiteState.WITHDRAWN as state:
                return queryset.with_website_state(today).filter(website_state=state)
        return queryset


class ConsentEventInline(admin.TabularInline):
    """The history, read-only: nobody can add, change or delete an entry here."""

    model = ConsentEvent
    fields = ["at", "action", "actor_name", "changes_display"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    verbose_name_plural = _("history")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("what changed"))
    def changes_display(self, event):
        return (
            "; ".join(f"{field}: {old} → {new}" for field, (old, new) in event.changes.items())
            or "–"
        )


@admin.register(Consent)
class ConsentAdmin(admin.ModelAdmin):
    form = ConsentForm
    list_display = ["patient", "date_given", "scopes", "expires_on", "state", "recorded_by"]
    list_filter = [ConsentStateFilter, "scope_website", "scope_social_media", "form_language"]
    list_select_related = ["patient", "recorded_by"]
    search_fields = ["patient__case_code", "patient__internal_reference", "form_version"]
    date_hierarchy = "date_given"
    inlines = [ConsentEventInline]
    actions = None
    fieldsets = [
        (None, {"fields": ["patient", "date_given", "expires_on"]}),
        (
            _("The patient agreed to"),
            {"fields": ["scope_website", "scope_print", "scope_teaching", "scope_social_media"]},
        ),
        (
            _("Signed form"),
            {
                "fields": [
                    "signed_form",
                    "form_version",
                    "form_language",
                    "signed_by_patient",
                    "signed_by_guardian_1",
                    "signed_by_guardian_2",
                ]
            },
        ),
    ]

    def get_inlines(self, request, obj):
        return self.inlines if obj else []  # A new consent has no history yet.

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return self.fieldsets
        return [
            *self.fieldsets[:2],
            (
                _("Signed form"),
                {"fields": ["signed_form_link", "form_version", "form_language", "signatures"]},
            ),
            (_("Record"), {"fields": ["state", "recorded_by", "recorded_at", "withdrawal"]}),
        ]

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return []
        # Recorded once, never edited: every field of a stored consent is read-only.
        return [
            field
            for _title, options in self.get_fieldsets(request, obj)
            for field in options["fields"]
        ]

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        initial.setdefault("date_given", timezone.localdate())
        return initial

    view_on_site = False

    def has_change_permission(self, request, obj=None):
        # Recorded once, never edited: stored consents are shown read-only, without
        # save buttons. Withdrawal has its own page and permission.
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        consent_record(
            consent=obj, signed_form=form.clean_signed_form_data, recorded_by=request.user
        )

    def get_urls(self):
        return [
            path(
                "lifecycle/", self.admin_site.admin_view(lifecycle_view), name="gallery_lifecycle"
            ),
            path(
                "<int:consent_id>/withdraw/",
                self.admin_site.admin_view(self.withdraw_view),
                name="gallery_consent_withdraw",
            ),
            path(
                "<int:consent_id>/signed-form/",
                self.admin_site.admin_view(self.signed_form_view),
                name="gallery_consent_signed_form",
            ),
            *super().get_urls(),
        ]

    # --- columns and read-only fields ----------------------------------------

    @admin.display(description=_("agreed to"))
    def scopes(self, consent):
        return consent.scopes_display()

    def get_queryset(self, request):
        # The state column shows the queryset's own answer (one definition, one query).
        return super().get_queryset(request).with_website_state()

    @admin.display(description=_("state"), ordering="website_state")
    def state(self, consent):
        if consent.website_state == WebsiteState.WITHDRAWN:
            return _("withdrawn on %(date)s") % {"date": short_date(consent.withdrawn_on)}
        return WebsiteState(consent.website_state).label

    @admin.display(description=_("signed form"))
    def signed_form_link(self, consent):
        url = reverse("admin:gallery_consent_signed_form", args=[consent.pk])
        return format_html('<a href="{}">{}</a>', url, _("Download the signed form"))

    @admin.display(description=_("signed by"))
    def signatures(self, consent):
        names = [
            str(field.verbose_name)
            for field in consent._meta.fields
            if field.name.startswith("signed_by_") and getattr(consent, field.name)
        ]
        return "; ".join(names) or "–"

    @admin.display(description=_("withdrawal"))
    def withdrawal(self, consent):
        if not consent.is_withdrawn:
            return "–"
        return _("%(date)s, %(channel)s, recorded by %(user)s. %(note)s") % {
            "date": short_date(consent.withdrawn_on),
            "channel": consent.get_withdrawal_channel_display(),
            "user": consent.withdrawn_recorded_by or "–",
            "note": consent.withdrawal_note,
        }

    # --- withdrawal and the signed form ---------------------------------------

    def withdraw_view(self, request, consent_id):
        consent = get_object_or_404(Consent.objects.select_related("patient"), pk=consent_id)
        if not request.user.has_perm("gallery.withdraw_consent"):
            raise PermissionDenied
        if consent.is_withdrawn:
            messages.info(request, _("This consent has already been withdrawn."))
            return redirect("admin:gallery_consent_change", consent.pk)
        form = WithdrawalForm(
            request.POST or None,
            consent=consent,
            initial={"withdrawn_on": timezone.localdate(), "channel": "in_person"},
        )
        if request.method == "POST" and form.is_valid():
            try:
                consent_withdraw(
                    consent=consent,
                    withdrawn_on=form.cleaned_data["withdrawn_on"],
                    channel=form.cleaned_data["channel"],
                    note=form.cleaned_data["note"],
                    recorded_by=request.user,
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    request,
                    _("The consent is withdrawn. Nothing published under it is shown any more."),
                )
                return redirect("admin:gallery_consent_change", consent.pk)
        items = MediaItem.objects.filter(consent=consent).select_related("case")
        public_items = MediaItem.objects.displayable().filter(consent=consent)
        remaining = MediaItem.objects.displayable().exclude(consent=consent).values("case_id")
        cases_going_offline = (
            Case.objects.displayable().filter(items__in=public_items).exclude(pk__in=remaining)
        )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Withdraw consent"),
            "consent": consent,
            "form": form,
            "items": items,
            "public_items": set(public_items.values_list("pk", flat=True)),
            "cases_going_offline": list(cases_going_offline.distinct()),
        }
        return TemplateResponse(request, "admin/gallery/consent/withdraw.html", context)

    def signed_form_view(self, request, consent_id):
        consent = get_object_or_404(Consent, pk=consent_id)
        if not self.has_view_permission(request, consent):
            raise PermissionDenied
        handle = consent_form_open(consent=consent, user=request.user)
        extension = consent.signed_form.name.rsplit(".", 1)[-1]
        # Always a download, never shown inline: the browser must not render the file.
        response = FileResponse(
            handle,
            as_attachment=True,
            filename=f"consent-{consent.patient.case_code}-{consent.date_given.isoformat()}"
            f".{extension}",
            content_type="application/pdf" if extension == "pdf" else "image/jpeg",
        )
        response["X-Content-Type-Options"] = "nosniff"
        response["Cache-Control"] = "private, no-store"
        return response
