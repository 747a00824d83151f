"""Text over the cap (50 MiB): only the head is read into memory, cut at a line break, and a row says how much
of the file was read; a character cut in two at the cap does not turn the file into Latin-1."""

from __future__ import annotations

import hashlib
import tracemalloc
from pathlib import Path

import pytest

from foiakit.ingest import text as text_reader
from foiakit.model import FileType, Settings, SourceFile

CAP = 1024 * 1024


def _source(path: Path) -> SourceFile:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return SourceFile(path, path.name, digest, path.stat().st_size, FileType.TEXT)


def test_text_over_the_cap_is_read_in_part_with_a_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text_reader, "MAX_TEXT_BYTES", CAP)
    line = "The Town of Wexford paid Harlow Signal, Inc. $4,200.00 — café.\n"
    path = tmp_path / "huge.txt"
    with path.open("w", encoding="utf-8") as handle:
        for _ in range(12 * CAP // len(line.encode())):  # about 12 times the cap
            handle.write(line)
    source = _source(path)
    tracemalloc.start()
    document = text_reader.ingest_text(source, Settings())
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 5 * CAP, f"{peak} bytes at peak: the whole {source.size}-byte file was read"
    text = document.pages[0].text
    assert CAP - len(line.encode()) * 2 < len(text.encode()) <= CAP
    assert text.endswith(line) and text.count(line) == len(text) // len(line)  # whole lines, no mojibake
    (row,) = document.errors
    assert row.kind == "text-truncated" and row.stage == "ingest"
    assert "text file of 11." in row.message or "text file of 12." in row.message
    assert f"the first {len(text.encode()):,} bytes were read (cap 1.0 MiB)" in row.message
    assert "the rest is not in the store" in row.message


def test_a_character_cut_at_the_cap_keeps_the_file_utf8(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text_reader, "MAX_TEXT_BYTES", 1001)
    path = tmp_path / "one-line.txt"
    path.write_text("é" * 2000, encoding="utf-8")  # no line break to cut at; the cap splits a character
    document = text_reader.ingest_text(_source(path), Settings())
    assert document.pages[0].text == "é" * 500 and len(document.errors) == 1


def test_text_under_the_cap_is_read_whole_without_a_row(tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_text("Line one\r\nLine two\r\n", encoding="utf-8")
    document = text_reader.ingest_text(_source(path), Settings())
    assert document.pages[0].text == "Line one\nLine two\n" and document.errors == ()


def test_the_row_reaches_errors_csv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from foiakit.cli import main

    monkeypatch.setattr(text_reader, "MAX_TEXT_BYTES", 4096)
    release = tmp_path / "release"
    release.mkdir()
    (release / "log.txt").write_text("The Town of Wexford answered.\n" * 1000, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(release), "-o", str(out), "-j", "1", "--ocr", "never"])
    assert result.exit_code == 0, result.output
    errors = (out / "errors.csv").read_text(encoding="utf-8")
    assert "log.txt" in errors and "text-truncated" in errors and "the first 4,080 bytes were read" in errors
