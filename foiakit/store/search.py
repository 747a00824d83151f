"""Full-text search over stored page text (SQLite FTS5)."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from foiakit.errors import FoiakitError

HIGHLIGHT_OPEN = "\x02"  # markers the CLI turns into bold (terminal) or [brackets] (CSV)
HIGHLIGHT_CLOSE = "\x03"


class BadQueryError(FoiakitError):
    exit_code = 2  # type: ignore[assignment]


@dataclass(frozen=True, slots=True)
class SearchHit:
    file: str
    sha256: str
    page: int
    bates: str | None
    ocr: bool
    snippet: str
    message: str | None  # id of the email message the hit lies in, when known
    rank: float


def search_pages(conn: sqlite3.Connection, query: str, limit: int = 50) -> list[SearchHit]:
    """Hits for an FTS5 query (words, "phrases", AND/OR/NOT, prefix*), best first."""
    sql = (
        "SELECT f.path AS file, p.sha256, p.page, p.bates, p.ocr, bm25(pages_fts) AS rank,"
        " snippet(pages_fts, 0, ?, ?, '…', 16) AS snippet, p.text"
        " FROM pages_fts JOIN pages p ON p.id = pages_fts.rowid JOIN files f ON f.sha256 = p.sha256"
        " WHERE pages_fts MATCH ? ORDER BY rank, f.path, p.page LIMIT ?"
    )
    try:
        rows = conn.execute(sql, (HIGHLIGHT_OPEN, HIGHLIGHT_CLOSE, query, limit)).fetchall()
    except sqlite3.OperationalError:
        # A query with FTS syntax errors (stray quotes, colons) is retried as a plain phrase.
        phrase = '"' + query.replace('"', '""') + '"'
        try:
            rows = conn.execute(sql, (HIGHLIGHT_OPEN, HIGHLIGHT_CLOSE, phrase, limit)).fetchall()
        except sqlite3.OperationalError as exc:
            raise BadQueryError(f"cannot search for {query!r}: {exc}") from exc
    return [
        SearchHit(
            r["file"],
            r["sha256"],
            r["page"],
            r["bates"],
            bool(r["ocr"]),
            re.sub(r"\s+", " ", r["snippet"]).strip(),
            _message_for(conn, r["sha256"], r["page"], r["snippet"]),
            round(r["rank"], 4),
        )
        for r in rows
    ]


def _message_for(conn: sqlite3.Connection, sha: str, page: int, snippet: str) -> str | None:
    """The message a hit lies in: a native email's message by position, or a printed one by page span."""
    rows = conn.execute(
        "SELECT id, position, page_start, page_end, body FROM messages WHERE sha256=? ORDER BY position", (sha,)
    ).fetchall()
    if not rows:
        return None
    words = snippet.replace(HIGHLIGHT_OPEN, "").replace(HIGHLIGHT_CLOSE, "").replace("…", "").split()
    probe = " ".join(words[:6])
    spanning = [
        r for r in rows if r["page_start"] is not None and r["page_start"] <= page <= (r["page_end"] or r["page_start"])
    ]
    candidates = spanning or [r for r in rows if r["page_start"] is None and r["position"] == page] or rows
    for row in candidates:
        if probe and probe in " ".join(row["body"].split()):
            return str(row["id"])
    return str(candidates[0]["id"]) if len(candidates) == 1 else None
