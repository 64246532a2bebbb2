from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from gallery import filenames
from gallery.durations import months_in_words
from gallery.models.consents import Consent
from gallery.storage import new_token, private_storage

VIDEO_NEEDS_POSTER = _("A video needs a poster image before it can be published.")
VIDEO_NEEDS_CAPTIONS = _("A video needs captions in every language before it can be published.")


class Cause(models.TextChoices):
    IDIOPATHIC = "idiopathic", _("Bell's palsy (no known cause)")
    ZOSTER = "zoster", _("shingles of the ear (Ramsay Hunt)")
    LYME = "lyme", _("Lyme disease")
    INJURY = "injury", _("injury")
    SURGERY = "surgery", _("after an operation")
    TUMOUR = "tumour", _("tumour")
    CONGENITAL = "congenital", _("from birth")
    OTHER = "other", _("other cause")


class Side(models.TextChoices):
    LEFT = "left", _("left")
    RIGHT = "right", _("right")
    BOTH = "both", _("both sides")


class PublicationStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class CaseQuerySet(models.QuerySet):
    def displayable(self, today=None):
        """Published cases with at least one item the public may see."""
        items = MediaItem.objects.displayable(today)
        return self.filter(status=PublicationStatus.PUBLISHED, pk__in=items.values("case_id"))


class Case(models.Model):
    """One patient's story: the images and videos of one course of treatment."""

    token = models.CharField(max_length=32, unique=True, default=new_token, editable=False)
    patient = models.ForeignKey(
        "gallery.Patient", verbose_name=_("patient"), on_delete=models.PROTECT, related_name="cases"
    )
    title = models.CharField(
        _("title"),
        max_length=120,
        help_text=_("e.g. “Smile after free muscle transfer”. No names."),
    )
    description = models.TextField(
        _("description"),
        help_text=_("A few plain sentences: situation, treatment, result. No names."),
    )
    cause = models.CharField(_("cause"), max_length=12, choices=Cause)
    side = models.CharField(_("side"), max_length=5, choices=Side)
    months_before_treatment = models.PositiveSmallIntegerField(
        _("duration of the palsy before treatment (months)")
    )
    months_since_treatment = models.PositiveSmallIntegerField(
        _("time since treatment (months)"), help_text=_("At the time of the latest images.")
    )
    procedures = models.ManyToManyField(
        "content.Page",
        verbose_name=_("procedures"),
        blank=True,
        limit_choices_to={"kind": "article", "parent__isnull": False},
        related_name="gallery_cases",
        help_text=_("The content pages of the procedures; those pages link to this case."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=PublicationStatus, default=PublicationStatus.DRAFT
    )
    position = models.PositiveSmallIntegerField(_("position"), default=100)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = CaseQuerySet.as_manager()

    class Meta:
        ordering = ["position", "-created_at"]
        verbose_name = _("case")
        verbose_name_plural = _("cases")

    def __str__(self):
        return f"{self.patient.case_code}: {self.title}"

    def get_absolute_url(self):
        return reverse("gallery:case", kwargs={"token": self.token})


# Used only when a file is saved through the field; gallery.services writes its files
# itself (into a fresh folder per write, see gallery.filenames).
def original_path(item, filename):
    return filenames.original(filenames.new_file_set(item.token), item.original_extension)


def poster_path(item, filename):
    return filenames.poster(filenames.new_file_set(item.token))


def captions_de_path(item, filename):
    return filenames.captions(filenames.new_file_set(item.token), "de")


def captions_en_path(item, filename):
    return filenames.captions(filenames.new_file_set(item.token), "en")


class MediaItemQuerySet(models.QuerySet):
    def displayable(self, today=None):
        """The one rule for what the public may see, checked on every request.

        Published, in a published case, under a consent valid for the website today
        (Consent.objects.valid_for_website()), with every file its kind needs
        (MediaItem.files_required_for_publication()).
        """
        today = today or timezone.localdate()
        video_files = MediaItem.files_required_for_publication(MediaItem.Kind.VIDEO)
        return self.filter(
            Q(kind=MediaItem.Kind.IMAGE)
            | Q(*[~Q(**{name: ""}) for name in video_files], kind=MediaItem.Kind.VIDEO),
            status=PublicationStatus.PUBLISHED,
            case__status=PublicationStatus.PUBLISHED,
            consent__in=Consent.objects.valid_for_website(today),
        )

    def without_valid_website_consent(self, today=None):
        return self.exclude(pk__in=self.model.objects.displayable(today).values("pk"))


class MediaItem(models.Model):
    PublicationStatus = PublicationStatus

    class Kind(models.TextChoices):
        IMAGE = "image", _("image")
        VIDEO = "video", _("video")

    class Stage(models.TextChoices):
        BEFORE = "before", _("before treatment")
        AFTER = "after", _("after treatment")
        FOLLOW_UP = "follow_up", _("follow-up")

    class Expression(models.TextChoices):
        REST = "rest", _("at rest")
        SMILE = "smile", _("smiling")
        EYE_CLOSURE = "eye_closure", _("closing the eyes")
        BROW_RAISE = "brow_raise", _("raising the eyebrows")
        PUCKER = "pucker", _("pursing the lips")
        SPEECH = "speech", _("speaking")
        OTHER = "other", _("other")

    token = models.CharField(max_length=32, unique=True, default=new_token, editable=False)
    case = models.ForeignKey(
        Case, verbose_name=_("case"), on_delete=models.CASCADE, related_name="items"
    )
    consent = models.ForeignKey(
        "gallery.Consent",
        verbose_name=_("consent"),
        on_delete=models.PROTECT,
        related_name="media_items",
        help_text=_("The patient's consent this item is published under."),
    )
    kind = models.CharField(_("kind"), max_length=5, choices=Kind, editable=False)
    original = models.FileField(_("file"), upload_to=original_path, storage=private_storage)
    original_extension = models.CharField(max_length=5, editable=False)
    width = models.PositiveIntegerField(editable=False, null=True)
    height = models.PositiveIntegerField(editable=False, null=True)
    # Widths of the renditions made from the clean image and poster (for srcset).
    rendition_widths = models.JSONField(default=list, editable=False)
    poster_widths = models.JSONField(default=list, editable=False)
    poster = models.FileField(
        _("poster image"),
        upload_to=poster_path,
        storage=private_storage,
        blank=True,
        help_text=_("Videos: the still image shown before playing."),
    )
    captions_de = models.FileField(
        _("captions (German, WebVTT)"),
        upload_to=captions_de_path,
        storage=private_storage,
        blank=True,
    )
    captions_en = models.FileField(
        _("captions (English, WebVTT)"),
        upload_to=captions_en_path,
        storage=private_storage,
        blank=True,
    )
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    alt_text = models.CharField(
        _("alternative text"),
        max_length=300,
        help_text=_(
            "What the image shows, for people who cannot see it, e.g. “Face at rest: the "
            "left corner of the mouth hangs lower.”"
        ),
    )
    stage = models.CharField(_("stage"), max_length=10, choices=Stage)
    expression = models.CharField(_("expression"), max_length=12, choices=Expression)
    months_from_treatment = models.SmallIntegerField(
        _("months from treatment"),
        help_text=_("When it was taken: negative before, positive after treatment."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=PublicationStatus, default=PublicationStatus.DRAFT
    )
    position = models.PositiveSmallIntegerField(_("position"), default=100)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        on_delete=models.SET_NULL,
        editable=False,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = MediaItemQuerySet.as_manager()

    class Meta:
        ordering = ["position", "expression", "months_from_treatment"]
        verbose_name = _("image or video")
        verbose_name_plural = _("images and videos")

    def __str__(self):
        code = self.case.patient.case_code
        return f"{code}: {self.get_expression_display()}, {self.get_stage_display()}"

    def clean(self):
        super().clean()
        errors = {}
        if self.case_id and self.consent_id and self.consent.patient_id != self.case.patient_id:
            errors["consent"] = _("The consent must be the case's patient's.")
        if self.status == PublicationStatus.PUBLISHED:
            for code, _name in settings.LANGUAGES:
                if not getattr(self, f"alt_text_{code}", None):
                    errors[f"alt_text_{code}"] = _(
                        "Published items need an alternative text in every language."
                    )
        if errors:
            raise ValidationError(errors)

    @property
    def timing(self) -> str:
        """When the item was taken, in words: "1 year and 3 months before treatment"."""
        duration = months_in_words(abs(self.months_from_treatment))
        if self.months_from_treatment < 0:
            return gettext("%(duration)s before treatment") % {"duration": duration}
        if self.months_from_treatment > 0:
            return gettext("%(duration)s after treatment") % {"duration": duration}
        return gettext("at the time of treatment")

    @classmethod
    def files_required_for_publication(cls, kind) -> dict:
        """The file fields an item of ``kind`` needs before the public may see it, each with
        the message that says so: the one video rule (a poster, and captions in every
        language of the site). displayable(), the model's validation and the form use it."""
        if kind != cls.Kind.VIDEO:
            return {}
        required = {"poster": VIDEO_NEEDS_POSTER}
        for code, _name in settings.LANGUAGES:
            required[f"captions_{code}"] = VIDEO_NEEDS_CAPTIONS
        return required

    def missing_files_for_publication(self, *, status=None, kind=None, pending=()) -> dict:
        """The files this item still lacks for publication, as errors per field.

        ``status`` and ``kind`` as they will be after saving (default: as they are);
        ``pending``: fields whose new file is about to be stored.
        """
        if (status or self.status) != PublicationStatus.PUBLISHED:
            return {}
        return {
            name: message
            for name, message in self.files_required_for_publication(kind or self.kind).items()
            if not (getattr(self, name) or name in pending)
        }

    def clean_fields(self, exclude=None):
        # The publication rule for files is checked with the file fields, so that a form
        # whose uploads are not stored yet excludes them and checks its own uploads instead.
        errors = {}
        try:
            super().clean_fields(exclude=exclude)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        for name, message in self.missing_files_for_publication().items():
            if not exclude or name not in exclude:
                errors.setdefault(name, []).append(message)
        if errors:
            raise ValidationError(errors)
