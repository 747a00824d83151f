"""Who speaks in a document, and whether a sentence speaks for a product. A capability claim is a product's,
a system's or a vendor's; in a document an agency writes (a staff report, minutes, an audit, a policy, a letter
on its letterhead) a sentence that describes a kind of technology ("plate readers capture images of passing
vehicles"), its risks, a finding, a statistic of use or a rule is the agency's account, not a claim. There a
sentence is a claim only when its subject is a named product or vendor ("Kestrel cameras read …"), or the
sentence says whose words it reports ("according to Kestrel …", "the vendor claims …"). In a vendor's own
brochure, proposal, report or letter, and wherever the speaker is unknown, the capability rules alone decide.

The speaker is the organisation at the top of the document's first page (its letterhead, title block or
byline) before any date line: a name under a date is a letter's addressee ("December 29, 2017 / Department of
Motor Vehicles / …"), not its author."""

from __future__ import annotations

import re
from collections.abc import Sequence

from foiakit.extract.lexicon import phrase_pattern, words
from foiakit.model import Document

_TOP_LINES = 10  # a letterhead, a title block or a byline is among the first lines of the first page with text
# a line that dates the document: "December 29, 2017", "1 January 2017", "DATE: 11/25/2020", "2020-11-25"
_DATE_LINE = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b\.?\s+\d{1,4}"
    r"|\b\d{1,2}\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
    r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b(?:19|20)\d\d-\d\d-\d\d\b|^\s*date:",
    re.I,
)
_SPEAKERS = {"agency": "agency", "agency_unit": "agency", "vendor": "vendor", "product": "vendor"}
# a vendor the document's structure makes a party or a listed supplier (a contract's "Contractor", an order
# form's seller, a bidder, a letter's sender or signer): its own words are in the document too
_PARTY_ROLES = frozenset({"seller", "bidder", "subcontractor", "sender", "signer"})
BEFORE = 400  # characters before a sentence in which a named product makes "the system …" that product


def document_speaker(document: Document, mentions: Sequence) -> str | None:
    """'agency' or 'vendor': the kind of the first organisation named in the first lines of the first page with
    text, before any date line; None when no organisation is named there (an e-mail, a form, a scan's noise).
    A document in which a vendor is a party or a listed supplier is the vendor's too ('vendor')."""
    if any(m.kind == "vendor" and m.role in _PARTY_ROLES for m in mentions):
        return "vendor"
    page = next((p for p in document.pages if p.text.strip()), None)
    if page is None:
        return None
    limit, seen = len(page.text), 0
    offset = 0
    for line in page.text.split("\n"):
        if line.strip():
            seen += 1
            if _DATE_LINE.search(line) or seen > _TOP_LINES:
                limit = offset
                break
        offset += len(line) + 1
    first = min(
        (m for m in mentions if m.page == page.number and m.start < limit and m.kind in _SPEAKERS),
        key=lambda m: m.start,
        default=None,
    )
    return _SPEAKERS[first.kind] if first is not None else None


def speaks_for_a_product(
    sentence: str, start: int, named: Sequence, trigger: str | None, named_before: bool = False
) -> bool:
    """Whether a sentence of an agency's document states a product's claim: a vendor or product it names comes
    before the capability word (the claim's subject: "Kestrel's cameras read …", "In Kestrel's trials, the
    system located …"); its subject is a system word pointing back at a product ("This kit extracts …", or "The
    platform reads …" right after a sentence naming it: `named_before`); or the sentence says whose words it
    reports ("according to Kestrel", "the vendor states …"). A kind of technology in general ("Plate readers
    capture …", "The technology can identify …" with no product named before it) is no product's claim."""
    lexicon = words("claims")
    lowered = sentence.lower()
    if phrase_pattern(lexicon["attributions"]).search(lowered):
        return bool(named) or phrase_pattern(lexicon["speakers"]).search(lowered) is not None
    at = _position(lowered, trigger)
    if any(m.start - start < at for m in named):
        return True
    opening = re.findall(r"[a-z]+", lowered[:at])[:4]
    if not opening or not set(opening[1:]) & (lexicon["subjects"] - {"it", "that", "which", "our", "we"}):
        return False
    return opening[0] in {"this", "these"} or (named_before and opening[0] in {"the", "its", "their"})


def _position(lowered: str, trigger: str | None) -> int:
    """Where the capability word stands in the sentence (its end when none is known)."""
    if trigger:
        found = re.search(rf"(?<![a-z]){re.escape(trigger.lower())}(?![a-z])", lowered)
        if found:
            return found.start()
    return len(lowered)
