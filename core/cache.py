"""Whole-page cache for anonymous readers, invalidated by one site-wide version number.

Public pages carry no per-request values (no cookie, no CSRF token, no nonce), so
one rendered copy serves every anonymous reader. The copy is stored under the
current SiteVersion and today's date: any change staff make bumps that number (each
app connects its models with ``bump_version_on_changes``), so the next request renders
afresh, and a page whose content depends on the date alone (a consent that expires
at midnight, on a gallery page or in a content page's case links) is rendered afresh
when the day changes. The version is read from the database on every request: all
server processes see a change at once.
"""

import functools
import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import F
from django.http import HttpResponse
from django.utils import timezone, translation

from core.models import SiteVersion

# Headers a view sets itself and that must come back with the cached copy.
_KEPT_HEADERS = ("Cache-Control", "Content-Type", "Content-Language")
_MAX_QUERY_LENGTH = 200
_TIMEOUT = 60 * 60 * 24


def current_version() -> int:
    # Asked on every request: one plain query, without the ORM's overhead.
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT value FROM {SiteVersion._meta.db_table} WHERE id = 1")  # noqa: S608
        row = cursor.fetchone()
    return row[0] if row else 0


def bump_version(**_signal_kwargs) -> None:
    """Make every cached page stale once the current transaction has committed."""

    def bump():
        if not SiteVersion.objects.filter(pk=1).update(value=F("value") + 1):
            SiteVersion.objects.get_or_create(pk=1, defaults={"value": 1})

    transaction.on_commit(bump)


def bump_version_on_changes(*models, m2m=()) -> None:
    """Connect the writes to ``models`` (and the ``m2m`` through tables) to bump_version.

    Signals, not services, because every write path must reach the page cache: the
    admin, the shell, load_demo. They only bump the version number.
    """
    from django.db.models.signals import m2m_changed, post_delete, post_save

    for model in models:
        label = model._meta.label
        post_save.connect(bump_version, sender=model, dispatch_uid=f"page-cache-save-{label}")
        post_delete.connect(bump_version, sender=model, dispatch_uid=f"page-cache-delete-{label}")
    for through in m2m:
        uid = f"page-cache-m2m-{through._meta.label}"
        m2m_changed.connect(bump_version, sender=through, dispatch_uid=uid)


def cached_page(view):
    """Cache a view's 200 responses for anonymous GET requests."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if not _cacheable(request):
            return view(request, *args, **kwargs)
        key = page_key(request)
        if (stored := cache.get(key)) is not None:
            return _rebuild(stored)
        response = view(request, *args, **kwargs)
        if hasattr(response, "render") and callable(response.render):
            response = response.render()
        if response.status_code == 200 and not response.streaming and not response.cookies:
            kept = {name: response[name] for name in _KEPT_HEADERS if response.has_header(name)}
            cache.set(key, (response.content, kept), _TIMEOUT)
        return response

    return wrapper


def _cacheable(request) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and len(request.META.get("QUERY_STRING", "")) <= _MAX_QUERY_LENGTH
    )


def page_key(request) -> str:
    """The cache key of the page ``request`` asks for: it changes with every staff
    change (the site version) and at midnight (consents end with their last day)."""
    parts = [
        str(current_version()),
        timezone.localdate().isoformat(),
        translation.get_language(),
        request.get_host(),
        request.scheme,
        request.get_full_path(),
    ]
    return "page:" + hashlib.sha256("|".join(parts).encode()).hexdigest()


def _rebuild(stored) -> HttpResponse:
    content, headers = stored
    response = HttpResponse(content)
    for name, value in headers.items():
        response[name] = value
    return response
