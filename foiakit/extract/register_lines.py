"""Payment registers printed as text (a check, warrant or accounts-payable register in a PDF's text layer, or its
OCR): a header line names a payee column and an amount column ("CHECK NO ISSUE DT VENDOR NAME … AMOUNT",
"PAYEE ISSUED NUMBER FND AMOUNT"), and each line under it that holds a name and a cents-precise amount is a
payment: the payee is the line's first run of words (codes, numbers and dates around it are other columns), the
amount its last figure with cents. Registers print no currency sign as often as not ("0.00 72.48"), so these
amounts are prices only because the header says what the column holds. Header words: `data/ledger.json`, the
same as a spreadsheet ledger's.

Where the page's text keeps the gaps between columns, a payment line is a row of cells, and its payee is the whole
cell of the payee column, decided by what the column holds down the block and by the header's cell above it
(register_cells.py); the rest of this module reads single-spaced lines (OCR) by their words. Account lines and totals:
register_totals.py.

A line whose payee the PDF table reader already read (line_items.table_rows, from the characters' positions) keeps
that reading: it knows the columns, where a line of text only guesses them.

A register runs on over a page with no header of its own (a report that prints its column header once) only when the
page holds what the register holds: nearly every line a payment, the payees beginning at the register's field, most
of them named as a company, a public body or a person by their form. A line of text does not set a payee apart from
a description, and the PDF table reader, which could, has no header there to go by. Where each row's payee begins
and ends is decided by what the register's rows hold, not by one line alone: when most rows' payees begin at the
same field of the line (the first, after a check number, after a date), a row whose first name word is further on
("A1 PROTECTIVE SERVICES", "4FRONT CONSULTING": a name that begins with a figure) has its payee begin at that field
too, so long as the field holds a letter; lines of one payment (the same check number, date and codes before the
payee) name one payee, the words their name runs share; a legal form ("LLC", "INC") ends a name. A line with an
amount and no name under a payment (an account distribution line) and a total ("TOTAL CHECK") are the payment's too:
the total when the lines it sums are one payee's, else no one's (a fund's or a page's total). A line whose name
begins with "TOTAL" is a payment when a date is printed before the name ("07/23/24 15979 TOTAL T'S"): a register
dates its payments, never its totals. A payment's type before its date ("CHK", "EFT", "WIRE", "Bill Pmt -Check":
`data/payees.json`) is a field, not a payee, and so is a short label and its number ("PO 24913   INV 1314").

A payee printed "SURNAME, GIVEN I" or "SURNAME, GIVEN GIVEN", or two words of which one is a common given name
("ERICA CONKLIN", "PARSELL CHRISTOPHER", with a middle initial or not: `data/given_names.txt`, the US Census
lists; a surname particle joins two words into one surname: "VAN OOSTEN NICHOLAS"), is a person (a refund, an
employee's reimbursement): its payment stays a price, with no vendor; so is a name in brackets, "SURNAME, I I", or
a given name, a middle initial and a surname. A given name the lists lack ("SENAD MRZLJAK") is told by the register's
own evidence, over the whole document (`payees.people_paid`): a payee of a person's form (two or three plain words,
none a business word) whose payments say what people are paid for ("MILEAGE REIMB", "OFFICIATING"), or, in a register
that pays people, one that the register sorts by its last word as it sorts people by the surname; and two plain
words of which one is a given name ("GOLDEN SUMMIT") are a company's in a register that prints its people set apart
("SURNAME, GIVEN", a middle initial): register_people.py. What else a payee is, a company, a public body or a club,
its name tells (`payees.py`).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import replace
from decimal import Decimal

from foiakit.extract.ledger import LedgerRow, header_words, normal, total_row_words
from foiakit.extract.lexicon import words
from foiakit.extract.line_items import cells_currency
from foiakit.extract.payees import company_forms, is_person_payee, legal_forms, payee_kind
from foiakit.extract.register_cells import (
    AMOUNT,
    SUM_WORDS,
    RegisterRow,
    Wrap,
    cell_at,
    has_gaps,
    is_initials_name,
    is_payment_type,
    payees_by_column,
    wrapped,
)
from foiakit.extract.register_totals import Owned, labelled, of_first, owned, payee_total, undated_under_dated
from foiakit.ingest.pdf_text import CELL_GAP

__all__ = ["RegisterRow", "document_register_rows", "register_field", "register_rows"]

MIN_ROWS = 2  # a header with fewer payment lines under it is no register (a form, a letter's table)
MAX_HEADER_WORDS = 24
_WORD = re.compile(r"\S+")
_NAME_TOKEN = re.compile(r"^[A-Za-z&'’.,/()#+-]*[A-Za-z][A-Za-z&'’.,/()#+-]*$")
_JOINER = re.compile(r"^[&+/-]$")
_ALSO_KNOWN = frozenset({"dba", "d b a", "fka", "aka"})  # "EDCLUB, INC. DBA TYPINGCLUB": one name
_LEAD_NUMBER = re.compile(r"^\d{1,2}$")  # "3 KINGS ENVIRONMENTAL INC": a figure that begins a name
_CODE_NUMBER = re.compile(r"^#?\d[\d-]*$")  # "24913" after "PO": the number a short label names
_NAME_FIGURE = re.compile(r"^(?:\d{1,3}(?:ST|ND|RD|TH)|[A-Z]-?\d)$", re.IGNORECASE)  # "3RD", "A-1", "A1"
_DATE = re.compile(r"^\d{1,2}/\d{1,2}/\d{2,4}$")  # "07/23/24": a payment line's date, which no total line prints
# "GENERAL FUND/EXPENDITURES/DIST WIDE SUPPORT SVCS": an account's path (fund, object, function), three names or more
# parted by slashes, is a distribution line's description; a payee's name holds one slash at most ("WELLS FARGO/ACME")
_ACCOUNT_PATH = re.compile(r"[A-Za-z] ?/ ?[A-Za-z][^/\n]* ?/ ?[A-Za-z]")
_LABELLED_CELL = re.compile(r"[A-Za-z]:[ ]?[\w-]")  # "Vendor: 0412": a label and its value in one cell
_FIELD_NAME = re.compile(r"^(?=[\w&'’.,/()#+-]*[A-Za-z])[\w&'’.,/()#+-]+$")  # "A1", "4FRONT": a letter among figures


def register_rows(text: str, carried: int | None = None) -> tuple[LedgerRow, ...]:
    """The payment lines of a page's text under a register header (none on a spreadsheet page: see ledger.py).
    `carried`: the field where the payees of the page before's register begin, which this page's lines before any
    header of its own may continue (see `_continues`)."""
    if text.startswith("Sheet: "):
        return ()
    found: list[LedgerRow] = []
    pending: list[tuple[RegisterRow, int] | Owned | Wrap] = []
    in_register, headed, lines, header = carried is not None, False, 0, ""
    offset = 0
    for number, line in enumerate(text.split("\n"), 1):
        if _is_header(line):
            found.extend(_block(pending, header) if headed or _continues(pending, lines, carried) else [])
            pending, in_register, headed, header = [], True, True, line
        elif in_register:
            lines += bool(line.strip())
            read = _payment(line, offset, number)
            if read is not None:
                pending.append(read)
            elif AMOUNT.search(line):  # a label with an amount ("Regular Checks: 2"): what follows is a new run
                pending.append(labelled(line, offset, number))
            elif pending and isinstance(pending[-1], tuple):
                wrap = wrapped(pending[-1][0], line, offset, number)
                pending.extend([wrap] if wrap else [])
        offset += len(line) + 1
    found.extend(_block(pending, header) if headed or _continues(pending, lines, carried) else [])
    return tuple(found)


def _continues(pending: list[tuple[RegisterRow, int] | Owned | Wrap], lines: int, field: int | None) -> bool:
    """Whether a page with no header continues the register of the page before (a report that prints its column
    header once): nearly every line of it a payment or a total, most payees beginning at the register's field, and
    most named as a company, a public body or a person by their form: a register's payees, not the descriptions or
    account names a page of another layout holds under its lines."""
    payments = [(row, lead) for read in pending if isinstance(read, tuple) for row, lead in [read]]
    if field is None or len(payments) < MIN_ROWS or 4 * len(pending) < 3 * lines:
        return False
    same = sum(lead == field for _, lead in payments)
    named = sum(row.payee is None or _has_form(row.payee) for row, _ in payments)
    return 2 * same > len(payments) and 2 * named >= len(payments)


def _has_form(name: str) -> bool:
    """A name whose form says what it is: a company's legal form, a public body's head."""
    return any(w in legal_forms() for w in normal(name).split()) or payee_kind(name) == "agency"


def register_field(rows: tuple[LedgerRow, ...]) -> int | None:
    """The field where most of a page's register payees begin (None when the page has no register)."""
    leads = [len(row.line[: row.payee_span[0] - row.line_start].split()) for row in rows if _own_payee(row)]
    return Counter(leads).most_common(1)[0][0] if leads else None


def _own_payee(row: LedgerRow) -> bool:
    return isinstance(row, RegisterRow) and row.payee_span is not None and row.payee_span[0] >= row.line_start


def _block(pending: list[tuple[RegisterRow, int] | Owned | Wrap], header: str) -> list[LedgerRow]:
    """The rows of one register block, their payees the cells of the payee column where the lines have gaps (see
    register_cells.py), else begun where most of the block's payees begin, and the rows of its account lines and
    totals tied to the payments above them."""
    pending = _by_column(undated_under_dated(pending), header)
    payments = [read for read in pending if isinstance(read, tuple)]
    accounts = sum(isinstance(read, Owned) and read.kind == "account" for read in pending)
    if not payments or len(payments) + accounts < MIN_ROWS:
        return []  # a payment and its account lines count: "109 NORTHWEST BUS … $101,614.70" and its GL lines
    field, count = Counter(lead for _, lead in payments).most_common(1)[0]
    if 2 * count > len(payments):  # most payees begin at one field: the others begin there too
        payments = [(_begin_at(row, lead, field), lead) for row, lead in payments]
    read_payments = iter(_one_payment_one_payee(payments))
    rows: list[LedgerRow] = []
    run: list[LedgerRow] = []  # the payments since the last total or label
    for read in pending:
        if isinstance(read, tuple):
            run.append(next(read_payments))
            rows.append(run[-1])
        elif isinstance(read, Wrap):
            rows[-1] = run[-1] = read.joined(run[-1])  # type: ignore[arg-type]
        elif read.kind == "label":
            run = []
        else:
            if read.kind == "total" and payee_total(read, run):
                rows[len(rows) - len(run) :] = run = [of_first(row, run[0]) for row in run]
            row = owned(read, run)
            rows.extend([row] if row is not None else [])
            run = [] if read.kind == "total" else run
    return rows


def _by_column(
    pending: list[tuple[RegisterRow, int] | Owned | Wrap], header: str
) -> list[tuple[RegisterRow, int] | Owned | Wrap]:
    """The block's payments read by their cells (register_cells.payees_by_column), in their places."""
    payments = [read for read in pending if isinstance(read, tuple)]
    read = iter(payees_by_column(payments, header))
    return [next(read) if isinstance(item, tuple) else item for item in pending]


def _one_payment_one_payee(pending: list[tuple[RegisterRow, int]]) -> list[RegisterRow]:
    """Lines of one payment (the same check number, date and codes before the payee) name one payee: the words
    their name runs share ("HOLLOWAY FREIGHT PALLET DELIVERY" and "HOLLOWAY FREIGHT FUEL SURCHARGE": the rest is
    each line's description, which a line of text does not set apart from the name)."""
    rows = [row for row, _ in pending]
    groups: dict[tuple[str, ...], list[int]] = {}
    for i, (row, lead) in enumerate(pending):
        if lead > 0 and row.payee and row.payee_span:
            groups.setdefault(tuple(row.line.split()[:lead]), []).append(i)
    for members in groups.values():
        names = [rows[i].payee.split() for i in members]  # type: ignore[union-attr]
        if len(members) < 2 or len({tuple(n) for n in names}) == 1:
            continue
        shared = 0
        while all(len(n) > shared and n[shared] == names[0][shared] for n in names):
            shared += 1
        if shared == 0 or sum(c.isalpha() for c in " ".join(names[0][:shared])) < 3:
            continue
        for i in members:
            row = rows[i]
            start = row.payee_span[0]  # type: ignore[index]
            end = row.line_start + _word_end(row.line, start - row.line_start, shared)  # type: ignore[attr-defined]
            payee = row.line[start - row.line_start : end - row.line_start].rstrip(" ,")  # type: ignore[attr-defined]
            rows[i] = replace(row, payee=payee, payee_span=(start, start + len(payee)))
    return rows


def _word_end(line: str, start: int, words: int) -> int:
    """Where the `words`-th word from `start` ends."""
    matches = list(_WORD.finditer(line, start))
    return matches[words - 1].end()


def _begin_at(row: RegisterRow, lead: int, field: int) -> RegisterRow:
    """The row with its payee begun at the register's payee field when the line's first name word comes later and
    the words from that field on are one name ("A1 PROTECTIVE SERVICES")."""
    if row.payee_span is None or lead <= field:
        return row
    tokens = list(_WORD.finditer(row.line))
    between = tokens[field:lead]
    if (
        not between
        or not _FIELD_NAME.match(between[0].group(0))
        or not all(_FIELD_NAME.match(t.group(0)) for t in between)
    ):
        return row
    start = row.line_start + between[0].start()
    payee = row.line[between[0].start() : row.payee_span[1] - row.line_start]
    if is_person_payee(payee):
        return replace(row, payee=None, payee_span=None, person=payee)
    return replace(row, payee=payee, payee_span=(start, row.payee_span[1]))


def _is_header(line: str) -> bool:
    words = normal(line).split()
    if not words or len(words) > MAX_HEADER_WORDS:
        return False
    # the header words first: nearly every line lacks an amount column's word, and that test is the cheapest
    said, joined = set(words), f" {' '.join(words)} "
    if not _says(said, joined, "amount") or AMOUNT.search(line):
        return False
    if has_gaps(line) and _LABELLED_CELL.search(line):
        return False  # "Check Date:   Vendor: 0412   Check Total:": a payment's labelled fields (register_labels.py)
    if _says(said, joined, "payee"):
        return True
    # "Type  Num  Date  Name  Account  Paid Amount" (QuickBooks' Check Detail): a bare "Name" beside a date column
    return _says(said, joined, "payee_beside_date") and _says(said, joined, "date")


def _says(said: set[str], joined: str, role: str) -> bool:
    """Whether a line (its normal words, and them joined between spaces) holds one of a header role's words: a word
    of one piece by a set's lookup, one of several pieces as a run of whole words."""
    single, several = _role_words(role)
    return not said.isdisjoint(single) or any(f" {w} " in joined for w in several)


@functools.cache
def _role_words(role: str) -> tuple[frozenset[str], tuple[str, ...]]:
    if role == "payee_beside_date":
        listed = frozenset(normal(w) for w in words("ledger")["payee_beside_date"])
    else:
        listed = header_words()[role]
    return frozenset(w for w in listed if " " not in w), tuple(sorted(w for w in listed if " " in w))


def _payment(line: str, line_start: int, number: int) -> tuple[RegisterRow, int] | Owned | None:
    """A payment line and the field its payee begins at; or an account line or a total, whose payee is above."""
    amounts = list(AMOUNT.finditer(line))
    if not amounts:
        return None
    last = amounts[-1]
    amount = Decimal(last.group("figure").replace(",", ""))
    if amount == 0:
        return None
    span = (line_start + last.start("figure"), line_start + last.end("figure"))
    if _ACCOUNT_PATH.search(line[: last.start()]):
        return Owned("account", number, line_start, line, amount, span)  # an account's path: the payment's line
    found = _payee(line, last.start())
    if found is None:
        if not any(sum(c.isalpha() for c in t) >= 3 for t in line[: last.start()].split()):
            return Owned("account", number, line_start, line, amount, span)  # codes and figures, no name
        return None
    payee_span, lead = found[:2], found[2]
    payee = line[payee_span[0] : payee_span[1]]
    words = normal(payee).split()
    dated = any(_DATE.match(w) for w in line[: payee_span[0]].split())  # a payment's date before the name
    summing = words[0] in SUM_WORDS or words[-1] in SUM_WORDS - {"page", "grand"}
    if has_gaps(line):  # "CHECK GEN 55012 TOTAL:": the payee's cell is a sum's label
        cell = cell_at(line, payee_span[0]) or payee_span
        said = normal(line[cell[0] : cell[1]]).split()
        summing = summing or said[0] in SUM_WORDS or said[-1] in SUM_WORDS - {"page", "grand"}
    if normal(payee) in total_row_words() or (summing and not dated):
        return Owned("total", number, line_start, line, amount, span)  # "TOTAL CHECK", "Page Total": a sum
    person = is_person_payee(payee)
    return RegisterRow(
        sheet="",
        number=number,
        line_start=line_start,
        payee=None if person else payee,
        payee_span=None if person else (line_start + payee_span[0], line_start + payee_span[1]),
        date=None,
        description=None,
        amount=amount,
        amount_span=span,
        currency=cells_currency([line]) or ("USD" if "$" in line else None),
        cells=tuple(line.split()),
        line=line,
        person=payee if person else None,
    ), lead


def _payee(line: str, before: int) -> tuple[int, int, int] | None:
    """The span of the line's first run of name words before `before` (at least three letters, not a label), and
    the field (the number of words before it on the line) where it begins."""
    tokens = list(_WORD.finditer(line[:before]))
    for i, token in enumerate(tokens):
        cell = cell_at(line, token.start())
        if is_payment_type(line[cell[0] : cell[1]] if cell else token.group(0)):
            continue  # "CHK", "EFT", "Bill Pmt -Check": the payment's type, a field before the payee
        lead = _LEAD_NUMBER.match(token.group(0)) and i == 0
        lead = lead or _NAME_FIGURE.match(token.group(0))  # "3RD HARBOR", "A-1 TOWING": a figure that begins a name
        follows = i + 1 < len(tokens) and _NAME_TOKEN.match(tokens[i + 1].group(0))
        if follows and CELL_GAP.match(line, token.end()):
            follows = None  # "K2   ACME": a code's cell, then the name's
        if not (_NAME_TOKEN.match(token.group(0)) or (lead and follows)):
            continue
        j = i + 1
        while (
            j < len(tokens)
            and (_NAME_TOKEN.match(tokens[j].group(0)) or _JOINER.match(tokens[j].group(0)))
            and CELL_GAP.match(line, tokens[j - 1].end()) is None  # a name ends at its cell's end
        ):
            j += 1  # "A T & T MOBILITY": a lone "&" or "-" inside a name
        while j > i + 1 and _JOINER.match(tokens[j - 1].group(0)):
            j -= 1
        # "KESTREL BENEFITS LLC APRIL FEES": a legal form ends the name, the rest describes (a cell is never cut)
        for k in range(i, j - 1 if CELL_GAP.search(line) is None else i):
            if normal(tokens[k].group(0)) in company_forms() and normal(tokens[k + 1].group(0)) not in _ALSO_KNOWN:
                j = k + 1
                break
        if j < len(tokens) and ":" in tokens[j].group(0):
            return None  # "Regular Checks: 11": a label and its count
        start, end = token.start(), tokens[j - 1].end()
        name = line[start:end].rstrip(" ,#/-")
        numbered = j < len(tokens) and _CODE_NUMBER.match(tokens[j].group(0))
        if (sum(c.isalpha() for c in name) >= 3 and not (numbered and len(name) <= 3)) or is_initials_name(name):
            return start, start + len(name), i
        if numbered:
            continue  # "PO 24913   INV 1314   LEGAL SERVICES": a number's label, the name (if any) further on
        return None
    return None


# One slot: the organisations step (the payees) and the prices extractor of one document share one reading of its
# register lines, matched by identity like line_items.table_rows (a page cache of 32 let long documents be read twice)
_LAST: list[tuple[object, dict[int, tuple[LedgerRow, ...]]]] = []


def document_register_rows(document: object) -> dict[int, tuple[LedgerRow, ...]]:
    """Each page's register rows (a register with columns, else one in prose), read once per document."""
    if _LAST and _LAST[0][0] is document:
        return _LAST[0][1]
    from foiakit.extract.register_bills import bills_rows
    from foiakit.extract.register_groups import OpenGroup, grouped_rows, heading_read
    from foiakit.extract.register_labels import labelled_rows
    from foiakit.extract.register_people import people_unnamed
    from foiakit.extract.register_runs import run_in_rows

    rows: dict[int, tuple[LedgerRow, ...]] = {}
    field: int | None = None
    open_group: OpenGroup | None = None  # a payee's lines under a heading, left open at the page before's end
    for page in document.pages:  # type: ignore[attr-defined]
        # a bills list whose vendor totals sum its dated vendor lines is read by its groups first: its column header
        # ("Vendor Name … Amount") stands over invoice lines and distribution lines alike (register_bills.py)
        # a register that heads each payee's invoice lines with a line of its own, no amount on it, and closes them
        # with a check total is read by its headings first: its header's payee column stands over descriptions
        bills = bills_rows(page.text)
        headed, open_group = heading_read(page.text, open_group) if not bills else ((), None)
        rows[page.number] = bills or headed or register_rows(page.text, carried=field)
        field = register_field(rows[page.number])
        rows[page.number] = rows[page.number] or run_in_rows(page.text)  # a register in prose: register_runs.py
        rows[page.number] = rows[page.number] or grouped_rows(page.text)  # grouped by payee: register_groups.py
        rows[page.number] = rows[page.number] or labelled_rows(page.text)  # "Vendor: 0412 NAME": register_labels.py
    # who the payees are by the register's own evidence over the document: register_people.py
    rows = people_unnamed(rows, {page.number: page.text for page in document.pages})  # type: ignore[attr-defined]
    _LAST.clear()
    _LAST.append((document, rows))
    return rows
