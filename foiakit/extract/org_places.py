"""One key for the forms a body's name takes around its place: "Sheriff's Office of Tarrow County" is the "Tarrow
County Sheriff's Office", "Police Department of the City of Alder" and "City of Alder Police Department" are the
"Alder Police Department", "State of Alder Department of Revenue" the "Alder Department of Revenue". A document,
or a release, that writes one body in several of these forms names one body (see context.py and release_names.py);
the key only compares names, it names nothing itself."""

from __future__ import annotations

import functools
from collections import Counter

from foiakit.extract.lexicon import words

_TOWN_KINDS = frozenset({"city", "town", "village", "borough", "township", "state", "commonwealth"})
_COUNTY_KINDS = frozenset({"county", "parish"})
_MOST_PLACE_WORDS = 3  # a place's own name: "Alder Falls", "Saint Marlow Heights"


@functools.cache
def _heads() -> frozenset[str]:
    org_words = words("org_words")
    return org_words["agency_heads"] | org_words["agency_strong_heads"]


def place_first_key(key: str) -> str:
    """`key` (a name in lower case, punctuation as spaces) with its place before the body's head: "sheriff s office
    of tarrow county" → "tarrow county sheriff s office", "police department of the city of alder" → "alder police
    department", "city of alder police department" → "alder police department". Any other key as it is."""
    tokens = key.split()
    for i, token in enumerate(tokens[1:-1], 1):
        if token != "of" or not any(w in _heads() for w in tokens[:i]):
            continue
        place = _place(tokens[i + 1 :])
        if place:
            tokens = [*place, *tokens[:i]]
            break
    town = len(tokens) >= 4 and tokens[0] in _TOWN_KINDS and tokens[1] == "of" and tokens[2] not in _heads()
    if town and any(w in _heads() for w in tokens[3:]):  # "city of alder police department": its name, its head
        tokens = tokens[2:]
    return " ".join(tokens)


def _place(tokens: list[str]) -> list[str] | None:
    """A place's name in the order it goes before a head: "the city of alder" → ["alder"], "county of marlow" and
    "marlow county" → ["marlow", "county"]; None when the words are no place alone."""
    if tokens and tokens[0] == "the":
        tokens = tokens[1:]
    if len(tokens) < 2 or "of" in tokens[2:] or any(w in _heads() for w in tokens):
        return None
    if tokens[1] == "of" and 3 <= len(tokens) <= 2 + _MOST_PLACE_WORDS:
        if tokens[0] in _TOWN_KINDS:
            return tokens[2:]
        if tokens[0] in _COUNTY_KINDS:
            return [*tokens[2:], tokens[0]]
        return None
    if tokens[-1] in _COUNTY_KINDS and "of" not in tokens and len(tokens) <= 1 + _MOST_PLACE_WORDS:
        return tokens
    return None


def one_name_per_place_key(names: Counter[str], key_of: object) -> dict[str, str]:
    """For names (with their counts) whose place-first keys are equal, the one name each takes: the most cited,
    then the one already written place first, then the longer, then A-Z. Names alone under their key are left out."""
    groups: dict[str, list[str]] = {}
    for name in sorted(names):
        groups.setdefault(place_first_key(key_of(name)), []).append(name)  # type: ignore[operator]
    chosen: dict[str, str] = {}
    for key, group in groups.items():
        if len(group) < 2:
            continue
        keep = min(group, key=lambda n: (-names[n], key_of(n) != key, -len(n), n))  # type: ignore[operator]
        chosen.update({name: keep for name in group if name != keep})
    return chosen
