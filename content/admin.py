from django.conf import settings
from django.contrib import admin, messages
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationAdmin

from content.models import Contributor, GlossaryTerm, Page, Source
from content.services import page_mark_reviewed
from content.views import page_alternates


def language_fieldsets(*fields):
    """One fieldset per language, shown side by side on wide screens."""
    return [
        (name, {"fields": [f"{field}_{code}" for field in fields], "classes": ["language-column"]})
        for code, name in settings.LANGUAGES
    ]


class SectionFilter(admin.SimpleListFilter):
    title = _("section")
    parameter_name = "section"

    def lookups(self, request, model_admin):
        return [(str(page.pk), page.title) for page in Page.objects.sections()]

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            section = int(self.value())
            return queryset.filter(pk=section) | queryset.filter(parent_id=section)
        return queryset


class ReviewOverdueFilter(admin.SimpleListFilter):
    title = _("medical review")
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [("overdue", _("review overdue")), ("current", _("up to date"))]

    def queryset(self, request, queryset):
        if self.value() == "overdue":
            return queryset.review_overdue()
        if self.value() == "current":
            return queryset.exclude(pk__in=queryset.review_overdue())
        return queryset


@admin.register(Page)
class PageAdmin(TranslationAdmin):
    list_display = [
        "title",
        "parent",
        "status",
        "last_reviewed",
        "next_review",
        "review_current",
        "translated_into_english",
    ]
    list_filter = [SectionFilter, "status", ReviewOverdueFilter, "kind"]
    list_select_related = ["parent", "reviewer"]
    search_fields = ["title_de", "title_en", "summary_de", "summary_en", "body_de", "body_en"]
    prepopulated_fields = {"slug_de": ["title_de"], "slug_en": ["title_en"]}
    filter_horizontal = ["sources"]
    readonly_fields = ["public_addresses", "key"]
    actions = ["mark_reviewed"]
    fieldsets = [
        *language_fieldsets("title", "slug", "summary", "body"),
        (
            _("Place on the site"),
            {"fields": ["status", "parent", "position", "kind", "public_addresses", "key"]},
        ),
        (_("Medical review"), {"fields": ["author", "reviewer", "last_reviewed", "next_review"]}),
        (_("Sources"), {"fields": ["sources"]}),
    ]

    class Media:
        css = {"all": ["css/admin.css"]}

    @admin.display(boolean=True, description=_("review up to date"))
    def review_current(self, page):
        return not page.review_overdue() if page.is_medical else None

    @admin.display(boolean=True, description=_("English version"))
    def translated_into_english(self, page):
        return page.is_translated("en")

    @admin.display(description=_("on the website"))
    def public_addresses(self, page):
        if not page.pk:
            return _("Shown after the first save.")
        return format_html_join(
            " · ",
            '<a href="{}" hreflang="{}">{}</a>',
            ((url, code, code.upper()) for code, url in page_alternates(page).items()),
        )

    @admin.action(description=_("Mark as medically reviewed today (by me)"))
    def mark_reviewed(self, request, queryset):
        reviewer = getattr(request.user, "contributor", None)
        if reviewer is None:
            self.message_user(
                request,
                _(
                    "Your account is not linked to an author or reviewer, so the review "
                    "cannot be recorded in your name."
                ),
                messages.ERROR,
            )
            return
        pages = list(queryset)
        for page in pages:
            page_mark_reviewed(page=page, reviewer=reviewer)
        self.message_user(
            request,
            ngettext(
                "%(count)d page marked as reviewed.",
                "%(count)d pages marked as reviewed.",
                len(pages),
            )
            % {"count": len(pages)},
            messages.SUCCESS,
        )


@admin.register(GlossaryTerm)
class GlossaryTermAdmin(TranslationAdmin):
    list_display = ["term_de", "term_en", "updated_at"]
    search_fields = ["term_de", "term_en", "synonyms_de", "synonyms_en"]
    prepopulated_fields = {"slug_de": ["term_de"], "slug_en": ["term_en"]}
    fieldsets = language_fieldsets("term", "slug", "synonyms", "definition")

    class Media:
        css = {"all": ["css/admin.css"]}


@admin.register(Contributor)
class ContributorAdmin(TranslationAdmin):
    list_display = ["name", "qualification", "is_demo", "user"]
    list_filter = ["is_demo"]
    search_fields = ["name"]


@admin.register(Source)
class SourceAdmin(TranslationAdmin):
    list_display = ["citation_de", "citation_en", "linked_url"]
    search_fields = ["citation_de", "citation_en", "url"]
    fieldsets = [*language_fieldsets("citation"), (_("Link"), {"fields": ["url"]})]

    class Media:
        css = {"all": ["css/admin.css"]}

    @admin.display(description=_("web address"))
    def linked_url(self, source):
        return (
            format_html('<a href="{0}" rel="noopener noreferrer">{0}</a>', source.url)
            if source.url
            else "–"
        )
