"""The client's address, as the login lockout and the appointment rate limit see it.

``X-Forwarded-For`` is a request header: anybody can send one. It is believed only
when the request comes from one of our own proxies (``TRUSTED_PROXIES``), and only
as far as our proxies wrote it: each proxy appends the address it received the
request from, so the list is read from the right, trusted hops are skipped, and the
first address that is not one of ours is the client. Everything to the left of it
was written by the client and is ignored.
"""

import ipaddress
from collections.abc import Iterable
from functools import lru_cache

from django.conf import settings
from django.http import HttpRequest

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_networks(entries: Iterable[str]) -> tuple[IPNetwork, ...]:
    """Addresses and CIDR networks (``10.0.0.0/8``, ``2001:db8::1``); malformed
    entries are left out (the system check ``core.W001`` names them)."""
    networks = []
    for entry in entries:
        try:
            networks.append(ipaddress.ip_network(entry.strip(), strict=False))
        except ValueError:
            continue
    return tuple(networks)


def malformed_entries(entries: Iterable[str]) -> list[str]:
    return [entry for entry in entries if not parse_networks([entry])]


@lru_cache(maxsize=8)
def _trusted(entries: tuple[str, ...]) -> tuple[IPNetwork, ...]:
    return parse_networks(entries)


def _is_trusted(address: IPAddress, networks: tuple[IPNetwork, ...]) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return any(address in network for network in networks)


def parse_address(value: str) -> IPAddress | None:
    """An address as proxies write it: bare, ``1.2.3.4:5678`` or ``[2001:db8::1]:5678``."""
    text = value.strip().strip('"')
    if text.startswith("[") and "]" in text:
        text = text[1 : text.index("]")]
    elif text.count(":") == 1:
        text = text.partition(":")[0]
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def client_address(request: HttpRequest) -> str:
    """REMOTE_ADDR, or, when that is one of our proxies, the address it was sent from.

    Used by the login lockout (``AXES_CLIENT_IP_CALLABLE``) and the appointment rate
    limit alike. An entry that is not an address ends the walk: the nearest hop we
    trust is then the client, because whatever stands left of it may be forged.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    networks = _trusted(tuple(getattr(settings, "TRUSTED_PROXIES", ())))
    nearest = parse_address(remote)
    if nearest is None or not networks or not _is_trusted(nearest, networks):
        return str(nearest) if nearest is not None else remote
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    for entry in reversed(forwarded.split(",")):
        if not entry.strip():
            continue
        address = parse_address(entry)
        if address is None:
            break
        nearest = address
        if not _is_trusted(address, networks):
            break
    return str(nearest)
