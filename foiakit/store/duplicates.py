"""Near-duplicate pages and documents across a release (a corpus-wide step).

Releases repeat themselves: an agreement attached again inside a later PDF, interim productions that overlap, a
page released twice with different redactions. Identical bytes are already one file (keyed by sha256); this step
finds pages and documents whose *text* is nearly the same: MinHash signatures over word shingles (`minhash`,
fixed seed) put candidates into LSH buckets, and a candidate is kept when the exact Jaccard similarity of the two
shingle sets reaches `THRESHOLD` and the page adds next to nothing to the first copy (`MAX_NEW` shingles: a box,
a Bates number, a stamp) — a page that says more, as a reply quoting a message in full does, is not a repeat.
OCR'd twice from two scans, a page differs in many misread words and is, conservatively, not called a repeat.
A repeat points to the first of its kind in a stable order (path, sha256, page), so the answer is the same on
every run and with any number of workers.

Results go to the `duplicates` table (page 0 for a whole document), remade on every run. Redaction boxes are
compared too: the same page with different boxes is how a reporter recovers withheld text.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable

import numpy as np

from foiakit.store import minhash

SHINGLE_WORDS = 4
THRESHOLD = 0.7  # Jaccard of 4-word shingles: a page with a few words redacted or re-stamped still matches
MAX_NEW = 12  # shingles a repeat may add (a box, a Bates number, a stamp: 4 each); or 5% of a long page
MIN_WORDS = 25  # shorter pages (cover sheets, "page intentionally left blank") match too easily to be called repeats
SEED = 17  # fixed: the signatures, so the buckets, are the same on every run

TABLE = """CREATE TABLE IF NOT EXISTS duplicates (
    sha256 TEXT NOT NULL,
    page INTEGER NOT NULL,          -- 0: the whole document
    duplicate_of_sha256 TEXT NOT NULL,
    duplicate_of_page INTEGER NOT NULL,
    similarity REAL NOT NULL,
    redactions_differ INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (sha256, page)
)"""

_WORD = re.compile(r"[^\W_]+")

Key = tuple[str, int]  # sha256, page (0 for a document)


def shingles(text: str) -> set[str]:
    words = _WORD.findall(text.lower())
    if len(words) < MIN_WORDS:
        return set()
    return {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


Signed = tuple[Key, set[str], "np.ndarray | None"]  # an item, its shingles and their MinHash (None: no shingle)


def _originals(items: list[Signed]) -> dict[Key, tuple[Key, float]]:
    """Each item that repeats an earlier one → (the earliest item it repeats, Jaccard similarity). `items` are
    in the stable order; an item that repeats a repeat points to that repeat's original."""
    index = minhash.BandIndex()
    position = {key: i for i, (key, _, _) in enumerate(items)}
    sets = {key: words for key, words, _ in items}
    found: dict[Key, tuple[Key, float]] = {}
    for key, words, signature in items:
        if signature is None:
            continue
        best: tuple[Key, float] | None = None
        for other in sorted(index.query(signature), key=position.__getitem__):
            score = len(words & sets[other]) / len(words | sets[other])
            added = len(words - sets[other])  # a reply quoting a message in full is similar, but says more
            if score >= THRESHOLD and added <= max(MAX_NEW, len(words) // 20):
                original = found[other][0] if other in found else other
                best = (original, round(score, 3))
                break  # the earliest match: the answer does not depend on bucket order
        if best is not None:
            found[key] = best
        else:
            index.insert(key, signature)  # only originals are indexed: repeats point to them
    return found


def _pages(conn: sqlite3.Connection) -> list[tuple[str, int, str]]:
    return [
        (r[0], r[1], r[2])
        for r in conn.execute(
            "SELECT p.sha256, p.page, p.text FROM pages p JOIN files f ON f.sha256 = p.sha256"
            " ORDER BY f.path, p.sha256, p.page"
        )
    ]


def _boxes(conn: sqlite3.Connection) -> dict[Key, list[list[float]]]:
    boxes: dict[Key, list[list[float]]] = {}
    for r in conn.execute("SELECT sha256, page, detail FROM findings WHERE kind = 'redaction' ORDER BY id"):
        bbox = json.loads(r[2] or "{}").get("bbox")
        if bbox:
            boxes.setdefault((r[0], r[1]), []).append([round(v) for v in bbox])
    return {key: sorted(value) for key, value in boxes.items()}


def find_duplicates(conn: sqlite3.Connection) -> None:
    """Corpus step: remake the `duplicates` table from the stored pages."""
    conn.execute(TABLE)
    conn.execute("DELETE FROM duplicates")
    maps = minhash.permutations(SEED)  # made once: every signature uses the same
    # A page's text is shingled and signed once however often the release repeats it (the same attachment in
    # several PDFs); crc32 makes the signatures the same on every machine (hash() is salted).
    signed: dict[str, tuple[set[str], np.ndarray | None]] = {}
    keyed: list[Signed] = []
    documents: dict[str, tuple[set[str], list[np.ndarray]]] = {}
    for sha, page, text in _pages(conn):
        if text not in signed:
            words = shingles(text)
            signed[text] = (words, minhash.signature(words, maps) if words else None)
        words, signature = signed[text]
        keyed.append(((sha, page), words, signature))
        document = documents.setdefault(sha, (set(), []))
        document[0].update(words)
        if signature is not None:
            document[1].append(signature)
    rows: list[tuple[str, int, str, int, float, int]] = []
    boxes = _boxes(conn)
    for (sha, page), ((first_sha, first_page), score) in _originals(keyed).items():
        differ = int(boxes.get((sha, page), []) != boxes.get((first_sha, first_page), []))
        rows.append((sha, page, first_sha, first_page, score, differ))
    # a document's MinHash is its pages' least values: the least over a union is the least of the parts' least
    whole: list[Signed] = [
        ((sha, 0), words, np.minimum.reduce(parts) if parts else None) for sha, (words, parts) in documents.items()
    ]
    for (sha, _), ((first_sha, _), score) in _originals(whole).items():
        rows.append((sha, 0, first_sha, 0, score, 0))
    conn.executemany("INSERT INTO duplicates VALUES (?, ?, ?, ?, ?, ?)", rows)


def has_duplicates(conn: sqlite3.Connection) -> bool:
    """Whether the store has the table (stores made before this step have none until their next run)."""
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'duplicates'").fetchone()
    return row is not None


def duplicate_pages(conn: sqlite3.Connection) -> dict[Key, tuple[Key, int]]:
    """(sha256, page) → ((sha256, page) of the first copy, whether the redactions differ); page 0: documents."""
    if not has_duplicates(conn):
        return {}
    return {
        (r[0], r[1]): ((r[2], r[3]), r[4])
        for r in conn.execute(
            "SELECT sha256, page, duplicate_of_sha256, duplicate_of_page, redactions_differ FROM duplicates"
        )
    }


def cite_original(conn: sqlite3.Connection, keys: Iterable[Key]) -> dict[Key, str]:
    """'path p.N' (or 'path' for a document) of each first copy, as documents.csv and pages.csv show it."""
    paths = {r[0]: r[1] for r in conn.execute("SELECT sha256, path FROM files")}
    return {(sha, page): f"{paths.get(sha, sha)} p.{page}" if page else paths.get(sha, sha) for sha, page in keys}
