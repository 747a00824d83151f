"""Vendors and agencies: names from the lists (gazetteer), organization-shaped names classified by their form
(a corporate suffix makes a company, an agency head noun a public body), abbreviations defined in the text
("Board of Ethics and Government Accountability (BEGA)"), and senders' email domains (.gov vs a company's)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from foiakit.extract import message_for, register
from foiakit.extract.lexicon import known_orgs, words
from foiakit.extract.spacy_pipeline import build_nlp, org_matcher
from foiakit.model import Document, Finding, Settings, make_detail

_EMAIL = re.compile(r"[\w.+'-]+@([\w-]+(?:\.[\w-]+)+)")
_ABBREVIATION = re.compile(r"^\s*\(\s*(?:the\s+)?[\"“]?([A-Z][A-Za-z0-9&.\-]{1,9})[\"”]?\s*\)")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class OrgMention:
    kind: str  # vendor | agency
    canonical: str
    page: int
    start: int
    end: int
    text: str
    quote: str
    method: str
    confidence: float
    ocr: bool
    product: str | None = None


def classify(tokens: list[str]) -> str | None:
    """'vendor', 'agency' or None for an organization-shaped name, by its words alone."""
    org_words = words("org_words")
    lower = [t.lower().strip(",") for t in tokens if t.strip(",")]
    if not lower:
        return None
    has_head = any(t in org_words["agency_heads"] for t in lower)
    strong_head = any(t in org_words["agency_strong_heads"] for t in lower)
    joined = " ".join(lower)
    place = any(joined.startswith(form) for form in org_words["place_forms"])
    if lower[-1] in org_words["corporate_suffixes"] and lower[-1] not in org_words["not_vendor_suffix_before"]:
        return None if strong_head else "vendor"
    if strong_head or place or (has_head and len(lower) >= 3 and lower[0] not in org_words["connectors"]):
        if len(lower) == 1:
            return None
        return "agency"
    weak = lower[-1] in org_words["weak_suffixes"] and lower[0] not in org_words["generic_first_words"]
    if weak and len(lower) >= 2 and not has_head and all(t[:1].isalpha() for t in lower):
        return "vendor"
    return None


_SUFFIX_TRIM = re.compile(
    r"(?:,?\s+(?:inc\.?|incorporated|llc|l\.l\.c\.|corp\.?|corporation|co\.|company|ltd\.?|limited|l\.?p\.|plc|gmbh))+$",
    re.I,
)


def canonical_name(text: str, kind: str) -> str:
    name = _SPACES.sub(" ", text).strip(" ,.;:")
    if kind == "vendor":
        name = _SUFFIX_TRIM.sub("", name).strip(" ,")
    if name.lower().startswith("the "):
        name = name[4:]
    if name.isupper() and len(name) > 5:
        name = name.title().replace("'S ", "'s ")
    return name


def mentions(
    document: Document, settings: Settings, sentences: dict[int, list[tuple[int, int]]] | None = None
) -> list[OrgMention]:
    """Organization mentions on every page; fills `sentences` (page → sentence spans) on the way."""
    nlp = build_nlp(settings.patterns, settings.spacy_model)
    matcher = org_matcher(settings.patterns, settings.spacy_model)
    found: list[OrgMention] = []
    abbreviations: dict[str, tuple[str, str]] = {}
    texts = [page.text for page in document.pages]
    for page, doc in zip(document.pages, nlp.pipe(texts, batch_size=16), strict=True):
        taken: list[tuple[int, int]] = []
        if sentences is not None:
            sentences[page.number] = [(sent.start_char, sent.end_char) for sent in doc.sents]
        for ent in doc.ents:
            if ent.label_ not in {"VENDOR", "AGENCY", "PRODUCT"}:
                continue
            kind = "agency" if ent.label_ == "AGENCY" else "vendor"
            product = ent.text if ent.label_ == "PRODUCT" else None
            found.append(_mention(kind, ent.ent_id_ or ent.text, page, ent, "gazetteer", 0.95, product))
            taken.append((ent.start_char, ent.end_char))
        for _, start, end in matcher(doc):
            span = _trim(doc[start:end])
            if span is None or any(s < span.end_char and span.start_char < e for s, e in taken):
                continue
            kind = classify([t.text for t in span])
            if kind is None:
                continue
            name = canonical_name(span.text, kind)
            found.append(_mention(kind, name, page, span, "rule", 0.8))
            abbreviation = _ABBREVIATION.match(page.text[span.end_char : span.end_char + 16])
            if abbreviation:
                abbreviations[abbreviation.group(1)] = (kind, name)
    if abbreviations:
        found.extend(_abbreviation_mentions(document, nlp, abbreviations))
    found.extend(_domain_mentions(document))
    return found


def _trim(span: object) -> object | None:
    org_words = words("org_words")
    tokens = list(span)  # type: ignore[call-overload]
    while tokens and (tokens[0].text.lower() in org_words["connectors"] or tokens[0].text in {"&", "-", "/"}):
        tokens = tokens[1:]
    while tokens and (tokens[-1].text.lower() in org_words["connectors"] or tokens[-1].text in {"&", "-", "/"}):
        tokens = tokens[:-1]
    if not tokens:
        return None
    doc = tokens[0].doc
    trimmed = doc[tokens[0].i : tokens[-1].i + 1]
    if trimmed.text.isupper() and len(trimmed) == 1:
        return None
    return trimmed


def _mention(
    kind: str, canonical: str, page: object, span: object, method: str, confidence: float, product: str | None = None
) -> OrgMention:
    sentence = span.sent  # type: ignore[attr-defined]
    return OrgMention(
        kind,
        canonical,
        page.number,  # type: ignore[attr-defined]
        span.start_char,  # type: ignore[attr-defined]
        span.end_char,  # type: ignore[attr-defined]
        span.text,  # type: ignore[attr-defined]
        _SPACES.sub(" ", sentence.text).strip()[:400],
        method,
        confidence,
        page.ocr,  # type: ignore[attr-defined]
        product,
    )


def _abbreviation_mentions(
    document: Document, nlp: object, abbreviations: dict[str, tuple[str, str]]
) -> Iterator[OrgMention]:
    pattern = re.compile(r"\b(" + "|".join(re.escape(a) for a in sorted(abbreviations, key=len, reverse=True)) + r")\b")
    for page in document.pages:
        for match in pattern.finditer(page.text):
            kind, name = abbreviations[match.group(1)]
            line_start = page.text.rfind("\n", 0, match.start()) + 1
            line_end = page.text.find("\n", match.end())
            quote = page.text[line_start : line_end if line_end >= 0 else len(page.text)].strip()[:400]
            yield OrgMention(
                kind, name, page.number, match.start(), match.end(), match.group(1), quote, "rule", 0.75, page.ocr
            )


def _domain_mentions(document: Document) -> Iterator[OrgMention]:
    """A sender or recipient at a known vendor's domain is a mention of that vendor."""
    domains = {d: org.canonical for org in known_orgs() if org.kind == "vendor" for d in org.domains}
    if not domains:
        return
    for page in document.pages:
        for match in _EMAIL.finditer(page.text):
            domain = match.group(1).lower()
            canonical = domains.get(domain) or domains.get(domain.split(".", 1)[-1])
            if canonical:
                line_start = page.text.rfind("\n", 0, match.start()) + 1
                line_end = page.text.find("\n", match.end())
                quote = page.text[line_start : line_end if line_end >= 0 else len(page.text)].strip()[:400]
                yield OrgMention(
                    "vendor",
                    canonical,
                    page.number,
                    match.start(),
                    match.end(),
                    match.group(0),
                    quote,
                    "gazetteer",
                    0.9,
                    page.ocr,
                )


def to_findings(document: Document, found: Iterable[OrgMention]) -> Iterator[Finding]:
    source = document.source
    for m in found:
        message = message_for(document, m.page, m.start)
        yield Finding(
            kind=m.kind,
            value=m.text,
            normalized=m.canonical,
            file=source.display_path,
            sha256=source.sha256,
            page=m.page,
            start=m.start,
            end=m.end,
            quote=m.quote,
            method=m.method,
            ocr=m.ocr,
            confidence=m.confidence,
            message=message.id if message else None,
            detail=make_detail(product=m.product),
        )


@register(10, "organizations")
def extract_organizations(document: Document, settings: Settings) -> Iterator[Finding]:
    from foiakit.extract.context import document_context

    yield from to_findings(document, document_context(document, settings).organizations)
