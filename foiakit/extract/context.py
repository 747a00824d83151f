"""What a document is about, computed once per document and shared by the extractors: its organization
mentions, and the vendor, agency and product a price or a claim in it most likely concerns."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from foiakit.model import Document, Settings


@dataclass(frozen=True, slots=True)
class DocumentContext:
    organizations: tuple  # tuple[OrgMention, ...]
    sentences: dict  # page number → [(start, end)] sentence spans from spaCy's sentencizer
    main_vendor: str | None
    main_agency: str | None
    main_product: str | None

    def nearest(self, kind: str, page: int, start: int) -> str | None:
        """The organization of `kind` mentioned closest before (page, start), else the document's main one."""
        best = None
        for m in self.organizations:
            if m.kind == kind and (m.page, m.start) <= (page, start):
                best = m.canonical
        return best or (self.main_vendor if kind == "vendor" else self.main_agency)


_CACHE: dict[tuple[int, str], DocumentContext] = {}


def document_context(document: Document, settings: Settings) -> DocumentContext:
    key = (id(document), document.source.sha256)
    if key not in _CACHE:
        from foiakit.extract.organizations import mentions

        _CACHE.clear()  # one document at a time per worker: the cache only spares recomputing within it
        sentences: dict[int, list[tuple[int, int]]] = {}
        found = tuple(mentions(document, settings, sentences))
        vendors = Counter(m.canonical for m in found if m.kind == "vendor")
        agencies = Counter(m.canonical for m in found if m.kind == "agency")
        products = Counter(m.product for m in found if m.product)
        _CACHE[key] = DocumentContext(
            found,
            sentences,
            _top(vendors),
            _top(agencies),
            _top(products),
        )
    return _CACHE[key]


def _top(counter: Counter[str]) -> str | None:
    if not counter:
        return None
    return sorted(counter.items(), key=lambda item: (-item[1], item[0]))[0][0]
