from gallery.models.consents import Consent, ConsentEvent, WebsiteState
from gallery.models.media import Case, Cause, MediaItem, PublicationStatus, Side
from gallery.models.patients import AgeGroup, Patient

__all__ = [
    "AgeGroup",
    "Case",
    "Cause",
    "Consent",
    "ConsentEvent",
    "MediaItem",
    "Patient",
    "PublicationStatus",
    "Side",
    "WebsiteState",
]
