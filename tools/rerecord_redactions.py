"""Recompute the evaluation set's recorded redaction findings with the current code, without reading text again.

Redaction boxes are found at ingest (the layout step, `foia/redactions.py`) and kept in the recorded store, so
`foiakit eval` scores whatever the code found when the set was recorded. When only the redaction rules changed,
this runs the layout step again on every recorded PDF and image (from the file and the stored page text: no OCR)
and replaces their `redaction` findings; Bates and text are untouched. It prints how many boxes and flagged
files changed.

    python tools/rerecord_redactions.py [EVAL_DIR]
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
from pathlib import Path

from foiakit.evaluation.evalset import load_set, pack, restore
from foiakit.foia.redactions import find_redactions
from foiakit.model import IMAGE_TYPES, FileType, Settings
from foiakit.store import db
from foiakit.store.load import load_document, stored_sources

LAYOUT_TYPES = IMAGE_TYPES | {FileType.PDF}


def rerun(conn: sqlite3.Connection, settings: Settings) -> tuple[int, int, int, int]:
    """(boxes before, boxes after, files flagged before, files flagged after)."""
    conn.row_factory = sqlite3.Row
    before = after = flagged_before = flagged_after = 0
    for source in list(stored_sources(conn)):
        if source.file_type not in LAYOUT_TYPES or not source.path.exists():
            continue
        document = find_redactions(load_document(conn, source), settings)
        found = [f for f in document.layout_findings if f.kind == "redaction"]
        old = conn.execute(
            "SELECT count(*) FROM findings WHERE sha256 = ? AND kind = 'redaction' AND stage = 'ingest'",
            (source.sha256,),
        ).fetchone()[0]
        before, after = before + old, after + len(found)
        flagged_before, flagged_after = flagged_before + bool(old), flagged_after + bool(found)
        with conn:
            conn.execute(
                "DELETE FROM findings WHERE sha256 = ? AND kind = 'redaction' AND stage = 'ingest'", (source.sha256,)
            )
            db.insert_findings(conn, found, stage="ingest")
    return before, after, flagged_before, flagged_after


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("eval_dir", nargs="?", default=str(Path(__file__).resolve().parents[1] / "eval"))
    args = parser.parse_args()
    evalset = load_set(Path(args.eval_dir))
    with tempfile.TemporaryDirectory() as tmp:
        store = restore(evalset, Path(tmp) / "record")
        conn = db.connect(store, write=True)
        try:
            counts = rerun(conn, Settings())
        finally:
            conn.close()
        pack(evalset, store)
    before, after, flagged_before, flagged_after = counts
    print(f"redaction boxes {before} -> {after}; files with a box {flagged_before} -> {flagged_after}")


if __name__ == "__main__":
    main()
