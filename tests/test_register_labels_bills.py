"""Registers of other accounting systems, as a text layer's rows of cells (invented payees): a check register whose
payee column is headed "Entity Name", a detail check register whose check lines label their payee ("Vendor: 0412
NAME"), and a board's bills list by vendor whose invoice lines name the vendor and whose "Vendor Total:" sums them,
its distribution lines printed before or after their invoice line."""

from __future__ import annotations

import pytest

from foiakit.extract.payees import is_person_payee
from foiakit.extract.register_bills import bills_rows
from foiakit.extract.register_labels import labelled_rows
from foiakit.extract.register_lines import register_rows


def _read(rows) -> list[tuple[str | None, str]]:
    return [(row.payee, f"{row.amount:.2f}") for row in rows]


def test_an_entity_name_column_is_the_payee_column() -> None:
    text = "\n".join(
        [
            "Check Number   Check Date   Cleared Void   Void Date   Entity ID   Entity Name   Amount",
            "30211   04/02/2025   004417   TARNWICK GRAVEL SUPPLY INC   1,412.50",
            "30212   04/02/2025   008812   DELLA QUIMBY   64.00",
            "30213   04/02/2025   000915   CITY OF OSSLER FALLS   9,800.00",
            "Check Type Total:   Check   Void Total:   0.00   Total without Voids:   11,276.50",
        ]
    )
    assert _read(register_rows(text)) == [
        ("TARNWICK GRAVEL SUPPLY INC", "1412.50"),
        (None, "64.00"),  # a person
        ("CITY OF OSSLER FALLS", "9800.00"),
        (None, "11276.50"),
    ]


DETAIL = "\n".join(
    [
        "Checking Account:   3   3",
        "Check Number: 5101   Check Type: Check   Check Date: 03/04/2025   Vendor: 00412   BRACKENRIDGE PUMP CO"
        "   Check Total:   1,300.00",
        "Invoice Number   Invoice Date   PO Number   Detail Description   Chart of Account Number   Detail Amount",
        "7781   02/21/2025   VALVE SEALS   10 0100 2600 000 611   1,000.00",
        "7782   02/24/2025   FREIGHT   10 0100 2600 000 611   300.00",
        "Check Number: 5102   Check Type: Check   Check Date: 03/04/2025   Vendor: 00977   MARGUERITE (PEG) OSTLUND"
        "   Check Total:   45.10",
        "030125   03/01/2025   MILEAGE   21 0118 1900 920 345   45.10",
        "5103   03/04/2025   HOLLENBECK TIMBER AND   8,800.00",  # a check line printed out of its place
        "SUPPLY",
        "Check Number:   Check Type: Check   Check Date:   Vendor: 01204   Check Total:",
        "INV-88   02/28/2025   DECKING   36 0100 2600 000 739   8,800.00",
        "*Denotes Expensed Invoice Item   Checking Account ID:   3   Total without Voids:   10,145.10",
    ]
)


def test_a_labelled_payee_owns_the_invoice_lines_under_its_check() -> None:
    assert _read(labelled_rows(DETAIL)) == [
        ("BRACKENRIDGE PUMP CO", "1300.00"),
        ("BRACKENRIDGE PUMP CO", "1000.00"),
        ("BRACKENRIDGE PUMP CO", "300.00"),
        (None, "45.10"),  # a person, her nickname in brackets
        (None, "45.10"),
        (None, "8800.00"),  # more than the person's check has left: not hers
        (None, "8800.00"),  # under a labelled line that prints no name: no one's
        (None, "10145.10"),  # the account's total
    ]


def test_a_labelled_line_is_no_column_header() -> None:
    # "Vendor:" and "Check Total:" are a payment's labels, not a header over the lines below
    assert register_rows(DETAIL) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vendor: 00412   ACME", []),  # one labelled line: a form's field, no register
        (
            "Vendor: V-20   OSSLER FEED & SEED   Check Total:   12.00\nVendor: V-21   KEMPTON SIGNS LLC   Check Total:"
            "   30.00",
            [("OSSLER FEED & SEED", "12.00"), ("KEMPTON SIGNS LLC", "30.00")],
        ),
        (  # OCR text has no gaps: nothing read
            "Vendor: V-20 OSSLER FEED & SEED Check Total: 12.00\nVendor: V-21 KEMPTON SIGNS LLC Check Total: 30.00",
            [],
        ),
    ],
)
def test_labelled_rows_need_two_labelled_payments_with_cells(text: str, expected: list) -> None:
    assert _read(labelled_rows(text)) == expected


BOARD = "\n".join(
    [
        "Checking   1   Fund: 10   OPERATING FUND",
        "Pump Repair Parts   10 0109 2600 000 612   410.00",  # distribution lines printed before their invoice line
        "Shipping   10 0109 2600 000 612   22.40",
        "BRACKENRIDGE PUMP CO   55120   02/11/2025   2500381   432.40",
        "Vendor Total:   432.40",
        "QUIMBY, DELLA   031025   03/10/2025   58.00",
        "MILEAGE   21 0118 1900 920 345   58.00",
        "Vendor Total:   58.00",
        "TARNWICK GRAVEL SUPPLY INC   A90122   02/27/2025   700.00",
        "ROAD BASE   10 0109 2600 000 612   700.00",
        "TARNWICK GRAVEL SUPPLY INC   A90188   03/03/2025   150.00",
        "ROAD BASE   10 0109 2600 000 612   150.00",
        "Vendor Total:   850.00",
        "Fund Total:   1,340.40",
    ]
)


def test_a_vendor_total_ties_its_group_to_the_dated_vendor_line() -> None:
    assert _read(bills_rows(BOARD)) == [
        ("BRACKENRIDGE PUMP CO", "410.00"),
        ("BRACKENRIDGE PUMP CO", "22.40"),
        ("BRACKENRIDGE PUMP CO", "432.40"),
        ("BRACKENRIDGE PUMP CO", "432.40"),
        (None, "58.00"),  # a person, SURNAME, GIVEN
        (None, "58.00"),
        (None, "58.00"),
        ("TARNWICK GRAVEL SUPPLY INC", "700.00"),
        ("TARNWICK GRAVEL SUPPLY INC", "700.00"),
        ("TARNWICK GRAVEL SUPPLY INC", "150.00"),
        ("TARNWICK GRAVEL SUPPLY INC", "150.00"),
        ("TARNWICK GRAVEL SUPPLY INC", "850.00"),
        (None, "1340.40"),  # the fund's total, over several vendors
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the dated lines do not sum to the vendor total
        "KEMPTON SIGNS LLC   881   01/02/2025   10.00\nVendor Total:   12.00\n"
        "OSSLER FEED & SEED   882   01/03/2025   5.00\nVendor Total:   6.00",
        # two names in one group
        "KEMPTON SIGNS LLC   881   01/02/2025   10.00\nOSSLER FEED & SEED   882   01/03/2025   5.00\n"
        "Vendor Total:   15.00\nKEMPTON SIGNS LLC   883   01/04/2025   1.00\nVendor Total:   1.00",
        # a bills list with no dated vendor line (a name on the first line of its group only): left to register_lines
        "KEMPTON SIGNS LLC   POSTS   4-01-20-100   10.00\nVendor Total:   10.00\n"
        "OSSLER FEED & SEED   SEED   4-01-20-101   5.00\nVendor Total:   5.00",
    ],
)
def test_a_group_that_does_not_add_up_to_one_dated_vendor_is_not_read(text: str) -> None:
    assert bills_rows(text) == ()


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("QUIMBY, DELLA", True),
        ("QUIMBY, DELLA (DEE)", True),
        ("DELLA (DEE) QUIMBY", True),
        ("KEMPTON (USA) LLC", False),
        ("OSSLER FEED & SEED", False),
    ],
)
def test_a_nickname_in_brackets_does_not_hide_a_person(name: str, person: bool) -> None:
    assert is_person_payee(name) is person
