"""Registers printed as run-in prose ("Payee $amount; Payee $amount; …"): extract/register_runs.py."""

from decimal import Decimal

import pytest

from foiakit.extract.register_runs import run_in_rows

NOTICE = (
    "PUBLIC NOTICE\n"
    "BRANTWOOD PARK DISTRICT\n"
    "CASH RECEIPTS\n"
    "1. Property Taxes $912,400.10\n"
    "2. Fees $3,120.00\n"
    "DISBURSEMENTS\n"
    "Harlow Mechanical, Inc. $4,210.00; Quenby Paper Co. $2,980.55; Tessaly \n"
    "Roofing Group $18,400.00; Brantwood Gas Company $7,002.19; Oriel Books $3,000;\n"
    "Personnel: Gross Salaries & Wages $410,220.00; Under $25,000 (Marsh, Edda; Pike, Rolf); $25,000 - $49,999 \n"
    "(Vane, Ottilie) Over $100,000 (Carrow, Ines); Lindqvist Tree Care $2,640.00 Fenwick Supply, LLC \n"
    "$5,515.25; Nadir Signs $2,700.00.\n"
    "All other vendors less than $2,500 - $61,004.87\n"
)


@pytest.mark.parametrize(
    ("payee", "amount"),
    [
        ("Harlow Mechanical, Inc.", "4210.00"),
        ("Quenby Paper Co.", "2980.55"),
        ("Tessaly Roofing Group", "18400.00"),  # a name cut by the line end belongs to its payment
        ("Oriel Books", "3000"),  # a whole amount a semicolon closes
        ("Lindqvist Tree Care", "2640.00"),
        ("Fenwick Supply, LLC", "5515.25"),  # no semicolon before it: the amount before closes the payee
        ("Nadir Signs", "2700.00"),
        (None, "61004.87"),  # "All other vendors less than $2,500": an amount with no payee
    ],
)
def test_each_amount_is_tied_to_the_payee_before_it(payee: str | None, amount: str) -> None:
    rows = {row.amount: row for row in run_in_rows(NOTICE)}
    assert rows[Decimal(amount)].payee == payee


def test_receipts_and_salary_bands_are_no_payments() -> None:
    amounts = {row.amount for row in run_in_rows(NOTICE)}
    # "Personnel: Gross Salaries & Wages $410,220.00": pay (prices.json pay_words), no price
    for not_paid in ("912400.10", "3120.00", "25000", "49999", "100000", "410220.00"):
        assert Decimal(not_paid) not in amounts
    assert len(amounts) == 9


def test_the_payee_span_quotes_the_page_across_a_line_end() -> None:
    row = next(r for r in run_in_rows(NOTICE) if r.payee == "Tessaly Roofing Group")
    assert NOTICE[slice(*row.payee_span)] == "Tessaly \nRoofing Group"
    assert NOTICE[slice(*row.amount_span)] == "$18,400.00"


@pytest.mark.parametrize(
    "text",
    [
        "The board paid Harlow Mechanical, Inc. $4,210.00; the rest waits.\n",  # a sentence, not a register
        "1. Property Taxes $912,400.10\n2. Fees $3,120.00\n3. Interest $88.12\n4. Grants $1,000.00\n",  # no semicolons
        "Quenby $1.00; Oriel $2.00;\n\nTessaly $3.00; Nadir $4.00;\n",  # a blank line parts two short runs
    ],
)
def test_too_few_semicolon_payments_is_no_register(text: str) -> None:
    assert run_in_rows(text) == ()
