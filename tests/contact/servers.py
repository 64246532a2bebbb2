"""Real server processes for the tests that need several of them: gunicorn workers on
a loopback port, or plain Python processes, all against one temporary SQLite file."""

import contextlib
import os
import re
import secrets
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[2]
SETTINGS_MODULE = "tests.contact.server_settings"
POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
# The English address: German URL translations need the compiled catalogue.
FORM_PATH = "/en/appointment/"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def server_env(database: Path | str, **extra: str) -> dict[str, str]:
    """Production settings from the environment, as the Dockerfile runs them."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "APPOINTMENT_", "GUNICORN_"))
        and key not in ("DATABASE_URL", "REDIS_URL", "PYTHONPATH")
    }
    env.update(
        DJANGO_SETTINGS_MODULE=SETTINGS_MODULE,
        # A fresh secret per server: fresh rate-limit keys, even in a shared Redis.
        DJANGO_SECRET_KEY=secrets.token_urlsafe(40),
        DJANGO_SECURE_SSL_REDIRECT="0",
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        DJANGO_EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        DATABASE_URL=database if isinstance(database, str) else f"sqlite:///{database}",
        APPOINTMENT_MIN_FILL_SECONDS="0",
        APPOINTMENT_RATE_LIMIT="0",
    )
    env.update(extra)
    return env


def migrate(database: Path | str) -> None:
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=server_env(database),
        check=True,
        capture_output=True,
    )


def copy_database(source: Path, target: Path) -> Path:
    # SQLite's backup API: a consistent copy even of a database in WAL mode.
    with sqlite3.connect(source) as origin, sqlite3.connect(target) as copy:
        origin.backup(copy)
    return target


@contextlib.contextmanager
def postgresql_database(server: str = POSTGRES_URL):
    """A new, migrated PostgreSQL database for the test's processes; dropped afterwards."""
    import psycopg

    name = f"contact_processes_{secrets.token_hex(4)}"
    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}")
    url = f"{server.rsplit('/', 1)[0]}/{name}"
    try:
        migrate(url)
        yield url
    finally:
        with psycopg.connect(server, autocommit=True) as connection:
            connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def count_rows(database: Path | str, table: str) -> int:
    """Rows of a table in the SQLite file or the PostgreSQL database (its URL)."""
    query = f"SELECT COUNT(*) FROM {table}"  # noqa: S608 - our own table names
    if isinstance(database, str):
        import psycopg

        with psycopg.connect(database) as connection:
            return connection.execute(query).fetchone()[0]
    with contextlib.closing(sqlite3.connect(database)) as connection:
        return connection.execute(query).fetchone()[0]


def wait_for_a_fresh_window(window: int = 3600, margin: float = 20) -> None:
    """Rate-limit windows are aligned to the clock: don't start a test just before one ends."""
    remaining = window - time.time() % window
    if remaining < margin:
        time.sleep(remaining + 0.5)


@contextlib.contextmanager
def gunicorn(database: Path, *, workers: int = 3, **env: str):
    """gunicorn with ``workers`` processes (the project's gunicorn.conf.py); yields its URL."""
    port = free_port()
    environment = server_env(
        database, GUNICORN_BIND=f"127.0.0.1:{port}", GUNICORN_WORKERS=str(workers), **env
    )
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "facialpalsy.wsgi:application"],
            cwd=ROOT,
            env=environment,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            _wait_until_up(base, process, log)
            yield base
        finally:
            process.terminate()
            process.wait(timeout=30)


def _wait_until_up(base: str, process: subprocess.Popen, log, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            raise RuntimeError(f"gunicorn stopped:\n{log.read().decode(errors='replace')}")
        try:
            with urllib.request.urlopen(f"{base}/healthz", timeout=2) as response:  # noqa: S310
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("gunicorn did not answer within 30 seconds")


class Visitor:
    """A browser without JavaScript: gets the form (cookie, token, timestamp), sends it."""

    def __init__(self, base: str):
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))

    def send_form(self, data: dict) -> tuple[int, str]:
        """The final status and address, after following the redirect."""
        return self.post(self.fill_in(data))

    def fill_in(self, data: dict) -> bytes:
        """Get the form page and fill it in: the body a browser would send."""
        with self.opener.open(self.base + FORM_PATH, timeout=60) as page:
            html = page.read().decode()
        fields = {
            name: re.search(rf'name="{name}" value="([^"]+)"', html).group(1)
            for name in ("csrfmiddlewaretoken", "started", "submission")
        }
        return urlencode({**data, **fields}, doseq=True).encode()

    def post(self, body: bytes) -> tuple[int, str]:
        """Send a filled-in form (again, when the connection broke)."""
        url = self.base + FORM_PATH
        try:
            post = urllib.request.Request(url, data=body)  # noqa: S310 - our own loopback URL
            with self.opener.open(post, timeout=60) as response:
                return response.status, response.url
        except urllib.error.HTTPError as error:
            return error.code, url
