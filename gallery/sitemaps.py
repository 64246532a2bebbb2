from django.urls import reverse

from core.sitemaps import LocalizedSitemap
from gallery.models import Case


class GallerySitemap(LocalizedSitemap):
    """The overview and every case the public may see (through ``displayable()``)."""

    def items(self):
        return ["overview", *Case.objects.displayable().order_by("pk")]

    def location(self, item):
        return reverse("gallery:overview") if item == "overview" else item.get_absolute_url()
