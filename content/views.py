import unicodedata
from itertools import groupby

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.utils import translation
from django.utils.decorators import method_decorator
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView

from content.models import GlossaryTerm, Page
from content.rendering import GlossaryIndex, render_body
from core.cache import cached_page

# Entry points on the home page: the situation a visitor is in, and the page
# (by its technical key) that answers it first.
SITUATIONS = [
    ("first-days", _("It started in the last few days")),
    ("surgical-time-windows", _("It has lasted for months")),
    ("synkinesis", _("My face moves involuntarily")),
    ("children", _("It is about my child")),
]


def page_alternates(page):
    """The page's address in every language: for the switcher and hreflang."""
    urls = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            urls[code] = page.get_absolute_url()
    return urls


def glossary_index():
    terms = GlossaryTerm.objects.all()
    return GlossaryIndex.build((t.pk, t.get_absolute_url(), t.variants()) for t in terms)


@cached_page
def home(request):
    sections = Page.objects.published().sections()
    situation_pages = {
        page.key: page
        for page in Page.objects.published()
        .filter(key__in=[key for key, _label in SITUATIONS])
        .select_related("parent")
    }
    situations = [
        (label, situation_pages[key]) for key, label in SITUATIONS if key in situation_pages
    ]
    return render(request, "content/home.html", {"sections": sections, "situations": situations})


@method_decorator(cached_page, name="dispatch")
class PageDetailView(DetailView):
    """A section, a page inside a section, or a legal page."""

    context_object_name = "page"

    def get_object(self, queryset=None):
        pages = Page.objects.visible_to(self.request.user).select_related(
            "parent", "author", "reviewer"
        )
        section_slug = self.kwargs.get("section_slug")
        if section_slug:
            pages = pages.filter(parent__slug=section_slug)
        else:
            pages = pages.filter(parent__isnull=True)
        page = pages.filter(slug=self.kwargs["slug"]).first()
        if page is None:
            raise Http404(_("No page found at this address."))
        return page

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = self.object
        language = translation.get_language()
        visible = Page.objects.visible_to(self.request.user).select_related("parent")
        if page.is_section:
            context["children"] = visible.filter(parent=page)
        elif page.parent_id:
            context["siblings"] = visible.filter(parent_id=page.parent_id)
        context.update(
            body=render_body(page.body, glossary_index() if page.is_medical else None),
            sources=page.sources.all(),
            alternates=page_alternates(page),
            # The language of the text shown, where it is not the visitor's.
            original_language="" if page.is_translated(language) else settings.LANGUAGE_CODE,
            current_section=page.parent_id or page.pk,
            structured_data=structured_data(self.request, page),
            panels=page_panels(self.request, page),
        )
        return context


def page_panels(request, page):
    """HTML fragments other apps add below a page (e.g. the gallery's cases)."""
    return [
        panel
        for path in settings.CONTENT_PAGE_PANELS
        if (panel := import_string(path)(request, page))
    ]


def structured_data(request, page):
    """schema.org description of the page for search engines."""
    data = {
        "@context": "https://schema.org",
        "@type": "MedicalWebPage" if page.is_medical else "WebPage",
        "name": page.title,
        "description": page.summary,
        "url": request.build_absolute_uri(page.get_absolute_url()),
        "inLanguage": translation.get_language(),
        "dateModified": page.updated_at.date().isoformat(),
    }
    if page.is_medical:
        data["about"] = {"@type": "MedicalCondition", "name": str(_("Facial palsy"))}
        if page.last_reviewed:
            data["lastReviewed"] = page.last_reviewed.isoformat()
        if page.reviewer:
            data["reviewedBy"] = {"@type": "Person", "name": page.reviewer.name}
        if page.author:
            data["author"] = {"@type": "Person", "name": page.author.name}
    return data


@cached_page
def glossary(request):
    terms = sorted(GlossaryTerm.objects.all(), key=lambda term: _sort_key(term.term))
    letters = [
        (letter, list(group))
        for letter, group in groupby(terms, key=lambda t: _sort_key(t.term)[:1].upper())
    ]
    return render(request, "content/glossary.html", {"letters": letters})


def _sort_key(text):
    # "Ödem" sorts with "O", as in a German dictionary, on every database.
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
