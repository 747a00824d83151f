"""What a payment register's payee is by its name: a person ("SURNAME, GIVEN I", "ERICA CONKLIN": a refund, an
employee's reimbursement), a company, a public body ("CAMAS SCHOOL DISTRICT") or a club or association ("HAZEL DELL
SOCIAL COMMITTEE"). A register prints names cut to its column and in capitals, with nothing around them to say
more, so the name's own form decides. Words: `data/given_names.txt` (the US Census lists), `data/payees.json`,
`data/org_words.json`.
"""

from __future__ import annotations

import functools
import re

from foiakit.extract.ledger import normal
from foiakit.extract.lexicon import given_names, known_orgs, words

_PERSON = re.compile(r"^[A-Z][A-Za-z'’-]+,\s*[A-Z][A-Za-z'’-]+(?:\s+[A-Z]\.?)?$")
_INVERTED = re.compile(
    r"^(?P<surname>[A-Z][A-Za-z'’-]+),\s*(?P<given>[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+\.?){1,2})$"
)


def is_inverted_person(name: str) -> bool:
    """ "QUILLON, DANA M", "SCALA, MURIEL ELIZABETH": a surname, a comma and given names, none a business word
    ("ACME, INC" is none)."""
    if not (_PERSON.match(name) or _INVERTED.match(name)):
        return False
    return not any(w.strip(".,").lower() in _business_words() for w in name.split())


def is_person(name: str) -> bool:
    """ "QUILLON, DANA M", "ERICA CONKLIN", "CONKLIN ERICA", "ERICA M CONKLIN", "VAN OOSTEN NICHOLAS": a person's
    name by its form."""
    if _PERSON.match(name) or _INVERTED.match(name):
        return is_inverted_person(name)
    words = [w.strip(".,").lower() for w in name.split()]
    if len(words) == 3 and len(words[1]) == 1:
        words = [words[0], words[2]]  # a middle initial
    elif len(words) == 3 and words[0] in _particles():
        words = [words[0] + words[1], words[2]]  # "VAN OOSTEN NICHOLAS": a surname of two words, a given name
    elif len(words) == 3 and words[1] in _particles():
        words = [words[0], words[1] + words[2]]  # "NICHOLAS VAN OOSTEN"
    if len(words) != 2 or not all(w.isalpha() and len(w) >= 2 for w in words):
        return False
    if any(w in _business_words() for w in words):
        return False  # "Dale Systems", "Grant Labs": a given name that begins a company's name
    return words[0] in given_names() or words[1] in given_names()


_NICKNAME = re.compile(r"\s*\([A-Za-z'’ -]+\)")


def is_person_payee(name: str) -> bool:
    """A register's payee that is a person, "SURNAME, GIVEN" or "GIVEN SURNAME", a nickname in brackets or not
    ("DANA (DEE) QUILLON", "QUILLON, DANA (DEE)")."""
    plain = " ".join(_NICKNAME.sub(" ", name).split())
    return is_person(plain) or is_inverted_person(plain)


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


@functools.cache
def _particles() -> frozenset[str]:
    return frozenset(normal(w) for w in words("payees")["surname_particles"])


def public_body_form(name: str) -> bool:
    """A public body by its name's form as a register prints it, its head cut at the column's width ("ALDER UNIFIED
    SCHOOL DISTR", "ALDER UNIFIED SCHOO"): the words of a public body's ending, the last one cut short."""
    words_ = normal(name).split()
    if len(words_) < 3 or len(words_[-1]) < 3:
        return False
    for end in _payee_words()["public_body_ends"]:
        heads = end.split()
        for k in range(2, len(heads) + 1):
            said, cut_word = words_[-k:-1], words_[-1]
            if said == heads[: k - 1] and heads[k - 1].startswith(cut_word) and heads[k - 1] != cut_word:
                return True
    return False


@functools.cache
def _payee_words() -> dict[str, tuple[str, ...]]:
    data = words("payees")
    ends = words("org_words")["public_body_ends"] | data["register_body_ends"]
    return {
        "public_body_ends": tuple(sorted(normal(w) for w in ends)),
        "non_profit_words": tuple(sorted(normal(w) for w in data["non_profit_words"])),
    }


_LISTED: list[tuple[object, frozenset[str]]] = []  # one slot: the lists change only with --patterns or withheld names


def _listed_agencies() -> frozenset[str]:
    """The shipped (and --patterns) agency names and aliases, as `normal` writes a payee."""
    orgs = known_orgs()
    if not _LISTED or _LISTED[0][0] is not orgs:
        names = frozenset(" ".join(normal(n).split()) for org in orgs if org.kind == "agency" for n in org.names)
        _LISTED[:] = [(orgs, names)]
    return _LISTED[0][1]


@functools.cache
def company_forms() -> frozenset[str]:
    return frozenset(normal(w) for w in words("org_words")["legal_forms"])


@functools.cache
def legal_forms() -> frozenset[str]:
    return frozenset(normal(w) for w in words("org_words")["corporate_suffixes"])


def payee_kind(name: str, public_body: bool = False) -> str | None:
    """What a text register's payee is by its name: "vendor" (a company), "agency" (a public body: `public_body`
    when the caller's reading of organisations already says so, or a name ending in a public body's head), or None
    for a person, a club, association or other non-profit body, or a label (its payment stays a price, tied to no
    vendor). Words: `data/payees.json`. (A PDF table's payees, in mixed case and of every layout, are judged only
    by `is_inverted_person` and labels: two words of which one is a given name are as often a firm's there.)"""
    if is_person(name) or ":" in name:
        return None  # a person; a label and its count ("Regular Checks: 11")
    words_ = normal(name).split()
    while len(words_) > 1 and words_[-1].isdigit():
        words_.pop()  # "ALDER SCHOOL DIST # 37": the body's number
    joined = f" {' '.join(words_)} "
    if any(w in legal_forms() for w in words_[-2:]):
        return "vendor"  # "ALDER COLLEGE BOOKSTORE, INC": a company whatever it sells to
    lexicon = _payee_words()
    listed = " ".join(words_) in _listed_agencies()  # "INTERNAL REVENUE SERVICE", "IRS": a body the lists know
    if public_body or listed or any(joined.endswith(f" {end} ") for end in lexicon["public_body_ends"]):
        return "agency"
    if public_body_form(name):
        return "agency"
    if any(f" {w} " in joined for w in lexicon["non_profit_words"]):
        return None
    return "vendor"
