"""Register rules for layouts the dev fold lacks (round 7, registers8), table-driven with invented payees: a vendor
number printed before or after the name, a firm named by two initials, a payment's type or state in a cell of its
own, a short label's number before the description, a bare "Name" header beside a date, distribution lines atop a
page, headings of payee groups closed by a check total, and a register in check order that gives no sort evidence."""

from __future__ import annotations

import pytest

from foiakit.extract.payees import people_paid
from foiakit.extract.register_cells import is_name_cell, without_vendor_id
from foiakit.extract.register_groups import heading_rows
from foiakit.extract.register_lines import _is_header, register_rows

G = "   "  # a gap, as the text layer writes it


def lines(*rows: tuple[str, ...]) -> str:
    return "".join(G.join(row) + "\n" for row in rows)


@pytest.mark.parametrize(
    ("cell", "name"),
    [
        ("004120 CORVANE", "CORVANE"),
        ("V04120 BLUE HERON", "BLUE HERON"),
        ("V-0412 BLUE HERON", "BLUE HERON"),
        ("007456 C-1 MEADOW", "C-1 MEADOW"),
        ("007792 3RD LANTERN", "3RD LANTERN"),
        ("BLUE HERON (V00412)", "BLUE HERON"),
        ("TALLOWMILL #412", "TALLOWMILL #412"),  # a store's number is part of the name the register gives
        ("84 QUILLWORKS", "84 QUILLWORKS"),  # a short figure that begins a name stays
        ("3RD LANTERN", "3RD LANTERN"),
        ("ROUTE 9 GRAVEL", "ROUTE 9 GRAVEL"),
        ("004120 000551", "004120 000551"),  # no name after the number: nothing is taken away
    ],
)
def test_a_vendor_number_around_the_name_is_no_part_of_it(cell: str, name: str) -> None:
    assert without_vendor_id(cell) == name


@pytest.mark.parametrize(
    ("cell", "name"),
    [
        ("J & R", True),
        ("K&M", True),
        ("T & W LANTERN", True),
        ("J", False),
        ("EFT", False),
        ("WIRE", False),
        ("*** VOID ***", False),
        ("Bill Pmt -Check", False),
        ("CORVANE", True),
        ("004120 CORVANE", True),
    ],
)
def test_initials_are_a_name_and_a_payments_type_is_not(cell: str, name: bool) -> None:
    assert is_name_cell(cell) is name


@pytest.mark.parametrize(
    ("line", "header"),
    [
        ("Type   Num   Date   Name   Account   Memo   Paid Amount", True),
        ("Check   Date   Vendor   Amount", True),
        ("Name   Amount", False),  # a bare name column with no date beside it: a list, not a register
        ("Employee Name   Hire Date   Position", False),  # no amount column
    ],
)
def test_a_bare_name_header_beside_a_date_heads_a_register(line: str, header: bool) -> None:
    assert _is_header(line) is header


CHECK_DETAIL = lines(
    ("Type", "Num", "Date", "Name", "Account", "Memo", "Paid Amount"),
    ("Check", "7101", "10/25/2024", "3RD LANTERN", "Operating Account", "1,200.00"),
    ("Equipment Rental", "Copier Lease", "700.00"),
    ("Professional Fees", "Legal Services", "500.00"),
    ("TOTAL", "1,200.00"),
    ("Bill Pmt -Check", "7102", "10/26/2024", "J & K", "Operating Account", "310.50"),
    ("Supplies", "Office Supplies", "310.50"),
    ("TOTAL", "310.50"),
    ("Check", "7103", "10/28/2024", "NORTH QUILLON", "Operating Account", "95.00"),
    ("Utilities", "Water Service", "95.00"),
    ("TOTAL", "95.00"),
)

CHECK_REGISTER = lines(
    ("Check No", "Check Date", "Vendor ID", "Vendor Name", "Check Amount"),
    ("400121", "11/23/2024", "43253", "G & L ANVIL", "900.00"),
    ("PO 24913", "INV 1314", "LEGAL SERVICES", "10-2018-430", "600.00"),
    ("PO 24275", "INV 7698", "CONTRACTED SERVICES", "10-2255-748", "300.00"),
    ("400122", "11/24/2024", "96082", "WEST SORREL", "75.00"),
    ("PO 24157", "INV 1181", "OFFICE SUPPLIES", "10-1625-142", "75.00"),
    ("400123", "11/25/2024", "80664", "A-1 QUILLON", "12.00"),
    ("PO 24158", "INV 1190", "VEHICLE REPAIR", "10-1625-142", "12.00"),
)

EFT_REGISTER = lines(
    ("Type", "Number", "Date", "Payee", "Description", "Amount"),
    ("CHK", "66011", "02/15/2024", "QUARRY SORREL (V04960)", "WATER TREATMENT CHEM", "1,306.68"),
    ("EFT", "66012", "02/16/2024", "004412 TALLOWMILL", "OFFICE SUPPLIES", "7,416.08"),
    ("WIRE", "66013", "02/17/2024", "M & J", "LEGAL SERVICES", "6,051.33"),
)

PAGE_TOP = lines(  # a page that begins with the distribution lines of a check printed on the page before
    ("Check #", "Date", "Vendor", "Account", "Description", "Amount"),
    ("601-4057-184", "CONTRACTED SERVICES", "1,656.77"),
    ("70411", "07/18/2024", "007792 NORTH QUILLON", "5,249.43"),
    ("601-4481-592", "VEHICLE REPAIR", "5,249.43"),
    ("70412", "07/19/2024", "008077 W & G", "1,394.91"),
    ("201-4170-423", "LEGAL SERVICES", "1,394.91"),
)


@pytest.mark.parametrize(
    ("text", "payees"),
    [
        # a payment's type before its date ("Check", "Bill Pmt -Check") is no payee; its split lines under it, with
        # no date, are its own; a name begun by a figure ("3RD LANTERN") and two initials ("J & K") are whole names
        (
            CHECK_DETAIL,
            ["3RD LANTERN"] * 4 + ["J & K"] * 3 + ["NORTH QUILLON"] * 3,
        ),
        # "PO 24913   INV 1314": a short label's number, not a name; the invoice lines are the check's
        (CHECK_REGISTER, ["G & L ANVIL"] * 3 + ["WEST SORREL"] * 2 + ["A-1 QUILLON"] * 2),
        # the vendor number before or after the name is no part of it; "EFT", "WIRE" are no payees
        (EFT_REGISTER, ["QUARRY SORREL", "TALLOWMILL", "M & J"]),
        # a distribution line atop the page is a payment's begun before: its amount is no one's here
        (PAGE_TOP, [None, "NORTH QUILLON", "NORTH QUILLON", "W & G", "W & G"]),
    ],
)
def test_a_registers_payees_with_no_business_word(text: str, payees: list[str | None]) -> None:
    rows = register_rows(text)
    assert [r.payee for r in rows] == payees
    for row in rows:
        if row.payee is not None:
            assert text[row.payee_span[0] : row.payee_span[1]] == row.payee


HEADINGS = lines(
    ("Vendor", "Name", "Invoice", "Inv Date", "Description", "Amount"),
    ("1,050.00",),  # the check total of a payment begun on the page before
    ("09932", "B & R SORREL", "CHECK 20311", "09/15/2024"),
    ("98645", "12/08/2024", "VEHICLE REPAIR", "1,950.91"),
    ("3237", "04/08/2024", "COPIER LEASE", "1,091.93"),
    ("CHECK TOTAL", "3,042.84"),
    ("05888", "QUILLON, DANA M", "CHECK 20312", "02/04/2024"),
    ("41705", "04/18/2024", "MILEAGE", "27.26"),
    ("CHECK TOTAL", "27.26"),
    ("08030", "TALLOWMILL", "CHECK 20313", "01/03/2024"),
    ("78915", "02/20/2024", "LEGAL SERVICES", "1,076.72"),
    ("CHECK TOTAL", "1,076.72"),
    ("REPORT TOTAL", "4,146.82"),
)

DEPARTMENTS = lines(
    ("Payee", "Check", "Date", "Description", "Amount"),
    ("DEPT 2656", "POLICE DEPARTMENT"),
    ("NORTH QUILLON", "30551", "11/24/2024", "PROFESSIONAL SERVICES", "2,705.19"),
    ("DEPARTMENT TOTAL", "2,705.19"),
    ("DEPT 9715", "PUBLIC WORKS"),
    ("B-1 SORREL", "30555", "05/04/2024", "CONTRACTED SERVICES", "2,133.45"),
    ("DEPARTMENT TOTAL", "2,133.45"),
)


def test_a_payee_heading_owns_the_lines_below_it_up_to_its_check_total() -> None:
    rows = heading_rows(HEADINGS)
    got = [(r.payee, str(r.amount)) for r in rows]
    assert got == [
        (None, "1050.00"),
        ("B & R SORREL", "1950.91"),
        ("B & R SORREL", "1091.93"),
        ("B & R SORREL", "3042.84"),
        (None, "27.26"),  # a person's group: priced, tied to no one
        (None, "27.26"),
        ("TALLOWMILL", "1076.72"),
        ("TALLOWMILL", "1076.72"),
        (None, "4146.82"),  # the report's total: no one's
    ]
    assert all(HEADINGS[r.payee_span[0] : r.payee_span[1]] == r.payee for r in rows if r.payee)


@pytest.mark.parametrize(
    "text",
    [
        DEPARTMENTS,  # a department's heading names no payee
        lines(  # one group: an invoice's table, not a register
            ("09932", "B & R SORREL", "CHECK 20311", "09/15/2024"),
            ("98645", "12/08/2024", "VEHICLE REPAIR", "1,950.91"),
            ("CHECK TOTAL", "1,950.91"),
        ),
        lines(  # lines that do not add up to the total: no group
            ("09932", "B & R SORREL", "CHECK 20311", "09/15/2024"),
            ("98645", "12/08/2024", "VEHICLE REPAIR", "1,950.91"),
            ("CHECK TOTAL", "2,000.00"),
            ("08030", "TALLOWMILL", "CHECK 20313", "01/03/2024"),
            ("78915", "02/20/2024", "LEGAL SERVICES", "1,076.72"),
            ("CHECK TOTAL", "1,076.70"),
        ),
    ],
)
def test_headings_that_close_no_payee_group_are_not_read(text: str) -> None:
    assert heading_rows(text) == ()


def test_a_register_in_check_order_sorts_no_one_by_the_surname() -> None:
    # three people by their form make a register that pays people; in check order, "SILVER QUILLON"'s neighbours
    # happen to be in order with its last word, which says nothing: the register as a whole is not sorted
    names = [
        "ORRIN VASSEL LLC",
        "QUILLON, DANA M",
        "ASHWORTH GRAVEL",
        "SILVER QUILLON",
        "TALLOWMILL",
        "BRENNICK, LAURA T",
        "ZEPHYR PAVING",
        "CASTELL, GREGORY E",
        "MARROW SIGNS",
    ]
    assert "SILVER QUILLON" not in people_paid(names)
