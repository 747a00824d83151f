"""Registers read as rows of cells: a text layer that keeps a wide gap between columns as three spaces
(ingest/pdf_text.py) lets the payee be the cell of the payee column, whole, decided by what the column holds down
the block and by the header cell above it; table-driven with invented payees."""

from __future__ import annotations

import pytest

from foiakit.extract.register_cells import cells, is_name_cell
from foiakit.extract.register_lines import register_rows

G = "   "  # a gap, as the text layer writes it


def lines(*rows: tuple[str, ...]) -> str:
    return "".join(G.join(row) + "\n" for row in rows)


BANK_AND_CODE = lines(
    ("Check Date", "Bank", "Check", "Vendor", "Vendor Name", "Description", "Amount"),
    ("04/02/2024", "GEN", "7101", "WIST07", "WISTERFELD GRAVEL CO", "ROAD BASE DELIVERY", "812.40"),
    ("04/02/2024", "GEN", "7102", "OMBR22", "OMBRELLO SIGN SHOP", "STREET SIGNS", "96.00"),
    ("04/09/2024", "GEN", "7103", "TALL31", "TALLIS WATER WORKS INC", "METER PARTS", "1,450.75"),
)

CARDS = lines(
    ("Cardholder", "Trans Date", "Merchant Name", "Amount", "Description"),
    ("MARTHA QUIGG", "03/11/2024", "PENROSE HARDWARE CORP", "45.10", "FUEL"),
    ("DONALD ABERNE", "03/12/2024", "COUNTY OF VELLMAR", "12.00", "FEES"),
    ("MARTHA QUIGG", "03/19/2024", "LOWDEN OFFICE SUPPLY", "88.25", "PAPER"),
)

NO_HEADER_ABOVE = lines(  # a register's payees followed by a description cell: the name ends at its cell
    ("Check", "Date", "Payee", "Description", "Amount"),
    ("5501", "05/02/2025", "Brindle Glass Company", "Window Repair", "300.00"),
    ("5502", "05/02/2025", "Orvel Supply", "Gloves Box", "41.90"),
    ("5503", "05/03/2025", "Tansey, Ruth A", "Mileage", "18.20"),
)


@pytest.mark.parametrize(
    ("text", "payees"),
    [
        # a column of one value on every row ("GEN") and a column of codes ("WIST07") hold no payee; the header's
        # "Vendor Name" cell and the names under it do
        (BANK_AND_CODE, ["WISTERFELD GRAVEL CO", "OMBRELLO SIGN SHOP", "TALLIS WATER WORKS INC"]),
        # two columns of names: the header's payee cell ("Merchant Name") decides, not the first (a cardholder)
        (CARDS, ["PENROSE HARDWARE CORP", "COUNTY OF VELLMAR", "LOWDEN OFFICE SUPPLY"]),
        # the payee is the whole cell, never joined to the description's; a person has no payee
        (NO_HEADER_ABOVE, ["Brindle Glass Company", "Orvel Supply", None]),
    ],
)
def test_the_payee_is_the_cell_of_the_payee_column(text: str, payees: list[str | None]) -> None:
    rows = register_rows(text)
    assert [r.payee for r in rows] == payees
    for row in rows:
        if row.payee is not None:
            assert text[row.payee_span[0] : row.payee_span[1]] == row.payee


WRAPS = lines(
    ("Warrant", "Date", "Vendor", "Vendor Name", "Invoice", "Description", "Amount"),
    ("810001", "02/09/2024", "640", "MERRIVALE SURVEYING", "5690", "PARTS", "1,213.05"),
    ("ASSOCIATES INC",),
    ("810002", "02/09/2024", "617", "KELLOW PAPER CO", "9019", "SERVICE", "509.04"),
    ("ANNUAL DUES",),
    ("810003", "02/10/2024", "233", "DRAYCOTT FENCING", "9020", "GATE", "77.00"),
    ("Printed by CLERK",),
)


def test_a_name_wrapped_under_its_cell_is_joined_and_other_lines_are_not() -> None:
    # "ASSOCIATES INC": one cell of name words in the name's case under a name no legal form closes; "ANNUAL DUES"
    # under a name closed by "CO" and a footer in another case are other lines of text
    assert [r.payee for r in register_rows(WRAPS)] == [
        "MERRIVALE SURVEYING ASSOCIATES INC",
        "KELLOW PAPER CO",
        "DRAYCOTT FENCING",
    ]


CHECK_TOTALS = lines(
    ("Check Date", "Bank", "Check", "Vendor", "Vendor Name", "Description", "Amount"),
    ("06/03/2024", "GEN", "7201", "HOLB12", "HOLBECK TIRE LLC", "TIRES", "400.00"),
    ("06/03/2024", "GEN", "7201", "HOLB12", "HOLBECK TIRE LLC", "MOUNTING", "50.00"),
    ("CHECK GEN 7201 TOTAL:", "450.00"),
    ("06/04/2024", "GEN", "7202", "SPAR40", "SPARROWDALE FEED", "FEED", "75.00"),
)


def test_a_cell_that_labels_a_sum_is_a_total_of_the_payee_above() -> None:
    rows = register_rows(CHECK_TOTALS)
    assert [(r.payee, f"{r.amount:.2f}") for r in rows] == [
        ("HOLBECK TIRE LLC", "400.00"),
        ("HOLBECK TIRE LLC", "50.00"),
        ("HOLBECK TIRE LLC", "450.00"),
        ("SPARROWDALE FEED", "75.00"),
    ]


@pytest.mark.parametrize(
    ("cell", "name"),
    [
        ("HARLOW PUMP SERVICE", True),
        ("3 RIVERS SEPTIC", True),
        ("HARL12", False),  # a vendor code
        ("21-4498-726", False),  # an account string
        ("04/02/2024", False),
        ("1,213.05", False),
        ("CHECK GEN 7201 TOTAL:", False),
        ("PO 2447", False),
        ("A T & T", True),
        ("HALLOWAY SIGN CO 122885122856500", True),  # an account number run in at a narrow gap
    ],
)
def test_a_name_cell_holds_a_name_not_a_code_date_amount_or_sum(cell: str, name: bool) -> None:
    assert is_name_cell(cell) is name


def test_cells_split_at_gaps_only() -> None:
    line = "7101   WISTERFELD GRAVEL CO   ROAD BASE  DELIVERY   812.40"
    assert [line[s:e] for s, e in cells(line)] == ["7101", "WISTERFELD GRAVEL CO", "ROAD BASE  DELIVERY", "812.40"]


def test_single_spaced_lines_are_read_by_their_words_as_before() -> None:
    # OCR text keeps one space between columns: no cell to read, the payee is the line's first run of name words
    text = (
        "CHECK NO DATE VENDOR NAME AMOUNT\n"
        "7101 04/02/24 WISTERFELD GRAVEL CO 812.40\n"
        "7102 04/02/24 OMBRELLO SIGN SHOP 96.00\n"
    )
    rows = register_rows(text)
    assert [(r.payee, r.by_cells) for r in rows] == [("WISTERFELD GRAVEL CO", False), ("OMBRELLO SIGN SHOP", False)]
