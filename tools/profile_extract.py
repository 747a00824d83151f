"""Where extraction's CPU goes, per stage, over stored text: `time.process_time` (CPU, not wall: the machine is
shared and loaded), one process, best of N runs per document set.

    python tools/profile_extract.py --store OUT_DIR [--store OTHER] [--fold dev] [--runs 3] [--digest]

`--store` is a `foiakit run` output folder (e.g. of ../shared/corpus/real); `--fold dev` restores the evaluation
set's recorded text (eval/recorded) and takes the dev fold's documents. Stages are exclusive: a timed function
called inside another is taken out of its caller's figure. `--digest` also prints a hash of every finding
`extract_document` gives (before and after a speed change it must not move; `tools/compare_findings.py` checks
the release steps too). cProfile is not used: it inflates spaCy's Cython calls several times over.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import sqlite3
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


class Stages:
    """Exclusive CPU seconds per stage name: entering a stage pauses the one it was called from."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self._stack: list[list[Any]] = []  # [name, started]

    def enter(self, name: str) -> None:
        now = time.process_time()
        if self._stack:
            outer = self._stack[-1]
            self.seconds[outer[0]] += now - outer[1]
        self._stack.append([name, now])

    def leave(self) -> None:
        now = time.process_time()
        name, started = self._stack.pop()
        self.seconds[name] += now - started
        if self._stack:
            self._stack[-1][1] = now

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
            self.enter(name)
            try:
                return fn(*args, **kwargs)
            finally:
                self.leave()

        return timed

    def wrap_iter(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        """A generator function (or one returning an iterator) whose every step is timed as `name`."""

        @functools.wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Iterator[Any]:
            self.enter(name)
            try:
                iterator = iter(fn(*args, **kwargs))
            finally:
                self.leave()
            while True:
                self.enter(name)
                try:
                    item = next(iterator)
                except StopIteration:
                    return
                finally:
                    self.leave()
                yield item

        return timed


class _TimedNlp:
    """The spaCy pipeline with its `pipe` timed (tokenizer and components together)."""

    def __init__(self, nlp: Any, stages: Stages) -> None:
        self._nlp, self._stages = nlp, stages

    def pipe(self, texts: Any, **kwargs: Any) -> Iterator[Any]:
        return self._stages.wrap_iter("org: spaCy pipe", self._nlp.pipe)(texts, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._nlp, name)


def instrument(stages: Stages) -> list[tuple[str, Any]]:
    """Time the parts of extraction by replacing module attributes with timed wrappers; the extractors by name."""
    from foiakit.extract import (
        agency_refs,
        context,
        extractors,
        letterheads,
        line_items,
        organizations,
        register_lines,
    )

    org = organizations
    build_nlp = org.build_nlp
    org.build_nlp = lambda *a: _TimedNlp(build_nlp(*a), stages)  # type: ignore[assignment]
    for name in ("mark_orgish", "field_mentions", "payee_mentions", "register_payee_mentions"):
        label = {"register_payee_mentions": "org: register payees"}.get(name, f"org: {name}")
        wrap = stages.wrap if name == "mark_orgish" else stages.wrap_iter
        setattr(org, name, wrap(label, getattr(org, name)))
    org.candidate_spans = stages.wrap_iter("org: candidate_spans", org.candidate_spans)  # type: ignore[assignment]
    for name in ("letterhead_mentions", "signature_mentions", "dba_mentions"):
        setattr(org, name, stages.wrap_iter("org: letterheads, signatures", getattr(letterheads, name)))
    org.domain_mentions = stages.wrap_iter("org: domains", org.domain_mentions)  # type: ignore[assignment]
    org.without_cited_parties = stages.wrap("org: cited parties", org.without_cited_parties)  # type: ignore[assignment]
    org._party_mentions = stages.wrap_iter("org: parties", org._party_mentions)  # type: ignore[assignment]
    org._mention = stages.wrap("org: mention and quote", org._mention)  # type: ignore[assignment]
    agency_refs.document_references = stages.wrap_iter(  # type: ignore[assignment]
        "org: agency references", agency_refs.document_references
    )
    register_lines.document_register_rows = stages.wrap(  # type: ignore[assignment]
        "register lines", register_lines.document_register_rows
    )
    line_items.table_rows = stages.wrap("tables: rest", line_items.table_rows)  # type: ignore[assignment]
    _instrument_tables(stages)
    org.mentions = stages.wrap("org: mentions (own)", org.mentions)  # type: ignore[assignment]
    context.column_vendors = stages.wrap("org: bid columns", context.column_vendors)  # type: ignore[assignment]
    context.document_context = stages.wrap("org: context rest", context.document_context)  # type: ignore[assignment]
    named = []
    for extractor in extractors():
        label = f"extractor {extractor.__module__.rpartition('.')[2]}.{extractor.__name__}"
        named.append((label, stages.wrap_iter(label, extractor)))
    return named


def _instrument_tables(stages: Stages) -> None:
    """The price-table pages' parts: which pages (PDFium), their description, pdfplumber's table finder (edges,
    intersections, cells, tables), the cells' text, words, and pdfplumber's own parse where PDFium cannot."""
    import pdfplumber.table as plumber_table

    from foiakit.extract import pdfium_page, price_tables, table_pages

    try:  # foiakit's own table finder (absent before it was written: the tool also times older checkouts)
        from foiakit.extract import table_finder
    except ImportError:
        table_finder = None  # type: ignore[assignment]

    from foiakit.extract import line_items

    if hasattr(line_items, "_pdfium_read"):  # a page loaded once for the test and the description
        line_items._pdfium_read = stages.wrap("tables: page test (PDFium)", line_items._pdfium_read)  # type: ignore[assignment]
        pdfium_page.loaded_page_or_reason = stages.wrap(  # type: ignore[assignment]
            "tables: page description (PDFium)", pdfium_page.loaded_page_or_reason
        )
    else:  # older checkouts: each loaded the page
        table_pages.may_hold_a_price_table = stages.wrap(  # type: ignore[assignment]
            "tables: page test (PDFium)", table_pages.may_hold_a_price_table
        )
        pdfium_page.pdfium_page = stages.wrap("tables: page description (PDFium)", pdfium_page.pdfium_page)  # type: ignore[assignment]
    pdfium_page._chars = stages.wrap_iter("tables: PDFium characters", pdfium_page._chars)  # type: ignore[assignment]
    pdfium_page._shapes = stages.wrap_iter("tables: PDFium rules and curves", pdfium_page._shapes)  # type: ignore[assignment]
    price_tables.plumber_items = stages.wrap("tables: pdfplumber parse", price_tables.plumber_items)  # type: ignore[assignment]
    for name in ("merge_edges", "edges_to_intersections", "intersections_to_cells", "cells_to_tables"):
        setattr(plumber_table, name, stages.wrap(f"tables: finder {name}", getattr(plumber_table, name)))
        if table_finder is not None and hasattr(table_finder, name):  # GridFinder calls its own names
            setattr(table_finder, name, stages.wrap(f"tables: finder {name}", getattr(table_finder, name)))
    for name in ("words_to_edges_h", "words_to_edges_v"):
        setattr(plumber_table, name, stages.wrap("tables: finder words_to_edges", getattr(plumber_table, name)))
    plumber_table.TableFinder.get_edges = stages.wrap(  # type: ignore[method-assign]
        "tables: finder get_edges", plumber_table.TableFinder.get_edges
    )
    plumber_table.Table.extract = stages.wrap("tables: Table.extract", plumber_table.Table.extract)  # type: ignore[method-assign]
    pdfium_page.PdfiumPage.extract_words = stages.wrap(  # type: ignore[method-assign]
        "tables: extract_words", pdfium_page.PdfiumPage.extract_words
    )


def documents_of_store(store_dir: Path) -> list[Any]:
    from foiakit.store.load import load_document, stored_sources

    conn = sqlite3.connect(store_dir / "foiakit.db")
    conn.row_factory = sqlite3.Row
    try:
        return [load_document(conn, source) for source in stored_sources(conn)]
    finally:
        conn.close()


def documents_of_fold(fold: str, work: Path) -> list[Any]:
    from foiakit.evaluation.evalset import fold_documents, load_set

    return [document for _, document in fold_documents(load_set(ROOT / "eval"), fold, work)]


def _forget_last_document() -> None:
    """Empty the one-document slots (context, tables, register lines), so every run does each document's work."""
    from foiakit.extract import context, line_items, register_lines

    for module in (context, line_items, register_lines):
        module._LAST.clear()


def profile(documents: list[Any], runs: int, stages: Stages, named: list[tuple[str, Any]]) -> dict[str, float]:
    """Best-of-`runs` CPU seconds per stage (each stage's minimum over the runs)."""
    from foiakit.extract.placement import with_placement
    from foiakit.model import Settings

    settings = Settings()
    best: dict[str, float] = {}
    for _ in range(runs):
        stages.seconds.clear()
        for document in documents:
            _forget_last_document()
            findings = []
            for _label, extractor in named:
                findings.extend(extractor(document, settings))
            stages.wrap("placement", with_placement)(document, findings)
        for name, seconds in stages.seconds.items():
            best[name] = min(best.get(name, seconds), seconds)
    return best


def digest(documents: list[Any]) -> tuple[str, int]:
    """A hash of every finding of every document, and their count."""
    from foiakit.extract import extract_document
    from foiakit.model import Settings

    settings = Settings()
    hashed, count = hashlib.sha256(), 0
    for document in documents:
        for finding in extract_document(document, settings):
            hashed.update(repr(finding).encode())
            count += 1
    return hashed.hexdigest()[:16], count


def report(title: str, documents: list[Any], best: dict[str, float]) -> None:
    pages = sum(len(d.pages) for d in documents)
    total = sum(best.values())
    print(f"{title}: {len(documents)} documents, {pages} pages, CPU seconds (best of runs, per stage)")
    print(f"  {'stage':44} {'CPU s':>8} {'share':>7} {'pages/CPU-s':>12}")
    for name, seconds in sorted(best.items(), key=lambda item: -item[1]):
        rate = f"{pages / seconds:12.1f}" if seconds > 0 else f"{'-':>12}"
        print(f"  {name:44} {seconds:8.3f} {100 * seconds / total:6.1f}% {rate}")
    tables = sum(seconds for name, seconds in best.items() if name.startswith("tables:"))
    print(f"  {'all extraction':44} {total:8.3f} {100.0:6.1f}% {pages / total:12.1f}")
    print(f"  {'all but price tables (tables: …)':44} {total - tables:8.3f} {'':>7} {pages / (total - tables):12.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", type=Path, action="append", default=[], help="a foiakit run output folder")
    parser.add_argument("--fold", help="an evaluation-set fold (dev) from eval/recorded")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--digest", action="store_true", help="also print a hash of every finding")
    args = parser.parse_args()
    if args.fold == "test":
        sys.exit("profile_extract: the test fold is only scored by the lead's `make eval`")
    with tempfile.TemporaryDirectory() as tmp:
        sets = [(str(store), documents_of_store(store)) for store in args.store]
        if args.fold:
            sets.append((f"{args.fold} fold", documents_of_fold(args.fold, Path(tmp))))
        if not sets:
            parser.error("give --store and/or --fold")
        if args.digest:
            for title, documents in sets:
                value, count = digest(documents)
                print(f"{title}: findings digest {value} ({count} findings)")
        from foiakit.extract import extract_document
        from foiakit.model import Settings

        extract_document(sets[0][1][0], Settings())  # spaCy's pipeline and the lists, built outside the timing
        stages = Stages()
        named = instrument(stages)
        for title, documents in sets:
            report(title, documents, profile(documents, args.runs, stages, named))
            print()


if __name__ == "__main__":
    main()
