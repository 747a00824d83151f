"""Agencies across a release (corpus steps, after every file is extracted): initialisms learned in one document
and read in others, and one name per agency (`unify_release_names`, below).

Within one document, "OOG" is read as the Office of Open Government when that document names the office
(`agency_refs`). An email that says only "OOG would like a copy" needs another document of the same release that
both names the office and uses "OOG". This step learns such pairs from the whole store and applies them to the
other documents, under three guards against a wrong expansion (ISP is also an internet service provider):

- evidence: the initialism appears, as a word in capitals, in a document that names the agency in full;
- uniqueness: across the release the initialism stands for one agency only;
- relatedness: it is applied only in a document that shares another agency with a document it was learned from.

Findings made here have stage `release`; the step deletes and remakes them on every run, so they always follow
the store's current contents and the output stays deterministic.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import defaultdict

from foiakit.extract.agency_refs import initials
from foiakit.extract.spans import line_quote
from foiakit.model import Finding, make_detail

_PLACE_PREFIX = re.compile(r"^(?:D\.?C\.?|District of Columbia|U\.?S\.?|United States)\s+")
MIN_LETTERS = 3


def learn_release_aliases(conn: sqlite3.Connection) -> int:
    """Remake the release-stage agency findings; returns how many were made."""
    from foiakit.store.db import insert_findings

    conn.execute("DELETE FROM findings WHERE stage='release'")
    agencies: dict[str, set[str]] = defaultdict(set)  # sha256 → agency names
    for row in conn.execute("SELECT DISTINCT sha256, normalized FROM findings WHERE kind='agency'"):
        agencies[row[0]].add(row[1])
    candidates: dict[str, set[str]] = defaultdict(set)  # initialism → names
    for names in agencies.values():
        for name in names:
            for key in {initials(name), initials(_PLACE_PREFIX.sub("", name))}:
                if len(key) >= MIN_LETTERS and not any(initials(other) == key for other in names - {name}):
                    candidates[key].add(name)
    table = {key: names.pop() for key, names in candidates.items() if len(names) == 1}
    findings: list[Finding] = []
    for key, name in sorted(table.items()):
        pages = _pages_with(conn, key)
        learned_in = {sha for sha, _, _, _, _ in pages if name in agencies.get(sha, set())}
        if not learned_in:
            continue  # no document both names the agency and uses the initialism
        partners = set().union(*(agencies[sha] - {name} for sha in learned_in))
        sources = tuple(sorted({file for sha, file, _, _, _ in pages if sha in learned_in}))
        for sha, file, page, text, ocr in pages:
            if sha in learned_in or not (agencies.get(sha, set()) & partners):
                continue
            findings.extend(_mentions(conn, (key, name, sources), sha, file, page, text, ocr))
    insert_findings(conn, findings, stage="release")
    return len(findings)


def _pages_with(conn: sqlite3.Connection, key: str) -> list[tuple[str, str, int, str, bool]]:
    """Pages whose text holds `key` as a word in capitals (full-text index first, then exact case)."""
    rows = conn.execute(
        "SELECT p.sha256, f.path, p.page, p.text, p.ocr FROM pages_fts JOIN pages p ON p.id = pages_fts.rowid"
        " JOIN files f ON f.sha256 = p.sha256 WHERE pages_fts MATCH ? ORDER BY f.path, p.page",
        (f'"{key}"',),
    ).fetchall()
    word = re.compile(rf"(?<![\w-]){re.escape(key)}(?![\w-])")
    return [(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows if word.search(r[3])]


def _mentions(
    conn: sqlite3.Connection,
    alias: tuple[str, str, tuple[str, ...]],
    sha: str,
    file: str,
    page: int,
    text: str,
    ocr: bool,
) -> list[Finding]:
    """Findings for `alias` = (initialism, agency, files it was learned from) on one page, where no agency
    finding already covers the span."""
    key, name, sources = alias
    taken = conn.execute(
        "SELECT start, \"end\" FROM findings WHERE sha256=? AND page=? AND kind IN ('agency', 'agency_unit')",
        (sha, page),
    ).fetchall()
    from foiakit.extract.organizations import names_a_thing

    found = []
    for match in re.finditer(rf"(?<![\w-]){re.escape(key)}(?![\w-])", text):
        start, end = match.span()
        if any(s is not None and s < end and start < e for s, e in taken):
            continue
        if names_a_thing(text, key, end):
            continue  # "OMB Policy on …", "USPS ZIP Codes": the initialism opens the name of something else
        found.append(
            Finding(
                kind="agency",
                value=key,
                normalized=name,
                file=file,
                sha256=sha,
                page=page,
                start=start,
                end=end,
                quote=line_quote(text, start, end),
                method="rule",
                ocr=ocr,
                confidence=0.6,
                message=message_at(conn, sha, page, start),
                detail=make_detail(learned_from=list(sources[:3])),
            )
        )
    return found


def message_at(conn: sqlite3.Connection, sha: str, page: int, start: int) -> str | None:
    """The message a span is in: a native email's page is its message; printed ones run from their header."""
    best: tuple[tuple[int, int], str] | None = None
    for row in conn.execute(
        "SELECT id, position, page_start, page_end, header_start FROM messages WHERE sha256=?", (sha,)
    ):
        message_id, position, first, last, header = row
        if first is None:
            if position == page:
                return str(message_id)
            continue
        begins = (header or 0) if page == first else 0
        if first <= page <= (last if last is not None else first) and begins <= start:
            key = (first, begins)
            if best is None or key > best[0]:
                best = (key, str(message_id))
    return best[1] if best else None


# ---- one name per agency across the release -------------------------------------------------------------------

_NAME_KEY = "name_in_document"


def unify_release_names(conn: sqlite3.Connection) -> int:
    """One name per agency across the release: "Board of Ethics and Government Accountability" in one document and
    "D.C. Board of Ethics and Government Accountability" in another are one body when the longer name is the
    shorter with a place before it, and no other place's body shares the shorter name in the release. The name a
    document used stays in `detail.name_in_document`; the step first undoes its last run, so it always follows the
    store's current contents. Returns how many names were merged."""
    restore_document_names(conn)
    names = sorted(r[0] for r in conn.execute("SELECT DISTINCT normalized FROM findings WHERE kind='agency'"))
    places = _release_places(names)
    merged = 0
    for short in names:
        if _content_words(short) < 2:
            continue  # "Police Department": which one is not for the release to guess
        longer = [n for n in names if n.endswith(" " + short) and n[: -len(short) - 1] in places]
        if len(longer) == 1:
            rows = conn.execute("SELECT id, detail FROM findings WHERE kind = 'agency' AND normalized = ?", (short,))
            conn.executemany(
                "UPDATE findings SET normalized = ?, detail = ? WHERE id = ?",
                [(longer[0], detail_json({**json.loads(d or "{}"), _NAME_KEY: short}), i) for i, d in rows.fetchall()],
            )
            merged += 1
    return merged


def detail_json(detail: dict[str, object]) -> str:
    return json.dumps(detail, sort_keys=True, ensure_ascii=False, default=str)  # as Finding.detail_json writes it


def restore_document_names(conn: sqlite3.Connection) -> None:
    """Undo `unify_release_names`: every agency finding takes back the name its document used. Runs before the
    release steps, so that each of them sees the same store on every run (deterministic output)."""
    rows = conn.execute(
        f"SELECT id, detail FROM findings WHERE kind IN ('agency', 'vendor') AND detail LIKE '%\"{_NAME_KEY}\"%'"
    ).fetchall()
    restored = []
    for finding_id, detail_text in rows:
        detail = json.loads(detail_text)
        name = detail.pop(_NAME_KEY, None)
        if name is not None:
            restored.append((name, detail_json(detail), finding_id))
    conn.executemany("UPDATE findings SET normalized = ?, detail = ? WHERE id = ?", restored)


def _release_places(names: list[str]) -> set[str]:
    """Places an agency name may open with: the District, the United States, the states, and the cities and
    counties the release's own agencies name."""
    from foiakit.extract.lexicon import words

    places = {"D.C.", "DC", "District of Columbia", "U.S.", "US", "United States", *words("org_words")["states"]}
    for name in names:
        match = re.fullmatch(r"(?:City|County|Town|Village) of ([A-Z][\w .'-]+)", name)
        if match:
            places.add(match.group(1))
    return places


def _content_words(name: str) -> int:
    from foiakit.extract.lexicon import words

    org_words = words("org_words")
    skip = org_words["connectors"] | org_words["agency_heads"] | org_words["unit_heads"]
    return sum(1 for w in re.findall(r"[\w'’]+", name.lower()) if w not in skip)
