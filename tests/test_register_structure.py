"""Register readings decided by what the rows hold (invented names): a dated register's undated lines are its
payments' invoice lines; a payee's total sums its group; a report grouped by payee; a vendor code beside the name;
a public body's name cut at the column."""

from __future__ import annotations

import pytest

from foiakit.extract.line_items import parse_row
from foiakit.extract.payees import payee_kind, public_body_form
from foiakit.extract.register_groups import grouped_rows
from foiakit.extract.register_lines import register_rows

DATED = (
    "CHECK NO CHECK DATE VENDOR NAME INVOICE AMOUNT\n"
    "204411 03/02/2025 004120 MERRIVALE GRAVEL LLC 1,450.00\n"
    "INV 77120 ROAD BASE PO 3301 1,000.00\n"
    "INV 77121 HAULING PO 3301 450.00\n"
    "204412 03/02/2025 004377 OSWIN BLAKE 75.00\n"
    "REFUND 75.00\n"
    "204413 03/05/2025 002290 TARNWICK SIGN WORKS 610.40\n"
    "82-5120-310 Street signs 610.40\n"
)
UNDATED = (  # a register with no dates: every line with a name is its own payment
    "VENDOR NAME DESCRIPTION AMOUNT\n"
    "MERRIVALE GRAVEL LLC ROAD BASE 1,000.00\n"
    "TARNWICK SIGN WORKS STREET SIGNS 610.40\n"
    "HOLLISTER PUMP INC PUMP REPAIR 325.00\n"
)
BILLS = (
    "Vendor Name Description Account Amount\n"
    "QUENBY PAPER LLC COPY PAPER 4-01-20-110 210.00\n"
    "TONER 4-01-20-110 95.50\n"
    "Vendor Total: 305.50\n"
    "ALDERMOOR UTILITIES INC ELECTRIC SERVICE 4-01-30-220 1,200.00\n"
    "Vendor Total: 1,200.00\n"
    "Page Total: 1,505.50\n"
)
NOT_A_GROUP = (  # a "Vendor Total" that does not sum the lines above: no group is made
    "Vendor Name Description Account Amount\n"
    "QUENBY PAPER LLC COPY PAPER 4-01-20-110 210.00\n"
    "TONER SUPPLY INC TONER 4-01-20-110 95.50\n"
    "Vendor Total: 400.00\n"
)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            DATED,
            [
                ("MERRIVALE GRAVEL LLC", "1450.00"),
                ("MERRIVALE GRAVEL LLC", "1000.00"),  # an invoice line under the check: the check's payee
                ("MERRIVALE GRAVEL LLC", "450.00"),
                (None, "75.00"),  # a person's refund
                (None, "75.00"),  # … and its line
                ("TARNWICK SIGN WORKS", "610.40"),
                ("TARNWICK SIGN WORKS", "610.40"),  # an account line with words ("Street signs")
            ],
        ),
        (
            UNDATED,
            [
                ("MERRIVALE GRAVEL LLC", "1000.00"),
                ("TARNWICK SIGN WORKS STREET SIGNS", "610.40"),  # no legal form ends the name: the line runs on
                ("HOLLISTER PUMP INC", "325.00"),
            ],
        ),
        (
            BILLS,
            [
                ("QUENBY PAPER LLC", "210.00"),
                ("QUENBY PAPER LLC", "95.50"),  # the group's second line: its words are a description
                ("QUENBY PAPER LLC", "305.50"),  # the vendor's total
                ("ALDERMOOR UTILITIES INC", "1200.00"),
                ("ALDERMOOR UTILITIES INC", "1200.00"),
            ],
        ),
        (
            NOT_A_GROUP,
            [("QUENBY PAPER LLC", "210.00"), ("TONER SUPPLY INC", "95.50"), (None, "400.00")],  # a total of no one
        ),
    ],
)
def test_what_a_registers_lines_hold_decides_their_payee(text: str, rows: list[tuple[str | None, str]]) -> None:
    found = register_rows(text)
    assert [(r.payee, f"{r.amount:.2f}") for r in found] == rows


BY_VENDOR = (
    "Transaction List by Vendor\n"
    "Type Date Num Memo Account Amount\n"
    "Brackenridge Tile Co\n"
    "Check 04/02/2025 7101 Lobby tile Operating 1,200.00\n"
    "Check 04/19/2025 7140 Grout Operating 85.25\n"
    "Total for Brackenridge Tile Co 1,285.25\n"
    "Marisol Quennell\n"
    "Check 04/03/2025 7102 Mileage Operating 41.10\n"
    "Total for Marisol Quennell 41.10\n"
    "Pellory County Treasurer\n"
    "Check 04/08/2025 7120 Recording fee Operating 30.00\n"
    "Pellory County Treasurer Total 30.00\n"
    "Notes\n"
    "Check 04/09/2025 7121 Misc Operating 12.00\n"
    "Total for Another Name 12.00\n"  # a total that names no heading: no group
)


def test_a_report_grouped_by_payee() -> None:
    rows = grouped_rows(BY_VENDOR)
    assert [(r.payee, f"{r.amount:.2f}") for r in rows] == [
        ("Brackenridge Tile Co", "1200.00"),
        ("Brackenridge Tile Co", "85.25"),
        ("Brackenridge Tile Co", "1285.25"),
        (None, "41.10"),  # a person
        (None, "41.10"),
        ("Pellory County Treasurer", "30.00"),
        ("Pellory County Treasurer", "30.00"),
    ]
    first = rows[0]  # the payee is read once, on its heading's line
    assert BY_VENDOR[first.payee_span[0] : first.payee_span[1]] == "Brackenridge Tile Co"
    assert first.line_start == first.payee_span[0] and rows[1].payee_span[0] < rows[1].line_start
    assert payee_kind("Pellory County Treasurer") == "agency"


@pytest.mark.parametrize(
    ("cells", "payee"),
    [
        (
            ["05/01/2025", "GEN", "3012", "MERR04", "MERRIVALE GRAVEL LLC", "ROAD BASE", "1,000.00"],
            "MERRIVALE GRAVEL LLC",
        ),
        (["3012", "512", "TARNWICK SIGN WORKS", "SIGNS", "610.40"], "TARNWICK SIGN WORKS"),
        (["3012", "3M", "", "SIGNS", "610.40"], "3M"),  # the only payee cell: kept, whatever it holds
        (["3012", "A1 ROOFING", "", "ROOF", "610.40"], "A1 ROOFING"),  # a name with a figure, of two words
    ],
)
def test_a_vendor_code_beside_the_name_is_no_part_of_it(cells: list[str], payee: str) -> None:
    roles = ("date", None, None, "payee", "payee", "description", "total")
    if len(cells) == 5:
        roles = (None, "payee", "payee", "description", "total")
    item = parse_row(roles, cells)
    assert item is not None and item.payee == payee


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("BRAMBLE VALLEY UNIFIED SCHOOL DISTR", True),  # cut at the column
        ("BRAMBLE VALLEY UNIFIED SCHOO", True),
        ("ORRINGTON COMMUNITY COLL", True),
        ("BRAMBLE VALLEY SCHOOL DISTRIC", True),
        ("BRAMBLE VALLEY SCHOOL", False),  # "school" alone ends no body
        ("BRAMBLE SCHOOL SUPPLY", False),
        ("HIGH SCHOOL SPORTS INC", False),
        ("ORRINGTON COMMUNITY COLLECTIBLES", False),  # a longer word than the head: not cut from it
    ],
)
def test_a_public_body_by_its_form(name: str, body: bool) -> None:
    assert public_body_form(name) is body
