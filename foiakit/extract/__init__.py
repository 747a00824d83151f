"""Extraction: stored text → findings. Each extractor is a function (Document, Settings) → findings.

Extractors read `document.pages` (offsets are into a page's stored text) and use `message_for` to say which
email message a span is in. For native email files each message is one page (number = message position);
for printed email the messages carry their page span and body offset.
"""

from __future__ import annotations

import functools
import hashlib
import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from foiakit.model import Document, Finding, IngestError, Message, Page, Settings

log = logging.getLogger(__name__)

Extractor = Callable[[Document, Settings], Iterable[Finding]]

_REGISTRY: list[tuple[int, str, Extractor]] = []


def register(order: int, name: str) -> Callable[[Extractor], Extractor]:
    """Decorator: add an extractor to the registry; `order` fixes the run order (and so the output order)."""

    def add(extractor: Extractor) -> Extractor:
        if all(existing != name for _, existing, _ in _REGISTRY):
            _REGISTRY.append((order, name, extractor))
            _REGISTRY.sort(key=lambda entry: (entry[0], entry[1]))
        return extractor

    return add


def extractors() -> list[Extractor]:
    """The extractors a run applies, in order. Importing the extractor modules registers them."""
    _load_modules()
    return [extractor for _, _, extractor in _REGISTRY]


def _load_modules() -> None:
    import importlib
    import pkgutil

    import foiakit.extract as package

    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        if not info.name.startswith("_"):
            importlib.import_module(f"foiakit.extract.{info.name}")
    try:
        importlib.import_module("foiakit.foia")
    except ModuleNotFoundError as exc:
        if exc.name != "foiakit.foia":
            raise


@functools.cache
def rules_digest() -> str:
    """A hash of the extraction code and its data files: when rules change, stored text is re-extracted
    (no OCR) on the next run, even within one foiakit version."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for folder in (root / "extract", root / "foia"):
        for path in sorted(folder.rglob("*")) if folder.is_dir() else ():
            if path.is_file() and path.suffix in {".py", ".json", ".jsonl", ".txt", ".csv"}:
                digest.update(path.relative_to(root).as_posix().encode())
                digest.update(path.read_bytes())
    for path in printed_email_modules(root / "ingest"):
        digest.update(path.read_bytes())  # re-extraction splits printed email again: its rules count too
    return digest.hexdigest()[:16]


def printed_email_modules(ingest: Path) -> list[Path]:
    """`ingest/printed_email.py` and every ingest module it imports, at any depth (read from their import
    statements, so a new module of the splitter counts without anyone listing it)."""
    import ast

    found: dict[str, Path] = {}
    todo = ["printed_email"]
    while todo:
        name = todo.pop()
        path = ingest / f"{name}.py"
        if name in found or not path.is_file():
            continue
        found[name] = path
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("foiakit.ingest."):
                todo.append(node.module.removeprefix("foiakit.ingest."))
    return sorted(found.values())


# The page index of the last few documents' messages, each entry holding its tuple (so its id is not reused). A
# scan of every message for every finding was quadratic: 20,000 messages x 80,000 findings took a minute.
_PAGE_INDEX: dict[int, tuple[tuple[Message, ...], dict[int, list[Message]]]] = {}


def _messages_by_page(messages: tuple[Message, ...]) -> dict[int, list[Message]]:
    """Each page's messages, in the document's order."""
    entry = _PAGE_INDEX.get(id(messages))
    if entry is not None and entry[0] is messages:
        return entry[1]
    index: dict[int, list[Message]] = {}
    for message in messages:
        first = message.page_start if message.page_start is not None else message.position
        last = message.page_end if message.page_end is not None else first
        for number in range(first, last + 1):
            index.setdefault(number, []).append(message)
    if len(_PAGE_INDEX) >= 4:
        _PAGE_INDEX.pop(next(iter(_PAGE_INDEX)))
    _PAGE_INDEX[id(messages)] = (messages, index)
    return index


def message_for(document: Document, page: int | None, start: int | None) -> Message | None:
    """The message a span at (page, start) belongs to, or None when the page holds no email. A native email's
    page is its message, except past the header of an older message quoted in its body; on printed pages each
    message runs from its header block to the next one's. Without `start`, the first message on the page."""
    if page is None or not document.messages:
        return None
    best: Message | None = None
    best_key: tuple[int, int, int] | None = None
    for message in _messages_by_page(document.messages).get(page, ()):
        first = message.page_start if message.page_start is not None else message.position
        begins = (message.header_start or 0) if message.page_start is not None and page == first else 0
        if start is not None and begins > start:
            continue  # starts below the span
        key = (first, begins, message.position)
        if best_key is None or (key > best_key if start is not None else key < best_key):
            best, best_key = message, key
    return best


def finding_at(
    document: Document,
    page: Page,
    kind: str,
    span: tuple[int, int],
    normalized: str,
    *,
    value: str | None = None,
    method: str = "rule",
    confidence: float = 0.9,
    detail: tuple[tuple[str, Any], ...] = (),
) -> Finding:
    """A finding at page.text[start:end], with its provenance filled in: file, sha256, page, message, the line it
    sits on as the quote, and whether the page came from OCR."""
    from foiakit.extract.spans import line_quote

    start, end = span
    message = message_for(document, page.number, start)
    return Finding(
        kind=kind,
        value=page.text[start:end] if value is None else value,
        normalized=normalized,
        file=document.source.display_path,
        sha256=document.source.sha256,
        page=page.number,
        start=start,
        end=end,
        quote=line_quote(page.text, start, end),
        method=method,
        ocr=page.ocr,
        confidence=confidence,
        message=message.id if message else None,
        detail=detail,
    )


def extract_document(document: Document, settings: Settings) -> tuple[Finding, ...]:
    """Every extractor's findings for one document (an extractor that breaks raises)."""
    from foiakit.extract.lexicon import withhold_names

    withhold_names(settings.withheld_names)
    from foiakit.extract.placement import with_placement

    findings: list[Finding] = []
    for extractor in extractors():
        findings.extend(extractor(document, settings))
    return tuple(with_placement(document, findings))


def extract_with_errors(document: Document, settings: Settings) -> tuple[tuple[Finding, ...], tuple[IngestError, ...]]:
    """Like extract_document, but an extractor that breaks costs only its own findings: an error row instead."""
    from foiakit.extract.lexicon import withhold_names

    withhold_names(settings.withheld_names)
    findings: list[Finding] = []
    errors: list[IngestError] = []
    source = document.source
    for extractor in extractors():
        try:
            findings.extend(extractor(document, settings))
        except Exception as exc:  # one faulty rule must not lose the document's pages or other findings
            log.debug("extractor %s failed on %s", extractor.__name__, source.display_path, exc_info=True)
            name = getattr(extractor, "__module__", "extract").rpartition(".")[2]
            reason = f"{name}: {type(exc).__name__}: {exc}"
            errors.append(IngestError(source.display_path, source.sha256, "extract", "internal", reason))
    from foiakit.extract.placement import with_placement

    return tuple(with_placement(document, findings)), tuple(errors)
