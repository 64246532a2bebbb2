from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import Resolver404, resolve, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django_prose_editor.fields import ProseEditorField

from content.sanitizer import NOTICE_CLASS, sanitize_html

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]

# What the editor offers; the sanitizer enforces the same allowlist on save.
BODY_EDITOR_EXTENSIONS = {
    # Editors write German and English prose: let the browser check the spelling.
    "NoSpellCheck": False,
    "Bold": True,
    "Italic": True,
    "Heading": {"levels": [2, 3]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "HardBreak": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto", "tel"]},
    "NodeClass": {
        "cssClasses": {"paragraph": [{"className": NOTICE_CLASS, "title": "Hinweis / Notice"}]}
    },
}


def copy_default_language_where_empty(instance, field):
    """Give an untranslated object its German value (e.g. its address) in every
    language, so that each language has a value to look the object up by."""
    default = getattr(instance, f"{field}_{settings.LANGUAGE_CODE}")
    for code in LANGUAGE_CODES:
        if not getattr(instance, f"{field}_{code}"):
            setattr(instance, f"{field}_{code}", default)


def is_free_page_address(code, slug):
    """Whether /<code>/<slug>/ reaches the page view, not the gallery, the form …"""
    with translation.override(code):
        try:
            match = resolve(f"/{code}/{slug}/")
        except Resolver404:
            return False
    return match.namespace == "content" and match.url_name == "page"


class Contributor(models.Model):
    """A person named on pages as author or medical reviewer."""

    name = models.CharField(_("name"), max_length=200)
    qualification = models.CharField(
        _("qualification"),
        max_length=200,
        blank=True,
        help_text=_("Shown after the name, e.g. “Consultant neurologist”."),
    )
    is_demo = models.BooleanField(
        _("fictional demo person"),
        default=False,
        help_text=_("Demo persons are marked as fictional wherever they appear."),
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("staff account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contributor",
        help_text=_("Link the person's login so that they can mark pages as medically reviewed."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("author or reviewer")
        verbose_name_plural = _("authors and reviewers")

    def __str__(self):
        return self.name


class Source(models.Model):
    """A publication that pages cite at their foot."""

    citation = models.CharField(
        _("citation"),
        max_length=500,
        help_text=_(
            "Authors, title, journal or publisher, year, volume and pages as published; "
            "what describes the source (e.g. “guideline”, “in German”) in this language."
        ),
    )
    url = models.URLField(
        _("web address"),
        max_length=500,
        blank=True,
        help_text=_(
            "The primary record: the PubMed entry, the DOI (https://doi.org/…), the "
            "publisher's page or the guideline body's own page. Never a copy on another "
            "site. Leave empty when there is none."
        ),
    )

    class Meta:
        ordering = ["citation"]
        verbose_name = _("source")
        verbose_name_plural = _("sources")

    def __str__(self):
        return self.citation

    def is_translated(self, code):
        return bool(getattr(self, f"citation_{code}", None))


class PageQuerySet(models.QuerySet):
    def published(self):
        # A page inside a draft section is not reachable either.
        return self.filter(status=Page.Status.PUBLISHED).filter(
            Q(parent__isnull=True) | Q(parent__status=Page.Status.PUBLISHED)
        )

    def sections(self):
        return self.filter(parent__isnull=True, kind=Page.Kind.ARTICLE)

    def review_overdue(self, today=None):
        return self.filter(next_review__lt=today or timezone.localdate())

    def visible_to(self, user):
        """Published pages; staff who may view pages also see drafts (as a preview)."""
        if user.is_authenticated and user.is_staff and user.has_perm("content.view_page"):
            return self.all()
        return self.published()


class Page(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    class Kind(models.TextChoices):
        ARTICLE = "article", _("Medical information")
        LEGAL = "legal", _("Legal page (linked in the footer)")

    parent = models.ForeignKey(
        "self",
        verbose_name=_("section"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        limit_choices_to={"parent__isnull": True, "kind": "article"},
        help_text=_("Leave empty for a section of its own or a legal page."),
    )
    position = models.PositiveSmallIntegerField(
        _("position"), default=100, help_text=_("Smaller numbers come first.")
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind, default=Kind.ARTICLE)
    key = models.SlugField(
        _("technical key"),
        max_length=60,
        unique=True,
        null=True,
        blank=True,
        help_text=_("Used by the site to find special pages (e.g. “privacy”). Leave empty."),
    )
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("web address"),
        max_length=120,
        help_text=_("The last part of the page's address: lowercase letters, digits, hyphens."),
    )
    summary = models.CharField(
        _("summary"),
        max_length=300,
        help_text=_("One or two sentences. Shown on cards and to search engines."),
    )
    body = ProseEditorField(
        _("text"),
        extensions=BODY_EDITOR_EXTENSIONS,
        sanitize=sanitize_html,
        blank=True,
        help_text=_("Use headings (H2) for the main parts: they form the table of contents."),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.DRAFT)
    author = models.ForeignKey(
        Contributor,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="authored_pages",
    )
    reviewer = models.ForeignKey(
        Contributor,
        verbose_name=_("medical reviewer"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="reviewed_pages",
    )
    last_reviewed = models.DateField(
        _("last medically reviewed"),
        null=True,
        blank=True,
        help_text=_("The date of the last medical check, not of a small edit."),
    )
    next_review = models.DateField(
        _("next review due"),
        null=True,
        blank=True,
        help_text=_(
            "At the latest three years after the last review; earlier when guidelines change."
        ),
    )
    sources = models.ManyToManyField(Source, verbose_name=_("sources"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = PageQuerySet.as_manager()

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("page")
        verbose_name_plural = _("pages")
        constraints = [
            models.CheckConstraint(
                condition=Q(last_reviewed__isnull=True)
                | Q(next_review__isnull=True)
                | Q(next_review__gt=F("last_reviewed")),
                name="next_review_after_last_review",
                violation_error_message=_("The next review must lie after the last review."),
            ),
            models.CheckConstraint(
                condition=Q(status="draft")
                | Q(kind="legal")
                | Q(reviewer__isnull=False, last_reviewed__isnull=False, next_review__isnull=False),
                name="published_article_is_reviewed",
                violation_error_message=_(
                    "A published medical page needs a reviewer, the date of the last review "
                    "and the date of the next review."
                ),
            ),
            models.CheckConstraint(
                condition=Q(parent__isnull=True) | Q(kind="article"),
                name="legal_page_has_no_section",
                violation_error_message=_("A legal page cannot belong to a section."),
            ),
            *[
                models.UniqueConstraint(
                    fields=[f"slug_{code}"],
                    condition=Q(parent__isnull=True),
                    name=f"unique_top_level_slug_{code}",
                    violation_error_message=_("Another section already has this web address."),
                )
                for code in LANGUAGE_CODES
            ],
            *[
                models.UniqueConstraint(
                    fields=["parent", f"slug_{code}"],
                    condition=Q(parent__isnull=False),
                    name=f"unique_slug_in_section_{code}",
                    violation_error_message=_("Another page in this section has this web address."),
                )
                for code in LANGUAGE_CODES
            ],
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        # Sanitised here as well as in the form, so that no path (shell, loader,
        # import) can store markup outside the allowlist.
        for code in LANGUAGE_CODES:
            field = f"body_{code}"
            setattr(self, field, sanitize_html(getattr(self, field) or ""))
        copy_default_language_where_empty(self, "slug")
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        if self.parent_id:
            return reverse(
                "content:child_page",
                kwargs={"section_slug": self.parent.slug, "slug": self.slug},
            )
        return reverse("content:page", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        errors = {}
        if self.parent_id and (self.parent.parent_id or self.parent_id == self.pk):
            errors["parent"] = _("Choose a section: pages can only be placed one level deep.")
        elif self.parent_id and self.pk and self.children.exists():
            errors["parent"] = _("This page has pages of its own, so it must stay a section.")
        if self.parent_id is None:
            for code in LANGUAGE_CODES:
                slug = getattr(self, f"slug_{code}") or getattr(
                    self, f"slug_{settings.LANGUAGE_CODE}"
                )
                if slug and not is_free_page_address(code, slug):
                    errors[f"slug_{code}"] = _("This address is used by another part of the site.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_section(self):
        return self.parent_id is None and self.kind == self.Kind.ARTICLE

    @property
    def is_medical(self):
        return self.kind == self.Kind.ARTICLE

    def is_translated(self, code):
        return bool(getattr(self, f"title_{code}") and getattr(self, f"body_{code}"))

    def review_overdue(self, today=None):
        return bool(self.next_review and self.next_review < (today or timezone.localdate()))


class GlossaryTerm(models.Model):
    term = models.CharField(_("term"), max_length=120)
    slug = models.SlugField(
        _("anchor"),
        max_length=120,
        help_text=_("Lowercase letters, digits and hyphens; used in links to the term."),
    )
    synonyms = models.CharField(
        _("other forms"),
        max_length=500,
        blank=True,
        help_text=_(
            "Other spellings and word forms, separated by commas. The first mention of the "
            "term or one of these forms on every page links to this entry."
        ),
    )
    definition = models.TextField(
        _("definition"), help_text=_("Plain language, one to three short sentences.")
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        ordering = ["term"]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary")
        constraints = [
            models.UniqueConstraint(
                fields=[f"slug_{code}"],
                name=f"unique_glossary_slug_{code}",
                violation_error_message=_("Another term already uses this anchor."),
            )
            for code in LANGUAGE_CODES
        ]

    def __str__(self):
        return self.term

    def save(self, *args, **kwargs):
        copy_default_language_where_empty(self, "slug")
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return f"{reverse('content:glossary')}#{self.slug}"

    def variants(self):
        """The headword and its other forms, as they may appear in a text."""
        forms = [self.term, *(s.strip() for s in (self.synonyms or "").split(","))]
        return [form for form in forms if form]
