"""Grey and tinted redaction boxes with the exemption printed over them (as FOIA processing software prints them),
and the light fills that are not redactions: one invented page per case, drawn with reportlab."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from foiakit.foia.exemptions import find_codes
from foiakit.foia.stamped import LightFill, joined
from foiakit.ingest import ingest
from foiakit.ingest.discover import discover
from foiakit.model import Settings

Draw = Callable[[canvas.Canvas], None]
GREY = (0.75, 0.75, 0.75)


def _box(c: canvas.Canvas, x: float, y: float, w: float, h: float, fill: tuple[float, float, float]) -> None:
    c.setFillColorRGB(*fill)
    c.rect(x, y, w, h, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)


def grey_stamp(c: canvas.Canvas) -> None:
    c.drawString(72, 700, "From: Dana Whitfield")
    c.drawString(72, 684, "To:")
    _box(c, 96, 680, 110, 15, GREY)
    c.drawString(136, 684, "(b) (6)")


def grey_stamp_7c(c: canvas.Canvas) -> None:
    c.drawString(72, 700, "The officer on duty was")
    _box(c, 200, 696, 90, 15, GREY)
    c.drawString(220, 700, "(b) (7)(C)")
    c.drawString(296, 700, "at the time.")


def tinted_terse_stamp(c: canvas.Canvas) -> None:
    c.drawString(72, 700, "Call me on")
    _box(c, 130, 696, 70, 15, (0.8, 0.85, 1.0))
    c.drawString(155, 700, "b6")


def blank_grey_in_a_line(c: canvas.Canvas) -> None:
    c.drawString(72, 700, "Cell:")
    _box(c, 102, 697, 80, 13, (0.6, 0.6, 0.6))
    c.drawString(190, 700, "(office hours only)")


def strips_of_one_box(c: canvas.Canvas) -> None:
    c.drawString(72, 700, "Attendees:")
    for row in range(3):  # one redaction drawn as a strip per line
        _box(c, 140, 700 - row * 6, 120, 6, GREY)
    c.drawString(180, 700, "(b) (6)")


def red_stamp_on_black(c: canvas.Canvas) -> None:
    c.drawString(72, 700, "Requester:")
    _box(c, 140, 696, 90, 15, (0, 0, 0))
    c.setFillColorRGB(0.8, 0, 0)  # overlay text in red: dark enough to count as hidden under the box
    c.drawString(160, 700, "(b)(6)")


def white_box_with_border(c: canvas.Canvas) -> None:
    c.setFillColorRGB(1, 1, 1)
    c.rect(96, 680, 110, 15, stroke=1, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.drawString(100, 684, "(b) (6)")


def shaded_table_row(c: canvas.Canvas) -> None:
    c.drawString(72, 720, "Item          Quantity      Total")
    _box(c, 70, 696, 400, 15, (0.85, 0.85, 0.85))
    c.drawString(72, 700, "Camera        2             1,200.00")


def empty_cell_of_a_shaded_row(c: canvas.Canvas) -> None:
    _box(c, 70, 696, 150, 15, (0.7, 0.7, 0.7))
    c.drawString(72, 700, "Maintenance fee")
    _box(c, 222, 696, 80, 15, (0.7, 0.7, 0.7))  # an empty cell of the same shaded row
    c.drawString(306, 700, "n/a")


def empty_cells_touching_a_labelled_row(c: canvas.Canvas) -> None:
    # a contract's fee table: header cells drawn edge to edge in one grey, two of them with no label, each cell an
    # outer and an inner rectangle
    for x, label in ((70, "Item"), (200, ""), (300, "Amount"), (400, "")):
        _box(c, x, 696, 100, 15, (0.65, 0.65, 0.65))
        _box(c, x + 2, 698, 96, 9, (0.65, 0.65, 0.65))
        if label:
            c.drawString(x + 4, 700, label)


def blank_box_touching_a_row_of_another_grey(c: canvas.Canvas) -> None:
    _box(c, 70, 720, 200, 15, (0.85, 0.85, 0.85))
    c.drawString(72, 724, "Contact details")
    c.drawString(72, 700, "Cell:")
    _box(c, 102, 697, 80, 13, (0.6, 0.6, 0.6))  # touches nothing of its own grey: a blank redaction still
    _box(c, 182, 697, 120, 13, (0.62, 0.62, 0.62))  # a near grey beside it: pdfminer may call it the same
    c.drawString(190, 700, "(office hours only)")


def highlight(c: canvas.Canvas) -> None:
    _box(c, 70, 696, 220, 15, (1.0, 0.95, 0.2))
    c.drawString(72, 700, "The term ends on June 30.")


def grey_panel(c: canvas.Canvas) -> None:
    c.drawString(72, 700, "Summary")
    _box(c, 130, 640, 300, 80, GREY)  # a sidebar, far taller than the line beside it


def check_boxes(c: canvas.Canvas) -> None:
    for row, label in enumerate(("Demonstration", "Production", "Pilot")):
        _box(c, 72, 697 - row * 16, 10, 10, (0.66, 0.66, 0.66))  # a form's grey check box beside its label
        c.drawString(88, 700 - row * 16, label)


def grey_box_over_words(c: canvas.Canvas) -> None:
    _box(c, 70, 696, 200, 15, GREY)
    c.drawString(72, 700, "Please reply by Friday (b) (6)")


CASES: list[tuple[str, Draw, list[tuple[str, str]]]] = [
    ("grey box, '(b) (6)' over it", grey_stamp, [("(b)(6)", "#bfbfbf")]),
    ("grey box in a sentence, '(b) (7)(C)' over it", grey_stamp_7c, [("(b)(7)(C)", "#bfbfbf")]),
    ("light blue box, 'b6' over it", tinted_terse_stamp, [("(b)(6)", "#ccd9ff")]),
    ("blank grey box in a line of text", blank_grey_in_a_line, [("", "#999999")]),
    ("one box drawn in three strips", strips_of_one_box, [("(b)(6)", "#bfbfbf")]),
    ("black box, red '(b)(6)' over it: the code, no leak", red_stamp_on_black, [("(b)(6)", "#000000")]),
    ("white box with a border", white_box_with_border, []),
    ("light table-row shading holding words", shaded_table_row, []),
    ("empty cell of a shaded row", empty_cell_of_a_shaded_row, []),
    ("empty header cells touching labelled ones", empty_cells_touching_a_labelled_row, []),
    ("blank box beside a near grey", blank_box_touching_a_row_of_another_grey, [("", "#999999")]),
    ("yellow highlight", highlight, []),
    ("grey panel", grey_panel, []),
    ("grey check boxes beside their labels", check_boxes, []),
    ("grey box holding words and a code", grey_box_over_words, []),
]


def _page(tmp_path: Path, draw: Draw) -> Path:
    path = tmp_path / "page.pdf"
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    c.setFont("Helvetica", 11)
    draw(c)
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize(("name", "draw", "expected"), CASES, ids=[c[0] for c in CASES])
def test_light_fills(tmp_path: Path, name: str, draw: Draw, expected: list[tuple[str, str]]) -> None:
    path = _page(tmp_path, draw)
    document = ingest(discover([path], tmp_path / "work").files[0], Settings(ocr_mode="never"))
    found = [f for f in document.layout_findings if f.kind == "redaction"]
    assert [(f.normalized, f.detail_dict["colour"]) for f in found] == expected
    assert not document.errors
    for finding in found:
        assert finding.detail_dict.get("code_on_box", False) is bool(finding.normalized)
        assert "leaked_text" not in finding.detail_dict
    # the stamp becomes an exemption: read in the page text, or else from the box (a stamped label finding)
    in_text = {c.code for c in find_codes(document.pages[0].text)}
    labels = {f.normalized for f in document.layout_findings if f.kind == "exemption"}
    if found:
        assert in_text | labels == {code for code, _ in expected if code}


def test_strips_join_only_when_they_touch_and_share_a_colour() -> None:
    strips = [LightFill(10, 10 + 6 * i, 90, 16 + 6 * i, "rect", "#bfbfbf", 0.75) for i in range(3)]
    apart = LightFill(10, 40, 90, 46, "rect", "#bfbfbf", 0.75)
    other = LightFill(10, 28, 90, 34, "rect", "#999999", 0.6)
    boxes = sorted((f.x0, f.top, f.x1, f.bottom, f.colour) for f in joined([*strips, apart, other]))
    assert boxes == [(10, 10, 90, 28, "#bfbfbf"), (10, 28, 90, 34, "#999999"), (10, 40, 90, 46, "#bfbfbf")]


# The PDFium pre-filter hands a page to pdfplumber for a grey or tinted fill only when nothing or only a stamp is
# printed in it: every page with a box must pass, and shading or a highlight that holds words must not.
HOLDS_WORDS = {
    "light table-row shading holding words",
    "yellow highlight",
    "grey box holding words and a code",
    "empty header cells touching labelled ones",  # each empty cell joins a labelled one (`blanks_are_shading`)
}


@pytest.mark.parametrize(("name", "draw", "expected"), CASES, ids=[c[0] for c in CASES])
def test_the_prefilter_passes_every_box_and_no_shading_with_words(
    tmp_path: Path, name: str, draw: Draw, expected: list[tuple[str, str]]
) -> None:
    import pypdfium2 as pdfium

    from foiakit.foia.page_walk import may_hold_a_box

    pdf = pdfium.PdfDocument(_page(tmp_path, draw))
    try:
        passed = may_hold_a_box(pdf, 1)
    finally:
        pdf.close()
    if expected:
        assert passed
    if name in HOLDS_WORDS:
        assert not passed
