from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContentConfig(AppConfig):
    name = "content"
    verbose_name = _("Content")

    def ready(self):
        from content.models import Contributor, GlossaryTerm, Page, Source
        from core.cache import bump_version_on_changes

        bump_version_on_changes(Page, GlossaryTerm, Source, Contributor, m2m=[Page.sources.through])
