"""Vendors and agencies: names from the lists (gazetteer), organization-shaped names classified by their form
(a corporate suffix makes a company, an agency head noun a public body), abbreviations defined in the text
("Board of Ethics and Government Accountability (BEGA)"), and senders' email domains (.gov vs a company's)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from foiakit.extract import message_for, register
from foiakit.extract.citations import without_cited_parties
from foiakit.extract.deal_phrases import deal_role
from foiakit.extract.domains import domain_mentions
from foiakit.extract.fields import field_mentions, payee_mentions, register_payee_mentions
from foiakit.extract.letterheads import dba_mentions, letterhead_mentions, signature_mentions
from foiakit.extract.lexicon import known_orgs, phrase_pattern, words
from foiakit.extract.org_forms import OrgMention, canonical_name, classify
from foiakit.extract.org_model import candidate_text, decide
from foiakit.extract.org_roles import acts_as_body, bare_place
from foiakit.extract.org_spans import (
    candidate_spans,
    defined_body,
    defined_role,
    doubled,
    focus,
    outside,
    overlaps,
    place_then_unit,
    shared_head,
)
from foiakit.extract.org_titles import names_a_program
from foiakit.extract.org_units import body_then_unit
from foiakit.extract.spacy_pipeline import build_nlp, mark_orgish, org_matcher
from foiakit.extract.spans import line_quote
from foiakit.model import Document, Finding, Settings, make_detail

_ABBREVIATION = re.compile(r"^\s*\(\s*(?:the\s+)?[\"“]?([A-Z][A-Za-z0-9&.\-]{1,9})[\"”]?\s*\)")
_SPACES = re.compile(r"\s+")
# a form's label: the name-shaped words, perhaps a label word ("ID", "Name", "No."), then a colon
_LABEL_AFTER = re.compile(r"(?:[ \t]+(?:ID|Id|Name|NAME|No\.?|Number|NUMBER|Code|CODE|#)){0,2}[ \t]?:(?![/\d])")


def mentions(
    document: Document,
    settings: Settings,
    sentences: dict[int, list[tuple[int, int]]] | None = None,
    seen: list[tuple[str, str, str | None]] | None = None,
) -> list[OrgMention]:
    """Organization mentions on every page; fills `sentences` (page → sentence spans) on the way, and `seen`
    (candidate with its context, its text, the rules' kind) when given."""
    nlp = build_nlp(settings.patterns, settings.spacy_model)
    matcher = org_matcher(settings.patterns, settings.spacy_model)
    found: list[OrgMention] = []
    abbreviations: dict[str, tuple[str, str]] = {}
    pieces = [(offset, replace(page, text=text)) for page in document.pages for offset, text in windows(page.text)]
    texts = [breakable(piece.text) for _, piece in pieces]
    for (offset, page), text, doc in zip(pieces, texts, nlp.pipe(texts, batch_size=16), strict=True):
        mark_orgish(doc, text)
        taken: list[tuple[int, int]] = []
        # the sentences once per doc, for the page's spans and the mentions' quotes (with the text spaCy was given:
        # `doc.text` is rebuilt from the tokens on every access)
        bounds = [(sent.start, sent.start_char, sent.end_char) for sent in doc.sents]
        doc.user_data[_SENTENCES] = ([b[0] for b in bounds], bounds, text)
        if sentences is not None:
            spans = [(start + offset, end + offset) for _, start, end in bounds]
            sentences[page.number] = [*sentences.get(page.number, []), *spans] if offset else spans
        before = len(found)
        for ent in doc.ents:
            if ent.label_ not in {"VENDOR", "AGENCY", "PRODUCT"}:
                continue
            if ent.label_ == "PRODUCT":  # a product implies its maker; the vendor itself is not named here
                product = _product_name(ent.ent_id_, ent.text)
                found.append(_mention("product", product, page, ent, "gazetteer", 0.95, product, ent.ent_id_ or None))
            elif ent.label_ == "AGENCY" and _state_before(page.text, ent.start_char):
                continue  # "Oregon Department of Justice", "Ohio EPA": a state's body, left to the name rules
            elif ent.label_ == "AGENCY" and names_a_thing(page.text, ent.text, ent.end_char):
                continue  # "OMB Policy on …", "Department of Defense Federal Acquisition Regulation": not the body
            else:
                kind = "agency" if ent.label_ == "AGENCY" else "vendor"
                found.append(_mention(kind, ent.ent_id_ or ent.text, page, ent, "gazetteer", 0.95))
            taken.append((ent.start_char, ent.end_char))
        shaped = list(candidate_spans(doc, matcher, page.text))
        # a trained pipeline's (--spacy-model) ORG entities are candidates too, where no name shape already is
        recognised = [e for e in doc.ents if e.label_ == "ORG"]
        for span in [*shaped, *(e for e in recognised if not overlaps(e, shaped))]:
            from_model = overlaps(span, recognised)
            span = outside(span, taken)
            if span is None or _in_mail_directory_name(page.text, span.start_char):
                continue
            shared = shared_head(span)
            if shared:
                found.extend(_mention("agency", name, page, part, "rule", 0.75) for part, name in shared)
                continue
            span = doubled(focus(span))
            split = place_then_unit(span) or body_then_unit(span)
            if split:  # "City of Eugene Purchasing Office", "Alder Police Department Records Unit": body and unit
                found.append(_mention("agency", canonical_name(split[0].text, "agency"), page, split[0], "rule", 0.8))
                found.append(
                    _mention("agency_unit", canonical_name(split[1].text, "agency_unit"), page, split[1], "rule", 0.75)
                )
                continue
            role = defined_role(page.text, span.end_char) or deal_role(page.text, span.start_char, span.end_char)
            kind = classify([t.text for t in span]) or ("vendor" if role or from_model else None)
            if kind is None and len(span) >= 2 and defined_body(page.text, span.end_char):
                kind = "agency"  # "State University of Wexbury (the 'University')": a public party
            elif kind is None and bare_place([t.text for t in span]):
                # "Marlow County approved …", "between the State of Alder and …": the place acting as its body
                kind = "agency" if acts_as_body(page.text, span.start_char, span.end_char) else None
            if settings.orgs != "rules" or seen is not None:
                before = page.text[max(0, span.start_char - 80) : span.start_char]
                context = candidate_text(span.text, before, page.text[span.end_char : span.end_char + 80])
                if seen is not None:  # training (tools/train_orgs.py): every candidate and the rules' call
                    seen.append((context, span.text, kind))
                kind = decide(settings.orgs, kind, context)
            if (
                kind is None
                or (kind != "vendor" and _is_address(page.text, span))
                or _LABEL_AFTER.match(page.text, span.end_char)
                or (kind != "vendor" and names_a_program(page.text, span.end_char))
            ):  # "Funding Agency:", "Contracting Office Agency Name:": a form's label, not a name; "National
                # Police / Week", "Tamsin Police / Fund": the name of an event, a program or a fund, not a body
                continue
            name = canonical_name(span.text, kind)
            known = _known_spelling(name, kind)  # "CellcBrite USA": an OCR misreading of a listed name
            mention = _mention(kind, known or name, page, span, "gazetteer" if known else "rule", 0.8)
            found.append(replace(mention, role=role) if kind == "vendor" and role else mention)
            abbreviation = _ABBREVIATION.match(page.text[span.end_char : span.end_char + 16])
            if abbreviation:
                abbreviations[abbreviation.group(1)] = (kind, name)
        if offset:  # a window of a long page: its spans move to the page's own offsets
            found[before:] = [replace(m, start=m.start + offset, end=m.end + offset) for m in found[before:]]
    if abbreviations:
        found.extend(_abbreviation_mentions(document, abbreviations))
    # a form's field or a ledger's payee column delimits a name better than its shape does: it replaces what
    # the shape rules found on the same words, and carries the party's role
    structural = [*field_mentions(document, set()), *payee_mentions(document, set())]
    structural += register_payee_mentions(document, {(m.page, m.start, m.end) for m in structural})
    placed = [*letterhead_mentions(document), *signature_mentions(document), *dba_mentions(document)]
    structural += [m for m in placed if not any(_same_words(m, s) for s in structural)]
    spans = {(m.page, m.start, m.end) for m in structural}
    found = [m for m in found if not any(p == m.page and s < m.end and m.start < e for p, s, e in spans)]
    found.extend(structural)
    found.extend(_party_mentions(document, found))
    found.extend(domain_mentions(document))
    return without_cited_parties(document, _without_boilerplate(found))


# an initialism followed on its line by a capitalised word: it modifies a longer name ("DOD Acquisition Program",
# "FEMA Daily Briefing"), as a law named after a body is no mention of the body
_MODIFIED_NAME = re.compile(r"[ \t]+(?:[A-Z]{2,}[ \t]+)?[A-Z][a-z]+\b(?![.,;)])")  # "USPS ZIP Codes" too


_TITLE_AFTER = re.compile(r"[ \t]+((?:[A-Z][\w'-]*[ \t]+){0,5}[A-Z][\w'-]*)")


def names_a_thing(text: str, name: str, end: int) -> bool:
    """A listed body's name that opens the name of something else: an initialism before a Title-case word, or any
    name before a Title-case run ending in a law's or a document's word ("… Federal Acquisition Regulation")."""
    if name.isupper() and _MODIFIED_NAME.match(text, end):
        return True
    title = _TITLE_AFTER.match(text, end)
    return title is not None and title.group(1).split()[-1].lower() in words("org_words")["title_ends"]


@functools.cache
def _state_name_end() -> re.Pattern[str]:
    states = sorted(words("org_words")["states"], key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(s) for s in states) + r")[ \t]+$", re.I)


def _state_before(text: str, start: int) -> bool:
    """A listed federal name printed right after a state's name is that state's own body: the federal
    Department of Justice is not the Oregon Department of Justice."""
    return _state_name_end().search(text[max(0, start - 24) : start]) is not None


def _same_words(one: OrgMention, other: OrgMention) -> bool:
    return one.page == other.page and one.start < other.end and other.start < one.end


def _without_boilerplate(found: list[OrgMention]) -> list[OrgMention]:
    """Vendors named only inside insurance boilerplate ("an insurer rated A- by A.M. Best", "ISO form CG 00
    01") are not parties to anything: dropped, unless the document names them elsewhere too."""
    boilerplate = words("org_words")["boilerplate_words"]

    def in_boilerplate(m: OrgMention) -> bool:
        quote = m.quote.lower()
        return phrase_pattern(boilerplate).search(quote) is not None

    elsewhere = {m.canonical for m in found if m.kind == "vendor" and not in_boilerplate(m)}
    return [m for m in found if m.kind != "vendor" or m.role or m.canonical in elsewhere]


WINDOW = 200_000  # characters of a page given to spaCy at once (its limit is 5,000,000; a window keeps memory flat)


def windows(text: str) -> list[tuple[int, str]]:
    """A page as (offset, text) windows of at most WINDOW characters, cut at a line break where there is one: a
    6 MB page of text gets its findings instead of spaCy's E088."""
    if len(text) <= WINDOW:
        return [(0, text)]
    out, start = [], 0
    while start < len(text):
        end = min(len(text), start + WINDOW)
        if end < len(text):
            cut = text.rfind("\n", start + WINDOW // 2, end)
            end = cut + 1 if cut > 0 else end
        out.append((start, text[start:end]))
        start = end
    return out


_LONG_RUN = re.compile(r"\S{81,}")


def breakable(text: str) -> str:
    """The page with every run of over 80 non-space characters broken by a space every 80 (same length, so
    offsets hold): spaCy's tokenizer strips affixes from a long token in quadratic time (50,000 "(" took 199 s,
    a 200 KB hex line minutes). No name or word is that long; URLs and hashes lose nothing that names need."""
    if len(text) < 81 or not _LONG_RUN.search(text):
        return text
    return _LONG_RUN.sub(_break_run, text)


def _break_run(match: re.Match[str]) -> str:
    run = match.group(0)
    # every 80th character becomes a space: the length, and so every offset after it, stays the same
    return "".join(" " if i % 80 == 79 else c for i, c in enumerate(run))


def _party_mentions(document: Document, found: list[OrgMention]) -> Iterator[OrgMention]:
    """A party the document's structure names ("Mars on Gravity (the 'Contractor')", "Vendor: Quillon") is that
    vendor wherever else the document writes its name, in whatever form the name has."""
    parties = {m.text.strip(): m for m in found if m.kind == "vendor" and m.role and len(m.text.strip()) >= 6}
    if not parties:
        return
    taken = {(m.page, m.start) for m in found}
    pattern = re.compile(
        r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(parties, key=len, reverse=True)) + r")(?![\w-])"
    )
    for page in document.pages:
        for match in pattern.finditer(page.text):
            if (page.number, match.start()) in taken:
                continue
            party = parties[match.group(0)]
            line_start, line_end = page.text.rfind("\n", 0, match.start()) + 1, page.text.find("\n", match.end())
            quote = _SPACES.sub(" ", page.text[line_start : line_end if line_end >= 0 else len(page.text)]).strip()
            yield replace(
                party,
                page=page.number,
                start=match.start(),
                end=match.end(),
                quote=quote[:400],
                confidence=0.75,
                ocr=page.ocr,
            )


def _in_mail_directory_name(text: str, start: int) -> bool:
    """ "</O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=…": Exchange prints a sender's
    X.500 directory name in its headers; its parts name a mail server's groups, not organisations."""
    line_start = text.rfind("\n", 0, start) + 1
    return re.search(r"/(?:O|OU|CN)=[^\s<>]*(?:\s+[^\s<>/]+)*\s*$", text[line_start:start], re.I) is not None


_HOUSE_NUMBER = re.compile(r"(?:^|\s)\d{1,6}[A-Za-z]?\s+$")


def _is_address(text: str, span: object) -> bool:
    """ "1200 Alder Court": a name of a street's form right after a house number is an address."""
    last = [t for t in span if not t.is_space][-1].text.lower()  # type: ignore[attr-defined]
    before = text[max(0, span.start_char - 12) : span.start_char]  # type: ignore[attr-defined]
    return last in words("org_words")["street_words"] and _HOUSE_NUMBER.search(before) is not None


@functools.lru_cache(maxsize=4096)
def _known_spelling(name: str, kind: str) -> str | None:
    from difflib import SequenceMatcher

    lowered = name.lower()
    for org in known_orgs():
        if org.kind != kind:
            continue
        for alias in org.names:
            if len(alias) < 6 or abs(len(alias) - len(lowered)) > 3 or alias[0].lower() != lowered[0]:
                continue  # cheap filters first: a misreading keeps the length and usually the first letter
            if (
                _same_word_starts(lowered, alias.lower())
                and SequenceMatcher(None, lowered, alias.lower()).ratio() >= 0.86
            ):
                return org.canonical
    return None


def _same_word_starts(name: str, alias: str) -> bool:
    """A misreading changes letters inside words, not one word for another: "… Department of Treasury" is no
    misreading of "… Department of State". Names of as many words keep every word's first letter."""
    ours, theirs = name.split(), alias.split()
    return len(ours) != len(theirs) or all(a[0] == b[0] for a, b in zip(ours, theirs, strict=True))


def _product_name(maker: str, text: str) -> str:
    """A listed product's spelling in the list ("HailStorm" for "Hailstorm" or "HAILSTORM")."""
    for org in known_orgs():
        if org.canonical == maker:
            for product in org.products:
                if product.lower() == text.lower():
                    return product
    return _SPACES.sub(" ", text).strip()


_SENTENCES = "foiakit_sentences"  # doc.user_data: the sentences' first tokens, their bounds, and the doc's text
LONG_SENTENCE = 2_000  # characters: past this a "sentence" is a run of unpunctuated lines (a sheet's rows)


def _sentence_quote_of(span: object) -> str:
    """The sentence a mention sits in, as its quote. Sentences are looked up in one index per parsed text (spaCy's
    `span.sent` walks the tokens from the span each time: quadratic on a page of thousands of spreadsheet rows,
    which holds no sentence end); a sentence longer than LONG_SENTENCE is quoted by the mention's line."""
    from bisect import bisect_right

    doc = span.doc  # type: ignore[attr-defined]
    index = doc.user_data.get(_SENTENCES)
    if index is None:  # doc.text too is rebuilt from the tokens on every access: kept once
        bounds = [(sent.start, sent.start_char, sent.end_char) for sent in doc.sents]
        index = doc.user_data[_SENTENCES] = ([b[0] for b in bounds], bounds, doc.text)
    starts, bounds, text = index
    _, start_char, end_char = bounds[max(bisect_right(starts, span.start) - 1, 0)]  # type: ignore[attr-defined]
    if end_char - start_char > LONG_SENTENCE:
        return line_quote(text, span.start_char, span.end_char)  # type: ignore[attr-defined]
    return _SPACES.sub(" ", text[start_char:end_char]).strip()[:400]


def _mention(
    kind: str,
    canonical: str,
    page: object,
    span: object,
    method: str,
    confidence: float,
    product: str | None = None,
    maker: str | None = None,
) -> OrgMention:
    return OrgMention(
        kind,
        canonical,
        page.number,  # type: ignore[attr-defined]
        span.start_char,  # type: ignore[attr-defined]
        span.end_char,  # type: ignore[attr-defined]
        span.text,  # type: ignore[attr-defined]
        _sentence_quote_of(span),
        method,
        confidence,
        page.ocr,  # type: ignore[attr-defined]
        product,
        maker,
    )


def _abbreviation_mentions(document: Document, abbreviations: dict[str, tuple[str, str]]) -> Iterator[OrgMention]:
    pattern = re.compile(r"\b(" + "|".join(re.escape(a) for a in sorted(abbreviations, key=len, reverse=True)) + r")\b")
    for page in document.pages:
        for match in pattern.finditer(page.text):
            kind, name = abbreviations[match.group(1)]
            quote = line_quote(page.text, match.start(), match.end())
            yield OrgMention(
                kind, name, page.number, match.start(), match.end(), match.group(1), quote, "rule", 0.75, page.ocr
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
            detail=make_detail(product=m.product, vendor=m.maker, role=m.role),
        )


@register(10, "organizations")
def extract_organizations(document: Document, settings: Settings) -> Iterator[Finding]:
    from foiakit.extract.context import document_context

    yield from to_findings(document, document_context(document, settings).organizations)
