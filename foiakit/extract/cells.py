"""A line of a page's text as a row of cells. The PDF text layer keeps a wide gap on a line as three spaces
(`foiakit.ingest.pdf_text.GAP`): two columns of a party block ("Bill To:   Ship To:"), a letterhead's name and its
right-aligned address, a table's cells. A text file's tab, or a run of three spaces, parts cells the same way.
OCR'd text has no gaps: each of its lines is one cell, and every rule that reads cells reads it as a line.
A party block printed in columns ("Quote From:   Quote To:" over "Acme Signal LLC   Village of Elm Park") is read
here too (`column_parties`): its labels' cells line up with the cells under them by their index."""

from __future__ import annotations

import functools
from collections.abc import Iterator

from foiakit.extract.lexicon import words
from foiakit.ingest.pdf_text import CELL_GAP
from foiakit.model import Page


def cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each cell of `text[start:end]` (one line), its spaces trimmed; none for a blank line."""
    found: list[tuple[int, int]] = []
    cursor = start
    for gap in [*CELL_GAP.finditer(text, start, end), None]:
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
    gap = CELL_GAP.search(text, start, end)
    return gap.start() if gap is not None else end


def cell_index(spans: list[tuple[int, int]], offset: int) -> int | None:
    """The index of the cell that holds `offset`, None when it falls in a gap."""
    for index, (start, end) in enumerate(spans):
        if start <= offset < end:
            return index
    return None


_BLOCK_ROWS = 4  # a party's name and its address lines under a column's label


@functools.cache
def _party_labels() -> dict[str, str]:
    """A party block's column labels: a seller's (`vendor_role_labels`: "Quote From", "Remit To", "Vendor") and a
    buyer's (`prices.json` `buyer_labels`: "Bill To", "Ship To", "Quote To", "Customer")."""
    labels = {label: "seller" for label in words("org_words")["vendor_role_labels"]}
    labels.update({label: "buyer" for label in words("prices")["buyer_labels"]})
    return labels


def _column_label(cell: str) -> tuple[str | None, bool]:
    """(the party a column's label names, or None; whether the cell is a label at all): "Bill To:" → ("buyer",
    True), "Date:" → (None, True), "BILL TO" → ("buyer", False), "Acme Signal LLC" → (None, False)."""
    colon = cell.endswith(":")
    label = " ".join(cell.rstrip(":").split()).lower()
    return _party_labels().get(label), colon


def column_parties(page: Page) -> tuple[tuple[str, int, int, tuple[str, ...]], ...]:
    """The parties of a party block printed in columns: a line of two or more labels ("Bill To:   Ship To:",
    "QUOTE FROM   QUOTE TO"), at least one a party's, over lines of as many cells; each label's party is the first
    cell in its column. (role, start, end, the column's cells under the name) of each. Letterheads, party blocks,
    a paper's seller and its prices all ask: it is read once per page text."""
    return _column_parties(page.text)


@functools.lru_cache(maxsize=64)
def _column_parties(text: str) -> tuple[tuple[str, int, int, tuple[str, ...]], ...]:
    found = []
    lines = list(_line_spans(text))
    for i, (line_start, line_end) in enumerate(lines[:-1]):
        header = cells(text, line_start, line_end)
        if len(header) < 2:
            continue
        labels = [_column_label(text[s:e]) for s, e in header]
        if not any(role for role, _ in labels) or not all(role or colon for role, colon in labels):
            continue  # "Bill To:   Ship To:", "Vendor:   Date:", never "Item   Qty   Price"
        rows = []
        for row_start, row_end in lines[i + 1 : i + 1 + _BLOCK_ROWS]:
            row = cells(text, row_start, row_end)
            if len(row) != len(header):
                break
            rows.append(row)
        for index, (role, _) in enumerate(labels):
            if role and rows:
                start, end = rows[0][index]
                found.append((role, start, end, tuple(text[s:e] for s, e in (row[index] for row in rows[1:]))))
    return tuple(found)


def _line_spans(text: str) -> Iterator[tuple[int, int]]:
    offset = 0
    for raw in text.split("\n"):
        if raw.strip():
            yield offset, offset + len(raw)
        offset += len(raw) + 1
