"""Which pages pdfplumber opens for price tables (`table_pages`): prose that merely names a contractor and a price
is left unopened, anything that could be a table header is opened, and a page left unopened never held items."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest
from corpus import CORPUS

from foiakit.extract.plumber_chars import lean_page
from foiakit.extract.price_tables import page_items
from foiakit.extract.table_pages import may_hold_a_price_table

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
PROSE = "the Contractor and each subcontractor agrees to pay the price of the items it delivers"


def _page(path: Path, draw: object) -> Path:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=(612, 792))
    pdf.setFont("Helvetica", 10)
    draw(pdf)  # type: ignore[operator]
    pdf.save()
    return path


def _may(path: Path, number: int = 1) -> bool:
    pdf = pdfium.PdfDocument(path)
    try:
        return may_hold_a_price_table(pdf, number)
    finally:
        pdf.close()


def test_running_text_is_not_opened(tmp_path: Path) -> None:
    def draw(pdf: object) -> None:
        pdf.drawString(72, 700, "1.1")  # type: ignore[attr-defined]
        pdf.drawString(110, 700, PROSE)  # type: ignore[attr-defined]  # a wide gap, but before the label words
        pdf.rect(60, 650, 480, 80)  # type: ignore[attr-defined]  # one box: one cell at most

    assert not _may(_page(tmp_path / "prose.pdf", draw))


def test_labels_apart_on_a_line_are_opened(tmp_path: Path) -> None:
    def draw(pdf: object) -> None:
        pdf.drawString(72, 700, "Item")  # type: ignore[attr-defined]
        pdf.drawString(300, 700, "Price")  # type: ignore[attr-defined]

    assert _may(_page(tmp_path / "header.pdf", draw))


def test_a_gap_just_wide_enough_is_opened(tmp_path: Path) -> None:
    """pdfplumber parts groups at half the text height (5 pt at 10 pt): a 4.5 pt gap is within the margin."""

    def draw(pdf: object) -> None:
        width = pdf.stringWidth("Item", "Helvetica", 10)  # type: ignore[attr-defined]
        pdf.drawString(72, 700, "Item")  # type: ignore[attr-defined]
        pdf.drawString(72 + width + 4.5, 700, "Price")  # type: ignore[attr-defined]

    assert _may(_page(tmp_path / "tight.pdf", draw))


def test_another_font_between_is_not_judged(tmp_path: Path) -> None:
    def draw(pdf: object) -> None:
        text = pdf.beginText(72, 700)  # type: ignore[attr-defined]
        text.setFont("Helvetica", 10)
        text.textOut("Contractor ")
        text.setFont("Helvetica-Bold", 10)
        text.textOut("and ")
        text.setFont("Helvetica", 10)
        text.textOut("each")
        pdf.drawText(text)  # type: ignore[attr-defined]

    assert _may(_page(tmp_path / "fonts.pdf", draw))


def test_a_drawn_grid_is_opened(tmp_path: Path) -> None:
    def draw(pdf: object) -> None:
        pdf.drawString(72, 700, PROSE)  # type: ignore[attr-defined]
        pdf.grid([60, 200, 340], [600, 620, 640])  # type: ignore[attr-defined]

    assert _may(_page(tmp_path / "grid.pdf", draw))


def test_real_pages() -> None:
    contract = CORPUS / "eug_flock_lpr_software_services_contract_2025-03244.pdf"
    assert not _may(contract, 10)  # standard provisions: "the Contractor and each subcontractor …"
    assert _may(contract, 13)  # the price schedule
    assert _may(SAMPLES / "stratus_pricing_proposal.pdf", 2)  # a ruled price table


@pytest.mark.slow
def test_a_page_left_unopened_holds_no_items() -> None:
    """Every page of the samples' and the shared corpus's PDFs: when PDFium's test says no header can be there,
    pdfplumber's full reading finds no item either."""
    paths = sorted(SAMPLES.glob("*.pdf")) + sorted(CORPUS.glob("*.pdf"))
    unopened = 0
    for path in paths:
        pdf = pdfium.PdfDocument(path)
        with pdfplumber.open(path) as plumber:
            for number, page in enumerate(plumber.pages, start=1):
                if not may_hold_a_price_table(pdf, number):
                    unopened += 1
                    assert page_items(lean_page(page)) == [], f"{path.name} page {number}"
        pdf.close()
    assert unopened > 50


def test_the_table_test_and_the_description_read_one_text_page(tmp_path: Path) -> None:
    from foiakit.extract.pdfium_page import loaded_page_or_reason, page_or_reason
    from foiakit.extract.table_pages import SharedTextPage, page_may_hold_a_price_table

    def draw(pdf: object) -> None:
        pdf.drawString(72, 700, "Description")  # type: ignore[attr-defined]
        pdf.drawString(400, 700, "Unit Price")  # type: ignore[attr-defined]
        pdf.drawString(72, 680, "License plate camera")  # type: ignore[attr-defined]
        pdf.drawString(400, 680, "$2,500.00")  # type: ignore[attr-defined]

    path = _page(tmp_path / "quote.pdf", draw)
    pdf = pdfium.PdfDocument(path)
    try:
        page = pdf[0]
        text = SharedTextPage(page)
        assert page_may_hold_a_price_table(page, text)
        made = text.get()
        described = loaded_page_or_reason(page, text)
        assert text.get() is made  # the description read the text page the test made
        alone = page_or_reason(pdf, 1)  # its own load and text page: the same description
        assert not isinstance(described, str) and not isinstance(alone, str)
        assert described.objects == alone.objects and described.chars  # type: ignore[union-attr]
        assert page_items(described) == page_items(alone)
        text.close()
        text.close()  # closing twice is harmless
        page.close()
    finally:
        pdf.close()
