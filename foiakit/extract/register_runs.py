"""Payment registers printed as run-in prose: a public notice or annual statement that lists what a body paid as one
paragraph of "Payee $amount;" pairs ("Ambius $3,336.00; ASI Signage Innovations $4,216.50; …"), wrapped at the
page's width with no columns, so a payee name or its amount is as often cut by a line end as not.

No header names the columns: the paragraph is a register by what it holds, a run of amounts each closing a name and
each followed by a semicolon. Each amount's payee is the text between it and whatever closes the payment before (the
semicolon, a bracket, the amount before it: a missing semicolon does not merge two payees), across line ends. An
amount inside the paragraph that closes no name (a salary band "$25,000 - $49,999", a threshold "less than $2,500")
is no payment; a payment whose text is no name ("All other vendors less than $2,500 - $83,982.52") keeps its amount
with no payee. What a payee is (a company, a public body, a person, a label such as "Personnel: Gross Salaries") is
decided by payees.py, as for a register's column.
"""

from __future__ import annotations

import re
from decimal import Decimal

from foiakit.extract.money_clauses import pay_label
from foiakit.extract.register_lines import RegisterRow

MIN_RUN = 4  # amounts followed by a semicolon: fewer are a sentence's list, not a register
MAX_NAME_WORDS = 12
_AMOUNT = re.compile(r"\$\s?(?P<figure>\d{1,3}(?:,\d{3})+|\d+)(?P<cents>\.\d{2})?(?![\d,]*\.?\d)")
_CLOSE = re.compile(r"[;)]")  # what ends a payment's text before the next payee (besides the amount itself)
_SEPARATED = re.compile(r"\s*;")
_LEAD_JUNK = re.compile(r"^[\s.,;:\-–]+")


def run_in_rows(text: str) -> tuple[RegisterRow, ...]:
    """The payments of the page's run-in register paragraphs, one row per amount that closes a payee."""
    amounts = [m for m in _AMOUNT.finditer(text) if _closes_payment(text, m)]
    rows: list[RegisterRow] = []
    for run in _runs(text, amounts):
        rows.extend(_rows(text, run))
    return tuple(rows)


def _closes_payment(text: str, amount: re.Match[str]) -> bool:
    """An amount with cents, or a whole one a semicolon or full stop follows ("News Bank, Inc. $3,000;"): a band's
    bound ("Under $25,000 (") is followed by neither."""
    after = text[amount.end() : amount.end() + 2]
    return amount.group("cents") is not None or after[:1] == ";" or after in {".", ". ", ".\n"}


def _runs(text: str, amounts: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """The amounts grouped by paragraph (no blank line between them), each group kept when enough of them end with
    a semicolon, from the first such line on: a receipts table above ("2. Photocopies $5,745.14") is no part of it."""
    groups: list[list[re.Match[str]]] = []
    for amount in amounts:
        if groups and "\n\n" not in text[groups[-1][-1].end() : amount.start()]:
            groups[-1].append(amount)
        else:
            groups.append([amount])
    runs = []
    for group in groups:
        separated = [i for i, m in enumerate(group) if _SEPARATED.match(text, m.end())]
        if len(separated) < MIN_RUN:
            continue
        first_line = text.rfind("\n", 0, group[separated[0]].start()) + 1
        runs.append([m for m in group if m.start() >= first_line])
    return runs


def _rows(text: str, run: list[re.Match[str]]) -> list[RegisterRow]:
    rows = []
    boundary = text.rfind("\n", 0, run[0].start()) + 1
    for amount in run:
        closed = [m.end() for m in _CLOSE.finditer(text, boundary, amount.start())]
        start = max([boundary, *closed])
        name_text = text[start : amount.start()]
        start += len(name_text) - len(_LEAD_JUNK.sub("", name_text))
        name = " ".join(text[start : amount.start()].split()).rstrip(" -–,")
        boundary = amount.end()
        if sum(c.isalpha() for c in name) < 3 or pay_label(name):
            continue  # "$25,000 - $49,999": a band's bound; "Personnel: Gross Salaries & Wages": pay, no price
        payee = name if _is_name(name) else None
        figure = amount.group("figure").replace(",", "") + (amount.group("cents") or "")
        rows.append(
            RegisterRow(
                sheet="",
                number=text.count("\n", 0, amount.start()) + 1,
                line_start=start,
                payee=payee,
                payee_span=(start, start + len(text[start : amount.start()].rstrip(" -–,\n"))) if payee else None,
                date=None,
                description=None,
                amount=Decimal(figure),
                amount_span=(amount.start(), amount.end()),
                currency="USD",
                cells=(),
                line=text[start : amount.end()],
            )
        )
    return rows


def _is_name(name: str) -> bool:
    """A payee's name: words, more letters than figures, no amount inside ("less than $2,500 -" is a label)."""
    return (
        "$" not in name
        and len(name.split()) <= MAX_NAME_WORDS
        and sum(c.isalpha() for c in name) > sum(c.isdigit() for c in name)
    )
