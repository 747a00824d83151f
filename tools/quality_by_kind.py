"""Where the figures come from: each fold's counts grouped by the gold's document kind (contract, ledger,
email_pdf, …). Aggregates only, no document named: it says which kind of document a rule should be written for,
and the rule is then written from dev-fold documents of that kind.

python tools/quality_by_kind.py [--fold test] [--kinds vendor price] [--by-ocr]

`--by-ocr` splits each kind by how its pages were read: `scan` where OCR read most of the document's pages, else
`text` (a text layer, native mail, Office).
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
from collections import defaultdict
from pathlib import Path

from foiakit import pipeline
from foiakit.evaluation.evalset import load_set, restore
from foiakit.evaluation.score import score_store
from foiakit.model import Settings
from foiakit.store import db

EVAL = Path(__file__).resolve().parents[1] / "eval"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fold", action="append", help="dev, test (default: both)")
    parser.add_argument("--kinds", nargs="+", default=["vendor", "agency", "price", "capability_claim"])
    parser.add_argument("--by-ocr", action="store_true", help="split each kind into scans and text documents")
    args = parser.parse_args()
    evalset = load_set(EVAL)
    with tempfile.TemporaryDirectory(prefix="foiakit-eval-") as work:
        store = restore(evalset, Path(work))
        pipeline.reextract(store.parent, Settings(), force=True)
        conn = db.connect(store)
        try:
            for fold in args.fold or evalset.folds():
                groups: dict[str, dict] = defaultdict(dict)
                for key, doc in evalset.gold(fold).items():
                    read = f"/{_read_by(conn, key)}" if args.by_ocr else ""
                    groups[(doc.kind or "?") + read][key] = doc
                print(f"{fold}: tp / fp / fn per document kind (documents)")
                header = "".join(f"{k[:16]:>20}" for k in args.kinds)
                print(f"  {'kind':<16}{'docs':>5}{header}   prices tied")
                for kind, docs in sorted(groups.items()):
                    scores, _ = score_store(conn, docs)
                    cells = "".join(
                        f"{f'{scores[k].micro.tp}/{scores[k].micro.fp}/{scores[k].micro.fn}':>20}" for k in args.kinds
                    )
                    tied = f"{scores['price'].tied}/{scores['price'].tieable}"
                    print(f"  {kind:<16}{len(docs):>5}{cells}   {tied}")
        finally:
            conn.close()


def _read_by(conn: sqlite3.Connection, key: str) -> str:
    """'scan' where OCR read most of the document's pages, else 'text'."""
    row = conn.execute(
        "SELECT COUNT(*), COALESCE(SUM(p.ocr), 0) FROM pages p JOIN file_paths f ON f.sha256 = p.sha256"
        " WHERE f.path = ? OR f.path LIKE ?",
        (key, f"%/{key}"),
    ).fetchone()
    return "scan" if row[0] and row[1] * 2 > row[0] else "text"


if __name__ == "__main__":
    main()
