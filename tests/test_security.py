"""Hardened admin and headers on every response."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.db.models import F
from django.test import Client, override_settings
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/?next=/admin/"


def login(client, username, password, **extra):
    return client.post(
        LOGIN, {"username": username, "password": password, "next": "/admin/", **extra}
    )


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user(
        "editor", password="correct horse battery", is_staff=True
    )


@pytest.fixture
def colleague(django_user_model):
    return django_user_model.objects.create_user(
        "kollegin", password="another correct horse", is_staff=True
    )


def from_address(address: str) -> Client:
    return Client(REMOTE_ADDR=address)


def age_login_attempts(minutes: float) -> None:
    from axes.models import AccessAttempt

    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=minutes))


def test_five_failures_for_one_user_name_from_five_addresses_lock_that_user_name(editor, colleague):
    for n in range(1, 5):
        assert login(from_address(f"203.0.113.{n}"), "editor", "wrong").status_code == 200
    assert login(from_address("203.0.113.5"), "editor", "wrong").status_code == 429
    # Locked from everywhere, even with the right password.
    assert login(from_address("198.51.100.20"), "editor", "correct horse battery").status_code == (
        429
    )
    # Each of those addresses failed once only: a colleague there is not affected.
    assert login(from_address("203.0.113.1"), "kollegin", "another correct horse").status_code == (
        302
    )


def test_five_failures_from_one_address_with_five_user_names_lock_that_address(editor, colleague):
    attacker = from_address("203.0.113.66")
    for name in ("admin", "root", "demo", "empfang"):
        assert login(attacker, name, "wrong").status_code == 200
    assert login(attacker, "medien", "wrong").status_code == 429
    # Locked for every user name, even a real one with its right password.
    assert login(attacker, "editor", "correct horse battery").status_code == 429
    # A correct login by another user from another address is not affected.
    clinic = from_address("198.51.100.20")
    assert login(clinic, "kollegin", "another correct horse").status_code == 302
    # Nor is the editor from another address: each name failed once only.
    assert login(from_address("198.51.100.21"), "editor", "correct horse battery").status_code == (
        302
    )


def test_a_lockout_is_short_and_not_prolonged_by_tries_during_it(editor, settings):
    cool_off = settings.AXES_COOLOFF_TIME
    assert cool_off <= timedelta(minutes=15)
    minutes = cool_off.total_seconds() / 60
    attacker = from_address("203.0.113.7")
    for _ in range(5):
        login(attacker, "editor", "wrong")
    age_login_attempts(minutes - 1)
    assert login(attacker, "editor", "wrong").status_code == 429  # still locked, not counted
    age_login_attempts(2)
    assert login(attacker, "editor", "correct horse battery").status_code == 302


def test_a_successful_login_does_not_wipe_an_attackers_failures(editor, colleague):
    attacker = from_address("203.0.113.9")
    for _ in range(4):
        login(attacker, "editor", "wrong")
    # The editor logs in from the clinic meanwhile; the attacker's count goes on.
    assert login(from_address("198.51.100.20"), "editor", "correct horse battery").status_code == (
        302
    )
    assert login(attacker, "editor", "wrong").status_code == 429


def test_the_locked_out_page_is_in_the_language_of_the_admin(editor):
    attacker = from_address("203.0.113.8")
    for _ in range(5):
        login(attacker, "editor", "wrong")
    for accept, heading, other in (
        ("de", "Anmeldung vorübergehend gesperrt", "Login temporarily locked"),
        ("en", "Login temporarily locked", "Anmeldung vorübergehend gesperrt"),
    ):
        attacker.cookies.clear()
        locked = attacker.post(
            LOGIN,
            {"username": "editor", "password": "wrong", "next": "/admin/"},
            headers={"accept-language": accept},
        )
        assert locked.status_code == 429
        assert f'<html lang="{accept}"' in locked.text
        assert heading in locked.text and other not in locked.text


def test_the_lockout_is_stored_where_every_server_process_sees_it(editor):
    from axes.models import AccessAttempt

    attacker = Client(REMOTE_ADDR="203.0.113.8")
    for _ in range(5):
        login(attacker, "editor", "wrong")
    attempt = AccessAttempt.objects.get(username="editor", ip_address="203.0.113.8")
    assert attempt.failures_since_start == 5
    # A fresh client, as another gunicorn worker would see it: still locked.
    assert (
        login(Client(REMOTE_ADDR="203.0.113.8"), "editor", "correct horse battery").status_code
        == 429
    )


@override_settings(REQUIRE_2FA=True)
def test_with_two_factors_required_a_password_alone_is_not_enough(editor):
    client = Client()
    response = login(client, "editor", "correct horse battery")
    assert response.status_code == 200
    assert 'name="otp_token"' in response.text
    assert client.get("/admin/").status_code == 302


@override_settings(REQUIRE_2FA=True)
def test_with_an_enrolled_app_the_current_code_logs_in(editor):
    device = TOTPDevice.objects.create(user=editor, name="app", confirmed=True)
    client = Client()
    code = f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"
    response = login(
        client, "editor", "correct horse battery", otp_device=device.persistent_id, otp_token=code
    )
    assert response.status_code == 302, response.text
    assert client.get("/admin/").status_code == 200


@override_settings(REQUIRE_2FA=True)
def test_a_logged_in_but_unverified_staff_member_is_not_let_in(editor):
    client = Client()
    client.force_login(editor)
    assert client.get("/admin/").status_code == 302


def test_enrol_totp_prints_a_key_for_the_first_device(editor):
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("enrol_totp", "editor", stdout=out)
    assert "otpauth://totp/" in out.getvalue()
    assert TOTPDevice.objects.filter(user=editor, confirmed=True).count() == 1


def test_staff_sessions_end_after_inactivity_and_with_the_browser(client, editor, settings):
    client.force_login(editor)
    response = client.get("/admin/")
    session_cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert session_cookie["httponly"] and session_cookie["samesite"] == "Lax"
    assert not session_cookie["expires"]  # a browser-session cookie
    assert 0 < settings.SESSION_COOKIE_AGE <= 60 * 60
    assert client.session.get_expiry_age() <= settings.SESSION_COOKIE_AGE


def public_urls(client):
    xml = client.get("/sitemap.xml").text
    urls = set(re.findall(r"<loc>http://testserver([^<]+)</loc>", xml))
    return sorted(urls) + [
        "/de/gibt-es-nicht/",
        "/en/no-such-page/",
        "/robots.txt",
        "/healthz",
        LOGIN,
    ]


EXPECTED_CSP = [
    "default-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
]


def assert_security_headers(response, url, *, https=True):
    csp = response.get("Content-Security-Policy", "")
    for directive in EXPECTED_CSP:
        assert directive in csp, (url, response.status_code, directive)
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert response.get("X-Content-Type-Options") == "nosniff", url
    assert response.get("Referrer-Policy") == "same-origin", url
    assert response.get("Cross-Origin-Opener-Policy") == "same-origin", url
    assert "camera=()" in response.get("Permissions-Policy", ""), url
    assert response.get("X-Frame-Options") == "DENY", url
    if https:
        assert response["Strict-Transport-Security"].startswith("max-age=31536000"), url
    else:  # HSTS only over HTTPS (RFC 6797)
        assert "Strict-Transport-Security" not in response, url


@override_settings(SECURE_HSTS_SECONDS=31536000)
def test_every_response_carries_the_security_headers(client):
    for url in public_urls(client):
        response = client.get(url, secure=True)
        assert response.status_code in (200, 404), url
        assert_security_headers(response, url)


@pytest.fixture
def collected_static(settings, tmp_path):
    """Static files collected as in production, so that whitenoise serves them."""
    from io import StringIO

    from django.core.management import call_command

    settings.STATIC_ROOT = tmp_path / "static"
    call_command("collectstatic", "--noinput", stdout=StringIO())
    return settings.STATIC_ROOT


@override_settings(SECURE_HSTS_SECONDS=31536000)
def test_static_files_carry_the_same_security_headers(collected_static):
    client = Client()  # whitenoise reads STATIC_ROOT when the middleware is built
    for url in ("/static/css/site.css", "/static/admin/css/base.css"):
        response = client.get(url, secure=True)
        assert response.status_code == 200, url
        assert_security_headers(response, url)
    # A static address that does not exist is Django's 404, with the headers too.
    assert_security_headers(client.get("/static/nope.css", secure=True), "/static/nope.css")


@override_settings(SECURE_HSTS_SECONDS=31536000)
@pytest.mark.parametrize(
    ("url", "target"),
    [
        ("/", "/de/"),  # the language redirect
        ("/ursachen/", "/de/ursachen/"),
        ("/admin", "/admin/"),  # the missing slash
        ("/admin/", "/admin/login/?next=/admin/"),
    ],
)
def test_redirects_carry_the_same_security_headers(client, url, target):
    response = client.get(url, secure=True)
    assert response.status_code in (301, 302) and response["Location"].endswith(target)
    assert_security_headers(response, url)


@override_settings(SECURE_HSTS_SECONDS=31536000, SECURE_SSL_REDIRECT=True)
def test_the_https_redirect_carries_the_security_headers():
    response = Client().get("/de/termin/")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/de/termin/"
    assert_security_headers(response, "http → https", https=False)


@override_settings(SECURE_HSTS_SECONDS=31536000)
@pytest.mark.parametrize("method", ["TRACE", "TRACK", "CONNECT", "PROPFIND", "OPTIONS", "PUT"])
def test_unknown_methods_answer_405_everywhere(collected_static, method):
    client = Client()
    for url in ("/", "/de/", "/de/termin/", "/admin/login/", "/healthz", "/static/css/site.css",
                "/de/gibt-es-nicht/", "/patient-media/x/w800.webp"):  # fmt: skip
        response = client.generic(method, url, secure=True)
        assert response.status_code == 405, (method, url, response.status_code)
        assert response["Allow"] == "GET, HEAD, POST"
        assert b"TRACE" not in response.content and b"Cookie" not in response.content
        assert_security_headers(response, url)


@override_settings(SECURE_SSL_REDIRECT=True)
def test_trace_over_plain_http_is_405_too_not_a_redirect():
    assert Client().generic("TRACE", "/de/").status_code == 405


def test_no_page_loads_anything_from_another_host(client):
    for url in public_urls(client):
        response = client.get(url)
        if "text/html" not in response.get("Content-Type", ""):
            continue
        for tag in re.findall(
            r"<(?:script|link|img|source|video|track|iframe|audio|embed)\b[^>]*>", response.text
        ):
            for address in re.findall(r'(?:src|href|srcset|poster)="([^"]+)"', tag):
                if tag.startswith("<link") and (
                    'rel="alternate"' in tag or 'rel="canonical"' in tag
                ):
                    continue
                assert not re.match(r"(https?:)?//", address), (url, tag)


def test_production_cookies_are_secure():
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL"))}
    env.update(DJANGO_SECRET_KEY="x" * 60, DJANGO_SETTINGS_MODULE="facialpalsy.settings")
    code = (
        "from django.conf import settings as s;"
        "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.LANGUAGE_COOKIE_SECURE,"
        " s.SESSION_COOKIE_HTTPONLY, s.CSRF_COOKIE_HTTPONLY, s.LANGUAGE_COOKIE_HTTPONLY,"
        " s.SESSION_COOKIE_SAMESITE, s.CSRF_COOKIE_SAMESITE, s.LANGUAGE_COOKIE_SAMESITE,"
        " s.REQUIRE_2FA)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        cwd=Path(__file__).parent.parent,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.split() == ["True"] * 6 + ["Lax"] * 3 + ["True"]


def test_the_admin_pages_carry_a_nonce_based_csp(client, django_user_model):
    staff = django_user_model.objects.create_superuser("root", "r@example.org", "x" * 16)
    client.force_login(staff)
    response = client.get("/admin/content/page/add/")
    csp = response["Content-Security-Policy"]
    assert "'nonce-" in csp and "unsafe-inline" not in csp
    assert get_user_model().objects.filter(username="root").exists()


# --- gunicorn and the container ---------------------------------------------------

ROOT = __import__("pathlib").Path(__file__).resolve().parent.parent


def gunicorn_settings(monkeypatch, **env):
    import runpy

    from gunicorn.config import Config

    for name in ("GUNICORN_BIND", "DJANGO_TRUSTED_PROXIES"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    values = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    config = Config()
    for name in ("bind", "forwarded_allow_ips"):
        config.set(name, values[name])  # gunicorn's own validation: it would refuse to start
    return config


def test_gunicorn_listens_on_loopback_unless_told_otherwise(monkeypatch):
    assert gunicorn_settings(monkeypatch).bind == ["127.0.0.1:8000"]
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert re.search(r"^ENV GUNICORN_BIND=0\.0\.0\.0:8000$", dockerfile, re.MULTILINE)


@pytest.mark.parametrize(
    ("trusted", "allowed"),
    [
        ("", []),
        ("10.0.0.5", ["10.0.0.5/32"]),
        (
            "10.0.0.5, 10.1.0.0/16,nonsense,2001:db8::/32",
            ["10.0.0.5/32", "10.1.0.0/16", "2001:db8::/32"],
        ),
    ],
)
def test_gunicorn_believes_scheme_headers_from_the_trusted_proxies_only(
    monkeypatch, trusted, allowed
):
    from core.clientip import parse_networks

    config = gunicorn_settings(monkeypatch, DJANGO_TRUSTED_PROXIES=trusted)
    assert config.forwarded_allow_ips == allowed
    assert [str(network) for network in parse_networks(trusted.split(","))] == allowed
