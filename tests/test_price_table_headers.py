"""Where a price table starts: a header line names its columns, and a column's abbreviated name ("Ext. Price",
"Qty.", "Amt.") is no sentence; a line of prose is no header. Names and figures are invented."""

from __future__ import annotations

import pytest

from foiakit.extract.table_headers import price_table_start
from foiakit.ingest.pdf_text import GAP

ROW = f"NP-100{GAP}Handheld reader{GAP}6{GAP}4,125.00{GAP}24,750.00\n"


@pytest.mark.parametrize(
    ("header", "is_header"),
    [
        (f"Item{GAP}Description{GAP}Qty{GAP}Unit Price{GAP}Ext. Price", True),
        (f"Item{GAP}Description{GAP}Qty.{GAP}Unit Price{GAP}Extended", True),
        (f"Line{GAP}Description{GAP}Qty.{GAP}Unit Cost{GAP}Amt.", True),
        (f"No.{GAP}Description{GAP}Unit Price{GAP}Total", True),
        ("Item Description Qty Unit Price Ext. Price", True),  # OCR: single spaces
        ("The description of each item follows. Unit price and total are final.", False),
        ("Description of services; unit price and total", False),
        ("Description, unit price and total", False),
        (f"Description{GAP}Unit Price{GAP}Total{GAP}1,200.00", False),  # an amount: a row, not a header
    ],
)
def test_a_header_line_starts_the_table(header: str, is_header: bool) -> None:
    text = f"Harrowgate Optics\n{header}\n{ROW}"
    start = price_table_start(text)
    assert (start == text.index(ROW)) if is_header else start is None


def _prices(text: str) -> list[tuple[str, str | None]]:
    from test_structural_names import SETTINGS, _document

    from foiakit.extract import extract_document

    found = extract_document(_document(text), SETTINGS)
    return [(f.normalized, f.detail_dict.get("vendor")) for f in found if f.kind == "price"]


BIDDERS = ["Kestrel Vision LLC", "Orchard Safety Co.", "Brightwater Systems, Inc.", "Fennimore Optics Corp."]


@pytest.mark.parametrize("title", ["BID TABULATION", "Bid Tab - Patrol Cameras", "Price Comparison", "Bid Results"])
@pytest.mark.parametrize("bidders", [BIDDERS[:2], BIDDERS[:3], BIDDERS])
def test_a_bid_tabulation_gives_each_bidder_its_column(title: str, bidders: list[str]) -> None:
    """Below a bid tabulation's title, the header names the bidders and no price column; the figures of each row,
    printed without a currency sign, are the bidders' offers in the header's order."""
    rows = [
        ("Dash camera", [1250 + 37 * i for i in range(len(bidders))]),
        ("Installation", [150 + 5 * i for i in range(len(bidders))]),
    ]
    lines = [title, "Bid No. 25-07", GAP.join(["Item", "Description", "Qty", *bidders])]
    for n, (what, offers) in enumerate(rows, 1):
        lines.append(GAP.join([str(n), what, "10", *(f"{o:,.2f}" for o in offers)]))
    found = _prices("\n".join(lines) + "\n")
    expected = [(f"{o:.2f}", b.split(",")[0].removesuffix(" LLC").removesuffix(" Co.").removesuffix(" Corp."))
                for _, offers in rows for o, b in zip(offers, bidders, strict=True)]  # fmt: skip
    assert sorted(found) == sorted(expected)


def test_without_a_bid_title_a_names_header_starts_no_table() -> None:
    text = (
        GAP.join(["Item", "Description", *BIDDERS[:3]])
        + "\n"
        + GAP.join(["1", "Dash camera", "1,250.00", "1,287.00", "1,324.00"])
    )
    assert price_table_start(text) is None
