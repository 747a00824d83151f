"""A stored page as a picture: the PDF page rendered with pypdfium2 (or the image file's frame), its redaction
boxes outlined and, when asked, the cited span of one or more findings highlighted.

Text-layer PDF pages: the span's characters are found in PDFium's text page (the stored text is that text with
line ends normalized, so offsets map back one to one) and boxed line by line with `get_charbox`. OCR pages: no
word boxes are stored, so the span's whole line is boxed (the picture's k-th printed line, found by its ink,
for the OCR text's k-th line; a band at the line's share of the page when the two counts disagree), and the
result says it is approximate.

Every render stays under a pixel budget (`MAX_SHOW_PIXELS`, well below the OCR cap of `ingest.pdf`): a page
that declares a poster size is drawn smaller, never gigabytes.
"""

from __future__ import annotations

import dataclasses
import json
import re
import sqlite3
from dataclasses import dataclass
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageSequence

from foiakit.errors import BadInputError
from foiakit.ingest.pdf import render_scale
from foiakit.ingest.pdf_text import text_layer
from foiakit.model import IMAGE_TYPES, FileType
from foiakit.store.db import page_text, path_of

MAX_SHOW_PIXELS = 12_000_000  # about 200 dpi on a letter page; larger pages are drawn at a lower scale
SHOW_DPI = 110
REDACTION_OUTLINE = (220, 30, 30)
HIGHLIGHT_FILL = (255, 210, 0, 110)
HIGHLIGHT_OUTLINE = (230, 120, 0)

Rect = tuple[float, float, float, float]  # left, top, right, bottom in output pixels


@dataclass(frozen=True, slots=True)
class PageImage:
    """A rendered page and what was drawn on it; `notes` say what could not be drawn exactly."""

    image: Image.Image
    file: str
    page: int
    redactions: int
    highlighted: int
    approximate: bool
    notes: tuple[str, ...]


class NoPageImage(BadInputError):
    """The document has no page to draw (email, office files, text): its text is all there is."""


def find_finding(conn: sqlite3.Connection, ref: str) -> sqlite3.Row:
    """A finding by its store id (a number) or by its content key (as `foiakit diff` lists it, or a prefix)."""
    from foiakit.store.releases import finding_key

    if ref.isdigit():
        row = conn.execute("SELECT * FROM findings WHERE id = ?", (int(ref),)).fetchone()
        if row is not None:
            return row
    if len(ref) >= 6:
        for row in conn.execute("SELECT * FROM findings ORDER BY id"):
            if finding_key(row).startswith(ref.lower()):
                return row
    raise BadInputError(f"no finding {ref!r} in the store (give its id or its key from `foiakit diff`)")


def render_page(
    conn: sqlite3.Connection,
    file: str,
    number: int,
    highlights: list[sqlite3.Row] | None = None,
    dpi: int = SHOW_DPI,
    max_width: int | None = None,
) -> PageImage:
    """Draw page `number` of `file` (a path it was found under or a sha256 prefix) with its redaction boxes and
    the spans of `highlights` (findings on that page)."""
    row = page_text(conn, file, number)
    if row is None:
        raise BadInputError(f"no page {number} of {file!r} in the store")
    stored = conn.execute("SELECT file_type, disk_path FROM files WHERE sha256 = ?", (row["sha256"],)).fetchone()
    file_type = FileType(stored["file_type"])
    if file_type is not FileType.PDF and file_type not in IMAGE_TYPES:
        raise NoPageImage(
            f"no page image exists: {row['file']} is a {file_type.value} file, not a PDF or an image"
            " (its text: `foiakit show` without --png)"
        )
    path = path_of(stored["disk_path"]) if stored["disk_path"] else None
    if path is None or not path.is_file():
        raise BadInputError(f"the source of {row['file']} is no longer on disk at {path}", "run foiakit on it again")
    here = [h for h in highlights or [] if h["sha256"] == row["sha256"] and h["page"] == number]
    elsewhere = [
        f"finding {h['id']} is on {h['file']} p.{h['page']}, not here" for h in highlights or [] if h not in here
    ]
    if file_type is FileType.PDF:
        found = _pdf_page(conn, row, path, here, dpi, max_width)
    else:
        found = _image_page(conn, row, path, here, max_width)
    return dataclasses.replace(found, notes=(*found.notes, *elsewhere)) if elsewhere else found


def _redaction_boxes(conn: sqlite3.Connection, sha256: str, number: int) -> list[list[float]]:
    rows = conn.execute(
        "SELECT detail FROM findings WHERE sha256 = ? AND page = ? AND kind = 'redaction' ORDER BY id",
        (sha256, number),
    )
    boxes = [json.loads(r["detail"] or "{}").get("bbox") for r in rows]
    return [b for b in boxes if isinstance(b, list) and len(b) == 4]


def _pdf_page(
    conn: sqlite3.Connection,
    row: sqlite3.Row,
    path: Any,
    highlights: list[sqlite3.Row],
    dpi: int,
    max_width: int | None,
) -> PageImage:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(path, password="")
    except pdfium.PdfiumError as exc:
        raise BadInputError(f"cannot open {row['file']}: {exc}") from exc
    try:
        if row["page"] > len(pdf):
            raise BadInputError(f"{row['file']} has no page {row['page']} on disk")
        page = pdf[row["page"] - 1]
        try:
            width, height = page.get_size()
            scale = min(render_scale(width, height, dpi), _budget_scale(width, height))
            if max_width:
                scale = min(scale, max_width / max(width, 1.0))
            image = page.render(scale=scale).to_pil().convert("RGB")
            to_px = lambda b: (b[0] * scale, (height - b[3]) * scale, b[2] * scale, (height - b[1]) * scale)  # noqa: E731
            redactions = [to_px(b) for b in _redaction_boxes(conn, row["sha256"], row["page"])]
            spans: list[list[Rect]] = []
            approximate = bool(row["ocr"]) and bool(highlights)
            if highlights and not row["ocr"]:
                textpage = page.get_textpage()
                spans = [[to_px(b) for b in _span_boxes(textpage, row["text"], f)] for f in highlights]
            elif highlights:
                spans = [[_band(row["text"], f, image)] for f in highlights]
        finally:
            page.close()
    finally:
        pdf.close()
    return _finish(image, row, redactions, spans, approximate, len(highlights))


def _image_page(
    conn: sqlite3.Connection, row: sqlite3.Row, path: Any, highlights: list[sqlite3.Row], max_width: int | None
) -> PageImage:
    with Image.open(path) as source:
        frame = next((f for i, f in enumerate(ImageSequence.Iterator(source), start=1) if i == row["page"]), None)
        if frame is None:
            raise BadInputError(f"{row['file']} has no frame {row['page']} on disk")
        width, height = frame.size
        factor = min(1.0, (MAX_SHOW_PIXELS / max(width * height, 1)) ** 0.5)
        if max_width:
            factor = min(factor, max_width / max(width, 1))
        size = (max(1, round(width * factor)), max(1, round(height * factor)))
        image = frame.convert("RGB").resize(size) if factor < 1 else frame.convert("RGB")
    redactions = [tuple(v * factor for v in b) for b in _redaction_boxes(conn, row["sha256"], row["page"])]
    spans = [[_band(row["text"], f, image)] for f in highlights]
    return _finish(image, row, redactions, spans, bool(highlights), len(highlights))  # type: ignore[arg-type]


def _finish(
    image: Image.Image,
    row: sqlite3.Row,
    redactions: list[Rect],
    spans: list[list[Rect]],
    approximate: bool,
    asked: int,
) -> PageImage:
    """Draw the boxes (`spans`: the rectangles of each highlighted finding) and say what was drawn."""
    draw = ImageDraw.Draw(image, "RGBA")
    line = max(2, image.width // 400)
    for box in redactions:
        draw.rectangle(_ordered(box), outline=REDACTION_OUTLINE, width=line)
    for box in (rect for rects in spans for rect in rects):
        draw.rectangle(_ordered(box, pad=2), fill=HIGHLIGHT_FILL, outline=HIGHLIGHT_OUTLINE, width=line)
    notes = []
    if approximate:
        notes.append("OCR page: no word boxes are stored, the highlight boxes the span's whole line (approximate)")
    drawn = sum(1 for rects in spans if rects)
    if drawn < asked:
        notes.append(f"{asked - drawn} cited span(s) not found in the page's text layer; not highlighted")
    return PageImage(image, row["file"], row["page"], len(redactions), drawn, approximate, tuple(notes))


def _ordered(box: Rect, pad: float = 0.0) -> Rect:
    x0, y0, x1, y1 = box
    return min(x0, x1) - pad, min(y0, y1) - pad, max(x0, x1) + pad, max(y0, y1) + pad


def _budget_scale(width: float, height: float) -> float:
    return 0.995 * (MAX_SHOW_PIXELS / max(width * height, 1.0)) ** 0.5  # under it after rounding up


def _span(text: str, finding: sqlite3.Row) -> tuple[int, int] | None:
    """The finding's offsets in the stored page text, or where its value (else its quote) stands in it."""
    start, end = finding["start"], finding["end"]
    if start is not None and end is not None and 0 <= start < end <= len(text):
        return start, end
    for needle in (finding["value"], finding["quote"]):
        words = (needle or "").split()
        if words:
            match = re.search(r"\s*".join(re.escape(w) for w in words), text)
            if match:
                return match.start(), match.end()
    return None


def _span_boxes(textpage: Any, stored: str, finding: sqlite3.Row) -> list[Rect]:
    """PDF-space rectangles (left, bottom, right, top), one per line, around the finding's characters."""
    text, index = text_layer(textpage)
    span = _span(stored, finding)
    if span is None:
        return []
    if text != stored:  # the stored text is not this page's text layer any more: find the words again
        found = _span(text, finding)
        if found is None:
            return []
        span = found
    lines: list[list[float]] = []
    for i in range(*span):
        if text[i].isspace():
            continue
        left, bottom, right, top = textpage.get_charbox(index[i], loose=True)  # the font's box: even per line
        overlap = min(lines[-1][3], top) - max(lines[-1][1], bottom) if lines else 0.0
        if lines and overlap > (top - bottom) * 0.5:  # shares most of its height with the line so far
            box = lines[-1]
            box[0], box[1], box[2], box[3] = (
                min(box[0], left),
                min(box[1], bottom),
                max(box[2], right),
                max(box[3], top),
            )
        else:
            lines.append([left, bottom, right, top])
    return [(b[0], b[1], b[2], b[3]) for b in lines]


def _ink_lines(image: Image.Image) -> list[tuple[int, int, int, int]]:
    """The printed lines of a page picture, top to bottom, as (left, top, right, bottom): runs of rows holding
    enough dark pixels (scanner specks do not make a line)."""
    gray = np.asarray(image.convert("L")) < 128
    inked = gray.sum(axis=1) > max(3, gray.shape[1] // 200)
    lines: list[tuple[int, int, int, int]] = []
    top = None
    for y, on in enumerate([*inked.tolist(), False]):
        if on and top is None:
            top = y
        elif not on and top is not None:
            if y - top >= 4:  # thinner is a rule or a speck
                columns = np.nonzero(gray[top:y].any(axis=0))[0]
                lines.append((int(columns.min()), top, int(columns.max()), y))
            top = None
    return lines


def _band(text: str, finding: sqlite3.Row, image: Image.Image) -> Rect:
    """Where the span's line is on an OCR'd page: OCR text keeps the page's reading order, so its k-th non-blank
    line is the picture's k-th printed line; when the counts disagree, a band at the line's share of the page."""
    span = _span(text, finding) or (0, 0)
    rank = lambda offset: sum(1 for line in text[:offset].split("\n")[:-1] if line.strip())  # noqa: E731
    first, last = rank(span[0]), rank(span[1])
    printed = _ink_lines(image)
    written = sum(1 for line in text.split("\n") if line.strip())
    if printed and len(printed) == written:
        chosen = printed[first : last + 1] or printed[-1:]
        return (
            min(b[0] for b in chosen) - 2,
            chosen[0][1] - 2,
            max(b[2] for b in chosen) + 2,
            chosen[-1][3] + 2,
        )
    width, height = image.size
    margin_y, margin_x = height * 0.06, width * 0.05
    step = (height - 2 * margin_y) / max(1, written)
    return margin_x, margin_y + first * step, width - margin_x, margin_y + (last + 1) * step


def save_png(found: PageImage, path: Any) -> None:
    """Write the picture as PNG, atomically (a half-written image never replaces a good one)."""
    from pathlib import Path

    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    found.image.save(partial, format="PNG", optimize=False)
    partial.replace(target)
