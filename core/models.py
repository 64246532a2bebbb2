from django.db import models
from django.utils.translation import gettext_lazy as _


class SiteVersion(models.Model):
    """One number that changes whenever staff change anything a public page shows.

    Cached pages are stored under this number, so a change – a corrected text, a
    withdrawn consent – makes every cached copy unreachable at once, in every process.
    """

    value = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = _("site version")
        verbose_name_plural = _("site versions")

    def __str__(self):
        return str(self.value)
