"""Orchestration: discover → (skip unchanged) → ingest + extract in workers → the parent writes the store."""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from foiakit import timing
from foiakit.corpus import run_corpus_steps
from foiakit.errors import FileFailure
from foiakit.executors import make_executor, worker_count
from foiakit.export.tables import run_table_paths, write_run_tables
from foiakit.ingest.discover import discover
from foiakit.ingest.pdf import page_count, page_count_and_text
from foiakit.ingest.readers import IngestFingerprints, fingerprint
from foiakit.model import (
    ARCHIVE_TYPES,
    EMAIL_TYPES,
    Document,
    FileResult,
    FileType,
    IngestError,
    Page,
    Settings,
    SourceFile,
)
from foiakit.ocr.tesseract import check_tesseract
from foiakit.store import db
from foiakit.store.load import load_document, stored_sources
from foiakit.store.releases import previous_finished_run, snapshot
from foiakit.timing import StageTable
from foiakit.work import CHUNK_PAGES, WorkItem, chunk_ranges

log = logging.getLogger(__name__)


@dataclass(slots=True)
class RunSummary:
    run_id: int = 0
    out_dir: Path = Path()
    files_seen: int = 0
    archives: int = 0
    files_processed: int = 0
    files_reextracted: int = 0  # pages unchanged, extraction settings changed: findings redone, no OCR
    files_skipped: int = 0
    files_failed: int = 0
    failed_in_release: int = 0  # files of this release the store holds as failed, this run or an earlier one
    files_excluded: int = 0  # paths left out by --exclude
    files_removed: int = 0  # files an earlier run stored that --exclude now leaves out
    pages: int = 0
    ocr_pages: int = 0
    messages: int = 0
    findings: int = 0
    errors: int = 0
    seconds: float = 0.0
    tables: list[Path] = field(default_factory=list)
    stages: StageTable = field(default_factory=StageTable)  # seconds per stage, summed over workers (--profile)

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


def run(
    sources: list[Path],
    out_dir: Path,
    settings: Settings,
    progress: ProgressCallback | None = None,
    executor: str = "local",
    scheduler: str | None = None,
    exclude: tuple[str, ...] = (),
) -> RunSummary:
    """Process `sources` into the store and tables in `out_dir`, leaving out paths that match an `exclude`
    glob (and removing stored files that match one)."""
    started = time.perf_counter()
    out_dir.mkdir(parents=True, exist_ok=True)
    settings = replace(settings, work_dir=(settings.work_dir or out_dir / "work").resolve())
    conn = db.connect(out_dir / db.DB_NAME, create=True)
    summary = RunSummary(out_dir=out_dir)
    try:
        summary.run_id = db.start_run(conn, [str(s) for s in sources], asdict_settings(settings))
        changes_at_start = conn.total_changes
        discovering = time.perf_counter()
        found = discover(sources, settings.work_dir, exclude)
        summary.stages.add(timing.DISCOVER, time.perf_counter() - discovering)
        summary.files_removed = db.forget_files(conn, exclude)
        db.record_errors(conn, summary.run_id, found.errors)
        ingest_fp = IngestFingerprints(settings)
        extract_fp = fingerprint(settings.extract_fingerprint())
        known = db.fingerprints(conn)
        todo: list[SourceFile] = []
        for source in found.files:
            status, known_ingest, known_extract = known.get(source.sha256, ("", None, None))
            file_ingest_fp = ingest_fp(source.file_type)
            if source.file_type in ARCHIVE_TYPES:
                db.record_archive(conn, source, summary.run_id)  # its entries were unpacked by discover
                summary.archives += 1
            elif (
                status == "done"
                and known_ingest == file_ingest_fp
                and known_extract == extract_fp
                and not _attachments_missing(conn, source)
            ):
                db.record_paths(conn, source, summary.run_id)
                summary.files_skipped += 1
            elif known_ingest != file_ingest_fp or status != "done" or _attachments_missing(conn, source):
                todo.append(source)  # new, changed, failed before (maybe transiently), or its attachments unread
        summary.files_seen = len(found.files)
        summary.files_excluded = found.excluded
        seen = {f.sha256 for f in found.files}
        queued = {t.sha256 for t in todo}
        stale = [s for s in stored_sources(conn) if known[s.sha256][2] != extract_fp and s.sha256 not in queued]
        reextract_ = _in_release(stale, seen)
        if todo and settings.ocr_mode != "never":
            check_tesseract(settings.lang)  # once, before any work: one clear message, not one per page
        todo.sort(key=lambda source: (-source.size, source.display_path))  # big files first: no long tail on one core
        scheduler_ = Scheduler(todo, settings, executor, scheduler, loader=lambda src: load_document(conn, src))
        for source in reextract_:
            scheduler_.add_extract(source)
        _drive(conn, scheduler_, summary, ingest_fp, extract_fp, progress)
        unread = [e for e in found.errors if e.kind != "duplicate-entry"]  # a renamed duplicate was read
        summary.failed_in_release = _failed_in_release(conn, seen) + len(unread)
        _finish(conn, summary, seen, started, changes_at_start)
    except KeyboardInterrupt:
        db.finish_run(conn, summary.run_id, summary.counts(), status="interrupted")
        raise
    finally:
        conn.close()
    return summary


def _attachments_missing(conn: sqlite3.Connection, source: SourceFile) -> bool:
    """Whether a stored email's attachments were never stored (a run killed after the email was written but
    before its attachments were read): then the email is read again, and its attachments with it."""
    if source.file_type not in EMAIL_TYPES:
        return False
    rows = conn.execute("SELECT attachments FROM messages WHERE sha256 = ? AND page_start IS NULL", (source.sha256,))
    expected = sum(len(json.loads(row[0] or "[]")) for row in rows)
    if not expected:
        return False
    # by path, not by parent: an attachment also sent in another e-mail is stored once, under the other's name
    prefix = f"{source.display_path}!"
    stored = conn.execute(
        "SELECT count(*) FROM file_paths WHERE substr(path, 1, ?) = ? AND instr(substr(path, ?), '!') = 0",
        (len(prefix), prefix, len(prefix) + 1),
    ).fetchone()[0]
    return stored < expected


def _failed_in_release(conn: sqlite3.Connection, seen: set[str]) -> int:
    """Files of this release that the store holds as failed: a re-run that skips an unchanged broken file still
    counts it, so `--strict` fails every time, not only the first."""
    failed = {row[0] for row in conn.execute("SELECT sha256 FROM files WHERE status = 'failed'")}
    return len(failed & seen)


def reextract(
    out_dir: Path,
    settings: Settings,
    progress: ProgressCallback | None = None,
    executor: str = "local",
    scheduler: str | None = None,
    force: bool = False,
) -> RunSummary:
    """Re-run extraction over the stored text of every file (only those whose extraction settings changed,
    unless `force`): no file is read again and no page is OCR'd. Tables are rewritten."""
    started = time.perf_counter()
    conn = db.connect(out_dir / db.DB_NAME, write=True)
    settings = replace(settings, work_dir=(settings.work_dir or out_dir / "work").resolve())
    summary = RunSummary(out_dir=out_dir)
    try:
        summary.run_id = db.start_run(conn, ["(stored text)"], asdict_settings(settings))
        changes_at_start = conn.total_changes
        extract_fp = fingerprint(settings.extract_fingerprint())
        known = db.fingerprints(conn)
        sources = list(stored_sources(conn))
        summary.files_seen = len(sources)
        scheduler_ = Scheduler([], settings, executor, scheduler, loader=lambda src: load_document(conn, src))
        for source in sources:
            if force or known[source.sha256][2] != extract_fp:
                scheduler_.add_extract(source)
            else:
                summary.files_skipped += 1
        _drive(conn, scheduler_, summary, IngestFingerprints(settings), extract_fp, progress)
        _finish(conn, summary, {s.sha256 for s in sources}, started, changes_at_start)
    except KeyboardInterrupt:
        db.finish_run(conn, summary.run_id, summary.counts(), status="interrupted")
        raise
    finally:
        conn.close()
    return summary


def _finish(
    conn: sqlite3.Connection, summary: RunSummary, seen: set[str], started: float, changes_at_start: int
) -> None:
    """What every run ends with: corpus-wide steps, the tables, the release snapshot, the run's counts. A run that
    changed nothing in the store keeps the tables the previous run wrote and copies its snapshot (both would come
    out the same; they were most of an unchanged re-run: 2.6 of 2.6 s on the born-digital corpus, and the
    snapshot 1.5 of 3.1 s on a 600-page synthetic release)."""
    finishing = time.perf_counter()
    previous = previous_finished_run(conn, summary.run_id) if conn.total_changes == changes_at_start else None
    if previous is None or not all(path.is_file() for path in run_table_paths(summary.out_dir)):
        summary.stages.release_steps.update(run_corpus_steps(conn))
        summary.tables = write_run_tables(conn, summary.out_dir)
    else:
        summary.tables = run_table_paths(summary.out_dir)
    summary.stages.add(timing.RELEASE, time.perf_counter() - finishing)
    summary.errors = conn.execute("SELECT count(*) FROM errors").fetchone()[0]
    summary.seconds = round(time.perf_counter() - started, 2)
    snapshot(conn, summary.run_id, seen, unchanged_since=previous)
    db.finish_run(conn, summary.run_id, summary.counts())


def _in_release(stale: list[SourceFile], seen: set[str]) -> list[SourceFile]:
    """The stale files that belong to this release: found by discover, or attached (at any depth) to one."""
    by_sha = {s.sha256: s for s in stale}
    members = set(seen)
    grew = True
    while grew:  # attachments of attachments: follow parent links until nothing new joins
        grew = False
        for source in stale:
            if source.sha256 not in members and source.parent_sha256 in members:
                members.add(source.sha256)
                grew = True
    return [by_sha[sha] for sha in sorted(members & by_sha.keys(), key=lambda k: by_sha[k].display_path)]


def _drive(
    conn: sqlite3.Connection,
    scheduler_: Scheduler,
    summary: RunSummary,
    ingest_fp: IngestFingerprints,
    extract_fp: str,
    progress: ProgressCallback | None,
) -> None:
    """Run the scheduled items; the parent alone writes each result, one transaction per file."""
    if progress:
        progress(Progress("discovered", scheduler_.total, 0))
    for item, result in scheduler_.results():
        source = item.source
        writing = time.perf_counter()
        if item.stage == "extract":
            db.write_extraction(conn, summary.run_id, source, result, extract_fp)
            summary.files_reextracted += 1
            summary.findings += len(result.findings)
        else:
            db.write_result(conn, summary.run_id, source, result, ingest_fp(source.file_type), extract_fp)
            _count(summary, result)
        written = len(result.document.pages) if result.document else 0
        summary.stages.add(timing.STORE_WRITES, time.perf_counter() - writing, written)
        if progress:
            doc = result.document
            fresh = doc is not None and item.stage != "extract"
            progress(
                Progress(
                    "file-done",
                    scheduler_.total,
                    summary.files_processed + summary.files_failed + summary.files_reextracted,
                    source.display_path,
                    len(doc.pages) if doc and fresh else 0,
                    sum(p.ocr for p in doc.pages) if doc and fresh else 0,
                    len(result.findings),
                )
            )
    summary.stages.merge(scheduler_.stages)  # the workers' stage times join the parent's


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

    def __init__(
        self,
        files: list[SourceFile],
        settings: Settings,
        executor: str,
        scheduler: str | None,
        loader: Callable[[SourceFile], Document] | None = None,
    ) -> None:
        self.settings = settings
        self.loader = loader
        self.executor = make_executor(executor, settings, scheduler)
        self.split = worker_count(settings.jobs) > 1
        self.queue: deque[WorkItem] = deque()
        self.partials: dict[str, _Partial] = {}
        self.total = 0
        self.stages = StageTable()
        for source in files:
            self.add(source)

    def add(self, source: SourceFile) -> None:
        self.total += 1
        shape = pdf_shape_or_none(source) if self.split and source.file_type is FileType.PDF else None
        if shape is None or shape[0] <= CHUNK_PAGES:
            self.queue.append(WorkItem(source, "file"))
            return
        count, has_text = shape
        text_only = has_text and self.settings.ocr_mode != "always"  # `always` OCRs text pages too
        ranges = chunk_ranges(count, chunk_pages(count, text_only, self.executor.slots))
        self.partials[source.sha256] = _Partial(len(ranges))
        self.queue.extend(WorkItem(source, "chunk", pages=r) for r in ranges)

    def add_extract(self, source: SourceFile) -> None:
        """Re-extract a stored file: its pages are loaded from the store only when the item is submitted."""
        self.total += 1
        self.queue.append(WorkItem(source, "extract"))

    def _ready(self, item: WorkItem) -> WorkItem:
        if item.stage == "extract" and self.loader is not None:
            document = self.loader(item.source)
            return replace(item, read_pages=document.pages, read_messages=document.messages, title=document.title)
        return item

    def results(self) -> Iterator[tuple[WorkItem, FileResult]]:
        executor = self.executor
        try:
            while self.queue or executor.pending():
                while self.queue and executor.pending() < executor.slots:
                    executor.submit(self._ready(self.queue.popleft()))
                for item, result in executor.next_done():
                    self.stages.extend(result.stages)  # chunks' too, though only whole files are yielded
                    finished = self._take(item, result)
                    if finished is None:
                        continue
                    if finished.document is not None and item.stage != "extract":
                        for attachment in finished.document.attachments:
                            self.add(attachment)
                    yield item, finished
        finally:
            if executor.warm_up_seconds:
                self.stages.add(timing.WARM_UP, executor.warm_up_seconds)
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


def pdf_shape_or_none(source: SourceFile) -> tuple[int, bool] | None:
    """Pages of a PDF and whether its first page has a text layer, or None when it cannot be opened (the
    whole-file item then reports why). A PDF short enough to be one item is not asked for its text layer, which
    costs PDFium a parse of the first page (0.15 of the parent's CPU seconds before its first item on the
    born-digital copy set; opening and counting 0.004)."""
    try:
        count = page_count(source)
        return (count, False) if count <= CHUNK_PAGES else page_count_and_text(source)
    except FileFailure:
        return None


TEXT_CHUNK_PAGES = 16  # the longest chunk of a born-digital PDF


def chunk_pages(count: int, has_text: bool, slots: int) -> int:
    """Pages per chunk of a PDF of `count` pages. A scan is cut into `CHUNK_PAGES`: its pages are OCR'd on every
    core. Each chunk opens the PDF again and PDFium parses its fonts again on the chunk's first page: on the
    corpus's born-digital PDFs, cut in 4-page chunks, reading cost 1.65 times the CPU of one pass over the file
    (16-page chunks: 1.14). So a PDF whose first page has a text layer gets longer chunks, up to
    `TEXT_CHUNK_PAGES`, but never fewer chunks than the executor keeps in flight (`slots`): on a cluster the pages
    of a long PDF are still spread over every worker, and a PDF of text pages with scans later in it keeps its
    scans spread too."""
    if not has_text:
        return CHUNK_PAGES
    return max(CHUNK_PAGES, min(TEXT_CHUNK_PAGES, -(-count // max(slots, 1))))
