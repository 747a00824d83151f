"""A small release written as text files and run through the pipeline, for the tests of the release steps
(test_release_vendors.py, test_release_ties.py): the rows of a query over the store it made."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from foiakit import pipeline
from foiakit.model import Settings
from foiakit.store import db


def release_rows(tmp_path: Path, files: dict[str, str], query: str, runs: int = 1) -> list[sqlite3.Row]:
    """Write `files` (relative path → text) under a dump folder, run foiakit over it (and `runs - 1` forced
    re-extractions: the release steps undone and redone), and return `query`'s rows over the store."""
    dump = tmp_path / "dump"
    for name, text in files.items():
        path = dump / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    settings = Settings(ocr_mode="never", jobs=1)
    pipeline.run([dump], out, settings)
    for _ in range(runs - 1):
        pipeline.reextract(out, settings, force=True)
    conn = db.connect(out / db.DB_NAME)
    try:
        return conn.execute(query).fetchall()
    finally:
        conn.close()
