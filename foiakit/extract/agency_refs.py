"""Agencies a document names without spelling out: resolved against the places the document itself names.

- Generic names: "Department of Police" in a letter from the City of Chicago is the Chicago Police Department;
  "Office of the Attorney General" or "the Attorney General" where one state is named is that state's, and so is a
  department only states have ("Department of Revenue").
- Government e-mail and web domains: `ci.<city>.<st>.us` is a city, `co.<county>.<st>.us` a county (the
  locality domains of RFC 1480), `<place>police.org` a police department.
- Initialisms: "EPD" where the document names Eugene is the Eugene Police Department; "OAH" where it names the
  Office of Administrative Hearings is that office.
- Organisation tags in e-mail headers of government mail: "From: Intrieri, Alana (EOM) <…@dc.gov>".
- "the Council" in a document of one jurisdiction is that jurisdiction's legislature.
- "the City" in a document that names its city only by the city's council ("the Alder Falls City Council") is
  that city: a council's minutes or actions write "the City's water system", never "the City of Alder Falls".
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator

from foiakit.extract.lexicon import words
from foiakit.extract.org_forms import OrgMention
from foiakit.extract.spans import line_quote
from foiakit.model import Document, Page

_LOCALITY = re.compile(r"\b(ci|city|co|county)\.([a-z][a-z-]{2,})\.([a-z]{2})\.us\b", re.I)
_POLICE_DOMAIN = re.compile(r"\b([a-z]{3,})police\.(?:org|gov|com|net|us)\b", re.I)
_HEADER_LINE = re.compile(r"(?im)^[ \t]*(?:from|to|cc|bcc|sent by)\s*:[^\n]*$")
_TAG = re.compile(r"[A-Z][\w'’.-]+,\s+[A-Z][\w'’. -]{0,40}?\s*\(([A-Z]{2,6})\)")
_GOV_ADDRESS = re.compile(r"@[\w.-]+\.(?:gov|mil|us)\b", re.I)
_POSTAL = re.compile(r",\s+([A-Z]{2})\.?\s+\d{5}\b")
_CONNECTORS = frozenset({"of", "the", "and", "for", "on", "&", "in"})


def document_references(document: Document, found: list[OrgMention]) -> list[OrgMention]:
    """`found` with generic names resolved, plus the agencies named only by domain, initialism, header tag or
    reference."""
    resolved = _resolve_generic(document, found)
    extra = list(_locality_mentions(document))
    extra.extend(_attorney_general_mentions(document, resolved))
    known = resolved + extra
    extra.extend(_initialism_mentions(document, known))
    extra.extend(_header_tag_mentions(document, known))
    extra.extend(_council_mentions(document, known))
    extra.extend(_municipality_mentions(document, known))
    extra.extend(_letterhead_city_mentions(document, known + extra))
    return resolved + extra


def states_named(text: str) -> set[str]:
    """US states a text names, in full or as the postal code of an address ("Springfield, IL 62706")."""
    org_words = words("org_words")
    # "3510 S. Michigan Ave." is a street, not the state
    street = r"\.?\s+(?:Ave|Avenue|St|Street|Blvd|Boulevard|Rd|Road|Dr|Drive|Way|Pl|Place|Ct|Court|Pkwy|Parkway|Hwy)\b"
    # the substring test first: a state the text does not hold costs no regex search
    named = {s for s in org_words["states"] if s in text and re.search(rf"\b{s}\b(?!{street})", text)}
    named.update(org_words["state_codes"][c] for c in _POSTAL.findall(text) if c in org_words["state_codes"])
    return named


def _one_state(document: Document, page_number: int) -> str | None:
    """The state a page names, else the one state the whole document names."""
    pages = {p.number: p.text for p in document.pages}
    for text in (pages.get(page_number, ""), "\n".join(pages.values())):
        named = states_named(text)
        if len(named) == 1:
            return named.pop()
        if named:
            return None  # several states: no guess
    return None


def _cities(found: Iterable[OrgMention]) -> list[str]:
    return sorted(
        {m.canonical[len("City of ") :] for m in found if m.kind == "agency" and m.canonical.startswith("City of ")}
    )


def _resolve_generic(document: Document, found: list[OrgMention]) -> list[OrgMention]:
    cities = _cities(found)
    resolved = []
    for m in found:
        if m.kind == "agency" and m.canonical in {"Department of Police", "Police Department"} and len(cities) == 1:
            m = dataclasses.replace(m, canonical=f"{cities[0]} Police Department")
        elif m.kind == "agency" and m.canonical in {"Office of the Attorney General", "Attorney General's Office"}:
            state = _one_state(document, m.page)
            if state:
                m = dataclasses.replace(m, canonical=f"{state} Attorney General")
        elif m.kind == "agency" and m.canonical in words("org_words")["state_departments"]:
            state = _one_state(document, m.page)  # "the Department of Revenue" where Oregon is named: Oregon's
            if state:
                m = dataclasses.replace(m, canonical=f"{state} {m.canonical}")
        resolved.append(m)
    return resolved


def _mention(canonical: str, page: Page, start: int, end: int, confidence: float, kind: str = "agency") -> OrgMention:
    return OrgMention(
        kind,
        canonical,
        page.number,
        start,
        end,
        page.text[start:end],
        line_quote(page.text, start, end),
        "rule",
        confidence,
        page.ocr,
    )


def _locality_mentions(document: Document) -> Iterator[OrgMention]:
    for page in document.pages:
        for match in _LOCALITY.finditer(page.text):
            kind, place = match.group(1).lower(), match.group(2).replace("-", " ").title()
            name = f"City of {place}" if kind in {"ci", "city"} else f"{place} County"
            yield _mention(name, page, match.start(), match.end(), 0.7)
        for match in _POLICE_DOMAIN.finditer(page.text):
            yield _mention(f"{match.group(1).title()} Police Department", page, match.start(), match.end(), 0.7)


def _overlaps(found: Iterable[OrgMention], page: int, start: int, end: int) -> bool:
    return any(m.page == page and m.start < end and start < m.end for m in found)


def _attorney_general_mentions(document: Document, found: list[OrgMention]) -> Iterator[OrgMention]:
    """ "Oregon Attorney General Public Records Orders", "the Attorney General writes": the state's office."""
    states = "|".join(sorted(words("org_words")["states"], key=len, reverse=True))
    pattern = re.compile(rf"\b(?:({states})\s+Attorney\s+General|the\s+(Attorney\s+General))\b(?!\s+of\b)")
    for page in document.pages:
        for match in pattern.finditer(page.text):
            start = match.start(1) if match.group(1) else match.start(2)
            if _overlaps(found, page.number, start, match.end()):
                continue
            state = match.group(1) or _one_state(document, page.number)
            if state:
                yield _mention(f"{state} Attorney General", page, start, match.end(), 0.7)


def initials(name: str) -> str:
    """ "Office of Administrative Hearings" → "OAH" (connecting words skipped)."""
    return "".join(w[0].upper() for w in re.findall(r"[A-Za-z][\w'’]*", name) if w.lower() not in _CONNECTORS)


# a place before the body's head noun is left out of its initialism as often as it is kept
_HEAD_ONWARDS = re.compile(
    r"^[^\n]*?\s(?=(?:Office|Department|Board|Bureau|Commission|Council|Division|Agency|Administration|Authority)\b)"
)


def _expansions(found: Iterable[OrgMention]) -> dict[str, str]:
    """Initialisms the document's own agencies give: their names' initials, with and without a leading place
    ("D.C. Office of Administrative Hearings" → OAH), and the police, sheriff and county offices of its places."""
    table: dict[str, set[str]] = {}

    def add(key: str, name: str) -> None:
        if len(key) >= 3:
            table.setdefault(key, set()).add(name)

    for m in found:
        if m.kind != "agency":
            continue
        name = m.canonical
        add(initials(name), name)
        bare = _HEAD_ONWARDS.sub("", name)  # "Alder County Office of Hearings" → "Office of Hearings" (OH)
        add(initials(bare), name)
        place = _place_of(name)
        if place:
            add(initials(place) + "PD", f"{place} Police Department")
            add(initials(place) + "SO", f"{place} Sheriff's Office")
    return {key: names.pop() for key, names in table.items() if len(names) == 1}  # ambiguous: no guess


def _place_of(name: str) -> str | None:
    for pattern in (r"City of ([A-Z][\w .'-]+)", r"([A-Z][\w.'-]+(?: [A-Z][\w.'-]+)?) Police Department"):
        match = re.fullmatch(pattern, name)
        if match:
            return match.group(1)
    match = re.fullmatch(r"([A-Z][\w.'-]+(?: [A-Z][\w.'-]+)? County)(?: .*)?", name)
    return match.group(1) if match else None


def _initialism_mentions(document: Document, found: list[OrgMention]) -> Iterator[OrgMention]:
    table = _expansions(found)
    if not table:
        return
    pattern = re.compile(r"(?<![\w-])(" + "|".join(sorted(table, key=len, reverse=True)) + r")(?![\w-])")
    from foiakit.extract.organizations import names_a_thing

    for page in document.pages:
        for match in pattern.finditer(page.text):
            if names_a_thing(page.text, match.group(1), match.end()):
                continue  # "OMB Policy on …", "USPS ZIP Codes": the initialism opens the name of something else
            if not _overlaps(found, page.number, match.start(), match.end()):
                yield _mention(table[match.group(1)], page, match.start(), match.end(), 0.7)


def _header_tag_mentions(document: Document, found: list[OrgMention]) -> Iterator[OrgMention]:
    """ "Cc: Cavendish, Betsy (EOM)" in government mail: the sender's or recipient's agency, by its tag (or the
    name the document gives that tag)."""
    text = "\n".join(p.text for p in document.pages)
    if not _GOV_ADDRESS.search(text):
        return
    table = _expansions(found)
    for page in document.pages:
        for line in _HEADER_LINE.finditer(page.text):
            for match in _TAG.finditer(line.group(0)):
                tag = match.group(1)
                if tag in words("org_words")["not_agency_tags"]:
                    continue  # "Doe, Jane (CTR)": a contractor, not an agency
                start = line.start() + match.start(1)
                yield _mention(table.get(tag, tag), page, start, start + len(tag), 0.7)


def _council_mentions(document: Document, found: list[OrgMention]) -> Iterator[OrgMention]:
    """ "the Council" in a document of one jurisdiction: the one council the document names in full ("Council
    of the District of Columbia", "Lane County Council"), else its one city's City Council."""
    councils = sorted({m.canonical for m in found if m.kind == "agency" and re.search(r"\bCouncil\b", m.canonical)})
    cities = _cities(found)
    if len(councils) == 1:
        council = councils[0]
    elif not councils and len(cities) == 1:
        council = f"{cities[0]} City Council"
    else:
        return
    for page in document.pages:
        for match in re.finditer(r"\bthe (Council)\b(?! of\b)", page.text):
            if not _overlaps(found, page.number, match.start(1), match.end(1)):
                yield _mention(council, page, match.start(1), match.end(1), 0.65)


# "Alder Falls City Council", "Marlow Town Board": a municipality's own body, its place before the kind of place
_MUNICIPAL_BODY = re.compile(
    r"^([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}) (City|Town|Village) (?:Council|Commission|Board)$"
)


def _municipality_mentions(document: Document, found: list[OrgMention]) -> Iterator[OrgMention]:
    """ "the City" (or "the Town", "the Village") in a document that names no "City of …" and one municipal body
    ("the Alder Falls City Council"): the municipality whose body that is. A capitalised "the City" followed by
    a name ("the City Manager", "the City of Marlow") is not the reference."""
    places: dict[str, set[str]] = {}
    for m in found:
        match = _MUNICIPAL_BODY.match(m.canonical) if m.kind == "agency" else None
        if match:
            places.setdefault(match.group(2), set()).add(match.group(1))
    named = {m.canonical.split(" of ")[0] for m in found if m.kind == "agency" and " of " in m.canonical}
    for kind, place_names in places.items():
        if len(place_names) != 1 or kind in named:
            continue  # two cities' councils, or the city already named in full: no guess
        body = f"{kind} of {place_names.pop()}"
        pattern = re.compile(rf"\b[Tt]he ({kind})(?=['’]s\b|(?![ \t]*(?:[A-Z&]|of\b))\W)")
        for page in document.pages:
            for match in pattern.finditer(page.text):
                if not _overlaps(found, page.number, match.start(1), match.end(1)):
                    yield _mention(body, page, match.start(1), match.end(1), 0.65)


# an address of a letterhead or a footer: "303 Alder Street Marlow, WI 53948", "Marlow, WI 53948-1329"
_ADDRESS_CITY = re.compile(
    r"(?:\b\d{1,6}[ \t]+[A-Z][\w.'’ -]{2,40}?\b(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Way|Lane|Ln|"
    r"Place|Pl|Parkway|Pkwy|Highway|Hwy)\.?,?[ \t]+|^[ \t]*)"
    r"(?P<city>[A-Z][a-z]{2,}(?:[ \t][A-Z][a-z]{2,})?),[ \t]*(?P<state>[A-Z]{2})[ \t]+\d{5}(?:-\d{4})?\b",
    re.M,
)
_CITY_SIGNER = re.compile(r"(?m)^[ \t]*(?:City[ \t]+(?:Administrator|Manager|Clerk|Attorney)|Mayor)\b")
_THE_CITY = re.compile(r"\b[Tt]he City(?=['’]s\b|(?![ \t]*(?:[A-Z&]|of\b))\W)")
_BLOCK_LINES = 8  # a letterhead's or a footer's lines: the first and the last of a page


def _letterhead_city_mentions(document: Document, found: list[OrgMention]) -> Iterator[OrgMention]:
    """ "the City takes every request seriously" in a letter whose letterhead or footer gives one city's address
    ("303 Alder Street Marlow, WI 53948") and whose page is the city's own (its domain holds the city's name, or a
    city official signs it): the City of that place. A document that names a city in full needs no guess."""
    if any(m.kind == "agency" and re.match(r"(?:City|Town|Village) of ", m.canonical) for m in found):
        return
    if not any(_THE_CITY.search(page.text) for page in document.pages):
        return
    codes = words("org_words")["state_codes"]
    for page in document.pages:
        lines = page.text.split("\n")
        block_start = len("\n".join(lines[: len(lines) - _BLOCK_LINES])) if len(lines) > 2 * _BLOCK_LINES else 0
        head_end = len("\n".join(lines[:_BLOCK_LINES]))
        cities = {
            (m.group("city"), m.start("city"))
            for m in _ADDRESS_CITY.finditer(page.text)
            if m.group("state") in codes and (m.start() <= head_end or m.start() >= block_start)
        }
        if len({name for name, _ in cities}) != 1:
            continue  # no address, or two places' (a sender's and an addressee's): no guess
        name, start = min(cities, key=lambda c: c[1])
        squeezed = name.lower().replace(" ", "")
        own_domain = any(squeezed in label for label in re.findall(r"(?:www\.|@)([\w.-]+)", page.text.lower()))
        if own_domain or _CITY_SIGNER.search(page.text, block_start):
            yield _mention(f"City of {name}", page, start, start + len(name), 0.65)
            return
