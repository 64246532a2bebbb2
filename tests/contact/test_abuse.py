import datetime
import os
import re
import time
import uuid

import pytest
from django.test import Client
from django.views.debug import ExceptionReporter

from contact import ratelimit, tokens
from contact.models import AppointmentRequest, RateLimitBucket
from contact.views import MAX_BODY_BYTES
from tests.conftest import require
from tests.contact.conftest import FORM_URL, started, valid_data

pytestmark = pytest.mark.django_db

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def count() -> int:
    return AppointmentRequest.objects.count()


def test_post_without_csrf_token_is_refused_with_a_friendly_page(settings):
    settings.CSRF_FAILURE_VIEW = "core.views.csrf_failure"
    client = Client(enforce_csrf_checks=True)
    before = count()
    response = client.post(FORM_URL["en"], valid_data())
    assert response.status_code == 403
    assert count() == before
    assert "The form could not be sent" in response.text
    assert 'lang="de"' in response.text and "Das Formular konnte nicht gesendet werden" in (
        response.text
    )
    assert response.text.count("<h1") == 1


def test_post_with_the_csrf_token_from_the_page_is_accepted(client):
    client = Client(enforce_csrf_checks=True)
    page = client.get(FORM_URL["de"])
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    before = count()
    response = client.post(FORM_URL["de"], valid_data(csrfmiddlewaretoken=token))
    assert response.status_code == 302
    assert count() == before + 1


def test_honeypot_pretends_success_but_stores_and_sends_nothing(submit, mailoutbox):
    before = count()
    response = submit(valid_data(website="https://spam.example"))
    assert response.status_code == 302 and "?t=" in response["Location"]
    assert count() == before
    assert not mailoutbox


def test_a_form_sent_faster_than_a_person_can_is_not_stored(client, settings):
    settings.APPOINTMENT_MIN_FILL_SECONDS = 3
    before = count()
    response = client.post(FORM_URL["de"], valid_data(started=started(seconds_ago=0)))
    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    assert count() == before
    # The visitor's values and the original timestamp come back, so a second try works.
    assert 'value="Erika Muster"' in response.text


@pytest.mark.parametrize("token", ["", "123", "1700000000:forged", tokens.form_started_token(1)])
def test_a_missing_forged_or_stale_timestamp_asks_to_send_again(client, token):
    before = count()
    response = client.post(FORM_URL["en"], valid_data(started=token))
    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    assert count() == before
    assert response.context["form"].started_value() != token


def test_a_body_over_the_limit_is_refused_in_the_visitors_language_before_reading_it(client):
    before = count()
    big = valid_data(message="x" * (MAX_BODY_BYTES + 10))
    for language, text in (("de", "Ihre Anfrage ist zu lang"), ("en", "Your request is too long")):
        response = client.post(FORM_URL[language], big)
        assert response.status_code == 413
        assert text in response.text
        assert "no-store" in response["Cache-Control"]
    assert count() == before


def test_the_largest_legitimate_form_fits_the_size_limit(submit):
    before = count()
    emoji = "\U0001f642"
    data = valid_data(
        name=emoji * 150,
        message=emoji * 2000,
        phone="+" + "1" * 39,
        email="a" * 60 + "@" + "b" * 60 + ".example.org",
    )
    response = submit(data)
    assert response.status_code == 302, response.context["form"].errors
    assert count() == before + 1


@pytest.mark.parametrize("method", ["put", "delete", "patch"])
def test_other_methods_are_not_allowed(client, method):
    response = getattr(client, method)(FORM_URL["de"])
    assert response.status_code == 405


def test_head_answers_like_get_without_a_body(client):
    # Link checkers ask with HEAD; the page exists.
    assert client.head(FORM_URL["de"]).status_code == 200


def test_posting_to_the_thank_you_page_is_not_allowed(client):
    assert client.post("/de/termin/danke/").status_code == 405


@pytest.mark.parametrize(
    "query",
    ["?name=%00", "?t=%ff%fe", "?onset_date=9999-99-99&%E2%80%AE=1", "?" + "a=" + "x" * 5000],
)
def test_odd_query_strings_never_cause_a_server_error(client, query):
    assert client.get(FORM_URL["de"] + query).status_code == 200
    assert client.get("/de/termin/danke/" + query).status_code == 302


def test_health_data_never_reaches_error_reports_or_logs(client, monkeypatch, caplog):
    def explode(**data):
        raise RuntimeError("the database went away")

    monkeypatch.setattr("contact.views.appointment_request_create", explode)
    client.raise_request_exception = False
    response = client.post(FORM_URL["de"], valid_data(message="Geheime Diagnose"))
    assert response.status_code == 500
    request = response.wsgi_request
    report = ExceptionReporter(request, RuntimeError, RuntimeError("x"), None)
    assert "Geheime Diagnose" not in report.get_traceback_text()
    assert "erika@example.org" not in report.get_traceback_text()
    assert "Geheime Diagnose" not in caplog.text


# --- Rate limit --------------------------------------------------------------------


def submit_many(client, times, language="de", **extra):
    return [
        client.post(FORM_URL[language], valid_data(started=started()), **extra).status_code
        for _ in range(times)
    ]


def test_the_rate_limit_answers_429_in_the_visitors_language(client, settings):
    settings.APPOINTMENT_RATE_LIMIT = "3/30m"
    before = count()
    assert submit_many(client, 4) == [302, 302, 302, 429]
    assert count() == before + 3
    response = client.post(FORM_URL["en"], valid_data())
    assert response.status_code == 429
    assert "Too many requests" in response.text
    assert 0 < int(response["Retry-After"]) <= 3600
    german = client.post(FORM_URL["de"], valid_data())
    assert "Zu viele Anfragen" in german.text


class Clock:
    """The rate limit's clock, set by the test (the form's own timestamps keep real time)."""

    def __init__(self, now: float):
        self.now = now

    def time(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch):
    # A window boundary in the future, so no earlier counter of this client is in the way.
    boundary = (int(time.time()) // 1800 + 2) * 1800
    fake = Clock(boundary)
    monkeypatch.setattr("contact.ratelimit.time", fake)
    return fake


@pytest.mark.parametrize("store", ["database", "redis"])
def test_no_burst_of_twice_the_limit_across_a_window_boundary(
    client, settings, clock, store, request
):
    if store == "redis":
        request.getfixturevalue("redis_cache")
    settings.APPOINTMENT_RATE_LIMIT = "3/30m"
    boundary = clock.now
    clock.now = boundary - 10  # the last seconds of one window
    assert submit_many(client, 3) == [302, 302, 302]
    clock.now = boundary + 10  # the first seconds of the next
    assert submit_many(client, 3) == [429, 429, 429]
    # The previous window weighs less and less: after a third of this one (3 × 2/3 + 1 = 3)
    # one more may pass; Retry-After said so, and the early tries did not cost anything.
    response = client.post(FORM_URL["de"], valid_data(started=started()))
    assert response.status_code == 429 and response["Retry-After"] == "590"
    clock.now = boundary + 599
    assert submit_many(client, 1) == [429]
    clock.now = boundary + 600
    assert submit_many(client, 2) == [302, 429]


def test_invalid_forms_do_not_use_up_the_limit(client, settings):
    settings.APPOINTMENT_RATE_LIMIT = "2/30m"
    for _ in range(5):
        assert client.post(FORM_URL["de"], valid_data(email="wrong")).status_code == 200
    assert submit_many(client, 3) == [302, 302, 429]


def test_zero_turns_the_rate_limit_off(client, settings):
    settings.APPOINTMENT_RATE_LIMIT = "0"
    assert set(submit_many(client, 8)) == {302}


def test_the_limit_is_per_client(client, settings):
    settings.APPOINTMENT_RATE_LIMIT = "1/30m"
    assert submit_many(client, 2, REMOTE_ADDR="192.0.2.1") == [302, 429]
    assert submit_many(client, 1, REMOTE_ADDR="192.0.2.2") == [302]


def test_ipv6_clients_are_grouped_by_their_64_prefix(client, settings):
    settings.APPOINTMENT_RATE_LIMIT = "1/30m"
    assert submit_many(client, 1, REMOTE_ADDR="2001:db8:1:2::1") == [302]
    assert submit_many(client, 1, REMOTE_ADDR="2001:db8:1:2:ffff::9") == [429]
    assert submit_many(client, 1, REMOTE_ADDR="2001:db8:1:3::1") == [302]


def test_x_forwarded_for_counts_only_from_a_trusted_proxy(client, settings):
    settings.APPOINTMENT_RATE_LIMIT = "1/30m"
    forged = {"REMOTE_ADDR": "10.0.0.1", "HTTP_X_FORWARDED_FOR": "198.51.100.7"}
    assert submit_many(client, 1, **forged) == [302]
    # Without a trusted proxy the header is ignored: the same REMOTE_ADDR is limited.
    assert submit_many(client, 1, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4") == [429]
    settings.TRUSTED_PROXIES = ["10.0.0.1"]
    # From our proxy, the right-most entry (added by the proxy) is the client.
    proxied = {"REMOTE_ADDR": "10.0.0.1", "HTTP_X_FORWARDED_FOR": "6.6.6.6, 203.0.113.9"}
    assert submit_many(client, 2, **proxied) == [302, 429]
    other = {"REMOTE_ADDR": "10.0.0.1", "HTTP_X_FORWARDED_FOR": "6.6.6.6, 203.0.113.10"}
    assert submit_many(client, 1, **other) == [302]
    # A client that reaches the server directly cannot choose its address.
    direct = {"REMOTE_ADDR": "192.0.2.30", "HTTP_X_FORWARDED_FOR": "203.0.113.11"}
    assert submit_many(client, 2, **direct) == [302, 429]
    assert submit_many(client, 1, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.11") == [
        302
    ]


def test_the_store_keeps_a_keyed_hash_never_the_address(client, settings):
    settings.APPOINTMENT_RATE_LIMIT = "5/30m"
    submit_many(client, 1, REMOTE_ADDR="198.51.100.23")
    bucket = RateLimitBucket.objects.latest("pk")
    assert "198.51.100.23" not in bucket.key and len(bucket.key) == 32
    assert bucket.key == ratelimit.client_key("198.51.100.23")
    settings.SECRET_KEY = "another-secret-key-for-this-test-only-0123456789"
    assert ratelimit.client_key("198.51.100.23") != bucket.key
    assert bucket.expires_at - bucket.window_start <= datetime.timedelta(hours=1)


def test_ended_windows_are_deleted_when_a_new_one_begins(rf, settings):
    settings.APPOINTMENT_RATE_LIMIT = "5/m"
    request = rf.post("/", REMOTE_ADDR="192.0.2.50")
    now = time.time()
    ratelimit.rate_limit_hit(request, now=now - 3600)
    assert RateLimitBucket.objects.filter(key=ratelimit.client_key("192.0.2.50")).count() == 1
    ratelimit.rate_limit_hit(request, now=now)
    windows = RateLimitBucket.objects.filter(key=ratelimit.client_key("192.0.2.50"))
    assert windows.count() == 1 and windows.get().count == 1


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("3/30m", ratelimit.Rate(3, 1800)),
        ("10/20m", ratelimit.Rate(10, 1200)),
        (" 3 / 10s ", ratelimit.Rate(3, 10)),
        ("5/1800s", ratelimit.Rate(5, 1800)),
        ("0", None),
        ("0/m", None),
    ],
)
def test_rate_settings_are_parsed(value, expected):
    assert ratelimit.parse_rate(value) == expected


# A sliding window reads the previous window's counter too: a window over 30 minutes
# would keep the hashed address longer than the one hour the privacy policy promises.
@pytest.mark.parametrize("value", ["", "5", "five/h", "5/d", "5/h", "5/31m", "5/1801s", "-1/m"])
def test_a_wrong_rate_setting_is_a_system_check_error(settings, value):
    from contact.checks import check_rate_limit

    settings.APPOINTMENT_RATE_LIMIT = value
    [error] = check_rate_limit(None)
    assert error.id == "contact.E001"


@pytest.fixture
def redis_cache(settings):
    """The Redis store, with a prefix of its own; skipped only where no Redis runs."""
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except redis.RedisError:
        require(False, f"Redis is not reachable at {REDIS_URL} (start redis-server to run this).")
    settings.CACHES = {
        **settings.CACHES,
        "shared": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": f"test-{uuid.uuid4().hex}",
        },
    }


def test_with_redis_the_limit_is_counted_in_redis_not_the_database(client, settings, redis_cache):
    settings.APPOINTMENT_RATE_LIMIT = "2/30m"
    buckets = RateLimitBucket.objects.count()
    assert submit_many(client, 3) == [302, 302, 429]
    assert RateLimitBucket.objects.count() == buckets


def test_when_redis_is_down_the_database_counts(client, settings, caplog):
    settings.APPOINTMENT_RATE_LIMIT = "2/30m"
    settings.CACHES = {
        **settings.CACHES,
        "shared": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        },
    }
    assert submit_many(client, 3) == [302, 302, 429]
    assert "shared cache unavailable" in caplog.text


def test_an_empty_notification_list_is_a_system_check_warning(settings):
    from contact.checks import check_notification_addresses

    settings.APPOINTMENT_NOTIFICATION_EMAILS = []
    [warning] = check_notification_addresses(None)
    assert warning.id == "contact.W001"


def test_a_wrong_rate_setting_never_costs_a_visitor_the_request(client, settings):
    settings.APPOINTMENT_RATE_LIMIT = "5 per hour"
    before = count()
    assert submit_many(client, 1) == [302]
    assert count() == before + 1
