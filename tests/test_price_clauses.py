"""A price in prose belongs to the vendor of its own clause: "Kestrel Vision LLC bid $14,000 and Orchard Safety Co.
bid $14,350" ties each offer to its bidder, not to the name printed closest. Names are invented."""

from __future__ import annotations

import pytest
from test_structural_names import SETTINGS, _document

from foiakit.extract import extract_document
from foiakit.extract.spans import clause_bounds, line_bounds
from foiakit.ingest.pdf_text import GAP


def _ties(text: str) -> list[tuple[str, str | None]]:
    found = extract_document(_document(text), SETTINGS)
    return [(f.normalized, f.detail_dict.get("vendor")) for f in found if f.kind == "price"]


@pytest.mark.parametrize(
    ("sentence", "ties"),
    [
        (
            "Kestrel Vision LLC bid $14,000 and Orchard Safety Co. bid $14,350; Brightwater Systems, Inc. bid $13,740.",
            [("14000.00", "Kestrel Vision"), ("14350.00", "Orchard Safety"), ("13740.00", "Brightwater Systems")],
        ),
        (
            "Orchard Safety Co. quoted $9,900, while Kestrel Vision LLC quoted $10,450.",
            [("9900.00", "Orchard Safety"), ("10450.00", "Kestrel Vision")],
        ),
        (  # one vendor and two amounts: both its own, clauses or not
            "Kestrel Vision LLC charges $1,200 per camera and $300 for installation.",
            [("1200.00", "Kestrel Vision"), ("300.00", "Kestrel Vision")],
        ),
    ],
)
def test_each_clause_gives_its_price_to_its_vendor(sentence: str, ties: list[tuple[str, str]]) -> None:
    assert sorted(_ties(sentence)) == sorted(ties)


def test_a_table_row_is_one_clause() -> None:
    row = f"Dash camera and mount{GAP}Kestrel Vision LLC{GAP}1,250.00"
    start = row.index("1,250.00")
    assert clause_bounds(row, start, start + 8, line_bounds(row, start, start + 8)) == (0, len(row))


def test_a_clause_ends_at_a_semicolon_and_a_conjunction() -> None:
    line = "A bid $1 and B bid $2; C bid $3"
    start = line.index("$2")
    clause = clause_bounds(line, start, start + 2, (0, len(line)))
    assert line[clause[0] : clause[1]] == "B bid $2"
