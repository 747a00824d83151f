"""Writers for table rows: RFC 4180 CSV (UTF-8), written atomically, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any


def _publish(tmp: str, path: Path) -> None:
    """Give the finished temporary file normal permissions (mkstemp makes it private), then rename it."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    os.replace(tmp, path)


def _discard(tmp: str, path: Path, exc: BaseException) -> None:
    """Remove a temporary file a failed write leaves; a write error (a full disk) names the file it was for."""
    Path(tmp).unlink(missing_ok=True)
    if isinstance(exc, OSError) and exc.filename is None:
        exc.filename = str(path)


# A cell starting with one of these is run as a formula by spreadsheets (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


# control characters (a signed agreement's text layer holds "\x10\x1b\x15" beside its envelope id): XLSX refuses
# them and CSV readers choke; tab, line feed and carriage return are kept (a quote may span lines)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def spreadsheet_safe(value: Any) -> Any:
    """Text a spreadsheet can hold: control characters removed (the stored text keeps them), and text that it
    would run as a formula neutralized by a leading apostrophe."""
    if not isinstance(value, str):
        return value
    value = _CONTROL.sub("", value)
    return "'" + value if value.startswith(_FORMULA_START) else value


def cell(value: Any) -> Any:
    if value is None:
        return ""
    return spreadsheet_safe(value)


def write_csv(stream: IO[str], columns: Iterable[str], rows: Iterable[dict[str, Any]]) -> int:
    columns = list(columns)
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([cell(row.get(c)) for c in columns])
        count += 1
    return count


def write_csv_atomic(path: Path, columns: Iterable[str], rows: Iterable[dict[str, Any]]) -> int:
    """Write to a temporary file beside `path`, then rename: a reader never sees half a table."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as stream:
            count = write_csv(stream, columns, rows)
        _publish(tmp, path)
    except BaseException as exc:
        _discard(tmp, path, exc)
        raise
    return count


def write_text_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        _publish(tmp, path)
    except BaseException as exc:
        _discard(tmp, path, exc)
        raise


def csv_string(columns: Iterable[str], rows: Iterable[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    write_csv(buffer, columns, rows)
    return buffer.getvalue()


def json_value(column: str, value: Any) -> Any:
    """A cell as JSON wants it: a finding's `detail` as an object, everything else as stored."""
    if column == "detail" and isinstance(value, str):
        return json.loads(value or "{}")
    return value


def write_json_atomic(path: Path, columns: Iterable[str], rows: Iterable[dict[str, Any]]) -> None:
    """`json_text`'s bytes, written atomically one row at a time: a 10,000-page release's findings.json (254,000
    findings) held as one list and one string took the parent past 1.3 GB."""
    columns = list(columns)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as stream:
            separator = "[\n"
            for row in rows:
                item = json.dumps({c: json_value(c, row.get(c)) for c in columns}, ensure_ascii=False, indent=1)
                # one level deeper, as inside the array (a newline in a value is escaped, so these are layout)
                stream.write(separator + " " + item.replace("\n", "\n "))
                separator = ",\n"
            stream.write("[]\n" if separator == "[\n" else "\n]\n")
        _publish(tmp, path)
    except BaseException as exc:
        _discard(tmp, path, exc)
        raise


def json_text(columns: Iterable[str], rows: Iterable[dict[str, Any]]) -> str:
    """A JSON array of objects with keys in column order (deterministic: sorted rows, no timestamps)."""
    columns = list(columns)
    items = [{c: json_value(c, row.get(c)) for c in columns} for row in rows]
    return json.dumps(items, ensure_ascii=False, indent=1) + "\n"
