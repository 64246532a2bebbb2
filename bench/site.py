"""Start the site as users meet it – gunicorn, production settings, demo content –
on a free loopback port: for the benchmark, Lighthouse and the real-browser tests."""

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def site_environment(work: Path, **overrides) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "facialpalsy.settings",
        "DJANGO_DEBUG": "",
        "DJANGO_SECRET_KEY": "local-only-secret-key-" + "k" * 40,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_REQUIRE_2FA": "0",
        "DJANGO_EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "DATABASE_URL": f"sqlite:///{work / 'site.sqlite3'}",
        "DJANGO_PRIVATE_MEDIA_ROOT": str(work / "private-media"),
        "DJANGO_STATIC_ROOT": str(work / "static"),
        "DJANGO_LOG_LEVEL": "WARNING",
        **overrides,
    }


def manage(env, *args, capture=False) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        text=True,
        stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
    )
    return (result.stdout or "").strip()


def prepare(env) -> None:
    """A fresh database with the demo content, and the static files collected."""
    # collectstatic needs no database: it runs while the demo content is loaded.
    collectstatic = subprocess.Popen(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env
    )
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo")
    if collectstatic.wait(timeout=300) != 0:
        raise RuntimeError("collectstatic failed")


@contextlib.contextmanager
def gunicorn(env, port, workers):
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py",
         "--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--access-logfile", "/dev/null",
         "facialpalsy.wsgi:application"],
        cwd=ROOT, env=env,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("The site did not start.") from None
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=15)


@contextlib.contextmanager
def work_folder():
    folder = Path(tempfile.mkdtemp(prefix="facialpalsy-site-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
