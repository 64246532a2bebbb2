"""Values the form and the thank-you page pass through the browser.

None carries anything the visitor typed: the form gets the time it was shown (signed,
with a random part, so that two visitors in the same second get different ones) and a
random key that makes sending it twice harmless; the thank-you page learns only whether
to show the 72-hour advice, and that in a form that nobody without SECRET_KEY can read
from the address bar or the browser history.
"""

import hashlib
import re
import secrets
import time

from django.core import signing
from django.utils.crypto import constant_time_compare, salted_hmac

_FORM_SALT = "contact.form.started"
_THANKS_SALT = "contact.thanks"
# A form left open longer than this is sent again with a fresh timestamp.
FORM_MAX_AGE = 60 * 60 * 24
# The thank-you page works this long after sending; later its address leads to the form.
THANKS_MAX_AGE = 60 * 30
_SUBMISSION_KEY = re.compile(r"[A-Za-z0-9_-]{16,64}")


def form_started_token(now: float | None = None) -> str:
    started = int(time.time() if now is None else now)
    return signing.Signer(salt=_FORM_SALT).sign(f"{started}.{secrets.token_urlsafe(9)}")


def form_age(token: str, now: float | None = None) -> float | None:
    """Seconds since the form was shown, or None for a missing, forged or stale token."""
    try:
        started, _dot, nonce = signing.Signer(salt=_FORM_SALT).unsign(token).partition(".")
        age = (time.time() if now is None else now) - int(started)
    except (signing.BadSignature, ValueError):
        return None
    return age if nonce and 0 <= age <= FORM_MAX_AGE else None


def form_started_digest(token: str) -> str:
    """What is stored of a used form start: enough to recognise it, nothing more."""
    return hashlib.sha256(token.encode()).hexdigest()


def submission_key() -> str:
    return secrets.token_urlsafe(16)


def is_submission_key(value: str) -> bool:
    return bool(_SUBMISSION_KEY.fullmatch(value or ""))


def _advice_marker(nonce: str) -> str:
    return salted_hmac(_THANKS_SALT, f"{nonce}:acute", algorithm="sha256").hexdigest()[:16]


def thanks_token(*, acute: bool) -> str:
    """A short-lived, signed token; "acute" is a keyed hash nobody else can tell apart
    from a random one."""
    nonce = secrets.token_urlsafe(9)
    marker = _advice_marker(nonce) if acute else secrets.token_hex(8)
    return signing.TimestampSigner(salt=_THANKS_SALT).sign(f"{nonce}.{marker}")


def thanks_advice(token: str) -> bool | None:
    """Whether to show the 72-hour advice; None when the token is invalid or expired."""
    try:
        value = signing.TimestampSigner(salt=_THANKS_SALT).unsign(token, max_age=THANKS_MAX_AGE)
    except signing.BadSignature:
        return None
    nonce, _dot, marker = value.partition(".")
    return constant_time_compare(marker, _advice_marker(nonce))
