"""Payment registers printed as text, table-driven with invented payees in the layouts school districts' and
cities' accounting systems print: no currency sign, codes and dates around the name, a payee first on its line,
totals, labels and people among the payments."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from test_extract_orgs import names

from foiakit.extract import extract_document
from foiakit.extract.register_lines import register_rows
from foiakit.model import Document, FileType, Page, Settings, SourceFile

BY_FUND = """ALDER FALLS SCHOOL DISTRICT
CHECK REGISTER - BY FUND
CASH ACCT CHECK NO ISSUE DT VENDOR NAME BUDGET UNIT ACCNT ----DESCRIPTION---- SALES TAX AMOUNT
A1003 2422259 07/22/24 13981 K & R MOBILITY NA 122885261280000 3410 SP ED 0.00 72.48
A1003 2422267 07/22/24 20528 BRANTWICK WIRELESS PR 122885122856500 4120 WASS SE 0.00 1,085.00
A1003 2422357 07/29/24 26268 QUILLON, DANA M 122885226326000 3210 MILEAGE 0.00 315.50
TOTAL CASH ACCOUNT 0.00 1,472.98
"""

WARRANTS = """ DATE WARRANT MICR DATE DATE
PAYEE ISSUED NUMBER FND AMOUNT NUMBER REDEEMED REGISTERED INTEREST
3 OAKS ENVIRONMENTAL INC 12/08/2020 12327 301 11,953.04 50424765
HARROWGATE ARCHITECTS 12/08/2020 12330 301 66,684.90 50424768
 Page Total 78,637.94
"""

BY_CHECK_TOTALS = """CHECK NO DATE VENDOR NAME DESCRIPTION AMOUNT
30411 03/02/25 HOLLOWAY FREIGHT PALLET DELIVERY 210.00
30411 03/02/25 HOLLOWAY FREIGHT FUEL SURCHARGE 95.50
TOTAL CHECK 305.50
30412 03/02/25 MERIDEN TURF SUPPLY 48.00
TOTAL FUND 353.50
"""

BY_CHECK_AFTER_ANOTHER = """CASH ACCT CHECK NO ISSUE DT VENDOR NAME DESCRIPTION AMOUNT
B2001 5101 04/01/25 31 KESTREL BENEFITS LLC APRIL FEES 0.00 88.00
B2001 5102 04/03/25 47 DUNMORE CLEANING CO 2025 CONTRACT 0.00 900.00
B2001 5102 04/03/25 47 DUNMORE CLEANING CO 2025 CONTRACT 0.00 150.25
TOTAL CHECK 0.00 1,050.25
"""

ONE_PAYMENT = """Payment Number Payee Net Payment Amount
2207 TARRANT COACH SALES INC $4,100.00
Account Amount
90 E 530 9900 33 9700 0600 0000 0000 0 $5,000.00
90 E 530 9900 33 9700 0600 0000 0000 0 -$900.00
Regular Checks: 1 $4,100.00
"""

AP_RUN = """Payment Number Payee Net Payment Amount
617747 KETTLEWELL FOOD SERVICE $1,074.82
Account Amount
40 E 530 1231 00 0000 4510 0000 0000 0 $1,074.82
617748 TAMSIN OFFICIALS ASSOC $6,320.50
Regular Checks: 2 $7,395.32
"""


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a total of several payees' lines is a price of no payee
        (
            BY_FUND,
            [("K & R MOBILITY NA", "72.48"), ("BRANTWICK WIRELESS PR", "1085.00"), (None, "315.50"), (None, "1472.98")],
        ),
        (
            WARRANTS,
            [("3 OAKS ENVIRONMENTAL INC", "11953.04"), ("HARROWGATE ARCHITECTS", "66684.90"), (None, "78637.94")],
        ),
        # an account line (codes, no name) belongs to the payment above it; a labelled count is no payment
        (
            AP_RUN,
            [
                ("KETTLEWELL FOOD SERVICE", "1074.82"),
                ("KETTLEWELL FOOD SERVICE", "1074.82"),
                ("TAMSIN OFFICIALS ASSOC", "6320.50"),
            ],
        ),
        # a check's total belongs to its one payee; the fund's total, of two payees, to none
        (
            BY_CHECK_TOTALS,
            [
                ("HOLLOWAY FREIGHT", "210.00"),
                ("HOLLOWAY FREIGHT", "95.50"),
                ("HOLLOWAY FREIGHT", "305.50"),
                ("MERIDEN TURF SUPPLY", "48.00"),
                (None, "353.50"),
            ],
        ),
        # a legal form ends a payee's name ("LLC APRIL FEES"); a "DBA" joins two
        (
            "Vendor Amount\nQUILLMOOR, INC. DBA PAGEWISE $ 40.00\nFENWICK LABS LLC SUMMER KITS $ 12.00\n",
            [("QUILLMOOR, INC. DBA PAGEWISE", "40.00"), ("FENWICK LABS LLC", "12.00")],
        ),
        # a check's total after another payee's check: the lines it sums are the last check's
        (
            BY_CHECK_AFTER_ANOTHER,
            [
                ("KESTREL BENEFITS LLC", "88.00"),
                ("DUNMORE CLEANING CO", "900.00"),
                ("DUNMORE CLEANING CO", "150.25"),
                ("DUNMORE CLEANING CO", "1050.25"),
            ],
        ),
        # one payment and its account lines make a register; the credit line is its payee's too
        (
            ONE_PAYMENT,
            [
                ("TARRANT COACH SALES INC", "4100.00"),
                ("TARRANT COACH SALES INC", "5000.00"),
                ("TARRANT COACH SALES INC", "900.00"),
            ],
        ),
        # no header naming a payee and an amount column: no register, whatever the lines hold
        (BY_FUND.replace("VENDOR NAME", "CODE"), []),
        # one payment line under a header is a form's table, not a register
        ("Payee Amount\nKETTLEWELL FOOD SERVICE 1,074.82\n", []),
        # a payee whose name begins with "TOTAL": dated like the register's payments, so a payment, not a sum;
        # the check's undated total line is still a sum (of its one payee)
        (
            "CHECK NO DATE VENDOR NAME AMOUNT\n"
            "5101 03/04/25 TOTAL TURF CARE 40.00\n"
            "5101 03/04/25 TOTAL TURF CARE 60.00\n"
            "TOTAL CHECK 100.00\n"
            "5102 03/04/25 WREN HOLLOW SUPPLY 12.50\n",
            [
                ("TOTAL TURF CARE", "40.00"),
                ("TOTAL TURF CARE", "60.00"),
                ("TOTAL TURF CARE", "100.00"),
                ("WREN HOLLOW SUPPLY", "12.50"),
            ],
        ),
    ],
)
def test_register_lines(text: str, rows: list[tuple[str | None, str]]) -> None:
    found = register_rows(text)
    assert [(r.payee, f"{r.amount:.2f}") for r in found] == rows
    for row in found:  # spans point into the text
        assert text[row.amount_span[0] : row.amount_span[1]].replace(",", "") == f"{row.amount:.2f}"
        if row.payee_span:
            assert text[row.payee_span[0] : row.payee_span[1]] == row.payee
        assert row.where == f"line {row.number}"


WRAPPED = (
    "CHECK NO  DATE      VENDOR NAME          ACCOUNT   DESCRIPTION          AMOUNT\n"
    "7001      05/02/25  BRIDLEMOOR PLUMBING  101-5510  PUMP REPAIR          410.00\n"
    "                    AND HEATING INC                SERVICE CALL\n"
    "7002      05/02/25  OTTERDEN SUPPLY      101-5520  GLOVES                38.20\n"
    "                                                   BOX OF 12\n"
    "7003      05/02/25  MARLOW FENCE CO      101-5530  GATE                  99.00\n"
    "Printed by CLERK\n"
)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a name wrapped to the line under its payment, in the payee's column, is the row's payee's rest; a
        # description's second line (another column) and a line that does not begin in the column are not
        (
            WRAPPED,
            [
                ("BRIDLEMOOR PLUMBING AND HEATING INC", "410.00"),
                ("OTTERDEN SUPPLY", "38.20"),
                ("MARLOW FENCE CO", "99.00"),
            ],
        ),
        # a short name with room left after it is a whole name: the next line's words begin a new line of text
        (
            "CHECK NO  DATE      VENDOR NAME          ACCOUNT   AMOUNT\n"
            "7004      05/02/25  WREN CO              101-5540  12.00\n"
            "                    ANNUAL DUES\n"
            "7005      05/02/25  HOLT PAPER           101-5550  15.00\n",
            [("WREN CO", "12.00"), ("HOLT PAPER", "15.00")],
        ),
    ],
)
def test_a_wrapped_payee_name_belongs_to_its_row(text: str, rows: list[tuple[str, str]]) -> None:
    found = register_rows(text)
    assert [(r.payee, f"{r.amount:.2f}") for r in found] == rows
    for row in found:  # the span runs from the name's first word to its last, over the line break
        first, last = row.payee.split()[0], row.payee.split()[-1]
        assert text[row.payee_span[0] :].startswith(first) and text[: row.payee_span[1]].endswith(last)


def test_a_registers_payments_are_prices_tied_to_their_payees(tmp_path: Path) -> None:
    source = SourceFile(tmp_path / "register.txt", "register.txt", "0" * 64, 1, FileType.TEXT)
    document = Document(source=source, pages=(Page(1, BY_FUND, False, ""), Page(2, WARRANTS, False, "")))
    findings = extract_document(document, Settings())
    prices = {f.normalized: dict(f.detail).get("vendor") for f in findings if f.kind == "price"}
    assert prices["72.48"].upper() == "K & R MOBILITY NA"
    assert prices["66684.90"].upper() == "HARROWGATE ARCHITECTS"
    assert prices["315.50"] is None  # a person's reimbursement: a price, no vendor
    vendors = {v.upper() for v in names(findings, "vendor")}
    assert {"BRANTWICK WIRELESS PR", "HARROWGATE ARCHITECTS"} <= vendors
    assert not any("QUILLON" in v for v in vendors)
    assert Decimal("11953.04") in {Decimal(p) for p in prices}


@pytest.mark.parametrize(
    ("payee", "person"),
    [
        ("QUILLON, DANA M", True),  # surname, given name, initial
        ("ERICA CONKLIN", True),  # a given name first
        ("PARSELL CHRISTOPHER", True),  # a given name last (registers print "SURNAME GIVEN")
        ("ERICA M CONKLIN", True),  # with a middle initial
        ("HARROWGATE ARCHITECTS", False),  # no given name
        ("CHASE BANK", False),  # a given name, but a business noun beside it
        ("DALE PLUMBING", False),
        ("KETTLEWELL FOOD SERVICE", False),  # three words
        ("AMOUR AUDIO LLC", False),
        ("PELLWORTH, MARIAN ELOISE", True),  # surname, two given names
        ("TREMAYNE, ODALYS FERN", True),
        ("BRISKWATER, INC", False),  # one word, a comma, a legal form: a company
        ("HOLLOWAY FREIGHT, LLC", False),
        ("VAN DRUTEN MARGARET", True),  # a surname of two words ("VAN …"), then a given name
        ("MARGARET DE QUILLAN", True),  # a given name, then a surname of two words
        ("DE QUILLAN FREIGHT", False),  # a surname-like start, no given name: a firm
        ("VAN DRUTEN FREIGHT INC", False),
    ],
)
def test_people_among_payees(payee: str, person: bool) -> None:
    from foiakit.extract.payees import is_person

    assert is_person(payee) is person


SUMMARY_P1 = """Vendor Name Sum of PAYMENT_AMOUNT
A9 GUARDIAN SERVICES, INC. $ 12,400.00
BRISKWATER, INC $ 3,150.00
PELLWORTH, MARIAN ELOISE $ 600.00
QUARRYLIGHT LEARNING LLC $ 48,900.50
"""
SUMMARY_P2 = """TAMBERLY FOODS INC. $ 210,000.00
4FRONT TUTORING LLC $ 9,000.00
OSSINGTON PAPER SUPPLY $ 1,275.25
Grand Total $ 284,325.75
"""
BUDGET_P2 = """Personnel Services $ 412,300.00
Contractual Services $ 88,450.00
Commodities $ 12,900.00
Capital Outlay $ 150,000.00
Debt Service $ 64,210.00
Transfers Out $ 20,000.00
"""
BY_CHECK = """CHECK NO CHECK DATE PAYEE AMOUNT
10021 07/01/24 HARROWGATE ARCHITECTS 500.00
10022 07/01/24 K9 SECURITY PATROL 1,250.00
10023 07/02/24 BRISTLECONE PAVING CO 7,400.00
"""


@pytest.mark.parametrize(
    ("pages", "rows"),
    [
        # the header is printed once: the next page continues the register, its lines laid out the same and most of
        # its payees named as companies, bodies or people by their form
        (
            [SUMMARY_P1, SUMMARY_P2],
            {
                1: [
                    ("A9 GUARDIAN SERVICES, INC.", "12400.00"),
                    ("BRISKWATER, INC", "3150.00"),
                    (None, "600.00"),
                    ("QUARRYLIGHT LEARNING LLC", "48900.50"),
                ],
                2: [
                    ("TAMBERLY FOODS INC.", "210000.00"),
                    ("4FRONT TUTORING LLC", "9000.00"),
                    ("OSSINGTON PAPER SUPPLY", "1275.25"),
                    (None, "284325.75"),
                ],
            },
        ),
        # a budget's lines after a register are laid out alike but name no company, body or person: no register
        ([SUMMARY_P1, BUDGET_P2], {2: []}),
        # a register's lines on a page with no register before them make none
        ([BUDGET_P2, SUMMARY_P2], {2: []}),
        # most payees begin after a check number and a date: "K9 SECURITY PATROL" begins there too
        (
            [BY_CHECK],
            {
                1: [
                    ("HARROWGATE ARCHITECTS", "500.00"),
                    ("K9 SECURITY PATROL", "1250.00"),
                    ("BRISTLECONE PAVING CO", "7400.00"),
                ]
            },
        ),
    ],
)
def test_the_payee_column_is_what_the_rows_hold(pages: list[str], rows: dict[int, list]) -> None:
    from foiakit.extract.register_lines import document_register_rows

    source = SourceFile(Path("summary.txt"), "summary.txt", "1" * 64, 1, FileType.TEXT)
    document = Document(source=source, pages=tuple(Page(n, t, False, "") for n, t in enumerate(pages, 1)))
    found = document_register_rows(document)
    for page, expected in rows.items():
        assert [(r.payee, f"{r.amount:.2f}") for r in found[page]] == expected
        text = pages[page - 1]
        for row in found[page]:
            if row.payee_span:
                assert text[row.payee_span[0] : row.payee_span[1]] == row.payee


@pytest.mark.parametrize(
    ("payee", "kind"),
    [
        ("QUARRYLIGHT LEARNING LLC", "vendor"),
        ("TAMBERLY FOODS INC.", "vendor"),
        ("OSSINGTON PAPER SUPPLY", "vendor"),
        ("ALDER FALLS SCHOOL DISTRICT", "agency"),  # a public body by its head
        ("ALDER FALLS SCHOOL DIST # 12", "agency"),  # and its number
        ("MERROW HIGH SCHOOL", "agency"),
        ("KESTREL COUNTY OFFICE OF EDUCATION", "agency"),
        ("MERROW COMMUNITY COLLEGE", "agency"),
        ("MERROW COLLEGE BOOKSTORE, INC", "vendor"),  # a legal form makes it a company
        ("HAZELBROOK SOCIAL COMMITTEE", None),  # a staff club
        ("BOYS & GIRLS CLUBS OF ALDER FALLS", None),
        ("KESTREL REFEREES ASSOC", None),
        ("PELLWORTH, MARIAN ELOISE", None),  # a person
        ("Regular Checks: 11", None),  # a label and its count
        ("Internal Revenue Service", "agency"),  # a body the shipped list knows, in any case
        ("INTERNAL REVENUE SERVICE", "agency"),
        ("Kestrel State Teachers Retirement System", "agency"),  # a public pension system by its ending
        ("Alder Valley Library System", "agency"),
        ("U.S. Postmaster", "agency"),
        ("Kestrel Library Furnishings Inc.", "vendor"),
    ],
)
def test_what_a_payee_is(payee: str, kind: str | None) -> None:
    from foiakit.extract.payees import payee_kind

    assert payee_kind(payee) == kind


@pytest.mark.parametrize(
    ("payee", "person"),
    [
        ("Kessick, Grant", True),  # "SURNAME, GIVEN": a person in a table's mixed case too
        ("KESSICK, GRANT T", True),
        ("Grant Kessick", False),  # a given name and a surname: in a table as often a firm's name
        ("Briskwater, Inc", False),
    ],
)
def test_a_tables_payees_are_people_only_by_the_comma_form(payee: str, person: bool) -> None:
    from foiakit.extract.payees import is_inverted_person

    assert is_inverted_person(payee) is person


def test_a_registers_amounts_tie_to_their_own_rows(tmp_path: Path) -> None:
    source = SourceFile(tmp_path / "summary.txt", "summary.txt", "2" * 64, 1, FileType.TEXT)
    document = Document(source=source, pages=(Page(1, SUMMARY_P1, False, ""),))
    findings = extract_document(document, Settings())
    prices = {f.normalized: str(dict(f.detail).get("vendor") or "").upper() for f in findings if f.kind == "price"}
    assert prices["12400.00"].startswith("A9 GUARDIAN SERVICES")
    assert prices["48900.50"].startswith("QUARRYLIGHT LEARNING")
    assert prices["600.00"] == ""  # a person's payment: no vendor
    vendors = {v.upper() for v in names(findings, "vendor")}
    assert not any("PELLWORTH" in v for v in vendors)
