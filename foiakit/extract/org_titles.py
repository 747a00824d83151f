"""Names that are titles of something a body holds, runs or pays from, not the body: a meeting's title ("Minutes
of the Regular Meeting of the Alder Falls City Council": the council), an agenda item's verb before a body's name
("Authorize the Marlow County Sheriff's Office …"), a program, a fund or an event after a body's name ("…
Department of Public Safety for the Safe Streets Program", "National Police Week"), and a document's title printed
on the line under a letterhead's name ("FERNVALE UNIFIED SCHOOL DISTRICT" / "BOARD PACKET COVER MEMORANDUM"). The
word lists are `meeting_words`, `motion_verbs` and `program_ends` of `data/org_words.json`."""

from __future__ import annotations

import functools
import re

from foiakit.extract.lexicon import words
from foiakit.extract.org_forms import classify

_MEETING_LEAD = 3  # words saying which meeting before its noun: "Regular", "Special Joint", "Annual Budget"


def meeting_title_end(lower: list[str], org_words: dict) -> int | None:
    """Where the body begins in a meeting's title ("Minutes of the Regular Meeting of the Marlow City Council" →
    "Marlow City Council"): after the "of" (and "the") following a meeting's noun that opens the run, perhaps after
    a few words saying which meeting; the last such "of" when the title has two. None for a run of another form."""
    heads = org_words["agency_heads"] | org_words["agency_strong_heads"] | org_words["unit_heads"]
    cut, i = None, 0
    while i < len(lower):
        lead = i
        while i < len(lower) and i - lead < _MEETING_LEAD and lower[i] not in org_words["meeting_words"]:
            if lower[i] in heads or lower[i] == "of":
                return cut  # "Marlow City Council Meeting of …": the body before the meeting stays
            i += 1
        if i + 1 >= len(lower) or lower[i] not in org_words["meeting_words"] or lower[i + 1] != "of":
            return cut
        i += 2
        while i < len(lower) and lower[i] in {"the", " ", "\n"}:
            i += 1
        cut = i if i < len(lower) else cut
    return cut


def motion_verb_end(lower: list[str], org_words: dict) -> int | None:
    """Where the body begins after an agenda item's or a motion's verb ("Authorize the Marlow County Sheriff's
    Office", "Approve Tamsin County Health Department"): after the verb and its article, when a body's name of two
    words or more follows."""
    if len(lower) < 3 or lower[0] not in org_words["motion_verbs"]:
        return None
    start = 2 if lower[1] in {"the", "a", "an"} else 1
    rest = [w for w in lower[start:] if w.strip()]
    return start if len(rest) >= 2 and classify(rest) is not None else None


def program_after(lower: list[str], org_words: dict) -> int | None:
    """Where "for" parts a body from a program, a fund or an event named after it ("Ohio Department of Public Safety
    for the Safe Streets Program"): "for" after a head noun, and the run ending in a program's word."""
    if len(lower) < 4 or lower[-1] not in org_words["program_ends"]:
        return None
    heads = org_words["agency_heads"] | org_words["agency_strong_heads"] | org_words["unit_heads"]
    for i in range(2, len(lower) - 1):
        if lower[i] == "for" and any(w in heads for w in lower[:i]):
            return i
    return None


@functools.cache
def _program_word_after() -> re.Pattern[str]:
    """A program's, a fund's or an event's word right after a name ("National Police Week", a word the name's run
    stops at), or alone at the start of the next line before the sentence ends ("… as National Police / Week."):
    the name is that thing's, not a body's. A next line going on ("Tamsin Police Department / Accounts Payable")
    is a line of its own."""
    ends = "|".join(e.capitalize() for e in sorted(words("org_words")["program_ends"], key=len, reverse=True))
    return re.compile(rf"[ \t]+(?:{ends})s?\b(?![ \t]+of\b)|[ \t]*\n[ \t]*(?:{ends})s?[ \t]*[.,;:)]")


def names_a_program(text: str, end: int) -> bool:
    """Whether the name ending at `end` is followed by a program's, a fund's or an event's word."""
    return _program_word_after().match(text, end) is not None


def split_before_title_line(span: object) -> list[object]:
    """A heading line that is a body's whole name and a title on the next line that opens with a head noun
    ("FERNVALE UNIFIED SCHOOL DISTRICT" / "BOARD PACKET COVER MEMORANDUM", "… SHERIFF'S OFFICE" / "BOARD REPORT
    SUMMARY"): two lines, not one name. A name wrapped over the break in running text ("… the Tamsin County
    Sheriff's" / "Office on May 2") or a letterhead's name on two lines ("ALDER COUNTY SHERIFF'S" / "OFFICE") goes
    on: the first does not open its line, the second's line holds nothing more."""
    from foiakit.extract.org_spans import trim  # org_spans calls this module: imported at call time

    tokens = list(span)  # type: ignore[call-overload]
    breaks = [i for i, t in enumerate(tokens) if t.is_space and t.text.count("\n") == 1]
    if len(breaks) != 1:
        return [span]
    at = breaks[0]
    doc = span.doc  # type: ignore[attr-defined]
    rest = [t for t in tokens[at + 1 :] if not t.is_space]
    above = trim(span[:at])  # type: ignore[index]
    if above is None or not rest or not _opens_line(above):
        return [span]
    below = doc[rest[0].i : rest[-1].i + 1]  # one word in capitals is no name of its own (trim), but a title's first
    goes_on = below.end < len(doc) and not (doc[below.end].is_space and "\n" in doc[below.end].text)
    if len([t for t in below if not t.is_space]) < 2 and not goes_on:
        return [span]
    org_words = words("org_words")
    if above[-1].text.lower() not in org_words["agency_heads"] | org_words["unit_heads"]:
        return [span]
    if classify([t.text for t in above]) is None or classify([t.text for t in below]) is not None:
        return [span]
    tail = trim(below)
    return [above] if tail is None else [above, tail]


def _opens_line(span: object) -> bool:
    doc, start = span.doc, span.start  # type: ignore[attr-defined]
    return start == 0 or (doc[start - 1].is_space and "\n" in doc[start - 1].text)
