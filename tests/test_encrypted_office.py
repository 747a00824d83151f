"""Encrypted .docx/.xlsx/.pptx: opened when the empty password or Excel's default ("VelvetSweatshop") opens them,
their findings marked `decrypted_with_default_password`; any other password is one error row that says so. The
encrypted files are made here with msoffcrypto-tool from packages the test writes."""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from foiakit.cli import main
from foiakit.errors import FileFailure
from foiakit.extract import extract_document
from foiakit.ingest import ingest
from foiakit.ingest.sniff import sniff_file
from foiakit.model import FileType, Settings, SourceFile


def _ledger_xlsx() -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Payments"
    sheet.append(["Payment Date", "Vendor", "Description", "Amount Paid"])
    sheet.append(["2025-03-04", "Quillon Labs, LLC", "plate reader cameras", 48200.50])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _letter_docx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/></Types>',
        )
        package.writestr(
            "word/document.xml",
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            "<w:p><w:r><w:t>Draft bill: the pilot ends in June.</w:t></w:r></w:p></w:body></w:document>",
        )
        # msoffcrypto-tool cannot read back a package it encrypted under 4 KB (one segment); Word's never are
        package.writestr("docProps/custom.xml", "<Properties>" + "<!-- padding -->" * 400 + "</Properties>", 0)
    return out.getvalue()


def _encrypted(tmp_path: Path, name: str, package: bytes, password: str) -> SourceFile:
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(package)).encrypt(password, out)
    path = tmp_path / name
    path.write_bytes(out.getvalue())
    data = path.read_bytes()
    return SourceFile(path, name, hashlib.sha256(data).hexdigest(), len(data), sniff_file(path))


def test_a_workbook_encrypted_with_excels_default_password_is_read_and_marked(tmp_path: Path) -> None:
    source = _encrypted(tmp_path, "payments.xlsx", _ledger_xlsx(), "VelvetSweatshop")
    assert source.file_type is FileType.OFFICE and source.path.read_bytes().startswith(b"\xd0\xcf\x11\xe0")
    settings = Settings(work_dir=tmp_path / "work")
    document = ingest(source, settings)
    (page,) = document.pages
    assert document.source == source
    assert "r2\t2025-03-04\tQuillon Labs, LLC\tplate reader cameras\t48200.50" in page.text
    assert "decrypted with a default password ('VelvetSweatshop')" in page.ocr_reason
    items = [f for f in extract_document(document, settings) if f.kind == "line_item"]
    assert [f.detail_dict["payee"] for f in items] == ["Quillon Labs, LLC"]
    assert items[0].detail_dict["decrypted_with_default_password"] is True
    assert not list((tmp_path / "work").glob("decrypted-*"))  # the plain copy is not left behind


def test_a_document_encrypted_with_the_empty_password_is_read(tmp_path: Path) -> None:
    source = _encrypted(tmp_path, "bill.docx", _letter_docx(), "")
    document = ingest(source, Settings(work_dir=tmp_path / "work"))
    assert document.pages[0].text == "Draft bill: the pilot ends in June."
    assert "the empty password" in document.pages[0].ocr_reason


def test_a_real_password_is_one_error_row_with_the_remedy(tmp_path: Path) -> None:
    source = _encrypted(tmp_path, "locked.xlsx", _ledger_xlsx(), "hunter2-agency")
    with pytest.raises(FileFailure) as failure:
        ingest(source, Settings(work_dir=tmp_path / "work"))
    assert failure.value.kind == "encrypted"
    assert "password-protected Office file" in str(failure.value) and "unprotected copy" in str(failure.value)
    release = tmp_path / "release"
    release.mkdir()
    source.path.rename(release / "locked.xlsx")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(release), "-o", str(out), "--ocr", "never"])
    assert result.exit_code == 0, result.output
    with (out / "errors.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["file"], r["kind"]) for r in rows] == [("locked.xlsx", "encrypted")]
