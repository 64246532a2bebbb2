import re

from django.conf import settings
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation

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


class PermissionsPolicyMiddleware:
    """Adds the Permissions-Policy header, which Django has no setting for."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
