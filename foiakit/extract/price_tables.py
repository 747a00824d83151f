"""The price-table reader's page analysis (pdfplumber's table finder, over PDFium's description of the page or
pdfplumber's own parse): a page's ruled tables first ("lines" strategy); when they
hold fewer than two items, text-aligned tables too ("text" strategy, cells rebuilt from the words under each
header label), and the reading with more items wins. Rows are parsed and located by `line_items`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from foiakit.extract.line_items import LineItem, cells_currency, clean_cell, header_roles, parse_row

TEXT_SETTINGS = {"vertical_strategy": "text", "horizontal_strategy": "text"}
CONFIDENCE = {"lines": 0.9, "text": 0.7}
HEADER_ROWS = 3  # a ruled table's header is in one of its first rows

Rows = list[list[str]]
Table = tuple[list[str], Rows]  # header cells, body rows (cells in the header's column order)


def page_items(plumber_page: Any) -> list[tuple[int, int, LineItem, float]]:
    """Ruled tables first; text-aligned ones when the ruled tables hold fewer than two items (no price table,
    or rules drawn only around a header and a total), whichever reading finds more items."""
    ruled = list(_items_of(_ruled_tables(plumber_page), CONFIDENCE["lines"]))
    if sum(item.row_type == "item" for _, _, item, _ in ruled) >= 2:
        return ruled
    aligned = list(_items_of(_text_tables(plumber_page), CONFIDENCE["text"]))
    return aligned if len(aligned) > len(ruled) else ruled


def plumber_items(path: Path, numbers: list[int]) -> dict[int, list[tuple[int, int, LineItem, float]]]:
    """`page_items` of pages `numbers` from pdfplumber's own parse: the pages PDFium could not describe (a rotated
    page, a Type3 font …; see `pdfium_page`)."""
    if not numbers:
        return {}
    import pdfplumber

    from foiakit.extract.plumber_chars import lean_page

    read = {}
    with pdfplumber.open(path, password="", pages=numbers) as plumber:
        for number, plumber_page in zip(numbers, plumber.pages, strict=True):
            try:
                read[number] = page_items(lean_page(plumber_page))
            finally:
                plumber_page.close()  # pdfplumber keeps each page's parsed objects until closed
    return read


def _items_of(tables: list[Table | None], confidence: float) -> Iterator[tuple[int, int, LineItem, float]]:
    for table_index, table in enumerate(tables, start=1):
        roles = header_roles(table[0]) if table else None
        if table is None or roles is None:
            continue
        header, body = table
        currency = cells_currency(header) or next((c for row in body if (c := cells_currency(row))), None)
        for row_index, cells in enumerate(body, start=1):
            item = parse_row(roles, cells, currency)
            if item is not None:
                yield table_index, row_index, item, confidence


def _ruled_tables(plumber_page: Any) -> list[Table | None]:
    found: list[Table | None] = []
    for table in plumber_page.find_tables():
        rows = [[clean_cell(c) for c in row] for row in table.extract()]
        header = next((i for i, row in enumerate(rows[:HEADER_ROWS]) if header_roles(row)), None)
        found.append(None if header is None else (rows[header], [r for r in rows[header + 1 :] if any(r)]))
    return found


def _text_tables(plumber_page: Any) -> list[Table | None]:
    """Text-aligned tables: the header line's labels fix the columns (see `_text_body`)."""
    found: list[Table | None] = []
    tables = plumber_page.find_tables(table_settings=TEXT_SETTINGS)
    page_words = plumber_page.extract_words() if tables else []
    for table in tables:
        x0, top, x1, bottom = table.bbox
        lines = _lines([w for w in page_words if x0 <= w["x0"] <= x1 and top <= w["top"] <= bottom])
        table_found: Table | None = None
        for index, line in enumerate(lines):
            labels = _groups(line)
            if header_roles([g["text"] for g in labels]):
                table_found = ([g["text"] for g in labels], _text_body(lines[index + 1 :], labels))
                break
        found.append(table_found)
    return found


def _text_body(lines: list[list[dict[str, Any]]], labels: list[dict[str, Any]]) -> Rows:
    """Each word group goes to the header label it sits under (else the nearest one to its left). A line with
    amounts is a row; a line with text only in the description column is part of the nearest such row in its
    block of tightly spaced lines (a wrapped description, above or below the amounts), else a row of its own."""
    roles = header_roles([g["text"] for g in labels]) or ()
    description = {i for i, r in enumerate(roles) if r in {"description", "payee"}}  # wrapped names join their row
    rows: Rows = []
    for line in lines:
        cells = [""] * len(labels)
        for group in _groups(line):
            column = _column(group, labels)
            cells[column] = f"{cells[column]} {group['text']}".strip()
        rows.append(cells)
    tops = [float(line[0]["top"]) for line in lines]
    blocks = [0]
    for i in range(1, len(lines)):
        tight = tops[i] - tops[i - 1] <= 1.25 * float(lines[i - 1][0]["bottom"] - lines[i - 1][0]["top"])
        blocks.append(blocks[-1] + (0 if tight else 1))
    items = {i for i, cells in enumerate(rows) if (row := parse_row(roles, cells)) and row.row_type == "item"}
    members = {i: [i] for i in sorted(items)}
    for i, cells in enumerate(rows):
        filled = {j for j, c in enumerate(cells) if c}
        near = [a for a in items if blocks[a] == blocks[i]] if filled and filled <= description else []
        if near:  # the closest row with amounts; a tie goes to the one above
            members[min(near, key=lambda a: (abs(tops[a] - tops[i]), a > i))].append(i)
        elif filled and i not in members:
            members[i] = [i]
    columns = range(len(labels))
    return [["\n".join(rows[i][j] for i in sorted(members[a]) if rows[i][j]) for j in columns] for a in sorted(members)]


def _lines(page_words: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    lines: list[list[dict[str, Any]]] = []
    for word in sorted(page_words, key=lambda w: (w["top"], w["x0"])):
        if lines and abs(word["top"] - lines[-1][0]["top"]) <= 3:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


def _groups(line: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Words of one line joined into phrases: a gap wider than half the text height separates two cells."""
    groups: list[dict[str, Any]] = []
    for word in line:
        if groups and word["x0"] - groups[-1]["x1"] <= 0.5 * (word["bottom"] - word["top"]):
            groups[-1] = {**groups[-1], "x1": word["x1"], "text": f"{groups[-1]['text']} {word['text']}"}
        else:
            groups.append({"x0": word["x0"], "x1": word["x1"], "text": word["text"]})
    return groups


def _column(group: dict[str, Any], labels: list[dict[str, Any]]) -> int:
    overlaps = [min(group["x1"], g["x1"]) - max(group["x0"], g["x0"]) for g in labels]
    best = max(range(len(labels)), key=lambda i: overlaps[i])
    if overlaps[best] > 0:
        return best
    return max((i for i, g in enumerate(labels) if g["x0"] <= group["x0"]), default=0)
