"""Every public page type is valid HTML: the Nu Html Checker reports no error.

The pages are fetched from the running site as a browser gets them and checked in one
run of the checker (starting the JVM costs seconds)."""

import json
import subprocess

from tests.conftest import LANGUAGES
from tests.e2e.conftest import INCOMPLETE_REQUEST
from tests.e2e.helpers import HttpClient


def test_every_public_page_type_is_valid_html(vnu_command, site, page_paths, tmp_path):
    client = HttpClient(site)
    files = {}
    for page_type, paths in page_paths.items():
        for language, path in zip(LANGUAGES, paths, strict=True):
            if page_type == "form with errors":
                status, _url, html = client.post_form(path, INCOMPLETE_REQUEST, wait=0)
            else:
                status, _url, html = client.get(path)
            expected = 404 if page_type == "404" else 200
            assert status == expected, f"{path} ({page_type}) answered {status}"
            name = f"{page_type.replace(' ', '-')}-{language}.html"
            (tmp_path / name).write_text(html)
            files[name] = f"{page_type} ({language}, {path})"

    result = subprocess.run(
        [*vnu_command, "--errors-only", "--format", "json", "--stdout", *sorted(files)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.strip(), f"The Nu Html Checker did not run: {result.stderr}"
    messages = json.loads(result.stdout)["messages"]
    errors = [
        f"- {files.get(m.get('url', '').rsplit('/', 1)[-1], m.get('url'))}, "
        f"line {m.get('lastLine', '?')}: {m['message']}\n    {m.get('extract', '').strip()}"
        for m in messages
        if m.get("type") in ("error", "non-document-error")
    ]
    assert not errors, f"The Nu Html Checker found {len(errors)} error(s):\n" + "\n".join(errors)
    assert result.returncode == 0, result.stderr
