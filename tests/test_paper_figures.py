"""Figures on a sale's papers as their systems print them: an ERP's unit prices to four decimals ("12,800.0000"),
and a price table's Quantity column printed with cents ("1.00"), which is no price. Names and figures are
invented."""

from __future__ import annotations

import pytest
from test_structural_names import SETTINGS, _document

from foiakit.extract import extract_document
from foiakit.ingest.pdf_text import GAP


def _prices(text: str) -> list[str]:
    found = extract_document(_document(text), SETTINGS)
    return sorted({f.normalized for f in found if f.kind == "price"}, key=float)


def _table(header: list[str], rows: list[list[str]], total: str = "") -> str:
    lines = ["Harrowgate Signal Systems LLC", "PURCHASE ORDER", GAP.join(header)]
    lines += [GAP.join(row) for row in rows]
    return "\n".join(lines + ([total] if total else [])) + "\n"


@pytest.mark.parametrize(
    ("header", "rows", "total", "prices"),
    [
        (  # Munis: QTY, UOM, DESCRIPTION, UNIT PRICE to four places, EXTENDED PRICE
            ["LINE", "QTY", "UOM", "DESCRIPTION", "UNIT PRICE", "EXTENDED PRICE"],
            [
                ["0001", "2.00", "EA", "PATROL LIGHT BAR", "12,800.0000", "25,600.00"],
                ["0002", "10.00", "EA", "ANTENNA ASSEMBLY", "41.2500", "412.50"],
            ],
            f"PO TOTAL{GAP}26,012.50",
            ["41.25", "412.50", "12800.00", "25600.00", "26012.50"],
        ),
        (  # a Workday-like order: Unit Cost to four places, Line Amount
            ["Item", "Description", "Quantity", "Unit Cost", "Line Amount"],
            [["1", "Copy paper, case", "12", "38.7500", "465.00"], ["2", "Toner cartridge", "3", "129.9900", "389.97"]],
            f"Total Order Amount{GAP}$854.97",
            ["38.75", "129.99", "389.97", "465.00", "854.97"],
        ),
        (  # with a currency sign
            ["Description", "Unit Price", "Total"],
            [["Docking station", "$1,045.5000", "$2,091.00"], ["Mount bracket", "$88.2500", "$176.50"]],
            "",
            ["88.25", "176.50", "1045.50", "2091.00"],
        ),
    ],
)
def test_unit_prices_to_four_places_are_prices(header, rows, total, prices) -> None:
    assert _prices(_table(header, rows, total)) == prices


@pytest.mark.parametrize(
    ("text", "prices"),
    [
        (f"Sales tax rate{GAP}0.0725\nTotal Amount{GAP}1,250.0000", ["1250.00"]),  # a rate below one is no price
        ("Version 2.0125 of the firmware", []),  # no money label, no table
    ],
)
def test_four_places_need_a_money_label_or_a_table_and_a_whole_amount(text: str, prices: list[str]) -> None:
    assert _prices(text) == prices


@pytest.mark.parametrize(
    ("header", "rows", "prices"),
    [
        (  # Xero: Quantity printed with cents
            ["Description", "Quantity", "Unit Price", "Tax", "Amount USD"],
            [
                ["Network switch, 24-port", "1.00", "1,523.17", "8.25%", "1,523.17"],
                ["Antenna assembly", "2.00", "649.69", "8.25%", "1,299.38"],
            ],
            ["649.69", "1299.38", "1523.17"],
        ),
        (  # hours on a service invoice
            ["Service", "Hours", "Rate", "Amount"],
            [["Field technician visit", "3.50", "95.00", "332.50"], ["Radio programming", "12.00", "80.00", "960.00"]],
            ["80.00", "95.00", "332.50", "960.00"],
        ),
        (  # Qty. as the last column but one
            ["Part", "Description", "Unit Cost", "Qty.", "Extended"],
            [["HS-210", "Battery pack", "54.10", "4.00", "216.40"]],
            ["54.10", "216.40"],
        ),
    ],
)
def test_a_quantity_column_with_cents_holds_no_price(header, rows, prices) -> None:
    assert _prices(_table(header, rows)) == prices


def test_without_column_gaps_a_quantity_is_not_told_apart() -> None:
    """OCR's text has single spaces: the rule cannot see the column, and leaves the row as it was read."""
    text = _table(["Description Quantity Unit Price Amount"], [["Antenna assembly 2.00 649.69 1,299.38"]])
    assert "649.69" in _prices(text) and "1299.38" in _prices(text)
