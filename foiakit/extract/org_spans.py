"""How a run of capitalised words becomes an organisation's span: split where two names meet ("the Town of
Wexbury and Kettle-Marsh Systems Inc.", a legal form inside a run, "… Office of X Board of Y"), cut what a letterhead
glues to a name ("City of Chicago Garry F. McCarthy"), a place's government told from the unit after it, and the
defined term an agreement gives a party ("… (the 'Contractor')"). Spans stay spaCy spans of the page's doc, so
their offsets are the page's."""

from __future__ import annotations

import re
from collections.abc import Iterator

from foiakit.extract.lexicon import words
from foiakit.extract.org_roles import official_possessive
from foiakit.extract.org_titles import meeting_title_end, motion_verb_end, program_after, split_before_title_line
from foiakit.extract.org_wraps import head_above, opens_with_modifier


def place_then_unit(span: object) -> tuple[object, object] | None:
    """ "City of Eugene Purchasing Office" → ("City of Eugene", "Purchasing Office"): a place's government followed
    by a unit named only by its function."""
    org_words = words("org_words")
    tokens = [t for t in span if not t.is_space]  # type: ignore[attr-defined]
    lower = [t.text.lower() for t in tokens]
    if len(lower) < 5 or f"{lower[0]} {lower[1]}" not in org_words["place_forms_alone_ok"]:
        return None
    heads = org_words["agency_heads"] | org_words["unit_heads"]
    j = 2
    while j < len(lower) and tokens[j].text[:1].isupper() and lower[j] not in org_words["function_words"] | heads:
        j += 1
    rest = lower[j:]
    if j == 2 or len(rest) < 2 or rest[-1] not in heads:
        return None
    if not all(w in org_words["function_words"] or w in org_words["connectors"] for w in rest[:-1]):
        return None  # "City of Alder Falls Police Department" is one agency
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[j - 1].i + 1], doc[tokens[j].i : tokens[-1].i + 1]


_INITIALISM = re.compile(r"^[A-Z]{2,6}$")
_HEAD_PHRASE = {"department", "office", "bureau", "board", "commission", "council", "division", "agency"}


def focus(span: object) -> object:
    """Cut what a letterhead glues to a name: "City of Chicago Garry F. McCarthy" → "City of Chicago",
    "Rahm Emanuel Department of Police" → "Department of Police"; and what a subject line glues after it: "Marlow
    County Prosecutor's Office OPRA" (a law's initialism) → "Marlow County Prosecutor's Office"."""
    org_words = words("org_words")
    tokens = list(span)  # type: ignore[call-overload]
    words_ = [t for t in tokens if not t.is_space]
    if (
        len(words_) >= 3
        and _INITIALISM.match(words_[-1].text)
        and words_[-2].text.lower() in org_words["agency_heads"] | org_words["agency_strong_heads"]
        and not span.text.isupper()  # type: ignore[attr-defined]
    ):
        return focus(span.doc[words_[0].i : words_[-2].i + 1])  # type: ignore[attr-defined]
    lower = [t.text.lower() for t in tokens]
    meeting = meeting_title_end(lower, org_words) or motion_verb_end(lower, org_words)
    if meeting:  # "Minutes of the Regular Meeting of the Alder Falls City Council", "Approve the Alder Falls …"
        return focus(tokens[0].doc[tokens[meeting].i : tokens[-1].i + 1])
    program = program_after(lower, org_words)
    if program:  # "Department of Public Safety for the Safe Streets Program": the department
        return focus(tokens[0].doc[tokens[0].i : tokens[program - 1].i + 1])
    for i in range(len(lower) - 1):
        if f"{lower[i]} {lower[i + 1]}" in org_words["place_forms"] and i == 0:
            rest = [t for t in tokens[2:] if not t.is_space]  # a wrapped line's break is no word
            article = 1 if rest and rest[0].text.lower() == "the" else 0  # "Government of the District of …"
            keep = article
            for index, token in enumerate(rest[article : article + 2]):
                word = token.text.lower()
                if word in org_words["agency_heads"] or (index and word in org_words["generic_first_words"]):
                    break
                keep += 1
            while keep + 1 < len(rest) and rest[keep].text.lower() == "of":
                keep += 2  # "the District of Columbia", "the Province of Manitoba": the place's own name goes on
            if keep < len(rest) and not any(t.text.lower() in org_words["agency_heads"] for t in rest[keep:]):
                if not any(t.text.lower() == "of" for t in rest[article:keep]):
                    # "City of Chicago Garry F. McCarthy": a name follows, keep one word of the place, or two when
                    # they are a place's name ("City of Alder Heights Capital Plan", "Town of Mount Wexford …")
                    keep = min(keep, article + (2 if _two_word_place(rest[article : article + 2]) else 1))
                return (
                    tokens[0].doc[tokens[0].i : rest[keep - 1].i + 1]
                    if keep
                    else tokens[0].doc[tokens[0].i : tokens[0].i + 2]
                )
    heads = org_words["agency_heads"] | org_words["agency_strong_heads"]
    for i, word in enumerate(lower[1:4], 1):
        if word in {"for", "to", "by", "with", "from", "at"} and i + 1 < len(tokens):
            if lower[i - 1] in heads and i == 1 and word == "for":
                break  # "Office for Civil Rights", "Commission for Women": one name
            if lower[i - 1] in heads and i >= 2:  # "Public Finance Authority for the Landings of …": the body
                return focus(tokens[0].doc[tokens[0].i : tokens[i - 1].i + 1])
            return focus(tokens[0].doc[tokens[i + 1].i : tokens[-1].i + 1])  # "Accepted for the … Office"
    for i, word in enumerate(lower):
        if word in _HEAD_PHRASE and i + 1 < len(lower) and lower[i + 1] == "of" and i >= 2:
            leading = lower[:i]
            placed = " ".join(leading[:2]) in org_words["place_forms"]  # "District of Columbia Office of …" stays
            placed = placed or leading[-1] in org_words["place_kind_words"]  # "Alder County Board of …" too
            placed = placed or official_possessive(leading)  # "Mayor's Office of Legal Counsel": the mayor's
            if not placed and not any(w in org_words["agency_heads"] for w in leading):
                # "Rahm Emanuel Department of Police", "Services Procured Outside of Department of Procurement"
                return tokens[0].doc[tokens[i].i : tokens[-1].i + 1]
    return span


def _two_word_place(tokens: list) -> bool:
    if len(tokens) < 2 or not all(t.text[:1].isupper() for t in tokens):
        return False
    org_words = words("org_words")
    first, last = tokens[0].text.lower(), tokens[1].text.lower()
    return first in org_words["place_first_words"] or last in org_words["place_last_words"]


# "Halden Works, LLC, a Delaware limited liability company ("Contractor")": an appositive saying what the party is
# may stand between the name and its defined term
_DEFINED = re.compile(
    r"^\s*(?:,\s*(?:a|an)\s+[A-Za-z][A-Za-z.'’\s-]{2,70}?)?\s*,?\s*"
    r"\(\s*(?:(?:the|a|an)\s+|hereinafter\s+(?:referred\s+to\s+as\s+|called\s+)?(?:the\s+)?)?"
    r"[\"“”'‘’]?(?P<term>[A-Za-z][A-Za-z ]{2,24}?)[\"“”'‘’]?\s*\)"
)


_DEFINED_WITHIN = 140  # characters after a name that may hold its appositive and defined term


def defined_body(text: str, end: int) -> bool:
    """ "State University of Wexbury (the 'University')": a defined term naming a public party."""
    match = _DEFINED.match(text[end : end + _DEFINED_WITHIN])
    return bool(match) and match.group("term").strip().lower() in words("org_words")["agency_defined_terms"]


_BIDDER_TERMS = frozenset({"proposer", "offeror", "bidder", "respondent"})


def defined_role(text: str, end: int) -> str | None:
    """ "Brightfen Analytics ("Contractor")": the defined term an agreement gives a selling party makes the name
    before it a vendor, whatever the name's form, and says its role (seller, bidder, subcontractor)."""
    match = _DEFINED.match(text[end : end + _DEFINED_WITHIN])
    term = match.group("term").strip().lower() if match else ""
    if term not in words("org_words")["vendor_defined_terms"]:
        return None
    return "bidder" if term in _BIDDER_TERMS else "subcontractor" if term == "subcontractor" else "seller"


def candidate_spans(doc: object, matcher: object, text: str) -> Iterator[object]:
    """Organization-shaped spans, split at "and"/"&" when both sides are names of their own ("the Commission …
    and the Lane County Circuit Court"), but not inside one name ("Immigration and Customs Enforcement")."""
    from foiakit.extract.org_splits import split_after_legal_forms, split_coordination  # it reads trim() here

    for _, start, end in matcher(doc):  # type: ignore[operator]
        span = trim(doc[start:end])  # type: ignore[index]
        if span is None:
            continue
        span = across_line_break(span)
        for line in split_before_title_line(span):
            for part in split_after_legal_forms(line, text):
                yield from split_coordination(part, text)


_MAX_CARRIED = 4  # words taken from the next or the previous line: a name's tail or head, not a second name


def across_line_break(span: object) -> object:
    """A name the layout wrapped: "Office of Planning and Economic / Development" goes on over the break when its
    last word only modifies a noun to come; "Alder / Township Board of Education" began on the line above when it
    opens with a kind of place that needs the place's own name before it."""
    org_words = words("org_words")
    doc = span.doc  # type: ignore[attr-defined]
    start, end = span.start, span.end  # type: ignore[attr-defined]
    if span[-1].text.lower() in org_words["unfinished_words"] and _one_break(doc, end):
        stop = end + 1
        while stop < len(doc) and stop - end <= _MAX_CARRIED and _carried(doc[stop]):
            stop += 1
            if _is_head(doc[stop - 1], org_words):
                break  # the tail ends at its head noun: "… Public / Access Counselor"
        if stop > end + 1:
            end = stop
    if span[0].text.lower() in org_words["place_kind_words"] and start >= 2 and _one_break(doc, start - 1):
        first = start - 1
        while first > 0 and start - first <= 2 and _place_word(doc[first - 1], org_words):
            first -= 1
        if first < start - 1:
            start = first
    elif start >= 2 and _one_break(doc, start - 1) and opens_with_modifier(span, org_words):
        start = head_above(doc, start - 1, org_words, _MAX_CARRIED)
    return doc[start:end]


def _one_break(doc: object, i: int) -> bool:
    """Whether token i of the doc is a single line break (a blank line ends a name)."""
    return 0 <= i < len(doc) and doc[i].is_space and doc[i].text.count("\n") == 1  # type: ignore[attr-defined]


def _carried(token: object) -> bool:
    """A capitalised word of the name's tail; a connector on the next line may open a second name ("… and the
    Commission"), so the tail stops there."""
    text = token.text  # type: ignore[attr-defined]
    return text[:1].isupper() and text.isalpha()


def _is_head(token: object, org_words: dict) -> bool:
    lower = token.text.lower()  # type: ignore[attr-defined]
    return lower in org_words["agency_heads"] or lower in org_words["unit_heads"]


def _place_word(token: object, org_words: dict) -> bool:
    """A place's own name before a kind of place: capitalised, no head noun, no title ("Sheriff")."""
    text = token.text  # type: ignore[attr-defined]
    lower = text.lower()
    if not (text[:1].isupper() and text.isalpha()) or lower in org_words["connectors"]:
        return False
    return lower not in org_words["agency_heads"] and lower not in org_words["title_words"]


def shared_head(span: object) -> list[tuple[object, str]] | None:
    """ "Medford and Woodburn police departments" → two agencies sharing the head noun."""
    tokens = [t for t in span if not t.is_space]  # type: ignore[attr-defined]
    if len(tokens) < 4 or tokens[1].text.lower() != "and":
        return None
    first, second, head = tokens[0], tokens[2], [t.text.lower() for t in tokens[3:]]
    if not (first.text[:1].isupper() and second.text[:1].isupper()) or head[-1] not in {"department", "departments"}:
        return None
    noun = " ".join(w.capitalize() for w in head).removesuffix("s")
    doc = first.doc
    return [
        (doc[first.i : first.i + 1], f"{first.text} {noun}"),
        (doc[second.i : tokens[-1].i + 1], f"{second.text} {noun}"),
    ]


def doubled(span: object) -> object:
    """A letterhead read twice by OCR ("Chicago Police Department Chicago Police Department") is one name."""
    words_ = [t.text for t in span if not t.is_space]  # type: ignore[attr-defined]
    half = len(words_) // 2
    if len(words_) >= 4 and len(words_) % 2 == 0 and words_[:half] == words_[half:]:
        tokens = [t for t in span if not t.is_space]  # type: ignore[attr-defined]
        return span.doc[tokens[0].i : tokens[half - 1].i + 1]  # type: ignore[attr-defined]
    return span


def overlaps(span: object, others: list) -> bool:
    return any(o.start_char < span.end_char and span.start_char < o.end_char for o in others)  # type: ignore[attr-defined]


def outside(span: object, taken: list[tuple[int, int]]) -> object | None:
    """The part of a span before a listed name it runs into ("Franklin County Sheriff for HIDTA"); None when
    the span starts inside one."""
    for start, end in sorted(taken):
        if start < span.end_char and span.start_char < end:  # type: ignore[attr-defined]
            if start <= span.start_char:  # type: ignore[attr-defined]
                return None
            head = [t for t in span if t.idx + len(t.text) <= start]  # type: ignore[attr-defined]
            return trim(span.doc[head[0].i : head[-1].i + 1]) if head else None  # type: ignore[attr-defined]
    return span


# a form's business-type entry on a line of its own ("For Profit Organization / Limited Liability Corporation"): a
# kind of company, never the suffix of the name on the line above
_BUSINESS_TYPE = re.compile(r"\n[ \t]*limited[ \t]+liability[ \t]+(?:company|corporation|partnership)\s*$", re.I)


def trim(span: object) -> object | None:
    org_words = words("org_words")
    connectors, openers, suffixes = (
        org_words["connectors"],
        org_words["sentence_openers"],
        org_words["corporate_suffixes"],
    )
    tokens = list(span)  # type: ignore[call-overload]
    texts = [t.text for t in tokens]  # each token's text once (a token's `.text` is looked up on every access)
    lo, hi = 0, len(tokens)
    while lo < hi and (
        tokens[lo].is_space
        or texts[lo].lower() in connectors
        or texts[lo].lower() in openers
        or texts[lo] in {"&", "-", "/"}
        or texts[lo].islower()
    ):
        lo += 1
    # a legal form written in lower case is a common word ("However, limited information is …": an adverb before
    # "limited"), never the suffix of the name before it
    while lo < hi and (
        tokens[hi - 1].is_space
        or texts[hi - 1].lower() in connectors
        or texts[hi - 1] in {"&", "-", "/", ","}
        or (texts[hi - 1].islower() and texts[hi - 1] in suffixes)
    ):
        hi -= 1
    if lo == hi:
        return None
    tokens = tokens[lo:hi]
    whole = tokens[0].doc[tokens[0].i : tokens[-1].i + 1]
    text = whole.text  # the span's own text (the doc's is rebuilt per access), read once
    if _BUSINESS_TYPE.search(text):
        cut = whole.start_char + text.rfind("\n")
        tokens = [t for t in tokens if t.idx < cut]
        return trim(whole.doc[tokens[0].i : tokens[-1].i + 1]) if tokens else None
    if text.isupper() and len(whole) == 1:
        return None
    return whole
