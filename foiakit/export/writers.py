"""Writers for table rows: RFC 4180 CSV (UTF-8), written atomically, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import tempfile
from collections.abc import Iterable
from json.encoder import encode_basestring  # type: ignore[attr-defined]
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
_INFINITY = float("inf")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


# control characters (a signed agreement's text layer holds "\x10\x1b\x15" beside its envelope id): XLSX refuses
# them and CSV readers choke; tab, line feed and carriage return are kept (a quote may span lines)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def spreadsheet_safe(value: Any) -> Any:
    """Text a spreadsheet can hold: control characters removed (the stored text keeps them), and text that it
    would run as a formula neutralized by a leading apostrophe."""
    if not isinstance(value, str):
        return value
    if not value.isprintable():  # C's test of every character: most cells have no control character to remove
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


def write_csv_and_json_atomic(
    csv_path: Path, json_path: Path, columns: Iterable[str], rows: Iterable[dict[str, Any]]
) -> None:
    """`write_csv_atomic` and `write_json_atomic` of the same rows in one pass over them (one query, not two),
    each file the same bytes; the CSV is published first, as when they were written one after the other."""
    columns = list(columns)
    csv_path.parent.mkdir(parents=True, exist_ok=True)
    csv_fd, csv_tmp = tempfile.mkstemp(prefix=f".{csv_path.name}.", dir=csv_path.parent)
    try:
        json_fd, json_tmp = tempfile.mkstemp(prefix=f".{json_path.name}.", dir=json_path.parent)
    except BaseException as exc:
        os.close(csv_fd)
        _discard(csv_tmp, csv_path, exc)
        raise
    failed_on = csv_path
    try:
        with (
            os.fdopen(csv_fd, "w", encoding="utf-8", newline="") as csv_stream,
            os.fdopen(json_fd, "w", encoding="utf-8", newline="") as json_stream,
        ):
            writer = csv.writer(csv_stream, lineterminator="\r\n")
            writer.writerow(columns)
            separator = "[\n"
            for row in rows:
                values = [row.get(c) for c in columns]
                writer.writerow([cell(value) for value in values])
                item = {c: json_value(c, value) for c, value in zip(columns, values, strict=True)}
                json_stream.write(separator + " " + json_indented(item, 1))
                separator = ",\n"
            json_stream.write("[]\n" if separator == "[\n" else "\n]\n")
        _publish(csv_tmp, csv_path)
        failed_on = json_path
        _publish(json_tmp, json_path)
    except BaseException as exc:
        Path(csv_tmp).unlink(missing_ok=True)
        _discard(json_tmp, failed_on, exc)
        raise


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
                # one level deeper, as inside the array
                stream.write(separator + " " + json_indented({c: json_value(c, row.get(c)) for c in columns}, 1))
                separator = ",\n"
            stream.write("[]\n" if separator == "[\n" else "\n]\n")
        _publish(tmp, path)
    except BaseException as exc:
        _discard(tmp, path, exc)
        raise


def json_indented(value: Any, level: int = 0) -> str:
    """`json.dumps(value, ensure_ascii=False, indent=1)` with every line after the first `level` spaces deeper,
    the same bytes (a test compares them on random values): with an indent, `json` encodes in Python, not in C,
    and a run's findings.json took half the time of every other table together."""
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is int:
        return int.__repr__(value)
    if type(value) is float and value == value and value not in (_INFINITY, -_INFINITY):
        return float.__repr__(value)
    if type(value) is dict and all(type(key) is str for key in value):
        if not value:
            return "{}"
        inner = "\n" + " " * (level + 1)
        items = (encode_basestring(key) + ": " + json_indented(item, level + 1) for key, item in value.items())
        return "{" + inner + ("," + inner).join(items) + "\n" + " " * level + "}"
    if type(value) is list or type(value) is tuple:
        if not value:
            return "[]"
        inner = "\n" + " " * (level + 1)
        items = (json_indented(item, level + 1) for item in value)
        return "[" + inner + ("," + inner).join(items) + "\n" + " " * level + "]"
    # anything else (NaN, a subclass, a key that is no string, a type JSON refuses) as json writes it
    return json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n" + " " * level)


def json_text(columns: Iterable[str], rows: Iterable[dict[str, Any]]) -> str:
    """A JSON array of objects with keys in column order (deterministic: sorted rows, no timestamps)."""
    columns = list(columns)
    items = [{c: json_value(c, row.get(c)) for c in columns} for row in rows]
    return json.dumps(items, ensure_ascii=False, indent=1) + "\n"
