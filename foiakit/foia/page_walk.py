"""Which pages of a text-layer PDF may hold a redaction box, from PDFium's page objects read in C (the redaction
stage's pre-filter): only those pages are parsed by pdfplumber (`foiakit.foia.redactions`), whose parse of every
character cost 23 of 31 seconds on the shared corpus's born-digital PDFs. Also the box-shape test and the page
render both share."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import numpy as np

from foiakit.foia.boxes import share
from foiakit.foia.exemptions import stamp_code
from foiakit.foia.stamped import MAX_BLANK_FILL, MAX_STAMPED_FILL

RENDER_DPI = 100  # scanned pages: boxes are found at this resolution
DARK_FILL = 0.3  # luminance (0..1) at or below which a vector fill is a redaction colour
MIN_WIDTH, MIN_HEIGHT = 8.0, 5.5  # points: smaller is a rule, a bullet or a border
MAX_ASPECT = 60.0
MAX_PAGE_SHARE = 0.45


def may_hold_a_box(pdf: Any, number: int) -> bool:
    """Whether a page draws a dark filled path or an image of a box's shape, read from PDFium's page objects in
    C: only such a page is handed to pdfplumber, whose parse of every character cost 23 of 31 seconds on the
    shared corpus's born-digital PDFs (table rules, light fills and logos no longer send a page there). A
    superset of what `redactions._text_layer_boxes` judges: paths by their union's size only, colours with a
    margin; a grey or tinted fill only when PDFium reads nothing or only a stamp in it (`stamped_boxes` takes no
    fill holding words).

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
        for obj, kind in drawn_objects(page.raw):
            if not pdfium_c.FPDFPageObj_GetBounds(obj, *corners):
                raise pdfium.PdfiumError("Failed to locate pageobject.")
            x0, y0, x1, y1 = left.value, bottom.value, right.value, top.value
            if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                box = (x0, height - y1, x1, height - y0)
                if share(box, area) > 0.3:
                    return True  # a scan with a text layer: its boxes are in the picture
                if box_shape_ok(box, area):
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
        return bool(images) and dark_image_on(page, images)
    finally:
        page.close()


MAX_FORM_DEPTH = 4  # levels of nested form XObjects whose objects are read (pypdfium2's `max_depth`)


def drawn_objects(parent: Any, form: bool = False, level: int = 0) -> Iterator[tuple[Any, int]]:
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
            yield from drawn_objects(obj, True, level + 1)


def dark_image_on(page: Any, boxes: list[tuple[float, float, float, float]]) -> bool:
    """Whether one of a page's box-shaped images is drawn mostly dark, seen in the page rendered as
    `redactions._text_layer_boxes` renders it: letterheads, logos and signatures (mostly light) then cost one
    small render, not pdfplumber's parse of the page (0.2 s each, and no box was ever found there). The crop is
    the one `redactions._text_layer_boxes` takes; the dark share asked is well below its 0.9, a margin for bounds
    that PDFium and pdfplumber may round a pixel apart on a small box.

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
    crops = []  # the crops `redactions._text_layer_boxes` takes, as numpy reads the slices on the whole render
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
            crop = render_page(page, RENDER_DPI)[row0:row1, col0:col1]
        if crop.size and float((crop < 96).mean()) >= 0.5:
            return True
    return False


def box_shape_ok(box: tuple[float, float, float, float], area: float) -> bool:
    w, h = box[2] - box[0], box[3] - box[1]
    if w < MIN_WIDTH or h < MIN_HEIGHT or w / h > MAX_ASPECT or h / w > MAX_ASPECT:
        return False
    return share(box, area) <= MAX_PAGE_SHARE


def render_page(page: Any, dpi: int) -> np.ndarray:
    from foiakit.ingest.pdf import render_scale

    width, height = page.get_size()
    if render_scale(width, height, dpi) < dpi / 72:
        return np.full((1, 1), 255, dtype=np.uint8)  # a poster-sized page: no box analysis, never gigabytes
    return np.asarray(page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L"))
