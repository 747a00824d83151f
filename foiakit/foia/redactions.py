"""Redaction boxes → `redaction` findings (post-ingest step): one per box, with its bounding box, share of the
page, the exemption code printed on or next to it, and any text still present beneath it (a bad redaction).

Text-layer pages: filled dark rectangles and paths (pdfplumber rects and curves) and solid dark images. A box
with light text on it is a heading or table-header fill unless that text is a code or a redaction label;
hairline-thin bars are rules; light fills (highlights, white boxes) are not dark. Scanned pages and images:
solid dark blocks in the page rendered at a low resolution (`foiakit.foia.pixels`); the code beside a block is
read by OCR of a small crop around it (and of the block itself, inverted, for white labels). A block or image
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
import math
from collections.abc import Iterator
from typing import Any

import numpy as np
from PIL import Image, ImageOps, ImageSequence

from foiakit.foia.boxes import Box, box_findings, chars_in, dedupe, share
from foiakit.foia.colours import grey_of, hex_colour, luminance
from foiakit.foia.exemptions import CodeMatch, find_codes, stamp_code
from foiakit.foia.graphics import without_graphics
from foiakit.foia.pixels import FULL_PAGE_SHARE, PixelBox, dark_blocks, full_page_fill, uniform_fill
from foiakit.foia.stamped import MAX_BLANK_FILL, MAX_STAMPED_FILL, LightFill, stamped_boxes
from foiakit.model import IMAGE_TYPES, Document, FileType, IngestError, Page, Settings

log = logging.getLogger(__name__)

RENDER_DPI = 100  # scanned pages: boxes are found at this resolution
CROP_OCR_DPI = 200  # the code beside a scanned box is read at this one
MIN_PAGE_PIXELS = 800  # image files: the longer side of a scanned page (about 75 dpi and up)
MAX_CROP_OCR = 40  # per document: a page full of boxes must not cost minutes
DARK_FILL = 0.3  # luminance (0..1) at or below which a vector fill is a redaction colour
LIGHT_TEXT = 0.6  # luminance above which text drawn on a dark box is visible (a label, a heading)
MIN_WIDTH, MIN_HEIGHT = 8.0, 5.5  # points: smaller is a rule, a bullet or a border
MAX_ASPECT = 60.0
MAX_PAGE_SHARE = 0.45
LABEL_LIGHT = 0.005  # share of light pixels inside a scanned box above which it may carry a white label
NEAR = 24.0  # points: a code this close to a box belongs to it
LABEL_WORDS = ("redact", "withheld", "exempt", "privacy", "confidential")


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


def may_hold_a_box(pdf: Any, number: int) -> bool:
    """Whether a page draws a dark filled path or an image of a box's shape, read from PDFium's page objects in
    C: only such a page is handed to pdfplumber, whose parse of every character cost 23 of 31 seconds on the
    shared corpus's born-digital PDFs (table rules, light fills and logos no longer send a page there). A
    superset of what `_text_layer_boxes` judges: paths by their union's size only, colours with a margin; a grey or
    tinted fill only when PDFium reads nothing or only a stamp in it (`stamped_boxes` takes no fill holding words).

    The objects are read with PDFium's own calls, not a Python object per page object (a text page holds
    hundreds of text objects, each of which was wrapped only to be skipped): a page that draws nothing costs its
    load and one call per object."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    page = pdf[number - 1]
    try:
        if pdfium_c.FPDFPage_CountObjects(page.raw) == 0:
            return False  # a blank page (or one whose content PDFium could not read): nothing is drawn
        width, height = page.get_size()
        area = max(width * height, 1.0)
        images: list[tuple[float, float, float, float]] = []
        textpage = None  # read only for a page with a grey or tinted fill
        left, bottom, right, top = (ctypes.c_float() for _ in range(4))
        corners = tuple(ctypes.byref(c) for c in (left, bottom, right, top))
        fill, stroke = ctypes.c_int(), ctypes.c_int()
        modes = ctypes.byref(fill), ctypes.byref(stroke)
        rgba = tuple(ctypes.c_uint() for _ in range(4))
        colour = tuple(ctypes.byref(c) for c in rgba)
        for obj, kind in _drawn_objects(page.raw):
            if not pdfium_c.FPDFPageObj_GetBounds(obj, *corners):
                raise pdfium.PdfiumError("Failed to locate pageobject.")
            x0, y0, x1, y1 = left.value, bottom.value, right.value, top.value
            if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                box = (x0, height - y1, x1, height - y0)
                if share(box, area) > 0.3:
                    return True  # a scan with a text layer: its boxes are in the picture
                if _box_shape_ok(box, area):
                    images.append(box)
                continue
            if x1 - x0 < MIN_WIDTH or y1 - y0 < MIN_HEIGHT - 1:
                continue  # a rule, a bullet or a border: judged before its colour, the calls most paths need
            if pdfium_c.FPDFPath_GetDrawMode(obj, *modes) and not fill.value:
                continue  # stroked only: a rule or a border
            known = pdfium_c.FPDFPageObj_GetFillColor(obj, *colour)
            shade = (0.299 * rgba[0].value + 0.587 * rgba[1].value + 0.114 * rgba[2].value) / 255 if known else 0.0
            if shade > MAX_STAMPED_FILL:
                continue
            if shade <= DARK_FILL + 0.1:
                return True  # a dark box
            textpage = textpage or page.get_textpage()  # grey and tinted fills: stamped or blank, not shading
            on_it = textpage.get_text_bounded(x0, y0, x1, y1).strip()
            if (not on_it and shade <= MAX_BLANK_FILL) or (on_it and stamp_code(on_it)):
                return True
        return bool(images) and _dark_image_on(page, images)
    finally:
        page.close()


MAX_FORM_DEPTH = 4  # levels of nested form XObjects whose objects are read (pypdfium2's `max_depth`)


def _drawn_objects(parent: Any, form: bool = False, level: int = 0) -> Iterator[tuple[Any, int]]:
    """The raw path and image objects of a page (or of a form XObject in it, nested up to MAX_FORM_DEPTH levels),
    with their type, in drawing order: PDFium's handles, no wrapper object made for any of them."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    count_objects = pdfium_c.FPDFFormObj_CountObjects if form else pdfium_c.FPDFPage_CountObjects
    get_object = pdfium_c.FPDFFormObj_GetObject if form else pdfium_c.FPDFPage_GetObject
    get_type = pdfium_c.FPDFPageObj_GetType
    path, image, form_kind = pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_FORM
    count = count_objects(parent)
    if count < 0:
        raise pdfium.PdfiumError("Failed to get number of pageobjects.")
    for index in range(count):
        obj = get_object(parent, index)
        if not obj:
            raise pdfium.PdfiumError("Failed to get pageobject.")
        kind = get_type(obj)
        if kind in (path, image):
            yield obj, kind
        elif kind == form_kind and level < MAX_FORM_DEPTH - 1:
            yield from _drawn_objects(obj, True, level + 1)


def _dark_image_on(page: Any, boxes: list[tuple[float, float, float, float]]) -> bool:
    """Whether one of a page's box-shaped images is drawn mostly dark, seen in the page rendered as
    `_text_layer_boxes` renders it: letterheads, logos and signatures (mostly light) then cost one small render,
    not pdfplumber's parse of the page (0.2 s each, and no box was ever found there). The crop is the one
    `_text_layer_boxes` takes; the dark share asked is well below its 0.9, a margin for bounds that PDFium and
    pdfplumber may round a pixel apart on a small box.

    Only each image's crop is rendered, on the whole page's pixel grid (pypdfium2 cuts whole pixels off each side
    and shifts the render by as many): a letterhead's logo no longer costs a whole page. PDFium clips glyph and
    image edges a little differently in a cropped render (a few pixels; on every page of the corpus and samples
    the dark share of a crop moved by 0.001 at most), well inside the margin below 0.9."""
    from foiakit.ingest.pdf import render_scale

    width, height = page.get_size()
    if render_scale(width, height, RENDER_DPI) < RENDER_DPI / 72:
        return False  # a poster-sized page: no box analysis (`_render_page` gives it one white pixel)
    scale = RENDER_DPI / 72
    full_width, full_height = math.ceil(width * scale), math.ceil(height * scale)
    crops = []  # the crops `_text_layer_boxes` takes, as numpy reads the slices on the whole render
    for x0, top, x1, bottom in boxes:
        row0, row1, _ = slice(int(top * scale), int(bottom * scale) + 1).indices(full_height)
        col0, col1, _ = slice(int(x0 * scale), int(x1 * scale) + 1).indices(full_width)
        if row1 > row0 and col1 > col0:
            crops.append((row0, row1, col0, col1))
    for row0, row1, col0, col1 in crops:
        # pypdfium2 crops each side (left, bottom, right, top) by whole pixels, rounded up: half a pixel less
        cut = tuple(
            (pixels - 0.5) / scale if pixels > 0 else 0.0
            for pixels in (col0, full_height - row1, full_width - col1, row0)
        )
        crop = np.asarray(page.render(scale=scale, grayscale=True, crop=cut).to_pil().convert("L"))
        if crop.shape != (row1 - row0, col1 - col0):  # a rounding this does not foresee: the whole page's crop
            crop = _render_page(page, RENDER_DPI)[row0:row1, col0:col1]
        if crop.size and float((crop < 96).mean()) >= 0.5:
            return True
    return False


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
        if _box_shape_ok(box, area):
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
            return _box_shape_ok(box, area)

        found.extend(stamped_boxes(light, chars, words, text_of, shape_ok, page, area))
    images = [i for i in plumber_page.images if _box_shape_ok(_img_box(i), area)]
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
            code = _ocr_code(crop_source, box, CROP_OCR_DPI / 72, label_inside, beside, settings)
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
                    code = _ocr_code(gray_image, box, 1.0, label_inside, beside, settings)
                colour = grey_of(pixels[block.y0 : block.y1, block.x0 : block.x1])
                yield Box(number, *box, share(box, area), "pixels", code, withheld_in_full=full, colour=colour)


def _ocr_code(
    image: Image.Image,
    box: tuple[float, float, float, float],
    scale: float,
    label_inside: bool,
    beside: bool,
    settings: Settings,
) -> CodeMatch | None:
    """Read the code printed beside (`beside`: the page's OCR saw a code somewhere) or, white on black, inside a
    scanned box with OCR of a small crop."""
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
    for crop in crops:
        try:
            text = pytesseract.image_to_string(crop, lang=settings.lang, config="--psm 6", timeout=15)
        except (RuntimeError, pytesseract.TesseractError, OSError):
            continue
        code = _first(find_codes(text, beside_redaction=True))
        if code is not None:
            return code
    return None


# ---- helpers -------------------------------------------------------------------------------------------


def _render(pdf: Any, number: int, dpi: int) -> np.ndarray:
    page = pdf[number - 1]
    try:
        return _render_page(page, dpi)
    finally:
        page.close()


def _render_page(page: Any, dpi: int) -> np.ndarray:
    from foiakit.ingest.pdf import render_scale

    width, height = page.get_size()
    if render_scale(width, height, dpi) < dpi / 72:
        return np.full((1, 1), 255, dtype=np.uint8)  # a poster-sized page: no box analysis, never gigabytes
    return np.asarray(page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L"))


def _img_box(image: dict[str, Any]) -> tuple[float, float, float, float]:
    return float(image["x0"]), float(image["top"]), float(image["x1"]), float(image["bottom"])


def _box_shape_ok(box: tuple[float, float, float, float], area: float) -> bool:
    w, h = box[2] - box[0], box[3] - box[1]
    if w < MIN_WIDTH or h < MIN_HEIGHT or w / h > MAX_ASPECT or h / w > MAX_ASPECT:
        return False
    return share(box, area) <= MAX_PAGE_SHARE


def _text_of(plumber_page: Any, chars: list[dict[str, Any]]) -> str:
    ids = {id(c) for c in chars}
    subset = plumber_page.filter(lambda obj: obj.get("object_type") == "char" and id(obj) in ids)
    return " ".join(subset.extract_text().split())


def _first(codes: list[CodeMatch]) -> CodeMatch | None:
    return codes[0] if codes else None
