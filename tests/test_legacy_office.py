"""Legacy binary Office files (.doc, .xls): chosen by the streams inside them, read into pages (a sheet a page, a
row a line), and a named one-line error row for a password-protected file or a missing tool."""

from __future__ import annotations

import csv
import datetime
import functools
import shutil
import struct
from pathlib import Path

import pytest
from click.testing import CliRunner

from foiakit.cli import main
from foiakit.errors import FileFailure
from foiakit.ingest import legacy_office
from foiakit.ingest.legacy_office import ingest_legacy_office, ole_kind
from foiakit.ingest.sniff import sniff_bytes, sniff_file
from foiakit.model import FileType, Settings, SourceFile

DATA = Path(__file__).parent / "data"
PUBLIC_DOC = DATA / "olefile-test-ole-file.doc"  # provenance: tests/data/README.md
PUBLIC_XLS = DATA / "xlrd-ragged.xls"
HAS_WORD_TOOL = bool(shutil.which("antiword") or shutil.which("catdoc"))


def needs_word_tool(test):  # type: ignore[no-untyped-def]
    """`make test` installs antiword and catdoc (system-deps): a missing tool fails the test, it does not skip."""

    def checked(*args, **kwargs):  # type: ignore[no-untyped-def]
        assert HAS_WORD_TOOL, "antiword/catdoc missing: run `make test`, which installs them"
        return test(*args, **kwargs)

    return functools.wraps(test)(checked)


def make_xls(path: Path) -> Path:
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("Payments")
    for column, label in enumerate(["Date", "Payee", "Description", "Amount"]):
        sheet.write(0, column, label)
    sheet.write(1, 0, datetime.date(2025, 1, 14), xlwt.easyxf(num_format_str="YYYY-MM-DD"))
    sheet.write(1, 1, "Harlow Signal, Inc.")
    sheet.write(1, 2, "camera service")
    sheet.write(1, 3, 4200.5)
    sheet.write(2, 0, datetime.date(2025, 2, 11), xlwt.easyxf(num_format_str="YYYY-MM-DD"))
    sheet.write(2, 1, "Quillon Labs, LLC")
    sheet.write(2, 3, 1250)
    notes = book.add_sheet("Notes")
    notes.write(0, 0, "withheld vendor: Brightfen Analytics, Inc.")
    notes.visibility = 1
    book.save(str(path))
    return path


def encrypt_xls(source: Path, path: Path) -> Path:
    """A copy whose CODEPAGE record is turned into FILEPASS: the record an encrypted workbook carries."""
    import olefile

    shutil.copy(source, path)
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        data = bytearray(ole.openstream("Workbook").read())
        position = 0
        while struct.unpack_from("<H", data, position)[0] != 0x0042:
            position += 4 + struct.unpack_from("<H", data, position + 2)[0]
        struct.pack_into("<H", data, position, 0x002F)
        ole.write_stream("Workbook", bytes(data))
    return path


def encrypt_doc(source: Path, path: Path) -> Path:
    """A copy with the File Information Block's fEncrypted bit set."""
    import olefile

    shutil.copy(source, path)
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        data = bytearray(ole.openstream("WordDocument").read())
        data[11] |= 0x01
        ole.write_stream("WordDocument", bytes(data))
    return path


def read(path: Path) -> list[str]:
    source = SourceFile(path, path.name, "0" * 64, path.stat().st_size, FileType.OFFICE)
    return [page.text for page in ingest_legacy_office(source, Settings()).pages]


@pytest.mark.parametrize(
    ("make", "name", "kind"),
    [
        (lambda p: make_xls(p), "ledger.xls", "xls"),
        (lambda p: make_xls(p), "ledger.msg", "xls"),  # the streams decide, not the suffix
        (lambda p: shutil.copy(PUBLIC_XLS, p), "ragged.doc", "xls"),
        (lambda p: shutil.copy(PUBLIC_DOC, p), "letter.xls", "doc"),
    ],
)
def test_ole_files_are_told_apart_by_their_streams(tmp_path: Path, make, name: str, kind: str) -> None:
    path = tmp_path / name
    make(path)
    assert ole_kind(path) == kind
    assert sniff_file(path) is FileType.OFFICE


@pytest.mark.parametrize(
    ("streams", "name", "expected"),
    [
        ("__substg1.0_0037001F", "note.doc", FileType.MSG),
        ("__properties_version1.0", "note.xls", FileType.MSG),
        ("WordDocument", "letter.msg", FileType.OFFICE),
        ("Workbook", "ledger.msg", FileType.OFFICE),
        ("EncryptedPackage", "locked.msg", FileType.OFFICE),
        ("", "mail.msg", FileType.MSG),  # no directory in sight: the name breaks the tie
        ("", "letter.doc", FileType.OFFICE),
    ],
)
def test_sniffing_reads_stream_names_in_the_first_bytes(streams: str, name: str, expected: FileType) -> None:
    head = legacy_office.OLE_MAGIC + b"\x00" * 504 + streams.encode("utf-16-le") + b"\x00" * 64
    assert sniff_bytes(head, name) is expected


@pytest.mark.parametrize(
    ("make", "pages"),
    [
        (
            make_xls,
            [
                "Sheet: Payments\nr1\tDate\tPayee\tDescription\tAmount\n"
                "r2\t2025-01-14\tHarlow Signal, Inc.\tcamera service\t4200.50\n"
                "r3\t2025-02-11\tQuillon Labs, LLC\t\t1250",
                "Sheet: Notes (hidden)\nr1\twithheld vendor: Brightfen Analytics, Inc.",
            ],
        ),
        (
            lambda p: shutil.copy(PUBLIC_XLS, p),
            [
                "Sheet: Sheet1\nr1\ta\tb\tc\nr2\td\te\nr3\tf\nr4\tg\th\tI\tj\nr5\tk\t\t\tl",
                "Sheet: Sheet2",
                "Sheet: Sheet3",
            ],
        ),
    ],
)
def test_xls_sheets_are_pages_and_rows_keep_their_number(tmp_path: Path, make, pages: list[str]) -> None:
    path = tmp_path / "book.xls"
    make(path)
    assert read(path) == pages


@needs_word_tool
def test_a_word_doc_is_read_with_the_debian_tool() -> None:
    assert read(PUBLIC_DOC) == ["Test OLE file, saved as Word 97-2003 Document."]


@pytest.mark.parametrize(
    ("make", "kind", "words"),
    [
        (lambda p: encrypt_doc(PUBLIC_DOC, p), "encrypted", "password-protected Word .doc"),
        (lambda p: encrypt_xls(make_xls(p.with_suffix(".plain")), p), "encrypted", "password-protected Excel .xls"),
    ],
)
def test_password_protected_files_are_named(tmp_path: Path, make, kind: str, words: str) -> None:
    path = tmp_path / "locked.bin"
    make(path)
    with pytest.raises(FileFailure) as failure:
        read(path)
    assert failure.value.kind == kind and words in str(failure.value)


def test_a_missing_tool_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(legacy_office.shutil, "which", lambda name: None)
    with pytest.raises(FileFailure) as failure:
        read(PUBLIC_DOC)
    assert failure.value.kind == "missing-tool" and "antiword" in str(failure.value)


@needs_word_tool
def test_a_release_with_legacy_files_reads_them_and_names_the_locked_one(tmp_path: Path) -> None:
    release = tmp_path / "release"
    release.mkdir()
    make_xls(release / "ledger.xls")
    shutil.copy(PUBLIC_DOC, release / "memo.doc")
    encrypt_doc(PUBLIC_DOC, release / "locked.doc")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(release), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    documents = {r["file"]: r for r in csv.DictReader((out / "documents.csv").open(encoding="utf-8"))}
    assert int(documents["ledger.xls"]["pages"]) == 2 and int(documents["memo.doc"]["chars"]) > 20
    errors = list(csv.DictReader((out / "errors.csv").open(encoding="utf-8")))
    assert [(e["file"], e["kind"]) for e in errors] == [("locked.doc", "encrypted")]
    prices = list(csv.DictReader((out / "prices.csv").open(encoding="utf-8")))
    assert any(p["file"] == "ledger.xls" and p["amount_low"] == "4200.50" for p in prices), prices


@pytest.mark.parametrize(
    "data",
    [
        legacy_office.OLE_MAGIC + bytes(range(256)) * 16,  # a header with garbage sector tables
        legacy_office.OLE_MAGIC,  # the magic alone
        PUBLIC_XLS.read_bytes()[:1024],  # a real workbook cut short
    ],
)
def test_a_broken_ole_file_is_sniffed_without_a_crash_and_read_as_one_row(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "broken.xls"
    path.write_bytes(data)
    assert ole_kind(path) == "damaged" and sniff_file(path) is FileType.OFFICE
    with pytest.raises(FileFailure) as failure:
        read(path)
    assert failure.value.kind == "corrupt" and "cut short" in str(failure.value)
