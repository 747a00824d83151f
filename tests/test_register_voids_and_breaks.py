"""Round 7 (registers9): a voided check's zero line names no payee; a company named by a given name and a plain word
("GOLDEN SUMMIT") is told from a person by the register's own evidence; a page that holds one check ties its
distribution lines to it; a payee's lines under a heading run over a page break, under the heading printed again
"(continued)" or under none. Invented names throughout."""

from __future__ import annotations

from decimal import Decimal

import pytest

from foiakit.extract.fields import _is_payee
from foiakit.extract.payees import is_person_by_given_name, set_apart_person
from foiakit.extract.register_groups import OpenGroup, heading_read
from foiakit.extract.register_lines import register_rows
from foiakit.extract.register_people import companies_named_like_people

G = "   "  # a column gap as the text layer keeps it


def lines(*rows: tuple[str, ...]) -> str:
    return "".join(G.join(row) + "\n" for row in rows)


@pytest.mark.parametrize(
    ("cell", "payee"),
    [
        ("*** VOID ***", False),
        ("** VOIDED **", False),
        ("VOID", False),
        ("N/A", False),
        ("EFT", False),
        ("GOLDEN SUMMIT", True),
        ("A-1 HERON", True),
        ("Tallowmill Paving LLC", True),
    ],
)
def test_a_table_payee_cell_is_no_voided_checks_marker(cell: str, payee: bool) -> None:
    assert _is_payee(cell) is payee


@pytest.mark.parametrize(
    ("name", "set_apart", "by_given_name"),
    [
        ("QUILLON, DANA", True, False),
        ("QUILLON, D M", True, False),
        ("DANA M QUILLON", True, False),
        ("QUILLON DANA M", True, False),  # a surname, a given name and its middle initial, no comma
        ("NORTH SUMMIT A", False, False),  # no given name: no person whatever its last letter
        ("DANA QUILLON", False, True),
        ("GOLDEN SUMMIT", False, True),
        ("MAX HARBOR", False, True),
        ("STERLING CEDAR", False, True),
        ("TALLOWMILL", False, False),
        ("GOLDEN SUMMIT PAVING", False, False),
    ],
)
def test_a_persons_set_apart_form_and_a_name_that_is_a_persons_only_by_a_given_name(
    name: str, set_apart: bool, by_given_name: bool
) -> None:
    assert set_apart_person(name) is set_apart
    assert is_person_by_given_name(name) is by_given_name


@pytest.mark.parametrize(
    ("names", "memos", "companies"),
    [
        # people printed "SURNAME, GIVEN": the plain "GIVEN WORD" names are firms'
        (["QUILLON, DANA", "GOLDEN SUMMIT", "MAX HARBOR", "TALLOWMILL"], {}, {"GOLDEN SUMMIT", "MAX HARBOR"}),
        # ... unless the register says it paid one as a person
        (["QUILLON, DANA", "GOLDEN SUMMIT", "JUNE OSTRAVIK"], {"JUNE OSTRAVIK": "MILEAGE REIMB"}, {"GOLDEN SUMMIT"}),
        # a register that prints no one set apart gives no evidence: its "GIVEN WORD" names stay people
        (["DANA QUILLON", "GOLDEN SUMMIT", "TALLOWMILL"], {}, set()),
    ],
)
def test_a_given_name_and_a_plain_word_is_a_company_where_the_register_sets_its_people_apart(
    names: list[str], memos: dict[str, str], companies: set[str]
) -> None:
    assert companies_named_like_people(names, memos) == companies


ONE_CHECK_PAGE = lines(
    ("Check No", "Check Date", "Payee", "Account", "Description", "Amount"),
    ("8812", "05/23/2024", "B & R SORREL", "1,500.00"),
    ("200-4822-24", "WATER TREATMENT CHEM", "1,000.00"),
    ("100-4817-28", "SOFTWARE MAINTENANCE", "500.00"),
)


def test_a_page_of_one_dated_check_ties_its_distribution_lines_to_it() -> None:
    rows = register_rows(ONE_CHECK_PAGE)
    assert [(r.payee, str(r.amount)) for r in rows] == [
        ("B & R SORREL", "1500.00"),
        ("B & R SORREL", "1000.00"),
        ("B & R SORREL", "500.00"),
    ]


HEADER = ("Vendor", "Name", "Invoice", "Inv Date", "Description", "Amount")
PAGE_ONE = lines(
    HEADER,
    ("09932", "TALLOWMILL"),
    ("98645", "12/08/2024", "VEHICLE REPAIR", "100.00"),
    ("VENDOR TOTAL", "100.00"),
    ("08030", "NORTH QUILLON"),
    ("78915", "02/20/2024", "LEGAL SERVICES", "200.00"),
    ("VENDOR TOTAL", "200.00"),
    ("07711", "B-1 SORREL"),
    ("61557", "04/11/2024", "CONTRACTED SERVICES", "300.00"),
)
CONTINUED = lines(
    HEADER,
    ("07711", "B-1 SORREL (continued)"),
    ("61558", "04/12/2024", "OFFICE SUPPLIES", "50.00"),
    ("VENDOR TOTAL", "350.00"),
    ("05038", "K & M LANTERN"),
    ("44102", "01/19/2024", "BUILDING MAINTENANCE", "75.00"),
    ("VENDOR TOTAL", "75.00"),
)
NO_HEADING = lines(
    HEADER,
    ("61558", "04/12/2024", "OFFICE SUPPLIES", "50.00"),
    ("VENDOR TOTAL", "350.00"),
    ("05038", "K & M LANTERN"),
    ("44102", "01/19/2024", "BUILDING MAINTENANCE", "75.00"),
    ("VENDOR TOTAL", "75.00"),
    ("06011", "TALLOWMILL"),
    ("44103", "01/20/2024", "COPIER LEASE", "25.00"),
    ("VENDOR TOTAL", "25.00"),
)


def test_a_payees_lines_at_a_pages_end_are_its_own_and_stay_open() -> None:
    rows, still_open = heading_read(PAGE_ONE, None)
    assert [(r.payee, str(r.amount)) for r in rows][-1] == ("B-1 SORREL", "300.00")
    assert still_open == OpenGroup("B-1 SORREL", Decimal("300.00"))


@pytest.mark.parametrize("page", [CONTINUED, NO_HEADING], ids=["continued", "no heading"])
def test_a_payees_lines_over_a_page_break_are_its_own_and_its_total_sums_both_pages(page: str) -> None:
    _, still_open = heading_read(PAGE_ONE, None)
    rows, _ = heading_read(page, still_open)
    got = [(r.payee, str(r.amount)) for r in rows]
    assert got[:2] == [("B-1 SORREL", "50.00"), ("B-1 SORREL", "350.00")]
    assert ("K & M LANTERN", "75.00") in got
    for row in rows[:2]:  # named on this page where the heading is printed again, else at no text of its own
        start, end = row.payee_span
        assert page[start:end] in ("B-1 SORREL", "")


def test_without_an_open_group_the_lines_atop_a_page_are_no_ones() -> None:
    rows, _ = heading_read(NO_HEADING, None)
    assert [(r.payee, str(r.amount)) for r in rows][:2] == [(None, "50.00"), (None, "350.00")]
