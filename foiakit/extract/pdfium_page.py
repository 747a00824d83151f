"""A price-table page described by PDFium (in C, a few milliseconds) for pdfplumber's own table reading, instead of
pdfminer's parse (0.15-0.3 s a table page in Python).

pdfplumber's `TableFinder`, `Table.extract` and `extract_words` look at a page only through its characters, its
drawn edges (from lines, rectangles and curves), its bbox and its size; `PdfiumPage` gives them those, built the
way pdfminer and pdfplumber 0.11 build them:

- a character's box runs from its origin over its advance (the font's width × size × horizontal scale) and from
  the font's descent below the baseline to one font size above that (pdfminer's `LTChar`); PDFium's origins and
  sizes are pdfminer's (`table_pages` compared them), the advance is the font's width of the character, the
  descent the font descriptor's, or for a font named as a standard one the Adobe metrics pdfminer itself ships and
  prefers; a space PDFium generated in place of one it dropped is kept (it parts words, as the dropped one did);
- each subpath of a path object becomes a line ("ml", "mlh"), a rectangle (an axis-aligned closed "mllll") or a
  curve of its segment end points, as `pdfminer.converter.PDFLayoutAnalyzer.paint_path` makes them, in page
  coordinates (the path's matrix and those of the forms it sits in).

Where they differ: PDFium drops padding spaces that overlap a figure (pdfminer's cut "10,353,732.00" into "1"
and "0,353,732.00", and a register row was lost), keeps one copy of overprinted ("fake bold") characters where
pdfminer keeps both (a label's left edge moves by the 0.02-0.08 pt between them), and keeps font widths and
descents in whole thousandths of the font size (a font with fractional widths drifts by up to 0.1 pt along a
line). `tools/compare_table_pages.py` counts the pages where the items differ.
`pdfium_page` returns None for a page it cannot describe as pdfminer would (a rotated page, a turned or mirrored
character, a Type3 font, a character PDFium cannot measure): pdfplumber reads that page, as before.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from typing import Any

from pdfplumber.container import Container
from pdfplumber.table import TableSettings
from pdfplumber.utils import extract_words

from foiakit.extract.pdfium_fonts import Fonts, Undescribed
from foiakit.extract.table_finder import GridFinder
from foiakit.extract.table_pages import SharedTextPage

Point = tuple[float, float]
Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


class PdfiumPage(Container):
    """The part of a pdfplumber `Page` its table reading uses, made from PDFium (see the module's docstring)."""

    cached_properties = Container.cached_properties

    def __init__(self, objects: dict[str, list[dict[str, Any]]], bbox: tuple[float, float, float, float]) -> None:
        self._page_objects = objects
        self.bbox = bbox  # pdfplumber's: the MediaBox, top-down
        self.width, self.height = bbox[2] - bbox[0], bbox[3] - bbox[1]
        self._words: dict[str, list[dict[str, Any]]] = {}

    @property
    def objects(self) -> dict[str, list[dict[str, Any]]]:
        return self._page_objects

    def find_tables(self, table_settings: dict[str, Any] | None = None) -> list[Any]:
        return GridFinder(self, TableSettings.resolve(table_settings)).tables

    def extract_words(self, **kwargs: Any) -> list[dict[str, Any]]:
        # the finder's text strategy and the text tables ask for the same words (pdfplumber's default tolerances)
        key = repr(sorted({"x_tolerance": 3, "y_tolerance": 3, **kwargs}.items()))
        if key not in self._words:
            self._words[key] = extract_words(self.chars, **kwargs)
        return list(self._words[key])

    def close(self) -> None:
        self._words.clear()
        self.flush_cache()


def pdfium_page(pdf: Any, number: int) -> PdfiumPage | None:
    """Page `number` (1-based) of an open PDFium document as a `PdfiumPage`, or None when pdfplumber must read it."""
    described = page_or_reason(pdf, number)
    return described if isinstance(described, PdfiumPage) else None


def page_or_reason(pdf: Any, number: int) -> PdfiumPage | str:
    """`pdfium_page`, or why the page is left to pdfplumber (for `tools/compare_table_pages.py`)."""
    try:
        page = pdf[number - 1]
    except Exception as error:  # a damaged page: pdfplumber decides
        return f"PDFium cannot load it ({error})"
    text = SharedTextPage(page)
    try:
        return loaded_page_or_reason(page, text)
    finally:
        text.close()
        page.close()


def loaded_page_or_reason(page: Any, text: SharedTextPage) -> PdfiumPage | str:
    """`page_or_reason` of a loaded page, its text page taken from `text` (shared with the table test)."""
    import pypdfium2.raw as pdfium_c

    try:
        return _described(page, text, pdfium_c)
    except Undescribed as why:
        return str(why)
    except Exception as error:  # whatever PDFium cannot tell, pdfplumber is asked
        return f"PDFium failed ({type(error).__name__})"


def _described(page: Any, text: SharedTextPage, pdfium_c: Any) -> PdfiumPage:
    if page.get_rotation():
        raise Undescribed("rotated page")
    left, bottom, right, top = page.get_mediabox()
    height = top - bottom
    chars = list(_chars(text.get().raw, pdfium_c, height))
    objects: dict[str, list[dict[str, Any]]] = {"char": chars, "line": [], "rect": [], "curve": []}
    for kind, shape in _shapes(page.raw, pdfium_c, height, (left, bottom)):
        objects[kind].append(shape)
    return PdfiumPage(objects, (left, -bottom, right, height - bottom))


def _chars(raw: Any, pdfium_c: Any, height: float) -> Iterator[dict[str, Any]]:
    """The page's characters as pdfplumber's dicts. A space PDFium generated stands where the text had one it
    dropped (a text object's trailing space): for words a space only parts them, so it is kept, on the line of
    the character before it. Font facts are read once per text object, widths once per font and character."""
    count = pdfium_c.FPDFText_CountChars(raw)
    text = _text(raw, pdfium_c, count)
    fonts = Fonts(pdfium_c)
    x, y = ctypes.c_double(), ctypes.c_double()
    matrix = pdfium_c.FS_MATRIX()
    width = ctypes.c_float()
    # the calls and their out-parameters bound once: a table page has thousands of characters, each read in ctypes;
    # the out-parameters are passed as they are (ctypes passes them by reference itself, a third faster per call
    # than a prepared byref(): 0.50 against 0.73 us for an origin)
    width_ref = ctypes.byref(width)
    thousand = ctypes.c_float(1000.0)
    is_hyphen, is_generated = pdfium_c.FPDFText_IsHyphen, pdfium_c.FPDFText_IsGenerated
    get_origin, get_matrix = pdfium_c.FPDFText_GetCharOrigin, pdfium_c.FPDFText_GetMatrix
    get_textobj, glyph_width = pdfium_c.FPDFText_GetTextObject, pdfium_c.FPDFFont_GetGlyphWidth
    address_of = ctypes.c_void_p.from_buffer  # a handle's address (ctypes.cast costs twice as much)
    styles: dict[int, tuple[Any, int, str, float, float]] = {}  # text object: font, its address, name, size, descent
    widths: dict[tuple[int, int], float] = {}  # (font, character): advance at size 1
    previous: dict[str, Any] | None = None
    for i in range(count):
        code = ord(text[i])
        if code in (0x2, 0xFFFE) and is_hyphen(raw, i):
            code = 45  # "-": PDFium's mark for a hyphen that ends a line (one by character, the other in text)
        if not get_origin(raw, i, x, y):
            raise Undescribed("no origin")
        if is_generated(raw, i):
            if code == 0x20 and previous is not None:
                yield {**previous, "text": " ", "x0": x.value, "x1": x.value, "width": 0.0}
            continue
        if not get_matrix(raw, i, matrix):
            raise Undescribed("no matrix")
        a, d = matrix.a, matrix.d
        if matrix.b or matrix.c or a <= 0 or d <= 0:
            raise Undescribed("a turned or mirrored character")
        textobj = get_textobj(raw, i)
        key = address_of(textobj).value or 0
        if key not in styles:
            font = pdfium_c.FPDFTextObj_GetFont(textobj)
            face = address_of(font).value or 0
            styles[key] = (font, face, fonts.name(font), pdfium_c.FPDFText_GetFontSize(raw, i), fonts.descent(font))
        font, face, fontname, size, descent = styles[key]
        advance = widths.get((face, code))
        if advance is None:
            if not glyph_width(font, code, thousand, width_ref):
                raise Undescribed("no advance")
            advance = widths[face, code] = width.value / 1000
        x0 = x.value
        x1 = x0 + advance * size * a
        y0 = y.value + descent * size * d
        y1 = y0 + size * d
        top, bottom = height - y1, height - y0
        previous = {
            "text": chr(code),
            "fontname": fontname,
            "x0": x0,
            "x1": x1,
            "y0": y0,
            "y1": y1,
            "top": top,
            "bottom": bottom,
            "doctop": top,
            "width": x1 - x0,
            "height": y1 - y0,
            "size": y1 - y0,
            "upright": True,
            "object_type": "char",
        }
        yield previous


def _text(raw: Any, pdfium_c: Any, count: int) -> str:
    """The text page's characters, one string character each (read in one call; a character beyond the Basic
    Multilingual Plane takes two UTF-16 units, then each is read on its own)."""
    buffer = (ctypes.c_ushort * (count + 1))()
    written = pdfium_c.FPDFText_GetText(raw, 0, count, buffer)
    text = bytes(buffer)[: 2 * max(written - 1, 0)].decode("utf-16-le", "replace")
    if len(text) == count:
        return text
    return "".join(chr(pdfium_c.FPDFText_GetUnicode(raw, i)) for i in range(count))


def _shapes(raw_page: Any, pdfium_c: Any, height: float, origin: Point) -> Iterator[tuple[str, dict[str, Any]]]:
    for path, matrix in _objects(raw_page, pdfium_c, pdfium_c.FPDF_PAGEOBJ_PATH):
        fill, stroke = ctypes.c_int(), ctypes.c_int()
        if not pdfium_c.FPDFPath_GetDrawMode(path, ctypes.byref(fill), ctypes.byref(stroke)):
            raise Undescribed("no draw mode")
        for shape, points in _subpaths(path, matrix, pdfium_c):
            for kind, drawn in _painted(shape, points, height, origin):
                drawn["fill"], drawn["stroke"] = bool(fill.value), bool(stroke.value)
                yield kind, drawn


def _objects(raw_page: Any, pdfium_c: Any, wanted: int) -> Iterator[tuple[Any, Matrix]]:
    """Every object of type `wanted` on the page and in the forms on it, with the matrix from the space it is
    drawn in to the page's."""

    def walk(count: int, get: Any, outer: Matrix, depth: int) -> Iterator[tuple[Any, Matrix]]:
        for i in range(count):
            obj = get(i)
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == wanted:
                yield obj, outer
            elif kind == pdfium_c.FPDF_PAGEOBJ_FORM:
                if depth > 15:
                    raise Undescribed("forms nested too deep")
                inner = _matrix_of(obj, pdfium_c)
                yield from walk(
                    pdfium_c.FPDFFormObj_CountObjects(obj),
                    lambda j, form=obj: pdfium_c.FPDFFormObj_GetObject(form, j),
                    _multiply(inner, outer),
                    depth + 1,
                )

    return walk(
        pdfium_c.FPDFPage_CountObjects(raw_page), lambda j: pdfium_c.FPDFPage_GetObject(raw_page, j), IDENTITY, 0
    )


def _matrix_of(obj: Any, pdfium_c: Any) -> Matrix:
    m = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(m)):
        raise Undescribed("no matrix")
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _multiply(first: Matrix, then: Matrix) -> Matrix:
    """The matrix applying `first`, then `then` (PDF's row-vector convention)."""
    a, b, c, d, e, f = first
    a2, b2, c2, d2, e2, f2 = then
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def _apply(m: Matrix, x: float, y: float) -> Point:
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


def _subpaths(path: Any, outer: Matrix, pdfium_c: Any) -> Iterator[tuple[str, list[Point]]]:
    """A path object's subpaths as pdfminer's `paint_path` sees them: the operator letters ("m", "l", "c", "h")
    and each one's end point in page space ("h" ends at its subpath's start)."""
    matrix = _multiply(_matrix_of(path, pdfium_c), outer)
    shape, points = "", []
    x, y = ctypes.c_float(), ctypes.c_float()
    bezier = 0
    for i in range(pdfium_c.FPDFPath_CountSegments(path)):
        segment = pdfium_c.FPDFPath_GetPathSegment(path, i)
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        if not pdfium_c.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y)):
            raise Undescribed("no point")
        point = _apply(matrix, x.value, y.value)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            if shape:
                yield shape, points
            shape, points, bezier = "m", [point], 0
            continue
        if kind == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            bezier += 1
            if bezier % 3:
                continue  # a control point: pdfminer keeps only a curve's end point
            shape += "c"
        elif kind == pdfium_c.FPDF_SEGMENT_LINETO:
            shape += "l"
        else:
            raise Undescribed("an unknown path segment")
        if not shape.startswith("m"):
            raise Undescribed("a path not begun by a move")
        points.append(point)
        if pdfium_c.FPDFPathSegment_GetClose(segment):
            shape += "h"
            points.append(points[0])
    if shape:
        yield shape, points


def _painted(shape: str, points: list[Point], height: float, origin: Point) -> Iterator[tuple[str, dict[str, Any]]]:
    """pdfminer's `paint_path` on one subpath: a line, a rectangle or a curve, as pdfplumber's dict (a lone move
    draws nothing)."""
    if len(shape) < 2:
        return
    if len(shape) > 3 and shape.endswith("lh") and points[-2] == points[0]:
        shape, points = shape[:-2] + "h", points[:-2] + points[-1:]
    if shape in {"mlh", "ml"}:
        yield "line", _box("line", points[:2], height, origin)
    elif shape in {"mlllh", "mllll"}:
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = points
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
        if points[0] == points[4] and square:
            yield "rect", _box("rect", [points[0], points[2]], height, origin)
        else:
            yield "curve", _box("curve", points, height, origin)
    else:
        yield "curve", _box("curve", points, height, origin)


def _box(kind: str, points: list[Point], height: float, origin: Point) -> dict[str, Any]:
    """pdfplumber's dict of a line, rectangle or curve. Its box is in page space turned top-down, but a curve's
    points are pdfminer's (moved by the MediaBox's origin) turned top-down: pdfplumber's own arithmetic."""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    shape: dict[str, Any] = {
        "object_type": kind,
        "x0": x0,
        "x1": x1,
        "y0": y0,
        "y1": y1,
        "top": height - y1,
        "bottom": height - y0,
        "doctop": height - y1,
        "width": x1 - x0,
        "height": y1 - y0,
    }
    if kind == "curve":
        shape["pts"] = [(x - origin[0], height - (y - origin[1])) for x, y in points]
    return shape
