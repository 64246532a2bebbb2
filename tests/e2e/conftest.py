"""Real-browser tests: Debian's Chromium, driven by Playwright, against the real site.

The site runs as users meet it: gunicorn with production settings (plain HTTP on
loopback), its own SQLite file database filled by ``load_demo``, and collected,
hashed static files. It is started once per session, separate from the unit
tests' database.

The tools: Debian's Chromium, and from npm (package.json, `npm ci --ignore-scripts`)
axe-core and the Nu Html Checker, which needs Java. A missing tool fails the run under
CI=true and skips the tests that need it elsewhere, with a hint how to install it.
"""

import os
import re
import shutil
from pathlib import Path

import pytest

from bench.site import free_port, gunicorn, prepare, site_environment, work_folder
from tests.conftest import require
from tests.e2e.helpers import VALID_REQUEST, HttpClient

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
NODE_MODULES = ROOT / "node_modules"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
NPM_HINT = "run `npm ci --ignore-scripts` in the project folder (needs Node.js and npm)"

# Every public page type, German and English. The case page, the form with errors and
# the thank-you page have no fixed address; the fixtures below find or make them.
PAGE_TYPES = {
    "home": ("/de/", "/en/"),
    "section": ("/de/ursachen/", "/en/causes/"),
    "content page": ("/de/ursachen/idiopathische-fazialisparese/", "/en/causes/bells-palsy/"),
    "untranslated page": ("/de/ueber-uns/fuer-zuweisende/", "/en/about-us/fuer-zuweisende/"),
    "glossary": ("/de/glossar/", "/en/glossary/"),
    "gallery": ("/de/galerie/", "/en/gallery/"),
    "case": None,
    "appointment form": ("/de/termin/", "/en/appointment/"),
    "form with errors": ("/de/termin/", "/en/appointment/"),
    "thank-you": None,
    "404": ("/de/diese-seite-gibt-es-nicht/", "/en/no-such-page/"),
    "legal notice": ("/de/impressum/", "/en/legal-notice/"),
    "privacy": ("/de/datenschutz/", "/en/privacy/"),
    "accessibility statement": ("/de/barrierefreiheit/", "/en/accessibility/"),
}
# What the form with errors is sent with: a name, a wrong e-mail address, nothing else.
INCOMPLETE_REQUEST = {"name": "Erika Mustermann", "email": "erika@"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    require(
        Path(CHROMIUM).exists(),
        f"Chromium not found at {CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH).",
    )
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
    }


@pytest.fixture(scope="session")
def site():
    """Base address of a running site with the demo content; stopped after the session."""
    with work_folder() as work:
        env = site_environment(work, APPOINTMENT_MIN_FILL_SECONDS="1")
        prepare(env)
        with gunicorn(env, free_port(), workers=2) as base:
            yield base


@pytest.fixture(scope="session")
def artifacts():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # German first: a German browser, as most of the site's readers have. Reduced motion:
    # no smooth scrolling, so a focused or targeted element is in view at once.
    return {
        **browser_context_args,
        "locale": "de-DE",
        "timezone_id": "Europe/Berlin",
        "reduced_motion": "reduce",
        "viewport": {"width": 1280, "height": 900},
    }


@pytest.fixture(scope="session")
def axe_source():
    require(AXE_JS.exists(), f"axe-core not found at {AXE_JS}: {NPM_HINT}.")
    return AXE_JS.read_text()


@pytest.fixture(scope="session")
def vnu_command():
    java = shutil.which("java")
    require(java is not None, "java not found: apt-get install openjdk-17-jre-headless.")
    require(VNU_JAR.exists(), f"The Nu Html Checker was not found at {VNU_JAR}: {NPM_HINT}.")
    return [java, "-jar", str(VNU_JAR)]


@pytest.fixture(scope="session")
def case_paths(site):
    """A public case page in both languages: one with a video, if the demo has one."""
    client = HttpClient(site)
    _status, _url, sitemap = client.get("/sitemap.xml")
    paths = sorted(set(re.findall(r"/de/galerie/[\w-]+/", sitemap)))
    assert paths, "The sitemap lists no case page."
    chosen = next((path for path in paths if "<video" in client.get(path)[2]), paths[0])
    return chosen, chosen.replace("/de/galerie/", "/en/gallery/")


@pytest.fixture(scope="session")
def thanks_paths(site):
    """The thank-you page in both languages, after one real (acute) request."""
    status, url, page = HttpClient(site).post_form("/de/termin/", VALID_REQUEST)
    assert status == 200 and "?t=" in url, f"The request was not accepted ({status} {url})."
    english = re.search(r'<a href="([^"]+)" hreflang="en"', page)
    assert english, "The thank-you page has no link to its English version."
    return url.removeprefix(site), english.group(1).replace("&amp;", "&")


@pytest.fixture(scope="session")
def page_paths(case_paths, thanks_paths):
    """Every public page type with its German and English address."""
    return {
        **PAGE_TYPES,
        "case": case_paths,
        "thank-you": thanks_paths,
    }
