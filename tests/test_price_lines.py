"""A label and its amount on their own line are a clause of their own ("Total Order 4210.00" above "… liability
coverage of $5,000,000" is still a price), and a price's period is read within its own sentence ("$2 million. /
Support costs $40 per year": the $2 million has none). Names are invented."""

from __future__ import annotations

import pytest
from test_structural_names import SETTINGS, _document

from foiakit.extract import extract_document
from foiakit.extract.money_clauses import not_a_price


def _prices(text: str) -> list[tuple[str, str | None]]:
    found = extract_document(_document(text), SETTINGS)
    return [(f.normalized, f.detail_dict.get("period")) for f in found if f.kind == "price"]


def test_label_lines_are_their_own_clauses() -> None:
    text = (
        "Halvern Optics LLC\nTotal Order 4210.00\nPurchase Order Total 12,345.60\n"
        "The Contractor shall maintain automobile liability coverage of $5,000,000 per occurrence.\n"
    )
    assert _prices(text) == [("4210.00", None), ("12345.60", None)]


@pytest.mark.parametrize(
    ("text", "marker", "is_price"),
    [
        ("Subtotal 980.00\nShipping 45.00\nInsurance coverage applies to all shipments.", "980.00", True),
        ("Umbrella limit $3,000,000\nTotal 4,100.00", "$3,000,000", False),  # its own line says what it is
        (  # a sentence wrapped onto the amount's line keeps its clause
            "The Contractor shall carry general liability insurance with limits per occurrence in\n"
            "the amount of $2,000,000\n",
            "$2,000,000",
            False,
        ),
    ],
)
def test_a_label_line_decides_alone_unless_a_sentence_wraps_onto_it(text: str, marker: str, is_price: bool) -> None:
    start = text.index(marker)
    assert not_a_price(text, start, start + len(marker)) is not is_price


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        ("The fee is $2 million.\nSupport costs $40 per year.", [("2000000.00", None), ("40.00", "year")]),
        ("Hosting is $900 per month; setup $1,500.", [("900.00", "month"), ("1500.00", None)]),
        ("Annual license $4,500", [("4500.00", "year")]),
        ("$6 to $12 a month per camera", [("6.00-12.00", "month")]),
    ],
)
def test_a_period_is_read_in_the_prices_own_sentence(text: str, periods: list[tuple[str, str | None]]) -> None:
    assert _prices(text) == periods
