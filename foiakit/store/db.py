"""The SQLite store: open, write one file's results in one transaction, read back."""

from __future__ import annotations

import errno
import fcntl
import json
import os
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from foiakit import __version__
from foiakit.errors import StoreBusyError, StoreError
from foiakit.model import Document, FileResult, Finding, IngestError, Message, SourceFile
from foiakit.store.schema import SCHEMA, SCHEMA_VERSION

DB_NAME = "foiakit.db"


class _WriterConnection(sqlite3.Connection):
    """A connection that holds the store's writer lock until it is closed."""

    lock_fd: int | None = None

    def close(self) -> None:
        super().close()
        if self.lock_fd is not None:
            os.close(self.lock_fd)  # releases the lock
            self.lock_fd = None


def _writer_lock(path: Path) -> int:
    """Take the store's writer lock (a POSIX lock on FOIAKIT.db.lock), or refuse: two runs writing one store
    would interleave their files and tables. A POSIX lock dies with its process (kill -9 included) and is not
    inherited by forked workers, so a killed run never leaves the folder locked."""
    lock_path = path.with_name(path.name + ".lock")
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
        os.close(fd)
        if exc.errno not in (errno.EACCES, errno.EAGAIN):
            raise
        raise StoreBusyError(
            f"another foiakit (pid {holder or '?'}) is writing {path}",
            "wait for it to finish, or write to another folder with -o",
        ) from None
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
    return fd


def _give_up(conn: sqlite3.Connection | None, lock_fd: int | None) -> None:
    """Close a store that could not be opened, and with it the writer lock."""
    if conn is not None:
        conn.close()
    elif lock_fd is not None:
        os.close(lock_fd)


def connect(path: Path, create: bool = False, write: bool = False) -> sqlite3.Connection:
    """Open the store; with `create`, make it (and its folder) when missing. A writer (`create` or `write`)
    holds the store's lock until the connection is closed; readers never wait for it (WAL)."""
    if not create and not path.exists():
        raise StoreError(f"no store at {path}", "run `foiakit run SOURCES -o DIR` first, or pass --db")
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = None
    lock_fd = _writer_lock(path) if create or write else None
    try:
        conn = sqlite3.connect(path, timeout=30, factory=_WriterConnection)
        conn.lock_fd = lock_fd
        conn.row_factory = sqlite3.Row
        # WAL keeps readers unblocked and makes a killed run leave a consistent store.
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        if create:
            conn.executescript(SCHEMA)
            conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            conn.commit()
        version = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    except sqlite3.DatabaseError as exc:
        _give_up(conn, lock_fd)
        remedy = (
            "check that the folder is writable and has free space"
            if isinstance(exc, sqlite3.OperationalError)
            else "the store is damaged: move it aside and run `foiakit run` again to rebuild it from the release"
        )
        raise StoreError(f"cannot open store {path}: {exc}", remedy) from exc
    if version is None or int(version[0]) != SCHEMA_VERSION:
        _give_up(conn, lock_fd)
        raise StoreError(
            f"store {path} has schema {version and version[0]}, this foiakit needs {SCHEMA_VERSION}",
            "run `foiakit run` into a new output folder",
        )
    return conn


def now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def start_run(conn: sqlite3.Connection, sources: list[str], settings: dict[str, Any]) -> int:
    with conn:
        cur = conn.execute(
            "INSERT INTO runs (started_at, foiakit_version, sources, settings) VALUES (?, ?, ?, ?)",
            (now(), __version__, json.dumps(sources), json.dumps(settings, sort_keys=True, default=str)),
        )
    return int(cur.lastrowid or 0)


def finish_run(conn: sqlite3.Connection, run_id: int, counts: dict[str, int], status: str = "done") -> None:
    with conn:
        conn.execute(
            "UPDATE runs SET finished_at=?, counts=?, status=? WHERE id=?",
            (now(), json.dumps(counts, sort_keys=True), status, run_id),
        )


def fingerprints(conn: sqlite3.Connection) -> dict[str, tuple[str, str | None, str | None]]:
    """sha256 → (status, ingest fingerprint, extract fingerprint) of every file already in the store."""
    rows = conn.execute("SELECT sha256, status, ingest_fingerprint, extract_fingerprint FROM files")
    return {r["sha256"]: (r["status"], r["ingest_fingerprint"], r["extract_fingerprint"]) for r in rows}


def record_paths(conn: sqlite3.Connection, source: SourceFile, run_id: int) -> None:
    with conn:
        conn.executemany(
            "INSERT OR IGNORE INTO file_paths (sha256, path, first_run) VALUES (?, ?, ?)",
            [(source.sha256, p, run_id) for p in (source.display_path, *source.other_paths)],
        )


def record_archive(conn: sqlite3.Connection, source: SourceFile, run_id: int) -> None:
    """An archive is a container, not a document: it is listed (for provenance) but has no pages."""
    with conn:
        conn.execute(
            "INSERT OR REPLACE INTO files (sha256, path, file_type, size, status, run_id) VALUES (?, ?, ?, ?, ?, ?)",
            (source.sha256, source.display_path, source.file_type.value, source.size, "archive", run_id),
        )
    record_paths(conn, source, run_id)


def record_errors(conn: sqlite3.Connection, run_id: int, errors: Iterable[IngestError]) -> None:
    with conn:
        _insert_errors(conn, run_id, errors)


def _insert_errors(conn: sqlite3.Connection, run_id: int, errors: Iterable[IngestError]) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO errors (run_id, path, sha256, stage, kind, message) VALUES (?, ?, ?, ?, ?, ?)",
        [(run_id, e.display_path, e.sha256, e.stage, e.kind, e.message) for e in errors],
    )


def forget_files(conn: sqlite3.Connection, globs: tuple[str, ...]) -> int:
    """Remove stored files whose path matches an --exclude glob, with their attachments, pages, messages and
    findings: what a run leaves out must not linger in its tables or teach release-wide steps. Returns how many."""
    from foiakit.ingest.discover import is_excluded

    if not globs:
        return 0
    doomed = {r[0] for r in conn.execute("SELECT sha256, path FROM files") if is_excluded(r[1], globs)}
    grew = bool(doomed)
    while grew:  # attachments of attachments
        children = {r[0] for r in conn.execute("SELECT sha256, parent_sha256 FROM files") if r[1] in doomed}
        grew = not children <= doomed
        doomed |= children
    with conn:
        for sha in sorted(doomed):
            for table in ("pages", "messages", "findings", "documents", "errors", "file_paths", "files"):
                conn.execute(f"DELETE FROM {table} WHERE sha256=?", (sha,))
    return len(doomed)


def path_text(path: Path) -> str:
    """A path as text the store can hold: itself, or (for a name in bytes that are not UTF-8, as zips from
    Windows carry) "fs:" and the hex of its bytes, so it can still be reopened (`path_of`)."""
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "fs:" + os.fsencode(path).hex()
    return text


def path_of(text: str) -> Path:
    return Path(os.fsdecode(bytes.fromhex(text[3:]))) if text.startswith("fs:") else Path(text)


def write_result(
    conn: sqlite3.Connection,
    run_id: int,
    source: SourceFile,
    result: FileResult,
    ingest_fp: str,
    extract_fp: str,
) -> None:
    """Replace everything stored for one file, in one transaction: a killed run never leaves half a file."""
    sha = source.sha256
    with conn:
        if _stored_under_a_smaller_name(conn, source, ingest_fp, extract_fp):
            conn.executemany(
                "INSERT OR IGNORE INTO file_paths (sha256, path, first_run) VALUES (?, ?, ?)",
                [(sha, p, run_id) for p in (source.display_path, *source.other_paths)],
            )
            return
        for table in ("pages", "messages", "findings", "documents", "errors"):
            conn.execute(f"DELETE FROM {table} WHERE sha256=?", (sha,))
        failed = result.document is None
        conn.execute(
            "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                sha,
                source.display_path,
                source.file_type.value,
                source.size,
                source.parent_sha256,
                source.parent_message,
                "failed" if failed else "done",
                ingest_fp,
                extract_fp,
                run_id,
                round(result.seconds, 3),
                path_text(source.path),
            ),
        )
        conn.executemany(
            "INSERT OR IGNORE INTO file_paths (sha256, path, first_run) VALUES (?, ?, ?)",
            [(sha, p, run_id) for p in (source.display_path, *source.other_paths)],
        )
        if result.document is not None:
            _insert_document(conn, result.document)
        # by identity: details may hold lists (unhashable); pickling keeps shared references within a result
        layout = {id(f) for f in result.document.layout_findings} if result.document is not None else set()
        insert_findings(conn, [f for f in result.findings if id(f) in layout], stage="ingest")
        insert_findings(conn, [f for f in result.findings if id(f) not in layout], stage="extract")
        _insert_errors(conn, run_id, result.errors)


def _stored_under_a_smaller_name(conn: sqlite3.Connection, source: SourceFile, ingest_fp: str, extract_fp: str) -> bool:
    """Whether these bytes are already stored, read with the current settings, under a name that sorts first.
    One attachment in two e-mails is read once per e-mail; the smallest name keeps it (with its parent), so the
    tables do not depend on which e-mail a worker finished first. The other name is kept as another path."""
    row = conn.execute(
        "SELECT path, status, ingest_fingerprint, extract_fingerprint FROM files WHERE sha256 = ?", (source.sha256,)
    ).fetchone()
    return (
        row is not None
        and row["status"] == "done"
        and (row["ingest_fingerprint"], row["extract_fingerprint"]) == (ingest_fp, extract_fp)
        and row["path"] < source.display_path
    )


def write_extraction(
    conn: sqlite3.Connection, run_id: int, source: SourceFile, result: FileResult, extract_fp: str
) -> None:
    """Replace one file's extracted findings (not its pages, not its layout findings), in one transaction."""
    sha = source.sha256
    with conn:
        conn.execute("DELETE FROM findings WHERE sha256=? AND stage='extract'", (sha,))
        conn.execute("DELETE FROM errors WHERE sha256=? AND stage='extract'", (sha,))
        conn.execute(
            "UPDATE files SET extract_fingerprint=?, run_id=?, seconds=? WHERE sha256=?",
            (extract_fp, run_id, round(result.seconds, 3), sha),
        )
        insert_findings(conn, result.findings, stage="extract")
        _insert_errors(conn, run_id, result.errors)
        from foiakit.ingest import resplits

        if result.document is not None and resplits(source.file_type):
            # printed email is read again from the stored text with the current rules
            conn.execute("DELETE FROM messages WHERE sha256=?", (sha,))
            conn.executemany(
                f"INSERT OR REPLACE INTO messages VALUES ({', '.join('?' * 22)})",
                [_message_row(sha, m) for m in result.document.messages],
            )
            conn.execute("UPDATE documents SET messages=? WHERE sha256=?", (len(result.document.messages), sha))


def _insert_document(conn: sqlite3.Connection, doc: Document) -> None:
    src = doc.source
    ocr_conf = [p.confidence for p in doc.pages if p.ocr and p.confidence is not None]
    conn.execute(
        "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            src.sha256,
            src.display_path,
            src.file_type.value,
            doc.title,
            len(doc.pages),
            sum(p.ocr for p in doc.pages),
            sum(p.char_count for p in doc.pages),
            len(doc.messages),
            round(sum(ocr_conf) / len(ocr_conf), 1) if ocr_conf else None,
            src.parent_sha256,
            src.parent_message,
        ),
    )
    conn.executemany(
        "INSERT INTO pages (sha256, page, text, ocr, ocr_reason, confidence, char_count, width, height, rotation,"
        " bates) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                src.sha256,
                p.number,
                p.text,
                int(p.ocr),
                p.ocr_reason,
                p.confidence,
                p.char_count,
                p.width,
                p.height,
                p.rotation,
                p.bates,
            )
            for p in doc.pages
        ],
    )
    conn.executemany(
        "INSERT OR REPLACE INTO messages VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [_message_row(src.sha256, m) for m in doc.messages],
    )


def _addresses(values: Iterable[Any]) -> str:
    return "; ".join(str(a) for a in values)


def _message_row(sha: str, m: Message) -> tuple[Any, ...]:
    return (
        m.id,
        sha,
        m.position,
        m.page_start,
        m.page_end,
        m.message_id,
        m.sender.name if m.sender else None,
        m.sender.address if m.sender else None,
        _addresses(m.to),
        _addresses(m.cc),
        _addresses(m.bcc),
        m.date,
        m.subject,
        json.dumps(list(m.attachments), ensure_ascii=False),
        m.in_reply_to,
        json.dumps(list(m.references)),
        m.thread_id,
        m.duplicate_of,
        int(m.quoted),
        m.body,
        m.body_start,
        m.header_start,
    )


def insert_findings(conn: sqlite3.Connection, findings: Iterable[Finding], stage: str = "extract") -> None:
    conn.executemany(
        'INSERT INTO findings (sha256, file, kind, value, normalized, detail, page, message, start, "end", quote,'
        " confidence, method, ocr, stage) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                f.sha256,
                f.file,
                f.kind,
                f.value,
                f.normalized,
                f.detail_json(),
                f.page,
                f.message,
                f.start,
                f.end,
                f.quote,
                round(f.confidence, 3),
                f.method,
                int(f.ocr),
                stage,
            )
            for f in findings
        ],
    )


def page_text(conn: sqlite3.Connection, file: str, page: int) -> sqlite3.Row | None:
    """A page's stored row, by the file's path (any path it was found under) or sha256 prefix."""
    return conn.execute(
        "SELECT p.*, f.path AS file FROM pages p JOIN files f ON f.sha256 = p.sha256"
        " WHERE p.page = ? AND (p.sha256 IN (SELECT sha256 FROM file_paths WHERE path = ? OR path LIKE ?)"
        " OR p.sha256 LIKE ?) ORDER BY f.path LIMIT 1",
        (page, file, f"%/{file}", f"{file}%" if len(file) >= 8 else "\x00"),
    ).fetchone()
