"""Releases: what each run saw, and what is new (or gone) since a run or between two stores.

At the end of every run the store keeps a snapshot of its documents, messages and findings (a key and the
columns a reader needs). A diff compares two snapshots: the latest of this store against an earlier run, or
against the latest of another store (last release's foiakit.db).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass

from foiakit import __version__
from foiakit.errors import BadInputError

COLUMNS = ("change", "item", "key", "file", "page", "kind", "value", "quote")


@dataclass(frozen=True, slots=True)
class DiffRow:
    change: str  # new | gone
    item: str
    key: str
    file: str
    page: int | None
    kind: str
    value: str
    quote: str

    def as_dict(self) -> dict[str, object]:
        return {c: getattr(self, c) for c in COLUMNS}


def finding_key(row: sqlite3.Row) -> str:
    parts = (row["sha256"], row["kind"], row["normalized"], row["value"], row["page"], row["message"], row["start"])
    return _key(parts)


def _key(parts: tuple[object, ...]) -> str:
    return hashlib.sha256(json.dumps(parts, default=str).encode()).hexdigest()[:24]


def _items(conn: sqlite3.Connection) -> list[tuple[str, str, dict[str, object]]]:
    """Every document, message and finding of the files in `temp.seen`, keyed by content, not by row id."""
    items: list[tuple[str, str, dict[str, object]]] = []
    for r in conn.execute("SELECT sha256, path, file_type, pages FROM documents WHERE sha256 IN temp.seen"):
        items.append(
            ("document", r["sha256"], {"file": r["path"], "kind": r["file_type"], "value": f"{r['pages']} pages"})
        )
    for r in conn.execute(
        "SELECT m.id, m.page_start, m.position, m.from_name, m.from_address, m.date, m.subject, f.path"
        " FROM messages m JOIN files f ON f.sha256 = m.sha256 WHERE m.sha256 IN temp.seen"
    ):
        sender = r["from_name"] or r["from_address"] or ""
        items.append(
            (
                "message",
                r["id"],
                {
                    "file": r["path"],
                    "page": r["page_start"] or r["position"],
                    "kind": "message",
                    "value": f"{r['date'] or ''} {sender}".strip(),
                    "quote": r["subject"] or "",
                },
            )
        )
    cursor = conn.cursor()
    cursor.row_factory = None  # tuples: a finding is the most common item, and Row's look-ups by name cost more
    for sha, kind, normalized, value, page, message, start, file, quote in cursor.execute(
        "SELECT sha256, kind, normalized, value, page, message, start, file, quote FROM findings"
        " WHERE sha256 IN temp.seen"
    ):
        fields = {"file": file, "page": page, "kind": kind, "value": normalized or value, "quote": quote}
        items.append(("finding", _key((sha, kind, normalized, value, page, message, start)), fields))
    return items


def previous_finished_run(conn: sqlite3.Connection, run_id: int) -> int | None:
    """The run before `run_id` when it finished with this version of foiakit (so it wrote the tables and the
    snapshot, or kept them because nothing had changed), else None."""
    previous = conn.execute(
        "SELECT id, status, foiakit_version FROM runs WHERE id < ? ORDER BY id DESC LIMIT 1", (run_id,)
    ).fetchone()
    if previous is None or previous["status"] != "done" or previous["foiakit_version"] != __version__:
        return None
    return int(previous["id"])


def snapshot(conn: sqlite3.Connection, run_id: int, seen: set[str], unchanged_since: int | None = None) -> int:
    """Record what the release held at the end of `run_id`: the files it found (`seen`, by sha256) and,
    recursively, their attachments, whether they were processed in this run or unchanged. `unchanged_since`: a
    finished run since which the store has not changed; when it held the same documents, its snapshot is copied
    (the same rows, made in SQL instead of keyed again in Python: most of an unchanged re-run)."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS seen (sha256 TEXT PRIMARY KEY)")
    conn.execute("DELETE FROM temp.seen")
    conn.executemany("INSERT OR IGNORE INTO temp.seen VALUES (?)", [(sha,) for sha in seen])
    while conn.execute(
        "INSERT OR IGNORE INTO temp.seen SELECT sha256 FROM files"
        " WHERE parent_sha256 IN temp.seen AND sha256 NOT IN temp.seen"
    ).rowcount:
        pass
    if unchanged_since is not None and _same_documents(conn, unchanged_since):
        with conn:
            conn.execute("DELETE FROM run_items WHERE run_id=?", (run_id,))
            copied = conn.execute(
                "INSERT OR IGNORE INTO run_items SELECT ?, item, key, fields FROM run_items WHERE run_id=?",
                (run_id, unchanged_since),
            )
        return copied.rowcount
    rows = [
        (run_id, item, key, json.dumps(fields, sort_keys=True, ensure_ascii=False))
        for item, key, fields in _items(conn)
    ]
    with conn:
        conn.execute("DELETE FROM run_items WHERE run_id=?", (run_id,))
        conn.executemany("INSERT OR IGNORE INTO run_items VALUES (?, ?, ?, ?)", rows)
    return len(rows)


def _same_documents(conn: sqlite3.Connection, run_id: int) -> bool:
    """Whether `run_id`'s snapshot holds the documents `temp.seen` holds now, in a store where every message and
    finding belongs to a document: then (the store unchanged) its messages and findings are those of now too."""
    now = {r[0] for r in conn.execute("SELECT sha256 FROM documents WHERE sha256 IN temp.seen")}
    before = {r[0] for r in conn.execute("SELECT key FROM run_items WHERE run_id=? AND item='document'", (run_id,))}
    orphan = conn.execute(
        "SELECT 1 FROM findings WHERE sha256 NOT IN (SELECT sha256 FROM documents)"
        " UNION ALL SELECT 1 FROM messages WHERE sha256 NOT IN (SELECT sha256 FROM documents) LIMIT 1"
    ).fetchone()
    return now == before and orphan is None


def latest_run(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT max(run_id) FROM run_items").fetchone()
    if row[0] is None:
        raise BadInputError("this store has no finished run to compare")
    return int(row[0])


def _load(conn: sqlite3.Connection, run_id: int) -> dict[tuple[str, str], dict[str, object]]:
    rows = conn.execute("SELECT item, key, fields FROM run_items WHERE run_id=?", (run_id,)).fetchall()
    if not rows and not conn.execute("SELECT 1 FROM runs WHERE id=? AND status='done'", (run_id,)).fetchone():
        raise BadInputError(f"no finished run {run_id} in this store (see `foiakit diff --runs`)")
    return {(r[0], r[1]): json.loads(r[2]) for r in rows}


def diff(
    new_conn: sqlite3.Connection, old_conn: sqlite3.Connection, new_run: int | None = None, old_run: int | None = None
) -> list[DiffRow]:
    """Items in the new snapshot and not in the old one ("new"), and the reverse ("gone"), sorted."""
    new = _load(new_conn, new_run if new_run is not None else latest_run(new_conn))
    old = _load(old_conn, old_run if old_run is not None else latest_run(old_conn))
    rows = [_row("new", k, new[k]) for k in new.keys() - old.keys()]
    rows += [_row("gone", k, old[k]) for k in old.keys() - new.keys()]
    order = {"document": 0, "message": 1, "finding": 2}
    return sorted(rows, key=lambda r: (r.change != "new", order[r.item], r.file, r.page or 0, r.kind, r.value, r.key))


def _row(change: str, key: tuple[str, str], fields: dict[str, object]) -> DiffRow:
    page = fields.get("page")
    return DiffRow(
        change,
        key[0],
        key[1],
        str(fields.get("file", "")),
        int(page) if isinstance(page, int) else None,
        str(fields.get("kind", "")),
        str(fields.get("value", "")),
        str(fields.get("quote", "")),
    )


def runs(conn: sqlite3.Connection) -> list[dict[str, object]]:
    return [
        {
            "run": r["id"],
            "started_at": r["started_at"],
            "status": r["status"],
            "sources": r["sources"],
            **json.loads(r["counts"] or "{}"),
        }
        for r in conn.execute("SELECT * FROM runs ORDER BY id")
    ]
