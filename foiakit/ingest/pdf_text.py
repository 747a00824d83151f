"""A PDF page's text layer as the store keeps it: PDFium's text, with each wide gap on a line kept visible.

PDFium writes one space wherever two words stand apart on a line, whether a word space or a gap of two inches
between a "Bill To" column and a "Ship To" column, a letterhead's name and its right-aligned address, or a table's
cells. A name read across such a gap is two names glued ("City of Brookhaven Police Department Dana Whitcombe").
So a space whose two neighbours stand further apart than `GAP_EMS` times their glyph height becomes `GAP`
(three spaces), as `pdftotext -layout` keeps columns apart with runs of spaces: patterns that join words with a
single space stop there, and those that allow any whitespace read on as before.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Collection

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

GAP = "   "
# Where a stored line parts into cells: a column gap as this module keeps it, or a tab (Word and spreadsheet
# tables, exports). Every rule that reads a line as cells splits it with this pattern.
CELL_GAP = re.compile(r" {3,}|\t+")
# A word space is a quarter to a third of an em (0.6 in a typewriter font, with the letters' side bearings under
# 0.9); justified lines stretch it less than an em. Two columns or two table cells stand further apart.
GAP_EMS = 1.0
_LINE_BREAK = " \r\n"


def text_layer(textpage: pdfium.PdfTextPage) -> tuple[str, list[int]]:
    """The page's stored text and, for each of its characters, the index of PDFium's character it stands for."""
    raw = textpage.get_text_range()
    return stored_text(raw, _wide_spaces(textpage, raw))


def stored_text(raw: str, wide: Collection[int] = ()) -> tuple[str, list[int]]:
    """PDFium's text `raw` as the store keeps it, with the index in `raw` of each kept character: CRLF and CR
    become LF, NULs go, U+FFFE is a hyphen, leading and trailing newlines go, and each space at an index in `wide`
    becomes `GAP` (its spaces all stand for the one space PDFium wrote)."""
    kept: list[str] = []
    index: list[int] = []
    for i, char in enumerate(raw):
        if char == "\x00" or (char == "\r" and raw[i + 1 : i + 2] == "\n"):
            continue
        if i in wide:
            kept.extend(GAP)
            index.extend([i] * len(GAP))
            continue
        kept.append("\n" if char == "\r" else "-" if char == "\ufffe" else char)
        index.append(i)
    text = "".join(kept)
    lead = len(text) - len(text.lstrip("\n"))
    stripped = text.strip("\n")
    return stripped, index[lead : lead + len(stripped)]


def _wide_spaces(textpage: pdfium.PdfTextPage, raw: str) -> set[int]:
    """Indices of the spaces between two characters of one line that stand a column gap apart."""
    if len(raw) != textpage.count_chars():  # characters outside the BMP: indices would not line up
        return set()
    handle = textpage.raw
    # the two characters' boxes are read inline, with the call bound once and its c_double outputs passed as
    # they are (ctypes passes them by reference; a prepared byref() is slower): a page has hundreds of spaces
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    get_box = pdfium_c.FPDFText_GetCharBox
    loose = pdfium_c.FS_RECTF()

    def em(i: int) -> float:
        # the font's box (ascent to descent): about an em whatever the glyph, unlike the ink's box ("a" or "T")
        if not pdfium_c.FPDFText_GetLooseCharBox(handle, i, loose):
            return 0.0
        return abs(loose.top - loose.bottom)

    wide = set()
    last = len(raw) - 1
    start = raw.find(" ", 1)
    while 0 < start < last:
        if (
            raw[start - 1] not in _LINE_BREAK
            and raw[start + 1] not in _LINE_BREAK
            and get_box(handle, start - 1, left, right, bottom, top)
        ):
            first_right, first_bottom, first_top = right.value, bottom.value, top.value
            if get_box(handle, start + 1, left, right, bottom, top):
                gap = left.value - first_right
                # an em is at least the ink's height: a narrower gap is a word space, without asking for the em
                if gap > GAP_EMS * max(first_top - first_bottom, top.value - bottom.value):
                    size = max(em(start - 1), em(start + 1), 1.0)
                    on_one_line = min(first_top, top.value) > max(first_bottom, bottom.value) - 0.3 * size
                    if on_one_line and gap > GAP_EMS * size:
                        wide.add(start)
        start = raw.find(" ", start + 1)
    return wide
