import datetime

from django.contrib import admin, messages
from django.contrib.admin.models import CHANGE, LogEntry
from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import format_html_join
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from contact.choices import OPEN_STATUSES, Status
from contact.export import requests_csv
from contact.models import AppointmentNotification, AppointmentRequest
from contact.services import notification_send
from contact.urgency import Urgency


class StatusFilter(admin.SimpleListFilter):
    title = _("status")
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return [("open", _("Open (new, in progress, contacted)")), *Status.choices]

    def queryset(self, request, queryset):
        if self.value() == "open":
            return queryset.filter(status__in=OPEN_STATUSES)
        if self.value() in Status.values:
            return queryset.filter(status=self.value())
        return queryset


class UrgencyFilter(admin.SimpleListFilter):
    title = _("urgency")
    parameter_name = "urgency"

    def lookups(self, request, model_admin):
        return Urgency.choices

    def queryset(self, request, queryset):
        if self.value() in Urgency.values:
            return queryset.filter(urgency_rank=Urgency(self.value()).rank)
        return queryset


class AgeFilter(admin.SimpleListFilter):
    title = _("received")
    parameter_name = "age"
    DAYS = {"week": 7, "month": 30}

    def lookups(self, request, model_admin):
        return [
            ("week", _("in the last 7 days")),
            ("month", _("in the last 30 days")),
            ("older", _("more than 30 days ago")),
        ]

    def queryset(self, request, queryset):
        now = timezone.now()
        if self.value() in self.DAYS:
            since = now - datetime.timedelta(days=self.DAYS[self.value()])
            return queryset.filter(received_at__gte=since)
        if self.value() == "older":
            return queryset.filter(received_at__lt=now - datetime.timedelta(days=30))
        return queryset


class MailFilter(admin.SimpleListFilter):
    title = _("e-mails")
    parameter_name = "mail"

    def lookups(self, request, model_admin):
        return [("unsent", _("not (yet) sent"))]

    def queryset(self, request, queryset):
        if self.value() == "unsent":
            unsent = AppointmentNotification.objects.exclude(
                state=AppointmentNotification.State.SENT
            )
            return queryset.filter(pk__in=unsent.values("appointment_request"))
        return queryset


class NotificationInline(admin.TabularInline):
    model = AppointmentNotification
    fields = ["kind", "state", "attempts", "last_attempt_at", "last_error_at", "last_error"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(AppointmentRequest)
class AppointmentRequestAdmin(admin.ModelAdmin):
    list_display = [
        "received_at",
        "urgency_label",
        "onset_date",
        "status",
        "assignee",
        "name",
        "patient",
        "mail_state",
    ]
    list_display_links = ["received_at", "urgency_label"]
    list_filter = [StatusFilter, UrgencyFilter, AgeFilter, "assignee", MailFilter]
    list_select_related = ["assignee"]
    search_fields = ["name", "email"]
    actions = ["export_csv", "send_pending_mails"]
    inlines = [NotificationInline]
    fieldsets = [
        (_("Triage"), {"fields": ["received_at", "urgency_label", "status", "assignee"]}),
        (_("Internal notes"), {"fields": ["internal_notes"]}),
        (
            _("Contact"),
            {"fields": ["name", "email", "phone", "preferred_contact", "language"]},
        ),
        (
            _("Facial palsy"),
            {
                "fields": [
                    "patient",
                    "onset_date",
                    "onset_as_entered",
                    "cause",
                    "side",
                    "treatment_list",
                    "referred",
                    "message",
                ]
            },
        ),
        (
            _("Consent"),
            {
                "fields": ["consent_text", "consent_version", "consent_given_at"],
                "classes": ["collapse"],
            },
        ),
    ]
    # What the visitor sent stays as sent; staff change the triage fields only.
    readonly_fields = [
        field
        for _title, options in fieldsets
        for field in options["fields"]
        if field not in {"status", "assignee", "internal_notes"}
    ]

    def get_queryset(self, request):
        # As ModelAdmin.get_queryset, with the urgency annotated before the ordering uses it.
        queryset = AppointmentRequest.objects.with_urgency().prefetch_related("notifications")
        return queryset.order_by(*self.get_ordering(request))

    def get_ordering(self, request):
        # The front desk's queue, and the one definition of it: by urgency, then the
        # oldest onset first (its window closes soonest), then the oldest request first.
        return ["urgency_rank", "onset_date", "received_at"]

    def has_add_permission(self, request):
        # Requests come from the public form only.
        return False

    def has_export_permission(self, request):
        return request.user.has_perm("contact.export_appointmentrequest")

    @admin.display(description=_("urgency"), ordering="urgency_rank")
    def urgency_label(self, obj):
        rank = getattr(obj, "urgency_rank", None)
        return (Urgency.from_rank(rank) if rank else obj.urgency()).label

    @admin.display(description=_("onset as entered"))
    def onset_as_entered(self, obj):
        return obj.onset_as_entered

    @admin.display(description=_("treatments so far"))
    def treatment_list(self, obj):
        return ", ".join(obj.treatment_labels()) or "–"

    @admin.display(description=_("e-mails"))
    def mail_state(self, obj):
        return format_html_join(
            ", ",
            "{}: {}",
            ((n.get_kind_display(), n.get_state_display()) for n in obj.notifications.all()),
        )

    @admin.action(description=_("Export selected requests as CSV"), permissions=["export"])
    def export_csv(self, request, queryset):
        requests = list(queryset.select_related("assignee").order_by("received_at"))
        # Who exported what, in each request's history: exports leave the system.
        LogEntry.objects.log_actions(
            user_id=request.user.pk,
            queryset=requests,
            action_flag=CHANGE,
            change_message=gettext("Exported as CSV."),
        )
        response = HttpResponse(requests_csv(requests), content_type="text/csv; charset=utf-8")
        filename = f"terminanfragen-{timezone.localdate():%Y-%m-%d}.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response

    @admin.action(description=_("Send unsent e-mails again"), permissions=["change"])
    def send_pending_mails(self, request, queryset):
        due = AppointmentNotification.objects.due().filter(appointment_request__in=queryset)
        outcomes = [notification_send(notification=n) for n in due]
        sent, failed = outcomes.count(True), outcomes.count(False)
        self.message_user(
            request,
            ngettext("%(count)d e-mail sent.", "%(count)d e-mails sent.", sent) % {"count": sent},
            messages.SUCCESS,
        )
        if failed:
            self.message_user(
                request,
                ngettext(
                    "%(count)d e-mail could not be sent; the mail server may be down.",
                    "%(count)d e-mails could not be sent; the mail server may be down.",
                    failed,
                )
                % {"count": failed},
                messages.ERROR,
            )
