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
from foiakit.extract.domains import domain_mentions
from foiakit.extract.fields import field_mentions, payee_mentions, register_payee_mentions
from foiakit.extract.letterheads import dba_mentions, letterhead_mentions, signature_mentions
from foiakit.extract.lexicon import known_orgs, phrase_pattern, words
from foiakit.extract.org_forms import OrgMention, canonical_name, classify
from foiakit.extract.org_model import candidate_text, decide
from foiakit.extract.spacy_pipeline import build_nlp, mark_orgish, org_matcher
from foiakit.extract.spans import line_quote
from foiakit.model import Document, Finding, Settings, make_detail

_ABBREVIATION = re.compile(r"^\s*\(\s*(?:the\s+)?[\"“]?([A-Z][A-Za-z0-9&.\-]{1,9})[\"”]?\s*\)")
_SPACES = re.compile(r"\s+")


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
    for (offset, page), doc in zip(pieces, nlp.pipe(texts, batch_size=16), strict=True):
        mark_orgish(doc)
        taken: list[tuple[int, int]] = []
        if sentences is not None:
            spans = [(sent.start_char + offset, sent.end_char + offset) for sent in doc.sents]
            sentences[page.number] = [*sentences.get(page.number, []), *spans] if offset else spans
        before = len(found)
        for ent in doc.ents:
            if ent.label_ not in {"VENDOR", "AGENCY", "PRODUCT"}:
                continue
            if ent.label_ == "PRODUCT":  # a product implies its maker; the vendor itself is not named here
                product = _product_name(ent.ent_id_, ent.text)
                found.append(_mention("product", product, page, ent, "gazetteer", 0.95, product, ent.ent_id_ or None))
            else:
                kind = "agency" if ent.label_ == "AGENCY" else "vendor"
                found.append(_mention(kind, ent.ent_id_ or ent.text, page, ent, "gazetteer", 0.95))
            taken.append((ent.start_char, ent.end_char))
        shaped = list(_candidate_spans(doc, matcher, page.text))
        # a trained pipeline's (--spacy-model) ORG entities are candidates too, where no name shape already is
        recognised = [e for e in doc.ents if e.label_ == "ORG"]
        for span in [*shaped, *(e for e in recognised if not _overlaps(e, shaped))]:
            from_model = _overlaps(span, recognised)
            span = _outside(span, taken)
            if span is None or _in_mail_directory_name(page.text, span.start_char):
                continue
            shared = _shared_head(span)
            if shared:
                found.extend(_mention("agency", name, page, part, "rule", 0.75) for part, name in shared)
                continue
            span = _doubled(_focus(span))
            split = _place_then_unit(span)
            if split:  # "City of Eugene Purchasing Office": the city, and an office inside it
                found.append(_mention("agency", canonical_name(split[0].text, "agency"), page, split[0], "rule", 0.8))
                found.append(
                    _mention("agency_unit", canonical_name(split[1].text, "agency_unit"), page, split[1], "rule", 0.75)
                )
                continue
            role = _defined_role(page.text, span.end_char)
            kind = classify([t.text for t in span]) or ("vendor" if role or from_model else None)
            if kind is None and len(span) >= 2 and _defined_body(page.text, span.end_char):
                kind = "agency"  # "State University of Wexbury (the 'University')": a public party
            if settings.orgs != "rules" or seen is not None:
                before = page.text[max(0, span.start_char - 80) : span.start_char]
                context = candidate_text(span.text, before, page.text[span.end_char : span.end_char + 80])
                if seen is not None:  # training (tools/train_orgs.py): every candidate and the rules' call
                    seen.append((context, span.text, kind))
                kind = decide(settings.orgs, kind, context)
            if kind is None or (kind != "vendor" and _is_address(page.text, span)):
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


def _place_then_unit(span: object) -> tuple[object, object] | None:
    """ "City of Eugene Purchasing Office" → ("City of Eugene", "Purchasing Office"): a place's government followed
    by a unit named only by its function."""
    org_words = words("org_words")
    tokens = [t for t in span if not t.is_space]  # type: ignore[attr-defined]
    lower = [t.text.lower() for t in tokens]
    if len(lower) < 5 or f"{lower[0]} {lower[1]}" not in org_words["place_forms_alone_ok"]:
        return None
    heads = org_words["agency_heads"] | org_words["unit_heads"]
    j = 2
    while j < len(lower) and tokens[j].text[:1].isupper() and lower[j] not in org_words["function_words"] | heads:
        j += 1
    rest = lower[j:]
    if j == 2 or len(rest) < 2 or rest[-1] not in heads:
        return None
    if not all(w in org_words["function_words"] or w in org_words["connectors"] for w in rest[:-1]):
        return None  # "City of Alder Falls Police Department" is one agency
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[j - 1].i + 1], doc[tokens[j].i : tokens[-1].i + 1]


_HEAD_PHRASE = {"department", "office", "bureau", "board", "commission", "council", "division", "agency"}


def _focus(span: object) -> object:
    """Cut what a letterhead glues to a name: "City of Chicago Garry F. McCarthy" → "City of Chicago",
    "Rahm Emanuel Department of Police" → "Department of Police"."""
    org_words = words("org_words")
    tokens = list(span)  # type: ignore[call-overload]
    lower = [t.text.lower() for t in tokens]
    for i in range(len(lower) - 1):
        if f"{lower[i]} {lower[i + 1]}" in org_words["place_forms"] and i == 0:
            rest = [t for t in tokens[2:] if not t.is_space]  # a wrapped line's break is no word
            article = 1 if rest and rest[0].text.lower() == "the" else 0  # "Government of the District of …"
            keep = article
            for index, token in enumerate(rest[article : article + 2]):
                word = token.text.lower()
                if word in org_words["agency_heads"] or (index and word in org_words["generic_first_words"]):
                    break
                keep += 1
            while keep + 1 < len(rest) and rest[keep].text.lower() == "of":
                keep += 2  # "the District of Columbia", "the Province of Manitoba": the place's own name goes on
            if keep < len(rest) and not any(t.text.lower() in org_words["agency_heads"] for t in rest[keep:]):
                if not any(t.text.lower() == "of" for t in rest[article:keep]):
                    # "City of Chicago Garry F. McCarthy": a name follows, keep one word of the place, or two when
                    # they are a place's name ("City of Alder Heights Capital Plan", "Town of Mount Wexford …")
                    keep = min(keep, article + (2 if _two_word_place(rest[article : article + 2]) else 1))
                return (
                    tokens[0].doc[tokens[0].i : rest[keep - 1].i + 1]
                    if keep
                    else tokens[0].doc[tokens[0].i : tokens[0].i + 2]
                )
    for i, word in enumerate(lower[1:4], 1):
        if word in {"for", "to", "by", "with", "from", "at"} and i + 1 < len(tokens):
            return _focus(tokens[0].doc[tokens[i + 1].i : tokens[-1].i + 1])  # "Accepted for the … Office"
    for i, word in enumerate(lower):
        if word in _HEAD_PHRASE and i + 1 < len(lower) and lower[i + 1] == "of" and i >= 2:
            leading = lower[:i]
            placed = " ".join(leading[:2]) in org_words["place_forms"]  # "District of Columbia Office of …" stays
            if not placed and not any(w in org_words["agency_heads"] for w in leading):
                # "Rahm Emanuel Department of Police", "Services Procured Outside of Department of Procurement"
                return tokens[0].doc[tokens[i].i : tokens[-1].i + 1]
    return span


def _two_word_place(tokens: list) -> bool:
    if len(tokens) < 2 or not all(t.text[:1].isupper() for t in tokens):
        return False
    org_words = words("org_words")
    first, last = tokens[0].text.lower(), tokens[1].text.lower()
    return first in org_words["place_first_words"] or last in org_words["place_last_words"]


_DEFINED = re.compile(
    r"^\s*,?\s*\(\s*(?:(?:the|a|an)\s+|hereinafter\s+(?:referred\s+to\s+as\s+|called\s+)?(?:the\s+)?)?"
    r"[\"“”'‘’]?(?P<term>[A-Za-z][A-Za-z ]{2,24}?)[\"“”'‘’]?\s*\)"
)


def _in_mail_directory_name(text: str, start: int) -> bool:
    """ "</O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=…": Exchange prints a sender's
    X.500 directory name in its headers; its parts name a mail server's groups, not organisations."""
    line_start = text.rfind("\n", 0, start) + 1
    return re.search(r"/(?:O|OU|CN)=[^\s<>]*(?:\s+[^\s<>/]+)*\s*$", text[line_start:start], re.I) is not None


def _defined_body(text: str, end: int) -> bool:
    """ "State University of Wexbury (the 'University')": a defined term naming a public party."""
    match = _DEFINED.match(text[end : end + 60])
    return bool(match) and match.group("term").strip().lower() in words("org_words")["agency_defined_terms"]


_HOUSE_NUMBER = re.compile(r"(?:^|\s)\d{1,6}[A-Za-z]?\s+$")


def _is_address(text: str, span: object) -> bool:
    """ "1200 Alder Court": a name of a street's form right after a house number is an address."""
    last = [t for t in span if not t.is_space][-1].text.lower()  # type: ignore[attr-defined]
    before = text[max(0, span.start_char - 12) : span.start_char]  # type: ignore[attr-defined]
    return last in words("org_words")["street_words"] and _HOUSE_NUMBER.search(before) is not None


_BIDDER_TERMS = frozenset({"proposer", "offeror", "bidder", "respondent"})


def _defined_role(text: str, end: int) -> str | None:
    """ "Brightfen Analytics ("Contractor")": the defined term an agreement gives a selling party makes the name
    before it a vendor, whatever the name's form, and says its role (seller, bidder, subcontractor)."""
    match = _DEFINED.match(text[end : end + 60])
    term = match.group("term").strip().lower() if match else ""
    if term not in words("org_words")["vendor_defined_terms"]:
        return None
    return "bidder" if term in _BIDDER_TERMS else "subcontractor" if term == "subcontractor" else "seller"


def _candidate_spans(doc: object, matcher: object, text: str) -> Iterator[object]:
    """Organization-shaped spans, split at "and"/"&" when both sides are names of their own ("the Commission …
    and the Lane County Circuit Court"), but not inside one name ("Immigration and Customs Enforcement")."""
    for _, start, end in matcher(doc):  # type: ignore[operator]
        span = _trim(doc[start:end])  # type: ignore[index]
        if span is None:
            continue
        for part in _split_after_legal_forms(span, text):
            yield from _split_coordination(part, text)


_SPLITTING_SUFFIXES = frozenset({"co.", "corp.", "corp", "corporation"})


@functools.cache
def _splitting_suffixes() -> frozenset[str]:
    return words("org_words")["legal_forms"] | _SPLITTING_SUFFIXES


_TABLE_AMOUNT = re.compile(r"\$\s?\d[\d,]*(?:\.\d{2})?|\b\d{1,3}(?:,\d{3})*\.\d{2}\b")


def _heads_a_price_table(text: str, end: int) -> bool:
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


def _split_after_legal_forms(span: object, text: str) -> Iterator[object]:
    """ "Kettle Systems Inc. Quillon Vision LLC Brantwick Radio Co.": a legal form inside a run of capitalised
    words ends one name (a bid tabulation's header, a list of parties printed on one line). `text` is the doc's
    text (spaCy rebuilds `doc.text` on every access: per span, that was quadratic)."""
    suffixes = _splitting_suffixes()
    connectors = words("org_words")["connectors"]
    tokens = [t for t in span if not t.is_space]  # type: ignore[attr-defined]
    inner = any(t.text.lower() in suffixes for t in tokens[:-1])
    if not inner or not _heads_a_price_table(text, span.end_char):  # type: ignore[attr-defined]
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
            part = _trim(span.doc[tokens[start].i : token.i + 1])  # type: ignore[attr-defined]
            if part is not None:
                yield part
            start = i + 1
    rest = _trim(span.doc[tokens[start].i : tokens[-1].i + 1]) if tokens else None  # type: ignore[attr-defined]
    if rest is not None:
        yield rest


def _shared_head(span: object) -> list[tuple[object, str]] | None:
    """ "Medford and Woodburn police departments" → two agencies sharing the head noun."""
    tokens = [t for t in span if not t.is_space]  # type: ignore[attr-defined]
    if len(tokens) < 4 or tokens[1].text.lower() != "and":
        return None
    first, second, head = tokens[0], tokens[2], [t.text.lower() for t in tokens[3:]]
    if not (first.text[:1].isupper() and second.text[:1].isupper()) or head[-1] not in {"department", "departments"}:
        return None
    noun = " ".join(w.capitalize() for w in head).removesuffix("s")
    doc = first.doc
    return [
        (doc[first.i : first.i + 1], f"{first.text} {noun}"),
        (doc[second.i : tokens[-1].i + 1], f"{second.text} {noun}"),
    ]


def _doubled(span: object) -> object:
    """A letterhead read twice by OCR ("Chicago Police Department Chicago Police Department") is one name."""
    words_ = [t.text for t in span if not t.is_space]  # type: ignore[attr-defined]
    half = len(words_) // 2
    if len(words_) >= 4 and len(words_) % 2 == 0 and words_[:half] == words_[half:]:
        tokens = [t for t in span if not t.is_space]  # type: ignore[attr-defined]
        return span.doc[tokens[0].i : tokens[half - 1].i + 1]  # type: ignore[attr-defined]
    return span


def _overlaps(span: object, others: list) -> bool:
    return any(o.start_char < span.end_char and span.start_char < o.end_char for o in others)  # type: ignore[attr-defined]


def _outside(span: object, taken: list[tuple[int, int]]) -> object | None:
    """The part of a span before a listed name it runs into ("Franklin County Sheriff for HIDTA"); None when
    the span starts inside one."""
    for start, end in sorted(taken):
        if start < span.end_char and span.start_char < end:  # type: ignore[attr-defined]
            if start <= span.start_char:  # type: ignore[attr-defined]
                return None
            head = [t for t in span if t.idx + len(t.text) <= start]  # type: ignore[attr-defined]
            return _trim(span.doc[head[0].i : head[-1].i + 1]) if head else None  # type: ignore[attr-defined]
    return span


def _split_coordination(span: object, text: str = "") -> Iterator[object]:
    tokens = list(span)  # type: ignore[call-overload]
    heads = words("org_words")["agency_strong_heads"] | {"office"}
    for i, token in enumerate(tokens[2:-2], 2):  # "… Office of Open Government Board of Ethics …": two names
        if token.text.lower() in heads and tokens[i + 1].text.lower() == "of" and token.text[:1].isupper():
            left, right = _trim(span[:i]), _trim(span[i:])  # type: ignore[index]
            left_words = [t.text for t in left] if left is not None else []
            if (
                right is not None
                and len(left_words) >= 3
                and any(w.lower() in words("org_words")["agency_heads"] for w in left_words)  # a name, not a place
                and classify(left_words) == "agency"
                and classify([t.text for t in right]) == "agency"
            ):
                yield from _split_coordination(left, text)
                yield from _split_coordination(right, text)
                return
    for i, token in enumerate(tokens[1:-1], 1):
        if token.text.lower() == "and":  # "the Town of Wexbury and Kettle-Marsh Systems Inc.": a body and a company
            left, right = _trim(span[:i]), _trim(span[i + 1 :])  # type: ignore[index]
            if left is not None and right is not None:
                sides = (classify([t.text for t in left]), classify([t.text for t in right]))
                if sides == ("agency", None) and text and _defined_role(text, span.end_char):  # type: ignore[attr-defined]
                    sides = ("agency", "vendor")  # "between the Town of Alder and Quillon Vision ("Contractor")"
                if sides in {("agency", "vendor"), ("vendor", "agency")}:
                    yield from _split_coordination(left, text)
                    yield from _split_coordination(right, text)
                    return
    for i, token in enumerate(tokens[1:-1], 1):
        following = next((t for t in tokens[i + 1 :] if not t.is_space), None)
        if token.text.lower() not in {"and", "&"} or following is None or following.text.lower() != "the":
            continue  # only "… and the …" starts a second name
        left, right = _trim(span[:i]), _trim(span[i + 1 :])  # type: ignore[index]
        if left is not None and right is not None:
            left_kind = classify([t.text for t in left])
            right_kind = classify([t.text for t in right])
            if right_kind is not None and left_kind in (None, right_kind):  # "… and the City of Eugene"
                yield from _split_coordination(left, text)
                yield from _split_coordination(right, text)
                return
    yield span


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
            if SequenceMatcher(None, lowered, alias.lower()).ratio() >= 0.86:
                return org.canonical
    return None


def _trim(span: object) -> object | None:
    org_words = words("org_words")
    tokens = list(span)  # type: ignore[call-overload]
    while tokens and (
        tokens[0].is_space
        or tokens[0].text.lower() in org_words["connectors"]
        or tokens[0].text.lower() in org_words["sentence_openers"]
        or tokens[0].text in {"&", "-", "/"}
        or tokens[0].text.islower()
    ):
        tokens = tokens[1:]
    while tokens and (
        tokens[-1].is_space or tokens[-1].text.lower() in org_words["connectors"] or tokens[-1].text in {"&", "-", "/"}
    ):
        tokens = tokens[:-1]
    if not tokens:
        return None
    doc = tokens[0].doc
    trimmed = doc[tokens[0].i : tokens[-1].i + 1]
    if trimmed.text.isupper() and len(trimmed) == 1:
        return None
    return trimmed


def _product_name(maker: str, text: str) -> str:
    """A listed product's spelling in the list ("HailStorm" for "Hailstorm" or "HAILSTORM")."""
    for org in known_orgs():
        if org.canonical == maker:
            for product in org.products:
                if product.lower() == text.lower():
                    return product
    return _SPACES.sub(" ", text).strip()


LONG_SENTENCE = 2_000  # characters: past this a "sentence" is a run of unpunctuated lines (a sheet's rows)


def _sentence_quote_of(span: object) -> str:
    """The sentence a mention sits in, as its quote. Sentences are looked up in one index per parsed text (spaCy's
    `span.sent` walks the tokens from the span each time: quadratic on a page of thousands of spreadsheet rows,
    which holds no sentence end); a sentence longer than LONG_SENTENCE is quoted by the mention's line."""
    from bisect import bisect_right

    doc = span.doc  # type: ignore[attr-defined]
    index = doc.user_data.get("foiakit_sentences")
    if index is None:  # doc.text too is rebuilt from the tokens on every access: kept once
        bounds = [(sent.start, sent.start_char, sent.end_char) for sent in doc.sents]
        index = doc.user_data["foiakit_sentences"] = ([b[0] for b in bounds], bounds, doc.text)
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
