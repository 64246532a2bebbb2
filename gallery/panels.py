"""What the gallery adds to content pages (see CONTENT_PAGE_PANELS in settings).

Content pages are cached publicly, so they show the cases as text and links
only; patient images appear on the gallery's own pages, which no shared cache keeps.
"""

from django.template.loader import render_to_string

from gallery.models import Case


def cases_for_page(request, page):
    cases = Case.objects.displayable().filter(procedures=page).select_related("patient")
    if not cases:
        return ""
    return render_to_string("gallery/includes/page_cases.html", {"cases": cases}, request=request)
