"""Redaction boxes → `redaction` findings (post-ingest step): one per box, with its bounding box, share of the
page, the exemption code printed on or next to it, and any text still present beneath it (a bad redaction).

Text-layer pages: filled dark rectangles and paths (pdfplumber rects and curves) and solid dark images. A box
with light text on it is a heading or table-header fill unless that text is a code or a redaction label;
hairline-thin bars are rules; light fills (highlights, white boxes) are not dark. Scanned pages and images:
solid dark blocks in the page rendered at a low resolution (`foiakit.foia.pixels`); the code beside a block is
read by OCR of a small crop around it (and of the block itself, inverted, for white labels; light words there that
are no code or label make the block a heading or a table header, not a redaction). Bars of a chart drawn beside
an axis line are taken out (`foiakit.foia.graphics.axis_bars`). A block or image
is a redaction only when what is inside it is one flat fill: photographs, gradient logos and screenshots are not
(`foiakit.foia.pixels.uniform_fill`).

A page that is mostly one dark fill (a vector box over half the page or more, or a uniform dark block as large
in its picture) is withheld in full: one box with `withheld_in_full` set, and the page's other boxes dropped.

Boxes are worked out from the top-left corner (pdfplumber's and the rendered image's way) and reported as
[x0, y0, x1, y1] in PDF user space (points, y up from the bottom edge) on PDF pages, in pixels from the top-left
corner on image files.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Iterator
from typing import Any

import numpy as np
from PIL import Image, ImageOps, ImageSequence

from foiakit.foia.boxes import Box, box_findings, chars_in, dedupe, share
from foiakit.foia.colours import grey_of, hex_colour, luminance
from foiakit.foia.exemptions import CodeMatch, find_codes, stamp_code
from foiakit.foia.graphics import axis_bars, drawn_lines, without_graphics
from foiakit.foia.page_walk import (
    DARK_FILL,
    RENDER_DPI,
    box_shape_ok,
    may_hold_a_box,
    render_page,
)
from foiakit.foia.pixels import FULL_PAGE_SHARE, PixelBox, dark_blocks, full_page_fill, uniform_fill
from foiakit.foia.stamped import LightFill, stamped_boxes
from foiakit.model import IMAGE_TYPES, Document, FileType, IngestError, Page, Settings

log = logging.getLogger(__name__)

CROP_OCR_DPI = 200  # the code beside a scanned box is read at this one
MIN_PAGE_PIXELS = 800  # image files: the longer side of a scanned page (about 75 dpi and up)
MAX_CROP_OCR = 40  # per document: a page full of boxes must not cost minutes
LIGHT_TEXT = 0.6  # luminance above which text drawn on a dark box is visible (a label, a heading)
LABEL_LIGHT = 0.005  # share of light pixels inside a scanned box above which it may carry a white label
NEAR = 24.0  # points: a code this close to a box belongs to it
# words of a redaction's or a withheld page's label ("Non-Responsive", "Page Denied"), never of a table header
LABEL_WORDS = ("redact", "withheld", "exempt", "privacy", "confidential", "responsive", "duplicate", "pii", "denied",
               "excised")  # fmt: skip


def find_redactions(document: Document, settings: Settings) -> Document:
    """Post-ingest step: redaction findings for a PDF or image; a failure becomes an error row, never a crash."""
    source = document.source
    try:
        if source.file_type is FileType.PDF:
            boxes = list(_pdf_boxes(document, settings))
        elif source.file_type in IMAGE_TYPES:
            boxes = list(_image_boxes(document, settings))
        else:
            return document
    except Exception as exc:  # a malformed drawing must not lose the pages already read
        log.debug("redaction analysis failed on %s", source.display_path, exc_info=True)
        error = IngestError(source.display_path, source.sha256, "layout", "redactions", f"{type(exc).__name__}: {exc}")
        return dataclasses.replace(document, errors=(*document.errors, error))
    heights = {p.number: p.height for p in document.pages}
    if source.file_type is FileType.PDF:
        boxes = [dataclasses.replace(b, page_height=heights.get(b.page, 0.0)) for b in boxes]
    findings = box_findings(document, without_graphics(boxes))
    return dataclasses.replace(document, layout_findings=(*document.layout_findings, *findings))


# ---- text-layer PDF pages ------------------------------------------------------------------------------


def _pdf_boxes(document: Document, settings: Settings) -> Iterator[Box]:
    import pdfplumber
    import pypdfium2 as pdfium

    budget = [MAX_CROP_OCR]
    pdf = pdfium.PdfDocument(document.source.path, password="")
    try:
        scanned = [page for page in document.pages if page.ocr and page.number <= len(pdf)]
        drawn = [p for p in document.pages if not p.ocr and p.number <= len(pdf) and may_hold_a_box(pdf, p.number)]
        for page in scanned:
            yield from _scanned_boxes(pdf, page, _render(pdf, page.number, RENDER_DPI), settings, budget)
        if not drawn:
            return  # text only: no box can hide anything, and pdfplumber need not parse a single page
        # pdfplumber parses only the pages that draw shapes or images (a 1,000-page text PDF stays cheap)
        with pdfplumber.open(document.source.path, password="", pages=[p.number for p in drawn]) as plumber:
            for page, plumber_page in zip(drawn, plumber.pages, strict=True):
                try:
                    yield from _text_layer_boxes(plumber_page, pdf, page, settings, budget)
                finally:
                    plumber_page.close()  # pdfplumber keeps each page's parsed objects until closed
    finally:
        pdf.close()


def _text_layer_boxes(plumber_page: Any, pdf: Any, page: Page, settings: Settings, budget: list[int]) -> Iterator[Box]:
    width, height = float(plumber_page.width), float(plumber_page.height)
    area = width * height
    chars = plumber_page.chars
    found: list[Box] = []
    shapes = [(r, "rect") for r in plumber_page.rects] + [(c, "curve") for c in plumber_page.curves]
    light: list[LightFill] = []
    for shape, origin in shapes:
        if not shape.get("fill"):
            continue
        box = (float(shape["x0"]), float(shape["top"]), float(shape["x1"]), float(shape["bottom"]))
        shade = luminance(shape.get("non_stroking_color"))
        if shade > DARK_FILL:
            light.append(LightFill(*box, origin, hex_colour(shape.get("non_stroking_color")), shade))
            continue
        if box_shape_ok(box, area):
            judged = _judge(box, origin, chars, plumber_page, page, area)
            found.append(dataclasses.replace(judged, colour=hex_colour(shape.get("non_stroking_color"))))
        elif share(box, area) >= FULL_PAGE_SHARE:
            judged = _judge(box, origin, chars, plumber_page, page, area)
            if judged.page_share > 0:  # a dark slide with white text stays a design, not a withheld page
                found.append(dataclasses.replace(judged, withheld_in_full=True))
    if light:
        words = plumber_page.extract_words()

        def text_of(some: list[dict[str, Any]]) -> str:
            return _text_of(plumber_page, some)

        def shape_ok(box: tuple[float, float, float, float]) -> bool:
            return box_shape_ok(box, area)

        found.extend(stamped_boxes(light, chars, words, text_of, shape_ok, page, area))
    images = [i for i in plumber_page.images if box_shape_ok(_img_box(i), area)]
    big_image = any(share(_img_box(i), area) > 0.3 for i in plumber_page.images)
    gray = _render(pdf, page.number, RENDER_DPI) if images or big_image else None
    if gray is not None:
        scale = RENDER_DPI / 72
        for image in images:
            box = _img_box(image)
            crop = gray[int(box[1] * scale) : int(box[3] * scale) + 1, int(box[0] * scale) : int(box[2] * scale) + 1]
            if crop.size and float((crop < 96).mean()) >= 0.9 and uniform_fill(crop):  # not a logo or a photo
                judged = _judge(box, "image", chars, plumber_page, page, area)
                found.append(dataclasses.replace(judged, colour=grey_of(crop)))
    if big_image and gray is not None:  # a scan with a text layer: its boxes are in the picture
        for box in _scanned_boxes(pdf, page, gray, settings, budget):
            hidden = chars_in(chars, (box.x0, box.top, box.x1, box.bottom))
            leaked = _text_of(plumber_page, hidden) if hidden else ""
            found.append(dataclasses.replace(box, leaked_text=leaked))
    found = [b for b in found if b.page_share > 0]
    if found:
        bars = axis_bars(found, drawn_lines(plumber_page))
        found = [b for b in found if id(b) not in bars]  # the bars of a chart beside its axis
    full = [b for b in found if b.withheld_in_full]
    yield from dedupe(full[:1] if full else found)  # a blacked-out page is one withholding, not its pieces


def _judge(
    box: tuple[float, float, float, float],
    origin: str,
    chars: list[dict[str, Any]],
    plumber_page: Any,
    page: Page,
    area: float,
) -> Box:
    """A dark box on a text-layer page: a redaction (with its label or leaked text), or a decoy (share 0)."""
    inside = chars_in(chars, box)
    light = [c for c in inside if luminance(c.get("non_stroking_color")) > LIGHT_TEXT]
    hidden = [c for c in inside if c not in light]
    label = _text_of(plumber_page, light) if light else ""
    code = _first(find_codes(label, beside_redaction=True)) if label else None
    if light and code is None and not any(word in label.lower() for word in LABEL_WORDS):
        return Box(page.number, *box, 0.0, origin)  # visible text on a dark fill: a heading, not a redaction
    leaked = _text_of(plumber_page, hidden) if hidden else ""
    overlay = stamp_code(leaked) if leaked else None
    if overlay is not None:  # a stamp in a dark colour (red or black overlay text): the code, nothing leaked
        code, leaked = code or overlay, ""
    on_box = code is not None
    if code is None:
        code = _code_beside(plumber_page, box)
    return Box(page.number, *box, share(box, area), origin, code, leaked, code_on_box=on_box)


def _code_beside(plumber_page: Any, box: tuple[float, float, float, float]) -> CodeMatch | None:
    """The code printed nearest the box: on its own line first, then the closest line above or below."""
    x0, top, x1, bottom = box
    pad_y = max(4.0, (bottom - top) * 0.6)
    words = [
        w
        for w in plumber_page.extract_words()
        if w["x1"] >= x0 - NEAR
        and w["x0"] <= x1 + NEAR
        and w["bottom"] >= top - pad_y
        and w["top"] <= bottom + pad_y
        and not (w["x0"] >= x0 and w["x1"] <= x1 and w["top"] >= top and w["bottom"] <= bottom)
    ]
    lines: dict[int, list[dict[str, Any]]] = {}
    for word in words:
        lines.setdefault(round((word["top"] + word["bottom"]) / 2), []).append(word)
    centre = (top + bottom) / 2
    for middle in sorted(lines, key=lambda m: (abs(m - centre), m)):
        line = sorted(lines[middle], key=lambda w: w["x0"])
        code = _first(find_codes(" ".join(w["text"] for w in line), beside_redaction=True))
        if code is not None:
            return code
    return None


# ---- scanned pages and images --------------------------------------------------------------------------


def _scanned_boxes(pdf: Any, page: Page, gray: np.ndarray, settings: Settings, budget: list[int]) -> Iterator[Box]:
    scale = RENDER_DPI / 72
    area = gray.shape[0] * gray.shape[1] / (scale * scale)
    blocks, full = _blocks_of(gray)
    crop_source: Image.Image | None = None
    beside = bool(find_codes(page.text, beside_redaction=True))  # no code anywhere on the page: none beside a box
    for block in blocks:
        box = (block.x0 / scale, block.y0 / scale, block.x1 / scale, block.y1 / scale)
        code = None
        label_inside = block.light_inside > LABEL_LIGHT
        if budget[0] > 0 and (beside or label_inside):
            budget[0] -= 1
            if crop_source is None:
                crop_source = Image.fromarray(_render(pdf, page.number, CROP_OCR_DPI))
            code, heading = _ocr_code(crop_source, box, CROP_OCR_DPI / 72, label_inside, beside, settings)
            if heading:
                continue  # light words on a dark fill that are no code or label: a heading or a table header
        colour = grey_of(gray[block.y0 : block.y1, block.x0 : block.x1])
        yield Box(page.number, *box, share(box, area), "pixels", code, withheld_in_full=full, colour=colour)


def _blocks_of(gray: np.ndarray) -> tuple[list[PixelBox], bool]:
    """The redaction blocks of a rendered page, or its one full-page fill (True) when it is withheld in full."""
    full = full_page_fill(gray, RENDER_DPI)
    return ([full], True) if full is not None else (dark_blocks(gray, RENDER_DPI), False)


def _image_boxes(document: Document, settings: Settings) -> Iterator[Box]:
    budget = [MAX_CROP_OCR]
    with Image.open(document.source.path) as image:
        for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
            gray_image = frame.convert("L")
            if max(gray_image.size) < MIN_PAGE_PIXELS:
                continue  # an icon, a logo or a signature image, not a scanned page
            # an image's dpi is rarely known: treat its longer side as 11 inches, the usual scanned page
            dpi = max(gray_image.size) / 11.0
            factor = RENDER_DPI / dpi
            small = gray_image.resize(
                (max(1, round(gray_image.width * factor)), max(1, round(gray_image.height * factor)))
            )
            area = float(gray_image.width * gray_image.height)
            page_text = document.pages[number - 1].text if number <= len(document.pages) else ""
            beside = bool(find_codes(page_text, beside_redaction=True))
            pixels = np.asarray(small)
            blocks, full = _blocks_of(pixels)
            for block in blocks:
                box = (block.x0 / factor, block.y0 / factor, block.x1 / factor, block.y1 / factor)
                code = None
                label_inside = block.light_inside > LABEL_LIGHT
                if budget[0] > 0 and (beside or label_inside):
                    budget[0] -= 1
                    code, heading = _ocr_code(gray_image, box, 1.0, label_inside, beside, settings)
                    if heading:
                        continue  # a heading or a table header: light words that are no code or label
                colour = grey_of(pixels[block.y0 : block.y1, block.x0 : block.x1])
                yield Box(number, *box, share(box, area), "pixels", code, withheld_in_full=full, colour=colour)


def _ocr_code(
    image: Image.Image,
    box: tuple[float, float, float, float],
    scale: float,
    label_inside: bool,
    beside: bool,
    settings: Settings,
) -> tuple[CodeMatch | None, bool]:
    """Read the code printed beside (`beside`: the page's OCR saw a code somewhere) or, white on black, inside a
    scanned box with OCR of a small crop; and whether the light text inside is words that are no code or
    redaction label (True: a heading or a table header on a dark fill, not a redaction)."""
    import pytesseract

    x0, top, x1, bottom = (v * scale for v in box)
    pad_x, pad_y = NEAR * scale * 2, max(18 * scale, (bottom - top) * 1.2)
    crops: list[Image.Image] = []
    if beside:
        area = (
            max(0, x0 - pad_x),
            max(0, top - pad_y),
            min(image.width, x1 + pad_x),
            min(image.height, bottom + pad_y),
        )
        crops.append(image.crop(area))
    if label_inside:
        crops.insert(0, ImageOps.invert(image.crop((x0, top, x1, bottom)).convert("L")))
    heading = False
    for index, crop in enumerate(crops):
        try:
            text = pytesseract.image_to_string(crop, lang=settings.lang, config="--psm 6", timeout=15)
        except (RuntimeError, pytesseract.TesseractError, OSError):
            continue
        code = _first(find_codes(text, beside_redaction=True))
        if code is not None:
            return code, False
        if label_inside and index == 0:
            heading = _is_heading(text)
    return None, heading


def _is_heading(text: str) -> bool:
    """Light text read inside a dark box holds words (two of three letters or more: a speck or a stroke read as
    letters makes one at most) and no redaction label word."""
    words = re.findall(r"[A-Za-z]{3,}", text)
    return len(words) >= 2 and not any(word in text.lower() for word in LABEL_WORDS)


# ---- helpers -------------------------------------------------------------------------------------------


def _render(pdf: Any, number: int, dpi: int) -> np.ndarray:
    page = pdf[number - 1]
    try:
        return render_page(page, dpi)
    finally:
        page.close()


def _img_box(image: dict[str, Any]) -> tuple[float, float, float, float]:
    return float(image["x0"]), float(image["top"]), float(image["x1"]), float(image["bottom"])


def _text_of(plumber_page: Any, chars: list[dict[str, Any]]) -> str:
    ids = {id(c) for c in chars}
    subset = plumber_page.filter(lambda obj: obj.get("object_type") == "char" and id(obj) in ids)
    return " ".join(subset.extract_text().split())


def _first(codes: list[CodeMatch]) -> CodeMatch | None:
    return codes[0] if codes else None
