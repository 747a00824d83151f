"""Where a price table's rows begin in a page's text: a header line that names a description (or payee) column and a
price or total column (`line_items.json`), or, below a bid tabulation's title (`prices.json`), a description column
beside the bidders' names. Cents-precise figures below a header are prices without a currency sign (`money.py`,
`price_columns.py`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from foiakit.extract.lexicon import phrase_pattern, words

# a figure with cents (or four places) and no sign: a price only in a table or after a money label
BARE_AMOUNT = re.compile(r"(?<![\w.,$])((?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}(?:\d{2})?)(?![\w.,%/-])")


# a sentence's punctuation; the full stop of a column's abbreviated name ("Ext. Price", "Qty.", "Amt.") is none
_SENTENCE_MARK = re.compile(r"[,;:]\s|;\s*$|(?:\b[a-z]+|\b[A-Za-z]{5,})\.(?:\s|$)")


def price_table_start(text: str) -> int | None:
    """Where the rows of a price table or ledger begin: after the first line that reads like its header (a
    description or payee column and a price, amount or total column, as `line_items.json` names them; below a bid
    tabulation's title, a description column beside the bidders' names). Cents-precise figures below it are
    prices even without a currency sign (an estimate's table, a ledger, a bid tabulation)."""
    # the page's header lines are read once: the price columns (`header_spans`) ask for all of them, on the same text
    spans = header_spans(text)
    return spans[0][1] + 1 if spans else None


def _header_lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end + 1) of every line that reads like a price table's header (see `price_table_start`)."""
    lexicon = words("line_items")
    describing = lexicon["description"] | frozenset({"payee", "vendor", "vendor name", "supplier", "paid to"})
    priced = lexicon["unit_price"] | lexicon["total"]
    bid_titles = words("prices")["bid_tabulation_titles"]
    offset = 0
    below_bid_title = False
    for line in text.split("\n"):
        offset += len(line) + 1
        if len(line) > 200 or BARE_AMOUNT.search(line) or _SENTENCE_MARK.search(_SUFFIX_COMMA.sub(" ", line)):
            continue  # a header names its columns: no amounts, no sentence
        if len(line.split()) > (40 if below_bid_title else 12):
            continue
        if _has(line, describing) and (below_bid_title or _has(line, priced)):
            yield offset - len(line) - 1, offset
        below_bid_title = below_bid_title or (len(line.split()) <= 10 and _has(line, bid_titles))


@functools.lru_cache(maxsize=8)
def header_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every price table header line of a page's text (see `price_table_start`)."""
    return tuple((start, end - 1) for start, end in _header_lines(text))


# the comma before a company's suffix in a bidder's name ("Kettle Systems, Inc.") is no sentence's
_SUFFIX_COMMA = re.compile(r",\s+(?=(?:inc|llc|l\.l\.c|ltd|corp|co|lp|llp|pllc|pc)\b)", re.I)


def _has(line: str, phrases: frozenset[str]) -> bool:
    return phrase_pattern(phrases).search(line) is not None
