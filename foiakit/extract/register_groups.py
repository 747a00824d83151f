"""Payment registers grouped by payee: a report "by vendor" (an accounting package's "Transaction List by Vendor",
"Vendor Detail", "Check Detail") prints each payee's name on a line of its own, the payments to it beneath (type,
date, number, memo, account, amount: no payee column), and a line that totals them, "Total for <the name>" or
"<the name> Total". No header names a payee column, so the group is a register by what it holds: the total line
repeats the heading's name and its amount is the sum of the lines between. Each of those lines is a payment to the
heading's payee, and so is the total; what the payee is (a company, a public body, a person) is decided by
payees.py, as for a register's column.
"""

from __future__ import annotations

import re
from decimal import Decimal

from foiakit.extract.ledger import normal
from foiakit.extract.line_items import cells_currency
from foiakit.extract.payees import is_person_payee
from foiakit.extract.register_lines import RegisterRow

MAX_NAME_WORDS = 10
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
    rows = []
    for n, i in enumerate(members):
        amount = list(_AMOUNT.finditer(lines[i]))[-1]
        line_start = starts[heading] if n == 0 else starts[i]
        rows.append(
            RegisterRow(
                sheet="",
                number=i + 1,
                line_start=line_start,
                payee=payee,
                payee_span=(name_start, name_start + len(name)) if payee else None,
                date=None,
                description=None,
                amount=_figure(amount),
                amount_span=(starts[i] + amount.start("figure"), starts[i] + amount.end("figure")),
                currency=cells_currency([lines[i]]) or ("USD" if "$" in lines[i] else None),
                cells=tuple(lines[i].split()),
                line=lines[i],
            )
        )
    return rows
