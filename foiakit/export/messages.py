"""The `messages` table: one row per email message, native or printed, with its thread and duplicates."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from foiakit.export.tables import Table, register

COLUMNS = (
    "message",
    "file",
    "sha256",
    "position",
    "page_start",
    "page_end",
    "from_name",
    "from_address",
    "to",
    "cc",
    "bcc",
    "date",
    "subject",
    "attachments",
    "in_reply_to",
    "message_id",
    "thread_id",
    "duplicate_of",
    "quoted",
)


def message_rows(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    for r in conn.execute(
        "SELECT m.*, f.path FROM messages m JOIN files f ON f.sha256 = m.sha256 ORDER BY f.path, m.position"
    ):
        yield {
            "message": r["id"],
            "file": r["path"],
            "sha256": r["sha256"],
            "position": r["position"],
            "page_start": r["page_start"] if r["page_start"] is not None else r["position"],
            "page_end": r["page_end"] if r["page_end"] is not None else r["position"],
            "from_name": r["from_name"],
            "from_address": r["from_address"],
            "to": r["to_addrs"],
            "cc": r["cc_addrs"],
            "bcc": r["bcc_addrs"],
            "date": r["date"],
            "subject": r["subject"],
            "attachments": "; ".join(json.loads(r["attachments"] or "[]")),
            "in_reply_to": r["in_reply_to"],
            "message_id": r["message_id"],
            "thread_id": r["thread_id"],
            "duplicate_of": r["duplicate_of"],
            "quoted": r["quoted"],
        }


MESSAGES = Table(
    "messages",
    COLUMNS,
    "",
    "one row per email message (native, printed, or quoted in another): sender, recipients, date, subject,"
    " thread and the message it duplicates",
    producer=message_rows,
)
register(MESSAGES)
