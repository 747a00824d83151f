"""Drawings are no redactions (foiakit/foia/graphics.py): a chart's bars, a logotype's letters; shapes drawn for
the test, in points."""

from __future__ import annotations

import pytest

from foiakit.foia.boxes import Box
from foiakit.foia.graphics import without_graphics


def _box(x0: float, top: float, width: float, height: float, page: int = 1) -> Box:
    return Box(page, x0, top, x0 + width, top + height, 0.001, "pixels")


def _bars(heights: list[float], width: float = 20.0, baseline: float = 540.0) -> list[Box]:
    """Bars standing on one baseline, 4 points apart."""
    return [_box(50 + i * (width + 4), baseline - h, width, h) for i, h in enumerate(heights)]


@pytest.mark.parametrize(
    ("boxes", "kept"),
    [
        # monthly usage bars of a utility bill: one width, one baseline, different heights
        (_bars([30, 36, 28, 40, 33, 25]), 0),
        # short bars of the same chart may be square
        (_bars([30, 36, 20, 40, 18, 25]), 0),
        # mostly square boxes are no chart
        (_bars([18, 19, 20, 22]), 4),
        # the same bars hanging from one top edge
        ([_box(50 + i * 24, 500, 20, h) for i, h in enumerate([30, 36, 28, 40])], 0),
        # two tall boxes are no chart
        (_bars([30, 36]), 2),
        # redactions of words: wider than tall
        ([_box(50 + i * 90, 300, 80, 12) for i in range(4)], 4),
        # a row of redacted cells of one height: no chart, however tall
        (_bars([40, 40, 40, 40]), 4),
        # bars of very different widths are not one chart
        ([_box(50, 500, 10, 30), _box(70, 490, 30, 40), _box(110, 505, 12, 25)], 3),
        # bars on different pages are judged page by page
        ([*_bars([30, 36]), _box(200, 500, 20, 40, page=2)], 3),
    ],
)
def test_chart_bars_are_no_redactions(boxes: list[Box], kept: int) -> None:
    assert len(without_graphics(boxes)) == kept


def test_a_labelled_box_stays_whatever_its_shape() -> None:
    from foiakit.foia.exemptions import find_codes

    code = find_codes("(b)(6)")[0]
    labelled = [
        Box(1, 50 + i * 24, 540 - h, 70 + i * 24, 540, 0.001, "rect", code=code) for i, h in enumerate([30, 36, 28])
    ]
    assert len(without_graphics(labelled)) == 3


def _curve(x0: float, width: float, share: float = 0.0005, leaked: str = "") -> Box:
    return Box(1, x0, 30, x0 + width, 47, share, "curve", leaked_text=leaked)


@pytest.mark.parametrize(
    ("boxes", "kept"),
    [
        # three letters of a seal drawn as filled outlines, each overlapping the next
        ([_curve(25, 24), _curve(46, 27), _curve(68, 25)], 0),
        # curves apart from each other: judged one by one, as before
        ([_curve(25, 20), _curve(100, 20)], 2),
        # large overlapping strokes are ink over a redacted line, not letters
        ([_curve(25, 200, share=0.01), _curve(200, 200, share=0.01)], 2),
        # a curve with text under it leaks: it stays
        ([_curve(25, 24, leaked="Jane Roe"), _curve(46, 27)], 1),
    ],
)
def test_logotype_letters_are_no_redactions(boxes: list[Box], kept: int) -> None:
    assert len(without_graphics(boxes)) == kept
