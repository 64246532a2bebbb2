"""The demo checker (``python -m content.demo.check``) stays inside the repository
unless it is given reference texts explicitly."""

import re
from pathlib import Path

import pytest

from content.demo import check
from content.demo.pages.causes_forms import PAGES

REPOSITORY = Path(check.__file__).resolve().parents[2]


@pytest.fixture
def files_read(monkeypatch):
    """Every file the checker reads (it reads texts with Path.read_text or open)."""
    read = []
    original_read_text = Path.read_text
    original_open = open

    def read_text(self, *args, **kwargs):
        read.append(Path(self).resolve())
        return original_read_text(self, *args, **kwargs)

    def tracked_open(file, *args, **kwargs):
        read.append(Path(file).resolve())
        return original_open(file, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", read_text)
    monkeypatch.setattr("builtins.open", tracked_open)
    return read


def a_sentence_of_the_demo():
    body = PAGES["causes"]["body"]["de"]
    text = " ".join(re.sub(r"<[^>]+>", " ", body).split())
    return " ".join(text.split()[:12])


def test_checker_without_reference_skips_the_copy_check_and_reads_nothing_outside(
    files_read, capsys
):
    assert check.main(["causes_forms"]) == 0
    out = capsys.readouterr().out
    assert "copy check skipped" in out
    assert not [path for path in files_read if not path.is_relative_to(REPOSITORY)]


def test_checker_finds_a_copied_sentence_in_a_reference_file(tmp_path, capsys):
    reference = tmp_path / "brief.md"
    reference.write_text(f"Notes.\n{a_sentence_of_the_demo()}\n")
    assert check.main(["causes_forms", "--reference", str(reference)]) == 1
    out = capsys.readouterr().out
    assert "PROBLEM causes: body[de] copies the reference texts" in out
    assert "copy check skipped" not in out


def test_checker_reads_the_texts_of_a_reference_folder(tmp_path, capsys):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "001.txt").write_text(a_sentence_of_the_demo())
    (tmp_path / "brief.md").write_text("Nothing copied here.")
    assert check.main(["causes_forms", "--reference", str(tmp_path)]) == 1
    assert "copies the reference texts" in capsys.readouterr().out


def test_checker_passes_with_reference_texts_that_the_demo_does_not_copy(tmp_path, capsys):
    reference = tmp_path / "brief.md"
    reference.write_text("An unrelated sentence with more than eight words in it, for sure.")
    assert check.main(["causes_forms", "--reference", str(reference)]) == 0
    assert "No problems found." in capsys.readouterr().out


def test_checker_refuses_a_missing_reference_path_with_a_clear_message(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        check.main(["--reference", str(tmp_path / "missing.md")])
    assert exit_info.value.code == 2
    assert "missing.md" in capsys.readouterr().err
