"""Crashes found by `make fuzz` (tools/fuzz.py), each remade by code as a small file: a row, never an exception."""

from __future__ import annotations

import hashlib
import re
import struct
import zipfile
from email.message import EmailMessage
from pathlib import Path

from click.testing import CliRunner
from pdfgen import text_pdf

from foiakit.cli import main
from foiakit.ingest.discover import discover
from foiakit.ingest.email import ingest_email
from foiakit.ingest.email_text import MAX_NAME_BYTES
from foiakit.ingest.pdf import ingest_pdf
from foiakit.model import FileType, Settings, SourceFile


def _source(path: Path, file_type: FileType) -> SourceFile:
    data = path.read_bytes()
    return SourceFile(path, path.name, hashlib.sha256(data).hexdigest(), len(data), file_type)


def _bad_deflate_zip(path: Path) -> Path:
    """A zip whose second entry's deflate stream starts with an invalid block type: zlib.error on reading."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zipped:
        zipped.writestr("good.txt", "The Town of Wexford answered the request.\n" * 20)
        zipped.writestr("bad.txt", "The Lakeport Police Department replied.\n" * 20)
    data = bytearray(path.read_bytes())
    header = data.index(b"PK\x03\x04", 1)  # the second entry's local header
    name_length, extra_length = struct.unpack("<HH", data[header + 26 : header + 30])
    data[header + 30 + name_length + extra_length] = 0xFF  # BFINAL=1, BTYPE=11: reserved, invalid
    path.write_bytes(bytes(data))
    return path


def test_a_zip_entry_with_a_broken_deflate_stream_is_a_row(tmp_path: Path) -> None:
    release = tmp_path / "release"
    release.mkdir()
    _bad_deflate_zip(release / "bundle.zip")
    with zipfile.ZipFile(release / "bundle.zip") as zipped:
        try:
            zipped.read("bad.txt")
        except Exception as exc:  # the reproduction holds: zipfile raises zlib.error, which discover missed
            assert type(exc).__module__ == "zlib", exc
        else:
            raise AssertionError("the entry was not damaged")
    found = discover([release], tmp_path / "work")
    assert [f.display_path for f in found.files if f.file_type is FileType.TEXT] == ["bundle.zip!good.txt"]
    (row,) = [e for e in found.errors if e.display_path == "bundle.zip!bad.txt"]
    assert row.kind == "corrupt-archive" and "entry unreadable" in row.message
    result = CliRunner().invoke(main, ["run", str(release), "-o", str(tmp_path / "out"), "-j", "1"])
    assert result.exit_code == 0, result.output


def test_a_pdf_page_that_cannot_be_loaded_costs_only_that_page(tmp_path: Path) -> None:
    path = text_pdf(tmp_path / "three.pdf", ["Page one text", "Page two text", "Page three text"])
    data = path.read_bytes()
    second = list(re.finditer(rb"/Type /Page\b(?!s)", data))[1]
    path.write_bytes(data[: second.start()] + b"/Type /Pagx" + data[second.end() :])
    document = ingest_pdf(_source(path, FileType.PDF), Settings(ocr_mode="never"))
    assert [p.text.strip() for p in document.pages] == ["Page one text", "", "Page three text"]
    (row,) = document.errors
    assert row.kind == "corrupt-page" and row.message.startswith("page 2:")


def test_an_attachment_name_too_long_for_the_disk_is_cut(tmp_path: Path) -> None:
    name = "quote " + "\ufffd" * 300 + ".pdf"  # cut to 120 characters, still 336 bytes: no file system takes it
    mail = EmailMessage()
    mail["From"] = "sales@harlow.example"
    mail["Subject"] = "Quote"
    mail.set_content("Quote attached.")
    mail.add_attachment(b"%PDF-1.4\n", maintype="application", subtype="pdf", filename=name)
    path = tmp_path / "quote.eml"
    path.write_bytes(bytes(mail))
    document = ingest_email(_source(path, FileType.EML), Settings(work_dir=tmp_path / "work"))
    (attachment,) = document.attachments
    assert attachment.display_path == f"quote.eml!{attachment.path.name}"
    assert len(attachment.path.name.encode()) <= MAX_NAME_BYTES and attachment.path.name.endswith(".pdf")
    assert attachment.path.name.startswith("quote \ufffd\ufffd")
    assert attachment.path.read_bytes() == b"%PDF-1.4\n"


def test_an_office_package_whose_offsets_point_before_the_file_is_a_row(tmp_path: Path) -> None:
    """The end record claims the central directory lies 10,000 bytes later than it does: zipfile then seeks
    to a negative offset for each part (OSError EINVAL), which came out as an "internal" error."""
    import pytest

    from foiakit.errors import FileFailure
    from foiakit.ingest.office import ingest_office

    path = tmp_path / "letter.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", "<document/>")
    data = bytearray(path.read_bytes())
    end = data.rindex(b"PK\x05\x06")
    (offset,) = struct.unpack("<I", data[end + 16 : end + 20])
    data[end + 16 : end + 20] = struct.pack("<I", offset + 10_000)
    path.write_bytes(bytes(data))
    with pytest.raises(FileFailure) as failure:
        ingest_office(_source(path, FileType.OFFICE), Settings())
    assert failure.value.kind == "corrupt" and "OSError" in str(failure.value)


def test_a_damaged_xls_sheet_costs_only_itself() -> None:
    """Two .xls inputs `make fuzz` found (tests/data/README.md): xlrd fails on loading a sheet."""
    from foiakit.errors import FileFailure
    from foiakit.ingest.office import ingest_office

    for name in ("fuzz-xls-damaged-sheet.xls", "fuzz-xls-bad-sst-index.xls"):
        path = Path(__file__).parent / "data" / name
        try:
            document = ingest_office(_source(path, FileType.OFFICE), Settings())
        except FileFailure as failure:  # no sheet readable: the workbook is one named row
            assert failure.kind == "corrupt"
            continue
        assert any(e.kind == "corrupt-sheet" for e in document.errors)
        assert all(p.text or p.ocr_reason.endswith("not read") for p in document.pages)
