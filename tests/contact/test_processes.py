"""Several OS processes at once: gunicorn workers and plain Python processes.

These start real servers and take a few seconds each; they are part of the normal
suite and of CI (deselect locally with ``-m "not slow"``).
"""

import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.conftest import require
from tests.contact.conftest import valid_data
from tests.contact.servers import (
    POSTGRES_URL,
    ROOT,
    Visitor,
    copy_database,
    count_rows,
    gunicorn,
    migrate,
    postgresql_database,
    server_env,
    wait_for_a_fresh_window,
)

pytestmark = pytest.mark.slow

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
FORM = {**valid_data(language="en"), "started": None}
REQUESTS = "contact_appointmentrequest"
BUCKETS = "contact_ratelimitbucket"


@pytest.fixture(scope="session")
def migrated_database(tmp_path_factory):
    database = tmp_path_factory.mktemp("contact-db") / "template.sqlite3"
    migrate(database)
    return database


@pytest.fixture
def database(migrated_database, tmp_path):
    return copy_database(migrated_database, tmp_path / "site.sqlite3")


@pytest.fixture
def redis_url():
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except redis.RedisError:
        require(False, f"Redis is not reachable at {REDIS_URL} (start redis-server to run this).")
    return REDIS_URL


def send_concurrently(base: str, count: int) -> list[tuple[int, str]]:
    form = {key: value for key, value in FORM.items() if value is not None}
    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(lambda _n: Visitor(base).send_form(form), range(count)))


def test_50_concurrent_requests_through_gunicorn_workers_are_all_stored(database):
    with gunicorn(database, workers=4) as base:
        started = time.monotonic()
        results = send_concurrently(base, 50)
        elapsed = time.monotonic() - started
    assert [status for status, _url in results] == [200] * 50
    assert all("/en/appointment/thanks/?t=" in url for _status, url in results)
    assert count_rows(database, REQUESTS) == 50
    assert count_rows(database, "contact_appointmentnotification") == 100
    assert elapsed < 30, f"50 concurrent requests took {elapsed:.1f} s"


def test_the_rate_limit_holds_across_gunicorn_workers_with_the_database(database):
    wait_for_a_fresh_window(1800)
    with gunicorn(database, workers=3, APPOINTMENT_RATE_LIMIT="5/30m") as base:
        statuses = sorted(status for status, _url in send_concurrently(base, 12))
    assert statuses == [200] * 5 + [429] * 7
    assert count_rows(database, REQUESTS) == 5
    assert count_rows(database, BUCKETS) == 1


def test_the_rate_limit_holds_across_gunicorn_workers_with_redis(database, redis_url):
    wait_for_a_fresh_window(1800)
    env = {"APPOINTMENT_RATE_LIMIT": "5/30m", "REDIS_URL": redis_url}
    with gunicorn(database, workers=3, **env) as base:
        statuses = sorted(status for status, _url in send_concurrently(base, 12))
    assert statuses == [200] * 5 + [429] * 7
    assert count_rows(database, REQUESTS) == 5
    # Counted in Redis: the database holds no counter.
    assert count_rows(database, BUCKETS) == 0


@pytest.mark.parametrize("store", ["sqlite", "postgresql"])
def test_a_form_sent_again_on_several_connections_at_once_is_stored_once(database, store, request):
    """A visitor whose connection broke sends the same form again, several times at
    once: the unique key in the database decides, every answer is the thank-you page.
    The servers wait a moment between looking for an earlier copy and storing, so that
    the first four copies all pass the look-up and really race for the insert."""
    target = request.getfixturevalue("postgresql") if store == "postgresql" else database
    form = {key: value for key, value in FORM.items() if value is not None}
    with gunicorn(target, workers=4, TEST_WIDEN_RESEND_RACE="1") as base:
        visitor = Visitor(base)
        body = visitor.fill_in(form)
        with ThreadPoolExecutor(max_workers=8) as pool:
            results = list(pool.map(lambda _n: visitor.post(body), range(8)))
    assert [status for status, _url in results] == [200] * 8, results
    assert all("/en/appointment/thanks/?t=" in url for _status, url in results)
    assert count_rows(target, REQUESTS) == 1
    # One clinic notification and one confirmation: no second mail.
    assert count_rows(target, "contact_appointmentnotification") == 2


# Each process counts ``hits`` submissions of one client, starting at the same moment.
COUNTER = """
import sys, time
import django
django.setup()
from django.test import RequestFactory
from contact.ratelimit import rate_limit_hit
hits, start = int(sys.argv[1]), float(sys.argv[2])
request = RequestFactory().post("/", REMOTE_ADDR="192.0.2.77")
time.sleep(max(0.0, start - time.time()))
print(" ".join(str(rate_limit_hit(request).count) for _ in range(hits)))
"""


@pytest.fixture
def postgresql():
    import psycopg

    try:
        psycopg.connect(POSTGRES_URL, connect_timeout=2).close()
    except psycopg.Error:
        require(False, f"PostgreSQL is not reachable at {POSTGRES_URL}.")
    with postgresql_database() as url:
        yield url


@pytest.mark.parametrize("store", ["sqlite", "postgresql", "redis"])
def test_counters_neither_lose_nor_double_count_across_processes(database, store, request):
    """On PostgreSQL the processes really race for the first insert (IntegrityError path);
    SQLite's immediate transactions take turns; Redis counts with INCR."""
    env = {"APPOINTMENT_RATE_LIMIT": "1000/30m"}
    if store == "redis":
        env["REDIS_URL"] = request.getfixturevalue("redis_url")
    target = request.getfixturevalue("postgresql") if store == "postgresql" else database
    environment = server_env(target, **env)
    wait_for_a_fresh_window(1800)
    start = str(time.time() + 3)
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", COUNTER, "25", start],
            cwd=ROOT,
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    counts = []
    for process in processes:
        out, err = process.communicate(timeout=60)
        assert process.returncode == 0, err
        counts += [int(value) for value in out.split()]
    # Every submission got its own number: nothing lost, nothing counted twice.
    assert sorted(counts) == list(range(1, 101))
