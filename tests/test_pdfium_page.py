"""PDFium's page description for the price-table reader (`pdfium_page`) gives pdfplumber's table finder what
pdfminer's parse gives it: the same items on a ruled and on a text-aligned table (drawn inside a form, with
rounded corners and a closed path among the rules), the same edges and characters; a page it cannot describe is
left to pdfplumber."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pdfplumber
import pypdfium2 as pdfium
import pytest
from corpus import CORPUS

from foiakit.extract.pdfium_page import page_or_reason, pdfium_page
from foiakit.extract.plumber_chars import lean_page
from foiakit.extract.price_tables import page_items

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
ROWS = [
    ("Item", "Qty", "Unit Price", "Total"),
    ("Body camera, 64 GB", "2", "$10.00", "$20.00"),
    ("Docking station - six bays", "3", "$1,250.00", "$3,750.00"),
    ("Evidence storage (annual)", "1", "$900.00", "$900.00"),
    ("Grand total", "", "", "$4,670.00"),
]


def _pdf(path: Path, draw: Callable[[Any], None], rotate: int = 0) -> Path:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=(612, 792))
    pdf.setPageRotation(rotate)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(72, 740, "QUOTE 2291  Acme Body Camera Co.")
    draw(pdf)
    pdf.save()
    return path


def _ruled(pdf: Any) -> None:
    """The grid is drawn in a form XObject placed with a shift; the header cell's box has rounded corners."""
    xs, top = [60, 280, 340, 440, 550], 700
    ys = [top - 22 * i for i in range(len(ROWS) + 1)]
    pdf.beginForm("grid")
    pdf.grid(xs, ys)
    pdf.endForm()
    pdf.saveState()
    pdf.translate(0, 0.5)
    pdf.doForm("grid")
    pdf.restoreState()
    pdf.roundRect(58, ys[1] - 2, 494, 26, 4)
    pdf.setFont("Helvetica-Bold", 10)
    for index, row in enumerate(ROWS):
        baseline = top - 22 * index - 15
        pdf.setFont("Helvetica-Bold" if index == 0 else "Helvetica", 10)
        pdf.drawString(xs[0] + 4, baseline, row[0])
        for x, cell in zip(xs[2:], row[1:], strict=True):
            pdf.drawRightString(x - 4, baseline, cell)


def _aligned(pdf: Any) -> None:
    y = 700.0
    for row in ROWS:
        pdf.drawString(72, y, row[0])
        for x, cell in zip((340, 440, 540), row[1:], strict=True):
            pdf.drawRightString(x, y, cell)
        y -= 20
    pdf.drawString(72, y - 30, "Payment is due within 30 days. Late payments accrue 1.50 per cent a month.")


def _both(path: Path, number: int = 1) -> tuple[Any, Any]:
    """(PDFium's description, pdfplumber's page) of one page; the pdfplumber page stays open with its PDF."""
    pdf = pdfium.PdfDocument(path)
    try:
        described = pdfium_page(pdf, number)
    finally:
        pdf.close()
    plumber = pdfplumber.open(path, pages=[number])
    return described, lean_page(plumber.pages[0])


def _edges(page: Any) -> list[tuple[object, ...]]:
    return sorted(
        (e["object_type"], str(e["orientation"]), *(round(e[k], 3) for k in ("x0", "top", "x1", "bottom")))
        for e in page.edges
    )


def _chars(page: Any) -> list[tuple[object, ...]]:
    return sorted(
        (c["text"], *(round(c[k], 3) for k in ("x0", "top", "x1", "bottom"))) for c in page.chars if c["text"] != " "
    )


@pytest.mark.parametrize("draw", [_ruled, _aligned], ids=["ruled", "text-aligned"])
def test_items_edges_and_characters_are_pdfplumbers(tmp_path: Path, draw: Callable[[Any], None]) -> None:
    described, plumber_page = _both(_pdf(tmp_path / "quote.pdf", draw))
    assert described is not None
    try:
        theirs = page_items(plumber_page)
        assert [item.row_type for _, _, item, _ in theirs] == ["item", "item", "item", "total"]
        assert page_items(described) == theirs
        assert _edges(described) == _edges(plumber_page)
        assert _chars(described) == _chars(plumber_page)
    finally:
        plumber_page.pdf.close()


def test_the_ruled_table_is_read_from_its_rules(tmp_path: Path) -> None:
    """The ruled reading really comes from the drawn grid (form, shift, rounded box): its confidence is the
    "lines" strategy's, and its edges hold the rounded box's curve and the grid's rules."""
    described, plumber_page = _both(_pdf(tmp_path / "quote.pdf", _ruled))
    plumber_page.pdf.close()
    assert described is not None
    assert {confidence for *_, confidence in page_items(described)} == {0.9}
    kinds = {e["object_type"] for e in described.edges}
    assert {"curve_edge", "line"} <= kinds or {"curve_edge", "rect_edge"} <= kinds


def test_a_rotated_page_is_left_to_pdfplumber(tmp_path: Path) -> None:
    described, plumber_page = _both(_pdf(tmp_path / "turned.pdf", _ruled, rotate=90))
    plumber_page.pdf.close()
    assert described is None


def test_a_real_price_table() -> None:
    described, plumber_page = _both(SAMPLES / "stratus_pricing_proposal.pdf", 2)
    try:
        theirs = page_items(plumber_page)
        assert len(theirs) >= 3
        assert page_items(described) == theirs
    finally:
        plumber_page.pdf.close()


@pytest.mark.parametrize(
    ("name", "number"),
    [
        ("chi_1505_purchases_over_5000_ledger_2010_2015.pdf", 1),  # embedded subsets of Helvetica: their descriptor
        ("eug_flock_lpr_software_services_contract_2025-03244.pdf", 13),  # TrueType "Arial": Adobe's Helvetica
    ],
)
def test_real_characters_have_pdfminers_boxes(name: str, number: int) -> None:
    """Which descent pdfminer takes (a standard font's Adobe metrics, a subset's descriptor) and a line-end
    hyphen PDFium marks as such: every character of these pages has pdfplumber's text and box to 0.01 pt."""
    described, plumber_page = _both(CORPUS / name, number)
    try:
        ours, theirs = _chars(described), _chars(plumber_page)
        assert len(ours) == len(theirs) > 1000
        for mine, its in zip(ours, theirs, strict=True):
            assert mine[0] == its[0] and max(abs(a - b) for a, b in zip(mine[1:], its[1:], strict=True)) <= 0.01
    finally:
        plumber_page.pdf.close()


def test_a_turned_stamp_leaves_the_page_to_pdfplumber_and_its_items_are_found(tmp_path: Path) -> None:
    """A character PDFium would have to turn (a Bates stamp up the margin) sends the page to pdfplumber's own
    parse, and the line items are read from it all the same."""
    from foiakit.extract.line_items import line_item_findings
    from foiakit.ingest import ingest
    from foiakit.ingest.discover import discover
    from foiakit.model import Settings

    def draw(pdf: Any) -> None:
        _ruled(pdf)
        pdf.saveState()
        pdf.translate(580, 300)
        pdf.rotate(90)
        pdf.drawString(0, 0, "CITY-000123")
        pdf.restoreState()

    path = _pdf(tmp_path / "stamped.pdf", draw)
    pdf = pdfium.PdfDocument(path)
    try:
        assert page_or_reason(pdf, 1) == "a turned or mirrored character"
    finally:
        pdf.close()
    document = ingest(discover([path], tmp_path / "work").files[0], Settings(ocr_mode="never"))
    found = line_item_findings(document)
    assert [f.detail_dict["row_type"] for f in found] == ["item", "item", "item", "total"]
    assert found[1].detail_dict["description"] == "Docking station - six bays"
