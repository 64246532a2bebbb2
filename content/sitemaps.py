from django.urls import reverse

from content.models import Page
from core.sitemaps import LocalizedSitemap


class PageSitemap(LocalizedSitemap):
    def items(self):
        return Page.objects.published().select_related("parent")

    def lastmod(self, page):
        return page.updated_at


class ContentViewSitemap(LocalizedSitemap):
    def items(self):
        return ["content:home", "content:glossary"]

    def location(self, name):
        return reverse(name)
