"""Orchestration: discover → (skip unchanged) → ingest + extract in workers → the parent writes the store."""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from foiakit import timing
from foiakit.corpus import run_corpus_steps
from foiakit.export.tables import run_table_paths, write_run_tables
from foiakit.ingest.discover import discover
from foiakit.ingest.readers import IngestFingerprints, fingerprint
from foiakit.model import (
    ARCHIVE_TYPES,
    EMAIL_TYPES,
    FileResult,
    Settings,
    SourceFile,
)
from foiakit.ocr.tesseract import check_tesseract
from foiakit.scheduler import Scheduler
from foiakit.store import db
from foiakit.store.load import load_document, stored_sources
from foiakit.store.releases import previous_finished_run, snapshot
from foiakit.timing import StageTable

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
