from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from content.models import Page


class LocalizedSitemap(Sitemap):
    """Every address in every language, each with its alternates."""

    i18n = True
    alternates = True
    x_default = True


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
