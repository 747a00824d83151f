"""Orchestration: discover → (skip unchanged) → ingest + extract in workers → the parent writes the store."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from foiakit import __version__
from foiakit.corpus import run_corpus_steps
from foiakit.errors import FileFailure, FoiakitError
from foiakit.export.tables import write_run_tables
from foiakit.extract import extract_document
from foiakit.ingest import ingest
from foiakit.ingest.discover import discover
from foiakit.model import FileResult, FileType, IngestError, Settings, SourceFile
from foiakit.ocr.tesseract import check_tesseract
from foiakit.store import db

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


def process_file(source: SourceFile, settings: Settings) -> FileResult:
    """A worker's whole job for one file. Never raises for a bad file: failures come back as errors."""
    started = time.perf_counter()
    try:
        document = ingest(source, settings)
        findings = document.layout_findings + extract_document(document, settings)
        return FileResult(document, findings, document.errors, time.perf_counter() - started)
    except FileFailure as exc:
        error = IngestError(source.display_path, source.sha256, "ingest", exc.kind, str(exc))
    except FoiakitError:
        raise  # fatal for the whole run (e.g. tesseract missing)
    except MemoryError:
        error = IngestError(
            source.display_path, source.sha256, "ingest", "too-large", "file too large to read in memory"
        )
    except Exception as exc:
        log.debug("unexpected failure on %s", source.display_path, exc_info=True)
        error = IngestError(source.display_path, source.sha256, "ingest", "internal", f"{type(exc).__name__}: {exc}")
    return FileResult(None, (), (error,), time.perf_counter() - started)


def run(sources: list[Path], out_dir: Path, settings: Settings, progress: ProgressCallback | None = None) -> RunSummary:
    """Process `sources` into the store and tables in `out_dir`."""
    started = time.perf_counter()
    if settings.ocr_mode != "never":
        check_tesseract(settings.lang)
    out_dir.mkdir(parents=True, exist_ok=True)
    settings = replace(settings, work_dir=(settings.work_dir or out_dir / "work").resolve())
    work_dir = settings.work_dir
    conn = db.connect(out_dir / db.DB_NAME, create=True)
    summary = RunSummary(out_dir=out_dir)
    try:
        summary.run_id = db.start_run(conn, [str(s) for s in sources], asdict_settings(settings))
        found = discover(sources, work_dir)
        db.record_errors(conn, summary.run_id, found.errors)
        ingest_fp = fingerprint(settings.ingest_fingerprint())
        extract_fp = fingerprint(settings.extract_fingerprint())
        known = db.fingerprints(conn)
        todo: list[SourceFile] = []
        for source in found.files:
            if source.file_type is FileType.ZIP:
                db.record_archive(conn, source, summary.run_id)  # its entries were unpacked by discover
                continue
            if known.get(source.sha256, ("",))[1:] == (ingest_fp, extract_fp):
                db.record_paths(conn, source, summary.run_id)
                summary.files_skipped += 1
            else:
                todo.append(source)
        summary.files_seen = len(found.files)
        summary.archives = sum(f.file_type is FileType.ZIP for f in found.files)
        total = len(todo)
        if progress:
            progress(Progress("discovered", total, 0))
        for source, result in _execute(todo, settings):
            db.write_result(conn, summary.run_id, source, result, ingest_fp, extract_fp)
            _count(summary, result)
            if result.document is not None:
                for attachment in result.document.attachments:
                    todo.append(attachment)  # _execute picks up files appended while it runs
                    total += 1
            if progress:
                doc = result.document
                progress(
                    Progress(
                        "file-done",
                        total,
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


def worker_count(jobs: int) -> int:
    return jobs if jobs > 0 else (os.cpu_count() or 1)


def _execute(todo: list[SourceFile], settings: Settings) -> Iterator[tuple[SourceFile, FileResult]]:
    """Yield (file, result) as work finishes. `todo` may grow while this runs (attachments)."""
    workers = worker_count(settings.jobs)
    if workers == 1:
        index = 0
        while index < len(todo):
            yield todo[index], process_file(todo[index], settings)
            index += 1
        return
    yield from _execute_pool(todo, settings, workers)


def _execute_pool(todo: list[SourceFile], settings: Settings, workers: int) -> Iterator[tuple[SourceFile, FileResult]]:
    next_index = 0
    pending: dict[Future[FileResult], SourceFile] = {}
    suspects: list[SourceFile] = []
    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        while next_index < len(todo) or pending:
            while next_index < len(todo) and len(pending) < workers * 2:
                source = todo[next_index]
                pending[pool.submit(process_file, source, settings)] = source
                next_index += 1
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            broken = False
            for future in done:
                source = pending.pop(future)
                try:
                    yield source, future.result()
                except BrokenProcessPool:
                    suspects.append(source)
                    broken = True
            if broken:
                # A worker died (a hostile file can crash a C library): every file in flight is a suspect,
                # retried alone below; the pool restarts for the rest.
                suspects.extend(pending.values())
                pending.clear()
                pool.shutdown(cancel_futures=True)
                pool = ProcessPoolExecutor(max_workers=workers)
    finally:
        pool.shutdown(cancel_futures=True)
    for source in sorted(suspects, key=lambda s: s.display_path):
        yield source, _process_isolated(source, settings)


def _process_isolated(source: SourceFile, settings: Settings) -> FileResult:
    with ProcessPoolExecutor(max_workers=1) as alone:
        try:
            return alone.submit(process_file, source, settings).result()
        except BrokenProcessPool:
            error = IngestError(
                source.display_path,
                source.sha256,
                "ingest",
                "crash",
                "reading this file crashed the worker process (corrupt or hostile file)",
            )
            return FileResult(None, (), (error,))
