import functools

from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import render
from django.urls import get_resolver
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from content.models import Page
from core.cache import cached_page
from gallery import filenames
from gallery.forms import GalleryFilterForm
from gallery.models import Case, MediaItem
from gallery.serving import file_etag, send_private_file
from gallery.storage import private_storage

# Gallery pages show patients: browsers revalidate, and no shared cache keeps a copy,
# because a proxy cannot be told in time that a consent was withdrawn.
gallery_cache = cache_control(private=True, no_cache=True)


def displayable_cases(today=None):
    items = (
        MediaItem.objects.displayable(today)
        .select_related("consent")
        .order_by("position", "months_from_treatment")
    )
    return (
        Case.objects.displayable(today)
        .select_related("patient")
        .prefetch_related(
            Prefetch("items", queryset=items, to_attr="public_items"),
            Prefetch("procedures", queryset=Page.objects.published().select_related("parent")),
        )
    )


@require_safe
@cached_page
@gallery_cache
def overview(request):
    cases = displayable_cases()
    form = GalleryFilterForm(request.GET or None, cases=cases)
    if form.is_valid():
        cases = form.filter(cases)
    cases = list(cases)
    for case in cases:
        case.thumbnail = thumbnail_for(case)
    return render(request, "gallery/overview.html", {"form": form, "cases": cases})


def thumbnail_for(case):
    """The image for the case's card: a result (after treatment) where there is one."""
    images = [item for item in case.public_items if item.kind == MediaItem.Kind.IMAGE]
    after = [item for item in images if item.stage != MediaItem.Stage.BEFORE]
    return (after or images or [None])[0]


@require_safe
@cached_page
@gallery_cache
def case_detail(request, token):
    case = displayable_cases().filter(token=token).first()
    if case is None:
        raise Http404
    # A preview image for social networks only where the patient agreed to social media.
    social_image = [
        item
        for item in case.public_items
        if item.kind == MediaItem.Kind.IMAGE and item.consent.scope_social_media
    ][:1]
    return render(
        request,
        "gallery/case_detail.html",
        {"case": case, "rows": case_rows(case), "social_image": social_image},
    )


def case_rows(case):
    """The images side by side per expression (before → after); videos on their own."""
    rows = {}
    for item in case.public_items:
        if item.kind == MediaItem.Kind.IMAGE:
            rows.setdefault(item.expression, []).append(item)
    ordered = [
        (items[0].get_expression_display(), sorted(items, key=lambda i: i.months_from_treatment))
        for expression, items in sorted(
            rows.items(), key=lambda row: _EXPRESSION_ORDER.index(row[0])
        )
    ]
    videos = [item for item in case.public_items if item.kind == MediaItem.Kind.VIDEO]
    return {"images": ordered, "videos": videos}


_EXPRESSION_ORDER = [value for value, _label in MediaItem.Expression.choices]


def same_origin_only(view):
    """Every answer of ``view``, its "not found" included, may only be embedded by our pages.

    Another site cannot show a patient's image in its own page, nor learn from a
    cross-origin request whether an address exists.
    """

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            response = view(request, *args, **kwargs)
        except Http404 as error:
            response = get_resolver().resolve_error_handler(404)(request, error)
        response["Cross-Origin-Resource-Policy"] = "same-origin"
        return response

    return wrapper


@same_origin_only
@require_safe
def media_file(request, token, variant):
    """A patient file for the public: checked against the consent on every request."""
    item = MediaItem.objects.displayable().filter(token=token).first()
    found = filenames.resolve_variant(item, variant) if item else None
    if found is None:
        raise Http404
    etag = file_etag(item.token, variant, item.updated_at.isoformat())
    return send_private_file(
        request, private_storage, found.path, content_type=found.content_type, etag=etag
    )
