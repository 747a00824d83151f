"""Sellers named by the sentence, not by their form: "an agreement with Harrowgate Optics", "made between the City
of Alder Falls and Harrowgate Optics", "purchased twelve cameras from Harrowgate Optics", "award the bid to
Harrowgate Optics", "readers manufactured by Harrowgate Optics". A capitalised name that no suffix, head noun or
list makes a company is a seller when one of these phrases (`data/deals.json`) stands right before it, unless it
reads as a person, a title, an agreement's defined party, a law or a public body (the body rules run first)."""

from __future__ import annotations

import functools
import re

from foiakit.extract.lexicon import given_names, words


@functools.cache
def _cue_before_name() -> re.Pattern[str]:
    deals = words("deals")

    def alternatives(items: frozenset[str]) -> str:
        return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(items, key=len, reverse=True))

    return re.compile(
        rf"(?:\b(?:{alternatives(deals['with'])})\s+with"
        rf"|\b(?:{alternatives(deals['from_verbs'])})(?:\s+[\w,-]+){{0,4}}?\s+from"
        rf"|\b(?:{alternatives(deals['from_nouns'])})\s+(?:was\s+|were\s+)?(?:received\s+)?from"
        rf"|\b(?:{alternatives(deals['to'])})\s+to"
        rf"|\b(?:{alternatives(deals['award_verbs'])})(?:\s+[\w,-]+){{0,5}}?\s+(?:{alternatives(deals['award_nouns'])})\s+to"
        rf"|\b(?:{alternatives(deals['by'])})\s+by"
        r"|\bbetween|\bbetween\s[^.;:\n]{2,80}?\sand)"  # an agreement's parties: "between the City of X and NAME"
        r"\s+(?:the\s+)?$",
        re.I,
    )


_PARTY_NOUNS = frozenset({"party", "parties"})
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")
MAX_BEFORE = 80  # characters read back from the name: the phrase is within its own clause


def deal_role(text: str, start: int, end: int) -> str | None:
    """'seller' when a phrase of a sale stands right before the name at `text[start:end]`,
    within its line and sentence; None for a person's name ("a contract with Dana Quill"), a title ("proposal
    from Chief Vance") or a single word (a place or a person as often as a company)."""
    words_ = text[start:end].split()
    if len(words_) < 2 or len(words_) > 6:
        return None
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - MAX_BEFORE) : start]
    # every cue ends in one of _LAST_WORDS, maybe then "the": a cheap test before the pattern (a superset of it)
    if not any(word.lower().endswith(_LAST_WORDS) for word in before.split()[-2:]):
        return None
    if not _cue_before_name().search(before):
        return None
    lower = [w.lower().strip(".,") for w in words_]
    org_words = words("org_words")
    if lower[0] in given_names() or any(w in org_words["title_words"] for w in lower):
        return None
    if any(w in _public_words() for w in lower):
        return None  # "an agreement with Marlow County", "… with Alder Regional Dispatch": a public body's form
    if "and" in words_:
        return None  # "between Alder Ridge Center and Exit 4": two places or parties, not one name
    if lower[-1] in _PARTY_NOUNS:
        return None  # "provided by the Disclosing Party": an agreement's defined term, not a company
    following = _NEXT_WORD.match(text, end)
    if lower[-1] in org_words["title_ends"] or (following and following.group(1).lower() in org_words["title_ends"]):
        return None  # "as provided by Alder Municipal Code": a law or a document named after a body
    return "seller"


_LAST_WORDS = ("with", "from", "to", "by", "and", "between")  # the words the cues end in


@functools.cache
def _public_words() -> frozenset[str]:
    # not org_words' generic_body_words: "New", "Joint", "Service" open or end company names ("Ashgrove Tree Service")
    org_words = words("org_words")
    return frozenset(org_words["agency_heads"] | org_words["unit_heads"] | words("deals")["public_words"])
