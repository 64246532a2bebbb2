import logging
import secrets
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_safe

from contact import tokens
from contact.forms import AppointmentRequestForm
from contact.ratelimit import rate_limit_hit
from contact.services import (
    AppointmentRequestResent,
    FormStartReused,
    appointment_request_check_new,
    appointment_request_create,
)
from content.models import Page
from core.cache import current_version

logger = logging.getLogger(__name__)

# The largest form a person can send (every field full, in four-byte characters) is
# about 29 KB; anything bigger is refused before a byte of it is read.
MAX_BODY_BYTES = 32 * 1024


@never_cache
@sensitive_post_parameters()
# The size check must come before the CSRF check, which reads the body; the form view
# below is protected by csrf_protect instead of the middleware.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def appointment_request(request: HttpRequest) -> HttpResponse:
    if request.method == "POST" and _content_length(request) > MAX_BODY_BYTES:
        return render(request, "contact/request_too_large.html", status=413)
    return _form_page(request)


def _content_length(request: HttpRequest) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0  # Django reads no body either


@csrf_protect
def _form_page(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        form = AppointmentRequestForm(request.POST)
        if form.is_valid():
            data = form.request_data()
            try:
                appointment_request_check_new(
                    submission_key=data["submission_key"], form_started=data["form_started"]
                )
                limit = rate_limit_hit(request)
                if not limit.allowed:
                    response = render(request, "contact/too_many_requests.html", status=429)
                    response["Retry-After"] = str(limit.retry_after)
                    return response
                if form.is_spam:
                    # Robots are told it worked, so they learn nothing; nothing is stored.
                    logger.info("Appointment form: honeypot filled in; nothing stored.")
                    return _redirect_to_thanks(acute=False)
                appointment_request_create(**data)
            except AppointmentRequestResent as resent:
                # Sent again (a broken connection, a double click): the first answer again.
                return _redirect_to_thanks(acute=resent.earlier.acute_on_arrival)
            except FormStartReused:
                form.restart()
                return _render_form(request, form)
            return _redirect_to_thanks(acute=form.onset_is_acute)
        return _render_form(request, form)
    return _empty_form_page(request)


def _render_form(request: HttpRequest, form: AppointmentRequestForm) -> HttpResponse:
    return render(
        request, "contact/request_form.html", {"form": form, "privacy_page": _privacy_page()}
    )


# The empty form is the same for every visitor but for three values: the CSRF token,
# the signed time the form was shown and the page's submission key. It is rendered once
# per site version, day (the date field's maximum), language, host and scheme (the
# canonical link), with a random marker for each of those values: the template itself
# puts the markers where the values belong, through the same variables and tags as for a
# live form, and each request fills in its own values there.
@dataclass(frozen=True)
class _FormPage:
    html: str
    markers: dict[str, str]  # value name → its marker in ``html``

    def fill(self, **values: str) -> str:
        html = self.html
        for name, marker in self.markers.items():
            html = html.replace(marker, escape(values[name]))
        return html


def _empty_form_page(request: HttpRequest) -> HttpResponse:
    key = ":".join(
        [
            "contact:empty-form",
            str(current_version()),
            timezone.localdate().isoformat(),
            translation.get_language(),
            request.get_host(),
            request.scheme,
        ]
    )
    page = cache.get(key)
    if page is None:
        page = _render_form_page(request)
        if page is None:
            return _render_form(request, AppointmentRequestForm())
        cache.set(key, page, 60 * 60)
    html = page.fill(
        csrf_token=get_token(request),
        started=tokens.form_started_token(),
        submission=tokens.submission_key(),
    )
    return HttpResponse(html)


def _render_form_page(request: HttpRequest) -> _FormPage | None:
    # Letters and digits only, so that escaping leaves them as they are; random, so that
    # no text of the page can contain one.
    markers = {
        name: f"slot{secrets.token_hex(16)}" for name in ("csrf_token", "started", "submission")
    }
    form = AppointmentRequestForm()
    form.fields["started"].initial = markers["started"]
    form.fields["submission"].initial = markers["submission"]
    # A context value wins over the csrf context processor: {% csrf_token %} emits the marker.
    context = {"form": form, "privacy_page": _privacy_page(), "csrf_token": markers["csrf_token"]}
    html = render_to_string("contact/request_form.html", context, request=request)
    if any(html.count(marker) != 1 for marker in markers.values()):
        # A template that shows a value twice or not at all: serve it uncached, never wrong.
        logger.error("contact/request_form.html must show each per-request value once.")
        return None
    return _FormPage(html=html, markers=markers)


def _privacy_page() -> Page | None:
    return Page.objects.published().filter(key="privacy").first()


def _redirect_to_thanks(*, acute: bool) -> HttpResponse:
    query = urlencode({"t": tokens.thanks_token(acute=acute)})
    return redirect(f"{reverse('contact:thanks')}?{query}")


@never_cache
@require_safe
def thanks(request: HttpRequest) -> HttpResponse:
    """The page after sending. Without a fresh token it is the form again, so a
    bookmark or the browser history shows nothing about a request."""
    token = request.GET.get("t", "")
    acute = tokens.thanks_advice(token)
    if acute is None:
        return redirect("contact:request")
    # The language switcher keeps the token, so the page survives a language change.
    alternates = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            alternates[code] = f"{reverse('contact:thanks')}?{urlencode({'t': token})}"
    return render(request, "contact/thanks.html", {"acute": acute, "alternates": alternates})
