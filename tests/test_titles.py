"""Titles in documents.csv: the PDF Title property only when page 1 agrees with it, else page 1's first heading."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from foiakit.ingest import ingest
from foiakit.ingest.discover import discover
from foiakit.ingest.titles import document_title, first_heading, is_heading
from foiakit.model import Settings
from foiakit.pipeline import run

LETTER_PAGE = """Page 1 of 3
WCSO-000123
March 4, 2019
Professional Services Agreement
between Washington County and Stratus Analytics LLC
This agreement is made on the date below by the parties named above and runs for three years."""


def test_a_title_that_agrees_with_page_one_is_kept() -> None:
    assert document_title("Professional Services Agreement", LETTER_PAGE) == "Professional Services Agreement"
    assert document_title("Stratus Analytics agreement - Washington County", LETTER_PAGE) == (
        "Stratus Analytics agreement - Washington County"
    )


@pytest.mark.parametrize(
    "left_over", ["Microsoft Word - Invoice_template_2014.docx", "Quarterly Budget Memo", "Scan0004", "FY2012 RFP"]
)
def test_a_left_over_title_gives_way_to_the_first_heading(left_over: str) -> None:
    # the page number, the Bates number and the date above the heading are not headings
    assert document_title(left_over, LETTER_PAGE) == "Professional Services Agreement"


def test_no_title_property_gives_the_first_heading() -> None:
    assert document_title("", LETTER_PAGE) == "Professional Services Agreement"
    assert first_heading("From: Lt. Ames\nSent: Monday, May 6, 2019 9:14 AM\nSubject: Pole camera quote\nHi") == (
        "Pole camera quote"
    )
    assert first_heading("12\n2019-05-06\n$ 4,500.00\n") == ""  # nothing heading-like
    assert first_heading("'@gmail.com>\nSubject: Re: possible to delay mtg a day or so?\n") == (
        "Re: possible to delay mtg a day or so?"
    )
    assert first_heading("FOIA Request HailStorm Page | of 1\nDear Officer") == "FOIA Request HailStorm"
    assert first_heading("Contract Number: 2025-03244 Page | 1\nTerms") == "Contract Number: 2025-03244"


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("INVOICE", True),
        ("Chicago Police Department", True),
        ("- 2 -", False),
        ("Page 2 of 14", False),
        ("ACME-000123", False),
        ("Tuesday, January 7, 2020", False),
        ("01/07/2020", False),
        ("and the vendor agrees that the price includes all hardware, training and support.", False),
        ("continued from the previous page", False),
        ("jane.doe@cityofchicago.org", False),
        ("www.flocksafety.com", False),
    ],
)
def test_heading_like_lines(line: str, heading: bool) -> None:
    assert is_heading(line) is heading


def _pdf(path: Path, title: str, lines: list[str]) -> Path:
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    c.setTitle(title)
    y = 740
    for line in lines:
        c.drawString(72, y, line)
        y -= 18
    c.showPage()
    c.save()
    return path


def test_titles_in_documents_csv(tmp_path: Path) -> None:
    release = tmp_path / "release"
    release.mkdir()
    _pdf(release / "agrees.pdf", "Pole Camera Purchase Order", ["Pole Camera Purchase Order", "Qty 2 at $4,500"])
    _pdf(release / "left_over.pdf", "Annual Fleet Maintenance Report", ["1", "Records Release Letter", "Dear Ms. Ray,"])
    settings = Settings(ocr_mode="never", jobs=1)
    assert ingest(discover([release / "left_over.pdf"], tmp_path / "w").files[0], settings).title == (
        "Records Release Letter"
    )
    out = tmp_path / "out"
    run([release], out, settings)
    with (out / "documents.csv").open(newline="", encoding="utf-8") as handle:
        titles = {row["file"]: row["title"] for row in csv.DictReader(handle)}
    assert titles == {"agrees.pdf": "Pole Camera Purchase Order", "left_over.pdf": "Records Release Letter"}
