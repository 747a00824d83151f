"""Dark shapes that are no redaction against real redactions (tests/redaction_lookalikes.py), on scanned pages
(the pixel detector) and born-digital ones (the vector judgment), and the rules that tell them apart."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from redaction_lookalikes import (
    DPI,
    PX,
    ScanCase,
    VectorCase,
    scanned_lookalikes,
    scanned_redactions,
    vector_lookalikes,
    vector_redactions,
)
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from foiakit.foia import pixels
from foiakit.foia.boxes import Box
from foiakit.foia.exemptions import find_codes
from foiakit.foia.graphics import axis_bars, without_graphics
from foiakit.foia.redactions import _is_heading
from foiakit.ingest import ingest
from foiakit.ingest.discover import discover
from foiakit.model import Finding, Settings

LOOKALIKES = scanned_lookalikes()
REDACTIONS = scanned_redactions()


def _scan_boxes(image: Image.Image) -> list[Box]:
    """The boxes a scanned letter page yields (light-text headings aside, judged by OCR in `redactions`)."""
    gray = np.asarray(image)
    full = pixels.full_page_fill(gray, DPI)
    blocks = [full] if full is not None else pixels.dark_blocks(gray, DPI)
    boxes = [Box(1, b.x0 / PX, b.y0 / PX, b.x1 / PX, b.y1 / PX, 0.01, "pixels", page_height=792.0) for b in blocks]
    return without_graphics(boxes)


@pytest.mark.parametrize("case", [c for c in LOOKALIKES if "light text" not in c.name], ids=lambda c: c.name)
def test_scanned_lookalikes_are_no_redactions(case: ScanCase) -> None:
    assert _scan_boxes(case.image) == []


@pytest.mark.parametrize("case", REDACTIONS, ids=lambda c: c.name)
def test_scanned_redactions_stay(case: ScanCase) -> None:
    assert _scan_boxes(case.image)


@pytest.mark.parametrize(
    ("name", "rule"),
    [
        ("flat dark patch inside a photo", "_in_a_graphic"),
        ("dark corner of a photo", "_in_a_graphic"),
        ("QR code", "_in_a_graphic"),
        ("scanner edge", "_outside_the_text"),
        ("punched holes", "_outside_the_text"),
    ],
)
def test_each_setting_rule_is_what_removes_its_lookalike(monkeypatch: pytest.MonkeyPatch, name: str, rule: str) -> None:
    """Without the rule the look-alike is a dark block the detector would report: the rule is not idle."""
    (case,) = [c for c in LOOKALIKES if c.name == name]
    monkeypatch.setattr(pixels, rule, lambda *args: False)
    assert _scan_boxes(case.image)


def test_a_thick_rule_is_dark_block_shaped_but_no_redaction() -> None:
    (case,) = [c for c in LOOKALIKES if c.name == "thick rule under a letterhead"]
    gray = np.asarray(case.image)
    assert pixels.dark_blocks(gray, DPI)  # the shape passes the detector...
    assert _scan_boxes(case.image) == []  # ...and the rule's height and length take it out


# ---- the axis rule on drawn boxes (points, from the top-left corner) -----------------------------------


def _bar(x0: float, top: float, x1: float, bottom: float, **extra: object) -> Box:
    return Box(1, x0, top, x1, bottom, 0.01, "rect", page_height=792.0, **extra)  # type: ignore[arg-type]


AXIS = (100.0, 300.0, 100.5, 500.0)  # a vertical axis line
BASELINE = (100.0, 500.0, 400.0, 500.5)  # a horizontal one
RIGHT_LINE = (300.0, 300.0, 300.5, 500.0)
HORIZONTAL_BARS = [_bar(100.5, 350, 300, 370), _bar(100.5, 390, 220, 410)]
VERTICAL_BARS = [_bar(130, 400, 170, 500), _bar(200, 440, 240, 500)]


@pytest.mark.parametrize(
    ("boxes", "lines", "bars"),
    [
        # horizontal bars of different lengths starting at their axis
        (HORIZONTAL_BARS, [AXIS], 2),
        # one box on a line: a form field's redaction
        (HORIZONTAL_BARS[:1], [AXIS], 0),
        # boxes of one length on a line: a column of redacted cells
        ([_bar(100.5, 350, 300, 370), _bar(100.5, 390, 300, 410)], [AXIS], 0),
        # lines on both sides: a table's cells
        (HORIZONTAL_BARS, [AXIS, RIGHT_LINE], 0),
        # the axis stops at the boxes: no line runs on past them (their own edges)
        (HORIZONTAL_BARS, [(100.0, 350.0, 100.5, 370.0), (100.0, 390.0, 100.5, 410.0)], 0),
        # vertical bars on their baseline, the first against the value axis too
        ([_bar(100.5, 400, 140, 500), *VERTICAL_BARS], [BASELINE, AXIS], 3),
        # wide boxes on one underline: redacted fields, not bars
        ([_bar(130, 486, 200, 500), _bar(220, 488, 380, 500)], [BASELINE], 0),
        # tall boxes with lines above and below: table cells
        (VERTICAL_BARS, [BASELINE, (100.0, 400.0, 400.0, 400.5), (100.0, 440.0, 400.0, 440.5)], 0),
        # no line at all
        (HORIZONTAL_BARS, [], 0),
    ],
)
def test_bars_beside_an_axis(boxes: list[Box], lines: list[tuple[float, float, float, float]], bars: int) -> None:
    assert len(axis_bars(boxes, lines)) == bars


def test_labelled_boxes_on_an_axis_stay() -> None:
    code = find_codes("(b)(6)")[0]
    labelled = [_bar(100.5, 350, 300, 370, code=code), _bar(100.5, 390, 220, 410, code=code)]
    assert axis_bars(labelled, [AXIS]) == set()


@pytest.mark.parametrize(
    ("box", "rule"),
    [
        (_bar(72, 722, 472, 730), True),  # 8 points thick, 400 long: a rule
        (_bar(72, 700, 472, 712), False),  # as tall as a line of print: a redacted line
        (_bar(72, 722, 150, 730), False),  # thin but short: a redacted word of small print
        (Box(1, 72, 722, 472, 730, 0.01, "pixels"), False),  # an image file's pixels: not judged in points
    ],
)
def test_thick_rules(box: Box, rule: bool) -> None:
    assert (without_graphics([box]) == []) is rule


# ---- born-digital pages and scanned PDFs, end to end ---------------------------------------------------


def _redactions(path: Path, tmp_path: Path, settings: Settings) -> list[Finding]:
    document = ingest(discover([path], tmp_path / "work").files[0], settings)
    assert not document.errors
    return [f for f in document.layout_findings if f.kind == "redaction"]


def _vector_pdf(case: VectorCase, path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    case.draw(c)
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("case", vector_lookalikes() + vector_redactions(), ids=lambda c: c.name)
def test_born_digital_pages(case: VectorCase, tmp_path: Path) -> None:
    found = _redactions(_vector_pdf(case, tmp_path / "page.pdf"), tmp_path, Settings(ocr_mode="never"))
    assert bool(found) is case.redaction


def _scan_pdf(image: Image.Image, path: Path) -> Path:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    c.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 0, 0, *letter)
    c.showPage()
    c.save()
    return path


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "code"),
    [("dark table header with light text", None), ("box with a white (b)(6)", "(b)(6)")],
)
def test_light_text_on_a_scanned_box_is_read(tmp_path: Path, name: str, code: str | None) -> None:
    """A dark band whose light text reads as words (a table header) is no redaction; a code on one is."""
    (case,) = [c for c in LOOKALIKES + REDACTIONS if c.name == name]
    found = _redactions(_scan_pdf(case.image, tmp_path / "scan.pdf"), tmp_path, Settings(dpi=150))
    assert [f.normalized for f in found] == ([code] if code else [])


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("Vendor   Invoice   Amount   Paid", True),  # a table header's words
        ("QUARTERLY FLEET REPORT", True),
        ("WITHHELD IN FULL", False),  # a label
        ("Page Denied", False),
        ("Non-Responsive", False),
        ("REDACTED", False),
        ("mw", False),  # a speck or a pen stroke read as letters
        ("ee ~ -", False),
        ("Bld", False),  # one word: too little to tell a header from noise
    ],
)
def test_light_words_on_a_dark_block(text: str, heading: bool) -> None:
    assert _is_heading(text) is heading
