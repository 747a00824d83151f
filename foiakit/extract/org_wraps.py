"""A body's name that running text wrapped after its first words: "… may appeal to the Wexbury Contract / Appeals
Board", "… serves on the State Board of Investment, Tamsin / Exchange Board, …". The line below opens with a word
that only modifies the head noun after it; the line above, running text, ends with the name's first words."""

from __future__ import annotations


def opens_with_modifier(span: object, org_words: dict) -> bool:
    """A name that opens with a word only modifying the head noun after it ("Appeals Board", "Exchange Board"):
    at the start of a line it may be the tail of a name the line above began."""
    first = span[0].text  # type: ignore[index]
    lower = first.lower()
    heads = org_words["agency_heads"] | org_words["agency_strong_heads"] | org_words["unit_heads"]
    return (
        first[:1].isupper()
        and first.isalpha()
        and lower not in heads
        and lower not in org_words["connectors"]
        and lower not in org_words["place_kind_words"]
        and lower not in org_words["title_words"]
        and any(t.text.lower() in heads for t in span)  # type: ignore[attr-defined]
    )


_PROSE_LINE = 40  # characters: a wrapped line of running text, not a letterhead's, a signature's or a list's line


def head_above(doc: object, brk: int, org_words: dict, most: int) -> int:
    """Where a name wrapped at line break `brk` began: the capitalised words that end the line above ("… to the
    Wexbury Contract / Appeals Board", "… serves on the Tamsin / Exchange Board"), when that line is running text (long,
    with lower-case words) and the words follow a lower-case word or a comma. Else the line's own start."""
    first = brk
    while first > 0 and brk - first < most and _head_word(doc[first - 1], org_words):  # type: ignore[index]
        first -= 1
    while first < brk and doc[first].text.lower() in org_words["connectors"]:  # type: ignore[index]
        first += 1
    if first == brk or first == 0:
        return brk + 1
    before = doc[first - 1]  # type: ignore[index]
    if not (before.text.islower() or before.text == ","):
        return brk + 1  # a capitalised word before: the run is longer than a name's head, or a line of names
    line_start = doc.text.rfind("\n", 0, doc[brk].idx) + 1  # type: ignore[attr-defined,index]
    line = doc.text[line_start : doc[brk].idx]  # type: ignore[attr-defined,index]
    if len(line.strip()) < _PROSE_LINE or sum(w.islower() for w in line.split()) < 3:
        return brk + 1
    return first


def _head_word(token: object, org_words: dict) -> bool:
    """A word of a name's head carried from the line above: capitalised ("W.C." too) or "of" inside it, no
    title ("Sheriff") and no head noun of its own (that would be a name of its own)."""
    text = token.text  # type: ignore[attr-defined]
    lower = text.lower()
    if lower == "of":
        return True
    if not (text[:1].isupper() and text.replace(".", "").isalpha()):
        return False
    heads = org_words["agency_heads"] | org_words["agency_strong_heads"]
    return lower not in heads and lower not in org_words["title_words"] and lower not in org_words["sentence_openers"]
