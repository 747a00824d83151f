"""Progress on stderr: a rich bar on a terminal, a plain line every few seconds otherwise (CI logs)."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from foiakit.pipeline import Progress as ProgressEvent

LOG_EVERY = 10.0  # seconds between plain progress lines


@contextmanager
def progress_reporter() -> Iterator[Callable[[ProgressEvent], None]]:
    if sys.stderr.isatty():
        with Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("pages {task.fields[pages]} · OCR {task.fields[ocr]} · findings {task.fields[findings]}"),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        ) as bar:
            task = bar.add_task("files", total=None, pages=0, ocr=0, findings=0, rate="")
            totals = {"pages": 0, "ocr": 0, "findings": 0}
            started = time.monotonic()

            def on_event(event: ProgressEvent) -> None:
                totals["pages"] += event.pages
                totals["ocr"] += event.ocr_pages
                totals["findings"] += event.findings
                elapsed = max(time.monotonic() - started, 1e-6)
                rate = f"{totals['pages'] / elapsed:.1f} pages/s"
                bar.update(task, total=event.total, completed=event.done, rate=rate, **totals)

            yield on_event
        return
    last = [0.0]
    pages = [0, 0]

    def log_line(event: ProgressEvent) -> None:
        now = time.monotonic()
        pages[0] += event.pages
        pages[1] += event.ocr_pages
        if event.event == "file-done" and (now - last[0] >= LOG_EVERY or event.done == event.total):
            last[0] = now
            print(
                f"foiakit: {event.done}/{event.total} files, {pages[0]} pages ({pages[1]} OCR)",
                file=sys.stderr,
                flush=True,
            )

    yield log_line
