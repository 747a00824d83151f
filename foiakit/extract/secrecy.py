"""NDAs: whole non-disclosure agreements, confidentiality clauses inside contracts, and references to an NDA
("under NDA", "we signed a non-disclosure agreement"), each with its parties and date when the sentence states
them. Mere "CONFIDENTIAL" markings are not NDAs (no phrase here matches them), nor are negations ("not
covered by any non-disclosure agreement"). A document holding at least one is flagged by a document-level
finding (detail scope=document) that cites its strongest evidence."""

from __future__ import annotations

import re
from collections.abc import Iterator

from foiakit.extract import message_for, register
from foiakit.extract.lexicon import phrase_pattern, phrases
from foiakit.model import Document, Finding, Settings, make_detail

_SPACES = re.compile(r"\s+")
_DATE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}"
)
_STRENGTH = {"agreement": 3, "clause": 2, "reference": 1}


def classify_sentence(sentence: str) -> tuple[str, str] | None:
    """(type, matched phrase) when a sentence makes or cites a non-disclosure obligation; None otherwise."""
    flat = _SPACES.sub(" ", sentence)
    if phrase_pattern(phrases("nda", "negations")).search(flat):
        return None
    agreement = phrase_pattern(phrases("nda", "agreements")).search(flat)
    if agreement:
        return "agreement", agreement.group(0)
    reference = re.search(r"\bNDA\b", flat)
    if reference and phrase_pattern(phrases("nda", "references")).search(flat):
        return "reference", reference.group(0)
    if phrase_pattern(phrases("nda", "disclosure_laws")).search(flat):
        return None
    term = phrase_pattern(phrases("nda", "clause_terms")).search(flat)
    duty = phrase_pattern(phrases("nda", "clause_obligations")).search(flat)
    if term and duty:
        return "clause", term.group(0)
    duties = _duties(flat)
    if len(duties) >= 2:  # "shall hold all County data in strict confidence and shall not disclose it": whatever
        return "clause", duties[0]  # the information is called, a party bound twice over to secrecy
    return None


def _duties(flat: str) -> list[str]:
    """The distinct duties of secrecy a sentence states ("in strict confidence", "shall not disclose")."""
    pattern = phrase_pattern(phrases("nda", "section_duties")).pattern
    found: list[str] = []
    for match in pattern.finditer(flat):
        said = match.group(0).lower()
        if said not in _PARTY_TERMS and not any(said in other or other in said for other in found):
            found.append(said)
    return found


_PARTY_TERMS = frozenset({"receiving party", "disclosing party"})  # an agreement's parties, no duty of their own


# a section heading at the start of a line: "15. Confidentiality.", "5.1 Confidentiality. To the extent …",
# "K. Non-Disclosure.", "CONFIDENTIALITY OF INFORMATION", "Section 12. Confidentiality.", "ARTICLE IX - NON-DISCLOSURE"
_HEADING = re.compile(
    r"(?im)^[ \t]*(?:(?:(?:section|article|sec\.|art\.)[ \t]+)?"
    r"\(?(?:[A-Z]|[a-z]|[ivx]{1,6}|\d{1,2}(?:\.\d{1,2})*)[.):]?(?:[ \t]*[-–—])?[ \t]+)?"
    r"(?P<title>[A-Za-z][A-Za-z ;,&-]{4,60}?)[ \t]*(?:[.:][ \t]|[.:]?[ \t]*$)"
)


def section_clauses(text: str, following: str = "") -> Iterator[tuple[int, int, str]]:
    """(start, end, heading) of each non-disclosure section: a heading that names one, followed within 1,500
    characters (on its page, or the next page's text in `following`) by a duty of secrecy ('shall not
    disclose', 'in confidence', 'the Receiving Party')."""
    headings = phrases("nda", "section_headings")
    not_section = phrases("nda", "not_section_words")
    for match in _HEADING.finditer(text):
        title = _SPACES.sub(" ", match.group("title")).strip().lower().rstrip(";,")
        named = title in headings or phrase_pattern(phrases("nda", "heading_words")).search(title)
        if not named or phrase_pattern(not_section).search(title):
            continue
        body = text[match.end() : match.end() + 1500]
        body += "\n" + following[: max(0, 1500 - len(body))]
        if phrase_pattern(phrases("nda", "section_duties")).search(body) or _NOT_DISCLOSE.search(body):
            yield match.start("title"), match.end("title"), match.group("title")


# "shall not copy, publish or disclose": a duty whose verbs are listed before "disclose"
_NOT_DISCLOSE = re.compile(r"\bnot\s+(?:[a-z]+,?\s+(?:or\s+|and\s+)?){1,4}?disclose\b", re.I)


@register(30, "nda")
def extract_ndas(document: Document, settings: Settings) -> Iterator[Finding]:
    from foiakit.extract.context import document_context

    context = document_context(document, settings)
    source = document.source
    found: list[Finding] = []
    following = {p.number: n.text for p, n in zip(document.pages, document.pages[1:], strict=False)}
    for page in document.pages:
        for start, end in context.sentences.get(page.number, [(0, len(page.text))]):
            sentence = page.text[start:end]
            verdict = classify_sentence(sentence)
            if verdict is None:
                continue
            kind, phrase = verdict
            offset = sentence.lower().find(phrase.lower())
            parties = sorted({m.canonical for m in context.between(page.number, start, end)})
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
        covered = [(f.start or 0, f.end or 0) for f in found if f.page == page.number]
        for start, end, heading in section_clauses(page.text, following.get(page.number, "")):
            if any(s <= start < e + 1500 for s, e in covered):
                continue  # the section's own sentences already made a clause
            line_end = page.text.find("\n", end)
            message = message_for(document, page.number, start)
            found.append(
                Finding(
                    kind="nda",
                    value=heading,
                    normalized="clause",
                    file=source.display_path,
                    sha256=source.sha256,
                    page=page.number,
                    start=start,
                    end=end,
                    quote=_SPACES.sub(" ", page.text[start : line_end if line_end > 0 else end + 300]).strip()[:500],
                    method="rule",
                    ocr=page.ocr,
                    confidence=0.85,
                    message=message.id if message else None,
                    detail=make_detail(type="clause", parties=None, date=None, section=heading.strip()),
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
