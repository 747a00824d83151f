"""Writing any table in the formats people open: CSV (RFC 4180, UTF-8), JSON, JSON Lines and XLSX.

CSV and XLSX cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR) are neutralized.
XLSX has one sheet per table, a frozen header row, column widths that fit, numbers as numbers and dates as dates.
"""

from __future__ import annotations

import io
import json
import re
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from foiakit.export.tables import Table, rows
from foiakit.export.writers import json_value, spreadsheet_safe, write_csv
from foiakit.extract.placement import column_letters

FORMATS = ("csv", "json", "jsonl", "xlsx")
_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?")
DATE_COLUMNS = frozenset({"date", "first_date", "last_date"})


def write_text_format(stream: IO[str], table: Table, fmt: str, conn: sqlite3.Connection) -> int:
    if fmt == "csv":
        return write_csv(stream, table.columns, rows(conn, table))
    count = 0
    if fmt == "jsonl":
        for row in rows(conn, table):
            stream.write(json.dumps({c: json_value(c, row.get(c)) for c in table.columns}, ensure_ascii=False) + "\n")
            count += 1
        return count
    items = [{c: json_value(c, row.get(c)) for c in table.columns} for row in rows(conn, table)]
    stream.write(json.dumps(items, ensure_ascii=False, indent=1) + "\n")
    return len(items)


def _typed_column(values: list[Any], column: str) -> list[Any]:
    """Numbers as numbers (when every value of the column is one), dates as dates, text made formula-safe."""
    present = [v for v in values if v not in (None, "")]
    if present and all(isinstance(v, int | float) or (isinstance(v, str) and _NUMBER.match(v)) for v in present):
        return [None if v in (None, "") else (float(v) if "." in str(v) else int(v)) for v in values]
    if column in DATE_COLUMNS and present and all(isinstance(v, str) and _DATE.match(v) for v in present):
        import pandas as pd

        # Excel has no time zones: keep the wall-clock time the document shows
        return [None if v in (None, "") else pd.Timestamp(v[:19]).to_pydatetime() for v in values]
    return [spreadsheet_safe(v) if isinstance(v, str) else v for v in values]


def write_xlsx(path: Path, tables: Iterable[Table], conn: sqlite3.Connection) -> None:
    import pandas as pd

    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for table in tables:
            data = list(rows(conn, table))
            frame = pd.DataFrame(
                {c: _typed_column([r.get(c) for r in data], c) for c in table.columns}, columns=list(table.columns)
            )
            sheet = table.name[:31]
            frame.to_excel(writer, sheet_name=sheet, index=False)
            worksheet = writer.sheets[sheet]
            worksheet.freeze_panes = "A2"
            for index, column in enumerate(table.columns, 1):
                longest = max([len(str(column)), *(len(str(v)) for v in frame[column].head(500) if v is not None)])
                worksheet.column_dimensions[column_letters(index)].width = min(max(8, longest + 2), 60)
                if column in DATE_COLUMNS:
                    for cell in worksheet.iter_cols(min_col=index, max_col=index, min_row=2):
                        for item in cell:
                            item.number_format = "yyyy-mm-dd hh:mm"
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_bytes(buffer.getvalue())
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)  # a full disk leaves no half workbook behind
        raise
