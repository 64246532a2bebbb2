from django.conf import settings
from modeltranslation.translator import TranslationOptions, register

from gallery.models import Case, MediaItem


@register(Case)
class CaseTranslationOptions(TranslationOptions):
    fields = ("title", "description")
    required_languages = tuple(code for code, _name in settings.LANGUAGES)


@register(MediaItem)
class MediaItemTranslationOptions(TranslationOptions):
    fields = ("caption", "alt_text")
    # Alt text is checked for every language when an item is published.
    required_languages = {"de": ("alt_text",)}
