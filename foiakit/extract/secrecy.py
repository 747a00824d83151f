"""NDAs: whole non-disclosure agreements, confidentiality clauses inside contracts, and references to an NDA
("under NDA", "we signed a non-disclosure agreement"), each with its parties and date when the sentence states
them. Mere "CONFIDENTIAL" markings are not NDAs (no phrase here matches them), nor are negations ("not
covered by any non-disclosure agreement"). A document holding at least one is flagged by a document-level
finding (detail scope=document) that cites its strongest evidence."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from foiakit.extract import message_for, register
from foiakit.extract.lexicon import phrases
from foiakit.model import Document, Finding, Settings, make_detail

_SPACES = re.compile(r"\s+")
_DATE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}"
)
_STRENGTH = {"agreement": 3, "clause": 2, "reference": 1}


@functools.cache
def _compile(items: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(i) for i in items) + r")(?![a-z])", re.I)


def classify_sentence(sentence: str) -> tuple[str, str] | None:
    """(type, matched phrase) when a sentence makes or cites a non-disclosure obligation; None otherwise."""
    flat = _SPACES.sub(" ", sentence)
    if _compile(phrases("nda", "negations")).search(flat):
        return None
    agreement = _compile(phrases("nda", "agreements")).search(flat)
    if agreement:
        return "agreement", agreement.group(0)
    reference = re.search(r"\bNDA\b", flat)
    if reference and _compile(phrases("nda", "references")).search(flat):
        return "reference", reference.group(0)
    term = _compile(phrases("nda", "clause_terms")).search(flat)
    duty = _compile(phrases("nda", "clause_obligations")).search(flat)
    if term and duty:
        return "clause", term.group(0)
    return None


@register(30, "nda")
def extract_ndas(document: Document, settings: Settings) -> Iterator[Finding]:
    from foiakit.extract.context import document_context

    context = document_context(document, settings)
    source = document.source
    found: list[Finding] = []
    for page in document.pages:
        for start, end in context.sentences.get(page.number, [(0, len(page.text))]):
            sentence = page.text[start:end]
            verdict = classify_sentence(sentence)
            if verdict is None:
                continue
            kind, phrase = verdict
            offset = sentence.lower().find(phrase.lower())
            parties = sorted(
                {m.canonical for m in context.organizations if m.page == page.number and start <= m.start < end}
            )
            date = _DATE.search(sentence)
            message = message_for(document, page.number, start + max(offset, 0))
            found.append(
                Finding(
                    kind="nda",
                    value=phrase,
                    normalized=kind,
                    file=source.display_path,
                    sha256=source.sha256,
                    page=page.number,
                    start=start + max(offset, 0),
                    end=start + max(offset, 0) + len(phrase),
                    quote=_SPACES.sub(" ", sentence).strip()[:500],
                    method="rule",
                    ocr=page.ocr,
                    confidence=0.9 if kind != "reference" else 0.8,
                    message=message.id if message else None,
                    detail=make_detail(type=kind, parties=parties or None, date=date.group(0) if date else None),
                )
            )
    if found:
        best = max(found, key=lambda f: (_STRENGTH[f.normalized], -(f.page or 0), -(f.start or 0)))
        types = sorted({f.normalized for f in found})
        found.append(
            Finding(
                kind="nda",
                value=best.value,
                normalized="document",
                file=source.display_path,
                sha256=source.sha256,
                page=best.page,
                start=best.start,
                end=best.end,
                quote=best.quote,
                method="rule",
                ocr=best.ocr,
                confidence=best.confidence,
                message=best.message,
                detail=make_detail(scope="document", types=types, evidence=len(found)),
            )
        )
    yield from found
