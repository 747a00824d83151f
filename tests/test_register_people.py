"""People among a register's payees (extract/payees.py): by the name's own form (a nickname, initials, a middle
initial) and by the register's own evidence (a register sorted by payee sorts a person by the surname). Every name
here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from foiakit.extract.payees import is_person, is_person_payee, people_paid, person_form
from foiakit.model import Document, FileType, Page, SourceFile


@pytest.mark.parametrize(
    ("payee", "person"),
    [
        ("DENNIS (DOC) QUELLING", True),  # a nickname in brackets
        ("QUELLING, DORVAN (DOC)", True),
        ("TREMBATH, C E", True),  # a surname and initials
        ("TREMBATH, C.", True),
        ("ORSK J VELLAMAN", True),  # a middle initial: a person whatever the given name
        ("KESTREL J PAVING", False),  # a business word
        ("ACME, INC", False),
        ("J W PELLMONT", False),  # initials first: a firm's form as often as a person's
        ("Corbin & Stacey", False),  # two names joined by an ampersand: a firm ("&" is no middle initial)
        ("MARLOW & HENRY", False),
        ("Otis Elevator", False),  # a given name and a trade's word (payees.json business_words): a firm
        ("DORIS FENCING", False),
    ],
)
def test_a_person_by_the_names_form(payee: str, person: bool) -> None:
    assert is_person_payee(payee) is person


@pytest.mark.parametrize(
    ("payee", "formed"),
    [
        ("ORSK VELLAMAN", True),  # two plain words
        ("DAVRO-TEMIL OSSANKA", True),  # a hyphenated given name
        ("ORSK VELLAMAN TARRASCO", True),  # three words
        ("QUARRYSTONE TROPHIES", False),  # a business word
        ("BRIMLOW SPORTING GOODS", False),
        ("TARRAN'S GRILL", False),  # a possessive
        ("CAMP WELLOW OF ASHBY", False),  # a connector
        ("WESTMERE SOCCER CLUB", False),  # a club
        ("PELLMONT", False),  # one word
        ("HALVERN UNIFIED SCHOOL DISTRICT", False),
    ],
)
def test_a_persons_form(payee: str, formed: bool) -> None:
    assert person_form(payee) is formed


SORTED = [
    "ASHGROVE PAVING INC",
    "ORSK BALLANTREE",  # unknown given name, sorted under B by the surname
    "DENNIS CORVELLO",
    "DUNHOLLOW ELECTRIC",
    "LAURA FENWICK",
    "VALDO GRISHAM",  # sorted under G
    "ANITA HOLLERAN",
    "KESTREL LUMBER CO",
    "ZEFFIRO MARCHETTI",  # sorted under M
    "GREGORY NORWOOD",
    "QUARRYSTONE SIGNS",
    "RAYMOND TENNICK",
    "TAMBERLIN VOSS",  # a company named by two plain words, sorted under T by its first word
    "WYNDALE ROOFING LLC",
]


def test_a_register_sorted_by_payee_sorts_a_person_by_the_surname() -> None:
    known = {name for name in SORTED if is_person(name)}
    assert known == {"DENNIS CORVELLO", "LAURA FENWICK", "ANITA HOLLERAN", "GREGORY NORWOOD", "RAYMOND TENNICK"}
    found = people_paid(SORTED)
    assert found - known == {"ORSK BALLANTREE", "VALDO GRISHAM", "ZEFFIRO MARCHETTI"}
    assert "TAMBERLIN VOSS" not in found  # its first word is in the register's order, its last is not


def test_a_register_in_check_order_or_paying_few_people_gives_no_such_evidence() -> None:
    by_check = [SORTED[i] for i in (9, 2, 12, 0, 5, 11, 3, 8, 13, 4, 1, 10, 6, 7)]
    assert people_paid(by_check) == {n for n in SORTED if is_person(n)}
    few = ["ASHGROVE PAVING INC", "ORSK BALLANTREE", "DENNIS CORVELLO", "DUNHOLLOW ELECTRIC", "VALDO GRISHAM"]
    assert people_paid(few) == {"DENNIS CORVELLO"}  # one known person: the register is no evidence


def test_a_sorted_registers_people_have_no_payee() -> None:
    from foiakit.extract.register_lines import document_register_rows

    lines = ["CHECK NO   CHECK DATE   VENDOR NAME   AMOUNT"]
    lines += [f"{5100 + i}   07/0{1 + i % 9}/24   {name}   {100 + i}.25" for i, name in enumerate(SORTED)]
    text = "\n".join(lines) + "\n"
    source = SourceFile(Path("register.pdf"), "register.pdf", "2" * 64, 1, FileType.PDF)
    document = Document(source=source, pages=(Page(1, text, False, ""),))
    rows = document_register_rows(document)[1]
    payees = {row.payee for row in rows}
    assert {"ASHGROVE PAVING INC", "TAMBERLIN VOSS", "WYNDALE ROOFING LLC"} <= payees
    assert not payees & {"ORSK BALLANTREE", "VALDO GRISHAM", "ZEFFIRO MARCHETTI", "DENNIS CORVELLO"}
    assert len(rows) == len(SORTED)  # every payment stays a row: a person's amount is a price with no vendor


@pytest.mark.parametrize(
    ("name", "memo", "person"),
    [
        ("ORSK VELLAMAN", "40211   07/02/24   MILEAGE REIMB   42.10", True),
        ("ORSK VELLAMAN", "40212   07/02/24   OFFICIATING 5/22   85.00", True),
        ("ORSK VELLAMAN", "40213   07/02/24   PARTS REPAIR   85.00", False),  # no evidence: a name the lists lack
        ("KESTREL TRAVEL", "40214   07/02/24   TRAVEL 5/22   85.00", False),  # a business word: a company's name
        ("TAMBERLIN VOSS", "40215   07/02/24   REFUND OF DEPOSIT   85.00", True),  # a plain name refunded
    ],
)
def test_a_payment_for_what_people_are_paid_for_names_a_person(name: str, memo: str, person: bool) -> None:
    assert (name in people_paid([name], {name: memo})) is person
