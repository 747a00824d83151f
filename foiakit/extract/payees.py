"""What a payment register's payee is by its name: a person ("SURNAME, GIVEN I", "ERICA CONKLIN": a refund, an
employee's reimbursement), a company, a public body ("CAMAS SCHOOL DISTRICT") or a club or association ("HAZEL DELL
SOCIAL COMMITTEE"). A register prints names cut to its column and in capitals, with nothing around them to say
more, so the name's own form decides, and, for a name of a person's form whose given name the Census lists lack, the
register's own evidence: what it says the payment was for, and where it sorts the name (`people_paid`). Words:
`data/given_names.txt` (the US Census lists), `data/payees.json`, `data/org_words.json`.
"""

from __future__ import annotations

import functools
import itertools
import re

from foiakit.extract.ledger import normal
from foiakit.extract.lexicon import given_names, known_orgs, words

_PERSON = re.compile(r"^[A-Z][A-Za-z'’-]+,\s*[A-Z][A-Za-z'’-]+(?:\s+[A-Z]\.?)?$")
_INITIALS = re.compile(r"^[A-Z][A-Za-z'’-]+,\s*[A-Z]\.?(?:\s*[A-Z]\.?)?$")  # "DONNELLY, C E": a surname and initials
_INVERTED = re.compile(
    r"^(?P<surname>[A-Z][A-Za-z'’-]+),\s*(?P<given>[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+\.?){1,2})$"
)


def is_inverted_person(name: str) -> bool:
    """ "QUILLON, DANA M", "SCALA, MURIEL ELIZABETH", "QUILLON, D M": a surname, a comma and given names or their
    initials, none a business word ("ACME, INC" is none)."""
    if not (_PERSON.match(name) or _INVERTED.match(name) or _INITIALS.match(name)):
        return False
    return not any(w.strip(".,").lower() in _business_words() for w in name.split())


def is_person(name: str) -> bool:
    """ "QUILLON, DANA M", "ERICA CONKLIN", "CONKLIN ERICA", "ERICA M CONKLIN", "CONKLIN ERICA M", "VAN OOSTEN
    NICHOLAS": a person's name by its form."""
    if _PERSON.match(name) or _INVERTED.match(name) or _INITIALS.match(name):
        return is_inverted_person(name)
    words = [w.strip(".,").lower() for w in name.split()]
    if len(words) == 3 and len(words[1]) == 1 and words[1].isalpha() and person_form(name):
        return True  # "ORLAN J VESSEY": a given name, a middle initial and a surname, whatever the given name
    if len(words) == 3 and len(words[1]) == 1 and words[1].isalpha():
        words = [words[0], words[2]]  # a middle initial
    elif len(words) == 3 and len(words[2]) == 1 and words[2].isalpha():
        words = words[:2]  # "QUILLON DANA M": a surname, a given name and its middle initial, no comma
    elif len(words) == 3 and words[0] in _particles():
        words = [words[0] + words[1], words[2]]  # "VAN OOSTEN NICHOLAS": a surname of two words, a given name
    elif len(words) == 3 and words[1] in _particles():
        words = [words[0], words[1] + words[2]]  # "NICHOLAS VAN OOSTEN"
    if len(words) != 2 or not all(w.isalpha() and len(w) >= 2 for w in words):
        return False
    if any(w in _person_shunned() for w in words):
        return False  # "Dale Systems", "Grant Labs", "Otis Elevator": a given name that begins a company's name
    return words[0] in given_names() or words[1] in given_names()


_NICKNAME = re.compile(r"\s*\([A-Za-z'’ -]+\)")


def is_person_payee(name: str) -> bool:
    """A register's payee that is a person, "SURNAME, GIVEN" or "GIVEN SURNAME", a nickname in brackets or not
    ("DANA (DEE) QUILLON", "QUILLON, DANA (DEE)")."""
    plain = " ".join(_NICKNAME.sub(" ", name).split())
    return is_person(plain) or is_inverted_person(plain)


def set_apart_person(name: str) -> bool:
    """A person's name in a form no company's takes: "QUILLON, DANA", "QUILLON, D M" (a surname and a comma),
    "DANA M QUILLON" or "QUILLON DANA M" (a middle initial)."""
    plain = " ".join(_NICKNAME.sub(" ", name).split())
    words = plain.split()
    initial = len(words) == 3 and (len(words[1].strip(".")) == 1 or len(words[2].strip(".")) == 1)
    middle = initial and person_form(plain) and is_person(plain)
    return is_inverted_person(plain) or middle


def is_person_by_given_name(name: str) -> bool:
    """A person only because one of its two plain words is a common given name ("ERICA CONKLIN", and as well
    "GOLDEN SUMMIT", "MAX HARBOR": a firm's name of a given name and a plain word): the register's evidence decides
    (register_people.py)."""
    plain = " ".join(_NICKNAME.sub(" ", name).split())
    return len(plain.split()) == 2 and not set_apart_person(plain) and is_person(plain)


_PLAIN_WORD = re.compile(r"^[A-Za-z]+(?:['’-][A-Za-z]+)*\.?$")
_POSSESSIVE = re.compile(r"['’]S$", re.IGNORECASE)


def person_form(name: str) -> bool:
    """A name of a person's form, whatever its words: two or three plain words (letters, an inner hyphen or
    apostrophe: "DAN-DJIBRIL", "O'TOOLE"), a nickname in brackets or not, none a business, public body or club word,
    a connector ("OF", "AND"), a legal form or a possessive ("JIMMY'S"). A given name the Census lists miss ("SENAD
    MRZLJAK") has this form, and so has a company named by two plain words ("STERN ROWAN"): the register's own
    evidence decides between them (`people_paid`)."""
    plain = " ".join(_NICKNAME.sub(" ", name).split())
    split = plain.split()
    if not 2 <= len(split) <= 3 or not all(_PLAIN_WORD.match(w) for w in split):
        return False
    if any(_POSSESSIVE.search(w) for w in split) or sum(len(w.strip(".")) >= 2 for w in split) < 2:
        return False  # "JIMMY'S GRILL"; "A B SMITH"
    said = [normal(w) for w in split]
    return not any(w in _person_shunned() for w in said)


SORT_WINDOW = 3  # the payees each side of a name that show the register's alphabetical order around it


def people_paid(names: list[str], memos: dict[str, str] | None = None) -> frozenset[str]:
    """The payees of one register, in the order it prints them, that are people: by their name's own form
    (`is_person_payee`), and, when the register pays people (at least `min_people_paid` of them), a payee of a
    person's form (`person_form`: "SENAD MRZLJAK", a given name the Census lists miss) that the register sorts by
    its last word. A register sorted by payee sorts a company by its name's first word and a person by the surname
    ("FAJARDO, JOSE" printed "JOSE FAJARDO"): where the payees on either side are in order with the name's last word
    (all but one of them) and less so with its first, the name is a given name and a surname. A company named by two
    plain words ("IRON MOUNTAIN") sorts by its first word, and a register in check order shows no such order.
    `memos`: what the register prints with each payee's payments besides the name; a payee of a person's form paid
    for what people are paid for ("MILEAGE REIMB", "OFFICIATING 5/22") is a person wherever it sorts."""
    known = frozenset(name for name in names if is_person_payee(name))
    known |= {name for name, memo in (memos or {}).items() if person_form(name) and said_person_paid(memo)}
    if len(known) < _min_people_paid():
        return known
    seen = list(dict.fromkeys(names))  # a payee of several payments in a row sorts once
    keys = [None if name not in known and person_form(name) else _sort_key(name, name in known) for name in seen]
    found = set(known)
    if not _sorted(keys):
        return frozenset(found)  # a register in check order: a name's neighbours are in order by chance, if at all
    for at, name in enumerate(seen):
        if keys[at] is not None:
            continue
        before = [k for k in keys[:at] if k is not None][-SORT_WINDOW:]
        after = [k for k in keys[at + 1 :] if k is not None][:SORT_WINDOW]
        split = [_letters(w) for w in _NICKNAME.sub(" ", name).split()]

        def in_order(key: str, before: list[str] = before, after: list[str] = after) -> int:
            return sum(k <= key for k in before) + sum(k >= key for k in after)

        whole, last = len(before) + len(after), in_order(split[-1])
        if whole >= SORT_WINDOW and last >= whole - 1 and in_order(split[0]) <= last - 2:  # one out of place
            found.add(name)
    return frozenset(found)


SORTED_SHARE = 0.8  # of the register's neighbouring payees (by their sort keys) in order: a register sorted by payee


def _sorted(keys: list[str | None]) -> bool:
    """Whether the register is sorted by payee: most neighbouring payees whose sort key is known are in order (a
    register in check order has about half of them so)."""
    known = [k for k in keys if k is not None]
    pairs = list(itertools.pairwise(known))
    return bool(pairs) and sum(a <= b for a, b in pairs) >= SORTED_SHARE * len(pairs)


def said_person_paid(memo: str) -> bool:
    said = f" {normal(memo)} "
    return any(f" {w} " in said for w in _person_payment_words())


@functools.cache
def _person_payment_words() -> frozenset[str]:
    return frozenset(normal(w) for w in words("payees")["person_payment_words"])


def _sort_key(name: str, person: bool) -> str:
    """What a register sorted by payee sorts the name by: a person's surname, else the name's first word."""
    split = _NICKNAME.sub(" ", name).replace(",", " , ").split()
    if person and "," not in split:
        return _letters(split[-1])  # "JOSE FAJARDO"
    return _letters(split[0])  # "FAJARDO, JOSE", "ELITE SPORTS"


def _letters(word: str) -> str:
    return "".join(c for c in word.upper() if c.isalpha())


@functools.cache
def _min_people_paid() -> int:
    return int(words("payees")["min_people_paid"])


@functools.cache
def _person_shunned() -> frozenset[str]:
    """Words no person's name holds: a trade's or a business's, a public body's, a club's, a legal form, a
    connector."""
    data, org_words = words("payees"), words("org_words")
    groups = (
        data["business_words"],
        data["non_profit_words"],
        data["register_body_ends"],
        org_words["public_body_ends"],
        org_words["legal_forms"],
        org_words["connectors"],
        org_words["place_kind_words"],
        org_words["agency_defined_terms"],
    )
    return _business_words() | frozenset(part for group in groups for w in group for part in normal(w).split())


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
