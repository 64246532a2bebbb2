import re

from django.conf import settings
from django.http import HttpResponseNotAllowed
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.middleware.security import SecurityMiddleware
from django.utils import translation
from django.utils.csp import CSP, build_policy

# Something that looks like a language prefix: "fr", "pt-br", "zh-hans".
_LANGUAGE_PREFIX = re.compile(r"^/([a-z]{2}(?:-[a-z0-9]{2,8})?)(/|$)", re.IGNORECASE)


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, minus one guess.

    For a 404 without a language prefix Django tries "/<language>/<path>" and
    redirects there when that pattern resolves. With slugs matched by pattern,
    "/fr/anything/" would resolve as a page path and the visitor would be sent
    from one 404 to another. An unknown language prefix is answered with 404
    directly; "/ursachen/" still redirects to "/de/ursachen/".
    """

    def process_response(self, request, response):
        if response.status_code == 404:
            match = _LANGUAGE_PREFIX.match(request.path_info)
            known = {code for code, _name in settings.LANGUAGES}
            if match and match.group(1).lower() not in known:
                response.headers.setdefault("Content-Language", translation.get_language())
                return response
        return super().process_response(request, response)


class SiteHeadersMiddleware:
    """The outermost middleware: what must hold for every response of the site.

    - Only GET, HEAD and POST are answered; TRACE, TRACK, CONNECT and anything else get
      405, before the HTTPS redirect, whitenoise or a view could answer otherwise.
    - Responses that never pass Django's CSP and clickjacking middleware – static files
      from whitenoise, the HTTPS, language and missing-slash redirects – get the same
      Content-Security-Policy (without a nonce: they carry no script) and
      X-Frame-Options as pages; every response gets the Permissions-Policy, which Django
      has no setting for. Headers a response already has, or opted out of, stay as they are.
    - The 405 answered here never reaches SecurityMiddleware, so its headers (HSTS,
      nosniff, Referrer-Policy, COOP) are added with Django's own code.
    """

    ALLOWED_METHODS = ("GET", "HEAD", "POST")

    def __init__(self, get_response):
        self.get_response = get_response
        self.security = SecurityMiddleware(get_response)

    def __call__(self, request):
        if request.method in self.ALLOWED_METHODS:
            response = self.get_response(request)
        else:
            response = self.security.process_response(
                request, HttpResponseNotAllowed(self.ALLOWED_METHODS)
            )
        return self.add_headers(response)

    @staticmethod
    def add_headers(response):
        for header, setting, attribute in (
            (CSP.HEADER_ENFORCE, "SECURE_CSP", "_csp_config"),
            (CSP.HEADER_REPORT_ONLY, "SECURE_CSP_REPORT_ONLY", "_csp_ro_config"),
        ):
            config = getattr(response, attribute, getattr(settings, setting))
            if config and header not in response:
                response.headers[str(header)] = build_policy(config)
        if not getattr(response, "xframe_options_exempt", False):
            response.headers.setdefault("X-Frame-Options", settings.X_FRAME_OPTIONS)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
