"""Hidden sheets, rows and columns in .xlsx and .xls (a known way agencies redact, and leak): read, named on the
sheet's page, and the findings in hidden cells carry `hidden: true` and what hid them. Workbooks made here."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from foiakit.extract import extract_document
from foiakit.extract.placement import cell_at, column_letters, column_number, hidden_lines, sheet_hiding
from foiakit.ingest import ingest
from foiakit.ingest.sniff import sniff_file
from foiakit.model import Settings, SourceFile

HEADER = ["Payment Date", "Vendor", "Amount Paid", "Notes"]
ROWS = [
    ["2025-03-04", "Quillon Labs, LLC", 4200.50, "call ann.reyes@quillon.example"],
    ["2025-03-09", "Harlow Systems Inc.", 1150.25, ""],
]


def _xlsx(path: Path) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Payments"
    for row in [HEADER, *ROWS]:
        sheet.append(row)
    sheet.row_dimensions[3].hidden = True  # Harlow's payment
    sheet.column_dimensions["D"].hidden = True  # the notes
    secret = book.create_sheet("Settlements")
    secret.append(["Payee", "Amount"])
    secret.append(["Orrin Fleet Services", 990.00])
    secret.sheet_state = "hidden"
    book.save(path)
    return path


def _xls(path: Path) -> Path:
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("Payments")
    for r, row in enumerate([HEADER, *ROWS]):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    sheet.row(2).hidden = True
    sheet.col(3).hidden = True
    secret = book.add_sheet("Settlements")
    secret.write(0, 0, "Payee")
    secret.write(0, 1, "Amount")
    secret.write(1, 0, "Orrin Fleet Services")
    secret.write(1, 1, 990.0)
    secret.visibility = 1
    book.save(str(path))
    return path


def _source(path: Path) -> SourceFile:
    data = path.read_bytes()
    return SourceFile(path, path.name, hashlib.sha256(data).hexdigest(), len(data), sniff_file(path))


@pytest.mark.parametrize("make", [_xlsx, _xls], ids=["xlsx", "xls"])
def test_hidden_rows_columns_and_sheets_are_read_and_marked(tmp_path: Path, make) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(work_dir=tmp_path / "work")
    document = ingest(_source(make(tmp_path / f"ledger.{make.__name__[1:]}")), settings)
    payments, settlements = document.pages
    assert payments.text.split("\n")[:3] == ["Sheet: Payments", "Hidden rows: 3", "Hidden columns: D"]
    assert "r3\t2025-03-09\tHarlow Systems Inc.\t1150.25" in payments.text  # read, though hidden
    assert settlements.text.startswith("Sheet: Settlements (hidden)\n")
    findings = extract_document(document, settings)
    items = {f.detail_dict["payee"]: f.detail_dict for f in findings if f.kind == "line_item"}
    assert "hidden" not in items["Quillon Labs, LLC"]
    assert items["Harlow Systems Inc."]["hidden"] is True and items["Harlow Systems Inc."]["hidden_by"] == "row"
    assert items["Orrin Fleet Services"]["hidden_by"] == "sheet"
    (address,) = [f for f in findings if f.kind == "email_address"]
    assert address.detail_dict["hidden"] is True and address.detail_dict["hidden_by"] == "column"


def test_a_workbook_with_nothing_hidden_says_nothing(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(HEADER)
    book.active.append(ROWS[0])
    book.save(tmp_path / "plain.xlsx")
    document = ingest(_source(tmp_path / "plain.xlsx"), Settings(work_dir=tmp_path / "work"))
    assert "Hidden" not in document.pages[0].text
    assert sheet_hiding(document.pages[0].text) is None
    assert not any("hidden" in f.detail_dict for f in extract_document(document, Settings()))


def test_the_hidden_lines_round_trip() -> None:
    lines = hidden_lines([3, 7, 8, 9, 12], [2, 3, 4, 28])
    assert lines == ["Hidden rows: 3, 7-9, 12", "Hidden columns: B-D, AB"]
    hiding = sheet_hiding("Sheet: S\n" + "\n".join(lines) + "\nr1\ta")
    assert hiding is not None and hiding.rows == {3, 7, 8, 9, 12} and hiding.columns == {2, 3, 4, 28}
    assert [column_letters(n) for n in (1, 26, 27, 16_384)] == ["A", "Z", "AA", "XFD"]
    assert column_number("XFD") == 16_384
    from openpyxl.utils import column_index_from_string, get_column_letter

    assert all(column_letters(n) == get_column_letter(n) for n in range(1, 16_385))
    names = [get_column_letter(n) for n in range(1, 16_385)]
    assert all(column_number(name) == column_index_from_string(name) for name in names)
    text = "Sheet: S\nr4\tone\ttwo\tthree"
    assert cell_at(text, text.index("three")) == (4, 3) and cell_at(text, 3) is None
