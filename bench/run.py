#!/usr/bin/env python
"""Load benchmark: the site under gunicorn in production settings, measured with wrk.

    .venv/bin/python -m bench.run [--duration 10] [--connections 16] [--workers 5]

Measures a content page, the gallery overview, a case page and the appointment form,
and – as the ceiling – the same bytes as the content page served as a static file by
the same server. Prints requests/s, p50, p99 and each page's share of the ceiling,
the compressed page weight of a content page, and the queries of an uncached content
page. Only ever aims at 127.0.0.1. Needs wrk (Debian: apt-get install wrk).
"""

import argparse
import gzip
import os
import re
import shutil
import subprocess
import urllib.request

from bench.site import free_port, gunicorn, manage, prepare, site_environment, work_folder

CONTENT_PAGE = "/de/operative-therapie/nerventransfer/"


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
    with urllib.request.urlopen(request, timeout=10) as response:
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

    with work_folder() as work:
        env = site_environment(work)
        print(f"Preparing a fresh database and static files in {work} …", flush=True)
        prepare(env)
        token = manage(
            env,
            "shell",
            "-v0",
            "-c",
            "from gallery.models import Case; print(Case.objects.displayable().first().token)",
            capture=True,
        )
        port = free_port()
        # The ceiling: the content page's own bytes, a static file of the same server.
        with gunicorn(env, port, 1) as base:
            page, _headers = fetch(base + CONTENT_PAGE)
        (work / "static" / "bench").mkdir(parents=True, exist_ok=True)
        (work / "static" / "bench" / "content-page.html").write_bytes(page)

        targets = [
            ("static ceiling (same bytes)", "/static/bench/content-page.html"),
            ("content page", CONTENT_PAGE),
            ("gallery overview", "/de/galerie/"),
            ("case page", f"/de/galerie/{token}/"),
            ("appointment form", "/de/termin/"),
        ]
        with gunicorn(env, port, args.workers) as base:
            for _name, path in targets:
                for _ in range(args.workers * 2):
                    fetch(base + path)  # every worker's page cache warm
            results = [
                (name, *wrk(base + path, args.duration, args.connections)) for name, path in targets
            ]
            report(results, base, args)
        queries = manage(
            env,
            "shell",
            "-v0",
            "-c",
            "from django.test import Client; from django.db import connection;"
            "from django.test.utils import CaptureQueriesContext;"
            "c = CaptureQueriesContext(connection); c.__enter__();"
            f"Client(HTTP_HOST='127.0.0.1').get('{CONTENT_PAGE}'); c.__exit__(None, None, None);"
            "print(len(c))",
            capture=True,
        )
        print(f"Queries for an uncached content page: {queries}")


def report(results, base, args):
    ceiling = results[0][1]
    print(
        f"\nwrk -t2 -c{args.connections} -d{args.duration}s, gunicorn with {args.workers} workers "
        f"(threads per gunicorn.conf.py), {os.cpu_count()} cores\n"
    )
    print(f"{'page':30} {'req/s':>9} {'p50':>9} {'p99':>9} {'of ceiling':>11}  non-2xx")
    for name, rps, p50, p99, errors in results:
        print(f"{name:30} {rps:9.0f} {p50:>9} {p99:>9} {rps / ceiling:10.0%}  {errors}")

    html, _ = fetch(base + CONTENT_PAGE)
    text = html.decode()
    sizes = {"HTML": len(gzip.compress(html, 9))}
    for asset in re.findall(r'(?:href|src)="(/static/[^"]+\.(?:css|js))"', text):
        body, headers = fetch(base + asset, {"Accept-Encoding": "gzip"})
        compressed = headers.get("Content-Encoding") == "gzip"
        sizes[asset.rsplit("/", 1)[-1]] = len(body) if compressed else len(gzip.compress(body, 9))
    total = sum(sizes.values())
    print(f"\nPage weight of {CONTENT_PAGE}, compressed:")
    print("  " + ", ".join(f"{name} {size / 1024:.1f} KB" for name, size in sizes.items()))
    print(f"  total {total / 1024:.1f} KB (goal: at most 60 KB)")
    tags = re.findall(r"<(?:script|link|img|source)\b[^>]*>", text)
    external = [
        tag for tag in tags if re.search(r'(?:src|href)="(?:https?:)?//(?!127\.0\.0\.1)', tag)
    ]
    print(f"  resources from other hosts: {len(external)}")


if __name__ == "__main__":
    main()
