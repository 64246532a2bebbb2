"""Who the client is, as the login lockout and the rate limit see it: X-Forwarded-For is
believed only from our own proxies (TRUSTED_PROXIES), and only as far as they wrote it."""

import pytest
from axes.models import AccessAttempt
from django.core import checks
from django.test import Client

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.1"


def recorded_address(username: str, remote: str, forwarded: str | None = None) -> str:
    """The client address django-axes records for one failed staff login."""
    headers = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    response = Client(**headers).post(
        "/admin/login/?next=/admin/", {"username": username, "password": "wrong"}
    )
    assert response.status_code == 200
    return AccessAttempt.objects.get(username=username).ip_address


@pytest.mark.parametrize(
    ("trusted", "remote", "forwarded", "client"),
    [
        # No proxy configured: the header is whatever the client wrote.
        ([], "203.0.113.5", "198.51.100.1", "203.0.113.5"),
        ([], PROXY, "198.51.100.1", PROXY),
        # Our proxy appends the address it saw; what the client sent stands left of it.
        ([PROXY], PROXY, "6.6.6.6, 198.51.100.7", "198.51.100.7"),
        # Two hops of ours (a network): both skipped.
        (["10.0.0.0/8"], PROXY, "6.6.6.6, 198.51.100.7, 10.0.0.2", "198.51.100.7"),
        # A client that talks to us directly is the client, whatever it says.
        ([PROXY], "192.0.2.9", "198.51.100.7", "192.0.2.9"),
        ([PROXY], PROXY, None, PROXY),
        # Only our proxies in the list: the furthest of them.
        (["10.0.0.0/8"], PROXY, "10.0.0.3, 10.0.0.2", "10.0.0.3"),
        # Ports and brackets as some proxies write them.
        ([PROXY], PROXY, "198.51.100.7:5678", "198.51.100.7"),
        ([PROXY], PROXY, "[2001:db8::7]:443", "2001:db8::7"),
        (["2001:db8:ffff::/48"], "2001:db8:ffff::1", "2001:db8::7", "2001:db8::7"),
        # An IPv4 proxy that reaches us over IPv6 (mapped address).
        ([PROXY], "::ffff:10.0.0.1", "198.51.100.7", "198.51.100.7"),
        ([PROXY], PROXY, " , ,198.51.100.7", "198.51.100.7"),
        # Something that is not an address ends the walk: nothing left of it is believed.
        ([PROXY], PROXY, "198.51.100.7, not-an-address", PROXY),
        ([PROXY], PROXY, "\x00\xff", PROXY),
        # A malformed entry of the setting is ignored; the others still count.
        (["nonsense", "10.0.0.1/33", PROXY], PROXY, "198.51.100.7", "198.51.100.7"),
        (["nonsense"], PROXY, "198.51.100.7", PROXY),
    ],
)
def test_x_forwarded_for_is_believed_only_from_a_trusted_proxy(
    settings, trusted, remote, forwarded, client
):
    settings.TRUSTED_PROXIES = trusted
    assert recorded_address("someone", remote, forwarded) == client


def test_the_scheme_header_setting_does_not_make_forwarded_for_believable(settings):
    # DJANGO_BEHIND_PROXY only trusts X-Forwarded-Proto; a client that reaches the
    # server directly still cannot choose its address.
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.TRUSTED_PROXIES = [PROXY]
    assert recorded_address("direct", "192.0.2.9", "198.51.100.7") == "192.0.2.9"
    settings.TRUSTED_PROXIES = []
    assert recorded_address("no-proxy", PROXY, "198.51.100.7") == PROXY


def test_a_malformed_trusted_proxy_is_a_system_check_warning(settings):
    from core.checks import check_trusted_proxies

    settings.TRUSTED_PROXIES = ["10.0.0.1", "10.0.0.0/8", "proxy.example.org"]
    [warning] = check_trusted_proxies(None)
    assert warning.id == "core.W001" and "proxy.example.org" in warning.msg
    settings.TRUSTED_PROXIES = ["10.0.0.1", "2001:db8::/32"]
    assert check_trusted_proxies(None) == []
    assert "core.W001" not in {message.id for message in checks.run_checks()}
