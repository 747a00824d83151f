"""pdfplumber's per-character conversion without its per-attribute overhead, for the price-table pages.

pdfplumber turns every pdfminer object into a dict in `Page.process_object`: each attribute goes through a closure,
`filter`, and `resolve_all` (which only changes a PDF reference, a list, a tuple or a dict). A character's
attributes are numbers, strings and a matrix tuple, so on a table page of 2,000-5,000 characters most of that work
returns its input: measured, a third of pdfplumber's parse of the shared corpus's table pages. `lean_page` makes one
page build the same character dicts (same keys in the same order, same values; `tests/test_line_items.py` compares
them with pdfplumber's own) and leaves every other object to pdfplumber.
"""

from __future__ import annotations

from typing import Any
from unicodedata import normalize

from pdfminer.layout import LTChar
from pdfplumber.page import ALL_ATTRS, fix_fontname_bytes
from pdfplumber.utils import resolve_all, resolve_and_decode

_PLAIN = (float, int, str, bool, type(None))  # values resolve_all returns as they are


def lean_page(plumber_page: Any) -> Any:
    """`plumber_page`, its characters converted by `char_object` (the instance's own method is replaced, so other
    pages and other users of pdfplumber are untouched). Imported only where pdfplumber is."""
    convert = plumber_page.process_object

    def process_object(obj: Any) -> dict[str, Any]:
        if type(obj) is LTChar:
            return char_object(plumber_page, obj)
        return convert(obj)

    plumber_page.process_object = process_object
    return plumber_page


def char_object(page: Any, obj: Any) -> dict[str, Any]:
    """The dict pdfplumber 0.11's `Page.process_object` makes of an `LTChar`, built directly."""
    attr = {k: v if type(v) in _PLAIN else resolve_all(v) for k, v in obj.__dict__.items() if k in ALL_ATTRS}
    attr["object_type"] = "char"
    attr["page_number"] = page.page_number
    for cs in ("ncs", "scs"):
        if hasattr(obj, cs):
            attr[cs] = resolve_and_decode(getattr(obj, cs).name)
    text = obj.get_text()
    attr["text"] = normalize(page.pdf.unicode_norm, text) if page.pdf.unicode_norm is not None else text
    state = obj.graphicstate
    attr["stroking_color"] = state.scolor if isinstance(state.scolor, tuple) else (state.scolor,)
    attr["non_stroking_color"] = state.ncolor if isinstance(state.ncolor, tuple) else (state.ncolor,)
    if isinstance(attr["fontname"], bytes):
        attr["fontname"] = fix_fontname_bytes(attr["fontname"])
    mb_x0, mb_top = page.mediabox[:2]
    if "y0" in attr:
        attr["top"] = (page.height - attr["y1"]) + mb_top
        attr["bottom"] = (page.height - attr["y0"]) + mb_top
        attr["doctop"] = page.initial_doctop + attr["top"]
    if "x0" in attr and mb_x0 != 0:
        attr["x0"] = attr["x0"] + mb_x0
        attr["x1"] = attr["x1"] + mb_x0
    return attr
