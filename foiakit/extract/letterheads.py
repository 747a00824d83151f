"""Organisations a page names by where it prints them, whatever the name's form:

- a letterhead: a name at the top of a page with its address under it ("Brantwick Optics / 1200 Harbor Road,
  Suite 4 / Alder Falls, OR 97001"): the sender of a quote, an invoice, a letter;
- a signature: a name printed under the signer's job title ("Jane Roe / Regional Sales Manager / Harrowgate
  Imaging"), in a letter or an e-mail, followed by the signer's contact lines or after a closing ("Sincerely,");
- a trade name: "Mark Doe dba Lakeside Camera Service";
- a payee in prose: "a check in the amount of $389.46 payable to Harlow Signal", "Make checks payable to: …";
- a form's party block: a vendor label alone on its line, the name under it, its address under that
  ("Supplier: 1000008226 / QUILLON VISION / PO BOX 4410 / DALLAS TX 75312").

A quote, an invoice, a purchase order or an order form (a sale's paper, by its title or its number) has one seller,
decided once from these places (`sellers.document_seller`): its prices are that seller's unless their line names
another.

A name in one of these places is a vendor (role `sender`, `signer`, `dba`) unless its form says it is a public
body ("Town of Wexford Police Department"), then an agency. A letterhead or a signature counts only when the page
also gives the organisation's own domain (brantwick.com for "Brantwick Optics", in an address or a web site) or
the name's form says what it is: a requester's name and address at the top of a letter, a department under a
title ("Autonomous Driving") or a slogan are no vendors, and only a name that matches its domain tells them apart
without a list of people's names.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import replace

from foiakit.extract.cells import cells, column_parties
from foiakit.extract.lexicon import words
from foiakit.extract.org_forms import OrgMention, canonical_name, classify
from foiakit.model import Document, Page

_SPACES = re.compile(r"\s+")
TOP_LINES = 6  # a letterhead is among a page's first lines of text
_STREET = re.compile(
    r"^\s*(?:\d{1,6}[A-Za-z]?\s+(?:[NSEW]\.?\s+)?[A-Za-z0-9.'’ -]{2,40}?\b(?:street|st|road|rd|avenue|ave|boulevard|"
    r"blvd|drive|dr|lane|ln|way|parkway|pkwy|highway|hwy|place|pl|court|ct|circle|cir|plaza|terrace|trail|square|"
    r"pike|row|center|centre)\b\.?|p\.?\s?o\.?\s+box\s+\d+)",
    re.I,
)
_CITY_LINE = re.compile(r"^\s*[A-Z][A-Za-z .'’-]{1,40},?\s+(?P<state>[A-Z]{2})\.?\s+\d{5}(?:-\d{4})?\s*$")
_CONTACT = re.compile(
    r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b|\bwww\.[\w-]+\.\w+|https?://)", re.I
)
_CLOSING = re.compile(
    r"^\s*(?:sincerely|regards|best regards|kind regards|warm regards|best|respectfully|thank you|thanks|cordially|"
    r"yours truly|very truly yours|with thanks)\b[^\n]{0,20}$",
    re.I,
)
_INITIAL = re.compile(r"^[A-Z]\.?$")
_NAME_LINE = re.compile(r"^[A-Z][\w&'’.,()/ -]{2,70}$")
MAX_NAME_WORDS = 6
_DOMAIN = re.compile(
    r"(?:@|\bwww\.|https?://)(?:[\w-]+\.)*?(?P<label>[a-z0-9][\w-]{2,})\.(?:com|net|org|io|co|us|biz|ai|tech)\b", re.I
)
_PAYABLE = re.compile(
    r"\b(?:payable to(?: the order of)?|paid to|remit(?:tance)? to|made out to)[ \t]*:?[ \t]+(?:the[ \t]+)?"
    r"(?P<name>[A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z0-9][\w&'’.-]*|of|and|&|the)){0,6})"
)
_HONORIFIC = re.compile(r"^(?:mr|mrs|ms|miss|dr|hon|rev|prof)\.?\s", re.I)
_DBA = re.compile(
    r"\b(?:d/b/a|d\.b\.a\.|dba|doing business as)\s+"
    r"(?P<name>[A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z0-9][\w&'’.-]*|of|and|&|the)){0,5})"
)


def _street_or_city(line: str) -> bool:
    city = _CITY_LINE.match(line)
    return _STREET.match(line) is not None or (
        city is not None and city.group("state") in words("org_words")["state_codes"]
    )


def _name_shaped(line: str) -> bool:
    """A line that can be an organisation's name: a few capitalised words, no figures, no sentence."""
    text = line.strip()
    tokens = text.split()
    if not tokens or len(tokens) > MAX_NAME_WORDS or not _NAME_LINE.match(text) or text.endswith((":", ",", ";")):
        return False
    if any(c.isdigit() for c in text) or _CONTACT.search(text):
        return False
    org_words = words("org_words")
    lowered = text.lower().strip(" .")
    if lowered in org_words["not_org_words"] or lowered in org_words["document_titles"]:
        return False
    small = {"of", "the", "and", "for", "&", "de", "la"}
    return all(t[:1].isupper() or t.lower() in small or not t[:1].isalpha() for t in tokens)


@functools.lru_cache(maxsize=8)
def _domains(text: str) -> frozenset[str]:
    """The second-level labels of the domains a page gives in addresses and web sites ("brantwick"). Read once
    per page text (letterheads, sellers and signatures each ask), and only from a text holding "@", "www." or
    "http": `_DOMAIN` needs one of them, in letters `re.I` folds only from their ASCII capitals."""
    lowered = text.lower()
    if "@" not in text and "www." not in lowered and "http" not in lowered:
        return frozenset()
    return frozenset(m.group("label").lower() for m in _DOMAIN.finditer(text))


def _owns_domain(name: str, domains: frozenset[str]) -> bool:
    """ "Brantwick Optics" and brantwick.com or brantwickoptics.net: the name's own domain is on the page."""
    letters = [re.sub(r"[^a-z0-9]", "", w.lower()) for w in name.split()]
    first, joined = (letters[0] if letters else ""), "".join(letters)
    return len(first) >= 4 and any(
        label.replace("-", "") in (first, joined) or (len(label) >= 5 and joined.startswith(label.replace("-", "")))
        for label in domains
    )


def _generic(name: str) -> bool:
    """ "Law Offices", "Metered and Other Services": words any organisation's name may hold, none of its own."""
    org_words = words("org_words")
    common = org_words["generic_first_words"] | org_words["function_words"] | org_words["connectors"]
    common |= org_words["agency_heads"] | org_words["unit_heads"] | {"offices", "other", "law", "enclosure"}
    return all(w.lower().strip(".,") in common for w in name.split())


def _person_shaped(line: str, below: str) -> bool:
    """ "Jane Q. Roe", "Mr. Joseph Doe", or a name with a job title under it: a person, not an organisation."""
    if _HONORIFIC.match(line):
        return True
    tokens = line.split()
    if any(_INITIAL.match(t) for t in tokens[1:-1]) and 2 <= len(tokens) <= 4:
        return True
    return _is_title(below)


def _is_title(line: str) -> bool:
    tokens = {t.strip(",.").lower() for t in line.split()}
    return bool(tokens) and len(line.split()) <= 8 and bool(tokens & words("org_words")["signature_titles"])


def _mention(document_page: object, start: int, end: int, role: str, confidence: float) -> OrgMention | None:
    text = document_page.text[start:end]  # type: ignore[attr-defined]
    org_words = words("org_words")
    if text.lower().strip(" .") in org_words["vendor_defined_terms"] | org_words["agency_defined_terms"]:
        return None  # "paid to the Contractor": a defined term stands for a party named elsewhere
    kind = classify(text.split())
    if kind not in (None, "vendor", "agency"):
        return None
    kind = kind or "vendor"
    line_start = document_page.text.rfind("\n", 0, start) + 1  # type: ignore[attr-defined]
    line_end = document_page.text.find("\n", end)  # type: ignore[attr-defined]
    quote = _SPACES.sub(" ", document_page.text[line_start : line_end if line_end >= 0 else end]).strip()  # type: ignore[attr-defined]
    return OrgMention(
        kind,
        canonical_name(text, kind),
        document_page.number,  # type: ignore[attr-defined]
        start,
        end,
        text,
        quote[:400],
        "rule",
        confidence,
        document_page.ocr,  # type: ignore[attr-defined]
        role=role if kind == "vendor" else None,
    )


def printed_lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) of every line with text."""
    found, offset = [], 0
    for raw in text.split("\n"):
        if raw.strip():
            found.append((offset + len(raw) - len(raw.lstrip()), raw.strip()))
        offset += len(raw) + 1
    return found


def _vouched(name: str, domains: frozenset[str]) -> bool:
    """A placed name counts when the page gives its domain, or its form names a public body."""
    return _owns_domain(name, domains) or classify(name.split()) == "agency"


def letterhead_mentions(document: Document) -> Iterator[OrgMention]:
    """The name at the top of a page with an address under it (within two lines), and the party block of a form
    (`party_block_mentions`)."""
    yield from party_block_mentions(document)
    yield from column_party_mentions(document)
    for page in document.pages:
        lines = printed_lines(page.text)
        domains = _domains(page.text)
        parties = {start for _, start, _, _ in column_parties(page)}  # a party block's names are no letterhead
        mention = _letterhead(page, lines, domains, parties)
        if mention is not None:
            yield mention


def _letterhead(
    page: Page, lines: list[tuple[int, str]], domains: frozenset[str], parties: set[int]
) -> OrgMention | None:
    """One letterhead a page: on a line of cells the name is its cell ("Brantwick Optics   1200 Harbor Road"), its
    address in the line's other cells or in the cells of the two lines under it."""
    for i, (offset, line) in enumerate(lines[:TOP_LINES]):
        row = [(s, page.text[s:e]) for s, e in cells(page.text, offset, offset + len(line))]
        below = [page.text[s:e] for o, text in lines[i + 1 : i + 3] for s, e in cells(page.text, o, o + len(text))]
        for start, name in row:
            if start in parties or not _name_shaped(name) or _generic(name) or not _vouched(name, domains):
                continue
            beside = [text for s, text in row if s != start]
            if not any(_street_or_city(text) for text in beside + below):
                continue
            if _person_shaped(name, below[0] if below else ""):
                continue
            end = start + len(name)
            if i + 1 < len(lines) and lines[i + 1][1].lower() in words("org_words")["agency_heads"]:
                end = lines[i + 1][0] + len(lines[i + 1][1])  # "ALDER COUNTY SHERIFF'S / OFFICE": one name on two lines
            return _mention(page, start, end, "sender", 0.7)
    return None


_ACCOUNT_NUMBER = r"(?:[A-Za-z]{0,4}[-#]?\d[\w-]*)"  # a supplier's account or vendor number in the label's line


@functools.cache
def _block_label() -> re.Pattern[str]:
    labels = sorted(words("org_words")["vendor_role_labels"], key=len, reverse=True)
    return re.compile(
        rf"^(?:{'|'.join(re.escape(label) for label in labels)})\s*[:#]?\s*(?:no\.?\s*)?{_ACCOUNT_NUMBER}?\s*$", re.I
    )


def party_block_mentions(document: Document) -> Iterator[OrgMention]:
    """A form's party block: a vendor label alone on its line (or with the party's account number, "Supplier:
    1000008226"), the party's name on the next line and its address under that ("FLOCKTON SYSTEMS / PO BOX 1219
    / DALLAS TX 75312"): the seller of a purchase order, a quote's "Quote From:", an invoice's "Remit To:"."""
    for page in document.pages:
        lines = printed_lines(page.text)
        for i, (_, label) in enumerate(lines[:-1]):
            if not _block_label().match(label):
                continue
            offset, line = lines[i + 1]
            (start, end), *beside = cells(page.text, offset, offset + len(line))  # "Kettlewell Labs   12 Mill Road"
            name = page.text[start:end]
            if not _name_shaped(name) or _generic(name):
                continue
            under = [
                page.text[s:e] for o, text in lines[i + 2 : i + 4] for s, e in cells(page.text, o, o + len(text))[:1]
            ]
            address = [page.text[s:e] for s, e in beside] + under
            if not any(map(_street_or_city, address)) or _person_shaped(name, under[0] if under else ""):
                continue
            mention = _mention(page, start, end, "seller", 0.75)
            if mention is not None:
                yield mention


def column_party_mentions(document: Document) -> Iterator[OrgMention]:
    """A seller's column of a party block ("Quote From:" over "Acme Signal LLC" over its address) names the
    seller; a buyer's column ("Bill To:") names the buyer, an agency when its form says so ("Village of Elm
    Park"), and never the seller (`buyer_spans`)."""
    for page in document.pages:
        domains = _domains(page.text)
        for role, start, end, under in column_parties(page):
            name = page.text[start:end]
            if not _name_shaped(name) or _generic(name) or _person_shaped(name, under[0] if under else ""):
                continue
            if role == "seller" and not (any(map(_street_or_city, under)) or _owns_domain(name, domains)):
                continue
            if role == "buyer" and classify(name.split()) != "agency":
                continue  # a buyer that is no public body is no vendor of this paper either: left to `buyer_spans`
            mention = _mention(page, start, end, role, 0.75)
            if mention is not None:
                yield replace(mention, role="buyer") if role == "buyer" else mention  # as a buyer's field says


def buyer_spans(document: Document) -> set[tuple[int, int, int]]:
    """(page, start, end) of the names a party block prints under a buyer's column label."""
    return {(page.number, s, e) for page in document.pages for role, s, e, _ in column_parties(page) if role == "buyer"}


def signature_mentions(document: Document) -> Iterator[OrgMention]:
    """The line under a signer's job title, when it has a name's form and contact lines or a closing frame it."""
    for page in document.pages:
        lines = printed_lines(page.text)
        domains = _domains(page.text)
        for i in range(1, len(lines) - 1):
            offset, line = lines[i + 1]
            if not _is_title(lines[i][1]) or not _name_shaped(line) or _is_title(line) or _generic(line):
                continue
            if not _vouched(line, domains):
                continue
            after = [text for _, text in lines[i + 2 : i + 4]]
            before = [text for _, text in lines[max(0, i - 3) : i]]
            if not (any(_CONTACT.search(t) or _street_or_city(t) for t in after) or any(map(_CLOSING.match, before))):
                continue
            mention = _mention(page, offset, offset + len(line), "signer", 0.7)
            if mention is not None:
                yield mention
        yield from _title_bar_company(page, lines, domains)


# "Regional Sales Director | Kestrel Vision", "Account Executive – Kestrel Vision": a signature's title and company
# on one line
_TITLE_BAR = re.compile(r"^(?P<title>[^|–—]{3,60}?)\s+(?:\||–|—|-)\s+(?P<name>[^|–—]{3,60}?)\s*$")


def _title_bar_company(page: object, lines: list[tuple[int, str]], domains: frozenset[str]) -> Iterator[OrgMention]:
    """The company after a job title on one line of a signature, when the page gives the company's own domain."""
    if not domains:
        return
    for offset, line in lines:
        match = _TITLE_BAR.match(line)
        if match is None or not _is_title(match.group("title")):
            continue
        name = match.group("name")
        if not _name_shaped(name) or _is_title(name) or _generic(name) or not _owns_domain(name, domains):
            continue
        mention = _mention(page, offset + match.start("name"), offset + match.end("name"), "signer", 0.7)
        if mention is not None:
            yield mention


def dba_mentions(document: Document) -> Iterator[OrgMention]:
    """ "… dba Lakeside Camera Service": the trade name a business sells under; "… payable to Harlow Signal for
    …": the payee of a payment written in prose."""
    stops = words("org_words")["not_org_words"] | words("org_words")["document_titles"]
    for page in document.pages:
        found = [(m, "dba") for m in _DBA.finditer(page.text)] + [(m, "payee") for m in _PAYABLE.finditer(page.text)]
        for match, role in found:
            end = match.start("name")
            for word in re.finditer(r"\S+", match.group("name")):  # "… dba Flock Safety Invoice Number"
                lowered = word.group(0).lower().strip(".,")
                if lowered in stops:
                    break
                end = match.start("name") + word.end()
            name = page.text[match.start("name") : end].rstrip(".,")
            if not name:
                continue
            start = match.start("name")
            if _generic(name):
                continue
            mention = _mention(page, start, start + len(name), role, 0.75)
            if mention is not None:
                yield mention
