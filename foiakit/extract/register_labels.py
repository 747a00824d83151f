"""Payment registers whose check lines label their payee: a detail check register prints each payment as a line of
labelled cells ("Check Number: 4471   Check Date: 03/02/2025   Vendor: 00912   LARKSPUR FENCE CO   Check Total:
1,250.00") and the invoice lines it pays under it ("8841   02/20/2025   GATE HINGES   10 0100 2600   1,250.00"). No
column header names a payee, so the label does: a cell whose words before the colon are a payee header's ("Vendor:",
"Payee:", "Paid To:", `data/ledger.json`) is followed by the payee, in the same cell after an id ("Vendor: 00912
LARKSPUR FENCE CO") or in the next cell ("Vendor: 00912" then "LARKSPUR FENCE CO"). The line's last amount is the
payment; each amount line under it, up to the next labelled payee or a total, is the same payee's (an invoice or
account line) while the lines sum to no more than the payment (a line that would pass it is another payment's,
printed out of its place: it and the lines after it are tied to no one); a total ("Total without Voids: 3,310.00")
sums several payments and is no one's. A labelled line that prints no name (its name was wrapped elsewhere on the
page) starts a payment of no known payee, so the lines under it are tied to no one rather than to the payee above;
so are the amount lines at the top of a page, before its first labelled payment (a payment begun on the page
before).

Only lines with gaps (a text layer's cells) are read: OCR text gives no cells to tell a label's value from the
next field.
"""

from __future__ import annotations

import re
from decimal import Decimal

from foiakit.extract.cells import cells as line_cells
from foiakit.extract.ledger import header_words, normal
from foiakit.extract.line_items import cells_currency
from foiakit.extract.payees import is_person_payee
from foiakit.extract.register_cells import AMOUNT, SUM_WORDS, RegisterRow, has_gaps, is_name_cell, name_part

MIN_PAYMENTS = 2  # one labelled line is a form's field ("Vendor: Acme"), not a register
_ID = re.compile(r"^[\w-]*\d[\w-]*$")  # "00912", "V-1044": a vendor number before the name


def labelled_rows(text: str) -> tuple[RegisterRow, ...]:
    """The payments of the page's lines that label their payee, and the invoice lines under each."""
    found: list[RegisterRow] = []
    payee: tuple[str, tuple[int, int]] | None = None  # the payee of the payment being read, where it is printed
    paying = False  # under a labelled payment line (a payee known or not)
    left: Decimal | None = None  # what the payment's lines under it may still add up to
    payments = 0
    offset = 0
    for number, line in enumerate(text.split("\n"), 1):
        start = offset
        offset += len(line) + 1
        if not has_gaps(line):
            continue
        spans = line_cells(line, 0, len(line))
        label = _payee_label(line, spans)
        amounts = list(AMOUNT.finditer(line))
        if label is not None:
            payments += 1
            paying = True
            named = _payee_after(line, spans, label)
            person = named[0] if named is not None and is_person_payee(named[0]) else None
            at = start + named[1] if named is not None else start
            payee = None if named is None or person else (named[0], (at, at + len(named[0])))
            left = _figure(amounts[-1]) if amounts else None
            if amounts and not _zero(amounts[-1]):
                found.append(_row(number, start, line, amounts[-1], payee, person))
            continue
        if not amounts or _zero(amounts[-1]):
            continue
        if not paying:
            if payments == 0:  # before the page's first labelled payment: a payment's lines from the page before
                found.append(_row(number, start, line, amounts[-1], None))
            continue
        words = set(normal(line[: amounts[-1].start()]).split())
        if words & SUM_WORDS:  # "Total without Voids:": several payments' sum, no one's; a new run follows
            found.append(_row(number, start, line, amounts[-1], None))
            paying, payee = False, None
            continue
        if left is not None and _figure(amounts[-1]) > left:
            payee, left = None, None  # more than the payment has left: another payment's line
        elif left is not None:
            left -= _figure(amounts[-1])
        found.append(_row(number, start, line, amounts[-1], payee))
    return tuple(found) if payments >= MIN_PAYMENTS else ()


def _payee_label(line: str, spans: list[tuple[int, int]]) -> int | None:
    """The index of the cell that labels the payee ("Vendor:", "Vendor: 00912", "Payee:")."""
    for i, (s, e) in enumerate(spans):
        cell = line[s:e]
        if ":" not in cell:
            continue
        said = normal(cell.split(":", 1)[0])
        if said in header_words()["payee"]:
            return i
    return None


def _payee_after(line: str, spans: list[tuple[int, int]], label: int) -> tuple[str, int] | None:
    """The payee the label gives and where on the line it begins: the rest of the label's cell after an id, else
    the next cell, when it is a name (None when no name follows: "Vendor: 0412   Check Total:")."""
    s, e = spans[label]
    rest = line[s:e].split(":", 1)[1]
    words = rest.split()
    while words and _ID.match(words[0]):
        words.pop(0)
    if words:
        name = " ".join(words)
        at = line.index(name, s) if name in line[s:e] else None
        candidates = [(name, at)] if at is not None else []
    else:
        candidates = [(line[a:b], a) for a, b in spans[label + 1 : label + 2]]
    for name, at in candidates:
        if ":" in name or not is_name_cell(name):
            return None
        return name_part(name).rstrip(" ,"), at
    return None


def _figure(amount: re.Match[str]) -> Decimal:
    return Decimal(amount.group("figure").replace(",", ""))


def _zero(amount: re.Match[str]) -> bool:
    return _figure(amount) == 0


def _row(
    number: int,
    start: int,
    line: str,
    amount: re.Match[str],
    payee: tuple[str, tuple[int, int]] | None,
    person: str | None = None,
):
    figure = _figure(amount)
    return RegisterRow(
        sheet="",
        number=number,
        line_start=start,
        payee=payee[0] if payee else None,
        payee_span=payee[1] if payee else None,  # where the payee is printed: this line or the payment's above
        date=None,
        description=None,
        amount=figure,
        amount_span=(start + amount.start("figure"), start + amount.end("figure")),
        currency=cells_currency([line]) or ("USD" if "$" in line else None),
        cells=tuple(line.split()),
        line=line,
        by_cells=True,
        person=person,  # a person named as the payee: no payee, and evidence the register pays people
    )
