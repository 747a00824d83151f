"""Units of work and the worker-side functions that run them.

A file is the unit of work, but a long PDF is split into page chunks so that one 500-page scan is OCR'd on
every core: chunk items read pages, and a finish item (submitted when all chunks are back) refines the
document and extracts findings. Workers compute and hand back values; only the parent writes.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, replace
from pathlib import Path

from foiakit import timing
from foiakit.errors import FileFailure, FoiakitError
from foiakit.extract import extract_with_errors
from foiakit.ingest import ingest, resplits, run_post_ingest_steps
from foiakit.ingest.pdf import ingest_pdf
from foiakit.ingest.printed_email import split_printed_email
from foiakit.model import Document, FileResult, FileType, IngestError, Message, Page, Settings, SourceFile

log = logging.getLogger(__name__)
CHUNK_PAGES = 4  # pages per chunk: small enough that no core idles at the end of a run, big enough to be cheap


@dataclass(frozen=True, slots=True)
class WorkItem:
    source: SourceFile
    stage: str  # file | chunk | finish | extract
    pages: tuple[int, int] | None = None  # chunk: first and last page (1-based, inclusive)
    read_pages: tuple[Page, ...] = ()  # finish, extract: every page, in order
    read_messages: tuple[Message, ...] = ()  # extract: the stored messages
    read_errors: tuple[IngestError, ...] = ()
    title: str = ""


def run_item(item: WorkItem, settings: Settings) -> FileResult:
    """Run one work item in a worker. Never raises for a bad file: failures come back as error rows. The
    result carries where the item's time went, per stage (`timing`)."""
    with timing.recording(timing.READ) as recorder:
        result = _run_item(item, settings)
        if result.document is not None and item.stage in {"file", "chunk"}:  # a finish item's pages were counted
            timing.count_pages(timing.READ, len(result.document.pages))
    return replace(result, stages=recorder.times())


def _run_item(item: WorkItem, settings: Settings) -> FileResult:
    started = time.perf_counter()
    source = item.source
    stage = "extract" if item.stage == "extract" else "ingest"
    try:
        if item.stage == "extract":  # re-extraction over stored text: no OCR, no layout
            document = Document(source=source, pages=item.read_pages, messages=item.read_messages, title=item.title)
            if resplits(source.file_type):  # printed email is split again from the stored text, current rules
                document = split_printed_email(replace(document, messages=()), settings)
            with timing.timed(timing.EXTRACTION, len(document.pages)):
                findings, errors = extract_with_errors(document, settings)
            return FileResult(document, findings, errors, time.perf_counter() - started)
        if item.stage == "chunk":
            assert item.pages is not None
            document = ingest_pdf(source, settings, range(item.pages[0], item.pages[1] + 1))
            return FileResult(document, (), document.errors, time.perf_counter() - started)
        if item.stage == "finish":
            document = Document(source=source, pages=item.read_pages, errors=item.read_errors, title=item.title)
            document = run_post_ingest_steps(document, settings)
        else:
            document = ingest(source, settings)
        with timing.timed(timing.EXTRACTION, len(document.pages)):
            extracted, extract_errors = extract_with_errors(document, settings)
        findings = document.layout_findings + extracted
        return FileResult(document, findings, document.errors + extract_errors, time.perf_counter() - started)
    except FileFailure as exc:
        error = IngestError(source.display_path, source.sha256, stage, exc.kind, str(exc))
    except FoiakitError:
        raise  # fatal for the whole run (e.g. tesseract missing)
    except MemoryError:
        error = IngestError(source.display_path, source.sha256, stage, "too-large", "file too large for memory")
    except Exception as exc:
        log.debug("unexpected failure on %s", source.display_path, exc_info=True)
        error = IngestError(source.display_path, source.sha256, stage, "internal", f"{type(exc).__name__}: {exc}")
    return FileResult(None, (), (error,), time.perf_counter() - started)


def process_file(source: SourceFile, settings: Settings) -> FileResult:
    """The whole job for one file, in one process."""
    return run_item(WorkItem(source, "file"), settings)


def chunk_ranges(page_count: int, chunk: int = CHUNK_PAGES) -> list[tuple[int, int]]:
    return [(first, min(first + chunk - 1, page_count)) for first in range(1, page_count + 1, chunk)]


# A page that reaches every extractor (a vendor, an agency, a price, a date, a claim, an NDA, an exemption code)
_WARM_UP_TEXT = (
    "Stratus Cloud Services, Inc. quoted $4,500.00 to the City of Eugene Police Department on March 3, 2025.\n"
    "The system can read 3,000 license plates per minute. A non-disclosure agreement applies. (b)(6)"
)


def warm_up(settings: Settings) -> None:
    """Load what extraction needs before the first file (the spaCy pipeline, the lists, patterns, lazy imports)
    by extracting one made-up page. Run in the parent just before a forked pool starts, it is paid once:
    every worker inherits it, instead of each building its own on its first file (1.2-2.4 s each, measured)."""
    if settings.withheld_names:
        return  # the evaluation's ablation: its lists would stay withheld in the parent (process-wide state)
    source = SourceFile(Path("warm-up.txt"), "warm-up.txt", "0" * 64, len(_WARM_UP_TEXT), FileType.TEXT)
    extract_with_errors(Document(source, (Page(1, _WARM_UP_TEXT, False, "text"),)), settings)
    # the price-table reader's parser: a text page never imports it, so each worker paid 0.1-0.2 s for it
    # inside its first table page's extraction
    import pdfplumber  # noqa: F401
