"""Staff side of the gallery: patients, consents with their history, cases, media."""

from gallery.admin import cases, consents, patients  # noqa: F401
