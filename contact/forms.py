from django import forms
from django.conf import settings
from django.core.validators import RegexValidator
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from contact import tokens
from contact.choices import Cause, OnsetUnit, Patient, PreferredContact, Side, Treatment
from contact.fields import CleanEmailField, CleanTextField
from contact.onset import MESSAGES as ONSET_MESSAGES
from contact.onset import resolve_onset
from contact.urgency import Urgency, urgency_of

# Change the version whenever the consent wording changes, in either language.
CONSENT_VERSION = "2026-11"
CONSENT_TEXT = _(
    "I agree that the facial palsy team of the university hospital may store and use the "
    "details I give in this form, including the details about my health, to answer my "
    "request for an appointment. I can withdraw my consent at any time."
)
MESSAGE_MAX_LENGTH = 2000
STALE_FORM = _(
    "The form was open for a long time. Please check your details and send the form again."
)

# Fields the service stores, in the order of its signature.
REQUEST_FIELDS = (
    "name",
    "email",
    "phone",
    "preferred_contact",
    "language",
    "patient",
    "onset_date",
    "onset_amount",
    "onset_unit",
    "cause",
    "side",
    "treatments",
    "referred",
    "message",
)


class AppointmentRequestForm(forms.Form):
    name = CleanTextField(
        label=_("Your name"),
        max_length=150,
        help_text=_("If you are writing for someone else, please give your own name."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Enter your name.")},
    )
    email = CleanEmailField(
        label=_("E-mail address"),
        max_length=254,
        help_text=_("We send you a confirmation. It contains no details about your health."),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        error_messages={
            "required": _("Enter your e-mail address."),
            "invalid": _("Enter the e-mail address in the right form, e.g. name@example.org."),
        },
    )
    phone = CleanTextField(
        label=_("Phone number"),
        max_length=40,
        required=False,
        help_text=_("Only needed if you would like us to call you."),
        validators=[
            RegexValidator(
                r"^\+?[0-9][0-9 ()/.\-]{4,}$",
                _("Enter a phone number with digits only, e.g. +49 30 1234567."),
            )
        ],
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    preferred_contact = forms.ChoiceField(
        label=_("How should we contact you?"),
        choices=PreferredContact.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how we should contact you.")},
    )
    language = forms.ChoiceField(
        label=_("In which language?"),
        choices=settings.LANGUAGES,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the language for our reply.")},
    )
    patient = forms.ChoiceField(
        label=_("Who is the appointment for?"),
        choices=Patient.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose whom the appointment is for.")},
    )
    onset_date = forms.DateField(
        label=_("The date it began"),
        required=False,
        input_formats=["%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y"],
        help_text=_("Day, month and year, e.g. 15/03/2026."),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Enter the date as day, month and year, e.g. 15/03/2026.")},
    )
    onset_amount = forms.IntegerField(
        label=pgettext_lazy("onset duration", "Number"),
        required=False,
        min_value=0,
        # Keeps date arithmetic finite; the 100-year rule below gives the real limit.
        max_value=36500,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        error_messages={
            "invalid": _("Enter a whole number."),
            "min_value": _("The number cannot be negative."),
            "max_value": _("That is more than 100 years ago."),
        },
    )
    onset_unit = forms.ChoiceField(
        label=pgettext_lazy("onset duration", "Unit"),
        required=False,
        choices=[("", pgettext_lazy("empty choice", "– please choose –")), *OnsetUnit.choices],
    )
    onset_unknown = forms.BooleanField(label=_("I don't know when it began"), required=False)
    cause = forms.ChoiceField(
        label=_("Cause, if known"),
        choices=Cause.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the cause, or “Not known”.")},
    )
    side = forms.ChoiceField(
        label=_("Which side of the face is affected?"),
        choices=Side.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose which side of the face is affected.")},
    )
    treatments = forms.MultipleChoiceField(
        label=_("Treatments so far"),
        choices=Treatment.choices,
        help_text=_("Tick all that apply."),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Tick the treatments so far, or “None”.")},
    )
    referred = forms.TypedChoiceField(
        label=_("Has a doctor referred you to us?"),
        choices=[("yes", pgettext_lazy("answer", "Yes")), ("no", pgettext_lazy("answer", "No"))],
        coerce=lambda value: value == "yes",
        empty_value=None,
        widget=forms.RadioSelect,
        error_messages={"required": _("Tell us whether a doctor has referred you.")},
    )
    message = CleanTextField(
        label=_("Message"),
        multiline=True,
        required=False,
        max_length=MESSAGE_MAX_LENGTH,
        help_text=_(
            "Up to 2,000 characters. Please do not send findings or documents here: "
            "bring them to your appointment."
        ),
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        help_text=_("How we protect your details and when we delete them:"),
        error_messages={
            "required": _(
                "Please agree to the processing of your details. Without your consent we "
                "cannot answer your request."
            )
        },
    )
    # A field people do not see (hidden by the stylesheet) but form-filling robots do.
    website = forms.Field(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    # When the form was shown, signed: people need a few seconds, robots do not.
    started = forms.CharField(required=False, widget=forms.HiddenInput)
    # A random value of this form page: the same form sent twice is stored once.
    submission = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = timezone.localdate()
        self.fields["onset_date"].widget.attrs["max"] = self.today.isoformat()
        self.fields["started"].initial = tokens.form_started_token()
        self.fields["submission"].initial = tokens.submission_key()
        self._restarted = False
        self.fields["language"].initial = translation.get_language()

    def clean_treatments(self):
        treatments = self.cleaned_data["treatments"]
        if Treatment.NONE in treatments and len(treatments) > 1:
            raise forms.ValidationError(
                _("You ticked “None” and a treatment. Please tick only what applies.")
            )
        return treatments

    def clean(self):
        cleaned = super().clean()
        self._clean_onset(cleaned)
        wants_call = cleaned.get("preferred_contact") == PreferredContact.PHONE
        if wants_call and not cleaned.get("phone") and "phone" not in self.errors:
            self.add_error("phone", _("Please give a phone number, or choose contact by e-mail."))
        # Only a form that is otherwise complete is checked for robot speed: a person who
        # sends the empty form at once needs the field errors, not this one.
        if not self.errors:
            self._clean_form_page(cleaned.get("started") or "", cleaned.get("submission") or "")
        return cleaned

    def _clean_form_page(self, token: str, key: str) -> None:
        age = tokens.form_age(token)
        if age is None or not tokens.is_submission_key(key):
            self.add_error(None, STALE_FORM)
        elif age < settings.APPOINTMENT_MIN_FILL_SECONDS:
            self.add_error(
                None, _("That was very quick. Please check your details and send the form again.")
            )

    def _clean_onset(self, cleaned: dict) -> None:
        onset_fields = ("onset_date", "onset_amount", "onset_unit", "onset_unknown")
        if any(field in self.errors for field in onset_fields):
            return
        result = resolve_onset(
            date=cleaned.get("onset_date"),
            amount=cleaned.get("onset_amount"),
            unit=cleaned.get("onset_unit") or "",
            unknown=bool(cleaned.get("onset_unknown")),
            today=self.today,
        )
        for field, code in result.errors.items():
            self.add_error(field, forms.ValidationError(ONSET_MESSAGES[code], code=code))
        cleaned["onset_date"], cleaned["onset_unit"] = result.date, result.unit

    @property
    def is_spam(self) -> bool:
        return bool(self.cleaned_data.get("website"))

    @property
    def onset_is_acute(self) -> bool:
        """Whether the onset given (valid or not yet) lies within the last 72 hours."""
        onset = getattr(self, "cleaned_data", {}).get("onset_date")
        if onset is None or onset > self.today:
            return False
        return urgency_of(onset, self.today) == Urgency.ACUTE

    def restart(self) -> None:
        """The form page was used for a request already (a replayed form start): show
        the form again, as after a stale one, with a fresh start and key."""
        self.add_error(None, STALE_FORM)
        self._restarted = True

    def started_value(self) -> str:
        """The form's timestamp for the page: kept while valid, so that the fill time
        counts from the first time the form was shown."""
        submitted = self.data.get("started", "") if self.is_bound else ""
        if submitted and not self._restarted and tokens.form_age(submitted) is not None:
            return submitted
        return self.fields["started"].initial

    def submission_value(self) -> str:
        """The page's key, kept while the form comes back with errors (nothing was stored)."""
        submitted = self.data.get("submission", "") if self.is_bound else ""
        if not self._restarted and tokens.is_submission_key(submitted):
            return submitted
        return self.fields["submission"].initial

    def request_data(self) -> dict:
        """The cleaned values as ``appointment_request_create`` takes them."""
        data = {field: self.cleaned_data[field] for field in REQUEST_FIELDS}
        data["consent_text"] = str(CONSENT_TEXT)
        data["consent_version"] = CONSENT_VERSION
        data["submission_key"] = self.cleaned_data["submission"]
        data["form_started"] = self.cleaned_data["started"]
        return data
