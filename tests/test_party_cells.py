"""A page's lines read as rows of cells (extract/cells.py): a party block printed in columns, a field's value that
ends at a gap, a letterhead's name beside its right-aligned address; and the sale's paper's prices tied to the
seller those give. Table-driven with invented names and places; text pages keep a column gap as three spaces
(as the PDF text layer does), and the papers drawn with reportlab go through the real ingest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_extract_orgs import found

from foiakit.extract.cells import cell_end, cells

QUILLON_PROSE = (
    "The mounts fit Quillon Vision Inc. readers. Quillon Vision Inc. firmware 4.2 or later.\n"
    "Quillon Vision Inc. cameras already installed stay in service.\n"
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Bill To:   Ship To:", ["Bill To:", "Ship To:"]),
        ("  Tripod mount   4   $120.00   $480.00  ", ["Tripod mount", "4", "$120.00", "$480.00"]),
        ("Vendor: Harlow Signal Inc.\tDate: 03/02/2024", ["Vendor: Harlow Signal Inc.", "Date: 03/02/2024"]),
        ("Acme Signal LLC Village of Elm Park", ["Acme Signal LLC Village of Elm Park"]),  # OCR: one cell
        ("   ", []),
    ],
)
def test_a_line_as_cells(line: str, expected: list[str]) -> None:
    assert [line[s:e] for s, e in cells(line, 0, len(line))] == expected


def test_a_value_ends_at_a_gap() -> None:
    text = "Vendor: Harlow Signal Inc.   Date: 03/02/2024"
    assert text[8 : cell_end(text, 8, len(text))] == "Harlow Signal Inc."


def _organisations(tmp_path: Path, text: str) -> set[tuple[str, str, str | None]]:
    return {
        (f.kind, f.normalized, dict(f.detail).get("role")) for f in found(tmp_path, text, kinds=("vendor", "agency"))
    }


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a field's value is its cell: the next field on the line is not part of the name
        (
            "INVOICE\nVendor: Harlow Signal Inc.   Date: 03/02/2024\nAgency: Town of Wexford   PO: 4471\n",
            {("vendor", "Harlow Signal", "seller"), ("agency", "Town of Wexford", "buyer")},
            {("agency", "Town of", None)},
        ),
        # a label over a line of cells: the cell in the label's column
        (
            "PURCHASE ORDER\nShip Via:   Vendor:\nGround   Kettlewell Labs\n",
            {("vendor", "Kettlewell Labs", "seller")},
            {("vendor", "Ground Kettlewell Labs", "seller")},
        ),
        # a two-column party block: the seller's column names the seller, the buyer's the agency
        (
            "QUOTE\nQuote From:   Quote To:\nAcme Signal LLC   Village of Elm Park\n"
            "1200 Harbor Road   300 Main Street\nAlder Falls, OR 97001   Elm Park, OR 97002\n",
            {("vendor", "Acme Signal", "seller"), ("agency", "Village of Elm Park", "buyer")},
            set(),
        ),
        # three columns, labels without colons in capitals
        (
            "INVOICE\nREMIT TO   BILL TO   SHIP TO\nBrightfen Analytics   County of Alder   Alder County Sheriff\n"
            "PO Box 4410   12 Court Street   40 Jail Road\n",
            {("vendor", "Brightfen Analytics", "seller"), ("agency", "County of Alder", "buyer")},
            set(),
        ),
        # a letterhead's name is its cell, its address in the cell beside it
        (
            "Tamsin Camera Works   1200 Harbor Road, Suite 4\nwww.tamsincameraworks.com   Alder Falls, OR 97001\n"
            "INVOICE\n",
            {("vendor", "Tamsin Camera Works", "sender")},
            set(),
        ),
        # a vendor label a buyer's word opens is the buyer's field; a field before it on its line is not that word
        (
            "INVOICE\nBilling Company Name: Wexford Lantern Club   Payment Terms: Net 30\n",
            set(),
            {("vendor", "Wexford Lantern Club", "seller")},
        ),
        (
            "INVOICE\nCustomer: Town of Alder Vendor: Kettlewell Labs\n",
            {("vendor", "Kettlewell Labs", "seller")},
            set(),
        ),
        # a label alone on its line over the name's cell, its address in the cell beside it
        (
            "PURCHASE ORDER\nSupplier: 1000008226\nKettlewell Labs   12 Mill Road\nAlder Falls, OR 97001\n",
            {("vendor", "Kettlewell Labs", "seller")},
            set(),
        ),
        # a column of a table's header is no party label: its cells are no parties
        (
            "QUOTE\nItem   Qty   Price\nOrdinary Widget Co   4   $10.00\n12 Mill Road   1   $5.00\n",
            set(),
            {("vendor", "Ordinary Widget Co", "seller")},
        ),
    ],
)
def test_cells_name_the_parties(
    tmp_path: Path, text: str, present: set[tuple[str, str, str | None]], absent: set[tuple[str, str, str | None]]
) -> None:
    got = _organisations(tmp_path, text)
    assert present <= got, got
    assert not absent & got, got


def test_ocr_text_without_gaps_reads_as_before(tmp_path: Path) -> None:
    """Single-spaced lines (tesseract's): the party block rule of one label over one name still holds, and a
    field's value still runs to the next label."""
    block = "PURCHASE ORDER\nSupplier: 1000008226\nQUILLON VISION\nPO BOX 4410\nDALLAS TX 75312\n"
    assert ("vendor", "Quillon Vision", "seller") in _organisations(tmp_path, block)
    fields = "INVOICE\nPayee: Ostrava Gate Co. Amount Paid: $40.00\n"
    assert ("vendor", "Ostrava Gate", "seller") in _organisations(tmp_path, fields)


def _price_vendors(tmp_path: Path, text: str) -> dict[str, str | None]:
    return {f.normalized: dict(f.detail).get("vendor") for f in found(tmp_path, text, kinds=("price",))}


@pytest.mark.parametrize(
    "head",
    [
        # the seller only in a party block's column; the product's maker named more often
        "QUOTE\nQuote From:   Quote To:\nAcme Signal LLC   Village of Elm Park\n"
        "1200 Harbor Road   300 Main Street\nAlder Falls, OR 97001   Elm Park, OR 97002\n",
        # a buyer's column holds a company-shaped name: never the seller
        "INVOICE\nRemit To:   Bill To:\nAcme Signal LLC   Elm Park Signal Partners LLC\n"
        "PO Box 4410   300 Main Street\nAlder Falls, OR 97001   Elm Park, OR 97002\n",
    ],
)
def test_a_rows_price_goes_to_the_seller_of_the_party_block(tmp_path: Path, head: str) -> None:
    rows = "Tripod mount   4   $120.00   $480.00\nReader licence   1   $2,400.00   $2,400.00\n"
    prices = _price_vendors(tmp_path, head + QUILLON_PROSE + rows)
    assert prices == {"120.00": "Acme Signal", "480.00": "Acme Signal", "2400.00": "Acme Signal"}, prices


def _draw(path: Path, rows: list[tuple[float, list[tuple[float, str]]]], right: float | None = None) -> Path:
    """A one-page PDF: each row a y and its cells (x, text); a cell at x >= `right` is right-aligned there."""
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=(612, 792), invariant=1)
    pdf.setFont("Helvetica", 10)
    for y, row in rows:
        for x, text in row:
            if right is not None and x >= right:
                pdf.drawRightString(x, y, text)
            else:
                pdf.drawString(x, y, text)
    pdf.save()
    return path


def _pdf_prices(tmp_path: Path, path: Path) -> tuple[dict[str, str | None], set[tuple[str, str, str | None]]]:
    from foiakit.extract import extract_document
    from foiakit.ingest import ingest
    from foiakit.ingest.discover import discover
    from foiakit.model import Settings

    settings = Settings(ocr_mode="never")
    document = ingest(discover([path], tmp_path / "work").files[0], settings)
    findings = list(extract_document(document, settings))
    for f in findings:  # provenance: each price and name where the page's text has it
        if f.kind in ("price", "vendor", "agency"):
            assert document.pages[f.page - 1].text[f.start : f.end] == f.value
    prices = {f.normalized: json.loads(json.dumps(dict(f.detail))).get("vendor") for f in findings if f.kind == "price"}
    orgs = {(f.kind, f.normalized, dict(f.detail).get("role")) for f in findings if f.kind in ("vendor", "agency")}
    return prices, orgs


QUILLON_LINES = [
    (430, [(72, "The mounts fit Quillon Vision Inc. readers; Quillon Vision Inc. firmware 4.2 or later.")]),
    (416, [(72, "Quillon Vision Inc. cameras already installed stay in service.")]),
]


def test_a_drawn_quote_with_a_two_column_party_block(tmp_path: Path) -> None:
    rows = [
        (750, [(72, "QUOTE"), (400, "Quote #: Q-2207")]),
        (720, [(72, "Quote From:"), (330, "Quote To:")]),
        (706, [(72, "Acme Signal LLC"), (330, "Village of Elm Park")]),
        (692, [(72, "1200 Harbor Road"), (330, "300 Main Street")]),
        (678, [(72, "Alder Falls, OR 97001"), (330, "Elm Park, OR 97002")]),
        (620, [(72, "Description"), (300, "Qty"), (400, "Unit Price"), (500, "Total")]),
        (606, [(72, "Tripod mount"), (300, "4"), (400, "$120.00"), (500, "$480.00")]),
        (592, [(72, "Reader licence"), (300, "1"), (400, "$2,400.00"), (500, "$2,400.00")]),
        *QUILLON_LINES,
    ]
    prices, orgs = _pdf_prices(tmp_path, _draw(tmp_path / "quote.pdf", rows))
    assert ("vendor", "Acme Signal", "seller") in orgs, orgs
    assert ("agency", "Village of Elm Park", "buyer") in orgs, orgs
    assert prices == {"120.00": "Acme Signal", "480.00": "Acme Signal", "2400.00": "Acme Signal"}, prices


def test_a_drawn_invoice_with_a_right_aligned_address_and_fields(tmp_path: Path) -> None:
    rows = [
        (750, [(72, "Harrowgate Imaging"), (540, "88 Quarry Lane, Suite 2")]),
        (736, [(72, "www.harrowgateimaging.com"), (540, "Wexbury, VT 05001")]),
        (722, [(72, "INVOICE")]),
        (700, [(72, "Invoice #: 4471"), (300, "Date: 03/02/2024")]),
        (686, [(72, "Customer: Town of Wexford"), (300, "Terms: Net 30")]),
        (640, [(72, "Annual service plan"), (540, "$4,410.00")]),
        *QUILLON_LINES,
    ]
    prices, orgs = _pdf_prices(tmp_path, _draw(tmp_path / "invoice.pdf", rows, right=500))
    assert ("vendor", "Harrowgate Imaging", "sender") in orgs, orgs
    assert prices == {"4410.00": "Harrowgate Imaging"}, prices


def test_a_drawn_purchase_order_whose_fields_follow_fields(tmp_path: Path) -> None:
    rows = [
        (750, [(72, "PURCHASE ORDER"), (400, "PO #: 2207")]),
        (720, [(72, "Vendor: Ostrava Gate Co."), (300, "Date: 03/02/2024"), (450, "Terms: Net 30")]),
        (706, [(72, "Agency: City of Alder Falls"), (300, "Buyer: J. Roe")]),
        (660, [(72, "Gate arm service"), (540, "$640.00")]),
        *QUILLON_LINES,
    ]
    prices, orgs = _pdf_prices(tmp_path, _draw(tmp_path / "po.pdf", rows, right=500))
    assert ("vendor", "Ostrava Gate", "seller") in orgs, orgs
    assert ("agency", "City of Alder Falls", "buyer") in orgs, orgs
    assert prices == {"640.00": "Ostrava Gate"}, prices


@pytest.mark.parametrize(
    ("first_page", "is_sale"),
    [
        ("Tamsin Camera Works   QUOTE\n1200 Harbor Road\n", True),  # the title in its own cell of a top line
        ("Tamsin Camera Works   INVOICE:\n", True),
        ("Tamsin Camera Works   Quarterly review\n", False),
        ("Tamsin Camera Works QUOTE\n", False),  # one cell (OCR): a line that does not open with its title
        ("Minutes\n\n\n1\n2\n3\n4\n5\nAgenda item   QUOTE\n", False),  # below the top lines
    ],
)
def test_a_sales_papers_title_in_a_cell(first_page: str, is_sale: bool) -> None:
    from foiakit.extract.sellers import sales_document
    from foiakit.model import Document, FileType, Page, SourceFile

    source = SourceFile(Path("doc.txt"), "doc.txt", "0" * 64, 1, FileType.TEXT)
    assert sales_document(Document(source=source, pages=(Page(1, first_page, False, ""),))) is is_sale
