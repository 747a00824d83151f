"""`foiakit run`, `show` and `search` end to end, through Click's CliRunner, on a small generated release."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from pdfgen import scan_pdf, text_pdf

from foiakit.cli import main

PRICING = "Stratus Recognize pricing\nThe estimated cost is between $6 and $12 a month."
NDA = ["MUTUAL NON-DISCLOSURE AGREEMENT", "Stratus Cloud Services and the Sheriff's Office"]


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("release")
    text_pdf(root / "pricing.pdf", [PRICING, "Second page: onboarding $4,500.00"])
    scan_pdf(root / "nda_scan.pdf", [NDA], stamp="MRCSO-000003")
    (root / "copy_of_pricing.pdf").write_bytes((root / "pricing.pdf").read_bytes())
    (root / "empty.pdf").write_bytes(b"")
    (root / "truncated.pdf").write_bytes((root / "pricing.pdf").read_bytes()[:400])
    text_pdf(root / "locked.pdf", [PRICING], encrypt="owner", user_password="pw")
    (root / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    (root / "memo.txt").write_bytes(text_pdf(root / "tmp.pdf", ["A PDF hiding behind .txt"]).read_bytes())
    (root / "tmp.pdf").unlink()
    with zipfile.ZipFile(root / "batch.zip", "w") as zf:
        zf.writestr("../escape.txt", "nope")
        zf.writestr("inner/readme.txt", "Records released in batch two.")
    with zipfile.ZipFile(root / "bomb.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("zeros.bin", b"\0" * (64 * 1024 * 1024))
    return root


@pytest.fixture(scope="module")
def out(release: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    out_dir = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(main, ["run", str(release), "-o", str(out_dir), "--jobs", "2", "--dpi", "200"])
    assert result.exit_code == 0, result.output
    return out_dir, result.output


def read_csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def test_run_summary_and_documents(out: tuple[Path, str]) -> None:
    out_dir, output = out
    assert re.search(r"files processed", output) and "OCR 1" in output
    docs = {row["file"]: row for row in read_csv(out_dir / "documents.csv")}
    assert set(docs) == {"copy_of_pricing.pdf", "nda_scan.pdf", "memo.txt", "batch.zip!inner/readme.txt"}
    # Same bytes under two names: read once, named by the smallest path, the other path kept.
    assert docs["copy_of_pricing.pdf"]["other_paths"] == "pricing.pdf"
    assert docs["copy_of_pricing.pdf"]["ocr_pages"] == "0" and docs["nda_scan.pdf"]["ocr_pages"] == "1"
    assert docs["memo.txt"]["type"] == "pdf"


def test_every_bad_input_is_one_error_row(out: tuple[Path, str]) -> None:
    errors = {row["file"]: row for row in read_csv(out[0] / "errors.csv")}
    expected = {
        "empty.pdf": "empty",
        "truncated.pdf": "corrupt",
        "locked.pdf": "encrypted",
        "photo.jpg": "unreadable-image",
        "batch.zip!../escape.txt": "unsafe-archive",
        "bomb.zip": "zip-bomb",
    }
    assert {name: errors[name]["kind"] for name in expected} == expected
    assert all("\n" not in row["message"] and "Traceback" not in row["message"] for row in errors.values())


def test_show_prints_stored_text(out: tuple[Path, str]) -> None:
    db = str(out[0] / "foiakit.db")
    result = CliRunner().invoke(main, ["show", "nda_scan.pdf", "--page", "1", "--info", "--db", db])
    assert result.exit_code == 0
    assert "OCR" in result.output and "NON-DISCLOSURE" in result.output
    missing = CliRunner().invoke(main, ["show", "nda_scan.pdf", "--page", "9", "--db", db])
    assert missing.exit_code == 2 and "no page 9" in missing.output


def test_search_csv_names_file_page_and_highlights(out: tuple[Path, str]) -> None:
    result = CliRunner().invoke(main, ["search", "non-disclosure", "--csv", "--db", str(out[0] / "foiakit.db")])
    assert result.exit_code == 0
    rows = read_csv_text(result.output)
    assert [(r["file"], r["page"], r["ocr"]) for r in rows] == [("nda_scan.pdf", "1", "1")]
    assert "[NON]-[DISCLOSURE]" in rows[0]["snippet"] or "[NON-DISCLOSURE]" in rows[0]["snippet"]


def read_csv_text(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_rerun_of_unchanged_release_processes_nothing(release: Path, out: tuple[Path, str]) -> None:
    result = CliRunner().invoke(main, ["run", str(release), "-o", str(out[0]), "--dpi", "200"])
    assert result.exit_code == 0
    assert "0 files processed" in result.output


def test_strict_exits_3_when_a_file_failed(release: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["run", str(release / "empty.pdf"), "-o", str(tmp_path), "--strict"])
    assert result.exit_code == 3


def test_strict_fails_every_run_while_the_release_holds_a_failed_file(tmp_path: Path) -> None:
    """A CI job must not go green on the re-run of a release it could not read."""
    release = tmp_path / "release"
    release.mkdir()
    (release / "letter.txt").write_text("The Town of Wexford answered the request.\n", encoding="utf-8")
    (release / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")  # truncated
    out = tmp_path / "out"
    first = CliRunner().invoke(main, ["run", str(release), "-o", str(out), "--strict", "-j", "1"])
    again = CliRunner().invoke(main, ["run", str(release), "-o", str(out), "--strict", "-j", "1"])
    assert (first.exit_code, again.exit_code) == (3, 3), (first.output, again.output)
    (release / "broken.pdf").unlink()
    fixed = CliRunner().invoke(main, ["run", str(release), "-o", str(out), "--strict", "-j", "1"])
    assert fixed.exit_code == 0, fixed.output


def test_missing_tesseract_is_one_message_with_the_install_command(
    release: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pytesseract

    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "tesseract-not-installed")
    result = CliRunner().invoke(main, ["run", str(release / "nda_scan.pdf"), "-o", str(tmp_path)])
    assert result.exit_code == 1
    assert "apt-get install tesseract-ocr" in result.output
    assert "Traceback" not in result.output


def test_missing_source_is_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["run", str(tmp_path / "nope"), "-o", str(tmp_path)])
    assert result.exit_code == 2


def test_a_failed_file_is_tried_again_on_the_next_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that failed for a transient reason (moved away, a disk hiccup) is read on the next run, and its
    stale error row goes: a failure is never stored as the file's final word."""
    import foiakit.work
    from foiakit.errors import FileFailure

    release = tmp_path / "release"
    release.mkdir()
    (release / "letter.txt").write_text("The Town of Wexford paid Harlow Signal, Inc. $4,200.00.\n", encoding="utf-8")
    hiccup = tmp_path / "hiccup"
    hiccup.touch()
    real_ingest = foiakit.work.ingest

    def flaky(source, settings):  # fails once, in whichever worker process reads the file first
        if hiccup.exists():
            hiccup.unlink()
            raise FileFailure("unreadable", "file moved during the run")
        return real_ingest(source, settings)

    monkeypatch.setattr(foiakit.work, "ingest", flaky)
    out = tmp_path / "out"
    first = CliRunner().invoke(main, ["run", str(release), "-o", str(out), "-j", "1"])
    assert "1 failed" in first.output, first.output
    again = CliRunner().invoke(main, ["run", str(release), "-o", str(out), "-j", "1"])
    assert again.exit_code == 0 and "1 files processed" in again.output, again.output
    assert "Harlow Signal" in (out / "vendors.csv").read_text(encoding="utf-8")
    assert "moved during the run" not in (out / "errors.csv").read_text(encoding="utf-8")


def test_a_file_name_that_is_not_utf8_is_read_and_shown_readably(tmp_path: Path) -> None:
    """Zips and shares from Windows carry Latin-1 names: the run neither aborts nor loses the file, shows the name
    readably, and re-extraction reopens it."""
    import os

    release = tmp_path / "release"
    release.mkdir()
    with open(os.path.join(os.fsencode(release), b"caf\xe9 letter.txt"), "wb") as handle:
        handle.write(b"The Town of Wexford paid Harlow Signal, Inc. $400.00 in May.\n")
    out = tmp_path / "out"
    first = CliRunner().invoke(main, ["run", str(release), "-o", str(out), "-j", "1"])
    assert first.exit_code == 0 and "1 files processed" in first.output, first.output
    assert "café letter.txt" in (out / "documents.csv").read_text(encoding="utf-8")
    again = CliRunner().invoke(main, ["run", str(release), "-o", str(out), "-j", "1"])
    assert again.exit_code == 0 and "1 unchanged" in again.output, again.output
    redone = CliRunner().invoke(main, ["extract", "-o", str(out), "--force", "-j", "1"])
    assert redone.exit_code == 0 and "Harlow Signal" in (out / "vendors.csv").read_text(encoding="utf-8")


def test_a_poster_sized_page_is_rendered_smaller_with_a_row(tmp_path: Path) -> None:
    """A tiny PDF can declare a 200 x 200 inch page: at 300 dpi that is 3.6 gigapixels. It is rendered under
    the pixel cap, with a row that says so; the run finishes."""
    import pypdfium2 as pdfium

    from foiakit.ingest.pdf import MAX_RENDER_PIXELS, render_scale

    release = tmp_path / "release"
    release.mkdir()
    import pypdfium2.raw as pdfium_c

    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(14400, 14400)  # PDFium's largest page
    line = pdfium_c.FPDFPageObj_CreateNewRect(720, 720, 7200, 20)  # something drawn: a blank page is not OCR'd
    pdfium_c.FPDFPageObj_SetStrokeColor(line, 0, 0, 0, 255)
    pdfium_c.FPDFPath_SetDrawMode(line, 0, 1)
    pdfium_c.FPDFPage_InsertObject(page.raw, line)
    pdfium_c.FPDFPage_GenerateContent(page.raw)
    pdf.save(release / "poster.pdf")
    pdf.close()
    assert (14400 * render_scale(14400, 14400, 300)) ** 2 <= MAX_RENDER_PIXELS * 1.001
    assert render_scale(612, 792, 300) == 300 / 72  # a letter page is untouched
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(release), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    assert "page-too-large" in (out / "errors.csv").read_text(encoding="utf-8")


def test_a_damaged_store_is_one_line_with_the_remedy(tmp_path: Path) -> None:
    release = tmp_path / "release"
    release.mkdir()
    (release / "letter.txt").write_text("The Town of Wexford answered.\n" * 200, encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["run", str(release), "-o", str(out), "-j", "1"]).exit_code == 0
    store = out / "foiakit.db"
    for leftover in out.glob("foiakit.db-*"):
        leftover.unlink()
    with store.open("r+b") as handle:  # scribble over the first pages, as a bad disk or a killed copy does
        handle.seek(100)
        handle.write(b"\xff" * 8000)
    for args in (["report", "--db", str(store)], ["export", "findings", "--db", str(store)]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 1, result.output
        assert "move it aside" in result.output and "Traceback" not in result.output
