"""Capability claims: sentences in which a product, a vendor or their system is said to do something
(identify, recognize, track, detect, search …) to faces, people, plates, vehicles, devices …, with the
quantities ("up to 100 people in a single image", "tens of millions of faces") and qualities ("in real time",
"99% accuracy") they state. Negated, hedged and hypothetical sentences and questions are not claims."""

from __future__ import annotations

import re
from collections.abc import Iterator

from foiakit.extract import message_for, register
from foiakit.extract.lexicon import words
from foiakit.model import Document, Finding, Settings, make_detail

_SPACES = re.compile(r"\s+")
_QUANTITY = re.compile(
    r"\b(?:(?:up to|more than|over|at least|as many as)\s+)?(?:\d[\d,.]*|tens of (?:millions|thousands)|"
    r"hundreds of (?:millions|thousands)|millions|thousands|billions)(?:\s+of)?\s+(?P<noun>[a-z]+)"
    r"(?:\s+(?:in|per)\s+(?:a\s+)?(?:single\s+)?[a-z]+)?"
    r"|\b\d{1,3}(?:\.\d+)?\s?(?:%|percent)\s+(?:accuracy|accurate|match rate|precision)",
    re.I,
)


# a question without its question mark ("• Does the system allow for searching … in the absence of a plate")
_QUESTION_START = re.compile(r"^[\W\d]*(?:does|do|did|can|could|is|are|will|would|has|have|should)\s", re.I)
# two or more capitalised words in a row, not at the start of the sentence: a name or a heading
_TITLE_RUN = re.compile(r"(?<=[\w,;(] )(?:[A-Z][a-z]+(?:[ -]|$)){2,}|^(?:[A-Z][a-z]+[ -]){2,}(?=[A-Z])")


def _tokens(sentence: str) -> list[str]:
    return re.findall(r"[a-z0-9%/'-]+", sentence.lower())


def claim_parts(sentence: str, product_names: frozenset[str] = frozenset()) -> dict[str, object] | None:
    """The verb, object, quantities and qualities of a claim sentence; None when it is no claim."""
    lexicon = words("claims")
    flat = _SPACES.sub(" ", sentence).strip()
    if not flat or flat.endswith("?") or len(flat) > 900 or _QUESTION_START.match(flat):
        return None
    tokens = _tokens(flat)
    token_set = set(tokens)
    # a verb inside a product's name ("Stratus Recognize") is a name, not a verb
    unnamed = flat
    for name in product_names:
        unnamed = unnamed.replace(name, " ")
    # so is a verb inside any name in title case ("License Plate Recognition Systems", "Public Access Counselor")
    unnamed = _TITLE_RUN.sub(" ", unnamed)
    verb = next((t for t in _tokens(unnamed) if t in lexicon["verbs"]), None)
    if verb is None:
        return None
    lowered = f" {flat.lower()} "
    obj = next(
        (
            o
            for o in sorted(lexicon["objects"], key=len, reverse=True)
            if f" {o} " in lowered or f" {o}," in lowered or f" {o}." in lowered
        ),
        None,
    )
    if obj is None:
        return None
    if token_set & lexicon["negations"] or token_set & lexicon["hedges"]:
        return None
    qualities = sorted(q for q in lexicon["qualities"] if q in flat.lower())
    quantities = [
        _SPACES.sub(" ", m.group(0)).strip()
        for m in _QUANTITY.finditer(flat)
        if m.group("noun") is None or m.group("noun").lower() in lexicon["objects"]
    ]
    return {"verb": verb, "object": obj, "qualities": qualities or None, "quantities": quantities or None}


def _claims_in(
    text: str, sentences: list[tuple[int, int]], products: frozenset[str]
) -> Iterator[tuple[int, int, dict[str, object]]]:
    """(start, end, parts) of each claim: sentence by sentence; but a "sentence" spanning many printed lines (a
    table, a form, a list) that holds no claim as a whole is read line by line."""
    for start, end in sentences:
        parts = claim_parts(text[start:end], products)
        if parts is not None or text.count("\n", start, end) < 3:
            if parts is not None:
                yield start, end, parts
            continue
        offset = start
        for line in text[start:end].split("\n"):
            if len(line.strip()) >= 20 and (line_parts := claim_parts(line, products)) is not None:
                yield offset, offset + len(line), line_parts
            offset += len(line) + 1


@register(35, "claims")
def extract_claims(document: Document, settings: Settings) -> Iterator[Finding]:
    from foiakit.extract.context import document_context

    context = document_context(document, settings)
    source = document.source
    subjects = words("claims")["subjects"]
    products = frozenset(m.product for m in context.organizations if m.product)
    for page in document.pages:
        sentences = context.sentences.get(page.number, [(0, len(page.text))])
        for start, end, parts in _claims_in(page.text, sentences, products):
            sentence = page.text[start:end]
            orgs = [m for m in context.organizations if m.page == page.number and start <= m.start < end]
            has_subject = (
                bool(orgs)
                or bool(set(_tokens(sentence)) & subjects)
                or bool(context.main_product or context.main_vendor)
            )
            if not has_subject:
                continue
            vendor = (
                next((m.canonical for m in orgs if m.kind == "vendor"), None)
                or next((m.maker for m in orgs if m.maker), None)
                or context.main_vendor
            )
            product = next((m.product for m in orgs if m.product), None) or context.main_product
            text = sentence.strip()
            lead = len(sentence) - len(sentence.lstrip())
            message = message_for(document, page.number, start)
            yield Finding(
                kind="capability_claim",
                value=_SPACES.sub(" ", text)[:200],
                normalized=f"{parts['verb']} {parts['object']}",
                file=source.display_path,
                sha256=source.sha256,
                page=page.number,
                start=start + lead,
                end=start + lead + len(text),
                quote=_SPACES.sub(" ", text)[:500],
                method="rule",
                ocr=page.ocr,
                confidence=0.7 + 0.1 * bool(parts["quantities"]) + 0.1 * bool(parts["qualities"]),
                message=message.id if message else None,
                detail=make_detail(
                    subject=product or vendor,
                    vendor=vendor,
                    product=product,
                    quantities=parts["quantities"],
                    qualities=parts["qualities"],
                ),
            )
