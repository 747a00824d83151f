"""What a document is about, computed once per document and shared by the extractors: its organization
mentions, and the vendor, agency and product a price or a claim in it most likely concerns."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field

from foiakit.extract.bid_columns import column_vendors, vendor_at
from foiakit.model import Document, Settings


@dataclass(frozen=True, slots=True)
class DocumentContext:
    organizations: tuple  # tuple[OrgMention, ...]
    sentences: dict  # page number → [(start, end)] sentence spans from spaCy's sentencizer
    main_vendor: str | None
    main_agency: str | None
    main_product: str | None
    by_page: dict = field(default_factory=dict)  # page → ([starts], [mentions]) sorted by start, for bisect
    columns: dict = field(default_factory=dict)  # page → [(start, end, vendor)]: bid-tabulation amounts

    def between(self, page: int, start: int, end: int) -> list:
        """The organization mentions starting in [start, end) of a page, in a logarithmic look-up (a long page
        has thousands: a scan over all of them per sentence or price made extraction quadratic)."""
        starts, mentions = self.by_page.get(page, ((), ()))
        return list(mentions[bisect_left(starts, start) : bisect_left(starts, end)])

    def nearest(
        self, kind: str, page: int, start: int, line: tuple[int, int] | None = None, floor: int | None = None
    ) -> str | None:
        """The organization of `kind` a span at (page, start) concerns: one named on its own line (a table row, a
        bid column's row, the sentence), else the document's main one, else the one mentioned closest before
        (from `floor` of this page on, when given: the start of the list item the span is in).
        The main one comes before the closest: a price below a passing mention of another company is still
        the seller's."""

        def named(m: object) -> str | None:
            return m.vendor if kind == "vendor" else m.canonical if m.kind == kind else None  # type: ignore[attr-defined]

        if line is not None:
            same_line = [m for m in self.between(page, line[0], line[1]) if named(m)]
            if same_line:
                return named(min(same_line, key=lambda m: abs(m.start - start)))
            column = vendor_at(self.columns, page, start) if kind == "vendor" else None
            if column:  # a bid tabulation's amount belongs to the vendor heading its column
                return column
        main = self.main_vendor if kind == "vendor" else self.main_agency
        if main:
            return main
        for number in sorted((n for n in self.by_page if n <= page), reverse=True):  # closest before
            starts, mentions = self.by_page[number]
            upto = bisect_right(starts, start) if number == page else len(mentions)
            since = bisect_left(starts, floor) if floor is not None and number == page else 0
            for m in reversed(mentions[since:upto]):
                if named(m):
                    return named(m)
            if floor is not None:
                return None
        return None


# One slot: the extractors of one document share its context. The slot holds the document itself and is
# matched by identity, so a new document that happens to reuse a freed object's id is never served a stale one.
_LAST: list[tuple[Document, Settings, DocumentContext]] = []


def document_context(document: Document, settings: Settings) -> DocumentContext:
    if not (_LAST and _LAST[0][0] is document and _LAST[0][1] == settings):
        from foiakit.extract.agency_refs import document_references
        from foiakit.extract.organizations import mentions

        _LAST.clear()
        sentences: dict[int, list[tuple[int, int]]] = {}
        found = tuple(_resolve_short_forms(document_references(document, mentions(document, settings, sentences))))
        found = found + tuple(_products(document, found, sentences))
        # a vendor named in the text wins; one only implied by its products ("Hailstorm") is the fallback
        # a vendor named by its legal name ("…, Inc.", "… LLC") is a party, not a passing mention: it weighs more
        vendors = Counter({name: 0 for name in (m.canonical for m in found if m.kind == "vendor")})
        for m in found:
            if m.kind == "vendor":  # a party the structure names (a defined "Contractor", "Vendor:") weighs most
                vendors[m.canonical] += 1 + 3 * _legal_form(m.text) + 10 * (m.role == "seller")
        vendors = vendors or Counter(m.maker for m in found if m.kind == "product" and m.maker)
        agencies = Counter(m.canonical for m in found if m.kind == "agency")
        products = Counter(m.product for m in found if m.product)
        columns = column_vendors(document, found)
        main_vendor = _defined_party(document, found) or _leader(vendors)
        context = DocumentContext(
            found, sentences, main_vendor, _top(agencies), _top(products), _by_page(found), columns
        )
        _LAST.append((document, settings, context))
    return _LAST[0][2]


def _by_page(found: tuple) -> dict:
    pages: dict[int, list] = {}
    for m in found:
        pages.setdefault(m.page, []).append(m)
    index = {}
    for number, mentions in pages.items():
        mentions.sort(key=lambda m: m.start)
        index[number] = ([m.start for m in mentions], mentions)
    return index


def _resolve_short_forms(found: list) -> list:
    """One body, one name within a document. A short form takes the one long form it ends ("Sheriff's Office"
    in a document naming "Marrow Ridge County Sheriff's Office"; "Office of Deputy Mayor for Planning" beside
    "District of Columbia Office of the Deputy Mayor for Planning": articles and case aside), "Chicago Police"
    the "Chicago Police Department" beside it, and a misread spelling of a long name ("Office of the Deputy
    Mayor for Pianning") the spelling the document uses more often."""
    from dataclasses import replace

    from foiakit.extract.org_places import one_name_per_place_key

    # "Sheriff's Office of Tarrow County" beside "Tarrow County Sheriff's Office": one body, one name
    agencies = Counter(m.canonical for m in found if m.kind == "agency")
    placed = one_name_per_place_key(agencies, _name_key)
    if placed:
        found = [replace(m, canonical=placed.get(m.canonical, m.canonical)) if m.kind == "agency" else m for m in found]
    names = Counter((m.kind, m.canonical) for m in found)
    keys = {(k, n): _name_key(n) for k, n in names}
    resolved = []
    decided: dict[tuple[str, str], str | None] = {}  # once per distinct name, not per mention
    for m in found:
        if (m.kind, m.canonical) in decided:
            target = decided[(m.kind, m.canonical)]
            resolved.append(replace(m, canonical=target) if target else m)
            continue
        key = keys[(m.kind, m.canonical)]
        longer = sorted(
            {n for (k, n), other in keys.items() if k == m.kind and n != m.canonical and other.endswith(" " + key)}
        )
        if not longer and m.kind == "agency":  # "Chicago Police" beside "Chicago Police Department"
            fuller = {f"{m.canonical} Department", f"{m.canonical} Office"}
            longer = sorted(n for k, n in names if k == m.kind and n in fuller)
        if not longer and len(key) >= 15:
            longer = _misread_of(m, key, names, keys)
        decided[(m.kind, m.canonical)] = longer[0] if len(longer) == 1 else None
        resolved.append(replace(m, canonical=longer[0]) if len(longer) == 1 else m)
    return resolved


def _legal_form(text: str) -> bool:
    last = re.sub(r"[^\w.]+", " ", text.lower()).split()
    return bool(last) and last[-1].strip(".") in _suffixes()


@functools.cache
def _suffixes() -> frozenset[str]:
    from foiakit.extract.lexicon import words

    return frozenset(s.strip(".") for s in words("org_words")["corporate_suffixes"])


def _name_key(name: str) -> str:
    words = re.sub(r"[^a-z0-9]+", " ", name.lower()).split()
    return " ".join(w for w in words if w not in {"the", "a", "an"})


def _misread_of(m: object, key: str, names: Counter, keys: dict) -> list[str]:
    """The one more frequent name of the same kind that differs from this one by a misread letter or two."""
    from difflib import SequenceMatcher

    own = names[(m.kind, m.canonical)]  # type: ignore[attr-defined]
    close = [
        n
        for (k, n), other in keys.items()
        if k == m.kind
        and n != m.canonical
        and names[(k, n)] > own  # type: ignore[attr-defined]
        and abs(len(other) - len(key)) <= 3
        and SequenceMatcher(None, key, other).ratio() >= 0.93
    ]
    return close if len(close) == 1 else []


_PRODUCT_WORD = re.compile(r"[A-Z][a-z]{2,}")


def _products(document: Document, found: tuple, sentences: dict[int, list[tuple[int, int]]]) -> list:
    """Products named after their vendor: "Stratus Recognize" in a document where "Stratus Cloud Services" is a
    vendor (the vendor's first word followed by a capitalised word that is not part of its name)."""
    from foiakit.extract.lexicon import words
    from foiakit.extract.org_forms import OrgMention

    suffixes = words("org_words")["weak_suffixes"] | words("org_words")["corporate_suffixes"]
    vendors = {m.canonical for m in found if m.kind == "vendor" and m.method == "rule"}
    products = []
    for vendor in sorted(vendors):
        first, *rest = vendor.split()
        if not rest or len(first) < 3:
            continue
        pattern = re.compile(rf"\b{re.escape(first)}\s+({_PRODUCT_WORD.pattern})\b")
        for page in document.pages:
            for match in pattern.finditer(page.text):
                word = match.group(1)
                if word in rest or word.lower() in suffixes:
                    continue
                product = f"{first} {word}"
                products.append(
                    OrgMention(
                        "product",
                        product,
                        page.number,
                        match.start(),
                        match.end(),
                        product,
                        _sentence_quote(page.text, sentences.get(page.number, []), match.start(), match.end()),
                        "rule",
                        0.7,
                        page.ocr,
                        product,
                        vendor,
                    )
                )
    return products


def _sentence_quote(text: str, spans: list[tuple[int, int]], start: int, end: int) -> str:
    """The sentence holding text[start:end] (whitespace collapsed), else its line."""
    from foiakit.extract.spans import line_quote

    for lo, hi in spans:
        if lo <= start < hi:
            return re.sub(r"\s+", " ", text[lo : max(hi, end)]).strip()[:400]
    return line_quote(text, start, end)


def _top(counter: Counter[str]) -> str | None:
    if not counter:
        return None
    return sorted(counter.items(), key=lambda item: (-item[1], item[0]))[0][0]


def _defined_party(document: Document, found: tuple) -> str | None:
    """The one vendor the agreement defines as its selling party ("Halden Works, LLC ("Contractor")"): the party its
    prices go to, however often it names other companies (a maker "licensed from", a subcontractor)."""
    from foiakit.extract.org_spans import defined_role

    texts = {page.number: page.text for page in document.pages}
    parties = {
        m.canonical
        for m in found
        if m.kind == "vendor" and m.role == "seller" and defined_role(texts.get(m.page, ""), m.end) == "seller"
    }
    return next(iter(parties)) if len(parties) == 1 else None


def _leader(counter: Counter[str]) -> str | None:
    """The document's main vendor: the one that weighs at least twice what any other does. Where none leads so
    (an agenda's items, minutes or a memo naming several companies once each) none is main: a price no line
    ties is not given to whichever weighs a little more or sorts first."""
    ranked = counter.most_common(2)
    if len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    return _top(counter)
