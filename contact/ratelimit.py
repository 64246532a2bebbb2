"""A rate limit per client for the appointment form that holds across server processes.

The window slides: a submission is let through when the count of the current fixed
window plus the count of the previous one, weighted by how much of it still overlaps
the last ``window`` seconds, stays within the limit (the usual two-counter
approximation). A client that sends the limit just before a window ends therefore gets
nothing through just after: the previous window's count still weighs almost fully.
Refused submissions are taken back from the count, so ``Retry-After`` stays true for a
person who tries again early.

Counters live in a shared store: Redis (``caches["shared"]``) when ``REDIS_URL`` is
configured, else the database. A per-process cache would let every gunicorn worker
count on its own. The privacy policy promises that the limit keeps only a shortened,
hashed form of the IP address, for at most one hour: the key is an HMAC (with
SECRET_KEY) of the IPv4 address or the IPv6 /64 prefix, and a counter is needed for
its own window and the next one, so the window is at most 30 minutes. The client
address comes from ``core.clientip``, which the login lockout uses as well.
"""

import datetime
import ipaddress
import logging
import math
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
DEFAULT_RATE = "3/30m"
# A counter is read during its own window and the next one: two windows, at most one
# hour (privacy policy).
MAX_WINDOW_SECONDS = 30 * 60
_UNITS = {"s": 1, "m": 60, "h": 60 * 60}
_RATE = re.compile(r"(?P<limit>\d+)/(?P<multiplier>\d*)(?P<unit>[smh])")


@dataclass(frozen=True)
class Rate:
    limit: int
    window: int  # seconds


@dataclass(frozen=True)
class RateLimitResult:
    allowed: bool
    count: int = 0  # this client's submissions in the current fixed window, this one included
    retry_after: int = 0  # seconds until a submission would be let through again


def parse_rate(value: str) -> Rate | None:
    """``"3/30m"`` → 3 per 30 minutes, ``"10/10m"``, ``"0"`` → no limit."""
    text = (value or "").strip().replace(" ", "")
    if text == "0":
        return None
    match = _RATE.fullmatch(text)
    if not match:
        raise ImproperlyConfigured(
            f"APPOINTMENT_RATE_LIMIT={value!r} is not a rate: write e.g. '3/30m', "
            "'10/20m' or '0' to turn the limit off."
        )
    window = int(match["multiplier"] or 1) * _UNITS[match["unit"]]
    if not 0 < window <= MAX_WINDOW_SECONDS:
        raise ImproperlyConfigured(
            "APPOINTMENT_RATE_LIMIT: the window must be between one second and 30 minutes. "
            "A sliding window also reads the previous window's counter, and the privacy "
            "policy promises that the hashed address is kept at most one hour."
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
    elapsed = now - window_start
    key = client_key(client_address(request))
    store = _DatabaseStore()
    if SHARED_CACHE in settings.CACHES:
        store = _CacheStore(fallback=store)
    current, previous = store.hit(key, window_start, rate, now)
    # The previous window's count, weighted by the part of it still inside the last
    # ``window`` seconds.
    weighted = previous * (rate.window - elapsed) / rate.window + current
    allowed = weighted <= rate.limit
    if not allowed:
        current = store.take_back(key, window_start)
    retry_after = _seconds_until_allowed(rate, elapsed, previous, current)
    return RateLimitResult(allowed=allowed, count=current, retry_after=retry_after)


def _seconds_until_allowed(rate: Rate, elapsed: float, previous: int, current: int) -> int:
    """When the next submission would pass, if the client waits until then."""
    room = rate.limit - current - 1  # what the decaying previous count may still weigh
    if room >= 0:
        # previous * (1 - (elapsed + t) / window) <= room, still in this window
        moment = rate.window * (previous - room) / previous if previous else 0
        return max(1, math.ceil(moment - elapsed))
    # Not in this window: in the next one, this window's count decays instead.
    moment = rate.window * (current - rate.limit + 1) / current
    return max(1, math.ceil(rate.window - elapsed + moment))


class _DatabaseStore:
    def hit(self, key: str, window_start: int, rate: Rate, now: float) -> tuple[int, int]:
        start = _moment(window_start)
        buckets = RateLimitBucket.objects.filter(key=key, window_start=start)
        # One transaction: on PostgreSQL the UPDATE locks the row until commit, so the
        # count read back is exactly ours; on SQLite the immediate transaction
        # serialises writers.
        with transaction.atomic():
            if not buckets.update(count=F("count") + 1):
                try:
                    with transaction.atomic():
                        RateLimitBucket.objects.create(
                            key=key,
                            window_start=start,
                            # Read until the next window ends.
                            expires_at=start + datetime.timedelta(seconds=2 * rate.window),
                            count=1,
                        )
                except IntegrityError:
                    # Another process created the counter first: add to it.
                    buckets.update(count=F("count") + 1)
                else:
                    # A new window began; counters no longer read are deleted (privacy
                    # policy), never the previous one, which this window still reads.
                    RateLimitBucket.objects.expired(_moment(now)).delete()
            current = buckets.values_list("count", flat=True).get()
        previous_start = _moment(window_start - rate.window)
        previous = (
            RateLimitBucket.objects.filter(key=key, window_start=previous_start)
            .values_list("count", flat=True)
            .first()
        )
        return current, previous or 0

    def take_back(self, key: str, window_start: int) -> int:
        buckets = RateLimitBucket.objects.filter(key=key, window_start=_moment(window_start))
        with transaction.atomic():
            buckets.filter(count__gt=0).update(count=F("count") - 1)
            return buckets.values_list("count", flat=True).first() or 0


class _CacheStore:
    """Redis: ``add`` and ``incr`` are each atomic; keys expire after two windows."""

    def __init__(self, *, fallback: _DatabaseStore):
        self.fallback = fallback
        self.failed = False

    def hit(self, key: str, window_start: int, rate: Rate, now: float) -> tuple[int, int]:
        cache = caches[SHARED_CACHE]
        current_key = _cache_key(key, window_start)
        timeout = max(1, window_start + 2 * rate.window - int(now))
        try:
            # add() only creates a missing counter.
            cache.add(current_key, 0, timeout=timeout)
            try:
                current = cache.incr(current_key)
            except ValueError:
                # The counter expired between add() and incr(): a new window.
                cache.add(current_key, 1, timeout=timeout)
                current = 1
            previous = cache.get(_cache_key(key, window_start - rate.window), 0)
        except Exception as error:
            # Redis being away must not take the form down: count in the database instead.
            logger.warning(
                "Rate limit: shared cache unavailable (%s); counting in the database.",
                type(error).__name__,
            )
            self.failed = True
            return self.fallback.hit(key, window_start, rate, now)
        return current, previous

    def take_back(self, key: str, window_start: int) -> int:
        if self.failed:
            return self.fallback.take_back(key, window_start)
        try:
            return caches[SHARED_CACHE].decr(_cache_key(key, window_start))
        except Exception:
            return 0  # expired or unreachable: nothing left to take back


def _cache_key(key: str, window_start: int) -> str:
    return f"contact:ratelimit:{key}:{window_start}"


def _moment(timestamp: float) -> datetime.datetime:
    return datetime.datetime.fromtimestamp(timestamp, tz=datetime.UTC)
