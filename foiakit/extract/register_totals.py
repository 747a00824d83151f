"""A register's lines that are not payments of their own (register_lines.py): an account line under a payment
("90 E 530 9900 … $139,114.70", no name), whose amount is the payment's above; a total ("TOTAL CHECK 825.75",
"Vendor Total: 1,304.28"), whose amount is the payee's when the lines it sums are one payee's, else no one's (a
fund's or a page's total); a label and its count ("Regular Checks: 2 $7,395.32"), whose amount is no one's and
which begins a new run of payments. A register that dates its payments prints the invoice and account lines under
each undated, their words at another field (`undated_under_dated`): they are the payment's lines, not payments."""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, replace
from decimal import Decimal

from foiakit.extract.ledger import LedgerRow, normal
from foiakit.extract.lexicon import words
from foiakit.extract.line_items import cells_currency
from foiakit.extract.register_cells import AMOUNT, SUM_WORDS, RegisterRow, Wrap, cells, has_gaps, is_payment_type

MIN_DATED = 2  # dated payments that show a register dates its payments (and prints its account lines undated)
_DATE = re.compile(r"^\d{1,2}/\d{1,2}/\d{2,4}$")


@dataclass(frozen=True, slots=True)
class Owned:
    """A line under a register whose amount belongs to a payment above it: an account line ("90 E 530 9900 …
    $139,114.70", no name) or a total ("TOTAL CHECK 825.75")."""

    kind: str  # "account", "total", or "label" (a labelled count: "Regular Checks: 2 $7,395.32")
    number: int
    line_start: int
    line: str
    amount: Decimal
    amount_span: tuple[int, int]


def _before_payee(row: LedgerRow) -> tuple[str, ...]:
    """The fields a register line prints before its payee (check number, date, codes)."""
    if row.payee_span is None or not isinstance(row, RegisterRow) or row.payee_span[0] < row.line_start:
        return ()
    return tuple(row.line[: row.payee_span[0] - row.line_start].split())


def _one_sum(rows: list[LedgerRow], amount: Decimal) -> bool:
    return len({normal(r.payee or "") for r in rows}) == 1 and sum(r.amount for r in rows) == amount


def labelled(line: str, line_start: int, number: int) -> Owned:
    """A line of words and a label's colon before its amount: a total when a word of it says so ("Vendor Total:
    1,304.28"), else a label and its count ("Regular Checks: 2 $7,395.32"), whose amount is no one's."""
    amount = list(AMOUNT.finditer(line))[-1]
    if set(normal(line[: amount.start()]).split()) & (SUM_WORDS - {"page", "grand"}):
        span = (line_start + amount.start("figure"), line_start + amount.end("figure"))
        return Owned("total", number, line_start, line, Decimal(amount.group("figure").replace(",", "")), span)
    return Owned("label", number, line_start, line, Decimal(0), (line_start, line_start))


def payee_total(total: Owned, run: list[LedgerRow]) -> bool:
    """Whether a total closes one payee's lines (a bills list names its vendor on the first line of each group and
    prints a "Vendor Total:" under it; a report by vendor prints "Total for <the vendor>"): its label says it is a
    payee's total, the lines since the last total sum to it, and the first of them names a payee."""
    if not run or run[0].payee is None or sum(r.amount for r in run) != total.amount or len(run) < 2:
        return False
    label = normal(total.line[: total.amount_span[0] - total.line_start])
    said = set(label.split()) & _payee_total_words()
    return bool(said) or f" {normal(run[0].payee)} " in f" {label} "


@functools.cache
def _payee_total_words() -> frozenset[str]:
    return frozenset(normal(w) for w in words("payees")["payee_total_words"])


def of_first(row: LedgerRow, first: LedgerRow) -> LedgerRow:
    """A row of a payee's group, its payee the group's first line's (printed on that line)."""
    return row if row is first else replace(row, payee=first.payee, payee_span=first.payee_span)


def owned(line: Owned, above: list[LedgerRow]) -> RegisterRow | None:
    """An account line's or a total's row: its amount tied to the payment above it (an account line to the last
    payment; a total to the payee of the lines it sums when they are one payee: the last payment's lines, or all
    since the last total; a fund's or a page's total, of several payees, to none)."""
    if not above and line.kind != "account":
        return None
    owner: LedgerRow | None = above[-1] if above else None  # an account line atop a page: a payment's begun before
    if line.kind == "total":  # "TOTAL CHECK 305.50" under the lines of one payment that sum to it
        payment = [above[-1]]
        for row in reversed(above[:-1]):  # the lines of the last payment: the same fields before the payee
            if not _before_payee(row) or _before_payee(row) != _before_payee(above[-1]):
                break
            payment.insert(0, row)
        owner = next((above[-1] for rows in (payment, above) if _one_sum(rows, line.amount)), None)
    return RegisterRow(
        sheet="",
        number=line.number,
        line_start=line.line_start,
        payee=owner.payee if owner else None,
        payee_span=owner.payee_span if owner else None,  # where the payee is printed, on a line above
        date=None,
        description=None,
        amount=line.amount,
        amount_span=line.amount_span,
        currency=cells_currency([line.line]) or ("USD" if "$" in line.line else None),
        cells=tuple(line.line.split()),
        line=line.line,
        by_cells=has_gaps(line.line),  # a line of cells: the register's reading of it stands (no payee of its own)
        person=getattr(owner, "person", None) if owner else None,  # a person's payment's line (register_people.py)
    )


def _dated(line: str) -> bool:
    """Whether the line prints a date among the fields before its first word of letters ("104201 06/11/2024 007801
    TENNICK LUMBER CO"): a payment line's date, where an invoice or account line under it prints none."""
    fields = [line[s:e] for s, e in cells(line)] if has_gaps(line) else line.split()
    for field in fields:
        if is_payment_type(field):
            continue  # "Check   7101   10/25/2024": the payment's type before its date
        for word in field.split():
            if _DATE.match(word):
                return True
            if sum(c.isalpha() for c in word) >= 2:
                return False
    return False


def undated_under_dated(
    pending: list[tuple[RegisterRow, int] | Owned | Wrap],
) -> list[tuple[RegisterRow, int] | Owned | Wrap]:
    """A register that dates its payments (a date before each payee, the payees at one field) prints the invoice or
    account lines of each payment under it with no date of their own and their words at another field ("INV 29316
    PARTS PO 2447 434.12", "21-4498-726 Service 1,980.74"): such a line is the payment's, its amount the payee's
    above, its words a description, not a payee. A report that prints one check a page shows one dated payment
    there, and it is the page's first: the undated lines under it are its distribution lines the same way."""
    payments = [read for read in pending if isinstance(read, tuple)]
    dated = [lead for row, lead in payments if _dated(row.line)]
    heads = len(dated) == 1 and _dated(payments[0][0].line)  # a page of one check: its line heads the page's lines
    if len(dated) < MIN_DATED and not heads:
        return pending
    field, count = Counter(dated).most_common(1)[0]
    if 2 * count <= len(dated):
        field = -min(dated)  # no one field: a line that begins its words before every payment's payee is no payment
    if field == 0:
        return pending
    kept: list[tuple[RegisterRow, int] | Owned | Wrap] = []
    for read in pending:  # such lines atop the page, before its first payment, are a payment's begun on the page before
        if isinstance(read, tuple) and not _dated(read[0].line) and _elsewhere(read[1], field):
            row = read[0]
            kept.append(Owned("account", row.number, row.line_start, row.line, row.amount, row.amount_span))
        elif not (isinstance(read, Wrap) and kept and isinstance(kept[-1], Owned)):
            kept.append(read)  # a wrapped name's words under a line now a description's are no name
    return kept


def _elsewhere(lead: int, field: int) -> bool:
    """Whether a payee read at `lead` is not at the register's payee field (a negative field: its least)."""
    return lead != field if field > 0 else lead < -field
