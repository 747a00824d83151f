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
            _message_for(conn, r["sha256"], r["page"], r["snippet"], r["text"]),
            round(r["rank"], 4),
        )
        for r in rows
    ]


def _message_for(conn: sqlite3.Connection, sha: str, page: int, snippet: str, page_text: str) -> str | None:
    """The message a hit lies in: a native email's message by position (one page each, unless the hit is in an
    older message quoted in its body), a printed one by where the hit sits on the page (each message runs from
    its header block to the next one's)."""
    rows = conn.execute(
        "SELECT id, position, page_start, page_end, header_start FROM messages WHERE sha256=? ORDER BY position",
        (sha,),
    ).fetchall()
    starts = []  # (page the message begins on, offset there, position, id) for the messages on this page
    for r in rows:
        first = r["page_start"] if r["page_start"] is not None else r["position"]  # a native message: its page
        if first <= page <= (r["page_end"] or first):
            here = (r["header_start"] or 0) if r["page_start"] == page else 0
            starts.append((first, here, r["position"], str(r["id"])))
    starts.sort()
    if not starts:
        return None
    offset = _hit_offset(snippet, page_text)
    if offset is None:
        return starts[0][3] if len(starts) == 1 else None
    before = [s for s in starts if s[0] < page or s[1] <= offset]
    return before[-1][3] if before else starts[0][3]


def _hit_offset(snippet: str, page_text: str) -> int | None:
    """Where the snippet's first highlighted term is in the page text, using the words before it to pick the
    right occurrence."""
    if HIGHLIGHT_OPEN not in snippet:
        return None
    before, _, rest = snippet.partition(HIGHLIGHT_OPEN)
    term = rest.partition(HIGHLIGHT_CLOSE)[0].split()
    if not term:
        return None
    context = before.replace("…", " ").split()[-4:]
    for words in (context + term, term):
        pattern = r"\s+".join(re.escape(w) for w in words)
        match = re.search(pattern, page_text, re.I)
        if match:
            return match.end() - len(term[-1])
    return None
