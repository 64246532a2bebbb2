from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from content.sitemaps import ContentViewSitemap, PageSitemap
from core.views import favicon, healthz, robots_txt
from gallery.sitemaps import GallerySitemap

sitemaps = {"content": ContentViewSitemap, "pages": PageSitemap, "gallery": GallerySitemap}

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("favicon.ico", favicon),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("patient-media/", include("gallery.media_urls")),
]

# Every public page carries its language prefix, German included; "/" redirects.
urlpatterns += i18n_patterns(
    path(_("gallery/"), include("gallery.urls")),
    path(_("appointment/"), include("contact.urls")),
    # Content last: its page addresses are whatever the editors chose.
    path("", include("content.urls")),
    prefix_default_language=True,
)
