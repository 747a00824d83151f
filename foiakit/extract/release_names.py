"""One name per organisation across a release (a corpus step, after `unify_release_names`): spellings of one
vendor or agency that differ only in letter case, punctuation, a corporate suffix or an OCR slip ("Quillon
Systems, Inc.", "QUILLON SYSTEMS", "Quilon Systems") become one name. The name each document used stays in
`detail.name_in_document`, and `restore_document_names` undoes the step before every run (deterministic output).

Guards against merging two real bodies: names of fewer than 8 letters are merged only when equal under the key;
a fuzzy pair must share its first letter and its figures, and every word one name has that the other lacks must
be an OCR slip of a word of the other (at most two letters apart) — "Alder Police Department" and "Alder Fire
Department" stay two bodies."""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter

from foiakit.extract.lexicon import words
from foiakit.extract.org_places import place_first_key

KINDS = ("vendor", "agency")
FUZZY_MIN = 92.0  # RapidFuzz ratio of the two keys
MIN_FUZZY_LETTERS = 8
NAME_KEY = "name_in_document"  # the same key `unify_release_names` writes
_NOT_WORD = re.compile(r"[^\w\s&]+")


def name_key(name: str, kind: str) -> str:
    """A name without case, punctuation, a leading "the" or (vendors) trailing corporate suffixes."""
    tokens = _NOT_WORD.sub(" ", name.casefold().replace("&", " & ")).split()
    if tokens and tokens[0] == "the":
        tokens = tokens[1:]
    if kind == "agency":  # "Sheriff's Office of Tarrow County" is the "Tarrow County Sheriff's Office"
        return place_first_key(" ".join(tokens))
    if kind == "vendor":
        suffixes = {s.strip(".").replace(".", "") for s in words("org_words")["corporate_suffixes"]}
        while len(tokens) > 1 and tokens[-1] in suffixes:
            tokens = tokens[:-1]
    return " ".join(tokens)


def same_body(a: str, b: str) -> bool:
    """Whether two keys of at least MIN_FUZZY_LETTERS letters are spellings of one name (see the module note)."""
    from rapidfuzz.distance import Levenshtein
    from rapidfuzz.fuzz import ratio

    if min(len(a), len(b)) < MIN_FUZZY_LETTERS or a[0] != b[0] or re.findall(r"\d+", a) != re.findall(r"\d+", b):
        return False
    if ratio(a, b) < FUZZY_MIN:
        return False
    left, right = set(a.split()) - set(b.split()), set(b.split()) - set(a.split())
    return all(any(Levenshtein.distance(w, v) <= 2 for v in right) for w in left) and all(
        any(Levenshtein.distance(w, v) <= 2 for v in left) for w in right
    )


def _groups(counts: Counter[str], kind: str) -> list[list[str]]:
    keys = {name: name_key(name, kind) for name in counts}
    by_key: dict[str, list[str]] = {}
    for name in sorted(counts):
        by_key.setdefault(keys[name], []).append(name)
    ordered = sorted(by_key, key=lambda k: (-sum(counts[n] for n in by_key[k]), k))  # the most cited key first
    parent = {k: k for k in ordered}
    for i, key in enumerate(ordered):  # a later (less cited) key joins the first earlier key it spells
        for earlier in ordered[:i]:
            if parent[earlier] == earlier and same_body(key, earlier):
                parent[key] = earlier
                break
    groups: dict[str, list[str]] = {}
    for key in ordered:
        groups.setdefault(parent[key], []).extend(by_key[key])
    return [names for names in groups.values() if len(names) > 1]


def _preferred(names: list[str], counts: Counter[str]) -> str:
    """The group's name: the most cited, then one in mixed case over capitals, then the longer, then A–Z."""
    return min(names, key=lambda n: (-counts[n], n.isupper(), -len(n), n))


def merge_name_variants(conn: sqlite3.Connection) -> int:
    """Merge the spellings of each vendor and agency across the store; returns how many names were merged."""
    merged = 0
    for kind in KINDS:
        counts: Counter[str] = Counter(
            dict(conn.execute("SELECT normalized, COUNT(*) FROM findings WHERE kind = ? GROUP BY normalized", (kind,)))
        )
        for names in _groups(counts, kind):
            keep = _preferred(names, counts)
            for name in names:
                if name == keep:
                    continue
                rows = conn.execute(
                    "SELECT id, detail FROM findings WHERE kind = ? AND normalized = ?", (kind, name)
                ).fetchall()
                conn.executemany(
                    "UPDATE findings SET normalized = ?, detail = ? WHERE id = ?",
                    [(keep, _with_name(detail, name), i) for i, detail in rows],
                )
                merged += 1
    return merged


def _with_name(detail_text: str | None, name: str) -> str:
    detail = json.loads(detail_text or "{}")
    detail.setdefault(NAME_KEY, name)  # a name `unify_release_names` already moved keeps its document's own
    return json.dumps(detail, sort_keys=True, ensure_ascii=False, default=str)
