from django.contrib.sitemaps import Sitemap


class LocalizedSitemap(Sitemap):
    """Every address in every language, each with its alternates. The base of every
    app's sitemap."""

    i18n = True
    alternates = True
    x_default = True
