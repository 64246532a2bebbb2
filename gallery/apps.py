from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GalleryConfig(AppConfig):
    name = "gallery"
    verbose_name = _("Patient gallery")

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from content.cache import bump_version
        from gallery.models import Case, Consent, MediaItem, Patient

        # A withdrawn consent must never be served from a cached page: every write
        # to the gallery makes all cached pages stale (see content.cache).
        for model in (Patient, Consent, Case, MediaItem):
            post_save.connect(
                bump_version, sender=model, dispatch_uid=f"cache-save-{model.__name__}"
            )
            post_delete.connect(
                bump_version, sender=model, dispatch_uid=f"cache-delete-{model.__name__}"
            )
        m2m_changed.connect(
            bump_version, sender=Case.procedures.through, dispatch_uid="cache-case-procedures"
        )
