"""CSV and TSV files as spreadsheets: one page (a sheet named after the file) with a line per row, "r17<TAB>cell
<TAB>cell", as the Excel reader writes them, so a finding's quote names its row. The delimiter and quoting are
sniffed (csv.Sniffer); the text is UTF-8 (a byte-order mark dropped), else Windows-1252, as agencies' exports are.

A CSV file is text: its bytes cannot tell it from a letter with commas, so the name's suffix (.csv, .tsv, .tab)
asks for a table and the content must then read as one (two columns or more); otherwise it stays plain text.
"""

from __future__ import annotations

import csv
import io
from pathlib import PurePosixPath

from foiakit.model import Page

TABLE_SUFFIXES = {".csv": ",", ".tsv": "\t", ".tab": "\t"}
SNIFF_CHARS = 64 * 1024
MAX_ROWS = 200_000  # as an Excel sheet
MAX_CELL = 2_000


def table_suffix(display_path: str) -> str | None:
    """The suffix of the file's own name (inside an archive too) when it names a delimited table."""
    suffix = PurePosixPath(display_path.rpartition("!")[2]).suffix.lower()
    return suffix if suffix in TABLE_SUFFIXES else None


def decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def table_page(text: str, display_path: str) -> Page | None:
    """The file as one sheet page, or None when its rows are not a table (one column, or not parseable)."""
    suffix = table_suffix(display_path) or ".csv"
    sample = text[:SNIFF_CHARS]
    dialect = _dialect(sample[: sample.rfind("\n") + 1] or sample, TABLE_SUFFIXES[suffix])
    name = PurePosixPath(display_path.rpartition("!")[2]).stem
    lines = [f"Sheet: {name}"]
    widest = 0
    try:
        for index, row in enumerate(csv.reader(io.StringIO(text, newline=""), dialect), 1):
            if index > MAX_ROWS:
                lines.append(f"[sheet cut at {MAX_ROWS} rows]")
                break
            cells = [" ".join(cell.split())[:MAX_CELL] for cell in row]
            while cells and not cells[-1]:
                cells.pop()
            widest = max(widest, len(cells))
            if cells:
                lines.append(f"r{index}\t" + "\t".join(cells))
    except csv.Error:  # a field beyond the csv module's limit, a NUL: not a table after all
        return None
    if widest < 2:
        return None
    shown = "tab" if dialect.delimiter == "\t" else repr(dialect.delimiter)
    return Page(1, "\n".join(lines), False, f"delimited table ({shown}-separated): values read from the file")


def _dialect(sample: str, expected: str) -> type[csv.Dialect] | csv.Dialect:
    """The sniffed dialect; the suffix's own delimiter when sniffing cannot decide (one-column files, ragged
    quoting)."""
    try:
        return csv.Sniffer().sniff(sample, delimiters=",\t;|")
    except csv.Error:
        return csv.excel_tab if expected == "\t" else csv.excel
