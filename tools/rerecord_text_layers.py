"""Record the evaluation set's text again where a PDF page has a text layer, without OCR'ing what was OCR'd.

`foiakit eval eval --record` reads every document again and OCRs every scanned page (most of an hour on two cores).
When only the reading of text layers changed (ingest/pdf_text.py), this forgets the recorded PDFs that have a
text-layer page and records them again: the PDFs that were OCR'd throughout are kept as they were; a PDF with
both kinds of page is read whole (its few scanned pages OCR'd again). It prints how many pages changed.

    python tools/rerecord_text_layers.py [EVAL_DIR]
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
from pathlib import Path

from foiakit.evaluation.evalset import load_set, record, restore
from foiakit.model import Settings
from foiakit.store import db

_TABLES = ("pages", "messages", "findings", "documents", "errors", "file_paths", "files")


def text_layer_pdfs(conn: sqlite3.Connection) -> set[str]:
    """The recorded PDFs with at least one page read from its text layer."""
    query = "SELECT DISTINCT p.sha256 FROM pages p JOIN files f USING (sha256) WHERE f.file_type = 'pdf' AND p.ocr = 0"
    return {row[0] for row in conn.execute(query)}


def forget(conn: sqlite3.Connection, shas: set[str]) -> None:
    with conn:
        for sha in sorted(shas):
            for table in _TABLES:
                conn.execute(f"DELETE FROM {table} WHERE sha256 = ?", (sha,))


def page_texts(path: Path) -> dict[tuple[str, int], str]:
    conn = sqlite3.connect(path)
    try:
        return {(sha, page): text for sha, page, text in conn.execute("SELECT sha256, page, text FROM pages")}
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("eval_dir", nargs="?", default=str(Path(__file__).resolve().parents[1] / "eval"))
    args = parser.parse_args()
    evalset = load_set(Path(args.eval_dir))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        store = restore(evalset, work / "record")  # record() brings a store it finds there up to date
        before = page_texts(store)
        conn = db.connect(store, write=True)
        try:
            shas = text_layer_pdfs(conn)
            forget(conn, shas)
        finally:
            conn.close()
        record(evalset, work, Settings())
        after = page_texts(work / "record" / db.DB_NAME)
    changed = sum(1 for key, text in after.items() if before.get(key) != text)
    print(f"{len(shas)} PDFs read again; {changed} of {len(after)} pages changed; pages before {len(before)}")


if __name__ == "__main__":
    main()
