"""Price line items from PDF tables: the sample proposal's ruled price table, a text-aligned table, row parsing,
the real purchase order, and bad input."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest
from corpus import CORPUS

from foiakit.extract import extract_document
from foiakit.extract.line_items import header_roles, line_item_findings, parse_row
from foiakit.ingest import ingest
from foiakit.ingest.discover import discover, sha256_file
from foiakit.ingest.pdf_text import GAP
from foiakit.model import Document, FileType, Finding, Page, Settings, SourceFile

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
SETTINGS = Settings(ocr_mode="never")
HEADER = ["Item", "Quantity", "Unit price", "Total"]


def _ingest(path: Path, tmp_path: Path) -> Document:
    return ingest(discover([path], tmp_path / "work").files[0], SETTINGS)


def _items(document: Document) -> list[Finding]:
    return line_item_findings(document)


def test_extraction_runs_it(proposal: Document) -> None:
    assert [f for f in extract_document(proposal, SETTINGS) if f.kind == "line_item"] == _items(proposal)


def _provenance_holds(document: Document, finding: Finding) -> None:
    assert finding.page is not None and finding.start is not None and finding.end is not None
    span = document.pages[finding.page - 1].text[finding.start : finding.end]
    detail = finding.detail_dict
    assert detail["description"].split()[0] in span or f"{Decimal(finding.normalized):,.2f}" in span


@pytest.fixture(scope="module")
def proposal(tmp_path_factory: pytest.TempPathFactory) -> Document:
    return _ingest(SAMPLES / "stratus_pricing_proposal.pdf", tmp_path_factory.mktemp("proposal"))


def test_sample_price_table(proposal: Document) -> None:
    found = _items(proposal)
    rows = [
        (
            f.detail_dict["description"],
            f.detail_dict.get("quantity"),
            f.detail_dict.get("unit_price"),
            f.detail_dict["total"],
            f.detail_dict.get("consistent"),
            f.detail_dict["row_type"],
        )
        for f in found
    ]
    assert rows == [
        ("Image analysis (first 1,000 images / month)", "12", "12.00", "144.00", True, "item"),
        ("Face index storage (per 10,000 faces / month)", "12", "3.00", "36.00", True, "item"),
        ("Onboarding and training (one-time)", "1", "4500.00", "4500.00", True, "item"),
        ("Annual support", "1", "1200.00", "1200.00", True, "item"),
        ("First-year total", None, None, "5880.00", None, "total"),
    ]
    assert [Decimal(f.normalized) for f in found] == [Decimal(v) for v in ("144", "36", "4500", "1200", "5880")]
    first = found[0]
    assert (first.kind, first.method, first.ocr, first.confidence, first.page) == ("line_item", "table", False, 0.9, 2)
    assert first.value == "Image analysis (first 1,000 images / month) | 12 | $12.00 | $144.00"
    assert first.quote == "Image analysis (first 1,000 images / month) 12 $12.00 $144.00"
    assert {f.detail_dict["currency"] for f in found} == {"USD"}
    assert [(f.detail_dict["table"], f.detail_dict["row"]) for f in found] == [(1, r) for r in range(1, 6)]
    page = proposal.pages[1]
    for finding in found:
        _provenance_holds(proposal, finding)
        assert page.text[finding.start : finding.end].startswith(finding.detail_dict["description"])
    # the page's text keeps the table's column gaps (ingest/pdf_text.py)
    cells = ("Onboarding and training (one-time)", "1", "$4,500.00", "$4,500.00")
    assert page.text[found[2].start : found[2].end] == GAP.join(cells)


def test_a_moved_pdf_is_an_error_not_silence(proposal: Document, tmp_path: Path) -> None:
    """Re-extraction reopens the PDF: gone (or changed) since it was read, the run must say so."""
    moved = dataclasses.replace(proposal, source=dataclasses.replace(proposal.source, path=tmp_path / "gone.pdf"))
    with pytest.raises(FileNotFoundError, match="no longer at"):
        line_item_findings(moved)
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(proposal.source.path.read_bytes() + b"\n%%")
    with pytest.raises(FileNotFoundError):
        line_item_findings(dataclasses.replace(proposal, source=dataclasses.replace(proposal.source, path=changed)))


def _text_table_pdf(path: Path) -> Path:
    """An unruled invoice table: columns aligned by their text alone, one wrapped description, one bad sum."""
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=(612, 792))
    pdf.setFont("Helvetica", 10)
    pdf.drawString(72, 740, "INVOICE 2291  Acme Body Camera Co.")
    rows = [
        ("Description", "Qty", "Unit Price", "Amount"),
        ("Body camera, 64 GB", "2", "$10.00", "$25.00"),
        ("Docking station with", "3", "$1,250.00", "$3,750.00"),
        ("six charging bays", "", "", ""),
        ("Evidence storage (annual)", "1", "$900.00", "$900.00"),
        ("Subtotal", "", "", "$4,675.00"),
    ]
    y = 700.0
    for index, (description, qty, unit, amount) in enumerate(rows):
        pdf.drawString(72, y, description)
        pdf.drawRightString(340, y, qty)
        pdf.drawRightString(440, y, unit)
        pdf.drawRightString(540, y, amount)
        y -= 12 if index == 2 else 22  # the wrapped description sits tight under its row
    pdf.drawString(72, y - 30, "Payment is due within 30 days. Late payments accrue 1.50 per cent a month.")
    pdf.save()
    return path


def test_text_aligned_table(tmp_path: Path) -> None:
    document = _ingest(_text_table_pdf(tmp_path / "invoice.pdf"), tmp_path)
    found = _items(document)
    summary = [
        (
            f.detail_dict["description"],
            f.detail_dict.get("quantity"),
            f.detail_dict.get("unit_price"),
            f.normalized,
            f.detail_dict.get("consistent"),
            f.detail_dict["row_type"],
        )
        for f in found
    ]
    assert summary == [
        ("Body camera, 64 GB", "2", "10.00", "25.00", False, "item"),
        ("Docking station with six charging bays", "3", "1250.00", "3750.00", True, "item"),
        ("Evidence storage (annual)", "1", "900.00", "900.00", True, "item"),
        ("Subtotal", None, None, "4675.00", None, "total"),
    ]
    assert {f.confidence for f in found} == {0.7}
    for finding in found:
        _provenance_holds(document, finding)


ROW_CASES = [
    (["Widget", "2", "$10.00", "$20.00"], ("Widget", "2", "10.00", "20.00", True, "item", "USD")),
    (["Widget", "2", "10.00", "25.00"], ("Widget", "2", "10.00", "25.00", False, "item", None)),  # 2 × 10 ≠ 25
    (["License", "3", "1,200.50", "3,601.50"], ("License", "3", "1200.50", "3601.50", True, "item", None)),
    (
        ["Camera\nmount, steel", "4", "$2.25", "$9.00"],
        ("Camera mount, steel", "4", "2.25", "9.00", True, "item", "USD"),
    ),
    (["Hourly rate", "", "$150.00", ""], ("Hourly rate", None, "150.00", None, None, "item", "USD")),
    (["Grand total", "", "", "$1,000.00"], ("Grand total", None, None, "1000.00", None, "total", "USD")),
    (["Sales tax", None, None, "USD 8.25"], ("Sales tax", None, None, "8.25", None, "total", "USD")),
    (["Services (see attached scope)", "", "", ""], None),  # a description alone: not a line item
    (["Notes", "12", "", ""], None),  # a quantity alone: no amount
]


@pytest.mark.parametrize(("cells", "expected"), ROW_CASES)
def test_parse_row(cells: list[str | None], expected: tuple[object, ...] | None) -> None:
    roles = header_roles(HEADER)
    assert roles == ("description", "quantity", "unit_price", "total")
    item = parse_row(roles, cells)
    if expected is None:
        assert item is None
        return
    assert item is not None
    as_str = [None if v is None else str(v) for v in (item.quantity, item.unit_price, item.total)]
    assert (item.description, *as_str, item.consistent, item.row_type, item.currency) == expected
    assert all(v is None or isinstance(v, Decimal) for v in (item.quantity, item.unit_price, item.total))


@pytest.mark.parametrize(
    ("cells", "roles"),
    [
        (["Description", "Qty", "Unit\nPrice", "Extended\nAmount"], ("description", "quantity", "unit_price", "total")),
        (
            ["Item/Description", "Mfg ID", "Quantity", "UOM", "PO Price", "Extended Amt"],
            ("description", None, "quantity", "uom", "unit_price", "total"),
        ),
        (["Line", "Product", "Units", "Rate", "Line total"], (None, "description", "quantity", "unit_price", "total")),
        (["similarity score for each face in the archive", "of", "The service can search"], None),
        (["Name", "Title", "Phone"], None),
    ],
)
def test_header_roles(cells: list[str], roles: tuple[str | None, ...] | None) -> None:
    assert header_roles(cells) == roles


def test_real_purchase_order(tmp_path: Path) -> None:
    document = _ingest(CORPUS / "eug_purchase_order_2510002336.pdf", tmp_path)
    found = _items(document)
    items = [f for f in found if f.detail_dict["row_type"] == "item"]
    assert len(items) == 1
    item = items[0].detail_dict
    assert item["description"] == "K FY25 FLOCK Automated License Plate Recognition (ALPR) Software Services"
    assert Decimal(item["quantity"]) * Decimal(item["unit_price"]) == Decimal(item["total"]) == Decimal("342000.00")
    assert item["consistent"] is True and items[0].normalized == "342000.00"
    totals = [(f.detail_dict["description"], f.normalized) for f in found if f.detail_dict["row_type"] == "total"]
    assert totals == [
        ("Schedule Total", "342000.00"),
        ("Item Total", "342000.00"),
        ("Total PO Amount", "342000.00"),
    ]
    for finding in found:
        _provenance_holds(document, finding)
    span = document.pages[0].text[items[0].start : items[0].end]
    assert span.startswith("K FY25 FLOCK") and span.endswith(f"342000.00{GAP}342000.00")


def test_corrupt_pdf_gives_no_line_items(tmp_path: Path) -> None:
    path = tmp_path / "bad.pdf"
    path.write_bytes(b"%PDF-1.4 garbage")
    source = SourceFile(path, "bad.pdf", sha256_file(path), path.stat().st_size, FileType.PDF)
    page = Page(1, "Widget 2 $10.00 $20.00\nTotal $20.00", False, "text layer")
    assert line_item_findings(Document(source=source, pages=(page,))) == []


def test_pages_without_amounts_ocr_pages_and_other_files_are_not_opened(tmp_path: Path) -> None:
    missing = tmp_path / "missing.pdf"  # never opened: opening it would fail, and the step would return early
    source = SourceFile(missing, "missing.pdf", "0" * 64, 1, FileType.PDF)
    plain = Document(source=source, pages=(Page(1, "No prices here.", False, "text layer"),))
    scanned = Document(source=source, pages=(Page(1, "Widget 2 $10.00 $20.00", True, "scan"),))
    text_file = Document(
        source=SourceFile(missing, "a.txt", "0" * 64, 1, FileType.TEXT),
        pages=(Page(1, "Widget 2 $10.00 $20.00", False, "text"),),
    )
    letter = Document(  # amounts in prose, no table header: pdfplumber is not worth its 0.1-0.2 s a page
        source=source, pages=(Page(1, "The quote was $12,000.00; the final price $11,500.00.", False, "text layer"),)
    )
    for document in (plain, scanned, text_file, letter):
        assert line_item_findings(document) == []


def test_reextraction_redoes_line_items_and_says_when_the_pdf_is_gone(tmp_path: Path) -> None:
    import csv
    import io
    import shutil

    from click.testing import CliRunner

    from foiakit.cli import main

    release, out = tmp_path / "release", tmp_path / "out"
    release.mkdir()
    shutil.copy(SAMPLES / "stratus_pricing_proposal.pdf", release)

    def line_items() -> list[dict[str, str]]:
        return list(csv.DictReader(io.StringIO((out / "line_items.csv").read_text(encoding="utf-8"))))

    assert CliRunner().invoke(main, ["run", str(release), "-o", str(out), "--ocr", "never"]).exit_code == 0
    first = line_items()
    assert len(first) == 5
    assert CliRunner().invoke(main, ["extract", "-o", str(out), "--force"]).exit_code == 0
    assert line_items() == first
    shutil.rmtree(release)
    result = CliRunner().invoke(main, ["extract", "-o", str(out), "--force"])
    assert result.exit_code == 0, result.output
    assert line_items() == []
    errors = (out / "errors.csv").read_text(encoding="utf-8")
    assert "stratus_pricing_proposal.pdf" in errors and "no longer at" in errors
    assert "Stratus Cloud Services" in (out / "vendors.csv").read_text(encoding="utf-8")  # the rest is redone


@pytest.mark.parametrize(
    "path",
    [
        SAMPLES / "stratus_pricing_proposal.pdf",
        SAMPLES / "afpd_mixed_records.pdf",
        CORPUS / "eug_purchase_order_2510002336.pdf",
    ],
    ids=lambda p: p.name,
)
def test_lean_characters_are_pdfplumbers_own(path: Path) -> None:
    """The table pages' faster character conversion builds exactly pdfplumber's dicts (keys, order, values), so the
    cells cannot change; a pdfplumber upgrade that changes its conversion fails here."""
    import pdfplumber

    from foiakit.extract.plumber_chars import lean_page

    with pdfplumber.open(path) as plain, pdfplumber.open(path) as lean:
        for page, other in zip(plain.pages, lean.pages, strict=True):
            chars, lean_chars = page.chars, lean_page(other).chars
            assert chars and [list(c.items()) for c in lean_chars] == [list(c.items()) for c in chars]
            assert page.extract_tables() == other.extract_tables()
