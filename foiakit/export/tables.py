"""The tables a run writes: each one a fixed column list and a query, sorted so output is deterministic."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from foiakit.export.writers import write_csv_and_json_atomic, write_csv_atomic

RowProducer = Callable[[sqlite3.Connection], Iterator[dict[str, Any]]]


@dataclass(frozen=True, slots=True)
class Table:
    """A table foiakit writes: fixed columns, rows from one SQL query or from a producer function."""

    name: str
    columns: tuple[str, ...]
    sql: str
    description: str
    producer: RowProducer | None = None  # used instead of `sql` for tables aggregated in Python
    also_json: bool = False  # a run also writes NAME.json (a list of objects; `detail` as an object)


def _documents(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    from foiakit.foia.rollup import withheld_by_document
    from foiakit.store.duplicates import cite_original, duplicate_pages

    repeats = {key: original for key, (original, _) in duplicate_pages(conn).items() if key[1] == 0}
    names = cite_original(conn, repeats.values())
    withheld = withheld_by_document(conn)
    computed = ("duplicate_of", "pages_withheld_in_full")
    for row in conn.execute(DOCUMENTS_SQL):
        found = {column: row[column] for column in DOCUMENTS.columns if column not in computed}
        original = repeats.get((row["sha256"], 0))
        yield {
            **found,
            "duplicate_of": names[original] if original else None,
            "pages_withheld_in_full": withheld.get(row["file"], ""),
        }


def _pages(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    from foiakit.store.duplicates import cite_original, duplicate_pages

    repeats = {key: found for key, found in duplicate_pages(conn).items() if key[1] > 0}
    names = cite_original(conn, [original for original, _ in repeats.values()])
    for row in conn.execute(PAGES_SQL):
        found = {column: row[column] for column in PAGES.columns[:-2]}
        original, differ = repeats.get((row["sha256"], row["page"]), (None, None))
        yield {**found, "duplicate_of": names[original] if original else None, "redactions_differ": differ}


DOCUMENTS_SQL = (
    "SELECT d.path AS file, d.sha256, d.file_type AS type, f.size, d.pages, d.ocr_pages, d.chars, d.messages,"
    " d.mean_confidence AS mean_ocr_confidence, d.title, d.parent_sha256, d.parent_message,"
    " (SELECT group_concat(path, '; ') FROM (SELECT path FROM file_paths fp WHERE fp.sha256 = d.sha256"
    "  AND fp.path != d.path ORDER BY path)) AS other_paths"
    " FROM documents d JOIN files f ON f.sha256 = d.sha256 ORDER BY d.path, d.sha256"
)
PAGES_SQL = (
    "SELECT f.path AS file, p.sha256, p.page, p.bates, p.ocr, p.ocr_reason, p.confidence, p.char_count, p.rotation"
    " FROM pages p JOIN files f ON f.sha256 = p.sha256 ORDER BY f.path, p.page"
)

DOCUMENTS = Table(
    "documents",
    (
        "file",
        "sha256",
        "type",
        "size",
        "pages",
        "ocr_pages",
        "chars",
        "messages",
        "mean_ocr_confidence",
        "title",
        "parent_sha256",
        "parent_message",
        "other_paths",
        "duplicate_of",
        "pages_withheld_in_full",
    ),
    DOCUMENTS_SQL,
    "one row per document read: type, pages, how many were OCR'd, characters, messages; duplicate_of: the earlier"
    " document whose text it repeats; pages_withheld_in_full: blacked-out pages and Bates numbers missing inside it",
    producer=_documents,
)

ERRORS = Table(
    "errors",
    ("file", "sha256", "stage", "kind", "message"),
    "SELECT path AS file, sha256, stage, kind, message FROM errors ORDER BY path, stage, kind, message",
    "one row per problem: the file (or archive entry), the stage, a short kind and a plain reason",
)

PAGES = Table(
    "pages",
    (
        "file",
        "sha256",
        "page",
        "bates",
        "ocr",
        "ocr_reason",
        "confidence",
        "char_count",
        "rotation",
        "duplicate_of",
        "redactions_differ",
    ),
    PAGES_SQL,
    "one row per page: whether it was OCR'd and why, OCR confidence, characters; duplicate_of: the earlier page"
    " whose text it repeats, and whether their redaction boxes differ",
    producer=_pages,
)

TABLES: dict[str, Table] = {t.name: t for t in (DOCUMENTS, ERRORS, PAGES)}
RUN_TABLES = ("documents", "errors")  # written by every run, next to the store


def register(table: Table, written_by_run: bool = True) -> None:
    """Add a table (stages that produce their own tables call this at import)."""
    TABLES[table.name] = table
    global RUN_TABLES
    if written_by_run and table.name not in RUN_TABLES:
        RUN_TABLES = (*RUN_TABLES, table.name)


# Modules that register tables when imported, in the order their tables are written (whichever a process
# happened to import first: the run's list of tables is the same with the CLI's commands loaded lazily)
TABLE_MODULES = ("foiakit.export.finding_tables", "foiakit.foia.rollup", "foiakit.export.messages")


def load_tables() -> dict[str, Table]:
    """Every table foiakit knows (importing the modules that register them)."""
    import importlib

    for module in TABLE_MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
    return TABLES


def rows(conn: sqlite3.Connection, table: Table) -> Iterator[dict[str, Any]]:
    if table.producer is not None:
        yield from table.producer(conn)
        return
    for row in conn.execute(table.sql):
        yield {column: row[column] for column in table.columns}


def write_run_tables(conn: sqlite3.Connection, out_dir: Path) -> list[Path]:
    written = []
    for path in run_table_paths(out_dir):
        table = TABLES[path.stem]
        if path.suffix == ".json":
            pass  # written with its CSV, in one pass over the rows
        else:
            for leftover in out_dir.glob(f".{path.stem}.*"):  # a temporary table of a run killed while writing it
                leftover.unlink(missing_ok=True)
            if table.also_json:
                write_csv_and_json_atomic(path, path.with_suffix(".json"), table.columns, rows(conn, table))
            else:
                write_csv_atomic(path, table.columns, rows(conn, table))
        written.append(path)
    return written


def run_table_paths(out_dir: Path) -> list[Path]:
    """The files `write_run_tables` writes, in its order."""
    load_tables()
    paths = []
    for name in sorted(RUN_TABLES, key=_module_rank().get):  # stable: a module's tables in their own order
        paths.append(out_dir / f"{name}.csv")
        if TABLES[name].also_json:
            paths.append(out_dir / f"{name}.json")
    return paths


def _module_rank() -> dict[str, int]:
    """Table name -> the place of the module defining it in TABLE_MODULES (0 for this module's own tables)."""
    rank = {name: 0 for name in ("documents", "errors", "pages")}
    for place, module in enumerate(TABLE_MODULES, start=1):
        for value in vars(sys.modules.get(module, sys)).values():  # load_tables imported those that exist
            if isinstance(value, Table):
                rank.setdefault(value.name, place)
    return {name: rank.get(name, len(TABLE_MODULES) + 1) for name in RUN_TABLES}
