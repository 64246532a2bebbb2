import logging
import re
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
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


# The empty form is the same for every visitor but for two values: the CSRF token and
# the signed time the form was shown. It is rendered once per language and site
# version (see core.cache), and those two values are filled in for each request.
_CSRF_INPUT = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*(")')
_STARTED_INPUT = re.compile(r'(name="started" value=")[^"]*(")')
_SUBMISSION_INPUT = re.compile(r'(name="submission" value=")[^"]*(")')
_CSRF_SLOT, _STARTED_SLOT, _SUBMISSION_SLOT = "\x00csrf\x00", "\x00started\x00", "\x00key\x00"


def _empty_form_page(request: HttpRequest) -> HttpResponse:
    key = f"contact:empty-form:{current_version()}:{translation.get_language()}"
    html = cache.get(key)
    if html is None:
        html = _render_form(request, AppointmentRequestForm()).content.decode()
        html = _CSRF_INPUT.sub(rf"\g<1>{_CSRF_SLOT}\g<2>", html)
        html = _STARTED_INPUT.sub(rf"\g<1>{_STARTED_SLOT}\g<2>", html)
        html = _SUBMISSION_INPUT.sub(rf"\g<1>{_SUBMISSION_SLOT}\g<2>", html)
        cache.set(key, html, 60 * 60)
    html = html.replace(_CSRF_SLOT, get_token(request))
    html = html.replace(_SUBMISSION_SLOT, tokens.submission_key())
    return HttpResponse(html.replace(_STARTED_SLOT, tokens.form_started_token()))


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
