from django import template
from django.conf import settings
from django.utils import translation

from content.models import Page

register = template.Library()


@register.simple_tag
def top_level_pages():
    """Sections and legal pages for the menu and the footer, in one query."""
    return list(Page.objects.published().filter(parent__isnull=True))


@register.filter
def fallback_language(page):
    """The language whose text ``page`` shows instead of the active one, or ""."""
    if page.is_translated(translation.get_language()):
        return ""
    return settings.LANGUAGE_CODE
