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
    margin; a grey or tinted fill only when PDFium reads only a stamp in it, or nothing in it and it is not an
    empty cell of a labelled row of its colour (`stamped_boxes` takes no fill holding words, `blanks_are_shading`).

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
        blank_colours: set[tuple[int, ...]] = set()  # grey fills holding nothing: judged once the page is read
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
            if on_it and stamp_code(on_it):
                return True
            if not on_it and shade <= MAX_BLANK_FILL:
                blank_colours.add(tuple(c.value for c in rgba))
        if blank_colours and not blanks_are_shading(page.raw, textpage, blank_colours):
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


COLOUR_SLACK = 2  # channel steps (0..255): a fill this near a blank's colour may be the same colour to pdfminer
EDGE_SLACK = 0.05  # points: the joins must come out the same with the pieces this much nearer and farther apart
# A character is on a fill when its whole loose box (PDFium's: origin to advance, descent to ascent) is inside:
# pdfminer's centre of that character, which `boxes.chars_in` asks for, then is too (on the 75,761 characters of the
# corpus's and the samples' text-layer pages, pdfminer's centre lay 0.7 pt or more inside PDFium's loose box).
MIN_WORD = 4  # letters of an ordinary word that tells a fill holding words from a stamp


def blanks_are_shading(raw_page: Any, textpage: Any, colours: set[tuple[int, ...]]) -> bool:
    """Whether each grey fill of the `colours` that holds no text is, in `stamped.stamped_boxes`, one piece of a
    joined fill holding ordinary words (a shaded table row whose empty cells touch its labelled ones): then no
    blank redaction of those colours can be found, and pdfplumber need not parse the page (0.2 s for a contract's
    table with shaded header cells). Judged as `stamped_boxes` judges it: every filled piece of those colours,
    joined where pieces touch, each joined fill's characters. False (pdfplumber decides, as before) whenever
    pdfminer might see a fact otherwise: a fill of a nearly equal colour, a join that a twentieth of a point
    changes, a path pdfminer would split or call a line, a transformed or nested piece, a joined fill whose words
    are not inside it or could be a stamp's."""
    pieces = _pieces(raw_page, colours)
    if not pieces:
        return False
    nearer, farther = _joined(pieces, EDGE_SLACK), _joined(pieces, -EDGE_SLACK)
    if sorted(nearer) != sorted(farther):
        return False
    boxes = [box for box, _ in nearer]
    worded = _boxes_with_words(textpage, boxes)
    return all(worded)


def _pieces(raw_page: Any, colours: set[tuple[int, ...]]) -> list[tuple[tuple[float, ...], tuple[int, ...]]] | None:
    """(bounds, colour) of every filled path of the `colours` on the page; None when one cannot be judged alike
    by PDFium and pdfminer (see `blanks_are_shading`)."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    corners = tuple(ctypes.byref(c) for c in (left, bottom, right, top))
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    rgba = tuple(ctypes.c_uint() for _ in range(4))
    colour = tuple(ctypes.byref(c) for c in rgba)
    matrix = pdfium_c.FS_MATRIX()

    def address(handle: Any) -> int:
        return ctypes.cast(handle, ctypes.c_void_p).value or 0

    count = pdfium_c.FPDFPage_CountObjects(raw_page)
    on_page = {address(pdfium_c.FPDFPage_GetObject(raw_page, i)) for i in range(max(count, 0))}
    pieces = []
    for obj, kind in drawn_objects(raw_page):
        if kind != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        if not pdfium_c.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke)) or not fill.value:
            continue
        if not pdfium_c.FPDFPageObj_GetFillColor(obj, *colour):
            return None
        this = tuple(c.value for c in rgba)
        if this not in colours:
            if any(all(abs(a - b) <= COLOUR_SLACK for a, b in zip(this, known, strict=True)) for known in colours):
                return None  # nearly the blank's colour: pdfminer's colours may call them one
            continue
        if stroke.value or not pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(matrix)) or matrix.b or matrix.c:
            return None  # a stroked or turned piece: PDFium's bounds are not pdfminer's
        if address(obj) not in on_page:
            return None  # a piece inside a form XObject, whose own matrix moves it too: not judged here
        segments = pdfium_c.FPDFPath_CountSegments(obj)
        moves = sum(
            pdfium_c.FPDFPathSegment_GetType(pdfium_c.FPDFPath_GetPathSegment(obj, i)) == pdfium_c.FPDF_SEGMENT_MOVETO
            for i in range(max(segments, 0))
        )
        if segments <= 2 or moves != 1:
            return None  # a line (not one of pdfplumber's shapes) or several pieces pdfminer parts
        if not pdfium_c.FPDFPageObj_GetBounds(obj, *corners):
            return None
        pieces.append(((left.value, bottom.value, right.value, top.value), this))
    return pieces


def _joined(
    pieces: list[tuple[tuple[float, ...], tuple[int, ...]]], slack: float
) -> list[tuple[tuple[float, ...], tuple[int, ...]]]:
    """Pieces of one colour that touch, joined as `stamped.joined` joins them (until no two touch), with the
    touching distance moved by `slack`."""
    from foiakit.foia.stamped import TOUCH

    boxes = list(pieces)
    merged = True
    while merged:
        merged = False
        for i, (a, colour_a) in enumerate(boxes):
            for j in range(i + 1, len(boxes)):
                b, colour_b = boxes[j]
                gap_x = max(a[0], b[0]) - min(a[2], b[2])
                gap_y = max(a[1], b[1]) - min(a[3], b[3])
                if (
                    colour_a == colour_b
                    and gap_x <= TOUCH + slack
                    and gap_y <= TOUCH + slack
                    and (gap_x < slack or gap_y < slack)
                ):
                    union = (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))
                    boxes = [p for k, p in enumerate(boxes) if k not in (i, j)] + [(union, colour_a)]
                    merged = True
                    break
            if merged:
                break
    return boxes


def _boxes_with_words(textpage: Any, boxes: list[tuple[float, ...]]) -> list[bool]:
    """For each box (PDF user space), whether an ordinary word lies inside it: MIN_WORD letters or more, each
    character's whole loose box inside, and not a word a stamp is made of (so pdfminer's characters there,
    whatever else they hold, read as words and not as a stamp)."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    from foiakit.foia.exemptions import find_codes

    raw = textpage.raw
    count = pdfium_c.FPDFText_CountChars(raw)
    text = "".join(chr(pdfium_c.FPDFText_GetUnicode(raw, i)) for i in range(count))
    rect = pdfium_c.FS_RECTF()
    found = [False] * len(boxes)
    word: list[int] = []  # the letters' box numbers, in reading order
    for i in [*range(count), count]:
        inside = -1
        if i < count and text[i].isalpha() and pdfium_c.FPDFText_GetLooseCharBox(raw, i, ctypes.byref(rect)):
            low, high = min(rect.bottom, rect.top), max(rect.bottom, rect.top)
            for n, (x0, y0, x1, y1) in enumerate(boxes):
                if x0 <= rect.left and rect.right <= x1 and y0 <= low and high <= y1:
                    inside = n
                    break
        if word and (inside < 0 or inside != word[0]):
            letters = text[i - len(word) : i]
            ordinary = stamp_code(f"{letters} (b)(6)") is None and not find_codes(letters, beside_redaction=True)
            if len(word) >= MIN_WORD and ordinary:
                found[word[0]] = True
            word = []
        if inside >= 0:
            word.append(inside)
    return found
