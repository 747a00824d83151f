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


def _pages(*texts: str) -> list[tuple[int, str]]:
    from pathlib import Path

    from foiakit.model import Document, FileType, Page, SourceFile

    joined = "".join(texts)
    source = SourceFile(Path("paper.txt"), "paper.txt", "0" * 64, len(joined), FileType.TEXT)
    document = Document(source=source, pages=tuple(Page(n, t, False, "text layer") for n, t in enumerate(texts, 1)))
    found = extract_document(document, SETTINGS)
    return sorted(((f.page, f.normalized) for f in found if f.kind == "price"), key=lambda p: (p[0], float(p[1])))


HEADERS = [
    ["Item", "Description", "Qty", "Price", "Extended"],
    ["Line", "Part Number", "Description", "Unit Cost", "Qty", "Total"],
    ["Service", "Hours", "Rate", "Amount"],
]


def _row(header: list[str], n: int) -> tuple[list[str], list[str]]:
    """A row of `header`'s table and its prices (the cells under its price and total labels)."""
    cells, prices = [], []
    for label in header:
        if label in {"Price", "Extended", "Unit Cost", "Total", "Rate", "Amount"}:
            value = f"{100 + 37 * n + len(label)}.{n:02d}"
            cells.append(value)
            prices.append(value)
        elif label in {"Qty", "Hours"}:
            cells.append(f"{n + 1}")
        elif label in {"Item", "Line"}:
            cells.append(str(n))
        elif label == "Part Number":
            cells.append(f"KV-{300 + n}")
        else:
            cells.append(f"Halvern lamp assembly {n}")
    return cells, prices


@pytest.mark.parametrize("header", HEADERS)
def test_a_page_without_a_header_carries_on_the_table_of_the_page_before(header: list[str]) -> None:
    first = [_row(header, n) for n in range(1, 3)]
    second = [_row(header, n) for n in range(3, 6)]
    page_one = "Quellmoor Lighting LLC\nINVOICE\n" + GAP.join(header) + "\n"
    page_one += "".join(GAP.join(cells) + "\n" for cells, _ in first) + "Continued on next page\n"
    page_two = f"Quellmoor Lighting LLC{GAP}Invoice 4471 - Page 2 of 2\n"
    page_two += "".join(GAP.join(cells) + "\n" for cells, _ in second)
    expected = [(1, f"{float(p):.2f}") for _, prices in first for p in prices]
    expected += [(2, f"{float(p):.2f}") for _, prices in second for p in prices]
    assert _pages(page_one, page_two) == sorted(expected, key=lambda p: (p[0], float(p[1])))


def test_a_row_of_one_figure_under_a_rate_column_is_a_price() -> None:
    text = GAP.join(["Service", "Unit", "Rate"]) + "\n"
    text += GAP.join(["Field technician visit", "per hour", "642.11"]) + "\n"
    text += GAP.join(["Radio programming", "each", "93.89"]) + "\n"
    assert _pages(text) == [(1, "93.89"), (1, "642.11")]


@pytest.mark.parametrize(
    ("second_page", "prices"),
    [
        ("The Contractor shall deliver the goods by June 1, 2025, as agreed.\n", []),  # prose: nothing carried
        (GAP.join(["Totals", "12", "3.00"]) + "\n", []),  # other cells than the header's: no row of it
        (GAP.join(["4", "Halvern lamp assembly 4", "5", "0.00", "0.00"]) + "\n", []),  # zero lines cost nothing
    ],
)
def test_a_page_carries_on_a_table_only_with_rows_of_its_cells(second_page: str, prices: list) -> None:
    header = HEADERS[0]
    cells, first = _row(header, 1)
    page_one = GAP.join(header) + "\n" + GAP.join(cells) + "\n"
    assert [p for p in _pages(page_one, second_page) if p[0] == 2] == prices
    assert len([p for p in _pages(page_one, second_page) if p[0] == 1]) == len(first)


@pytest.mark.parametrize(
    ("line", "price"),
    [
        (f"Freight{GAP}169.72", "169.72"),
        (f"Sales Tax{GAP}3,831.66", "3831.66"),
        ("Shipping: 45.00", "45.00"),
        (f"Tax{GAP}88.10", "88.10"),
        (f"Shipping & Handling{GAP}27.50", "27.50"),
    ],
)
def test_a_totals_block_row_of_tax_freight_or_shipping_is_a_price(line: str, price: str) -> None:
    text = f"Brindlecombe Office Supply Inc.\nINVOICE\nThank you for your order.\n{line}\n"
    assert _prices(text) == [price]


def test_a_tax_rate_is_no_price() -> None:
    assert _prices(f"Brindlecombe Office Supply Inc.\nSales Tax Rate{GAP}8.25\n") == []
