"""Code rules of the gallery that a reader cannot see on a page: the naming scheme of patient
files lives in gallery/filenames.py, and the languages come from settings.LANGUAGES."""

import re
from pathlib import Path

import gallery

GALLERY = Path(gallery.__file__).parent
# A storage path of a patient file starts with one of these folders, or names a file of
# the scheme ("w480.webp", "poster.jpg", "captions-de.vtt", "original.jpg").
PATH_LITERAL = re.compile(
    r"""["'](?:media/|consent-forms/)|f["'][^"']*(?:\}/(?:poster|captions|original)|w\{)"""
    r"""|["'](?:poster|captions-[a-z]{2}|original)\.(?:jpg|vtt)["']"""
)


def test_no_module_but_filenames_builds_a_patient_file_path():
    offenders = []
    for path in sorted(GALLERY.rglob("*.py")):
        if path.name == "filenames.py" or "migrations" in path.parts:
            continue
        for number, line in enumerate(path.read_text().splitlines(), start=1):
            if PATH_LITERAL.search(line):
                offenders.append(f"{path.relative_to(GALLERY.parent)}:{number}: {line.strip()}")
    assert not offenders, "\n".join(offenders)


LANGUAGE_LIST = re.compile(r"""\(?\s*["']de["']\s*,\s*["']en["']""")


def test_no_gallery_module_lists_the_languages_itself():
    offenders = [
        f"{path.relative_to(GALLERY.parent)}:{number}"
        for path in sorted(GALLERY.rglob("*.py"))
        if "migrations" not in path.parts
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if LANGUAGE_LIST.search(line)
    ]
    assert not offenders, offenders
