"""``manage.py gallery_orphan_files`` reports and removes files that no row refers to."""

import os
import time
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from gallery import filenames
from gallery.models import Consent
from tests.gallery.factories import public_case

pytestmark = pytest.mark.django_db


@pytest.fixture
def storage_root(settings, tmp_path):
    """A private storage of this test's own, so that only its files are counted."""
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return settings.PRIVATE_MEDIA_ROOT


def put(root, name, age_hours=3):
    path = Path(root) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"stray")
    then = time.time() - age_hours * 3600
    os.utime(path, (then, then))
    return path


def stored(root) -> set[str]:
    return {str(p.relative_to(root)) for p in Path(root).rglob("*") if p.is_file()}


def run(*args) -> str:
    out = StringIO()
    call_command("gallery_orphan_files", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def strays(storage_root):
    case, consent, item = public_case()
    referenced = filenames.item_paths(item) | {consent.signed_form.name}
    folder = Path(item.original.name).parent
    strays = {
        "media/UNKNOWNTOKEN0123456789/abc/w480.webp",  # the folder of an unknown item
        "media/UNKNOWNTOKEN0123456789/abc/original.jpg",
        f"{folder}/w9999.jpg",  # a rendition the item does not list
        f"media/{item.token}/0ldset/poster.jpg",  # a folder of an earlier write
        "consent-forms/FP-NOBODY/20200101-120000.pdf",  # a form no consent names
    }
    for name in strays:
        put(storage_root, name)
    assert referenced <= stored(storage_root)
    age_everything(storage_root)
    return referenced, strays


def age_everything(root, hours=3):
    """As if every file had been written hours ago: only the rows protect them."""
    then = time.time() - hours * 3600
    for path in Path(root).rglob("*"):
        os.utime(path, (then, then))


def test_dry_run_reports_orphans_and_removes_nothing(storage_root, strays):
    referenced, strays = strays
    output = run("--dry-run")
    assert "Orphan files would be removed (dry run): 5 " in output
    assert stored(storage_root) == referenced | strays


def test_orphans_are_removed_and_every_referenced_file_stays(storage_root, strays):
    referenced, strays = strays
    output = run()
    assert (
        "Orphan files removed: 5 (of unknown items 2, stray files of known items 2, "
        "consent forms 1)" in output
    )
    assert stored(storage_root) == referenced
    assert not (Path(storage_root) / "media/UNKNOWNTOKEN0123456789").exists()
    assert "Orphan files removed: 0 " in run()


def test_files_written_a_moment_ago_are_kept(storage_root):
    # They may belong to an upload whose row is not committed yet.
    public_case()
    fresh = put(storage_root, "media/UNKNOWNTOKEN0123456789/abc/w480.webp", age_hours=0)
    output = run()
    assert fresh.exists()
    assert "newer than 60 minutes, kept: 1;" in output
    run("--min-age-minutes", "0")
    assert not fresh.exists()


def test_files_that_rows_name_but_storage_lacks_are_reported(storage_root):
    case, consent, item = public_case()
    (Path(storage_root) / item.original.name).unlink()
    output = run("--dry-run", "--verbosity", "2")
    assert f"missing: {item.original.name}" in output
    assert f"orphan: {item.original.name}" not in output
    assert Consent.objects.filter(pk=consent.pk).exists()
