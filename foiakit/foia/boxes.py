"""A redaction box and the findings made from it: one `redaction` per box (`detail.withheld_in_full` on a page
that is all one dark fill), and an `exemption` for a code read from a box's label that the page text lacks."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from foiakit.foia.exemptions import CodeMatch, find_codes, sentence_around
from foiakit.model import Document, Finding, Page, make_detail


@dataclass(frozen=True, slots=True)
class Box:
    """One redaction on one page, worked out from the top-left corner in points (pixels on image files)."""

    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    page_share: float
    origin: str  # rect | curve | image | pixels
    code: CodeMatch | None = None
    leaked_text: str = ""
    page_height: float = 0.0  # PDF pages: boxes are reported in PDF space (origin bottom-left); 0 for images
    withheld_in_full: bool = False  # the page is one dark fill: the whole page is withheld
    colour: str = ""  # the box's fill, "#rrggbb" ("" when unknown)
    code_on_box: bool = False  # the code was printed over the box (a stamp), not beside it

    @property
    def bbox(self) -> list[float]:
        """[x0, y0, x1, y1]: PDF user space in points (y up from the bottom edge) on PDF pages, the way PDF tools
        and the sample truth give boxes; pixels from the top-left corner on image files."""
        if self.page_height:
            y0, y1 = self.page_height - self.bottom, self.page_height - self.top
        else:
            y0, y1 = self.top, self.bottom
        return [round(self.x0, 1), round(y0, 1), round(self.x1, 1), round(y1, 1)]


def box_findings(document: Document, boxes: list[Box]) -> list[Finding]:
    source = document.source
    pages = {p.number: p for p in document.pages}
    findings: list[Finding] = []
    for box in sorted(boxes, key=lambda b: (b.page, b.top, b.x0)):
        page = pages[box.page]
        start = end = None
        quote = ""
        if box.leaked_text:
            start, end = _locate(page.text, box.leaked_text)
            quote = sentence_around(page.text, start, end) if start is not None and end is not None else box.leaked_text
        code = box.code.code if box.code else None
        findings.append(
            Finding(
                kind="redaction",
                value=box.leaked_text or (box.code.value if box.code else "[redacted]"),
                normalized=code or "",
                file=source.display_path,
                sha256=source.sha256,
                page=box.page,
                start=start,
                end=end,
                quote=quote,
                method="layout",
                ocr=page.ocr,
                confidence=0.9 if box.origin != "pixels" else 0.75,
                detail=make_detail(
                    bbox=box.bbox,
                    page_share=round(box.page_share, 5),
                    code=code,
                    leaked_text=box.leaked_text or None,
                    bad=True if box.leaked_text else None,
                    origin=box.origin,
                    colour=box.colour or None,
                    code_on_box=True if box.code_on_box and code else None,
                    bates=page.bates,
                    withheld_in_full=True if box.withheld_in_full else None,
                ),
            )
        )
        if box.code is not None and box.code.code not in {c.code for c in find_codes(page.text)}:
            findings.append(_label_finding(document, page, box))
    return findings


def _label_finding(document: Document, page: Page, box: Box) -> Finding:
    """A code read from a box's label that the page text lacks (white on black, missed by the page's OCR)."""
    assert box.code is not None
    start = page.text.find(box.code.value)
    return Finding(
        kind="exemption",
        value=box.code.value,
        normalized=box.code.code,
        file=document.source.display_path,
        sha256=document.source.sha256,
        page=page.number,
        start=start if start >= 0 else None,
        end=start + len(box.code.value) if start >= 0 else None,
        quote=sentence_around(page.text, start, start + len(box.code.value)) if start >= 0 else box.code.value,
        method="layout",
        ocr=page.ocr,
        confidence=0.7,
        detail=make_detail(jurisdiction=box.code.jurisdiction, context="stamped", bbox=box.bbox, bates=page.bates),
    )


def _locate(text: str, leaked: str) -> tuple[int | None, int | None]:
    """Offsets of the leaked words in the page text (the text layer holds them), whitespace-tolerant."""
    words = leaked.split()
    if not words:
        return None, None
    pattern = r"\s*".join(re.escape(w) for w in words)
    match = re.search(pattern, text)
    return (match.start(), match.end()) if match else (None, None)


def share(box: tuple[float, float, float, float], area: float) -> float:
    return max(0.0, (box[2] - box[0]) * (box[3] - box[1])) / area if area > 0 else 0.0


def chars_in(chars: list[dict[str, Any]], box: tuple[float, float, float, float]) -> list[dict[str, Any]]:
    x0, top, x1, bottom = box
    inside = []
    for char in chars:
        cx, cy = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
        if x0 <= cx <= x1 and top <= cy <= bottom:
            inside.append(char)
    # spaces are kept (they separate the words read back) but alone they hide nothing
    return inside if any(c["text"].strip() for c in inside) else []


def dedupe(boxes: list[Box]) -> Iterator[Box]:
    """One box per drawn area: a redaction drawn twice (a rect and a path, or a box and its scan) counts once."""
    kept: list[Box] = []
    for box in sorted(boxes, key=lambda b: (b.top, b.x0, -(b.x1 - b.x0))):
        duplicate = False
        for index, other in enumerate(kept):
            if _overlap(box, other) >= 0.8:
                duplicate = True
                if (not other.code and box.code) or (not other.leaked_text and box.leaked_text):
                    kept[index] = dataclasses.replace(
                        other, code=other.code or box.code, leaked_text=other.leaked_text or box.leaked_text
                    )
                break
        if not duplicate:
            kept.append(box)
    yield from kept


def _overlap(a: Box, b: Box) -> float:
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.bottom, b.bottom) - max(a.top, b.top)
    if w <= 0 or h <= 0:
        return 0.0
    smaller = min((a.x1 - a.x0) * (a.bottom - a.top), (b.x1 - b.x0) * (b.bottom - b.top))
    return w * h / smaller if smaller > 0 else 0.0
