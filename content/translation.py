from modeltranslation.translator import TranslationOptions, register

from content.models import Contributor, GlossaryTerm, Page, Source


@register(Page)
class PageTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "summary", "body")
    # German is required; a missing English text falls back to German with a notice.
    required_languages = {"de": ("title", "slug", "summary", "body")}


@register(GlossaryTerm)
class GlossaryTermTranslationOptions(TranslationOptions):
    fields = ("term", "slug", "synonyms", "definition")
    required_languages = {"de": ("term", "slug", "definition")}


@register(Contributor)
class ContributorTranslationOptions(TranslationOptions):
    fields = ("qualification",)


@register(Source)
class SourceTranslationOptions(TranslationOptions):
    # The bibliographic part stays as published; the description is in each language.
    fields = ("citation",)
    required_languages = {"de": ("citation",)}
