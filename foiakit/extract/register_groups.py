"""Payment registers grouped by payee: a report "by vendor" (an accounting package's "Transaction List by Vendor",
"Vendor Detail", "Check Detail") prints each payee's name on a line of its own, the payments to it beneath (type,
date, number, memo, account, amount: no payee column), and a line that totals them, "Total for <the name>" or
"<the name> Total". No header names a payee column, so the group is a register by what it holds: the total line
repeats the heading's name and its amount is the sum of the lines between. Each of those lines is a payment to the
heading's payee, and so is the total; what the payee is (a company, a public body, a person) is decided by
payees.py, as for a register's column.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal

from foiakit.extract.ledger import normal
from foiakit.extract.lexicon import words
from foiakit.extract.line_items import cells_currency
from foiakit.extract.payees import is_person_payee
from foiakit.extract.register_cells import SUM_WORDS, has_gaps, is_name_cell, name_part
from foiakit.extract.register_cells import cells as line_cells
from foiakit.extract.register_lines import RegisterRow

MAX_NAME_WORDS = 10
MIN_HEADED_GROUPS = 2  # one heading over lines and a total is a paper's table (an invoice's), not a register
_CHECK_NUMBER = re.compile(r"^(?:CHECK|CHK|CK|EFT|ACH|WIRE)\s*#?\s*\d+$", re.IGNORECASE)  # "CHECK 20317"
_FIELD_CODE = re.compile(r"^(?:(?:CHECK|CHK|CK|EFT|ACH|WIRE|NO|#)\s*#?\s*)?[\d/.#-]+$", re.IGNORECASE)
_AMOUNT = re.compile(r"(?<![\w.,])-?\$?\s?(?P<figure>\d{1,3}(?:,\d{3})+\.\d{2}|\d+\.\d{2})(?![\w.,%/])")
_TOTAL = re.compile(r"^\s*(?:total\s+(?:for\s+)?(?P<before>.+?)|(?P<after>.+?)\s+total)\s*:?\s*$", re.IGNORECASE)


def grouped_rows(text: str) -> tuple[RegisterRow, ...]:
    """The payments of the page's payee groups whose total line names the heading and sums the lines between."""
    lines = text.split("\n")
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    found: list[RegisterRow] = []
    heading: int | None = None  # the index of the last line of name words with no amount
    members: list[int] = []
    for i, line in enumerate(lines):
        amounts = list(_AMOUNT.finditer(line))
        if not amounts:
            heading, members = (i, []) if _is_name(line) else (None, [])
            continue
        if heading is None:
            continue
        total = _TOTAL.match(line[: amounts[-1].start()])
        named = total and normal(total.group("before") or total.group("after")) == normal(lines[heading])
        if not named:
            members.append(i)
            continue
        amount = _figure(amounts[-1])
        if members and sum(_figure(list(_AMOUNT.finditer(lines[m]))[-1]) for m in members) == amount:
            found.extend(_group(lines, starts, heading, [*members, i]))
        heading, members = None, []
    return tuple(found)


@dataclass(frozen=True, slots=True)
class OpenGroup:
    """A payee's group of a heading register left open at a page's end (no total yet): its name and what its lines
    on the pages before came to, which the next page's lines go on under ("CORVANE (continued)", or no heading)."""

    name: str
    paid: Decimal


def heading_rows(text: str) -> tuple[RegisterRow, ...]:
    """The page's rows of a register that heads each payee's lines (see `heading_read`), read on its own."""
    return heading_read(text, None)[0]


def heading_read(text: str, carried: OpenGroup | None) -> tuple[tuple[RegisterRow, ...], OpenGroup | None]:
    """The payments of a register that heads each payee's lines with a line of its own: the vendor number and name,
    perhaps the check's number and date, no amount ("00412   CORVANE   CHECK 20317   01/03/2024"); the invoice lines
    under it (whose descriptions, "LEGAL SERVICES", are no payee) up to a total that sums them ("CHECK TOTAL") are
    the heading's payee's, and so is the total. Only lines with gaps are read (a heading's cells: codes, one name,
    a check's number, a date); a page needs two such groups. A total after the groups that sums no group (a report's
    or a fund's) is no one's. A payee's lines run over a page break: the lines after the page's last heading with no
    total are its payee's, and the group stays open (the `OpenGroup` returned); on the next page they go on under its
    heading printed again ("CORVANE (continued)"), whose total sums the lines of both pages, or under no heading at
    all: the lines atop the page, before its first heading, are then the open group's. With no group open, such lines
    are a payment's begun on a page before the register's reading knows of, and no one's."""
    lines = text.split("\n")
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    found: list[RegisterRow] = []
    # (line index, the payee's name, where it starts in the text); a group carried from the page before and printed
    # under no heading here has neither line nor start
    heading: tuple[int | None, str, int | None] | None = (None, carried.name, None) if carried else None
    prior = carried.paid if carried else Decimal(0)  # what the group's lines on the pages before came to
    members: list[int] = []
    loose: list[int] = []  # amount lines of no heading: totals after a group, lines atop a page of no open group
    groups = 0
    for i, line in enumerate(lines):
        amounts = list(_AMOUNT.finditer(line))
        if not amounts:
            named = _heading_name(line)
            if named is not None:
                if heading is not None and members:  # the open group went on here under no heading
                    found.extend(_headed(lines, starts, heading, members))
                going_on = carried is not None and named[2] and named[0] == carried.name
                prior = carried.paid if going_on and carried else Decimal(0)
                heading, members = (i, named[0], starts[i] + named[1]), []
            continue
        summing = bool(set(normal(line[: amounts[-1].start()]).split()) & SUM_WORDS)
        if heading is None or not summing:
            (members if heading is not None else loose).append(i)
            continue
        paid = sum((_figure(list(_AMOUNT.finditer(lines[m]))[-1]) for m in members), Decimal(0))
        if (members or prior) and prior + paid == _figure(amounts[-1]):
            groups += 1
            found.extend(_headed(lines, starts, heading, [*members, i]))
        else:
            loose.extend([*members, i])
        heading, members, prior = None, [], Decimal(0)
    if groups < MIN_HEADED_GROUPS:
        return (), None
    still_open = None
    if heading is not None:  # the page ends inside a payee's lines, or under its heading: they go on over the page
        found.extend(_headed(lines, starts, heading, members))
        paid = sum((_figure(list(_AMOUNT.finditer(lines[m]))[-1]) for m in members), Decimal(0))
        still_open = OpenGroup(heading[1], prior + paid)
    found.extend(_headed(lines, starts, None, loose))
    return tuple(sorted(found, key=lambda row: row.number)), still_open


_CONTINUED = re.compile(r"\s*[(\[]?\s*(?:continued|cont'?d\.?|cont\.)\s*[)\]]?\s*$", re.IGNORECASE)


def _heading_name(line: str) -> tuple[str, int, bool] | None:
    """The payee a heading line names, and where on the line: a line of two or more cells with no amount, one of
    them a name (less a vendor number run into it) and the others codes, numbers, dates or a check's number ("CHECK
    20317"); not a fund's or a department's heading ("DEPT 4210   POLICE DEPARTMENT": `data/payees.json`); and whether
    it is printed again over a page break ("CORVANE (continued)")."""
    if not has_gaps(line):
        return None
    spans = line_cells(line)
    # the cheap test first: two cells that are no field code cannot both be the one name
    if len(spans) < 2 or sum(not _FIELD_CODE.match(line[s:e]) for s, e in spans) > 1:
        return None
    names = [(s, e) for s, e in spans if is_name_cell(line[s:e]) and not _CHECK_NUMBER.match(line[s:e])]
    if len(spans) < 2 or len(names) != 1:
        return None
    s, e = names[0]
    if any(not _FIELD_CODE.match(line[a:b]) for a, b in spans if (a, b) != (s, e)):
        return None
    cell = line[s:e]
    going_on = _CONTINUED.search(cell)  # "CORVANE (continued)": the heading printed again over a page break
    name = name_part(cell[: going_on.start()] if going_on and going_on.start() > 0 else cell).rstrip(" ,")
    said = set(normal(line).split())
    if said & _group_heading_words() or said & SUM_WORDS:
        return None
    return name, s + cell.find(name), going_on is not None


@functools.cache
def _group_heading_words() -> frozenset[str]:
    return frozenset(normal(w) for w in words("payees")["group_heading_words"])


def _headed(
    lines: list[str], starts: list[int], heading: tuple[int | None, str, int | None] | None, members: list[int]
) -> list[RegisterRow]:
    """A row per member line, tied to the heading's payee (a person's: none), the first row's line the heading's. A
    heading printed on a page before gives each row an empty span at its own line's start: the payee is named there,
    not printed."""
    name = heading[1] if heading else None
    payee = None if name is None or is_person_payee(name) else name
    rows = []
    for n, i in enumerate(members):
        span = None
        if payee and heading:
            span = (heading[2], heading[2] + len(payee)) if heading[2] is not None else (starts[i], starts[i])
        line_start = starts[heading[0]] if heading and heading[0] is not None and n == 0 else starts[i]
        person = name if name and payee is None else None
        rows.append(_amount_row(lines, starts, i, line_start, payee, span, by_cells=True, person=person))
    return rows


def _figure(match: re.Match[str]) -> Decimal:
    return Decimal(match.group("figure").replace(",", ""))


def _is_name(line: str) -> bool:
    if not 0 < len(line.split()) <= MAX_NAME_WORDS:
        return False  # the cheap test first: a register reads this for every line without an amount
    letters = sum(map(str.isalpha, line))
    return letters >= 3 and letters > sum(map(str.isdigit, line))


def _group(lines: list[str], starts: list[int], heading: int, members: list[int]) -> list[RegisterRow]:
    """A row per member line, each tied to the heading's payee (None for a person); the first row begins at the
    heading's line, so the payee is read once, where it is printed."""
    name = lines[heading].strip()
    name_start = starts[heading] + lines[heading].index(name)
    payee = None if is_person_payee(name) else name
    span = (name_start, name_start + len(name)) if payee else None
    return [
        _amount_row(lines, starts, i, starts[heading] if n == 0 else starts[i], payee, span)
        for n, i in enumerate(members)
    ]


def _amount_row(
    lines: list[str],
    starts: list[int],
    i: int,
    line_start: int,
    payee: str | None,
    payee_span: tuple[int, int] | None,
    by_cells: bool = False,
    person: str | None = None,
) -> RegisterRow:
    """The row of line `i`, whose last figure is its amount, tied to `payee` (printed at `payee_span`)."""
    amount = list(_AMOUNT.finditer(lines[i]))[-1]
    return RegisterRow(
        sheet="",
        number=i + 1,
        line_start=line_start,
        payee=payee,
        payee_span=payee_span,
        date=None,
        description=None,
        amount=_figure(amount),
        amount_span=(starts[i] + amount.start("figure"), starts[i] + amount.end("figure")),
        currency=cells_currency([lines[i]]) or ("USD" if "$" in lines[i] else None),
        cells=tuple(lines[i].split()),
        line=lines[i],
        by_cells=by_cells,
        person=person,
    )
