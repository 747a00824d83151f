"""Whose voice a sentence of an agency's report or memo is in. A report a public body writes (an annual ALPR report,
an audit, a program evaluation, a staff report) speaks of what the agency did and must do: an audit's procedure
("Determine that the data collected is destroyed …"), a finding ("We observed one hit …", "Officers found evidence
at 212 of the alerts"), the agency's counts and plans; none is a product's claim. It also repeats what a vendor
says ("According to Kettle, …", "The vendor states that its cameras …"): that is the vendor's claim.
`claim_vetoes.vetoed` asks `agency_voice`; `capabilities.claim_parts` asks `vendor_says`."""

from __future__ import annotations

import re
from typing import Any


def past_labels(tokens: list[str], lexicon: dict[str, Any]) -> list[str]:
    """The sentence's words after the section words and list markers the text layer ran into it ("findings",
    "finding 1", "procedure", "b", "5")."""
    at = 0
    while at < len(tokens) and (
        tokens[at] in lexicon["section_labels"]
        or tokens[at].isdigit()
        or (at < 3 and len(tokens[at]) == 1 and tokens[at] not in {"a", "i"})
    ):
        at += 1
    return tokens[at:]


def agency_voice(tokens: list[str], lexicon: dict[str, Any]) -> bool:
    """An audit's procedure (an imperative verb of inquiry first: "Determine that …", "Walkthrough the process and
    verify …") or a reviewer's finding ("we" or "I" then a verb of inquiry in the past: "We observed …", "Using a
    random sample, we determined …")."""
    body = past_labels(tokens, lexicon)
    if len(body) >= 3 and body[0] in lexicon["inquiry_verbs"]:
        return True
    for at, token in enumerate(body[:-1]):
        if token in {"we", "i"}:
            following = body[at + 1]
            if following in {"also", "then", "first", "further"} and at + 2 < len(body):
                following = body[at + 2]
            if following in lexicon["inquiry_past"]:
                return True
    return False


def reports_a_doing(word: str, lexicon: dict[str, Any]) -> bool:
    """Whether `word` after the agency or its people says what they did: a past tense ("approved", "found")."""
    return word.endswith("ed") or word in lexicon["irregular_past"]


_ACCORDING = re.compile(r"\baccording to\s+(?P<who>[^,;]{2,60}?)\s*,\s*(?P<clause>.+)$", re.I | re.S)


def vendor_says(flat: str, words: set[str], lexicon: dict[str, Any], named_subject: bool) -> str | None:
    """The clause a sentence reports a vendor as saying, or None: "According to Kettle, <clause>", "<who> (also)
    states/says/advertises … that <clause>", where who is a vendor word ("the vendor", "Kettle's proposal") or, when
    a vendor or product is named in the sentence, a name in capitals; never the agency or its people. `words` are
    the sentence's words in lower case."""
    # most sentences hold neither "according" nor a verb of saying: a set test, not two patterns
    if "according" not in words and not words & lexicon["attribution_verbs"]:
        return None
    found = _ACCORDING.search(flat)
    if found:
        who, clause = found.group("who"), found.group("clause")
    else:
        found = _SAYS_THAT.search(flat)
        if found is None or found.group("verb").lower() not in lexicon["attribution_verbs"]:
            return None
        who, clause = found.group("who"), flat[found.end() :]
    who_words = set(re.findall(r"[a-z]+", who.lower()))
    if who_words & lexicon["agency_subjects"] or who_words & _NOT_A_VENDOR:
        return None
    vendor_named = bool(who_words & lexicon["vendor_words"]) or who[:1].isupper() or named_subject
    return clause if vendor_named and clause.strip() else None


# people and papers that say things too: the writer, the reader, a report or a study ("This report notes that …")
_NOT_A_VENDOR = frozenset({"we", "i", "you", "he", "she", "they", "staff", "this", "these", "our", "report", "memo",
                           "study", "evaluation", "analysis", "research", "results", "data", "table", "figure",
                           "document", "law", "statute", "policy", "article"})  # fmt: skip
# "<who> (also) <verb> that": who is one to four words at the clause's start ("Quillon", "The vendor", "Kettle's
# proposal", "The company also")
_SAYS_THAT = re.compile(
    r"(?:^|[,;:]\s+)(?P<who>(?:[\w’'&.-]+\s+){0,3}?[\w’'&.-]+)\s+(?:also\s+|further\s+)?(?P<verb>[a-z]+)\s+(?:that\b|(?=(?:its|their|it|the)\s))"
)
