"""Vendors across a release (a corpus step, after every file is extracted): a company one document names in a
form the rules can read ("Quillon Robotics LLC" on a contract, "Vendor Name: QUILLON ROBOTICS") is the same
company when another document of the release names it bare ("Quillon's cars drove 40,000 miles", "the Quillon
pilot"). One word alone carries no sign of being a company; the release's own documents supply it.

Guards against reading a common word as a company:

- source: only names the rules found by a document's form or structure (not the shipped lists, which are read
  everywhere already);
- the key: the whole name, or its first word when that word is distinctive: four letters or more, not a generic
  word ("Advanced", "Republic"), a given name, a place, a state;
- case: a one-word key is read only capitalised, and only when the release's text never uses it in lower case
  ("Flock" is a company only where "a flock of" never occurs);
- uniqueness: a key stands for one vendor in its folder;
- relatedness: it is read only in documents of the same top folder as a document that names the vendor (a
  release's folder; a dump's subfolder).

Findings made here have stage `release` and method `release`; `learn_release_vendors` deletes and remakes them on
every run, so they follow the store's current contents and the output stays deterministic.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterator

from foiakit.extract.lexicon import given_names, words
from foiakit.extract.release_aliases import message_at
from foiakit.extract.spans import line_quote
from foiakit.model import Finding, make_detail

METHOD = "release"
# words many companies' names hold: alone they name none ("Partners", "Systems")
_COMMON_NAME_WORDS = ("business_nouns", "weak_suffixes", "corporate_suffixes", "function_words", "unit_heads")
MIN_KEY_LETTERS = 4
_WORD = re.compile(r"[A-Za-z][A-Za-z'&.-]*[A-Za-z]")


def learn_release_vendors(conn: sqlite3.Connection) -> int:
    """Remake the release-stage vendor findings; returns how many were made."""
    from foiakit.store.db import insert_findings

    conn.execute("DELETE FROM findings WHERE stage='release' AND method=?", (METHOD,))
    named: dict[str, set[str]] = defaultdict(set)  # sha256 → vendor names any method found (the lists too)
    sources: dict[tuple[str, str], set[str]] = defaultdict(set)  # (folder, vendor) → files that name it by form
    agency_words: dict[str, set[str]] = defaultdict(set)  # folder → lower-case words of its agencies' names
    for name, path in conn.execute(
        "SELECT DISTINCT f.normalized, fl.path FROM findings f JOIN files fl ON fl.sha256 = f.sha256"
        " WHERE f.kind IN ('agency', 'agency_unit')"
    ):
        agency_words[folder_of(path)].add(" " + " ".join(name.lower().split()) + " ")
    for sha, name, method, path in conn.execute(
        "SELECT f.sha256, f.normalized, f.method, fl.path FROM findings f JOIN files fl ON fl.sha256 = f.sha256"
        " WHERE f.kind = 'vendor' AND f.stage = 'extract'"
    ):
        named[sha].add(name)
        if method != "gazetteer":
            sources[(folder_of(path), name)].add(path)
    keys: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # folder → key → vendors
    for folder, name in sources:
        for key in name_keys(name):
            keys[folder][key].add(name)
    findings: list[Finding] = []
    for folder in sorted(keys):
        single = {key.lower() for key in keys[folder] if " " not in key}
        lower_words: set[str] = set()  # the one-word keys the folder also writes in lower case
        for _, _, _, text, _ in _folder_pages(conn, folder):
            lower_words |= single & set(_WORD.findall(text))
        table = {  # key as matched (one word: as written; longer: lower case) → (vendor, files it was learned from)
            (key if " " not in key else key.lower()): (vendor, sorted(sources[(folder, vendor)]))
            for key, vendors in keys[folder].items()
            if len(vendors) == 1
            and (" " in key or key.lower() not in lower_words)
            and not any(f" {key.lower()} " in agency for agency in agency_words[folder])  # "Huber Heights"
            for vendor in vendors
        }
        if not table:
            continue
        pattern = key_pattern(table)
        for sha, path, page, text, ocr in _folder_pages(conn, folder):
            seen: set[str] = set()
            for match in pattern.finditer(text):
                written = match.group(0)
                key = written if " " not in written.strip() else " ".join(written.lower().split())
                vendor, learned_from = table.get(key) or table.get(written.title()) or (None, [])
                if vendor is None or vendor in seen or vendor in named.get(sha, set()) or path in learned_from:
                    continue
                start, end = match.span()
                if " " not in key and _inside_another_name(text, start, end, vendor):
                    continue
                if _covered(conn, sha, page, start, end):
                    continue
                seen.add(vendor)
                message = message_at(conn, sha, page, start)
                findings.append(_finding(vendor, learned_from, (sha, path, page, text, ocr), start, end, message))
    insert_findings(conn, findings, stage="release")
    return len(findings)


def folder_of(path: str) -> str:
    return path.split("/", 1)[0] if "/" in path else ""


def name_keys(name: str) -> set[str]:
    """The whole name, and its first word when distinctive."""
    org_words = words("org_words")
    tokens = name.split()
    keys = {name} if len(name.replace(" ", "")) >= MIN_KEY_LETTERS else set()
    if len(tokens) < 2:
        return keys if not tokens or _distinctive(tokens[0], org_words) else set()
    first = tokens[0]
    if _distinctive(first, org_words) and tokens[1].lower() not in org_words["connectors"]:
        keys.add(first)
    return keys


def _distinctive(word: str, org_words: dict) -> bool:
    lowered = word.lower()
    return (
        len(word) >= MIN_KEY_LETTERS
        and word[:1].isupper()
        and word.replace("-", "").isalpha()
        and lowered not in org_words["generic_first_words"]
        and lowered not in org_words["not_org_words"]
        and lowered not in org_words["place_first_words"]
        and word.title() not in org_words["states"]
        and lowered not in org_words["agency_heads"]
        and not any(lowered in org_words[k] for k in _COMMON_NAME_WORDS)
        and lowered not in given_names()  # a given name ("Tyler", "Grant") names people as often as firms
    )


def key_pattern(table: dict[str, object]) -> re.Pattern[str]:
    """One pattern for a folder's keys: a one-word key as written or in capitals, a longer name in any case, each
    as whole words; longest first, so the fullest name wins where one key opens another."""
    alternatives = []
    for key in sorted(table, key=lambda k: (-len(k), k)):
        if " " in key:
            alternatives.append("(?i:" + r"\s+".join(map(re.escape, key.split())) + ")")
        else:
            alternatives.append(f"{re.escape(key)}|{re.escape(key.upper())}")
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])")


def _folder_pages(conn: sqlite3.Connection, folder: str) -> Iterator[tuple[str, str, int, str, bool]]:
    """The pages of a folder's documents, one at a time (a release may hold more text than memory)."""
    like = f"{folder}/%" if folder else "%"
    rows = conn.execute(
        "SELECT p.sha256, f.path, p.page, p.text, p.ocr FROM pages p JOIN files f ON f.sha256 = p.sha256"
        " WHERE f.path LIKE ? ORDER BY f.path, p.page",
        (like,),
    )
    for sha, path, page, text, ocr in rows:
        if folder or "/" not in path:
            yield sha, path, page, text, bool(ocr)


def _finding(
    vendor: str,
    learned_from: list[str],
    page_row: tuple[str, str, int, str, bool],
    start: int,
    end: int,
    message: str | None,
) -> Finding:
    sha, path, page, text, ocr = page_row
    return Finding(
        kind="vendor",
        value=text[start:end],
        normalized=vendor,
        file=path,
        sha256=sha,
        page=page,
        start=start,
        end=end,
        quote=line_quote(text, start, end),
        method=METHOD,
        ocr=ocr,
        confidence=0.6,
        message=message,
        detail=make_detail(learned_from=learned_from[:3], role="mentioned"),
    )


_WORD_BEFORE = re.compile(r"(?:^|[ \t])([A-Z][\w.'-]*)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z][\w.'-]*)")


def _inside_another_name(text: str, start: int, end: int, vendor: str) -> bool:
    """A one-word key inside a longer name that is not the vendor's: after a capitalised word or an initial
    ("Gavin C. Rozzi", "For Profit Organization"), before a capitalised word the vendor's name lacks, or a
    party of a case ("Rozzi v. …")."""
    own = {w.lower() for w in vendor.split()}
    if text[start:end].isupper():  # a line in capitals: every word is capitalised, only a case's "V." tells
        after = _WORD_AFTER.match(text, end)
        return after is not None and after.group(1).lower() in {"v.", "vs.", "v"}
    before = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    if before and before.group(1).lower().strip(".") not in own:
        return True
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    return word in {"v.", "vs.", "v"} or (word[:1].isupper() and word.lower().strip(".,") not in own)


def _covered(conn: sqlite3.Connection, sha: str, page: int, start: int, end: int) -> bool:
    row = conn.execute(
        'SELECT 1 FROM findings WHERE sha256=? AND page=? AND start < ? AND ? < "end"'
        " AND kind IN ('vendor', 'agency', 'agency_unit', 'product', 'person', 'other_org') LIMIT 1",
        (sha, page, end, start),
    ).fetchone()
    return row is not None
