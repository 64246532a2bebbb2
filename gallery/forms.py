from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from content.models import Page
from gallery.models import Case, Cause, Consent, MediaItem
from gallery.uploads import CleanVideo, clean_captions, clean_image, clean_signed_form, sniff
from gallery.videos import clean_video

# What the first bytes of an upload say makes it a video (the video check explains
# the formats it does not accept).
VIDEO_KINDS = {"mp4", "webm", "mov", "3gp"}


class GalleryFilterForm(forms.Form):
    """The public filter: plain GET, works without JavaScript."""

    cause = forms.ChoiceField(label=_("Cause"), required=False)
    procedure = forms.ModelChoiceField(
        label=_("Procedure"), queryset=Page.objects.none(), required=False, empty_label=_("all")
    )

    def __init__(self, *args, cases, **kwargs):
        super().__init__(*args, **kwargs)
        # Offer only what the shown cases have, so that no choice leads to an empty page.
        causes = set(cases.values_list("cause", flat=True))
        self.fields["cause"].choices = [("", _("all"))] + [
            (value, label) for value, label in Cause.choices if value in causes
        ]
        self.fields["procedure"].queryset = (
            Page.objects.published()
            .filter(gallery_cases__in=cases)
            .distinct()
            .select_related("parent")
        )

    def filter(self, cases):
        if cause := self.cleaned_data.get("cause"):
            cases = cases.filter(cause=cause)
        if procedure := self.cleaned_data.get("procedure"):
            cases = cases.filter(procedures=procedure)
        return cases


class ConsentForm(forms.ModelForm):
    class Meta:
        model = Consent
        fields = [
            "patient",
            "scope_website",
            "scope_print",
            "scope_teaching",
            "scope_social_media",
            "date_given",
            "signed_form",
            "form_version",
            "form_language",
            "signed_by_patient",
            "signed_by_guardian_1",
            "signed_by_guardian_2",
            "expires_on",
        ]

    def clean_signed_form(self):
        upload = self.cleaned_data["signed_form"]
        self.clean_signed_form_data = clean_signed_form(upload)
        return upload


class WithdrawalForm(forms.Form):
    withdrawn_on = forms.DateField(
        label=_("Withdrawn on"), help_text=_("The day the patient asked to withdraw.")
    )
    channel = forms.ChoiceField(label=_("How the patient asked"), choices=Consent.Channel.choices)
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("E.g. who took the request. No health details."),
    )

    def __init__(self, *args, consent, **kwargs):
        super().__init__(*args, **kwargs)
        self.consent = consent

    def clean_withdrawn_on(self):
        withdrawn_on = self.cleaned_data["withdrawn_on"]
        try:
            self.consent.check_withdrawal_date(withdrawn_on)
        except ValidationError as error:
            raise ValidationError(error.message_dict["withdrawn_on"]) from error
        return withdrawn_on


class MediaItemForm(forms.ModelForm):
    """Checks every upload by its content and keeps the cleaned result for the service."""

    original = forms.FileField(
        label=_("Image or video"),
        required=False,
        # Plain file inputs: patient files have no address to show as "currently".
        widget=forms.FileInput(
            attrs={"accept": "image/jpeg,image/png,image/webp,video/mp4,video/webm,video/quicktime"}
        ),
        help_text=_(
            "JPEG, PNG or WebP image, or MP4/WebM video (iPhone videos in MOV are converted "
            "to MP4). Images are re-encoded: location and camera data are removed."
        ),
    )
    poster = forms.FileField(
        label=_("Poster image (videos)"),
        required=False,
        widget=forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    captions_de = forms.FileField(
        label=_("Captions, German (WebVTT)"),
        required=False,
        widget=forms.FileInput(attrs={"accept": ".vtt"}),
    )
    captions_en = forms.FileField(
        label=_("Captions, English (WebVTT)"),
        required=False,
        widget=forms.FileInput(attrs={"accept": ".vtt"}),
    )

    class Meta:
        model = MediaItem
        fields = [
            "case",
            "consent",
            "original",
            "poster",
            "captions_de",
            "captions_en",
            "stage",
            "expression",
            "months_from_treatment",
            "caption_de",
            "caption_en",
            "alt_text_de",
            "alt_text_en",
            "status",
            "position",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.cleaned_files = {}
        self.fields["consent"].queryset = Consent.objects.select_related("patient")
        self.fields["case"].queryset = Case.objects.select_related("patient")
        if self.instance.pk is None:
            self.fields["original"].required = True

    def _get_validation_exclusions(self):
        # The files are stored by the service after validation; the model must not
        # see a new item's missing file as an error before that.
        return super()._get_validation_exclusions() | {
            "original",
            "poster",
            "captions_de",
            "captions_en",
        }

    def clean_original(self):
        upload = self.cleaned_data.get("original")
        if upload and not isinstance(upload, str) and hasattr(upload, "read"):
            upload.seek(0)
            kind = sniff(upload.read(64))
            upload.seek(0)
            is_video = kind in VIDEO_KINDS
            self.cleaned_files["original"] = (
                clean_video(upload) if is_video else clean_image(upload)
            )
        return self.instance.original

    def clean_poster(self):
        upload = self.cleaned_data.get("poster")
        if upload and hasattr(upload, "read"):
            self.cleaned_files["poster"] = clean_image(upload)
        return self.instance.poster

    def clean_captions_de(self):
        return self._clean_captions("de")

    def clean_captions_en(self):
        return self._clean_captions("en")

    def _clean_captions(self, language):
        upload = self.cleaned_data.get(f"captions_{language}")
        if upload and hasattr(upload, "read"):
            self.cleaned_files.setdefault("captions", {})[language] = clean_captions(upload)
        return getattr(self.instance, f"captions_{language}")

    def clean(self):
        cleaned = super().clean()
        # The publication rule, applied to the files as they will be after saving.
        pending = {"poster"} & set(self.cleaned_files)
        pending |= {f"captions_{code}" for code in self.cleaned_files.get("captions", {})}
        missing = self.instance.missing_files_for_publication(
            status=cleaned.get("status"),
            kind=MediaItem.Kind.VIDEO if self.will_be_video() else MediaItem.Kind.IMAGE,
            pending=pending,
        )
        for name, message in missing.items():
            self.add_error(name, message)
        return cleaned

    def will_be_video(self):
        new = self.cleaned_files.get("original")
        if new is not None:
            return isinstance(new, CleanVideo)
        return self.instance.kind == MediaItem.Kind.VIDEO
