"""Offsets into a page's text: the line a span sits on, and that line as a quote."""

from __future__ import annotations

import re
from bisect import bisect_right

_SPACES = re.compile(r"\s+")


def line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end offsets of the printed line (or lines) holding text[start:end]."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end < 0 else line_end


# where one clause of a printed line ends and the next begins: "A bid $14,000 and B bid $14,350; C bid …"
_CLAUSE_BREAK = re.compile(r";|,?\s+(?:and|while|whereas|but|compared to|versus|vs\.?)\s+", re.I)


def clause_bounds(text: str, start: int, end: int, line: tuple[int, int]) -> tuple[int, int]:
    """The clause of a line of prose that holds text[start:end]: the line cut at the nearest clause breaks around
    the span. A table's row (cells parted by a column gap) is one clause: its cells are no sentence's parts."""
    from foiakit.ingest.pdf_text import CELL_GAP

    line_start, line_end = line
    if CELL_GAP.search(text, line_start, line_end):
        return line
    clause_start = line_start
    for match in _CLAUSE_BREAK.finditer(text, line_start, start):
        clause_start = match.end()
    after = _CLAUSE_BREAK.search(text, end, line_end)
    return clause_start, after.start() if after else line_end


def line_quote(text: str, start: int, end: int, limit: int = 400) -> str:
    """The line a span sits on, whitespace collapsed: the quote a finding rests on when it has no sentence."""
    line_start, line_end = line_bounds(text, start, end)
    return _SPACES.sub(" ", text[line_start:line_end]).strip()[:limit]


# a line opening an item of a list: "B. Authorize …", "2) Budget …", "(c) Ratify …", "iv. …", "• …"
_ITEM_START = re.compile(r"[ \t]*(?:\(?(?:\d{1,3}|[A-Za-z]|[ivxIVX]{2,4})[.)]|[•▪●◦*–-])[ \t]+\S")
ITEM_LINES_AT_MOST = 6  # lines an item may wrap over: a longer run of plain lines is no item's


def item_start(text: str, offset: int) -> int | None:
    """The start of the list item holding text[offset] (its line or one of the few above opens with "B.", "2)",
    "(c)", "•"), or None. An agenda's or a memo's items are separate matters: a company named in item C is not
    the payee of item E's amount."""
    line_start = text.rfind("\n", 0, offset) + 1
    for _ in range(ITEM_LINES_AT_MOST):
        if _ITEM_START.match(text, line_start):
            return line_start
        if line_start == 0:
            return None
        line_start = text.rfind("\n", 0, line_start - 1) + 1
    return None


PROSE_SENTENCE_AT_MOST = 1500  # characters: a longer span spaCy calls a sentence is a table or a list
PROSE_WORDS_AT_LEAST = 6  # a printed line of running text holds a few words, most of them lower case


def prose_sentence(text: str, sentences: list[tuple[int, int]], start: int, line: tuple[int, int]) -> tuple[int, int]:
    """The sentence holding text[start] when it is prose: within its printed line (which may end in the next
    sentence's first words), or over several printed lines of running text ("… Corvane / Technologies, Inc.
    quoted $5,400 per vehicle"). Else `line`: a table's row, a register's line, a heading, lines with column gaps
    or few words (an OCR'd table has no gaps, and spaCy's sentences run across its rows)."""
    from foiakit.ingest.pdf_text import CELL_GAP

    at = bisect_right(sentences, (start, len(text) + 1)) - 1
    if at < 0 or not sentences[at][0] <= start < sentences[at][1]:
        return line
    if sentences[at][1] - sentences[at][0] > PROSE_SENTENCE_AT_MOST:
        return line  # a "sentence" of a table or a list that no full stop cut: no prose (and no quadratic walk)
    sentence = _without_heading_lines(text, sentences[at], start)
    first, last = line_bounds(text, *sentence)
    if CELL_GAP.search(text, first, last):
        return line
    if sentence[0] >= line[0] and sentence[1] <= line[1]:
        return sentence  # "… including installation. Corvane": the line's next sentence is another matter
    printed = [words for words in (part.split() for part in text[first:last].split("\n")) if words]
    for number, words in enumerate(printed):
        if len(words) < PROSE_WORDS_AT_LEAST and number < len(printed) - 1:
            return line  # a short line inside the sentence: a heading, a label, a table's row
        if sum(word[:1].islower() for word in words) * 2 < len(words):
            return line  # mostly capitalised words: a name block, a header, a table's row
    return sentence


def _without_heading_lines(text: str, sentence: tuple[int, int], start: int) -> tuple[int, int]:
    """The sentence without the short lines above the line of `start` that spaCy glued to it ("Quotes received"
    over the paragraph: a heading has no full stop to end a sentence)."""
    begin, end = sentence
    while begin < start and text[begin].isspace():
        begin += 1
    while True:
        newline = text.find("\n", begin, start)
        printed_from = text.rfind("\n", 0, begin) + 1  # the whole printed line: a sentence may begin mid-line
        if newline < 0 or len(text[printed_from:newline].split()) >= PROSE_WORDS_AT_LEAST:
            return begin, end
        begin = newline + 1
