from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Site-wide pieces: the page cache, site template tags, error pages, middleware.

    ``content``, ``gallery`` and ``contact`` may use ``core``; ``core`` uses none of them.
    """

    name = "core"
    verbose_name = _("Site")

    def ready(self):
        from core import checks  # noqa: F401 - registers the system checks


class StaffAdminConfig(admin_apps.AdminConfig):
    """The admin, with the staff site (second login factor) as ``admin.site``."""

    # Named in INSTALLED_APPS; "core" itself means CoreConfig.
    default = False
    default_site = "core.admin_site.StaffAdminSite"
