"""A scanned table's rows, put back together from tesseract's word boxes.

Tesseract's page segmentation (psm 3) reads a ruled or spaced table as columns: each column a block of its own, so
a register's check numbers come out as one list, its payees as the next and its amounts as a third, and no row holds
a payee and its amount. When most of a page's lines stand side by side with a line of another block, at the same
height, the page is such a table: its words are set in rows again, by height (the page's skew taken out first, a
scan is rarely square), and left to right in a row, a column gap kept as the text layer keeps it
(ingest/pdf_text.GAP). A page of prose, a letter or a form is left as tesseract's blocks read it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from statistics import median

from foiakit.ingest.pdf_text import GAP

# A table split into column blocks: at least this many lines, this share of them beside another block's line, and
# short (a cell holds a few words; two columns of prose side by side hold a dozen a line).
MIN_LINES = 8
BESIDE_SHARE = 0.4
MAX_CELL_WORDS = 5
# Two words in a row stand a column apart when the space between them is wider than this many times their height
# (a word space is about half a capital's height; pdf_text.GAP_EMS is an em, about 1.4 capitals).
GAP_HEIGHTS = 1.4
# An amount with cents ("1,204.50", "88.10", OCR's "1.204,50"); a page with fewer is not read as a table of money.
_AMOUNT = re.compile(r"\d[\d,.]*[.,]\d\d\b")
MIN_AMOUNTS = 4
# What a speck, a rule or a box's edge reads as on a scanned table: a word of these alone is no print, and these at a
# word's ends ("__KEST49", "TRAINING—") are none; a colon, a quote, a period or a minus at a word's end may be
# ("Total:", "INC.", "“Footage”", "-45.00"), so only a word of nothing else goes. "&", "$", "*", "#", "%" and
# brackets are print.
_SPECKS = "_~—–|«»=+:;'\"`^,.-"
_EDGE_SPECKS = "_~—–|«»=+`^"
_JOINED = re.compile(r"(?<=[A-Za-z0-9])_+(?=[A-Za-z0-9])")  # "HALV63_HALVERN": a rule's bit between two cells
UNSURE = 50.0  # a word read with less confidence, of two characters at most and standing alone, is a speck
TALLER = 2.5  # … and so is one read unsure and this many times taller than the page's words


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    left: int
    top: int
    width: int
    height: int
    line: tuple[int, int, int]  # tesseract's (block, paragraph, line)
    confidence: float

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height


@dataclass(frozen=True, slots=True)
class Line:
    """One of tesseract's lines: its words, left to right, and its box."""

    words: tuple[Word, ...]

    @property
    def block(self) -> int:
        return self.words[0].line[0]

    @property
    def left(self) -> int:
        return min(w.left for w in self.words)

    @property
    def right(self) -> int:
        return max(w.right for w in self.words)

    @property
    def top(self) -> int:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> int:
        return max(w.bottom for w in self.words)


def words_of(data: dict[str, list]) -> list[Word]:
    """The words tesseract read (a confidence of -1 marks a block, paragraph or line, not a word)."""
    return [
        Word(
            text.strip(),
            int(data["left"][i]),
            int(data["top"][i]),
            int(data["width"][i]),
            int(data["height"][i]),
            (data["block_num"][i], data["par_num"][i], data["line_num"][i]),
            float(data["conf"][i]),
        )
        for i, text in enumerate(data["text"])
        if float(data["conf"][i]) >= 0 and text.strip()
    ]


def lines_of(words: list[Word]) -> list[Line]:
    grouped: dict[tuple[int, int, int], list[Word]] = {}
    for word in words:
        grouped.setdefault(word.line, []).append(word)
    return [Line(tuple(sorted(ws, key=lambda w: w.left))) for ws in grouped.values()]


def _beside(a: Line, b: Line) -> bool:
    """Two lines of different blocks at one height, side by side."""
    if a.block == b.block or (a.right > b.left and b.right > a.left):
        return False
    overlap = min(a.bottom, b.bottom) - max(a.top, b.top)
    return overlap > 0.5 * min(a.bottom - a.top, b.bottom - b.top)


def is_split_table(lines: list[Line]) -> bool:
    """Whether tesseract read a table as column blocks: most lines have another block's line beside them, and
    those lines are short."""
    if len(lines) < MIN_LINES:
        return False
    ordered = sorted(lines, key=lambda line: line.top)
    beside: list[Line] = []
    for i, line in enumerate(ordered):
        tall = line.bottom - line.top
        for other in ordered[max(0, i - 60) : i + 60]:  # a skewed page moves a row by a few lines at most
            if abs(other.top - line.top) <= 3 * tall and _beside(line, other):
                beside.append(line)
                break
    if len(beside) < BESIDE_SHARE * len(lines):
        return False
    return median(len(line.words) for line in beside) <= MAX_CELL_WORDS


def skew(lines: list[Line]) -> float:
    """The page's slope (pixels down per pixel right), the median over lines of two or more words of the slope
    from their first word's foot to their last's."""
    slopes = [
        (line.words[-1].bottom - line.words[0].bottom) / (line.words[-1].left - line.words[0].left)
        for line in lines
        if len(line.words) >= 2 and line.words[-1].left - line.words[0].left > 4 * line.words[0].height
    ]
    return median(slopes) if slopes else 0.0


def table_rows(words: list[Word]) -> list[str]:
    """The words set in rows: by the height of their middle (skew taken out), then left to right."""
    slope = skew(lines_of(words))
    heights = [w.height for w in words]
    tall = median(heights) if heights else 1

    def middle(word: Word) -> float:
        return (word.top + word.bottom) / 2 - slope * (word.left + word.right) / 2

    rows: list[list[Word]] = []
    centre = 0.0
    for word in sorted(words, key=middle):
        at = middle(word)
        if rows and abs(at - centre) <= 0.5 * tall:
            rows[-1].append(word)
            centre += (at - centre) / len(rows[-1])
        else:
            rows.append([word])
            centre = at
    return [_row_text(sorted(row, key=lambda w: w.left)) for row in rows]


def holds_amounts(words: list[Word]) -> bool:
    """Whether the page prints amounts enough to be a register, an invoice or an order: only such a page is read
    with its column gaps and rows (a letter, a form or a report keeps tesseract's reading as it always was)."""
    return sum(bool(_AMOUNT.search(w.text)) for w in words) >= MIN_AMOUNTS


def without_specks(words: list[Word]) -> list[Word]:
    """The words of a page of amounts less what specks and rules read as: words of speck marks alone, such marks at
    a word's ends (a period after a code's or a date's digit too: "55012.", "10/08/2024."), and a word of one or two
    characters read unsure with no word of letters beside it (a rule's end read "7" or "a"), and a word read unsure
    and many lines tall."""
    kept: list[Word] = []
    tall = median(w.height for w in words) if words else 0
    for at, word in enumerate(words):
        if word.confidence < UNSURE and word.height > TALLER * tall:
            continue  # a rule or a stamp's edge read as letters ("Fame", "ewe"): many lines tall
        text = _JOINED.sub(" ", word.text.strip(_EDGE_SPECKS))
        if text.endswith((",", ".")) and text[:-1][-1:].isdigit():
            text = text.rstrip(".,")
        if all(c in _SPECKS for c in text):
            continue
        if len(text) <= 2 and word.confidence < UNSURE and _alone(words, at):
            continue
        kept.append(word if text == word.text else _retext(word, text))
    return kept


def _alone(words: list[Word], at: int) -> bool:
    """Whether no word of letters stands a word space or less from the word, on either side ("10 Pe   3700": a
    speck beside a fund's number is no name's part; "K & J", "GLASS CO" are)."""
    word = words[at]
    wide = GAP_HEIGHTS * word.height
    before = at > 0 and words[at - 1].line == word.line and word.left - words[at - 1].right <= wide
    after = at + 1 < len(words) and words[at + 1].line == word.line and words[at + 1].left - word.right <= wide
    lettered = [words[i] for i, near in ((at - 1, before), (at + 1, after)) if near]
    return not any(any(c.isalpha() for c in w.text) for w in lettered)


def _retext(word: Word, text: str) -> Word:
    return Word(text, word.left, word.top, word.width, word.height, word.line, word.confidence)


def block_lines(words: list[Word], gaps: bool = True) -> list[str]:
    """Tesseract's own reading: its lines in its order, a blank line between blocks, a column gap on a line kept
    (with `gaps`; without, one space between any two words)."""
    lines: list[str] = []
    block = None
    for line in _runs(words):
        if block is not None and line[0].line[0] != block:
            lines.append("")
        lines.append(_row_text(line) if gaps else " ".join(w.text for w in line))
        block = line[0].line[0]
    return lines


def _runs(words: list[Word]) -> list[list[Word]]:
    runs: list[list[Word]] = []
    for word in words:
        if runs and runs[-1][-1].line == word.line:
            runs[-1].append(word)
        else:
            runs.append([word])
    return runs


def _row_text(row: list[Word]) -> str:
    tall = median(w.height for w in row)  # a period's or a dash's box is no measure of the type
    parts = [row[0].text]
    for before, word in pairwise(row):
        parts.append(GAP if word.left - before.right > GAP_HEIGHTS * tall else " ")
        parts.append(word.text)
    return "".join(parts)
