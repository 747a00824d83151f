"""A price table's columns told by the cells of its header line. A line of a text-layer page is a row of cells (a
wide gap is kept as three spaces, `cells`); when a row has as many cells as its table's header, each cell sits
under the header cell of its index. Two things follow on a sale's papers:

- a figure under a Quantity header is a quantity, though printed with cents ("Quantity" over "1.00");
- the pages after the one that prints the header carry on its table ("Continued on next page"): their rows, as
  many cells as the header, hold prices in the cells under its price and total labels, though the page prints no
  header of its own.

OCR'd text has no gaps: its lines are one cell each, and none of this applies there."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from decimal import Decimal

from foiakit.extract.cells import cell_index, cells
from foiakit.extract.lexicon import phrase_pattern, words

MIN_CELLS = 3  # a table's row: a description and two figures at least


def _role(label: str) -> str | None:
    """'quantity' or 'price' for a header cell naming one (a price or total label wins: "Price Each", "Qty Price")."""
    lexicon = words("line_items")
    if phrase_pattern(lexicon["unit_price"] | lexicon["total"]).search(label):
        return "price"
    return "quantity" if phrase_pattern(lexicon["quantity"]).search(label) else None


def column_roles(header: str) -> list[str | None]:
    """The role of each cell of a header line."""
    return [_role(header[s:e]) for s, e in cells(header, 0, len(header))]


def in_quantity_column(text: str, header: tuple[int, int], line: tuple[int, int], start: int) -> bool:
    """Whether the figure at `start` on `line` sits under the header's Quantity cell ("Description   Quantity
    Unit Price" over "Network switch   1.00   1,523.17"): the row and the header have as many cells, and the
    figure's cell has the index of the one naming a quantity."""
    row = cells(text, *line)
    index = cell_index(row, start)
    if index is None or len(row) < MIN_CELLS:
        return False
    roles = column_roles(text[header[0] : header[1]])
    return len(roles) == len(row) and roles[index] == "quantity"


def table_amounts(text: str, header: str, figure: re.Pattern[str], origin: int) -> Iterator[tuple[int, int, Decimal]]:
    """(start, end, amount) of the figures in the price cells of the rows of `header`'s table from `origin` on (the
    header printed above them, or on a page before): rows of as many cells as the header, a price cell whose text
    `figure` (a sign-less amount) fully matches, after a "$"."""
    from foiakit.extract.money import decimal_of

    roles = column_roles(header)
    if len(roles) < MIN_CELLS or "price" not in roles:
        return
    offset = origin
    for line in text[origin:].split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        row = cells(text, start, end)
        if len(row) != len(roles):
            continue
        for (s, e), role in zip(row, roles, strict=True):
            s += len(text[s:e]) - len(text[s:e].lstrip("$ "))  # "$1,250.00": the figure after its sign
            match = figure.fullmatch(text, s, e)
            if role != "price" or match is None:
                continue
            amount = decimal_of(match.group(1))
            if amount > 0:
                yield s, e, amount


def carried_table(
    text: str, carried: str | None, taken: list[tuple[int, int]]
) -> tuple[str | None, list[tuple[int, int, Decimal]]]:
    """The amounts in the price cells of the rows under each table header of a page, and above its first one
    under the header of the table the page before printed or carried on (`carried`), by `price_columns`; and the
    header the next page may carry on: this page's last, else the carried one when this page held rows of it."""
    from foiakit.extract.money_clauses import not_a_price
    from foiakit.extract.table_headers import BARE_AMOUNT, header_spans

    own = header_spans(text)
    regions = [(end + 1, own[i + 1][0] if i + 1 < len(own) else len(text), text[start:end])
               for i, (start, end) in enumerate(own)]  # fmt: skip
    if carried is not None:
        regions.insert(0, (0, own[0][0] if own else len(text), carried))
    read = [(s, e, amount, carried is not None and index == 0) for index, (lo, hi, header) in enumerate(regions)
             for s, e, amount in table_amounts(text[:hi], header, BARE_AMOUNT, lo)]  # fmt: skip
    ends = sorted(e for _, e in taken)  # the text rules' amounts: a cell overlaps one ending after its start
    starts = sorted(s for s, _ in taken)
    found = [
        (s, e, a)
        for s, e, a, _ in read
        if bisect_left(starts, e) == bisect_left(ends, s + 1) and not not_a_price(text, s, e)
    ]
    taken.extend((s, e) for s, e, _ in found)
    if own:
        start, end = own[-1]
        return text[start:end], found
    return (carried if any(cont for *_, cont in read) else None), found
