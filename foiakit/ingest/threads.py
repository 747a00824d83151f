"""Corpus step: thread ids and duplicates across the whole release.

The same email is released many times: as a native file, printed into PDFs, quoted in later replies. A message
is a duplicate of an earlier one (in path order) when the sender, the moment it was sent and the opening of its
body match. Times are compared modulo whole hours, since a printout shows local time without an offset, and the
body fuzzily, since OCR differs. Threads follow Message-ID / In-Reply-To / References when present, and
otherwise the subject without Re:/Fw: (a generic subject may join two threads: the ids still link them).
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from difflib import SequenceMatcher

_PREFIX = re.compile(r"^\s*((re|fw|fwd|aw|wg|tr)\s*(\[\d+\])?\s*:\s*)+", re.I)
_QUOTED_LINE = re.compile(r"^\s*>.*$", re.M)
BODY_CHARS = 300


@dataclass(frozen=True, slots=True)
class _Row:
    id: str
    path: str
    position: int
    sender: str
    when: datetime | None
    subject: str
    body_key: str
    message_id: str | None
    parents: tuple[str, ...]
    quoted: bool = False  # printed below another message, or quoted in a native one's body
    page_start: int | None = None  # None for a native message (its page is its position)
    page_end: int | None = None


def normalize_subject(subject: str) -> str:
    return " ".join(_PREFIX.sub("", subject or "").lower().split())


def sender_key(name: str | None, address: str | None) -> str:
    """The sender reduced to what survives printing: the address's local part, else the name's words sorted."""
    if address and "@" in address:
        return address.split("@")[0].lower().replace(".", "")
    words = sorted(w for w in re.findall(r"[a-z]+", (name or "").lower()) if len(w) > 1)
    return " ".join(words)


def body_key(body: str) -> str:
    text = _QUOTED_LINE.sub("", body or "")
    return re.sub(r"[^a-z0-9]", "", text.lower())[:BODY_CHARS]


def _when(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _same_moment(a: datetime, b: datetime) -> bool:
    """Within a minute (a printout drops the seconds, and may round them: 12:27:58 printed as 12:28), allowing a
    whole-hour shift (a time zone printed or not)."""
    seconds = abs((a.replace(tzinfo=None) - b.replace(tzinfo=None)).total_seconds())
    off_the_hour = seconds % 3600
    return seconds <= 14 * 3600 + 60 and (off_the_hour < 60 or off_the_hour > 3540)


def _names_match(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    a_is_name, b_is_name = " " in a, " " in b
    if a_is_name != b_is_name:  # a native email's address against a printed copy's name
        local, name = (b, a) if a_is_name else (a, b)
        return local_part_matches_name(local, name.split())
    wa, wb = set(a.split()), set(b.split())
    return bool(wa and wb) and (wa <= wb or wb <= wa or a.replace(" ", "") in b.replace(" ", ""))


def local_part_matches_name(local: str, words: list[str]) -> bool:
    """'tracihughes' or 'thughes' (from traci.hughes@, t.hughes@) against the words of 'Hughes, Traci (BEGA)'."""
    letters = re.sub(r"[^a-z]", "", local)
    if len(letters) < 4:
        return False
    names = [w for w in words if len(w) > 1]
    return any(
        letters in {first + last, first[0] + last, first + last[0]}
        for first in names
        for last in names
        if first != last
    )


def _rows(conn: sqlite3.Connection) -> list[_Row]:
    rows = []
    for r in conn.execute(
        "SELECT m.id, f.path, m.position, m.from_name, m.from_address, m.date, m.subject, m.body, m.message_id,"
        " m.in_reply_to, m.refs, m.quoted, m.page_start, m.page_end"
        " FROM messages m JOIN files f ON f.sha256 = m.sha256 ORDER BY f.path, m.position"
    ):
        parents = tuple(re.findall(r"<[^<>\s]+>", f"{r['refs'] or ''} {r['in_reply_to'] or ''}"))
        rows.append(
            _Row(
                r["id"],
                r["path"],
                r["position"],
                sender_key(r["from_name"], r["from_address"]),
                _when(r["date"]),
                normalize_subject(r["subject"]),
                body_key(r["body"]),
                r["message_id"],
                parents,
                bool(r["quoted"]),
                r["page_start"],
                r["page_end"],
            )
        )
    return rows


def find_duplicates(rows: list[_Row]) -> dict[str, str]:
    """message id → id of the first (path order) message it repeats."""
    by_minute: dict[int, list[_Row]] = defaultdict(list)
    duplicate_of: dict[str, str] = {}
    for row in rows:
        if row.when is None or not row.sender:
            continue
        minute = row.when.minute
        nearby = [*by_minute[(minute - 1) % 60], *by_minute[minute], *by_minute[(minute + 1) % 60]]
        for earlier in sorted(nearby, key=lambda r: (r.path, r.position)):
            if (
                _names_match(row.sender, earlier.sender)
                and earlier.when is not None
                and _same_moment(row.when, earlier.when)
                and _similar(row.body_key, earlier.body_key)
            ):
                duplicate_of[row.id] = duplicate_of.get(earlier.id, earlier.id)
                break
        else:
            by_minute[minute].append(row)
    return duplicate_of


def _similar(a: str, b: str) -> bool:
    if not a or not b:
        return not a and not b
    shorter = min(len(a), len(b))
    return SequenceMatcher(None, a[:shorter], b[:shorter], autojunk=False).ratio() >= 0.8


def assign_threads(rows: list[_Row], duplicate_of: dict[str, str]) -> dict[str, str]:
    """message id → thread id (stable: a hash of the thread's root key)."""
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        while parent.get(key, key) != key:
            key = parent[key]
        return key

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for row in rows:
        own = f"msg:{row.id}"
        parent.setdefault(own, own)
        if row.subject:
            union(own, f"subject:{row.subject}")
        if row.message_id:
            union(own, f"mid:{row.message_id}")
        for ref in row.parents:
            union(own, f"mid:{ref}")
        if row.id in duplicate_of:
            union(own, f"msg:{duplicate_of[row.id]}")
    for row, above in _quoted_under(rows):
        if _subjects_agree(row.subject, above.subject):
            union(f"msg:{row.id}", f"msg:{above.id}")
    return {row.id: hashlib.sha256(find(f"msg:{row.id}").encode()).hexdigest()[:12] for row in rows}


def _quoted_under(rows: list[_Row]) -> list[tuple[_Row, _Row]]:
    """(quoted message, the message printed just above it on the same page): a reply and what it quotes."""
    pairs = []
    by_path: dict[str, list[_Row]] = defaultdict(list)
    for row in rows:
        by_path[row.path].append(row)
    for rows_of_file in by_path.values():
        rows_of_file.sort(key=lambda r: r.position)
        for index, row in enumerate(rows_of_file):
            if not row.quoted:
                continue
            page = row.page_start if row.page_start is not None else row.position
            for above in reversed(rows_of_file[:index]):
                first = above.page_start if above.page_start is not None else above.position
                last = above.page_end if above.page_end is not None else first
                if first <= page <= last:
                    pairs.append((row, above))
                    break
    return pairs


def _subjects_agree(a: str, b: str) -> bool:
    """Subjects of a reply and what it quotes: the same once Re:/Fw: are gone, up to OCR errors, or one not
    printed at all."""
    if not a or not b or a == b:
        return True
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.85


def link_messages(conn: sqlite3.Connection) -> None:
    """Set thread_id and duplicate_of on every stored message (the whole release at once)."""
    rows = _rows(conn)
    duplicate_of = find_duplicates(rows)
    threads = assign_threads(rows, duplicate_of)
    conn.executemany(
        "UPDATE messages SET thread_id=?, duplicate_of=? WHERE id=?",
        [(threads[row.id], duplicate_of.get(row.id), row.id) for row in rows],
    )
