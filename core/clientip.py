from django.conf import settings
from django.http import HttpRequest


def client_address(request: HttpRequest) -> str:
    """The client's IP address: REMOTE_ADDR, or behind our proxy the address it saw.

    Behind the TLS-terminating proxy (SECURE_PROXY_SSL_HEADER set) REMOTE_ADDR is the
    proxy. It appends the address it received the request from to X-Forwarded-For,
    so the right-most entry is the only one a client cannot forge. Used by the login
    lockout and the appointment rate limit alike.
    """
    address = request.META.get("REMOTE_ADDR", "")
    if settings.SECURE_PROXY_SSL_HEADER:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if forwarded:
            address = forwarded[-1]
    return address
