"""A line of a page's text as a row of cells. The PDF text layer keeps a wide gap on a line as three spaces
(`foiakit.ingest.pdf_text.GAP`): two columns of a party block ("Bill To:   Ship To:"), a letterhead's name and its
right-aligned address, a table's cells. A text file's tab, or a run of three spaces, parts cells the same way.
OCR'd text has no gaps: each of its lines is one cell, and every rule that reads cells reads it as a line."""

from __future__ import annotations

import re

_GAP = re.compile(r" {3,}|\t+")


def cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each cell of `text[start:end]` (one line), its spaces trimmed; none for a blank line."""
    found: list[tuple[int, int]] = []
    cursor = start
    for gap in [*_GAP.finditer(text, start, end), None]:
        stop = gap.start() if gap is not None else end
        piece = text[cursor:stop]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            found.append((cursor + lead, cursor + len(piece.rstrip())))
        if gap is not None:
            cursor = gap.end()
    return found


def line_cells(text: str, offset: int) -> tuple[tuple[int, int], list[tuple[int, int]]]:
    """The bounds of the line holding `offset` and its cells."""
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    line_end = len(text) if line_end == -1 else line_end
    return (line_start, line_end), cells(text, line_start, line_end)


def cell_end(text: str, start: int, end: int) -> int:
    """Where a value starting at `start` ends: at the first gap before `end` ("Harlow Signal Inc.   Date: …")."""
    gap = _GAP.search(text, start, end)
    return gap.start() if gap is not None else end


def cell_index(spans: list[tuple[int, int]], offset: int) -> int | None:
    """The index of the cell that holds `offset`, None when it falls in a gap."""
    for index, (start, end) in enumerate(spans):
        if start <= offset < end:
            return index
    return None
