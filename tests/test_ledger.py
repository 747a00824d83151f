"""Spreadsheet ledgers: each row under a payee/amount header is a line item and a price tied to its payee and
date, citing its sheet and row."""

from __future__ import annotations

import csv
import json
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from foiakit.cli import main
from foiakit.extract.ledger import ledger_rows
from foiakit.extract.line_items import cell_amount

HEADER = "Sheet: Payments\nr1\tCity of Wexford payment register FY2025\nr3\tDate\tPayee\tDescription\tAmount\n"


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (  # a title row first; cents, a dollar sign, a whole number; a total row that is no payment
            HEADER + "r4\t2025-01-14\tHarlow Signal, Inc.\tcamera service\t4200.50\n"
            "r5\t2025-02-11\tQuillon Labs, LLC\tlicence\t$1,250.00\nr6\t2025-03-02\tBrightfen\t\t900\n"
            "r7\t\tTotal\t\t6350.50",
            [
                ("sheet Payments, row 4", "Harlow Signal, Inc.", "2025-01-14", "camera service", "4200.50", None),
                ("sheet Payments, row 5", "Quillon Labs, LLC", "2025-02-11", "licence", "1250.00", "USD"),
                ("sheet Payments, row 6", "Brightfen", "2025-03-02", None, "900", None),
            ],
        ),
        (  # other header words, no date column, a hidden sheet; a row without an amount is no payment
            "Sheet: Checks (hidden)\nr1\tVendor Name\tCheck Amount\tMemo\nr2\tQuillon Labs, LLC\t(120.00)\trefund\n"
            "r3\tBrightfen\t\tvoid",
            [("sheet Checks, row 2", "Quillon Labs, LLC", None, "refund", "-120.00", None)],
        ),
        ("Sheet: Notes\nr1\tPayee\tComment\nr2\tHarlow Signal\t4200.50", []),  # no amount column: no ledger
        ("Sheet: Items\nr1\tDescription\tAmount\nr2\tcamera\t4200.50", []),  # no payee column: a price table
        ("Dear Ann,\nPayee\tAmount\nHarlow\t4200.50", []),  # not a sheet
        (  # a header below the first rows of a sheet's later table
            "Sheet: Mixed\n" + "".join(f"r{n}\tnote {n}\n" for n in range(1, 26)) + "r26\tPayee\tAmount\nr27\tA\t5.00",
            [],
        ),
    ],
)
def test_ledger_rows(text: str, rows: list[tuple]) -> None:
    found = [(r.where, r.payee, r.date, r.description, format(r.amount, "f"), r.currency) for r in ledger_rows(text)]
    assert found == rows
    for row in ledger_rows(text):  # the spans point at the cells in the text
        assert cell_amount(text[row.amount_span[0] : row.amount_span[1]]) == row.amount
        assert row.payee_span is None or text[row.payee_span[0] : row.payee_span[1]] == row.payee
    assert all(isinstance(r.amount, Decimal) for r in ledger_rows(text))


def make_ledger(path: Path) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Payments"
    sheet.append(["Town of Wexford payment register"])
    sheet.append([])
    sheet.append(["Payment Date", "Vendor", "Description", "Amount Paid"])
    sheet.append(["2025-01-14", "Harlow Signal, Inc.", "camera service", 4200.5])
    sheet.append(["2025-02-11", "Quillon Labs, LLC", "annual licence", 1250])
    sheet.append([None, "Total", None, 5450.5])
    book.save(path)
    return path


def test_a_ledger_in_a_release_gives_line_items_and_prices_by_payee(tmp_path: Path) -> None:
    release = tmp_path / "release"
    release.mkdir()
    make_ledger(release / "register.xlsx")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(release), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    items = list(csv.DictReader((out / "line_items.csv").open(encoding="utf-8")))
    assert [(i["total"], i["date"], i["description"], i["page"], i["quote"][:3]) for i in items] == [
        ("4200.50", "2025-01-14", "camera service", "1", "r4 "),
        ("1250.00", "2025-02-11", "annual licence", "1", "r5 "),
    ]
    assert items[0]["vendor"].startswith("Harlow Signal") and items[1]["vendor"].startswith("Quillon Labs")
    prices = list(csv.DictReader((out / "prices.csv").open(encoding="utf-8")))
    by_amount = {p["amount_low"]: p for p in prices}
    assert {"4200.50", "1250"} <= set(by_amount)  # the whole number has no cents, no sign: a price by its column
    assert by_amount["1250"]["date"] == "2025-02-11" and by_amount["1250"]["vendor"].startswith("Quillon")
    findings = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    cited = [f["detail"]["where"] for f in findings if f["kind"] == "line_item"]
    assert cited == ["sheet Payments, row 4", "sheet Payments, row 5"]
