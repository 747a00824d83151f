"""Who a register's payees are, by the register's own evidence over the whole document: a payee of a person's form
whose given name the Census lists lack is a person where the register pays people by such names
(`payees.people_paid`), and a payee read as a person only because one of its two plain words is a common given name
("GOLDEN SUMMIT", "MAX HARBOR", "STERLING CEDAR") is a company where the register prints its people in a form no
company takes ("QUILLON, DANA", "DANA M QUILLON": a surname and a comma, or a middle initial) and nothing it prints
with the name says a person was paid ("MILEAGE REIMB", "REFUND": `data/payees.json` person_payment_words). Such a
register names every person it pays in that form, so a plain "GIVEN WORD" among its payees is a firm's name.
"""

from __future__ import annotations

from dataclasses import replace

from foiakit.extract.ledger import LedgerRow
from foiakit.extract.payees import is_person_by_given_name, people_paid, said_person_paid, set_apart_person
from foiakit.extract.register_cells import RegisterRow

MIN_SET_APART = 1  # payees printed in a person's set-apart form that show how the register prints its people


def people_unnamed(rows: dict[int, tuple[LedgerRow, ...]], texts: dict[int, str]) -> dict[int, tuple[LedgerRow, ...]]:
    """The rows with no payee where the register's evidence says the payee is a person (payees.people_paid: a
    register that pays people by their given names pays "SENAD MRZLJAK" too): their amounts stay prices, tied to
    no vendor; and the rows whose payee was set aside as a person by a given name alone where the register's evidence
    says it is a company (`companies_named_like_people`): their payee restored."""
    printed = [
        row.payee or (row.person if isinstance(row, RegisterRow) else None) for page in rows.values() for row in page
    ]
    memos: dict[str, list[str]] = {}
    for page in rows.values():
        for row in page:
            name = row.payee or (row.person if isinstance(row, RegisterRow) else None)
            if name and isinstance(row, RegisterRow) and row.line:
                memos.setdefault(name, []).append(row.line.replace(name, " "))  # its own lines, less the name
    said = {name: " ".join(lines) for name, lines in memos.items()}
    # in the register's order, which may sort its payees
    people = people_paid([name for name in printed if name], said)
    companies = companies_named_like_people([name for name in printed if name], said)
    if not people and not companies:
        return rows
    return {page: _as_read(page_rows, texts[page], people, companies) for page, page_rows in rows.items()}


def _as_read(
    rows: tuple[LedgerRow, ...], text: str, people: frozenset[str], companies: frozenset[str]
) -> tuple[LedgerRow, ...]:
    """One page's rows, a person's payee taken away, a company's restored where the name is printed last on the page
    up to the row's line: the payment's own line, or the line above that a heading's, an account line's or a total's
    row points to."""
    read: list[LedgerRow] = []
    for row in rows:
        if row.payee in people:
            row = replace(row, payee=None, payee_span=None)
        elif isinstance(row, RegisterRow) and row.payee is None and row.person in companies:
            line_end = text.find("\n", row.line_start)
            at = text.rfind(row.person, 0, line_end if line_end >= 0 else len(text))
            if at >= 0:  # else printed on a page before: left as read
                row = replace(row, payee=row.person, payee_span=(at, at + len(row.person)), person=None)
        read.append(row)
    return tuple(read)


def companies_named_like_people(names: list[str], memos: dict[str, str]) -> frozenset[str]:
    """The payees read as people only by a given name among two plain words, in a register that prints its people
    set apart ("SURNAME, GIVEN", a middle initial), that the register's lines do not say were paid as people."""
    if sum(set_apart_person(name) for name in set(names)) < MIN_SET_APART:
        return frozenset()
    return frozenset(
        name for name in set(names) if is_person_by_given_name(name) and not said_person_paid(memos.get(name, ""))
    )
