"""Matching found items to gold items: names by normalization and the gold's own aliases only, claims by
shared words. Nothing here reads the project's lists, so a name the lists know scores no better than any other.
"""

from __future__ import annotations

import re

from foiakit.evaluation.gold import GoldClaim, GoldName

# legal forms say nothing about who a company is: "Pen-Link, Ltd." and "Pen-Link" are one vendor
_LEGAL_FORMS = {
    "inc", "incorporated", "llc", "l l c", "ltd", "limited", "corp", "corporation", "co", "company", "plc", "lp",
    "llp", "pc", "pllc", "gmbh", "ag", "sa", "bv", "pty",
}  # fmt: skip
_DBA = re.compile(r"\s+(?:dba|d b a|doing business as|fka|f k a|formerly known as|aka)\s+")


def normalize_name(name: str) -> str:
    """Case, punctuation, '&', 'Dept.', 'U.S.', 'D.C.', a leading 'The' and trailing legal forms do not count."""
    text = name.lower().replace("&", " and ").replace("’", "'")
    text = re.sub(r"\bd\.\s?c\.", "dc", text)
    text = re.sub(r"\bu\.\s?s\.(?:\s?a\.)?", "us", text)
    text = re.sub(r"\bunited states(?: of america)?\b", "us", text)
    text = re.sub(r"\bdept\b\.?", "department", text)
    text = re.sub(r"\bdistrict of columbia\b", "dc", text)
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^a-z0-9 ]+", " ", text)
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in _LEGAL_FORMS:
        words = words[:-1]
    if len(words) > 2 and " ".join(words[-3:]) == "l l c":
        words = words[:-3]
    return " ".join(words)


def name_forms(gold: GoldName) -> frozenset[str]:
    """Every normalized form the gold gives a name: the name, its aliases, each side of a 'dba'."""
    forms: set[str] = set()
    for written in (gold.name, *gold.aliases):
        spaced = " " + " ".join(re.sub(r"[^a-z0-9]+", " ", written.lower()).split()) + " "
        for part in (written, *_DBA.split(spaced)):
            if (form := normalize_name(part)) and form not in _LEGAL_FORMS:
                forms.add(form)
    return frozenset(forms)


def names_match(found: str, gold: GoldName) -> bool:
    """A found name is the gold name when, normalized, it equals one of the gold's forms (spaces aside:
    'Pen Link' is 'PenLink')."""
    plain = normalize_name(found)
    if not plain:
        return False
    squeezed = plain.replace(" ", "")
    return any(plain == form or squeezed == form.replace(" ", "") for form in name_forms(gold))


def claim_words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2)


def claim_overlap(found_quote: str, gold: GoldClaim) -> float:
    """How much of the gold sentence a found claim covers, or how much of the found claim lies in the gold
    sentence, whichever is more (a long quote may hold a short claim, a bullet may cut a long one)."""
    target, found = claim_words(gold.sentence), claim_words(found_quote)
    if not target or not found:
        return 0.0
    shared = len(target & found)
    return max(shared / len(target), shared / len(found) if len(found) >= 4 else 0.0)


CLAIM_MATCH = 0.5  # share of words that makes a found claim the gold one
