"""Bills lists by vendor whose vendor line is an invoice's: a board's accounts-payable report prints, for each
invoice, a line of the vendor's name, the invoice number, its date (and a PO) and the invoice's amount, the invoice's
distribution lines (description, account, amount), and under each vendor's invoices a "Vendor Total:" line. The
text layer does not always keep the printed order (a report's distribution lines may come before their invoice
line), so a vendor's group is read by what it holds, not by where its name stands: the lines since the last total up
to a payee's total ("Vendor Total:", "Payee Total:", `data/payees.json` payee_total_words) are one vendor's when
the dated lines among them (a name in the first cell, a date in a later one) all name it and their amounts sum to the
total. Every amount of the group, and the total, is then that vendor's; a person's group ("SURNAME, GIVEN") is priced
with no vendor. Other totals after such groups ("Fund Total:", "Checking Account Total:") sum several vendors and are
no one's. A group whose vendor line is on the page before (its total at the top of this page) names no one here.

Only lines with gaps (a text layer's cells) are read; a page needs two such groups to be a bills list.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from foiakit.extract.cells import cells as line_cells
from foiakit.extract.ledger import normal
from foiakit.extract.lexicon import words
from foiakit.extract.line_items import cells_currency
from foiakit.extract.payees import is_person_payee
from foiakit.extract.register_cells import AMOUNT, RegisterRow, has_gaps, is_name_cell, name_part

MIN_GROUPS = 2
_DATE = re.compile(r"^\d{1,2}[/-]\d{1,2}[/-]\d{2,4}$")
_CODE = re.compile(r"^(?=(?:\D*\d){3})[\w./-]+$")  # "A25112", "88-1042": an invoice number run into the name


@functools.cache
def _payee_total_words() -> frozenset[str]:
    return frozenset(normal(w) for w in words("payees")["payee_total_words"])


def bills_rows(text: str) -> tuple[RegisterRow, ...]:
    """The amounts of the page's vendor groups, each tied to the group's vendor, and the totals over them."""
    found: list[RegisterRow] = []
    group: list[tuple[int, int, str, re.Match[str]]] = []  # (line number, line start, line, its last amount)
    groups = 0
    offset = 0
    for number, line in enumerate(text.split("\n"), 1):
        start = offset
        offset += len(line) + 1
        amounts = list(AMOUNT.finditer(line))
        if not amounts or not has_gaps(line) or _figure(amounts[-1]) == 0:
            continue
        label = set(normal(line[: amounts[-1].start()]).split())
        if "total" not in label and "totals" not in label:
            group.append((number, start, line, amounts[-1]))
            continue
        if label & _payee_total_words():
            payee = _group_payee(group, _figure(amounts[-1]))
            if payee is not False:
                groups += 1
                named = None if payee is None else payee
                found.extend(_row(n, s, ln, a, named) for n, s, ln, a in group)
                found.append(_row(number, start, line, amounts[-1], named))
        elif groups:  # a fund's or an account's total over the vendors above: no one's
            found.append(_row(number, start, line, amounts[-1], None))
        group = []
    return tuple(found) if groups >= MIN_GROUPS else ()


def _group_payee(
    group: list[tuple[int, int, str, re.Match[str]]], total: Decimal
) -> tuple[str, tuple[int, int]] | bool | None:
    """The vendor the group's dated lines name, where the first of them prints it; None for a person; False when the
    group is no one vendor's (no dated line, two names, or the dated lines do not sum to the total)."""
    named: list[tuple[str, int]] = []
    paid = Decimal(0)
    for _, start, line, amount in group:
        name = _dated_name(line)
        if name is None:
            continue
        at = line.find(name)
        if at < 0:
            return False
        named.append((name, start + at))
        paid += _figure(amount)
    if not named or paid != total or len({normal(n) for n, _ in named}) != 1:
        return False
    name, at = named[0]
    if is_person_payee(name):
        return None
    return name, (at, at + len(name))


def _dated_name(line: str) -> str | None:
    """The name in the line's first cell when a later cell before the amount is a date (an invoice's vendor line)."""
    spans = line_cells(line, 0, len(line))
    if len(spans) < 3:
        return None
    first = line[spans[0][0] : spans[0][1]]
    if not any(_DATE.match(line[s:e]) for s, e in spans[1:-1]) or not is_name_cell(first):
        return None
    words_ = name_part(first).split()
    while len(words_) > 1 and _CODE.match(words_[-1]):
        words_.pop()  # "… BOARD A25112": the invoice number's cell run into the name's at a narrow gap
    return " ".join(words_).rstrip(" ,") or None


def _figure(amount: re.Match[str]) -> Decimal:
    return Decimal(amount.group("figure").replace(",", ""))


def _row(
    number: int, start: int, line: str, amount: re.Match[str], payee: tuple[str, tuple[int, int]] | None
) -> RegisterRow:
    return RegisterRow(
        sheet="",
        number=number,
        line_start=start,
        payee=payee[0] if payee else None,
        payee_span=payee[1] if payee else None,  # where the vendor is printed: this line or another of its group
        date=None,
        description=None,
        amount=_figure(amount),
        amount_span=(start + amount.start("figure"), start + amount.end("figure")),
        currency=cells_currency([line]) or ("USD" if "$" in line else None),
        cells=tuple(line.split()),
        line=line,
        by_cells=True,
    )
