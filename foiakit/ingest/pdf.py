"""PDF → pages: the text layer per page (pypdfium2), and OCR where the page has no usable text."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from foiakit.errors import FileFailure
from foiakit.ingest.pdf_forms import appended, form_values, has_form, may_hold_values
from foiakit.ingest.pdf_text import text_layer
from foiakit.model import Document, IngestError, Page, Settings, SourceFile
from foiakit.ocr.decide import SCAN_COVERAGE, STAMP_ONLY_CHARS, PageSignals, alnum_count, decide_ocr
from foiakit.ocr.tesseract import OcrFailure, ocr_image
from foiakit.timing import OCR, OCR_DECISION, TEXT_LAYER, timed

log = logging.getLogger(__name__)
_GRID = 64  # image coverage is measured on a coarse grid, so overlapping images are not counted twice


def open_pdf(source: SourceFile) -> pdfium.PdfDocument:
    """Open a PDF, trying the empty password that many 'protected' releases use."""
    last: Exception | None = None
    for password in (None, ""):
        try:
            return pdfium.PdfDocument(source.path, password=password)
        except pdfium.PdfiumError as exc:
            last = exc
            if "password" not in str(exc).lower():
                break
    message = str(last)
    if "password" in message.lower():
        raise FileFailure("encrypted", "encrypted PDF: a password is required to open it")
    raise FileFailure("corrupt", f"corrupt or truncated PDF: {message.split('(')[-1].rstrip(').') or message}")


def ingest_pdf(source: SourceFile, settings: Settings, pages: range | None = None) -> Document:
    """Read every page (or the page numbers in `pages`, 1-based) of one PDF."""
    pdf = open_pdf(source)
    try:
        count = len(pdf)
        if count == 0:
            raise FileFailure("empty", "PDF has no pages")
        numbers = pages if pages is not None else range(1, count + 1)
        result: list[Page] = []
        errors: list[IngestError] = []
        # pages whose annotations may hold a field's value, noted while each page is loaded anyway: pdfminer
        # (`form_values`) reads only those, and none at all on a form whose fields are all elsewhere
        with_fields: list[int] | None = [] if has_form(pdf) else None
        for number in numbers:
            page, error = _read_page(pdf, number, source, settings, with_fields)
            result.append(page)
            if error:
                errors.append(error)
        if with_fields:
            result = _with_form_values(source, result, errors, with_fields)
        title = (pdf.get_metadata_dict().get("Title") or "").strip()
        if title.lower() in {"untitled", "untitled document", "microsoft word"}:  # tools' defaults say nothing
            title = ""
    finally:
        pdf.close()
    return Document(source=source, pages=tuple(result), errors=tuple(errors), title=title)


def _with_form_values(
    source: SourceFile, pages: list[Page], errors: list[IngestError], numbers: list[int]
) -> list[Page]:
    """The pages with their filled form fields (of the pages `numbers`) appended (see `pdf_forms`); an unreadable
    form is a row, and the pages keep their text layer."""
    from dataclasses import replace

    try:
        values = form_values(source.path, numbers)
    except Exception as exc:  # a damaged form must not cost the document its pages
        errors.append(IngestError(source.display_path, source.sha256, "ingest", "form-unreadable", str(exc)[:200]))
        return pages
    return [replace(p, text=appended(p.text, values[p.number])) if p.number in values else p for p in pages]


def page_count(source: SourceFile) -> int:
    pdf = open_pdf(source)
    try:
        return len(pdf)
    finally:
        pdf.close()


FIRST_PAGE_TEXT = 200  # characters of PDFium's text on page 1 from which a PDF is taken to be born digital


def page_count_and_text(source: SourceFile) -> tuple[int, bool]:
    """Pages of a PDF, and whether its first page holds a text layer of `FIRST_PAGE_TEXT` characters or more (the
    scheduler cuts such a PDF into fewer, longer page chunks: see `scheduler.chunk_pages`)."""
    pdf = open_pdf(source)
    try:
        count = len(pdf)
        if count == 0:
            return 0, False
        try:
            page = pdf[0]
        except pdfium.PdfiumError:
            return count, False
        try:
            textpage = page.get_textpage()
            try:
                return count, textpage.count_chars() >= FIRST_PAGE_TEXT
            finally:
                textpage.close()
        except pdfium.PdfiumError:
            return count, False
        finally:
            page.close()
    finally:
        pdf.close()


def _read_page(
    pdf: pdfium.PdfDocument, number: int, source: SourceFile, settings: Settings, with_fields: list[int] | None = None
) -> tuple[Page, IngestError | None]:
    """One page; on a form (`with_fields` given) its number is added there when its fields may hold a value."""
    try:
        page = pdf[number - 1]
    except pdfium.PdfiumError as exc:  # one damaged page object (found by fuzzing): the other pages are read
        if with_fields is not None:
            with_fields.append(number)  # pdfminer may still read its annotations
        error = IngestError(source.display_path, source.sha256, "ingest", "corrupt-page", f"page {number}: {exc}")
        return Page(number, "", False, "page damaged: could not be loaded"), error
    try:
        if with_fields is not None and may_hold_values(page.raw):
            with_fields.append(number)
        with timed(TEXT_LAYER, 1):
            width, height = page.get_size()
            textpage = page.get_textpage()
            text = text_layer(textpage)[0]
        with timed(OCR_DECISION, 1):
            coverage, on_images, objects = 0.0, None, None
            # Images only matter when the text layer is short (a scan with stamps); a long text layer is kept
            # unless it is garbage, so most born-digital pages skip the walk over page objects.
            if alnum_count(text) < STAMP_ONLY_CHARS:
                objects = pdfium_c.FPDFPage_CountObjects(page.raw)  # 0: a blank page, nothing to OCR
                boxes = list(_image_boxes(page))
                coverage = _coverage(boxes, width, height)
                if coverage >= SCAN_COVERAGE:
                    on_images = _chars_over(textpage, boxes)
            decision = decide_ocr(PageSignals(text, coverage, on_images, objects), settings.ocr_mode)
        log.debug("%s p%d: ocr=%s (%s)", source.display_path, number, decision.ocr, decision.reason)
        if not decision.ocr:
            return Page(number, text, False, decision.reason, None, width, height), None
        scale = render_scale(width, height, settings.dpi)
        capped = None
        if scale < settings.dpi / 72:  # a poster-sized or corrupt page: rendered smaller, never gigabytes
            dpi = round(scale * 72)
            capped = IngestError(
                source.display_path, source.sha256, "ocr", "page-too-large",
                f"page {number} is {width / 72:.0f} x {height / 72:.0f} in; rendered at {dpi} dpi for OCR",
            )  # fmt: skip
        try:
            with timed(OCR, 1):
                image = page.render(scale=scale, grayscale=True).to_pil()
                result = ocr_image(image, settings.lang, settings.ocr_timeout)
        except (OcrFailure, pdfium.PdfiumError, MemoryError) as exc:
            reason = f"{decision.reason}; OCR failed: {exc}"
            error = IngestError(source.display_path, source.sha256, "ocr", "ocr-failed", f"page {number}: {exc}")
            return Page(number, text, False, reason, None, width, height), error
        return (
            Page(number, _clean(result.text), True, decision.reason, result.confidence, width, height, result.rotation),
            capped,
        )
    finally:
        page.close()


MAX_RENDER_PIXELS = 60_000_000  # 300 dpi on a 24 x 36 in drawing is 78 MP: beyond this a page is rendered smaller


def render_scale(width_pt: float, height_pt: float, dpi: int) -> float:
    """Pixels per point to render a page at `dpi`, lowered so that the image stays under MAX_RENDER_PIXELS (a
    1.3 KB PDF can declare a 20,000-point page: 6.7 GB at 300 dpi)."""
    scale = dpi / 72
    area = max(width_pt, 1.0) * max(height_pt, 1.0) * scale * scale
    return scale if area <= MAX_RENDER_PIXELS else scale * (MAX_RENDER_PIXELS / area) ** 0.5


def _clean(text: str) -> str:
    # pdfium ends lines with CRLF and marks soft hyphens and NULs; stored text uses plain newlines.
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").replace("\ufffe", "-").strip("\n")


def _image_boxes(page: pdfium.PdfPage) -> Iterator[tuple[float, float, float, float]]:
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=4):
        try:
            yield obj.get_bounds() if hasattr(obj, "get_bounds") else obj.get_pos()
        except pdfium.PdfiumError:
            continue


def _coverage(boxes: list[tuple[float, float, float, float]], width: float, height: float) -> float:
    if not boxes or width <= 0 or height <= 0:
        return 0.0
    covered = [[False] * _GRID for _ in range(_GRID)]
    for left, bottom, right, top in boxes:
        x0, x1 = _cells(left, right, width)
        y0, y1 = _cells(bottom, top, height)
        for y in range(y0, y1):
            row = covered[y]
            for x in range(x0, x1):
                row[x] = True
    return sum(map(sum, covered)) / (_GRID * _GRID)


def _cells(low: float, high: float, size: float) -> tuple[int, int]:
    start = max(0, min(_GRID, round(low / size * _GRID)))
    stop = max(0, min(_GRID, round(high / size * _GRID)))
    return start, stop


def _chars_over(textpage: pdfium.PdfTextPage, boxes: list[tuple[float, float, float, float]]) -> int:
    """Letters and digits of the text layer whose box lies on an image: stamps in the margin don't count."""
    text = textpage.get_text_range()
    inside = 0
    for index in range(min(textpage.count_chars(), len(text))):
        if not text[index].isalnum():
            continue
        left, bottom, right, top = textpage.get_charbox(index)
        cx, cy = (left + right) / 2, (bottom + top) / 2
        if any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in boxes):
            inside += 1
    return inside
