"""The text layer keeps a wide gap on a line visible (ingest/pdf_text.py): columns, letterheads and table cells stay
apart, word spaces of any font and of justified lines stay single."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from foiakit.extract import extract_document
from foiakit.extract.spacy_pipeline import _FLAGS, build_nlp, mark_orgish
from foiakit.ingest.pdf_text import GAP, stored_text, text_layer
from foiakit.model import Document, FileType, Page, Settings, SourceFile


def _pdf(path: Path, lines: list[tuple[str, float, float, str, float]]) -> Path:
    """One page: (font, size, x, text, y) per string drawn."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    for font, size, x, text, y in lines:
        pdf.setFont(font, size)
        pdf.drawString(x, y, text)
    pdf.save()
    return path


def _layer(path: Path) -> str:
    document = pdfium.PdfDocument(str(path))
    try:
        return text_layer(document[0].get_textpage())[0]
    finally:
        document.close()


@pytest.mark.parametrize(
    ("drawn", "stored"),
    [
        # two columns of a party block
        (
            [
                ("Helvetica", 10, 50, "Prepared For:", 700),
                ("Helvetica", 10, 320, "Prepared By:", 700),
                ("Helvetica", 10, 50, "Town of Ashgrove Fire District", 686),
                ("Helvetica", 10, 320, "Mara Lindqvist", 686),
            ],
            f"Prepared For:{GAP}Prepared By:\nTown of Ashgrove Fire District{GAP}Mara Lindqvist",
        ),
        # a table row: description, quantity, unit price, total
        (
            [
                ("Helvetica", 10, 50, "Tripod mount", 600),
                ("Helvetica", 10, 300, "4", 600),
                ("Helvetica", 10, 360, "$120.00", 600),
                ("Helvetica", 10, 450, "$480.00", 600),
            ],
            f"Tripod mount{GAP}4{GAP}$120.00{GAP}$480.00",
        ),
        # a typewriter font's word spaces are wide, but narrower than an em
        (
            [("Courier", 9, 50, "A1003 2290114 07/02/24 10877 ORCHARD VALE TREE CARE LLC 1,250.00", 600)],
            "A1003 2290114 07/02/24 10877 ORCHARD VALE TREE CARE LLC 1,250.00",
        ),
        # a small and a large font on one line each: word spaces only
        (
            [
                ("Times-Roman", 7, 50, "the Contractor shall keep its records", 600),
                ("Helvetica-Bold", 18, 50, "Hollin Creek Water Authority", 560),
            ],
            "the Contractor shall keep its records\nHollin Creek Water Authority",
        ),
    ],
)
def test_a_wide_gap_on_a_line_is_kept_and_a_word_space_is_not(
    tmp_path: Path, drawn: list[tuple[str, float, float, str, float]], stored: str
) -> None:
    assert _layer(_pdf(tmp_path / "page.pdf", drawn)) == stored


def test_a_justified_line_keeps_single_spaces(tmp_path: Path) -> None:
    path = tmp_path / "justified.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    text = pdf.beginText(50, 700)
    text.setFont("Helvetica", 10)
    text.setWordSpace(4)  # a justified line stretched by 4 points a space (0.4 em)
    text.textLine("The Authority shall notify the Vendor in writing within ten days")
    pdf.drawText(text)
    pdf.save()
    assert _layer(path) == "The Authority shall notify the Vendor in writing within ten days"


def test_each_gap_space_maps_back_to_the_one_space_pdfium_wrote() -> None:
    raw = "North Ledge Co. Invoice\r\n"
    text, index = stored_text(raw, {15})
    assert text == f"North Ledge Co.{GAP}Invoice"
    assert [raw[i] for i in index] == [*"North Ledge Co.", " ", " ", " ", *"Invoice"]
    assert index[15:18] == [15, 15, 15]


def test_a_name_does_not_run_across_a_column_gap(tmp_path: Path) -> None:
    page = Page(
        1,
        f"Prepared For:{GAP}Prepared By:\nCity of Brookhaven Police Department{GAP}Dana Whitcombe\n"
        f"22 Main Street{GAP}dana@skylinesensor.example\n",
        False,
        "text layer",
    )
    source = SourceFile(tmp_path / "quote.pdf", "quote.pdf", "0" * 64, 1, FileType.PDF)
    agencies = {f.normalized for f in extract_document(Document(source, (page,)), Settings()) if f.kind == "agency"}
    assert agencies == {"City of Brookhaven Police Department"}


@pytest.mark.parametrize(
    ("text", "bridged"),
    [
        # a head noun opening the next line ends a wrapped name ...
        ("the Ashgrove County Circuit\nCourt ruled", True),
        # ... but not when a column gap follows it: a row of column labels under a heading
        (f"Document Information\nAgency{GAP}Award Number{GAP}Line\n", False),
        (f"Order Information\nBureau{GAP}Requisition{GAP}Line\n", False),
    ],
)
def test_a_line_break_before_a_head_noun_joins_a_name_unless_a_column_gap_follows_it(text: str, bridged: bool) -> None:
    nlp = build_nlp()
    doc = nlp(text)
    mark_orgish(doc, text)
    breaks = [t.i for t in doc if t.is_space and "\n" in t.text]
    assert doc.user_data[_FLAGS][breaks[0]] is bridged
