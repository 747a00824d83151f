"""Read documents back from the store: re-extraction works on stored text and never re-runs OCR."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from foiakit.model import Address, Document, FileType, Message, Page, SourceFile
from foiakit.store.db import path_of


def stored_sources(conn: sqlite3.Connection) -> Iterator[SourceFile]:
    """Every file whose document is in the store (read successfully), in path order."""
    rows = conn.execute(
        "SELECT f.sha256, f.path, f.file_type, f.size, f.parent_sha256, f.parent_message, f.disk_path"
        " FROM files f JOIN documents d ON d.sha256 = f.sha256 WHERE f.status = 'done' ORDER BY f.path, f.sha256"
    )
    for row in rows.fetchall():
        yield source_from_row(row)


def source_from_row(row: sqlite3.Row) -> SourceFile:
    return SourceFile(
        path=path_of(row["disk_path"]) if row["disk_path"] else Path(row["path"]),
        display_path=row["path"],
        sha256=row["sha256"],
        size=row["size"],
        file_type=FileType(row["file_type"]),
        parent_sha256=row["parent_sha256"],
        parent_message=row["parent_message"],
    )


def load_pages(conn: sqlite3.Connection, sha256: str) -> tuple[Page, ...]:
    rows = conn.execute(
        "SELECT page, text, ocr, ocr_reason, confidence, width, height, rotation, bates FROM pages"
        " WHERE sha256=? ORDER BY page",
        (sha256,),
    )
    return tuple(
        Page(
            number=r["page"],
            text=r["text"],
            ocr=bool(r["ocr"]),
            ocr_reason=r["ocr_reason"],
            confidence=r["confidence"],
            width=r["width"] or 0.0,
            height=r["height"] or 0.0,
            rotation=r["rotation"],
            bates=r["bates"],
        )
        for r in rows
    )


def _addresses(text: str | None) -> tuple[Address, ...]:
    if not text:
        return ()
    found = []
    for part in text.split("; "):
        name, sep, rest = part.rpartition(" <")
        if sep and rest.endswith(">"):
            found.append(Address(name, rest[:-1]))
        elif "@" in part:
            found.append(Address("", part))
        else:
            found.append(Address(part, ""))
    return tuple(found)


def load_messages(conn: sqlite3.Connection, sha256: str) -> tuple[Message, ...]:
    rows = conn.execute("SELECT * FROM messages WHERE sha256=? ORDER BY position", (sha256,))
    messages = []
    for r in rows:
        sender = Address(r["from_name"] or "", r["from_address"] or "") if r["from_name"] or r["from_address"] else None
        messages.append(
            Message(
                id=r["id"],
                position=r["position"],
                sender=sender,
                to=_addresses(r["to_addrs"]),
                cc=_addresses(r["cc_addrs"]),
                bcc=_addresses(r["bcc_addrs"]),
                date=r["date"],
                subject=r["subject"] or "",
                body=r["body"],
                message_id=r["message_id"],
                in_reply_to=r["in_reply_to"],
                references=tuple(json.loads(r["refs"] or "[]")),
                attachments=tuple(json.loads(r["attachments"] or "[]")),
                page_start=r["page_start"],
                page_end=r["page_end"],
                quoted=bool(r["quoted"]),
                thread_id=r["thread_id"],
                duplicate_of=r["duplicate_of"],
                body_start=r["body_start"],
                header_start=r["header_start"],
            )
        )
    return tuple(messages)


def load_document(conn: sqlite3.Connection, source: SourceFile) -> Document:
    """The stored pages and messages of one file, as the Document extraction reads."""
    title_row = conn.execute("SELECT title FROM documents WHERE sha256=?", (source.sha256,)).fetchone()
    return Document(
        source=source,
        pages=load_pages(conn, source.sha256),
        messages=load_messages(conn, source.sha256),
        title=(title_row["title"] if title_row else "") or "",
    )
