"""Per-stage incremental runs: new extraction settings re-extract stored text, never re-read or re-OCR a page."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from pdfgen import scan_pdf, text_pdf

from foiakit.cli import main


def page_rows(out_dir: Path) -> list[tuple[int, str, int, int]]:
    with sqlite3.connect(out_dir / "foiakit.db") as conn:
        return conn.execute("SELECT id, sha256, page, ocr FROM pages ORDER BY sha256, page").fetchall()


@pytest.fixture()
def first_run(tmp_path: Path) -> tuple[Path, Path]:
    release = tmp_path / "release"
    release.mkdir()
    text_pdf(release / "proposal.pdf", ["Quote from Harbor Lantern Analytics LLC for the Sheriff: $9,800 a year."])
    scan_pdf(release / "letter_scan.pdf", [["Harbor Lantern Analytics LLC", "Renewal of the annual license"]])
    out_dir = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(release), "-o", str(out_dir), "-j", "1", "--dpi", "150"])
    assert result.exit_code == 0, result.output
    assert "2 files processed, 0 re-extracted" in result.output
    return release, out_dir


def test_new_patterns_reextract_without_reading_or_ocr(first_run: tuple[Path, Path], tmp_path: Path) -> None:
    release, out_dir = first_run
    before = page_rows(out_dir)
    assert [row[3] for row in before].count(1) == 1  # the scan was OCR'd once
    patterns = tmp_path / "vendors.jsonl"
    patterns.write_text(json.dumps({"label": "VENDOR", "pattern": "Harbor Lantern Analytics LLC"}) + "\n")
    args = ["run", str(release), "-o", str(out_dir), "-j", "1", "--dpi", "150", "--patterns", str(patterns)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "0 files processed, 2 re-extracted, 0 unchanged" in result.output
    assert page_rows(out_dir) == before  # same rows, same ids: pages were not rewritten, nothing re-OCR'd
    # the same settings again: nothing to do
    again = CliRunner().invoke(main, args)
    assert "0 files processed, 0 re-extracted, 2 unchanged" in again.output


def test_extract_command_works_on_the_store_alone(first_run: tuple[Path, Path]) -> None:
    release, out_dir = first_run
    before = page_rows(out_dir)
    for path in release.iterdir():  # the sources may be gone: extraction reads the store
        path.unlink()
    result = CliRunner().invoke(main, ["extract", "-o", str(out_dir), "-j", "1"])
    assert result.exit_code == 0, result.output
    assert "0 re-extracted, 2 unchanged" in result.output
    forced = CliRunner().invoke(main, ["extract", "-o", str(out_dir), "-j", "1", "--force"])
    assert forced.exit_code == 0, forced.output
    assert "2 re-extracted" in forced.output
    assert page_rows(out_dir) == before
    assert (out_dir / "documents.csv").read_text(encoding="utf-8").count("\n") == 3


def test_extract_without_a_store_is_one_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["extract", "-o", str(tmp_path)])
    assert result.exit_code == 1
    assert "no store" in result.output and "foiakit run" in result.output


def test_an_unchanged_rerun_keeps_the_tables_and_a_missing_one_is_written_again(tmp_path: Path) -> None:
    release = tmp_path / "release"
    release.mkdir()
    text_pdf(release / "quote.pdf", ["Quote from Harbor Lantern Analytics LLC for the Sheriff: $9,800 a year."])
    out_dir = tmp_path / "out"
    args = ["run", str(release), "-o", str(out_dir), "-j", "1", "--ocr", "never"]
    assert CliRunner().invoke(main, args).exit_code == 0
    findings = (out_dir / "findings.csv").read_text(encoding="utf-8")
    assert "Harbor Lantern" in findings
    marked = findings + "marker,left by the test\n"  # a rewrite would drop it
    (out_dir / "findings.csv").write_text(marked, encoding="utf-8")
    again = CliRunner().invoke(main, args)
    assert "0 files processed, 0 re-extracted, 1 unchanged" in again.output
    assert "findings.csv" in again.output
    assert (out_dir / "findings.csv").read_text(encoding="utf-8") == marked  # kept: the store did not change
    (out_dir / "vendors.csv").unlink()
    third = CliRunner().invoke(main, args)
    assert third.exit_code == 0, third.output
    assert (out_dir / "vendors.csv").is_file()
    assert (out_dir / "findings.csv").read_text(encoding="utf-8") == findings  # every table written again
    (out_dir / "findings.csv").write_text(marked, encoding="utf-8")
    text_pdf(release / "more.pdf", ["A second quote: $1,200."])
    grown = CliRunner().invoke(main, args)
    assert "1 files processed" in grown.output
    assert "marker" not in (out_dir / "findings.csv").read_text(encoding="utf-8")  # a new file: tables redone


def test_an_unchanged_rerun_snapshots_the_same_items_and_a_smaller_release_fewer(tmp_path: Path) -> None:
    release = tmp_path / "release"
    release.mkdir()
    text_pdf(release / "quote.pdf", ["Quote from Harbor Lantern Analytics LLC for the Sheriff: $9,800 a year."])
    text_pdf(release / "invoice.pdf", ["Invoice from Kettle-Marsh Systems, LLC: $1,200."])
    out_dir = tmp_path / "out"
    args = ["run", str(release), "-o", str(out_dir), "-j", "1", "--ocr", "never"]

    def items(run_id: int) -> set[tuple[str, str, str]]:
        with sqlite3.connect(out_dir / "foiakit.db") as conn:
            return set(conn.execute("SELECT item, key, fields FROM run_items WHERE run_id = ?", (run_id,)))

    for _ in range(2):
        assert CliRunner().invoke(main, args).exit_code == 0
    assert len(items(1)) > 2 and items(2) == items(1)  # copied from run 1, the same rows
    (release / "invoice.pdf").unlink()  # the store does not change, the release shrinks
    assert CliRunner().invoke(main, args).exit_code == 0
    documents = {key for item, key, _ in items(3) if item == "document"}
    assert len(documents) == 1 and items(3) < items(1)
    diff = CliRunner().invoke(main, ["diff", "--since", "1", "--db", str(out_dir / "foiakit.db")])
    assert diff.exit_code == 0, diff.output
    assert "gone" in diff.output and "Kettle-Marsh" in diff.output


def test_the_rules_digest_covers_every_module_the_printed_email_splitter_imports(tmp_path: Path) -> None:
    # re-extraction splits printed email again, so a change to any of the splitter's modules must re-extract
    from foiakit.extract import printed_email_modules

    ingest = tmp_path / "ingest"
    ingest.mkdir()
    (ingest / "printed_email.py").write_text("from foiakit.ingest.blocks_a import x\n")
    (ingest / "blocks_a.py").write_text("def f():\n    from foiakit.ingest.fields_b import y\n")
    (ingest / "fields_b.py").write_text("import re\nfrom foiakit.ingest.printed_email import z\n")
    (ingest / "native_mail.py").write_text("from foiakit.ingest.blocks_a import x\n")  # not the splitter's
    assert [p.name for p in printed_email_modules(ingest)] == ["blocks_a.py", "fields_b.py", "printed_email.py"]
    shipped = {p.name for p in printed_email_modules(Path(__file__).resolve().parents[1] / "foiakit" / "ingest")}
    assert {"printed_email.py", "email_blocks.py", "email_fields.py", "email_headers.py"} <= shipped
