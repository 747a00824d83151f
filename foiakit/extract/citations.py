"""Parties of cited cases: "O'Shea v. Township of Alder Falls", "Harlow Signal, Inc. v. Department of the Navy".

Response letters and appeal decisions cite case law; the bodies and companies of a cited case are no parties to
the document. A name that the document gives only inside case names is left out; a name it also uses elsewhere
(the document's own caption, "Jane Roe, Complainant v. Alder County Clerk", is followed by text about that
clerk) stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from foiakit.extract.org_forms import OrgMention
from foiakit.model import Document

# "v." / "vs." / "versus" between two parties; the other party may be a few capitalised words away
_BEFORE = re.compile(r"(?:\bv\.|\bvs\.?|\bversus)\s+(?:(?:the\s+)?[A-Z][\w'’.&-]*,?\s+){0,4}$")
_AFTER = re.compile(r"^\s*(?:,\s*(?:Inc|LLC|Ltd|LP|L\.P|Co|Corp)\.?)?,?\s+(?:v\.|vs\.?|versus)\s+\S")
_REACH = 60  # characters looked at on either side: a case name sits on one line


def in_case_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is one side of a case name ("A v. B")."""
    before = text[max(0, start - _REACH) : start].split("\n")[-1]
    return _BEFORE.search(before) is not None or _AFTER.match(text[end : end + _REACH]) is not None


def without_cited_parties(document: Document, found: Iterable[OrgMention]) -> list[OrgMention]:
    """Vendors and agencies named only as parties of cited cases are dropped (a role from the document's
    structure, a form's field or a payee column, always stays)."""
    found = list(found)
    texts = {page.number: page.text for page in document.pages}

    def cited(m: OrgMention) -> bool:
        return m.kind in {"vendor", "agency"} and not m.role and in_case_name(texts.get(m.page, ""), m.start, m.end)

    elsewhere = {(m.kind, m.canonical) for m in found if not cited(m)}
    return [m for m in found if (m.kind, m.canonical) in elsewhere or not cited(m)]
