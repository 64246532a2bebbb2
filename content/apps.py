from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContentConfig(AppConfig):
    name = "content"
    verbose_name = _("Content")

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from content.cache import bump_version
        from content.models import Contributor, GlossaryTerm, Page, Source

        # Signals, not services, because every write path must reach the page cache:
        # the admin, the shell, load_demo. They only bump a version number.
        for model in (Page, GlossaryTerm, Source, Contributor):
            post_save.connect(
                bump_version, sender=model, dispatch_uid=f"cache-save-{model.__name__}"
            )
            post_delete.connect(
                bump_version, sender=model, dispatch_uid=f"cache-delete-{model.__name__}"
            )
        m2m_changed.connect(
            bump_version, sender=Page.sources.through, dispatch_uid="cache-page-sources"
        )
