"""Where one run of capitalised words holds several names: a legal form inside it ("Kettle Systems Inc. Quillon
Vision LLC" over a price table's columns), a legal form followed by the company's seat ("… Inc. of Marrowind"), and
"and" between a body and a company or two bodies ("the Town of Wexbury and Kettle-Marsh Systems Inc.")."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from foiakit.extract.lexicon import words
from foiakit.extract.org_forms import classify
from foiakit.extract.org_roles import acts_as_body, bare_place
from foiakit.extract.org_spans import defined_role, trim

_SPLITTING_SUFFIXES = frozenset({"co.", "corp.", "corp", "corporation"})


@functools.cache
def _splitting_suffixes() -> frozenset[str]:
    return words("org_words")["legal_forms"] | _SPLITTING_SUFFIXES


_TABLE_AMOUNT = re.compile(r"\$\s?\d[\d,]*(?:\.\d{2})?|\b\d{1,3}(?:,\d{3})*\.\d{2}\b")


def heads_a_price_table(text: str, end: int) -> bool:
    """Whether the line holding `end` is followed by a line with two amounts or more (a header of columns)."""
    line_end = text.find("\n", end)
    if line_end < 0:
        return False
    start = line_end + 1
    while start < len(text) and text[start] == "\n" and start - line_end < 20:  # a few blank lines at most
        start += 1
    stop = text.find("\n", start)
    following = text[start : stop if stop >= 0 else min(len(text), start + 2000)]  # one line, never the page's rest
    return len(_TABLE_AMOUNT.findall(following)) >= 2


def split_after_legal_forms(span: object, text: str) -> Iterator[object]:
    """ "Kettle Systems Inc. Quillon Vision LLC Brantwick Radio Co.": a legal form inside a run of capitalised
    words ends one name (a bid tabulation's header, a list of parties printed on one line). `text` is the doc's
    text (spaCy rebuilds `doc.text` on every access: per span, that was quadratic)."""
    suffixes = _splitting_suffixes()
    connectors = words("org_words")["connectors"]
    tokens = [t for t in span if not t.is_space]  # type: ignore[attr-defined]
    legal_forms = words("org_words")["legal_forms"]
    for i, token in enumerate(tokens[1:-1], start=1):
        if token.text.lower() in legal_forms and tokens[i + 1].lower_ == "of":
            # "Kestrel Paving Inc. of Marrowind": a legal form closes the name, "of …" is where the company sits
            # ("Company of …" and "Co. of …" may go on: "Insurance Company of North America")
            part = trim(span.doc[tokens[0].i : token.i + 1])  # type: ignore[attr-defined]
            if part is not None:
                yield part
            return
    inner = any(t.text.lower() in suffixes for t in tokens[:-1])
    if not inner or not heads_a_price_table(text, span.end_char):  # type: ignore[attr-defined]
        yield span  # elsewhere a run holding a legal form may be one name ("Pen-Link, Ltd. Intercept Suite")
        return
    start = 0
    for i, token in enumerate(tokens[:-1]):
        following = tokens[i + 1]
        if (
            token.text.lower() in suffixes
            and following.text[:1].isupper()
            and following.text.lower() not in suffixes | connectors
            and i + 1 - start >= 2
        ):
            part = trim(span.doc[tokens[start].i : token.i + 1])  # type: ignore[attr-defined]
            if part is not None:
                yield part
            start = i + 1
    rest = trim(span.doc[tokens[start].i : tokens[-1].i + 1]) if tokens else None  # type: ignore[attr-defined]
    if rest is not None:
        yield rest


_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)  # an agreement's two parties follow


def split_coordination(span: object, text: str = "") -> Iterator[object]:
    tokens = list(span)  # type: ignore[call-overload]
    heads = words("org_words")["agency_strong_heads"] | {"office"}
    for i, token in enumerate(tokens[2:-2], 2):  # "… Office of Open Government Board of Ethics …": two names
        if token.text.lower() in heads and tokens[i + 1].text.lower() == "of" and token.text[:1].isupper():
            left, right = trim(span[:i]), trim(span[i:])  # type: ignore[index]
            left_words = [t.text for t in left] if left is not None else []
            if (
                right is not None
                and len(left_words) >= 3
                and any(w.lower() in words("org_words")["agency_heads"] for w in left_words)  # a name, not a place
                and classify(left_words) == "agency"
                and classify([t.text for t in right]) == "agency"
            ):
                yield from split_coordination(left, text)
                yield from split_coordination(right, text)
                return
    for i, token in enumerate(tokens[1:-1], 1):
        if token.text.lower() == "and":  # "the Town of Wexbury and Kettle-Marsh Systems Inc.": a body and a company
            left, right = trim(span[:i]), trim(span[i + 1 :])  # type: ignore[index]
            if left is not None and right is not None:
                sides = (classify([t.text for t in left]), classify([t.text for t in right]))
                if (
                    sides == ("agency", None)
                    and text
                    and (
                        defined_role(text, span.end_char)  # type: ignore[attr-defined]
                        or _BETWEEN_BEFORE.search(text, max(0, span.start_char - 40), span.start_char)  # type: ignore[attr-defined]
                    )
                ):
                    sides = ("agency", "vendor")  # "between the Town of Alder and Quillon Vision ("Contractor")"
                if (
                    text
                    and sides[1] != "agency"
                    and bare_place([t.text for t in left])
                    and acts_as_body(text, left.start_char, left.end_char)  # type: ignore[attr-defined]
                ):
                    sides = ("agency", "vendor")  # "between Marlow County and Tamsin Paving": the county, a party
                if sides in {("agency", "vendor"), ("vendor", "agency")}:
                    yield from split_coordination(left, text)
                    yield from split_coordination(right, text)
                    return
                left_words = [t.text.lower() for t in left]
                if sides[1] == "vendor" and " ".join(left_words) in words("org_words")["agency_defined_terms"]:
                    yield from split_coordination(right, text)  # "the City and Tamsin Paving Company": a reference
                    return
    for i, token in enumerate(tokens[1:-1], 1):
        following = next((t for t in tokens[i + 1 :] if not t.is_space), None)
        if token.text.lower() not in {"and", "&"} or following is None or following.text.lower() != "the":
            continue  # only "… and the …" starts a second name
        left, right = trim(span[:i]), trim(span[i + 1 :])  # type: ignore[index]
        if left is not None and right is not None:
            left_kind = classify([t.text for t in left])
            right_kind = classify([t.text for t in right])
            if right_kind is not None and left_kind in (None, right_kind):  # "… and the City of Eugene"
                yield from split_coordination(left, text)
                yield from split_coordination(right, text)
                return
    yield span
