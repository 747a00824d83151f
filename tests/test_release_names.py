"""One name per organisation across a release: spellings merged, real bodies kept apart, the document's own name
kept in detail and restored before every run. Names are invented."""

from __future__ import annotations

import json
import sqlite3

import pytest

from foiakit.extract.release_aliases import restore_document_names
from foiakit.extract.release_names import merge_name_variants, name_key, same_body


@pytest.mark.parametrize(
    ("name", "kind", "key"),
    [
        ("Quillon Systems, Inc.", "vendor", "quillon systems"),
        ("QUILLON SYSTEMS", "vendor", "quillon systems"),
        ("The Quillon Systems Co.", "vendor", "quillon systems"),
        ("Brook & Vale Sports Properties, LLC", "vendor", "brook & vale sports properties"),
        ("City of Wexbury", "agency", "city of wexbury"),
        ("Wexbury Housing Company", "agency", "wexbury housing company"),  # suffixes are cut from vendors only
    ],
)
def test_name_key(name: str, kind: str, key: str) -> None:
    assert name_key(name, kind) == key


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("quillon systems", "quilon systems", True),  # an OCR slip
        ("office of the deputy mayor for planning", "office of the deputy mayor for pianning", True),
        ("alder police department", "alder fire department", False),  # two bodies
        ("district 4 court", "district 5 court", False),  # figures differ
        ("kestrel", "kestrol", False),  # too short to guess
        ("marrowfield county", "barrowfield county", False),  # first letters differ
    ],
)
def test_same_body(a: str, b: str, same: bool) -> None:
    assert same_body(a, b) is same


def _store(rows: list[tuple[str, str]]) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE findings (id INTEGER PRIMARY KEY, kind TEXT, normalized TEXT, detail TEXT)")
    conn.executemany("INSERT INTO findings (kind, normalized, detail) VALUES (?, ?, NULL)", rows)
    return conn


def test_merge_keeps_the_most_cited_spelling_and_restores() -> None:
    rows = [("vendor", "Quillon Systems")] * 3 + [("vendor", "QUILLON SYSTEMS"), ("vendor", "Quilon Systems")]
    rows += [("agency", "Alder Police Department"), ("agency", "Alder Fire Department")]
    conn = _store(rows)
    assert merge_name_variants(conn) == 2
    names = sorted({r[0] for r in conn.execute("SELECT normalized FROM findings WHERE kind='vendor'")})
    assert names == ["Quillon Systems"]
    kept = [
        json.loads(d)["name_in_document"]
        for (d,) in conn.execute("SELECT detail FROM findings WHERE detail IS NOT NULL")
    ]
    assert sorted(kept) == ["QUILLON SYSTEMS", "Quilon Systems"]
    agencies = sorted(r[0] for r in conn.execute("SELECT normalized FROM findings WHERE kind='agency'"))
    assert agencies == ["Alder Fire Department", "Alder Police Department"]
    restore_document_names(conn)
    restored = sorted(r[0] for r in conn.execute("SELECT normalized FROM findings WHERE kind='vendor'"))
    assert restored == ["QUILLON SYSTEMS", "Quillon Systems", "Quillon Systems", "Quillon Systems", "Quilon Systems"]
    assert merge_name_variants(conn) == 2  # the same answer on the next run
