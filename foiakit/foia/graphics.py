"""Dark shapes that are drawings, not redactions: the bars of a chart and the letters of a logotype.

Bars of a chart: a bar chart printed on a bill or a report (monthly usage, a budget by
year) is a row of dark bars: each taller than wide, of one width, standing on one baseline, of different
heights. Redactions cover words, so they are wider than tall, and redacted cells of one table row share their
height. A group of three such bars or more is taken out before the boxes become findings.

Thick rules: a bar thinner than a line of print and many times longer (under a letterhead, between sections)
is a rule; a redaction of a whole line is as tall as the line's words.

Letters of a logotype: a seal or a logo drawn as filled outlines ("DMV" in a state form's corner) gives one
small dark path per letter, each overlapping its neighbour's bounds. A redaction is a rectangle drawn once;
overlapping small filled curves are a drawing."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from typing import Any

from foiakit.foia.boxes import Box

MIN_BARS = 3
TALL = 1.2  # height over width of most bars of a chart...
SQUAT = 0.8  # ...while its short bars may be square or a little wider than tall, no more
SAME_WIDTH = 1.3  # widest over narrowest bar of one chart
DIFFERENT_HEIGHTS = 1.1  # tallest over shortest: bars of one height are a row of redacted cells


RULE_HEIGHT = 9.0  # points: thinner than a line of small print with its box around it...
RULE_ASPECT = 25.0  # ...and this many times longer than tall: a rule
LETTER_SHARE = 0.002  # of the page: a letter of a logotype is small; an ink stroke over a redacted line is not


def without_graphics(boxes: Iterable[Box]) -> list[Box]:
    """`boxes` less the bars of charts, thick rules and the letters of logotypes."""
    boxes = list(boxes)
    drawn = {id(box) for group in _charts(boxes) for box in group} | {id(box) for box in _letters(boxes)}
    drawn |= {id(box) for box in boxes if _is_rule(box)}
    return [box for box in boxes if id(box) not in drawn]


def _is_rule(box: Box) -> bool:
    """A thick rule on a PDF page (boxes in points; an image file's boxes are in its own pixels, not judged)."""
    height = box.bottom - box.top
    plain = box.code is None and not box.leaked_text and not box.withheld_in_full
    long_and_thin = 0 < height < RULE_HEIGHT and box.x1 - box.x0 >= RULE_ASPECT * height
    return plain and box.page_height > 0 and long_and_thin


def _letters(boxes: list[Box]) -> Iterable[Box]:
    curves = [b for b in boxes if b.origin == "curve" and b.page_share < LETTER_SHARE and b.code is None]
    for on_page in _by_page(curves).values():  # page by page: a long document's logos are not compared across
        for box in on_page:
            if not box.leaked_text and any(other is not box and _intersect(box, other) for other in on_page):
                yield box


def _intersect(a: Box, b: Box) -> bool:
    return min(a.x1, b.x1) > max(a.x0, b.x0) and min(a.bottom, b.bottom) > max(a.top, b.top)


def _charts(boxes: list[Box]) -> Iterable[list[Box]]:
    tall = [b for b in boxes if _is_bar_shaped(b)]
    for on_page in _by_page(tall).values():
        for edge in (lambda b: b.bottom, lambda b: b.top):  # bars stand on a baseline or hang from one
            for group in _aligned(on_page, edge):
                if _is_chart(group):
                    yield group


def _by_page(boxes: list[Box]) -> dict[int, list[Box]]:
    pages: dict[int, list[Box]] = {}
    for box in boxes:
        pages.setdefault(box.page, []).append(box)
    return pages


def _is_bar_shaped(box: Box) -> bool:
    width, height = box.x1 - box.x0, box.bottom - box.top
    return (
        width > 0 and height >= SQUAT * width and not box.withheld_in_full and box.code is None and not box.leaked_text
    )


def _aligned(boxes: list[Box], edge: Callable[[Box], float]) -> Iterable[list[Box]]:
    """Runs of boxes whose `edge` lies within a tolerance of the run's first (a fifth of a bar's width)."""
    ordered = sorted(boxes, key=edge)
    group: list[Box] = []
    for box in ordered:
        if group and edge(box) - edge(group[0]) > max(3.0, 0.2 * (group[0].x1 - group[0].x0)):
            yield group
            group = []
        group.append(box)
    if group:
        yield group


def _is_chart(group: list[Box]) -> bool:
    if len(group) < MIN_BARS:
        return False
    widths = [b.x1 - b.x0 for b in group]
    heights = [b.bottom - b.top for b in group]
    ordered = sorted(group, key=lambda b: b.x0)
    side_by_side = all(left.x1 <= right.x0 for left, right in itertools.pairwise(ordered))
    tall = sum(h >= TALL * w for w, h in zip(widths, heights, strict=True))
    return (
        side_by_side
        and 2 * tall >= len(group)
        and max(widths) <= SAME_WIDTH * min(widths)
        and max(heights) >= DIFFERENT_HEIGHTS * min(heights)
    )


AXIS_REACH = 14.0  # points: a line running this far on past a box's edge is an axis (a letter's stroke is shorter)
AXIS_SLACK = 2.0  # points: a line this near a box's edge runs along it
THIN = 2.0  # points: a filled rectangle this thin is a drawn line


Segment = tuple[float, float, float, float]  # x0, top, x1, bottom: a thin drawn line, from the top-left corner


def axis_bars(boxes: list[Box], segments: list[Segment]) -> set[int]:
    """The ids of the boxes of a text-layer page that are bars of a chart: two or more boxes of different lengths
    standing on one axis line, each with that line along one side and running on past it (beside horizontal
    bars, under vertical ones) and none along the opposite side. A single box on a line is a form field's
    redaction (a name blacked out on its underline); a box filling a table cell has lines on both sides; a
    labelled box stays."""
    groups: dict[tuple[str, int], list[tuple[Box, float]]] = {}
    for box in boxes:
        axis = _axis_of(box, segments)
        if axis is not None:
            side, at = axis
            length = box.x1 - box.x0 if side in ("left", "right") else box.bottom - box.top
            groups.setdefault((side, round(at)), []).append((box, length))
    bars: set[int] = set()
    for members in groups.values():
        lengths = [length for _, length in members]
        if len(members) >= 2 and max(lengths) >= DIFFERENT_HEIGHTS * min(lengths):
            bars |= {id(box) for box, _ in members}
    return bars


def _axis_of(box: Box, segments: list[Segment]) -> tuple[str, float] | None:
    """The side ("left", "right", "bottom") and position of the one axis line a box stands on, or None."""
    if box.code is not None or box.leaked_text or box.withheld_in_full:
        return None

    def vertical(x: float) -> bool:
        return any(
            s[2] - s[0] <= THIN + AXIS_SLACK
            and abs((s[0] + s[2]) / 2 - x) <= AXIS_SLACK
            and s[1] <= box.top + AXIS_SLACK
            and s[3] >= box.bottom - AXIS_SLACK
            and max(box.top - s[1], s[3] - box.bottom) >= AXIS_REACH
            for s in segments
        )

    def horizontal(y: float) -> bool:
        return any(
            s[3] - s[1] <= THIN + AXIS_SLACK
            and abs((s[1] + s[3]) / 2 - y) <= AXIS_SLACK
            and s[0] <= box.x0 + AXIS_SLACK
            and s[2] >= box.x1 - AXIS_SLACK
            and max(box.x0 - s[0], s[2] - box.x1) >= AXIS_REACH
            for s in segments
        )

    tall = box.bottom - box.top >= SQUAT * (box.x1 - box.x0)
    if tall and horizontal(box.bottom) and not horizontal(box.top):
        return ("bottom", box.bottom)  # first: a chart's first bar may stand against its value axis too
    left, right = vertical(box.x0), vertical(box.x1)
    if left != right:
        return ("left", box.x0) if left else ("right", box.x1)
    return None


def drawn_lines(plumber_page: Any) -> list[Segment]:
    """The thin lines a pdfplumber page draws: its line objects, its hairline rectangles and the straight
    horizontal or vertical pieces of its stroked paths (two axes drawn as one "L")."""
    segments: list[Segment] = []
    for line in plumber_page.lines:
        segments.append((float(line["x0"]), float(line["top"]), float(line["x1"]), float(line["bottom"])))
    for rect in plumber_page.rects:
        box = (float(rect["x0"]), float(rect["top"]), float(rect["x1"]), float(rect["bottom"]))
        if min(box[2] - box[0], box[3] - box[1]) <= THIN:
            segments.append(box)
    for curve in plumber_page.curves:
        if not curve.get("stroke"):
            continue
        points = curve.get("pts") or []
        for (ax, ay), (bx, by) in itertools.pairwise(points):
            if ax == bx or ay == by:
                segments.append((min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)))
    return segments
