"""A unit printed after the body it belongs to: "Tamsin Police Department Records Unit", "Marlow County Sheriff's
Office Civil Division". The run is two names, the body (an agency) and its unit (an agency unit): read as one, the
whole is a unit and the body is lost, or the whole is a body no list holds."""

from __future__ import annotations

from foiakit.extract.lexicon import words
from foiakit.extract.org_forms import classify

# head nouns that end a body's name before its unit's: "… Police Department", "… Sheriff's Office"
_BODY_ENDS = frozenset({"department", "dept", "dept.", "office", "commission", "board", "authority", "agency"})
# unit heads that may name a body of their own ("Alder Falls Water District", "Federal Aviation Administration")
_NOT_UNIT_ENDS = frozenset({"district", "administration"})
_MAX_UNIT_WORDS = 5  # "Records Unit", "Crimes Against Persons Unit": a unit's name is short


def body_then_unit(span: object) -> tuple[object, object] | None:
    """(body, unit) for a body's name followed by a unit's ("Tamsin Police Department" + "Records Unit"), else None.
    The body ends at its head noun; the unit is capitalised words ending in a unit's head ("Division", "Unit",
    "Section", "Bureau"), with no connector opening it ("… Department of Records Division" is one name)."""
    org_words = words("org_words")
    tokens = [t for t in span if not t.is_space]  # type: ignore[attr-defined]
    lower = [t.text.lower() for t in tokens]
    if len(lower) < 4 or lower[-1] not in org_words["unit_heads"] or lower[-1] in _NOT_UNIT_ENDS:
        return None
    for at in range(len(lower) - 2, 1, -1):  # the body's head nearest the unit
        if lower[at] not in _BODY_ENDS:
            continue
        unit = tokens[at + 1 :]
        if not 2 <= len(unit) <= _MAX_UNIT_WORDS or any(not t.text[:1].isupper() for t in unit):
            return None  # "… Office of Records Division", "… Department's Records Unit": another form
        if any(w in org_words["connectors"] for w in lower[at + 1 : at + 2]):
            return None
        if classify([t.text for t in tokens[: at + 1]]) != "agency":
            return None  # "Legal Department Records Unit": no body before the unit
        doc = tokens[0].doc
        return doc[tokens[0].i : tokens[at].i + 1], doc[unit[0].i : unit[-1].i + 1]
    return None
