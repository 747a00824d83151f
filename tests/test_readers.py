"""A reader's new version makes the next run read again the files it reads, and only those."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from pdfgen import text_pdf

from foiakit.cli import main
from foiakit.ingest import readers
from foiakit.model import ARCHIVE_TYPES, FileType, Settings

EML = """From: Wren Palisade <wren@lanternfield.example>
To: records@tamberlin.example
Subject: Renewal
Date: Tue, 3 Mar 2026 09:14:00 -0500

The renewal is attached.
"""


@pytest.fixture()
def stored(tmp_path: Path) -> tuple[Path, Path]:
    release = tmp_path / "release"
    release.mkdir()
    text_pdf(release / "quote.pdf", ["Quote from Lanternfield Optics LLC to the Town of Tamberlin: $4,100."])
    (release / "renewal.eml").write_text(EML)
    (release / "notes.txt").write_text("Lanternfield Optics LLC called about the renewal on March 3, 2026.\n")
    out_dir = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(release), "-o", str(out_dir), "-j", "1", "--ocr", "never"])
    assert result.exit_code == 0, result.output
    assert "3 files processed, 0 re-extracted, 0 unchanged" in result.output
    return release, out_dir


def _rerun(release: Path, out_dir: Path) -> str:
    result = CliRunner().invoke(main, ["run", str(release), "-o", str(out_dir), "-j", "1", "--ocr", "never"])
    assert result.exit_code == 0, result.output
    return result.output


def _paths_read_in_last_run(out_dir: Path) -> set[str]:
    with sqlite3.connect(out_dir / "foiakit.db") as conn:
        last = conn.execute("SELECT max(run_id) FROM files").fetchone()[0]
        return {row[0] for row in conn.execute("SELECT path FROM files WHERE run_id = ?", (last,))}


@pytest.mark.parametrize(
    ("reader", "read_again"),
    [
        ("pdf_text", {"quote.pdf"}),
        ("ocr", {"quote.pdf"}),  # a PDF may hold scanned pages: its OCR reader counts even when none was OCR'd
        ("email", {"renewal.eml"}),
        ("text", {"notes.txt"}),
        ("office", set()),
    ],
)
def test_a_new_reader_version_reads_its_files_again(
    stored: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, reader: str, read_again: set[str]
) -> None:
    release, out_dir = stored
    assert "0 files processed, 0 re-extracted, 3 unchanged" in _rerun(release, out_dir)
    bumped = readers.READER_VERSIONS[reader] + 1
    monkeypatch.setattr(readers, "READER_VERSIONS", {**readers.READER_VERSIONS, reader: bumped})
    output = _rerun(release, out_dir)
    assert f"{len(read_again)} files processed, 0 re-extracted, {3 - len(read_again)} unchanged" in output
    if read_again:
        assert _paths_read_in_last_run(out_dir) == read_again
    # the files read again now carry the new version: a third run does nothing
    assert "0 files processed, 0 re-extracted, 3 unchanged" in _rerun(release, out_dir)


def test_stores_made_before_reader_versions_keep_their_fingerprint() -> None:
    """Types whose readers are all still at 1 keep the fingerprint of stores made before versions existed; the
    others (PDFs and images since the OCR reader's 2) are read again once."""
    settings = Settings(ocr_mode="auto", dpi=300, lang="eng")
    for file_type in FileType:
        unchanged = settings.ingest_fingerprint(file_type) == settings.ingest_fingerprint()
        assert unchanged == (not readers.changed_readers(file_type)), file_type
    assert readers.changed_readers(FileType.PDF) == {"ocr": readers.READER_VERSIONS["ocr"]}
    assert not readers.changed_readers(FileType.EML)


def test_a_changed_reader_enters_only_its_types_fingerprint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "READER_VERSIONS", {**readers.READER_VERSIONS, "ocr": 3})
    settings = Settings()
    assert settings.ingest_fingerprint(FileType.PNG)["readers"] == {"ocr": 3}
    assert settings.ingest_fingerprint(FileType.PDF)["readers"] == {"ocr": 3}
    assert "readers" not in settings.ingest_fingerprint(FileType.EML)
    assert "readers" not in settings.ingest_fingerprint(FileType.TEXT)


def test_every_readable_type_has_readers_and_every_reader_is_versioned() -> None:
    unreadable = ARCHIVE_TYPES | {FileType.EMPTY, FileType.UNKNOWN}
    for file_type in FileType:
        assert bool(readers.readers_of(file_type)) == (file_type not in unreadable), file_type
        assert set(readers.readers_of(file_type)) <= set(readers.READER_VERSIONS)
