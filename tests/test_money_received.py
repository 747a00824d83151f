"""Money that is no price in a public body's own statements: what it received (a "CASH RECEIPTS" or "Revenues"
section of an annual statement or a budget: taxes, grants, interest, fees collected), the bands of a scale
("$25,000 - $49,999" of a salary list), and wages in a run-in list of payments. What it paid stays a price. All
names are invented."""

from __future__ import annotations

from decimal import Decimal

import pytest

from foiakit.extract.money import find_prices
from foiakit.extract.money_clauses import a_bracket, in_receipts_section


def prices(text: str) -> list[str]:
    return [f"{low}" if low == high else f"{low}-{high}" for _, _, low, high, _ in find_prices(text)]


STATEMENT = """\
HOLLOWAY CREEK FIRE PROTECTION DISTRICT
STATEMENT OF RECEIPTS AND PAYMENTS, FISCAL YEAR 2024
RECEIPTS
Ambulance Fees   $88,410.25
State Grant   $12,000.00
Interest Earned   $3,116.09
PAYMENTS
Corbel Hose & Rescue Supply   $14,220.00
Tamsin Radio Service, LLC   $6,540.50
"""

BUDGET = """\
Proposed Budget 2026
II. Revenues:
Sales tax share 1,204,000.00
Permit fees 96,500.00
III. Expenditures:
Patrol vehicles (Marlowe Fleet Inc.) $212,000.00
"""

RUN_IN = (
    "Drummond Office Supply $1,310.40; Personnel: Gross Salaries & Wages $402,117.63; Under $20,000 (Okafor, Ines;"
    " Pell, Rhys); $20,000 - $39,999 (Vance, Moira); Quillon Elevator Co. $2,875.00\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (STATEMENT, ["14220.00", "6540.50"]),
        (BUDGET, ["212000.00"]),
        (RUN_IN, ["1310.40", "2875.00"]),
        # a quote's range and a heading that only mentions income are no section
        ("Harwick Signal quoted $1,500 - $2,000 per site.\n", ["1500-2000"]),
        ("Income and Spending Report\nNorrell Paving Inc. was paid $41,000.00\n", ["41000.00"]),
    ],
)
def test_only_money_paid_is_a_price(text: str, expected: list[str]) -> None:
    assert prices(text) == expected


@pytest.mark.parametrize(
    ("low", "high", "bracket"),
    [
        ("25000", "49999", True),
        ("0", "9999", True),
        ("100000", "149999", True),
        ("1500", "2000", False),
        ("6", "12", False),
        ("25000", "50000", False),
        ("24999", "49999", False),
    ],
)
def test_a_bracket_is_a_round_thousand_to_one_short_of_one(low: str, high: str, bracket: bool) -> None:
    assert a_bracket(Decimal(low), Decimal(high)) is bracket


def test_a_receipts_section_ends_at_a_spending_heading() -> None:
    text = "Revenues\nTaxes $10.00\nExpenses\nPaper $5.00\nRevenue\nFees $3.00\n"
    assert [in_receipts_section(text, text.index(a)) for a in ("$10", "$5", "$3")] == [True, False, True]


def test_a_run_in_register_pays_no_wages() -> None:
    from foiakit.extract.register_runs import run_in_rows

    text = (
        "Alder Grove Books $1,204.10; Brisk Janitorial $880.00; Personnel: Gross Salaries & Wages $512,330.17;\n"
        "Under $25,000 (Moss, Ada); Cinder Lane Press $96.40; Dunmore Gas Co. $4,410.00; Eastwick Tile $75.00;\n"
    )
    assert [(r.payee, str(r.amount)) for r in run_in_rows(text)] == [
        ("Alder Grove Books", "1204.10"),
        ("Brisk Janitorial", "880.00"),
        ("Cinder Lane Press", "96.40"),
        ("Dunmore Gas Co.", "4410.00"),
        ("Eastwick Tile", "75.00"),
    ]


def test_a_prose_register_pays_the_name_before_its_amount_across_a_line_end() -> None:
    from test_structural_names import SETTINGS, _document

    from foiakit.extract import extract_document

    def ties(payee: str) -> dict[str, str | None]:
        text = (
            "DISBURSEMENTS\n"
            f"Fenwick Supply, Inc. $2,310.00; Garrow Paint $418.25; {payee}\n"
            "$61,204.90; Ivybridge Books $5,000.00; Jarrow Elevator Company $3,112.40; Kelso Print $912.00;\n"
        )
        found = extract_document(_document(text), SETTINGS)
        return {f.normalized: f.detail_dict.get("vendor") for f in found if f.kind == "price"}

    assert ties("Halden & Pryce")["61204.90"] == "Halden & Pryce"
    # a person paid: no vendor, and not the company printed after the amount on its line
    assert ties("Quillon, Dana")["61204.90"] is None
    assert ties("Quillon, Dana")["5000.00"] == "Ivybridge Books"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Detailed Accounts Payable: March 3, 2025   ($   1,418.20)", ["1418.20"]),  # accounting format, padded
        ("Fund total   $         96,004.11", ["96004.11"]),
        ("Management Fund   ($   -  )", []),  # a dash for nothing
        ("Total $\n250.00 was paid", ["250.00"]),  # a sign and its figure split over a line end, as before
    ],
)
def test_a_sign_padded_from_its_figure_is_one_amount(line: str, expected: list[str]) -> None:
    assert prices(line) == expected
