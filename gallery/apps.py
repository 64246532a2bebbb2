from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GalleryConfig(AppConfig):
    name = "gallery"
    verbose_name = _("Patient gallery")

    def ready(self):
        from core.cache import bump_version_on_changes
        from gallery import file_cleanup
        from gallery.models import Case, Consent, MediaItem, Patient

        file_cleanup.connect()

        # A withdrawn consent must never be served from a cached page.
        bump_version_on_changes(Patient, Consent, Case, MediaItem, m2m=[Case.procedures.through])
