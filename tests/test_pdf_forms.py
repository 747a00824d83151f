"""Filled PDF form fields are read: their values follow the page's text layer as "Field name: value" lines, so a
form's answers are findings with their page. The form is made by the test (reportlab's AcroForm)."""

from __future__ import annotations

from pathlib import Path

from foiakit.extract import extract_document
from foiakit.ingest import ingest
from foiakit.ingest.discover import discover
from foiakit.ingest.pdf_forms import HEADING
from foiakit.model import Settings

SETTINGS = Settings(ocr_mode="never")


def _form(path: Path) -> Path:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=(612, 792))
    pdf.drawString(72, 740, "REQUISITION FOR SERVICES")
    pdf.drawString(72, 700, "VENDOR NAME")
    pdf.acroForm.textfield(name="VENDOR NAME", value="Harrowgate Signal Works, Inc.", x=200, y=690, width=300)
    pdf.drawString(72, 660, "TOTAL AMOUNT")
    pdf.acroForm.textfield(name="TOTAL AMOUNT", value="$18,240.00", x=200, y=650, width=300)
    pdf.acroForm.textfield(name="NOTES", value="N/A", x=200, y=610, width=300)  # an empty answer
    pdf.acroForm.checkbox(name="RUSH", checked=True, x=200, y=570)  # a check box is no text
    pdf.showPage()
    pdf.drawString(72, 740, "Page two has no fields.")
    pdf.save()
    return path


def test_filled_fields_are_read_after_the_text_layer(tmp_path: Path) -> None:
    pdf = _form(tmp_path / "requisition.pdf")
    document = ingest(discover([pdf], tmp_path / "work").files[0], SETTINGS)
    first, second = document.pages
    layer, _, fields = first.text.partition(f"\n\n{HEADING}\n")
    assert "VENDOR NAME" in layer and "Harrowgate" not in layer  # the text layer holds only the labels
    assert fields.splitlines() == ["VENDOR NAME: Harrowgate Signal Works, Inc.", "TOTAL AMOUNT: $18,240.00"]
    assert HEADING not in second.text and not document.errors
    findings = list(extract_document(document, SETTINGS))
    vendor = next(f for f in findings if f.kind == "vendor")
    assert vendor.normalized == "Harrowgate Signal Works" and vendor.page == 1
    assert first.text[vendor.start : vendor.end] == "Harrowgate Signal Works, Inc."
    price = next(f for f in findings if f.kind == "price")
    assert price.normalized == "18240.00" and price.detail_dict["vendor"] == "Harrowgate Signal Works"


def test_a_pdf_without_a_form_is_read_as_before(tmp_path: Path) -> None:
    from pdfgen import text_pdf

    pdf = text_pdf(tmp_path / "plain.pdf", ["VENDOR NAME: Harrowgate Signal Works, Inc."])
    document = ingest(discover([pdf], tmp_path / "work").files[0], SETTINGS)
    assert HEADING not in document.pages[0].text


def test_only_pages_whose_annotations_may_hold_a_value_go_to_pdfminer(tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    from foiakit.ingest.pdf_forms import form_values, may_hold_values

    pdf = _form(tmp_path / "requisition.pdf")
    with_link = tmp_path / "linked.pdf"
    from reportlab.pdfgen import canvas

    linked = canvas.Canvas(str(with_link), pagesize=(612, 792))
    linked.drawString(72, 740, "See the vendor's site.")
    linked.linkURL("https://example.org/", (72, 730, 300, 750))  # an annotation without a field's value
    linked.save()
    document = pdfium.PdfDocument(pdf)
    link_document = pdfium.PdfDocument(with_link)
    try:
        first, second, link_page = document[0], document[1], link_document[0]
        assert may_hold_values(first.raw) and not may_hold_values(second.raw) and not may_hold_values(link_page.raw)
        for page in (first, second, link_page):
            page.close()
    finally:
        document.close()
        link_document.close()
    assert set(form_values(pdf, [1, 2])) == {1}  # what the check leaves out holds no value
    assert form_values(with_link, [1]) == {}
