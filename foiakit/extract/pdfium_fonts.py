"""The fonts of a page PDFium describes for the price-table reader (`pdfium_page`): each font's name and the descent
pdfminer would give it, found once per font handle."""

from __future__ import annotations

import ctypes
from typing import Any


class Undescribed(Exception):
    """The page holds something PDFium cannot describe as pdfminer would: pdfplumber reads it."""


class Fonts:
    """Per font handle: its name and pdfminer's descent (a share of the font size), found once."""

    def __init__(self, pdfium_c: Any) -> None:
        self.c = pdfium_c
        self.descents: dict[int, float] = {}
        self.names: dict[int, str] = {}

    def name(self, font: Any) -> str:
        address = ctypes.cast(font, ctypes.c_void_p).value or 0
        if address not in self.names:
            self.names[address] = _base_font_name(font, self.c)
        return self.names[address]

    def descent(self, font: Any) -> float:
        address = ctypes.cast(font, ctypes.c_void_p).value or 0
        if address not in self.descents:
            self.descents[address] = self._descent(font)
        return self.descents[address]

    def _descent(self, font: Any) -> float:
        size = 1000.0
        name = _base_font_name(font, self.c)
        if not name:
            raise Undescribed("a font without a BaseFont (Type3)")
        value = ctypes.c_float()
        if not self.c.FPDFFont_GetDescent(font, ctypes.c_float(size), ctypes.byref(value)):
            raise Undescribed("unknown descent")
        described = -abs(value.value) / size  # pdfminer makes a positive /Descent negative
        standard = _standard_descent(name)
        if standard is None or standard == described:
            return described
        # pdfminer takes a standard font's metrics over its descriptor when its BaseFont is exactly a standard
        # name, not a subset's ("NSVOJZ+Helvetica-Bold"). PDFium names an embedded Type1 or CFF subset without
        # its prefix (a TrueType one keeps it), so such a font is taken for the subset it most often is.
        if self.c.FPDFFont_GetIsEmbedded(font) and not _is_truetype(font, self.c):
            return described
        return standard


def _is_truetype(font: Any, pdfium_c: Any) -> bool:
    """Whether an embedded font's program is TrueType (its first four bytes)."""
    size = ctypes.c_size_t()
    if not pdfium_c.FPDFFont_GetFontData(font, None, 0, ctypes.byref(size)) or size.value < 4:
        raise Undescribed("an embedded font without its program")
    data = (ctypes.c_ubyte * size.value)()
    pdfium_c.FPDFFont_GetFontData(font, data, size.value, ctypes.byref(size))
    return bytes(data[:4]) in (b"\x00\x01\x00\x00", b"true")


def _base_font_name(font: Any, pdfium_c: Any) -> str:
    length = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
    if length <= 1:
        return ""
    buffer = ctypes.create_string_buffer(length)
    pdfium_c.FPDFFont_GetBaseFontName(font, buffer, length)
    return buffer.value.decode("utf-8", "replace")


def _standard_descent(name: str) -> float | None:
    """pdfminer's descent for a font named as one of the standard 14 or their aliases (its own Adobe metrics, which
    it prefers to the font's descriptor), else None."""
    from pdfminer.fontmetrics import FONT_METRICS

    metrics = FONT_METRICS.get(name)
    return None if metrics is None else -abs(float(metrics[0].get("Descent", 0))) / 1000
