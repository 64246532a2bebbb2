from django import forms
from django.conf import settings
from django.contrib.admin import AdminSite
from django.contrib.admin.forms import AdminAuthenticationForm
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from django_otp import devices_for_user
from django_otp.admin import OTPAdminAuthenticationForm, OTPAdminSite
from django_otp.forms import OTPAuthenticationFormMixin


class OneTimeCodeInput(forms.TextInput):
    """Shown empty again after a failed try: the code typed before has expired anyway."""

    def format_value(self, value):
        return None


class StaffLoginForm(OTPAdminAuthenticationForm):
    """User name, password and the code from the authenticator app, on one page.

    django-otp's own form checks a code only against a device chosen from a list that
    its template shows after the first try, with an empty entry preselected: the correct
    code was refused twice ("Please select a device.") before anyone could log in. Here
    a staff member with one device (the usual case: ``enrol_totp``) never chooses; only
    with several devices does the list appear, and then the code is checked against the
    device chosen, never against all of them (django-otp's reason: a failed check throttles
    a device). TOTP devices are not interactive, so the "challenge" button is gone.
    """

    otp_error_messages = {
        **OTPAuthenticationFormMixin.otp_error_messages,
        "token_required": _("Enter the six-digit code from your authenticator app."),
        "invalid_token": _(
            "That code is not right or has expired. Enter the code your app shows now."
        ),
        "device_required": _("Choose the device whose code you entered."),
        "no_device": _(
            "No authenticator app is set up for this account. Please ask an administrator "
            "to set one up."
        ),
        "n_failed_attempts": ngettext_lazy(
            "After %(failure_count)d wrong code, codes are not checked for a short while. "
            "Please wait a moment and enter the code your app shows then.",
            "After %(failure_count)d wrong codes, codes are not checked for a short while. "
            "Please wait a moment and enter the code your app shows then.",
            "failure_count",
        ),
        "verification_not_allowed": _("Codes cannot be checked at the moment. Please try again."),
    }

    otp_device = forms.CharField(label=_("Device"), required=False, widget=forms.Select)
    otp_token = forms.CharField(
        label=_("Code from your authenticator app"),
        required=False,
        max_length=8,
        widget=OneTimeCodeInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "spellcheck": "false"}
        ),
    )
    otp_challenge = None
    field_order = ["username", "password", "otp_device", "otp_token"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.show_devices = False

    def clean_otp(self, user):
        if user is not None and not self._devices(user):
            raise forms.ValidationError(self.otp_error_messages["no_device"], code="no_device")
        super().clean_otp(user)

    def _devices(self, user) -> list:
        if not hasattr(self, "_user_devices"):
            self._user_devices = list(devices_for_user(user))
        return self._user_devices

    def _chosen_device(self, user):
        device = super()._chosen_device(user)
        if device is None and len(self._devices(user)) == 1:
            # Selected for update, as django-otp does for a chosen device, so that two
            # requests with the same code cannot both succeed.
            device = next(iter(devices_for_user(user, for_verify=True)), None)
        return device

    def _update_form(self, user):
        super()._update_form(user)
        devices = self._devices(user)
        self.show_devices = len(devices) > 1
        if self.show_devices:
            # No empty entry: a browser then sends a real device, the first by default.
            self.fields["otp_device"].widget.choices = [(d.persistent_id, d.name) for d in devices]


class StaffAdminSite(OTPAdminSite):
    """The admin, with a one-time code from an authenticator app required at login
    whenever REQUIRE_2FA is on (always in production). Installed as ``admin.site``
    by ``core.apps.StaffAdminConfig``."""

    site_header = _("Facial palsy site: staff area")
    site_title = _("Facial palsy staff area")
    index_title = _("Staff area")

    def __init__(self, name="admin"):
        super().__init__(name)

    @property
    def login_form(self):
        return StaffLoginForm if settings.REQUIRE_2FA else AdminAuthenticationForm

    @property
    def login_template(self):
        return "admin/login_otp.html" if settings.REQUIRE_2FA else None

    def has_permission(self, request):
        if settings.REQUIRE_2FA:
            return super().has_permission(request)
        return AdminSite.has_permission(self, request)
