"""A price's vendor by its line, with the release's names (a corpus step, after the release's vendors are known).

Extraction ties a price to the vendor named on its line, else to the document's main vendor. On a register or a
ledger whose layout the rules did not read, a line ("06/02 4410 QUILLON ROBOTICS 1,250.00") names a payee the
document alone does not mark as a company, so its amount went to the main vendor. Once the release has named that
company (by its form in this or another document of the folder), the line says whose the amount is.

The rule: a price whose line holds exactly one of the folder's vendor names, and no vendor finding of extraction,
is that vendor's. The price keeps what extraction said in `detail.vendor_before_release`; the step undoes its last
run first, so it always follows the store's current contents (deterministic output).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import defaultdict

from foiakit.extract.release_aliases import detail_json
from foiakit.extract.release_vendors import folder_of, key_pattern, name_keys

BEFORE = "vendor_before_release"


def tie_prices_by_line(conn: sqlite3.Connection) -> int:
    """Re-tie prices to the one vendor their line names; returns how many changed."""
    _undo(conn)
    names: dict[str, set[str]] = defaultdict(set)  # folder → vendor names found anywhere in it
    for name, path in conn.execute(
        "SELECT DISTINCT f.normalized, fl.path FROM findings f JOIN files fl ON fl.sha256 = f.sha256"
        " WHERE f.kind = 'vendor'"
    ):
        names[folder_of(path)].add(name)
    changed = 0
    for folder in sorted(names):
        table: dict[str, set[str]] = defaultdict(set)
        for name in names[folder]:
            for key in name_keys(name):
                table[key].add(name)
        unique = {(k if " " not in k else k.lower()): next(iter(v)) for k, v in table.items() if len(v) == 1}
        if unique:
            changed += _retie_folder(conn, folder, unique, key_pattern(unique))
    return changed


def _retie_folder(conn: sqlite3.Connection, folder: str, table: dict[str, str], pattern: re.Pattern[str]) -> int:
    like = f"{folder}/%" if folder else "%"
    vendor_spans: dict[tuple[str, int], list[tuple[int, int]]] = defaultdict(list)  # extraction's vendors per page
    for sha, page, start, end in conn.execute(
        'SELECT f.sha256, f.page, f.start, f."end" FROM findings f JOIN files fl ON fl.sha256 = f.sha256'
        " WHERE f.kind = 'vendor' AND f.stage = 'extract' AND f.start IS NOT NULL AND fl.path LIKE ?",
        (like,),
    ):
        vendor_spans[(sha, page)].append((start, end))
    prices = conn.execute(
        'SELECT f.id, f.sha256, f.page, f.start, f."end", f.detail, fl.path FROM findings f'
        " JOIN files fl ON fl.sha256 = f.sha256 WHERE f.kind = 'price' AND f.start IS NOT NULL AND fl.path LIKE ?"
        " ORDER BY f.sha256, f.page, f.start, f.id",
        (like,),
    ).fetchall()
    updates = []
    page_key: tuple[str, int] | None = None
    text = ""
    for finding_id, sha, page, start, end, detail_text, path in prices:
        if not folder and "/" in path:
            continue
        if (sha, page) != page_key:  # prices come page by page: each page's text is read once
            page_key = (sha, page)
            row = conn.execute("SELECT text FROM pages WHERE sha256 = ? AND page = ?", page_key).fetchone()
            text = row[0] if row else ""
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        if any(s < line_end and line_start < e for s, e in vendor_spans.get((sha, page), ())):
            continue  # extraction named a vendor on the line: its tie stands
        named = {_lookup(table, m.group(0)) for m in pattern.finditer(text, line_start, line_end)} - {None}
        if len(named) != 1:
            continue
        detail = json.loads(detail_text or "{}")
        vendor = named.pop()
        if detail.get("vendor") != vendor:
            updates.append((detail_json({**detail, "vendor": vendor, BEFORE: detail.get("vendor")}), finding_id))
    conn.executemany("UPDATE findings SET detail = ? WHERE id = ?", updates)
    return len(updates)


def _lookup(table: dict[str, str], written: str) -> str | None:
    if " " in written.strip():
        return table.get(" ".join(written.lower().split()))
    return table.get(written) or table.get(written.title())


def _undo(conn: sqlite3.Connection) -> None:
    rows = conn.execute(
        f"SELECT id, detail FROM findings WHERE kind = 'price' AND detail LIKE '%\"{BEFORE}\"%'"
    ).fetchall()
    restored = []
    for finding_id, detail_text in rows:
        detail = json.loads(detail_text)
        if BEFORE in detail:
            before = detail.pop(BEFORE)
            if before is None:
                detail.pop("vendor", None)  # extraction tied it to no one: the key was absent
            else:
                detail["vendor"] = before
            restored.append((detail_json(detail), finding_id))
    conn.executemany("UPDATE findings SET detail = ? WHERE id = ?", restored)
