"""Redactions and exemption codes found by foiakit vs `gold.json` (`redactions`, `exemption_codes`), per file.

    .venv/bin/python tools/eval_foia.py [CORPUS] [--db RUN_DB] [--pages]

Page text (OCR included) is read from the store of an earlier `foiakit run` over the same corpus (default
/tmp/corpus-out/foiakit.db), so nothing is re-OCR'd; the layout steps (Bates, redaction boxes) re-open each PDF
or image, and the exemption extractor runs over the stored text. One row per file: redaction boxes found (count
and pages) vs the gold flag, exemption codes found vs gold; `--pages` adds each box's page, bbox and code.
Exit status 1 when a redaction flag or a code set disagrees.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import time
from pathlib import Path

from foiakit.foia.bates import read_bates
from foiakit.foia.exemptions import exemption_findings
from foiakit.foia.redactions import find_redactions
from foiakit.model import IMAGE_TYPES, Document, FileType, Settings, SourceFile
from foiakit.store.load import load_document

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real"
DEFAULT_DB = Path("/tmp/corpus-out/foiakit.db")


def evaluate(corpus: Path, db: Path, show_pages: bool) -> int:
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    settings = Settings()
    disagreements = 0
    print(f"{'file':58} {'gold':>5} {'boxes':>5} pages / codes found vs gold")
    for source in _sources(conn, corpus):
        if source.file_type is not FileType.PDF and source.file_type not in IMAGE_TYPES:
            continue
        entry = gold.get(source.display_path)
        if entry is None:
            continue
        started = time.perf_counter()
        document: Document = load_document(conn, source)
        document = find_redactions(read_bates(document, settings), settings)
        seconds = time.perf_counter() - started
        boxes = [f for f in document.layout_findings if f.kind == "redaction"]
        layout_codes = {f.normalized for f in document.layout_findings if f.kind == "exemption"}
        codes = {f.normalized for f in exemption_findings(document)} | layout_codes
        gold_codes = set(entry.get("exemption_codes") or [])
        flag_ok = bool(boxes) == bool(entry.get("redactions"))
        codes_ok = codes == gold_codes
        disagreements += (not flag_ok) + (not codes_ok)
        pages = sorted({f.page for f in boxes if f.page is not None})
        print(
            f"{source.display_path[:58]:58} {bool(entry.get('redactions'))!s:>5} {len(boxes):>5}"
            f" {'' if flag_ok else 'FLAG '}p{_ranges(pages) or '-'} ({seconds:.1f}s)"
        )
        if gold_codes or codes:
            mark = "ok" if codes_ok else "DIFF"
            print(f"    codes {mark}: found {sorted(codes)}  gold {sorted(gold_codes)}")
        if show_pages:
            for box in boxes:
                detail = box.detail_dict
                print(f"      p{box.page} {detail['bbox']} {detail.get('code', '')} {detail.get('leaked_text', '')}")
    print(f"disagreements: {disagreements}")
    return 1 if disagreements else 0


def _sources(conn: sqlite3.Connection, corpus: Path) -> list[SourceFile]:
    # only the columns every store version has: the run may predate newer columns
    rows = conn.execute("SELECT sha256, path, file_type, size FROM files WHERE status = 'done' ORDER BY path")
    return [
        SourceFile(corpus / row["path"], row["path"], row["sha256"], row["size"], FileType(row["file_type"]))
        for row in rows
    ]


def _ranges(numbers: list[int]) -> str:
    parts: list[str] = []
    for number in numbers:
        if parts and number == int(parts[-1].split("-")[-1]) + 1:
            parts[-1] = f"{parts[-1].split('-')[0]}-{number}"
        else:
            parts.append(str(number))
    return ",".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--pages", action="store_true", help="list every box")
    args = parser.parse_args()
    sys.exit(evaluate(args.corpus, args.db, args.pages))


if __name__ == "__main__":
    main()
