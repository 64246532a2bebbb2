"""A rate limit per client for the appointment form that holds across server processes.

Counters live in a shared store: Redis (``caches["shared"]``) when ``REDIS_URL`` is
configured, else the database. A per-process cache would let every gunicorn worker
count on its own. The privacy policy promises that the limit keeps only a shortened,
hashed form of the IP address, for at most one hour: the key is an HMAC (with
SECRET_KEY) of the IPv4 address or the IPv6 /64 prefix, and a counter lives no
longer than its window, which is at most one hour. The client address comes from
``core.clientip``, which the login lockout uses as well.
"""

import datetime
import ipaddress
import logging
import re
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import ImproperlyConfigured
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import HttpRequest
from django.utils.crypto import salted_hmac

from contact.models import RateLimitBucket
from core.clientip import client_address

logger = logging.getLogger(__name__)

SHARED_CACHE = "shared"
DEFAULT_RATE = "5/h"
MAX_WINDOW_SECONDS = 60 * 60
_UNITS = {"s": 1, "m": 60, "h": 60 * 60}
_RATE = re.compile(r"(?P<limit>\d+)/(?P<multiplier>\d*)(?P<unit>[smh])")


@dataclass(frozen=True)
class Rate:
    limit: int
    window: int  # seconds


@dataclass(frozen=True)
class RateLimitResult:
    allowed: bool
    count: int = 0  # this client's submissions in the current window, this one included
    retry_after: int = 0  # seconds until the current window ends


def parse_rate(value: str) -> Rate | None:
    """``"5/h"`` → 5 per hour, ``"10/30m"`` → 10 per 30 minutes, ``"0"`` → no limit."""
    text = (value or "").strip().replace(" ", "")
    if text == "0":
        return None
    match = _RATE.fullmatch(text)
    if not match:
        raise ImproperlyConfigured(
            f"APPOINTMENT_RATE_LIMIT={value!r} is not a rate: write e.g. '5/h', "
            "'10/30m' or '0' to turn the limit off."
        )
    window = int(match["multiplier"] or 1) * _UNITS[match["unit"]]
    if not 0 < window <= MAX_WINDOW_SECONDS:
        raise ImproperlyConfigured(
            "APPOINTMENT_RATE_LIMIT: the window must be between one second and one hour; "
            "the privacy policy promises that the hashed address is kept at most one hour."
        )
    limit = int(match["limit"])
    return Rate(limit=limit, window=window) if limit else None


def client_key(address: str) -> str:
    """A keyed hash of the address; IPv6 clients are grouped by their /64 prefix,
    which is what one household or phone usually gets."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        text = address  # e.g. a unix socket; hashed all the same
    else:
        if ip.version == 6 and ip.ipv4_mapped:
            ip = ip.ipv4_mapped
        text = str(ipaddress.ip_network(f"{ip}/64", strict=False)) if ip.version == 6 else str(ip)
    return salted_hmac("contact.ratelimit.client", text, algorithm="sha256").hexdigest()[:32]


def rate_limit_hit(request: HttpRequest, *, now: float | None = None) -> RateLimitResult:
    """Count one submission of this client and say whether it is within the limit."""
    try:
        rate = parse_rate(settings.APPOINTMENT_RATE_LIMIT)
    except ImproperlyConfigured:
        # The system check reports it (contact.E001); a visitor must not pay for it.
        logger.error("APPOINTMENT_RATE_LIMIT is invalid; counting with %s instead.", DEFAULT_RATE)
        rate = parse_rate(DEFAULT_RATE)
    if rate is None:
        return RateLimitResult(allowed=True)
    now = time.time() if now is None else now
    window_start = int(now) // rate.window * rate.window
    key = client_key(client_address(request))
    count = None
    if SHARED_CACHE in settings.CACHES:
        count = _count_in_cache(key, window_start, rate, now)
    if count is None:
        count = _count_in_database(key, window_start, rate)
    retry_after = max(1, window_start + rate.window - int(now))
    return RateLimitResult(allowed=count <= rate.limit, count=count, retry_after=retry_after)


def _count_in_cache(key: str, window_start: int, rate: Rate, now: float) -> int | None:
    cache = caches[SHARED_CACHE]
    cache_key = f"contact:ratelimit:{key}:{window_start}"
    timeout = max(1, window_start + rate.window - int(now))
    try:
        # add() and incr() are each atomic in Redis; add only creates a missing counter.
        cache.add(cache_key, 0, timeout=timeout)
        try:
            return cache.incr(cache_key)
        except ValueError:
            # The counter expired between add() and incr(): this is a new window.
            cache.add(cache_key, 1, timeout=timeout)
            return 1
    except Exception as error:
        # Redis being away must not take the form down: count in the database instead.
        logger.warning(
            "Rate limit: shared cache unavailable (%s); counting in the database.",
            type(error).__name__,
        )
        return None


def _count_in_database(key: str, window_start: int, rate: Rate) -> int:
    start = datetime.datetime.fromtimestamp(window_start, tz=datetime.UTC)
    buckets = RateLimitBucket.objects.filter(key=key, window_start=start)
    # One transaction: on PostgreSQL the UPDATE locks the row until commit, so the count
    # read back is exactly ours; on SQLite the immediate transaction serialises writers.
    with transaction.atomic():
        if not buckets.update(count=F("count") + 1):
            try:
                with transaction.atomic():
                    RateLimitBucket.objects.create(
                        key=key,
                        window_start=start,
                        expires_at=start + datetime.timedelta(seconds=rate.window),
                        count=1,
                    )
            except IntegrityError:
                # Another process created the counter first: add to it.
                buckets.update(count=F("count") + 1)
            else:
                # A new window began; those that ended before it are no longer needed
                # (privacy policy). Measured from this window, never deleting itself.
                RateLimitBucket.objects.expired(start).delete()
        return buckets.values_list("count", flat=True).get()
