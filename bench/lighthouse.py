#!/usr/bin/env python
"""Lighthouse (desktop preset) for the home page, a content page, the gallery and the form.

    .venv/bin/python -m bench.lighthouse

Installs Lighthouse 12 from npm into .cache/lighthouse on first use (install scripts
off, so nothing else is downloaded), starts the site like the benchmark does, and
prints the four category scores per page. Needs Node 20 and Debian's Chromium.
"""

import json
import os
import subprocess
import tempfile
from pathlib import Path

from bench.site import ROOT, free_port, gunicorn, prepare, site_environment, work_folder

LIGHTHOUSE_VERSION = "12.8.2"
CACHE = ROOT / ".cache" / "lighthouse"
PAGES = {
    "home": "/de/",
    "content page": "/de/operative-therapie/nerventransfer/",
    "gallery": "/de/galerie/",
    "appointment form": "/de/termin/",
}
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]


def lighthouse_binary() -> Path:
    binary = CACHE / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["npm", "install", "--prefix", str(CACHE), "--ignore-scripts", "--no-audit",
             "--no-fund", f"lighthouse@{LIGHTHOUSE_VERSION}"],
            check=True,
        )  # fmt: skip
    return binary


def audit(binary, url) -> dict:
    with tempfile.NamedTemporaryFile(suffix=".json") as report:
        subprocess.run(
            [str(binary), url, "--preset=desktop", "--output=json",
             f"--output-path={report.name}", "--quiet",
             "--chrome-flags=--headless --no-sandbox --disable-gpu --disable-dev-shm-usage"],
            check=True,
            env={**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")},
        )  # fmt: skip
        result = json.loads(Path(report.name).read_text())
    return {name: round(result["categories"][name]["score"] * 100) for name in CATEGORIES}


def main():
    binary = lighthouse_binary()
    with work_folder() as work:
        env = site_environment(work)
        prepare(env)
        with gunicorn(env, free_port(), 2) as base:
            print(f"\n{'page':20} " + " ".join(f"{name:>15}" for name in CATEGORIES))
            for name, path in PAGES.items():
                scores = audit(binary, base + path)
                print(f"{name:20} " + " ".join(f"{scores[c]:>15}" for c in CATEGORIES), flush=True)


if __name__ == "__main__":
    main()
