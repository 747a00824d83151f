"""Redaction boxes of a lighter fill on text-layer pages: the grey (or coloured) boxes that FOIA processing
software (FOIAXpress, Acrobat redaction with overlay text) draws, the exemption printed over them ("(b) (6)").

A dark box hides what it covers whatever it holds; a light one does not (the words stay readable), so a light
fill is a redaction only when
- the text on it is an exemption stamp and nothing else (codes and stamp words: "(b) (6)", "Ex. 5 Redacted"), or
- it holds no text at all and sits in a line of text, as tall as that line's words or a little taller (the
  blank where "To: [box]" held a name) and wider than tall (a grey square is a check box), unless its colour is
  the one the page uses for shading that holds words (an empty cell of a shaded table row).
A light fill holding ordinary words is shading (a table row, a highlight, a form field) and never a redaction;
white fills are the page's own background (a white box with a border is a form field or a frame).

Boxes drawn in pieces (one rectangle per line of a multi-line redaction) are joined first when they are of one
colour and touch."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from foiakit.foia.boxes import Box, chars_in, share
from foiakit.foia.exemptions import stamp_code
from foiakit.model import Page

MAX_STAMPED_FILL = 0.95  # luminance (0..1) under which a fill with a stamp on it is a box; above, white paper
MAX_BLANK_FILL = 0.8  # a box holding nothing must be a clear grey: pale tints are table and form shading
TOUCH = 1.0  # points: pieces this close are one box drawn in strips
LINE_GAP = 24.0  # points: a word this close beside a blank box puts the box in its line
MIN_OF_WORD = 0.8  # a blank box covers its line's words' height: at least this share of it...
MAX_OF_WORD = 2.5  # ...and no more than this multiple (a taller box is a panel, not a blanked word)
MIN_BLANK_ASPECT = 1.5  # a blank box is wider than tall: a square one beside a label is a check box or a button


@dataclass(frozen=True, slots=True)
class LightFill:
    """A filled rectangle or path lighter than a dark redaction colour, worked out from the top-left corner."""

    x0: float
    top: float
    x1: float
    bottom: float
    origin: str  # rect | curve
    colour: str  # "#rrggbb"
    luminance: float


def stamped_boxes(
    fills: list[LightFill],
    chars: list[dict[str, Any]],
    words: list[dict[str, Any]],
    text_of: Callable[[list[dict[str, Any]]], str],
    shape_ok: Callable[[tuple[float, float, float, float]], bool],
    page: Page,
    area: float,
) -> Iterator[Box]:
    """The light fills of one page that are redactions (see the module's note); `text_of` reads chars back,
    `shape_ok` tells a box's shape from a rule's or a panel's."""
    judged: list[tuple[LightFill, list[dict[str, Any]]]] = []
    shading: set[str] = set()
    for fill in joined(fills):
        box = (fill.x0, fill.top, fill.x1, fill.bottom)
        if fill.luminance > MAX_STAMPED_FILL or not shape_ok(box):
            continue
        inside = chars_in(chars, box)
        judged.append((fill, inside))
    blanks: list[LightFill] = []
    for fill, inside in judged:
        box = (fill.x0, fill.top, fill.x1, fill.bottom)
        if not inside:
            blanks.append(fill)
            continue
        code = stamp_code(text_of(inside))
        if code is None:
            shading.add(fill.colour)  # ordinary words on it: shading, and its colour marks the page's shading
            continue
        yield Box(page.number, *box, share(box, area), fill.origin, code, colour=fill.colour, code_on_box=True)
    for fill in blanks:
        box = (fill.x0, fill.top, fill.x1, fill.bottom)
        if fill.luminance <= MAX_BLANK_FILL and fill.colour not in shading and in_a_line(fill, words):
            yield Box(page.number, *box, share(box, area), fill.origin, colour=fill.colour)


def in_a_line(fill: LightFill, words: list[dict[str, Any]]) -> bool:
    """Whether a word of the page stands beside the box on its line, the box about as tall as that word."""
    height = fill.bottom - fill.top
    if fill.x1 - fill.x0 < MIN_BLANK_ASPECT * height:
        return False
    for word in words:
        word_height = word["bottom"] - word["top"]
        middle = (word["top"] + word["bottom"]) / 2
        if word_height <= 0 or not fill.top <= middle <= fill.bottom:
            continue
        if not MIN_OF_WORD * word_height <= height <= MAX_OF_WORD * word_height:
            continue
        left_gap, right_gap = fill.x0 - word["x1"], word["x0"] - fill.x1
        if 0 <= left_gap <= LINE_GAP or 0 <= right_gap <= LINE_GAP:
            return True
    return False


def joined(fills: list[LightFill]) -> list[LightFill]:
    """Pieces of one colour that touch (stacked strips of a multi-line box, side-by-side halves) as one fill."""
    pieces = sorted(fills, key=lambda f: (f.top, f.x0))
    changed = True
    while changed:
        changed = False
        for i, a in enumerate(pieces):
            for j in range(i + 1, len(pieces)):
                b = pieces[j]
                if a.colour == b.colour and _touch(a, b):
                    merged = LightFill(
                        min(a.x0, b.x0),
                        min(a.top, b.top),
                        max(a.x1, b.x1),
                        max(a.bottom, b.bottom),
                        a.origin,
                        a.colour,
                        a.luminance,
                    )
                    pieces = [p for k, p in enumerate(pieces) if k not in (i, j)] + [merged]
                    changed = True
                    break
            if changed:
                break
    return pieces


def _touch(a: LightFill, b: LightFill) -> bool:
    gap_x = max(a.x0, b.x0) - min(a.x1, b.x1)
    gap_y = max(a.top, b.top) - min(a.bottom, b.bottom)
    return gap_x <= TOUCH and gap_y <= TOUCH and (gap_x < 0 or gap_y < 0)
