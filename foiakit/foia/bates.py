"""Bates numbers: the production number stamped on each page (post-ingest step), and gaps in a sequence.

A Bates number is a prefix of capitals (optionally hyphenated parts: `DOJ-OIP-`) and a number of at least four
digits that is zero-padded or at least six digits long (`WCSO-000123`, `ABC 000045`): request numbers
(`EPD-2025-4432`), invoice numbers (`INV-61152`) and years are not. Agencies stamp it in the footer or header,
so the last lines of the page are read first, then the first lines; the body is never searched. A number
repeated on several pages of one document is that document's id (`RFI-20252027` in every header), not Bates.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from foiakit.foia.exemptions import sentence_around
from foiakit.model import Document, Finding, Page, Settings, make_detail

EDGE_LINES = 3  # lines read at the bottom, then at the top, of each page
BATES = re.compile(
    r"(?<![\w-])(?P<prefix>[A-Z][A-Z0-9]{1,11}(?:[-_][A-Z][A-Z0-9]{0,11})*)(?P<sep>[-_ ]|_-|\s-\s)?"
    r"(?P<number>\d{4,10})(?![\w-]|\.\d)"
)
_NOT_PREFIXES = frozenset({"PAGE", "NO", "NUMBER", "TEL", "FAX", "PHONE", "ZIP", "PO", "BOX", "FY", "CASE", "INV"})


@dataclass(frozen=True, slots=True)
class Bates:
    value: str  # as printed
    prefix: str
    number: int
    width: int  # digits printed, so a missing range is shown padded the same way
    start: int  # offset in the page text
    end: int

    @property
    def normalized(self) -> str:
        return f"{self.prefix}-{self.number:0{self.width}d}"


def parse(text: str) -> Bates | None:
    """The first Bates-like number in `text` (a footer or header line), or None."""
    for match in BATES.finditer(text):
        prefix, number = match.group("prefix"), match.group("number")
        if prefix.upper() in _NOT_PREFIXES or not prefix[0].isalpha():
            continue
        if not (number.startswith("0") or len(number) >= 6):
            continue
        if re.fullmatch(r"(?:19|20)\d\d", number):
            continue
        return Bates(match.group(0), prefix.rstrip("-_"), int(number), len(number), match.start(), match.end())
    return None


def page_bates(text: str) -> Bates | None:
    """The page's Bates number: bottom lines first (the usual place), then the top lines."""
    lines = _line_spans(text)
    order = list(reversed(lines[-EDGE_LINES:])) + lines[:EDGE_LINES]
    seen: set[int] = set()
    for start, end in order:
        if start in seen:
            continue
        seen.add(start)
        found = parse(text[start:end])
        if found is not None:
            return dataclasses.replace(found, start=found.start + start, end=found.end + start)
    return None


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def read_bates(document: Document, settings: Settings) -> Document:
    """Post-ingest step: set each page's Bates number and add one `bates` finding per numbered page."""
    pages: list[Page] = []
    findings: list[Finding] = []
    source = document.source
    stamps = {page.number: page_bates(page.text) for page in document.pages}
    seen = Counter(found.normalized for found in stamps.values() if found is not None)
    for page in document.pages:
        found = stamps[page.number]
        if found is not None and seen[found.normalized] > 1:
            found = None  # the same number on several pages is a document's id in its header, not a Bates number
        if found is None:
            pages.append(page)
            continue
        pages.append(dataclasses.replace(page, bates=found.normalized))
        findings.append(
            Finding(
                kind="bates",
                value=found.value,
                normalized=found.normalized,
                file=source.display_path,
                sha256=source.sha256,
                page=page.number,
                start=found.start,
                end=found.end,
                quote=sentence_around(page.text, found.start, found.end),
                method="layout",
                ocr=page.ocr,
                confidence=0.9,
                detail=make_detail(prefix=found.prefix, number=found.number),
            )
        )
    if not findings:
        return document
    return dataclasses.replace(document, pages=tuple(pages), layout_findings=(*document.layout_findings, *findings))


@dataclass(frozen=True, slots=True)
class Gap:
    """Numbers missing from a Bates sequence between two stamped pages: pages withheld in full."""

    prefix: str
    first: int
    last: int
    width: int
    after: str  # the file whose page precedes the gap
    before: str  # the file whose page follows it

    @property
    def label(self) -> str:
        low = f"{self.prefix}-{self.first:0{self.width}d}"
        return low if self.first == self.last else f"{low}–{self.last:0{self.width}d}"

    @property
    def count(self) -> int:
        return self.last - self.first + 1


def split_normalized(value: str) -> tuple[str, int, int] | None:
    """(prefix, number, width) from a stored normalized Bates number like `WCSO-000123`."""
    match = re.fullmatch(r"(.+)-(\d+)", value)
    return (match.group(1), int(match.group(2)), len(match.group(2))) if match else None


def gaps(stamped: Iterable[tuple[str, str]]) -> Iterator[Gap]:
    """Missing ranges over (file, normalized Bates) pairs, per prefix, numbers sorted across all files."""
    by_prefix: dict[str, list[tuple[int, int, str]]] = {}
    for file, value in stamped:
        parts = split_normalized(value)
        if parts is not None:
            prefix, number, width = parts
            by_prefix.setdefault(prefix, []).append((number, width, file))
    for prefix in sorted(by_prefix):
        numbers = sorted(set(by_prefix[prefix]))
        for (low, width, low_file), (high, _, high_file) in itertools.pairwise(numbers):
            if high > low + 1:
                yield Gap(prefix, low + 1, high - 1, width, low_file, high_file)
