"""Site-wide endpoints that belong to no app: health check, robots.txt, favicon and
the page for a failed CSRF check."""

import logging

from django.contrib.staticfiles.storage import staticfiles_storage
from django.db import connection
from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)


@never_cache
@require_GET
def healthz(request):
    """200 when the site can serve pages, that is when the database answers."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:
        logger.exception("Health check: database unavailable")
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /i18n/",
        f"Sitemap: {sitemap_url}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_GET
def favicon(request):
    """Browsers ask for /favicon.ico even where a page names its icon (the admin does not)."""
    return HttpResponsePermanentRedirect(staticfiles_storage.url("img/favicon.svg"))


def csrf_failure(request, reason: str = ""):
    """CSRF_FAILURE_VIEW: a friendly page in both languages instead of Django's
    technical one. Usually the form was open too long or cookies are blocked. Staff
    whose admin form failed are led back to the staff area, visitors to the site."""
    in_admin = request.path.startswith(reverse("admin:index"))
    return render(request, "core/csrf_failure.html", {"in_admin": in_admin}, status=403)
