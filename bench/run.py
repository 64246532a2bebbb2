#!/usr/bin/env python
"""Load benchmark: the site under gunicorn in production settings, measured with wrk.

    .venv/bin/python bench/run.py [--duration 10] [--connections 16] [--workers 5]

Starts gunicorn on loopback against a fresh SQLite database with the demo content,
measures a content page, the gallery overview, a case page and the appointment form,
and – as the ceiling – the same bytes as the content page served as a static file by
the same server. Prints requests/s, p50, p99 and each page's share of the ceiling,
the page weight of a content page, and the queries of an uncached content page.
Only ever aims at 127.0.0.1. Needs wrk (Debian: apt-get install wrk).
"""

import argparse
import gzip
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(args, env, **kwargs):
    return subprocess.run(args, cwd=ROOT, env=env, check=True, **kwargs)


def wait_until_up(url, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - loopback only
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"The server did not answer at {url}")


def wrk(url, duration, connections):
    output = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency", url],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p50 = re.search(r"50%\s+([\d.]+\w+)", output).group(1)
    p99 = re.search(r"99%\s+([\d.]+\w+)", output).group(1)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return rps, p50, p99, int(errors.group(1)) if errors else 0


def fetch(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - loopback only
        return response.read(), response.headers


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=(os.cpu_count() or 1) * 2 + 1)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed (Debian: apt-get install wrk).")

    work = Path(tempfile.mkdtemp(prefix="facialpalsy-bench-"))
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "facialpalsy.settings",
        "DJANGO_DEBUG": "",
        "DJANGO_SECRET_KEY": "bench-only-secret-key-" + "k" * 40,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "DATABASE_URL": f"sqlite:///{work / 'bench.sqlite3'}",
        "DJANGO_PRIVATE_MEDIA_ROOT": str(work / "private-media"),
        "DJANGO_STATIC_ROOT": str(work / "static"),
        "DJANGO_LOG_LEVEL": "WARNING",
    }
    print(f"Preparing a fresh database and static files in {work} …", flush=True)
    run([PYTHON, "manage.py", "migrate", "--noinput", "-v0"], env)
    run([PYTHON, "manage.py", "load_demo"], env, stdout=subprocess.DEVNULL)
    run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"], env)
    content_path = "/de/operative-therapie/nerventransfer/"
    case_token = subprocess.run(
        [PYTHON, "manage.py", "shell", "-v0", "-c",
         "from gallery.models import Case; print(Case.objects.displayable().first().token)"],
        cwd=ROOT, env=env, check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip

    def serve():
        process = subprocess.Popen(
            [PYTHON, "-m", "gunicorn", "--config", "gunicorn.conf.py", "--bind", f"127.0.0.1:{port}",
             "--workers", str(args.workers), "--access-logfile", "/dev/null", "facialpalsy.wsgi:application"],
            cwd=ROOT, env=env,
        )  # fmt: skip
        wait_until_up(f"{base}/healthz")
        return process

    # The ceiling: the content page's own bytes as a static file of the same server.
    server = serve()
    page, _headers = fetch(base + content_path)
    server.terminate()
    server.wait()
    (work / "static" / "bench").mkdir(parents=True, exist_ok=True)
    (work / "static" / "bench" / "content-page.html").write_bytes(page)

    server = serve()
    try:
        targets = [
            ("static ceiling (same bytes)", "/static/bench/content-page.html"),
            ("content page", content_path),
            ("gallery overview", "/en/gallery/"),
            ("case page", f"/en/gallery/{case_token}/"),
            ("appointment form", "/en/appointment/"),
        ]
        for _name, path in targets:
            fetch(base + path)  # warm the page cache
        results = []
        for name, path in targets:
            rps, p50, p99, errors = wrk(base + path, args.duration, args.connections)
            results.append((name, path, rps, p50, p99, errors))
        report(results, base, content_path, args, env)
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(work, ignore_errors=True)


def report(results, base, content_path, args, env):
    ceiling = results[0][2]
    print(
        f"\nwrk -t2 -c{args.connections} -d{args.duration}s, gunicorn with {args.workers} workers, {os.cpu_count()} cores\n"
    )
    print(f"{'page':30} {'req/s':>9} {'p50':>9} {'p99':>9} {'of ceiling':>11}  errors")
    for name, _path, rps, p50, p99, errors in results:
        print(f"{name:30} {rps:9.0f} {p50:>9} {p99:>9} {rps / ceiling:10.0%}  {errors}")

    html, _ = fetch(base + content_path)
    assets = re.findall(r'(?:href|src)="(/static/[^"]+\.(?:css|js))"', html.decode())
    sizes = {"HTML": len(gzip.compress(html, 9))}
    for asset in assets:
        body, headers = fetch(base + asset, {"Accept-Encoding": "gzip"})
        sizes[asset.rsplit("/", 1)[-1]] = (
            len(body) if headers.get("Content-Encoding") else len(gzip.compress(body, 9))
        )
    total = sum(sizes.values())
    print(
        f"\nPage weight of {content_path} (compressed): "
        + ", ".join(f"{k} {v / 1024:.1f} KB" for k, v in sizes.items())
    )
    print(
        f"Total {total / 1024:.1f} KB (goal ≤ 60 KB); requests to other hosts: {len(re.findall(r'(?:src|href)=\"https?://(?!127)', html.decode()))}"
    )

    queries = subprocess.run(
        [PYTHON, "manage.py", "shell", "-v0", "-c",
         "from django.test import Client; from django.db import connection;"
         "from django.test.utils import CaptureQueriesContext;"
         "c = CaptureQueriesContext(connection); c.__enter__();"
         f"Client(HTTP_HOST='127.0.0.1').get('{content_path}'); c.__exit__(None, None, None); print(len(c))"],
        cwd=ROOT, env=env, check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    print(f"Queries for an uncached content page: {queries}")


if __name__ == "__main__":
    main()
