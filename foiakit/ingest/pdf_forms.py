"""Values typed into a PDF's fillable form (AcroForm fields). Agencies release filled forms (collision reports,
applications, purchase requisitions) whose answers live in form fields, not in the page's text layer: without
them "Manufacturer's Name: Lyft, Inc." is read as an empty blank. Each page's filled text fields are appended to
its stored text as "Field name: value" lines, after a "Form fields:" line, so that offsets of the text layer stay
as they were and every finding in a value cites its page. Check boxes and empty or "N/A" answers are left out.

PDFium says whether the document has a form at all and which pages have annotations that may hold a value
(cheap); only then, and only on those pages, does pdfminer (through pdfplumber) read the widgets' names and
values, which PDFium's text page does not hold."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

HEADING = "Form fields:"
MAX_VALUE_CHARS = 4000  # a free-text box holds a narrative; more is not an answer typed into a form
_EMPTY = frozenset({"", "na", "n/a", "none", "unk", "off", "-", "--"})
_COPY_SUFFIX = re.compile(r"(?:[_ ]\d+|#\d+)$")  # "VEHICLE YEAR_2": the second copy of one field
_SPACES = re.compile(r"\s+")


def has_form(pdf: Any) -> bool:
    """Whether the PDFium document has an AcroForm or XFA form."""
    import pypdfium2.raw as pdfium_c

    try:
        return pdfium_c.FPDF_GetFormType(pdf.raw) != pdfium_c.FORMTYPE_NONE
    except Exception:  # a damaged catalog: no form to read
        return False


def may_hold_values(page: Any) -> bool:
    """Whether a loaded PDFium page (its raw handle) has an annotation that `form_values` may take a value from:
    one with a /V, or a /Parent to read it from. A page without one gives no value (`form_values` looks at
    nothing else), so pdfminer need not read it: a contract whose only annotations are links, or an invoice with
    an empty AcroForm, no longer costs pdfminer's parse of the document (0.03-0.08 CPU-s a file, once per chunk)."""
    import pypdfium2.raw as pdfium_c

    for index in range(max(pdfium_c.FPDFPage_GetAnnotCount(page), 0)):
        annot = pdfium_c.FPDFPage_GetAnnot(page, index)
        if not annot:
            continue  # not a dictionary: pdfminer's reading of it fails and gives no value either
        try:
            if pdfium_c.FPDFAnnot_HasKey(annot, b"V") or pdfium_c.FPDFAnnot_HasKey(annot, b"Parent"):
                return True
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
    return False


def form_values(path: Path, numbers: list[int], password: str = "") -> dict[int, list[tuple[str, str]]]:
    """page number (1-based) → [(field name, value)] of the filled text fields on the pages `numbers`."""
    import pdfplumber
    from pdfminer.pdftypes import resolve1

    out: dict[int, list[tuple[str, str]]] = {}
    with pdfplumber.open(path, password=password, pages=numbers) as pdf:
        for number, page in zip(numbers, pdf.pages, strict=True):
            try:
                annots = page.annots
            except Exception:  # one damaged annotation array costs only that page's fields
                log.debug("form fields of %s p%d unreadable", path, number, exc_info=True)
                continue
            values = []
            for annot in sorted(annots, key=lambda a: (round(float(a.get("top") or 0)), float(a.get("x0") or 0))):
                data = annot.get("data") or {}
                value = _text(resolve1(data.get("V")))
                if value is None and data.get("Parent") is not None:
                    value = _text(resolve1(resolve1(data["Parent"]).get("V")))
                if value is None or value.strip().lower() in _EMPTY:
                    continue
                values.append((_name(data, resolve1), value.strip()[:MAX_VALUE_CHARS]))
            if values:
                out[number] = list(dict.fromkeys(values))  # a value shown twice (copies of one field) once
            page.close()
    return out


def appended(text: str, values: list[tuple[str, str]]) -> str:
    """The page's text with its form values after it."""
    lines = [f"{name}: {_SPACES.sub(' ', value)}" if name else _SPACES.sub(" ", value) for name, value in values]
    return f"{text.rstrip()}\n\n{HEADING}\n" + "\n".join(lines) + "\n"


def _text(value: Any) -> str | None:
    """A text field's value; None for check boxes and radio buttons (names such as /Yes) and other types."""
    if isinstance(value, bytes):
        if value.startswith((b"\xfe\xff", b"\xff\xfe")):
            return value.decode("utf-16", errors="replace")
        return value.decode("latin-1")
    if isinstance(value, str):
        return value
    return None


def _name(data: dict[str, Any], resolve1: Any) -> str:
    """The field's name as a label: its own /T, or its parent's when its own is only a copy number ("0", "1")."""
    node, depth = data, 0
    while node is not None and depth < 8:
        name = _text(resolve1(node.get("T"))) or ""
        name = _COPY_SUFFIX.sub("", _SPACES.sub(" ", name).strip())
        if name and not name.isdigit():
            letters = [c for c in name if c.isalpha()]
            if letters and sum(c.isupper() for c in letters) > len(letters) / 2:
                name = name.upper()  # "MANufACTuRERS NAME": a form's capitals, case mangled by its tool
            return name
        parent = node.get("Parent")
        node, depth = (resolve1(parent) if parent is not None else None), depth + 1
    return ""
