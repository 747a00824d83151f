"""Where in its file a finding sits, added to its detail after the extractors ran, from the page's text alone (so a
re-extraction from the store adds the same): the Outlook folder of a message read from a .pst/.ost ("folder"),
whether a spreadsheet cell was hidden, by its sheet, row or column ("hidden": true, "hidden_by"), and whether the
file was an encrypted Office file opened with a default password ("decrypted_with_default_password": true).

Sheet pages (ingest/office.py, ingest/legacy_office.py) open with "Sheet: NAME" (" (hidden)" when the sheet is),
then "Hidden rows: 3, 7-9" and "Hidden columns: C, E" when any are, then a line per row "r17<TAB>cell<TAB>…".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from foiakit.model import Document, FileType, Finding, Page


def column_letters(number: int) -> str:
    """1 → "A", 27 → "AA": a spreadsheet's column name (openpyxl's convention, written here so that every run does
    not import openpyxl before its workers fork; a test compares the two)."""
    letters = ""
    while number > 0:
        number, remainder = divmod(number - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def column_number(letters: str) -> int:
    """ "AA" → 27."""
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


HIDDEN_ROWS = "Hidden rows: "
HIDDEN_COLUMNS = "Hidden columns: "
_ROW = re.compile(r"r(\d+)\t")


@dataclass(frozen=True, slots=True)
class SheetHiding:
    sheet: bool
    rows: frozenset[int]  # 1-based, as the spreadsheet numbers them
    columns: frozenset[int]  # 1-based: column A is 1


def ranges(numbers: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted numbers as runs: 3, 7, 8, 9 → (3, 3), (7, 9)."""
    runs: list[tuple[int, int]] = []
    for number in sorted(set(numbers)):
        if runs and runs[-1][1] == number - 1:
            runs[-1] = (runs[-1][0], number)
        else:
            runs.append((number, number))
    return runs


def hidden_lines(rows: Iterable[int], columns: Iterable[int]) -> list[str]:
    """The lines a sheet page carries under its "Sheet:" line for its hidden rows and columns."""
    lines = []
    row_runs = ranges(rows)
    if row_runs:
        lines.append(HIDDEN_ROWS + ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in row_runs))
    column_runs = ranges(columns)
    if column_runs:
        names = (column_letters(a) if a == b else f"{column_letters(a)}-{column_letters(b)}" for a, b in column_runs)
        lines.append(HIDDEN_COLUMNS + ", ".join(names))
    return lines


@functools.lru_cache(maxsize=64)
def sheet_hiding(text: str) -> SheetHiding | None:
    """What a sheet page says is hidden (None when the page is no sheet or nothing on it is hidden)."""
    if not text.startswith("Sheet: "):
        return None
    head = []
    at = 0
    for _ in range(3):  # the "Sheet:" line and the two lines that may follow it
        end = text.find("\n", at)
        head.append(text[at:] if end < 0 else text[at:end])
        if end < 0:
            break
        at = end + 1
    sheet = head[0].endswith(" (hidden)")
    rows: set[int] = set()
    columns: set[int] = set()
    for line in head[1:3]:
        if line.startswith(HIDDEN_ROWS):
            rows = _expand(line[len(HIDDEN_ROWS) :], int)
        elif line.startswith(HIDDEN_COLUMNS):
            columns = _expand(line[len(HIDDEN_COLUMNS) :], column_number)
    if not (sheet or rows or columns):
        return None
    return SheetHiding(sheet, frozenset(rows), frozenset(columns))


def _expand(listed: str, number: object) -> set[int]:
    found: set[int] = set()
    for part in listed.split(", "):
        first, _, last = part.partition("-")
        try:
            a = number(first.strip())  # type: ignore[operator]
            b = number(last.strip()) if last else a  # type: ignore[operator]
        except ValueError:
            continue
        found.update(range(a, min(b, a + 1_000_000) + 1))
    return found


def cell_at(text: str, offset: int) -> tuple[int, int] | None:
    """(row, column), both 1-based, of the sheet cell holding text[offset] (None outside a row line)."""
    line_start = text.rfind("\n", 0, offset) + 1
    match = _ROW.match(text, line_start)
    if match is None or offset < match.end():
        return None
    return int(match.group(1)), text.count("\t", match.end(), offset) + 1


def hidden_by(hiding: SheetHiding, text: str, start: int, end: int) -> list[str]:
    """What hides the cells a span covers: "sheet", "row", "column"."""
    reasons = ["sheet"] if hiding.sheet else []
    first = cell_at(text, start)
    last = cell_at(text, max(start, end - 1))
    if first is None:
        return reasons
    rows = range(first[0], (last or first)[0] + 1)
    if any(row in hiding.rows for row in rows):
        reasons.append("row")
    if last is not None and last[0] == first[0]:
        columns = range(first[1], last[1] + 1)
    else:
        columns = range(first[1], first[1] + 1)
    if any(column in hiding.columns for column in columns):
        reasons.append("column")
    return reasons


def with_placement(document: Document, findings: Iterable[Finding]) -> list[Finding]:
    """The findings, each with its folder (Outlook archives), its hiding (spreadsheets) and whether its file
    was opened with a default password (encrypted Office files) in its detail."""
    pages: dict[int, Page] = {page.number: page for page in document.pages}
    placed = []
    for finding in findings:
        page = pages.get(finding.page) if finding.page is not None else None
        extra = _placement(document, page, finding) if page is not None else {}
        if extra:
            detail = {**finding.detail_dict, **extra}
            finding = replace(finding, detail=tuple(sorted(detail.items())))
        placed.append(finding)
    return placed


def _placement(document: Document, page: Page, finding: Finding) -> dict[str, object]:
    from foiakit.ingest.encrypted_office import DECRYPTED_MARK
    from foiakit.ingest.pst import message_folder

    extra: dict[str, object] = {}
    if document.source.file_type is FileType.PST:
        folder = message_folder(page.text)
        if folder:
            extra["folder"] = folder
        return extra
    if DECRYPTED_MARK in page.ocr_reason:
        extra["decrypted_with_default_password"] = True
    if finding.start is not None:
        hiding = sheet_hiding(page.text)
        if hiding is not None:
            reasons = hidden_by(hiding, page.text, finding.start, finding.end or finding.start)
            if reasons:
                extra["hidden"] = True
                extra["hidden_by"] = ", ".join(reasons)
    return extra
