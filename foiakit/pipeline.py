"""Orchestration: discover → (skip unchanged) → ingest + extract in workers → the parent writes the store."""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from foiakit import __version__
from foiakit.corpus import run_corpus_steps
from foiakit.errors import FileFailure
from foiakit.executors import make_executor, worker_count
from foiakit.export.tables import write_run_tables
from foiakit.ingest.discover import discover
from foiakit.ingest.pdf import page_count
from foiakit.model import FileResult, FileType, IngestError, Page, Settings, SourceFile
from foiakit.ocr.tesseract import check_tesseract
from foiakit.store import db
from foiakit.store.releases import snapshot
from foiakit.work import CHUNK_PAGES, WorkItem, chunk_ranges

log = logging.getLogger(__name__)


@dataclass(slots=True)
class RunSummary:
    run_id: int = 0
    out_dir: Path = Path()
    files_seen: int = 0
    archives: int = 0
    files_processed: int = 0
    files_skipped: int = 0
    files_failed: int = 0
    pages: int = 0
    ocr_pages: int = 0
    messages: int = 0
    findings: int = 0
    errors: int = 0
    seconds: float = 0.0
    tables: list[Path] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {k: v for k, v in asdict(self).items() if isinstance(v, int) and k != "run_id"}


@dataclass(frozen=True, slots=True)
class Progress:
    """An event for whoever shows progress: the CLI turns these into a bar or log lines."""

    event: str  # discovered | file-done
    total: int
    done: int
    path: str = ""
    pages: int = 0
    ocr_pages: int = 0
    findings: int = 0


ProgressCallback = Callable[[Progress], None]


def fingerprint(payload: dict[str, object]) -> str:
    blob = json.dumps({"version": __version__, **payload}, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def run(
    sources: list[Path],
    out_dir: Path,
    settings: Settings,
    progress: ProgressCallback | None = None,
    executor: str = "local",
    scheduler: str | None = None,
) -> RunSummary:
    """Process `sources` into the store and tables in `out_dir`."""
    started = time.perf_counter()
    out_dir.mkdir(parents=True, exist_ok=True)
    settings = replace(settings, work_dir=(settings.work_dir or out_dir / "work").resolve())
    conn = db.connect(out_dir / db.DB_NAME, create=True)
    summary = RunSummary(out_dir=out_dir)
    try:
        summary.run_id = db.start_run(conn, [str(s) for s in sources], asdict_settings(settings))
        found = discover(sources, settings.work_dir)
        db.record_errors(conn, summary.run_id, found.errors)
        ingest_fp = fingerprint(settings.ingest_fingerprint())
        extract_fp = fingerprint(settings.extract_fingerprint())
        known = db.fingerprints(conn)
        todo: list[SourceFile] = []
        for source in found.files:
            if source.file_type is FileType.ZIP:
                db.record_archive(conn, source, summary.run_id)  # its entries were unpacked by discover
                summary.archives += 1
            elif known.get(source.sha256, ("",))[1:] == (ingest_fp, extract_fp):
                db.record_paths(conn, source, summary.run_id)
                summary.files_skipped += 1
            else:
                todo.append(source)
        summary.files_seen = len(found.files)
        if todo and settings.ocr_mode != "never":
            check_tesseract(settings.lang)  # once, before any work: one clear message, not one per page
        scheduler_ = Scheduler(todo, settings, executor, scheduler)
        if progress:
            progress(Progress("discovered", scheduler_.total, 0))
        for source, result in scheduler_.results():
            db.write_result(conn, summary.run_id, source, result, ingest_fp, extract_fp)
            _count(summary, result)
            if progress:
                doc = result.document
                progress(
                    Progress(
                        "file-done",
                        scheduler_.total,
                        summary.files_processed + summary.files_failed,
                        source.display_path,
                        len(doc.pages) if doc else 0,
                        sum(p.ocr for p in doc.pages) if doc else 0,
                        len(result.findings),
                    )
                )
        run_corpus_steps(conn)
        summary.tables = write_run_tables(conn, out_dir)
        summary.errors = conn.execute("SELECT count(*) FROM errors").fetchone()[0]
        summary.seconds = round(time.perf_counter() - started, 2)
        snapshot(conn, summary.run_id, {f.sha256 for f in found.files})
        db.finish_run(conn, summary.run_id, summary.counts())
    except KeyboardInterrupt:
        db.finish_run(conn, summary.run_id, summary.counts(), status="interrupted")
        raise
    finally:
        conn.close()
    return summary


def asdict_settings(settings: Settings) -> dict[str, object]:
    return {k: v for k, v in asdict(settings).items() if k != "work_dir"}


def _count(summary: RunSummary, result: FileResult) -> None:
    if result.document is None:
        summary.files_failed += 1
        return
    summary.files_processed += 1
    summary.pages += len(result.document.pages)
    summary.ocr_pages += sum(p.ocr for p in result.document.pages)
    summary.messages += len(result.document.messages)
    summary.findings += len(result.findings)


@dataclass(slots=True)
class _Partial:
    """A PDF read in page chunks: what has come back so far."""

    chunks_left: int
    pages: list[Page] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    title: str = ""


class Scheduler:
    """Turns files into work items (long PDFs into page chunks plus a finish item), feeds the executor, and
    yields one finished result per file, attachments included."""

    def __init__(self, files: list[SourceFile], settings: Settings, executor: str, scheduler: str | None) -> None:
        self.settings = settings
        self.executor = make_executor(executor, settings, scheduler)
        self.split = worker_count(settings.jobs) > 1
        self.queue: deque[WorkItem] = deque()
        self.partials: dict[str, _Partial] = {}
        self.total = 0
        for source in files:
            self.add(source)

    def add(self, source: SourceFile) -> None:
        self.total += 1
        count = page_count_or_none(source) if self.split and source.file_type is FileType.PDF else None
        if count is None or count <= CHUNK_PAGES:
            self.queue.append(WorkItem(source, "file"))
            return
        ranges = chunk_ranges(count)
        self.partials[source.sha256] = _Partial(len(ranges))
        self.queue.extend(WorkItem(source, "chunk", pages=r) for r in ranges)

    def results(self) -> Iterator[tuple[SourceFile, FileResult]]:
        executor = self.executor
        try:
            while self.queue or executor.pending():
                while self.queue and executor.pending() < executor.slots:
                    executor.submit(self.queue.popleft())
                for item, result in executor.next_done():
                    finished = self._take(item, result)
                    if finished is None:
                        continue
                    if finished.document is not None:
                        for attachment in finished.document.attachments:
                            self.add(attachment)
                    yield item.source, finished
        finally:
            executor.close()

    def _take(self, item: WorkItem, result: FileResult) -> FileResult | None:
        if item.stage != "chunk":
            return result
        partial = self.partials[item.source.sha256]
        partial.chunks_left -= 1
        if result.document is None:
            partial.errors.extend(result.errors)
        else:
            partial.pages.extend(result.document.pages)
            partial.errors.extend(result.errors)
            partial.title = partial.title or result.document.title
        if partial.chunks_left:
            return None
        del self.partials[item.source.sha256]
        if not partial.pages:
            return FileResult(None, (), tuple(partial.errors))
        pages = tuple(sorted(partial.pages, key=lambda p: p.number))
        self.queue.appendleft(
            WorkItem(item.source, "finish", read_pages=pages, read_errors=tuple(partial.errors), title=partial.title)
        )
        return None


def page_count_or_none(source: SourceFile) -> int | None:
    """Pages of a PDF, or None when it cannot be opened (the whole-file item then reports why)."""
    try:
        return page_count(source)
    except FileFailure:
        return None
