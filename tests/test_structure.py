"""Guards for the project's structure: which app may use which, and one language list."""

import ast
import re
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
APPS = ("core", "content", "gallery", "contact")
# Who may import whom (DESIGN.md): core uses none of the apps; content knows nothing of
# gallery or contact; gallery and contact may use content (pages are linked), not each other.
FORBIDDEN = {
    "core": {"content", "gallery", "contact"},
    "content": {"gallery", "contact"},
    "gallery": {"contact"},
    "contact": {"gallery"},
}


def python_files(app):
    return [path for path in (ROOT / app).rglob("*.py") if "migrations" not in path.parts]


def imported_apps(path):
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        for name in names:
            yield name.split(".")[0]


@pytest.mark.parametrize("app", APPS)
def test_apps_import_only_what_the_design_allows(app):
    offences = [
        f"{path.relative_to(ROOT)} imports {imported}"
        for path in python_files(app)
        for imported in imported_apps(path)
        if imported in FORBIDDEN[app]
    ]
    assert offences == []


# A literal list of the site's language codes in brackets, in either order.
_LANGUAGE_LIST = re.compile(r"""[(\[]\s*["'](?:de|en)["']\s*,\s*["'](?:de|en)["']\s*,?\s*[)\]]""")


def test_the_language_list_is_written_only_in_settings():
    files = [path for app in (*APPS, "facialpalsy", "tests", "bench") for path in python_files(app)]
    offences = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in files
        if path.name != "settings.py"
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if _LANGUAGE_LIST.search(line)
    ]
    assert offences == []
