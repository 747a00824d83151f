"""A register line as a row of cells: where a page's text layer keeps the gaps between columns (three spaces where
the printed columns stand apart, `ingest/pdf_text.py`), a line is its cells, and the payee is the cell in the payee
column, whole: never cut inside it, never joined to the next cell's text.

Which column is the payee's is decided by what the column holds across the rows of one register block that have as
many cells as each other (a check line and its invoice lines under it print different numbers of cells): names of
organisations or people, not codes ("CURT32"), dates, numbers, amounts or account strings, and not one value on
every row (a bank code "GEN"); the lines read so are those of the block's most common number of cells or the
header's (a gap narrower than an em is kept as one space, so a name run into the next column makes a line of another
width, which keeps its reading by words); among such columns, the one whose header cell above says payee ("Vendor Name",
"Merchant Name") when the header has as many cells as the rows, else the first (a register prints its payee before
the description). A name wrapped to the line under its payment prints as a line of one cell of name words with no
amount (its x, which lined it up under the payee column, is gone from the text: its being one cell of name words
right under the payment, in the name's case, the name above not closed by a legal form, stands for it).

OCR text has no gaps: its lines are read as single-spaced words (register_lines.py), as before.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from foiakit.extract.cells import cells as line_cells
from foiakit.extract.ledger import LedgerRow, header_words, normal
from foiakit.extract.lexicon import words as lexicon_words
from foiakit.extract.payees import is_person_payee, legal_forms
from foiakit.ingest.pdf_text import CELL_GAP

AMOUNT = re.compile(r"(?<![\w.,])\$?\s?(?P<figure>\d{1,3}(?:,\d{3})+\.\d{2}|\d+\.\d{2})(?:-|\s?CR)?(?![\w.,%/])")
_DATE = re.compile(r"^\d{1,2}[/-]\d{1,2}[/-]\d{2,4}$")
_RUN_IN = re.compile(r"^(?=(?:[^\d]*\d){3})[\d,./-]+$")  # a figure of three digits or more: "101", "122885122856500"
_NAME_TOKEN = re.compile(r"^[A-Za-z&'’.,/()#+-]*[A-Za-z][A-Za-z&'’.,/()#+-]*$")
_LEAD_ID = re.compile(r"^(?:\d{4,}|[A-Z]{1,2}-?\d{3,})\s+")  # "004120 ", "V04120 ": a vendor number before the name
_TRAIL_ID = re.compile(r"\s*\(\s*[A-Z]{0,2}-?\d{3,}\s*\)$")  # " (V04120)"; "#464" is a store's, part of the name
_INITIALS = re.compile(r"^[A-Z]\s?&\s?[A-Z]$")
SUM_WORDS = frozenset({"total", "totals", "subtotal", "page", "grand"})
MAX_WRAP_WORDS = 4


@dataclass(frozen=True, slots=True)
class RegisterRow(LedgerRow):
    line: str = ""  # the line as the page prints it
    by_cells: bool = False  # its payee is the cell of the payee column (a page with gaps)
    person: str | None = None  # the name printed as the payee when it is a person's (then `payee` is None)


def has_gaps(line: str) -> bool:
    return CELL_GAP.search(line.strip()) is not None


def cells(line: str) -> list[tuple[int, int]]:
    """The spans of the line's cells (its runs of text between gaps)."""
    return line_cells(line, 0, len(line))


def cell_at(line: str, at: int) -> tuple[int, int] | None:
    """The span of the cell that holds offset `at` of the line."""
    return next(((s, e) for s, e in cells(line) if s <= at < e), None)


def name_part(text: str) -> str:
    """The cell less a figure run into it from the next column at a gap narrower than an em ("CYNERGY WIRELESS PR
    122885122856500": a monospaced report's full name column and its account number), and less the vendor number a
    finance system prints in the payee's field before or after the name ("004120 CORVANE", "CORVANE (V04120)")."""
    words = list(re.finditer(r"\S+", text))
    while len(words) > 1 and _RUN_IN.match(words[-1].group(0)):
        words.pop()
    return without_vendor_id(text[: words[-1].end()] if words else text)


def without_vendor_id(text: str) -> str:
    """The name less a vendor number printed before it ("004120 CORVANE", "V-04120 CORVANE": a figure of four digits
    or more, or one a letter or two begin; "84 LUMBER" and "3RD HARBOR" keep theirs) or after it in brackets
    ("CORVANE (V04120)"); a store's number behind a "#" ("CORVANE SUPPLY #464") is part of the name the register
    gives."""
    lead = _LEAD_ID.match(text)
    if lead and not _LEAD_ID.match(text[lead.end() :]) and any(c.isalpha() for c in text[lead.end() :].split()[0]):
        text = text[lead.end() :]
    trail = _TRAIL_ID.search(text)
    return text[: trail.start()] if trail and trail.start() > 0 else text


def is_initials_name(text: str) -> bool:
    """Two initials joined by "&" ("J & R", "K&M"): a firm's whole name, though it holds only two letters."""
    return _INITIALS.match(text.strip()) is not None


def is_name_cell(text: str) -> bool:
    """A cell that holds a name: at least three letters (or two initials joined, "J & R"), more letters than figures,
    not a date, not a code of one word with figures in it ("CURT32", "21-4498-726"), not a label ("CHECK 7201
    TOTAL:"), not a payment's type or state ("EFT", "WIRE", "*** VOID ***", "Bill Pmt -Check": `data/payees.json`)."""
    text = name_part(text)
    words = text.split()
    letters = sum(c.isalpha() for c in text)
    if is_initials_name(text):
        return True
    if letters < 3 or letters <= sum(c.isdigit() for c in text) or any(_DATE.match(w) for w in words):
        return False
    if len(words) == 1 and not _NAME_TOKEN.match(words[0]):
        return False
    if is_payment_type(text):
        return False
    return not text.rstrip().endswith(":")


def is_payment_type(text: str) -> bool:
    """A cell that says how or whether a payment was made, not to whom ("ACH", "EFT", "WIRE", "** VOID **")."""
    return normal(text) in _payment_types()


@functools.cache
def _payment_types() -> frozenset[str]:
    return frozenset(normal(w) for w in lexicon_words("payees")["payment_type_words"])


def payee_column(rows: list[list[str]], header: list[str]) -> int | None:
    """The payee column of rows of as many cells each: a column of names (most rows), not one value on every row,
    the header's payee cell when it has one, else the first such column."""
    width = len(rows[0])
    payee_words = header_words()["payee"]
    said = len(header) == width
    named = []
    for j in range(width):
        values = [row[j] for row in rows]
        if 2 * sum(is_name_cell(v) for v in values) <= len(values):
            continue
        headed = said and normal(header[j]) in payee_words
        if len(values) >= 3 and len(set(values)) == 1 and not headed:
            continue  # one value on every row: a bank's or a fund's code, no payee
        named.append((not headed, j))
    return min(named)[1] if named else None


def payees_by_column(payments: list[tuple[RegisterRow, int]], header: str) -> list[tuple[RegisterRow, int]]:
    """The payments whose lines have gaps, their payee the cell of the payee column of the lines with as many cells
    (a person's name: no payee), for the block's most common width of line or that of a header with a payee cell
    ("Vendor Name": a header "ISSUE DT VENDOR" of merged words lines up with nothing); the others as read."""
    groups: dict[int, list[int]] = {}
    for i, (row, _) in enumerate(payments):
        if has_gaps(row.line):
            groups.setdefault(len(cells(row.line)), []).append(i)
    header_cells = [header[s:e] for s, e in cells(header)]
    headed = len(header_cells) if any(normal(c) in header_words()["payee"] for c in header_cells) else None
    most = max((len(members) for members in groups.values()), default=0)
    read = list(payments)
    for width, members in groups.items():
        texts = [[payments[i][0].line[s:e] for s, e in cells(payments[i][0].line)] for i in members]
        if headed != width and (len(members) < 2 or len(members) < most):
            continue  # lines of a width few of the block's have (a name run into the next column at a narrow gap,
            # a monospaced report's full column): their own reading of the words stands
        column = payee_column(texts, header_cells)
        if column is None:
            continue
        for i, text in zip(members, texts, strict=True):
            read[i] = _payee_cell(payments[i][0], column, text[column])
    return read


def _payee_cell(row: RegisterRow, column: int, text: str) -> tuple[RegisterRow, int]:
    start, _ = cells(row.line)[column]
    lead = len(row.line[:start].split())
    name = name_part(text).rstrip(" ,")
    if not is_name_cell(text) or is_person_payee(name):
        person = name if is_name_cell(text) else None
        return replace(row, payee=None, payee_span=None, by_cells=True, person=person), lead
    start += text.find(name)  # after a vendor number printed before the name
    span = (row.line_start + start, row.line_start + start + len(name))
    return replace(row, payee=name, payee_span=span, by_cells=True), lead


@dataclass(frozen=True, slots=True)
class Wrap:
    """The rest of a payee's name, wrapped to the line under its payment: words with no amount, printed in the
    payee's column ("CHARLESWORTH PLUMBING AND" / "HEATING INC")."""

    words: str
    span: tuple[int, int]  # where the words are printed, on their own line

    def joined(self, row: RegisterRow) -> RegisterRow:
        if row.payee is None or row.payee_span is None:
            return row
        return replace(row, payee=f"{row.payee} {self.words}", payee_span=(row.payee_span[0], self.span[1]))


def wrapped(row: RegisterRow, line: str, line_start: int, number: int) -> Wrap | None:
    """The words of `line` that continue `row`'s payee, on the line right under the payment line: in the payee's
    column (nothing before it), up to where the payment line's next field begins, all name words, and the first word
    would not have fitted in the room left after the payee above (the name was wrapped there, not ended). A text
    layer's line with gaps keeps no column's x: see `_wrapped_cell`."""
    if row.payee_span is None or row.payee_span[0] < row.line_start or number != row.number + 1:
        return None
    column = row.payee_span[0] - row.line_start
    end = row.payee_span[1] - row.line_start
    if line[:column].strip() or line[column : column + 1].isspace() or column >= len(line):
        # text laid out by spaces prints the name under its column; a text layer's cells begin at the line's start
        return _wrapped_cell(row, line, line_start) if has_gaps(row.line) and not line[:1].isspace() else None
    gap = re.compile(r"\S+").search(row.line, end)  # the next field of the payment line bounds the payee's column
    bound = gap.start() if gap else len(line)
    words = line[column:bound].strip()
    if not _name_words(words):
        return None
    if bound - end > len(words.split()[0]) + 2:
        return None  # the first word would have fitted on the line above: a new line of text, not a wrapped name
    start = line_start + column
    return Wrap(words, (start, start + len(words)))


def _wrapped_cell(row: RegisterRow, line: str, line_start: int) -> Wrap | None:
    """A line of one cell of name words, in the name's case, under a payment whose payee is not closed by a legal form
    ("GILDERSLEEVE" / "LABORATORIES CORP")."""
    spans = cells(line)
    last = normal(row.payee or "").split()[-1:]
    if len(spans) != 1 or not last or last[0] in legal_forms():
        return None
    words = line[spans[0][0] : spans[0][1]]
    if not _name_words(words) or (row.payee or "").isupper() != words.isupper():
        return None  # a name's rest is printed in the name's case ("Printed by CLERK" under a name in capitals)
    start = line_start + spans[0][0]
    return Wrap(words, (start, start + len(words)))


def _name_words(words: str) -> bool:
    """A few name words, none a figure, none a sum's label ("TOTAL", "PAGE")."""
    split = words.split()
    return (
        0 < len(split) <= MAX_WRAP_WORDS
        and all(_NAME_TOKEN.match(w) for w in split)
        and not any(normal(w) in SUM_WORDS for w in split)
    )
