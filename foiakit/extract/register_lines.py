"""Payment registers printed as text (a check, warrant or accounts-payable register in a PDF's text layer, or its
OCR): a header line names a payee column and an amount column ("CHECK NO ISSUE DT VENDOR NAME … AMOUNT",
"PAYEE ISSUED NUMBER FND AMOUNT"), and each line under it that holds a name and a cents-precise amount is a
payment: the payee is the line's first run of words (codes, numbers and dates around it are other columns), the
amount its last figure with cents. Registers print no currency sign as often as not ("0.00 72.48"), so these
amounts are prices only because the header says what the column holds. Header words: `data/ledger.json`, the
same as a spreadsheet ledger's.

A line whose payee the PDF table reader already read (line_items.table_rows, from the characters' positions) keeps
that reading: it knows the columns, where a line of text only guesses them.

A payee printed "SURNAME, GIVEN I", or two words of which one is a common given name ("ERICA CONKLIN", "PARSELL
CHRISTOPHER", with a middle initial or not: `data/given_names.txt`, the US Census lists), is a person (a refund,
an employee's reimbursement): its payment stays a price, with no vendor.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from pathlib import Path

from foiakit.extract.ledger import LedgerRow, header_words, normal, total_row_words
from foiakit.extract.lexicon import words
from foiakit.extract.line_items import cells_currency

MIN_ROWS = 2  # a header with fewer payment lines under it is no register (a form, a letter's table)
MAX_HEADER_WORDS = 24
_AMOUNT = re.compile(r"(?<![\w.,])\$?\s?(?P<figure>\d{1,3}(?:,\d{3})+\.\d{2}|\d+\.\d{2})(?:-|\s?CR)?(?![\w.,%/])")
_WORD = re.compile(r"\S+")
_NAME_TOKEN = re.compile(r"^[A-Za-z&'’.,/()#+-]*[A-Za-z][A-Za-z&'’.,/()#+-]*$")
_PERSON = re.compile(r"^[A-Z][A-Za-z'’-]+,\s*[A-Z][A-Za-z'’-]+(?:\s+[A-Z]\.?)?$")
_SUM_WORDS = frozenset({"total", "totals", "subtotal", "page", "grand"})
_JOINER = re.compile(r"^[&+/-]$")
_LEAD_NUMBER = re.compile(r"^\d{1,2}$")  # "3 KINGS ENVIRONMENTAL INC": a figure that begins a name


@functools.cache
def _given_names() -> frozenset[str]:
    path = Path(__file__).parent / "data" / "given_names.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def is_person(name: str) -> bool:
    """ "QUILLON, DANA M", "ERICA CONKLIN", "CONKLIN ERICA", "ERICA M CONKLIN": a person's name by its form."""
    if _PERSON.match(name):
        return True
    words = [w.strip(".,").lower() for w in name.split()]
    if len(words) == 3 and len(words[1]) == 1:
        words = [words[0], words[2]]  # a middle initial
    if len(words) != 2 or not all(w.isalpha() and len(w) >= 2 for w in words):
        return False
    if any(w in _business_words() for w in words):
        return False  # "Dale Systems", "Grant Labs": a given name that begins a company's name
    return words[0] in _given_names() or words[1] in _given_names()


@functools.cache
def _business_words() -> frozenset[str]:
    org_words = words("org_words")
    return frozenset(
        w.strip(".")
        for key in (
            "corporate_suffixes",
            "weak_suffixes",
            "agency_heads",
            "unit_heads",
            "function_words",
            "business_nouns",
        )
        for w in org_words[key]
    )


def register_rows(text: str) -> tuple[LedgerRow, ...]:
    """The payment lines of a page's text under a register header (none on a spreadsheet page: see ledger.py)."""
    if text.startswith("Sheet: "):
        return ()
    found: list[LedgerRow] = []
    pending: list[LedgerRow] = []
    in_register = False
    offset = 0
    for number, line in enumerate(text.split("\n"), 1):
        if _is_header(line):
            found.extend(pending if len(pending) >= MIN_ROWS else [])
            pending, in_register = [], True
        elif in_register:
            row = _payment(line, offset, number)
            if row is not None:
                pending.append(row)
        offset += len(line) + 1
    found.extend(pending if len(pending) >= MIN_ROWS else [])
    return tuple(found)


def _is_header(line: str) -> bool:
    words = normal(line).split()
    if not words or len(words) > MAX_HEADER_WORDS or _AMOUNT.search(line):
        return False
    lexicon = header_words()
    joined = f" {' '.join(words)} "
    return any(f" {w} " in joined for w in lexicon["payee"]) and any(f" {w} " in joined for w in lexicon["amount"])


def _payment(line: str, line_start: int, number: int) -> LedgerRow | None:
    amounts = list(_AMOUNT.finditer(line))
    if not amounts:
        return None
    last = amounts[-1]
    amount = Decimal(last.group("figure").replace(",", ""))
    if amount == 0:
        return None
    payee_span = _payee(line, last.start())
    if payee_span is None:
        return None
    payee = line[payee_span[0] : payee_span[1]]
    words = normal(payee).split()
    if normal(payee) in total_row_words() or words[0] in _SUM_WORDS or words[-1] in _SUM_WORDS - {"page", "grand"}:
        return None  # "Page Total", "TOTAL CHECK", "Report Total": sums of the lines above
    return LedgerRow(
        sheet="",
        number=number,
        line_start=line_start,
        payee=None if is_person(payee) else payee,
        payee_span=None if is_person(payee) else (line_start + payee_span[0], line_start + payee_span[1]),
        date=None,
        description=None,
        amount=amount,
        amount_span=(line_start + last.start("figure"), line_start + last.end("figure")),
        currency=cells_currency([line]) or ("USD" if "$" in line else None),
        cells=tuple(line.split()),
    )


def _payee(line: str, before: int) -> tuple[int, int] | None:
    """The span of the line's first run of name words before `before`: at least three letters, not a label."""
    tokens = list(_WORD.finditer(line[:before]))
    for i, token in enumerate(tokens):
        lead = _LEAD_NUMBER.match(token.group(0)) and i == 0 and i + 1 < len(tokens)
        if not (_NAME_TOKEN.match(token.group(0)) or (lead and _NAME_TOKEN.match(tokens[1].group(0)))):
            continue
        j = i + 1
        while j < len(tokens) and (_NAME_TOKEN.match(tokens[j].group(0)) or _JOINER.match(tokens[j].group(0))):
            j += 1  # "A T & T MOBILITY": a lone "&" or "-" inside a name
        while j > i + 1 and _JOINER.match(tokens[j - 1].group(0)):
            j -= 1
        if j < len(tokens) and ":" in tokens[j].group(0):
            return None  # "Regular Checks: 11": a label and its count
        start, end = token.start(), tokens[j - 1].end()
        name = line[start:end].rstrip(" ,#/-")
        if sum(c.isalpha() for c in name) >= 3:
            return start, start + len(name)
        return None
    return None


# One slot: the organisations step (the payees) and the prices extractor of one document share one reading of its
# register lines, matched by identity like line_items.table_rows (a page cache of 32 let long documents be read twice)
_LAST: list[tuple[object, dict[int, tuple[LedgerRow, ...]]]] = []


def document_register_rows(document: object) -> dict[int, tuple[LedgerRow, ...]]:
    """Each page's register rows, read once per document."""
    if _LAST and _LAST[0][0] is document:
        return _LAST[0][1]
    rows = {page.number: register_rows(page.text) for page in document.pages}  # type: ignore[attr-defined]
    _LAST.clear()
    _LAST.append((document, rows))
    return rows
