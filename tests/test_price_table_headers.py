"""Where a price table starts: a header line names its columns, and a column's abbreviated name ("Ext. Price",
"Qty.", "Amt.") is no sentence; a line of prose is no header. Names and figures are invented."""

from __future__ import annotations

import pytest

from foiakit.extract.money import price_table_start
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
