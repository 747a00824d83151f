"""Which text-layer pages pdfplumber must open for price tables, told from PDFium's characters and page objects
(in C, a few milliseconds a page) before pdfplumber's parse (0.1-0.2 s a page in Python).

The stored-text test (`line_items._header_line`: a line naming a description or payee column and a price or
total column) lets through prose such as "the Contractor and each subcontractor agrees to": pdfplumber then
parsed a page of running text to find no table. A header needs more than the words: its description label and
its price label are two cells, so on a text-aligned table two word groups of one line, which pdfplumber parts at a
gap wider than half the text height (`price_tables._groups`), and on a ruled table two cells, which need drawn
edges. A page is left unopened only when neither can be:

- it draws at most one path of at most one rectangle (four edges make at most one cell), and
- between every label word of the one kind and every label word of the other kind on a line, the words are
  typeset as running text: same font, size and baseline, every gap under 0.4 of the text height (pdfplumber parts
  groups at 0.5). PDFium's character origins and text heights are pdfminer's (compared on 126,000 characters of
  the corpus and samples: heights equal, origins within 0.04 pt); a character's right edge is the least of three
  estimates (the font's advance, the loose and the tight box: the advance alone differed by up to 1.6 pt on 61 of
  them), which keeps a measured gap from coming out smaller than pdfplumber's.

Anything else (a rotated page or character, another font or a character of another line in between, an
unknown advance) opens the page, as before: this only ever saves pdfplumber's parse of a page whose reading
would have found no header.
"""

from __future__ import annotations

import ctypes
import functools
import re
from collections.abc import Iterator
from typing import Any

from foiakit.extract.lexicon import words

JOIN_SHARE = 0.4  # of the text height: a gap under this is inside a group (pdfplumber parts groups at 0.5)
SAME_LINE = 6.5  # points between the tops of two words that may share one of pdfplumber's lines (3 pt each way)
_TOKEN = re.compile(r"[a-z0-9]+")


@functools.cache
def _label_tokens() -> tuple[frozenset[str], frozenset[str]]:
    """Every word of a description or payee label, and every word of a price or total label."""
    lexicon = words("line_items")

    def tokens(*kinds: str) -> frozenset[str]:
        return frozenset(t for kind in kinds for phrase in lexicon[kind] for t in _TOKEN.findall(phrase.lower()))

    return tokens("description", "payee"), tokens("unit_price", "total")


def may_hold_a_price_table(pdf: Any, number: int) -> bool:
    """Whether pdfplumber could read a price table's header on page `number` of an open PDFium document (see the
    module's docstring); True whenever that cannot be ruled out."""
    try:
        page = pdf[number - 1]
    except Exception:  # a damaged page: pdfplumber's reading decides, as before
        return True
    text = SharedTextPage(page)
    try:
        return page_may_hold_a_price_table(page, text)
    finally:
        text.close()
        page.close()


def page_may_hold_a_price_table(page: Any, text: SharedTextPage) -> bool:
    """`may_hold_a_price_table` of a loaded page, its text page taken from `text` (made there if not yet)."""
    import pypdfium2.raw as pdfium_c

    try:
        if page.get_rotation() or _may_draw_cells(page, pdfium_c):
            return True
        return _may_hold_a_header_line(text.get(), pdfium_c)
    except Exception:  # whatever PDFium cannot tell, pdfplumber is asked
        return True


class SharedTextPage:
    """A loaded page's PDFium text page, made on first use: the table test and the page's description
    (`pdfium_page`) read the same one, where each made its own (a text page costs 0.5-30 ms: PDFium reads every
    character's font and position), and the page is loaded once for both."""

    def __init__(self, page: Any) -> None:
        self._page = page
        self._textpage: Any = None

    def get(self) -> Any:
        if self._textpage is None:
            self._textpage = self._page.get_textpage()
        return self._textpage

    def close(self) -> None:
        if self._textpage is not None:
            self._textpage.close()
            self._textpage = None


def _may_draw_cells(page: Any, pdfium_c: Any) -> bool:
    """Whether the page's paths could make two cells: more than one path, or one of more than five straight
    segments (a rectangle is a move and four lines; pdfplumber makes edges of a curve's control points too)."""
    paths = []
    for path in _paths(page.raw, pdfium_c):
        paths.append(path)
        if len(paths) > 1:
            return True  # the rest of the page's objects need not be read
    if not paths:
        return False
    count = pdfium_c.FPDFPath_CountSegments(paths[0])
    if count > 5:
        return True
    kinds = {pdfium_c.FPDFPathSegment_GetType(pdfium_c.FPDFPath_GetPathSegment(paths[0], i)) for i in range(count)}
    return bool(kinds - {pdfium_c.FPDF_SEGMENT_MOVETO, pdfium_c.FPDF_SEGMENT_LINETO})


MAX_FORM_DEPTH = 8  # levels of nested form XObjects whose paths count (pypdfium2's `max_depth` as it was called)


def _paths(parent: Any, pdfium_c: Any, form: bool = False, level: int = 0) -> Iterator[Any]:
    """The raw path objects of a page (or of a form XObject in it), in drawing order, as pypdfium2's
    `get_objects(filter=(PATH,), max_depth=8)` gives them, without the Python object it made for every object of
    the page (hundreds of text objects on a page of prose, each wrapped only to be skipped)."""
    count_objects = pdfium_c.FPDFFormObj_CountObjects if form else pdfium_c.FPDFPage_CountObjects
    get_object = pdfium_c.FPDFFormObj_GetObject if form else pdfium_c.FPDFPage_GetObject
    get_type = pdfium_c.FPDFPageObj_GetType
    path_kind, form_kind = pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM
    count = count_objects(parent)
    if count < 0:
        raise ValueError("Failed to get number of pageobjects.")  # the caller asks pdfplumber instead
    for index in range(count):
        obj = get_object(parent, index)
        if not obj:
            raise ValueError("Failed to get pageobject.")
        kind = get_type(obj)
        if kind == path_kind:
            yield obj
        elif kind == form_kind and level < MAX_FORM_DEPTH - 1:
            yield from _paths(obj, pdfium_c, True, level + 1)


class _Chars:
    """Per-character facts from PDFium's text page, read on demand (a page has thousands of characters; most are
    never looked at)."""

    def __init__(self, textpage: Any, pdfium_c: Any) -> None:
        self.raw, self.c = textpage.raw, pdfium_c
        self.count = pdfium_c.FPDFText_CountChars(self.raw)
        self.text = "".join(chr(pdfium_c.FPDFText_GetUnicode(self.raw, i)) for i in range(self.count))
        self.styles: dict[int, tuple[float, int, float, float] | None] = {}

    @functools.cached_property
    def origins(self) -> list[tuple[float, float]]:
        """Every character's origin: read only on a page whose text holds both kinds of label word."""
        origins = []
        x, y = ctypes.c_double(), ctypes.c_double()
        get_origin, raw, at_x, at_y = self.c.FPDFText_GetCharOrigin, self.raw, ctypes.byref(x), ctypes.byref(y)
        for i in range(self.count):
            get_origin(raw, i, at_x, at_y)
            origins.append((x.value, y.value))
        return origins

    def real(self, i: int) -> bool:
        return not self.text[i].isspace() and not self.c.FPDFText_IsGenerated(self.raw, i)

    def style(self, i: int) -> tuple[float, int, float, float] | None:
        """(text height as pdfminer sizes it, font handle, font size, horizontal scale) of an upright character,
        None for a turned one."""
        if i not in self.styles:
            self.styles[i] = self._style(i)
        return self.styles[i]

    def _style(self, i: int) -> tuple[float, int, float, float] | None:
        matrix = self.c.FS_MATRIX()
        if not self.c.FPDFText_GetMatrix(self.raw, i, ctypes.byref(matrix)):
            return None
        if matrix.b or matrix.c or matrix.a <= 0 or matrix.d <= 0:
            return None
        font = self.c.FPDFTextObj_GetFont(self.c.FPDFText_GetTextObject(self.raw, i))
        address = ctypes.cast(font, ctypes.c_void_p).value or 0
        size = self.c.FPDFText_GetFontSize(self.raw, i)
        return size * matrix.d, address, size, matrix.a

    def right(self, i: int) -> float:
        """The character's right edge, never later than pdfminer's: the least of its advance from the font's
        widths, PDFium's loose box and its tight box."""
        left, bottom, right, top = (ctypes.c_double() for _ in range(4))
        edges = []
        if self.c.FPDFText_GetCharBox(self.raw, i, *map(ctypes.byref, (left, right, bottom, top))):
            edges.append(right.value)
        box = self.c.FS_RECTF()
        if self.c.FPDFText_GetLooseCharBox(self.raw, i, ctypes.byref(box)):
            edges.append(box.right)
        style = self.style(i)
        width = ctypes.c_float()
        font = self.c.FPDFTextObj_GetFont(self.c.FPDFText_GetTextObject(self.raw, i))
        if style and self.c.FPDFFont_GetGlyphWidth(font, ord(self.text[i]), style[2], ctypes.byref(width)):
            edges.append(self.origins[i][0] + width.value * style[3])
        return min(edges) if len(edges) == 3 else self.origins[i][0]  # unknown: the gap is measured from its left


def _may_hold_a_header_line(textpage: Any, pdfium_c: Any) -> bool:
    chars = _Chars(textpage, pdfium_c)
    described, priced = _label_tokens()
    lowered = chars.text.lower()
    labels: list[tuple[int, int, bool]] = []  # (first, last char index, is a description or payee word)
    for match in _TOKEN.finditer(lowered):
        token = match.group(0)
        if token in described or token in priced:
            if token in described:
                labels.append((match.start(), match.end() - 1, True))
            if token in priced:
                labels.append((match.start(), match.end() - 1, False))
    if not any(kind for *_, kind in labels) or all(kind for *_, kind in labels):
        return False  # the stored text said otherwise: no header words in PDFium's own text
    rows: dict[int, list[int]] = {}  # the real characters by baseline, to the point
    for i in range(chars.count):
        if chars.real(i):
            rows.setdefault(round(chars.origins[i][1]), []).append(i)
    for first, last, kind in labels:
        for other_first, other_last, other_kind in labels:
            if kind and not other_kind and _may_part(chars, rows, (first, last), (other_first, other_last)):
                return True
    return False


def _may_part(chars: _Chars, rows: dict[int, list[int]], one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether a description word and a price word could sit in two groups of one pdfplumber line."""
    (x_one, y_one), (x_other, y_other) = chars.origins[one[0]], chars.origins[other[0]]
    left, right = (one, other) if x_one <= x_other else (other, one)
    styles = {chars.style(i) for i in (*range(left[0], left[1] + 1), *range(right[0], right[1] + 1))}
    if None in styles:
        return True  # a turned character: not judged here
    if len(styles) > 1:  # pdfplumber's lines go by the top: other fonts and sizes put it elsewhere on the baseline
        return abs(y_one - y_other) <= SAME_LINE + 2 * max(height for height, *_ in styles)
    if abs(y_one - y_other) > SAME_LINE:
        return False  # never on one line: the words of one are within 3 pt of its first word's top
    if abs(y_one - y_other) > 0.01:
        return True  # another baseline that may share the line: not judged here
    ((height, *_),) = styles
    baseline = y_one
    start = chars.right(left[1])
    stop = chars.origins[right[0]][0]
    if stop <= start:
        return True  # overlapping: not judged here
    near = (
        i for row in range(round(baseline - SAME_LINE) - 1, round(baseline + SAME_LINE) + 2) for i in rows.get(row, ())
    )
    between = sorted(
        (
            i
            for i in near
            if abs(chars.origins[i][1] - baseline) <= SAME_LINE
            and start - 1 < chars.origins[i][0] < stop + 1
            and not (left[0] <= i <= left[1] or right[0] <= i <= right[1])
        ),
        key=lambda i: chars.origins[i][0],
    )
    style = next(iter(styles))
    reach = start  # the right edge of the last character so far, as pdfplumber's group ends at its last word's
    for i in between:
        if chars.style(i) != style or abs(chars.origins[i][1] - baseline) > 0.01:
            return True  # a character of another font, size or line in between: not judged here
        if chars.origins[i][0] - reach >= JOIN_SHARE * height:
            return True
        reach = chars.right(i)
    return stop - reach >= JOIN_SHARE * height
