"""Which work items a run is made of and in what order: long PDFs cut into page chunks (born-digital ones into
longer chunks than scans), a finish item once a file's chunks are back, attachments queued after their parent;
results come back one finished file at a time."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from foiakit import timing
from foiakit.errors import FileFailure
from foiakit.executors import make_executor, worker_count
from foiakit.ingest.pdf import page_count, page_count_and_text
from foiakit.model import Document, FileResult, FileType, IngestError, Page, Settings, SourceFile
from foiakit.timing import StageTable
from foiakit.work import CHUNK_PAGES, WorkItem, chunk_ranges


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
