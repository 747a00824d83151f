"""Prices in columns headed by vendors: a bid tabulation ("Item | Kettle Systems Inc. | Quillon Vision LLC | …")
or a price comparison prints each bidder's figures in the bidder's column, below a header line that names them.
In stored text the columns are one line each, in order: a row with as many amounts as the header has vendors
gives its i-th amount to the i-th vendor; a row with twice as many (unit price and extended total per bidder)
gives each pair to one vendor. Rows with other counts are left to the usual attribution (the vendor named on the
line, else the document's main vendor)."""

from __future__ import annotations

import re
from bisect import bisect_left

from foiakit.model import Document

# an amount as a table prints it: "$12,400.00", "12,400.00", "$980"
_AMOUNT = re.compile(r"(?<![\w.,])\$?\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{2})?(?![\w.,]\d)")
MAX_ROWS = 80  # lines below a header still read as its rows
MIN_BIDDERS = 2


def _amounts(line: str) -> list[tuple[int, int]]:
    return [m.span() for m in _AMOUNT.finditer(line) if "$" in m.group(0) or "." in m.group(0) or "," in m.group(0)]


def column_vendors(document: Document, mentions: tuple) -> dict[int, list[tuple[int, int, str]]]:
    """page → [(start, end, vendor)] for the amounts of bid-tabulation rows (see the module note)."""
    by_page: dict[int, list] = {}
    for m in mentions:
        if m.kind == "vendor":
            by_page.setdefault(m.page, []).append(m)
    out: dict[int, list[tuple[int, int, str]]] = {}
    for page in document.pages:
        vendors = sorted(by_page.get(page.number, []), key=lambda m: m.start)
        if len({m.canonical for m in vendors}) < MIN_BIDDERS:
            continue
        starts = [m.start for m in vendors]
        header: list[str] | None = None
        rows_left = 0
        offset = 0
        for line in page.text.split("\n"):
            start, end = offset, offset + len(line)
            offset = end + 1
            named = [m.canonical for m in vendors[bisect_left(starts, start) : bisect_left(starts, end)]]
            if len(dict.fromkeys(named)) >= MIN_BIDDERS and not _amounts(line):
                header, rows_left = list(dict.fromkeys(named)), MAX_ROWS
                continue
            if header is None or rows_left <= 0:
                continue
            rows_left -= 1
            if named:  # a line naming a vendor speaks for itself
                continue
            amounts = _amounts(line)
            per = len(amounts) // len(header) if amounts and len(amounts) % len(header) == 0 else 0
            if per not in (1, 2):
                continue
            for index, (s, e) in enumerate(amounts):
                out.setdefault(page.number, []).append((start + s, start + e, header[index // per]))
    return out


def vendor_at(columns: dict[int, list[tuple[int, int, str]]], page: int, start: int) -> str | None:
    """The column vendor of an amount found at (page, start), if it sits in a bid-tabulation row."""
    for s, e, vendor in columns.get(page, ()):
        if s <= start < e:
            return vendor
    return None
