from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from gallery import filenames
from gallery.forms import MediaItemForm
from gallery.models import Case, MediaItem
from gallery.services import media_item_save
from gallery.serving import file_etag, send_private_file
from gallery.storage import private_storage


def with_public_flag(queryset, displayable):
    """Annotate ``is_public`` in the same query, instead of one query per listed row."""
    return queryset.annotate(is_public=Exists(displayable.filter(pk=OuterRef("pk"))))


def admin_preview_url(item, variant):
    return reverse("admin:gallery_mediaitem_preview", args=[item.pk, variant])


def thumbnail(item):
    if item.kind == MediaItem.Kind.IMAGE and item.rendition_widths:
        variant = filenames.rendition_variant(min(item.rendition_widths), "jpg")
    elif item.poster_widths:
        variant = filenames.rendition_variant(min(item.poster_widths), "jpg", poster=True)
    else:
        return "–"
    return format_html(
        '<img src="{}" alt="{}" width="120" loading="lazy">',
        admin_preview_url(item, variant),
        item.alt_text,
    )


class PublicVisibilityFilter(admin.SimpleListFilter):
    title = _("shown publicly")
    parameter_name = "public"

    def lookups(self, request, model_admin):
        return [
            ("yes", _("shown on the website")),
            ("no", _("without valid website consent or unpublished")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(pk__in=MediaItem.objects.displayable().values("pk"))
        if self.value() == "no":
            return queryset.without_valid_website_consent()
        return queryset


class MediaItemInline(admin.TabularInline):
    model = MediaItem
    fields = ["preview", "expression", "stage", "months_from_treatment", "status", "public"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False  # Uploads go through the media form, which checks every file.

    @admin.display(description=_("preview"))
    def preview(self, item):
        return thumbnail(item)

    def get_queryset(self, request):
        return with_public_flag(super().get_queryset(request), MediaItem.objects.displayable())

    @admin.display(boolean=True, description=_("shown publicly"))
    def public(self, item):
        return item.is_public


@admin.register(Case)
class CaseAdmin(TranslationAdmin):
    list_display = ["__str__", "cause", "status", "public", "updated_at"]
    list_filter = ["status", "cause"]
    search_fields = ["patient__case_code", "title_de", "title_en"]
    list_select_related = ["patient"]
    autocomplete_fields = ["patient"]
    filter_horizontal = ["procedures"]
    inlines = [MediaItemInline]
    readonly_fields = ["add_media", "public_address"]
    fieldsets = [
        (None, {"fields": ["patient", "status", "position", "public_address"]}),
        (_("Story"), {"fields": ["title_de", "title_en", "description_de", "description_en"]}),
        (
            _("Facts"),
            {
                "fields": [
                    "cause",
                    "side",
                    "months_before_treatment",
                    "months_since_treatment",
                    "procedures",
                ]
            },
        ),
        (_("Images and videos"), {"fields": ["add_media"]}),
    ]

    def get_queryset(self, request):
        return with_public_flag(super().get_queryset(request), Case.objects.displayable())

    @admin.display(boolean=True, description=_("shown publicly"))
    def public(self, case):
        return case.is_public

    @admin.display(description=_("images and videos"))
    def add_media(self, case):
        if not case.pk:
            return _("Save the case first.")
        url = reverse("admin:gallery_mediaitem_add") + f"?case={case.pk}"
        return format_html('<a class="button" href="{}">{}</a>', url, _("Upload an image or video"))

    @admin.display(description=_("public address"))
    def public_address(self, case):
        if not case.pk:
            return "–"
        return format_html('<a href="{0}">{0}</a>', case.get_absolute_url())


@admin.register(MediaItem)
class MediaItemAdmin(TranslationAdmin):
    form = MediaItemForm
    list_display = ["preview", "case", "expression", "stage", "kind", "status", "public"]
    list_filter = [PublicVisibilityFilter, "status", "kind", "stage", "expression"]
    list_select_related = ["case__patient", "consent"]
    search_fields = ["case__patient__case_code", "case__title_de"]
    readonly_fields = ["preview", "kind", "dimensions", "uploaded_by", "uploaded_at"]
    fieldsets = [
        (None, {"fields": ["case", "consent", "status", "position"]}),
        (
            _("File"),
            {
                "fields": [
                    "original",
                    "preview",
                    "kind",
                    "dimensions",
                    "poster",
                    "captions_de",
                    "captions_en",
                ]
            },
        ),
        (_("What it shows"), {"fields": ["expression", "stage", "months_from_treatment"]}),
        (
            _("Texts"),
            {"fields": ["alt_text_de", "alt_text_en", "caption_de", "caption_en"]},
        ),
        (_("Record"), {"fields": ["uploaded_by", "uploaded_at"]}),
    ]

    @admin.display(description=_("preview"))
    def preview(self, item):
        return thumbnail(item) if item.pk else "–"

    @admin.display(description=_("size"))
    def dimensions(self, item):
        return f"{item.width} × {item.height} px" if item.width else "–"

    def get_queryset(self, request):
        return with_public_flag(super().get_queryset(request), MediaItem.objects.displayable())

    @admin.display(boolean=True, description=_("shown publicly"))
    def public(self, item):
        return item.is_public

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        case_id = request.GET.get("case", "")
        if case_id.isdigit() and (case := Case.objects.filter(pk=case_id).first()):
            consent = case.patient.consents.valid_for_website().first()
            if consent:
                initial["consent"] = consent.pk
        return initial

    def save_model(self, request, obj, form, change):
        # The form has checked every file and the publication rules already.
        media_item_save(
            item=obj,
            uploaded_by=request.user,
            original=form.cleaned_files.get("original"),
            poster=form.cleaned_files.get("poster"),
            captions=form.cleaned_files.get("captions"),
        )

    # Deleting needs nothing special: gallery.file_cleanup removes the files of every
    # deleted row after the commit, for the admin as for cascades and the shell.

    def get_urls(self):
        return [
            path(
                "<int:item_id>/preview/<str:variant>",
                self.admin_site.admin_view(self.preview_view),
                name="gallery_mediaitem_preview",
            ),
            *super().get_urls(),
        ]

    def preview_view(self, request, item_id, variant):
        """Staff may look at any item, consented or not; never cached anywhere."""
        item = get_object_or_404(MediaItem, pk=item_id)
        if not self.has_view_permission(request, item):
            raise PermissionDenied
        found = filenames.resolve_variant(item, variant)
        if found is None:
            raise Http404
        etag = file_etag("admin", item.token, variant, item.updated_at.isoformat())
        return send_private_file(
            request,
            private_storage,
            found.path,
            content_type=found.content_type,
            etag=etag,
            cache_control="private, no-store",
        )
