"""Message counts found by foiakit vs `gold.json`'s `emails`, per file of the real corpus.

    .venv/bin/python tools/eval_messages.py [CORPUS] [--cache RUN_DB]

Native emails are read for real. PDFs and images are read for real too, except that when `--cache` names the
`foiakit.db` of an earlier `foiakit run` over the same corpus, their page text (OCR included) is taken from it,
so the printed-email splitter can be iterated on in seconds instead of re-OCRing ~58 pages. Prints one row per
file (gold, found, ok) and the share of email-holding files (gold emails > 0) matched exactly; exit status 1
when that share is under the target.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from foiakit.ingest import ingest
from foiakit.ingest.discover import discover
from foiakit.ingest.printed_email import split_printed_email
from foiakit.model import EMAIL_TYPES, Document, FileType, Page, Settings, SourceFile

TARGET = 0.9
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real"


@dataclass(frozen=True, slots=True)
class FileScore:
    path: str
    gold: int
    found: int
    cached: bool

    @property
    def ok(self) -> bool:
        return self.gold == self.found


def message_count(document: Document) -> int:
    """How gold counts: a mailbox its native messages; any other file every message printed or quoted in it."""
    if document.source.file_type is FileType.MBOX:
        return sum(1 for m in document.messages if m.page_start is None)
    return len(document.messages)


def cached_pages(db: sqlite3.Connection | None, sha256: str) -> tuple[Page, ...]:
    if db is None:
        return ()
    rows = db.execute(
        "SELECT page, text, ocr, ocr_reason, confidence FROM pages WHERE sha256 = ? ORDER BY page", (sha256,)
    ).fetchall()
    return tuple(Page(r[0], r[1], bool(r[2]), r[3], r[4]) for r in rows)


def read_document(source: SourceFile, settings: Settings, db: sqlite3.Connection | None) -> tuple[Document, bool]:
    pages = () if source.file_type in EMAIL_TYPES else cached_pages(db, source.sha256)
    if not pages:
        return ingest(source, settings), False
    # only the message step: the other post-ingest steps (Bates, redactions) do not change what it reads
    return split_printed_email(Document(source=source, pages=pages), settings), True


def evaluate(corpus: Path, cache: Path | None) -> list[FileScore]:
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    db = sqlite3.connect(f"file:{cache}?mode=ro", uri=True) if cache and cache.exists() else None
    scores = []
    with tempfile.TemporaryDirectory() as work:
        settings = Settings(work_dir=Path(work))
        for source in discover([corpus], Path(work)).files:
            entry = gold.get(source.display_path)
            if not isinstance(entry, dict) or source.parent_sha256:
                continue
            document, cached = read_document(source, settings, db)
            scores.append(
                FileScore(source.display_path, int(entry.get("emails") or 0), message_count(document), cached)
            )
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--cache", type=Path, default=None, help="foiakit.db of an earlier run: reuse its page text")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    scores = evaluate(args.corpus, args.cache)
    for s in scores:
        mark = "ok " if s.ok else "MISS"
        print(f"{mark} gold={s.gold:3d} found={s.found:3d} {'(cached text) ' if s.cached else ''}{s.path}")
    holding = [s for s in scores if s.gold > 0]
    matched = [s for s in holding if s.ok]
    false_positive = [s for s in scores if s.gold == 0 and s.found > 0]
    share = len(matched) / len(holding) if holding else 0.0
    print(f"email-holding files matched exactly: {len(matched)}/{len(holding)} = {share:.0%} (target {TARGET:.0%})")
    print(f"files without email where messages were found: {len(false_positive)}")
    print(f"messages: gold {sum(s.gold for s in scores)}, found {sum(s.found for s in scores)}")
    print(f"{time.perf_counter() - started:.1f} s")
    return 0 if share >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
