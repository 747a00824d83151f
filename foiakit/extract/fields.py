"""Names a form gives by its fields: "Vendor Name: Quillon Systems", "Legal Business Name: …", "Payee: …",
"Contracting Agency Name: …". A label from `org_words.json` (`vendor_role_labels`, `agency_field_labels`) followed
by a colon names the party, whatever the name's form: the value runs to the end of the line or to the next label
on the same line ("Agency ID: 7012 Agency Name: …"), or is the next line when the label ends its own line.
A form's fields are how procurement systems (FPDS, purchase orders, check registers) print who sold and who
bought; the name's own words (suffix, head noun) decide nothing here."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

from foiakit.extract.cells import cell_end, cell_index, line_cells
from foiakit.extract.lexicon import known_orgs, words
from foiakit.extract.org_forms import OrgMention, canonical_name, classify
from foiakit.model import Document

_SPACES = re.compile(r"\s+")
_COLON = re.compile(r"\s?:(?:[ \t]|$)", re.M)
_LABEL_WORDS = 3  # the words before the next colon that may be its label ("Amount Paid:", "Agency Name:")
_VALUE_START = re.compile(r"[ \t]*(?P<value>[^\n]*)")
_NEXT_LINE = re.compile(r"[ \t]*\n[ \t]*(?P<value>[^\n]{2,})")
_NAME_SHAPE = re.compile(r"^[A-Za-z0-9][\w&.,'’()/ -]*[\w.)]$")
MAX_NAME_WORDS = 9  # a name in a field; more is a sentence that happens to follow a label


@functools.cache
def _label_pattern() -> re.Pattern[str]:
    org_words = words("org_words")
    labels = [(label, "vendor") for label in org_words["vendor_role_labels"]]
    labels += [(label, "agency") for label in org_words["agency_field_labels"]]
    ordered = sorted(labels, key=lambda pair: -len(pair[0]))  # "vendor name" before "vendor"
    alternatives = "|".join(
        f"(?P<{kind}{i}>{r'[ ]+'.join(re.escape(w) for w in label.split())})" for i, (label, kind) in enumerate(ordered)
    )
    # a label opens its line or follows another field's value; "Name of Vendor", "Vendor #" are not these labels
    return re.compile(rf"(?im)(?:^|(?<=\s))(?:{alternatives})[ \t]*:")


def field_value(text: str, label_end: int) -> tuple[int, int] | None:
    """The span of the value a label ending at `label_end` gives: the rest of its line up to a column gap or the
    next label, or the cell under it when the label ends its own line. None when what follows is no name (a
    number, a sentence)."""
    match = _VALUE_START.match(text, label_end)
    start, end = match.start("value"), match.end("value")  # type: ignore[union-attr]
    if text[start:end].strip():
        end = cell_end(text, start, end)  # "Vendor: Harlow Signal Inc.   Date: 03/02/2024": the value is its cell
    else:
        below = _cell_below(text, label_end)
        if below is None:
            return None
        start, end = below
    end = _before_next_label(text, start, end)
    end = _before_address(text, start, end)
    value = text[start:end]
    trimmed = value.rstrip(" \t,;")
    end = start + len(trimmed)
    if not _is_name(trimmed):
        return None
    return start, end


def _cell_below(text: str, label_end: int) -> tuple[int, int] | None:
    """The value of a label that ends its line: the next line, or on a line of cells the cell in the label's
    column ("Vendor:   Ship To:" over "Harlow Signal Inc.   Village of Elm Park"): the cell of the same index when
    both lines have as many cells, the first cell under a first label, else none (the columns do not line up)."""
    following = _NEXT_LINE.match(text, label_end)
    if following is None:
        return None
    _, above = line_cells(text, label_end - 1)
    _, row = line_cells(text, following.start("value"))
    index = cell_index(above, label_end - 1)
    if index is None or not row or (index and len(row) != len(above)):
        return None
    start, end = row[index]
    return (start, end) if 2 <= end - start <= 80 else None


def _before_next_label(text: str, start: int, end: int) -> int:
    """Where a value ends when another field follows on its line ("Payee: Ostrava Gate Co. Amount Paid: $40"):
    before the capitalised words that precede the next colon, at most three, never taking a word that ends a
    name ("Co.", "Inc.", "&") into the label."""
    colon = _COLON.search(text, start, end)
    if colon is None:
        return end
    tokens = list(re.finditer(r"\S+", text[start : colon.start()]))
    label_start = None
    for token in reversed(tokens[-_LABEL_WORDS:]):
        word = token.group(0)
        if not word[:1].isupper() or word.endswith((".", ",")) or word == "&":
            break
        label_start = start + token.start()
    if label_start is None or label_start == start:
        return end if label_start is None else start
    return label_start


_ADDRESS_START = re.compile(r"(?:\d{1,6}\b|p\.?\s?o\.?\s*box\b|box\s+\d|suite\b|ste\.?\s)", re.I)


def _before_address(text: str, start: int, end: int) -> int:
    """Where a name ends when its address follows on the line ("Remit To: Kestrel Analytics, PO Box 12, Alder
    Falls", "…, Inc., 12 Main St"): at the first comma followed by an address (a number, a box, a suite)."""
    for comma in re.finditer(r",\s*", text[start:end]):
        if _ADDRESS_START.match(text, start + comma.end(), end):
            return start + comma.start()
    return end


def _is_name(value: str) -> bool:
    tokens = value.split()
    if not tokens or len(tokens) > MAX_NAME_WORDS or not _NAME_SHAPE.match(value):
        return False
    letters = sum(c.isalpha() for c in value)
    digits = sum(c.isdigit() for c in value)
    if letters < 3 or digits > letters or not any(t[:1].isupper() for t in tokens):
        return False
    small = {"of", "the", "and", "for", "de", "&"}
    capitalised = [t for t in tokens if t.lower() not in small and t[:1].isalpha()]
    if sum(t[:1].isupper() for t in capitalised) < 0.6 * len(capitalised):
        return False  # "Claim as used in paragraph (b) of": a sentence after a label, not a name
    lowered = value.lower().strip(" .")
    return lowered not in words("org_words")["not_org_words"] and lowered not in {"n/a", "na", "none", "tbd"}


_INVERTED_PLACE = re.compile(r",\s*(?:city|county|town|village|state|township|borough|commonwealth)\s+of\b", re.I)


def _public_body(value: str) -> bool:
    """A value that names a public body by its form: "City of Alder Falls", "ALDER FALLS, CITY OF (INC)"."""
    return _INVERTED_PLACE.search(value) is not None or classify(value.split()) == "agency"


def _labels(text: str) -> Iterator[re.Match[str]]:
    """The label pattern's matches, line by line and only on lines with a colon: a label and its colon never cross
    a line, and the pattern (a case-blind alternation of every label) costs 2 ms a page when run over all of it."""
    pattern = _label_pattern()
    colon = text.find(":")
    while colon != -1:
        line_start = text.rfind("\n", 0, colon) + 1
        line_end = text.find("\n", colon)
        line_end = len(text) if line_end == -1 else line_end
        yield from pattern.finditer(text, line_start, line_end)
        colon = text.find(":", line_end)


def _buyers_label(text: str, label_start: int) -> bool:
    """A vendor label that a buyer's word opens in its cell ("Billing Company Name:", "Customer Company:"): the
    buyer's field, as `prices.json` `buyer_labels` name them; never when a field precedes it ("Customer: Town of
    Alder Vendor: …", OCR's one-cell line)."""
    (line_start, _), row = line_cells(text, label_start)
    cell_start = next((s for s, e in row if s <= label_start < e), line_start)
    before = " ".join(text[cell_start:label_start].lower().split())
    if not before or ":" in before:
        return False
    return any(before == label or before.startswith(label + " ") for label in words("prices")["buyer_labels"])


MIN_CUT_NAME = 20  # letters a field's value keeps before its width cuts it; fewer match too many names


def _listed_whole(value: str, kind: str) -> str | None:
    """The listed name a field's value is the start of, when its form's fixed width cut it ("U.S. IMMIGRATION AND
    CUSTOMS ENFORC" in a 35-character FPDS field): one listed name of the kind, and only for long values."""
    cut = " ".join(value.lower().split())
    if len(cut) < MIN_CUT_NAME:
        return None
    whole = {
        org.canonical
        for org in known_orgs()
        if org.kind == kind
        for name in org.names
        if len(name) > len(cut) and " ".join(name.lower().split()).startswith(cut)
    }
    return whole.pop() if len(whole) == 1 else None


def field_mentions(document: Document, taken: set[tuple[int, int, int]]) -> Iterator[OrgMention]:
    """Vendors ("seller" role) and agencies ("buyer" role) named by a form's fields, skipping spans already
    found (`taken`: page, start, end)."""
    for page in document.pages:
        for match in _labels(page.text):
            kind = "vendor" if next(k for k, v in match.groupdict().items() if v).startswith("vendor") else "agency"
            span = field_value(page.text, match.end())
            if span is None:
                continue
            start, end = span
            if kind == "vendor" and _public_body(page.text[start:end]):
                kind = "agency"  # FPDS names a city or a state college as the awardee: a public body still
            elif kind == "vendor" and _buyers_label(page.text, match.start()):
                continue  # "Billing Company Name: Wexford Town PD": the buyer's company, no vendor
            if any(p == page.number and s < end and start < e for p, s, e in taken):
                continue
            text = page.text[start:end]
            name = _listed_whole(text, kind) or canonical_name(text, kind)
            line_start = page.text.rfind("\n", 0, match.start()) + 1
            quote = _SPACES.sub(" ", page.text[line_start:end]).strip()[:400]
            yield OrgMention(
                kind,
                name,
                page.number,
                start,
                end,
                text,
                quote,
                "rule",
                0.85,
                page.ocr,
                role="seller" if kind == "vendor" else "buyer",
            )


def payee_mentions(document: Document, taken: set[tuple[int, int, int]]) -> Iterator[OrgMention]:
    """The names in a ledger's or register's payee / vendor column ("Vendor Name", "Payee"): each row's payee is
    a vendor ("payee" role), or an agency when its form says so ("County of Alder"), so the row's amount is tied
    to it. Rows whose PDF cannot be reopened give none here; the line-item extractor reports why."""
    from foiakit.extract.line_items import table_rows
    from foiakit.extract.payees import is_inverted_person, public_body_form

    try:
        rows = table_rows(document)
    except FileNotFoundError:
        return
    read_by_cells = _register_lines_by_cells(document)
    for row in rows:
        payee = row.item.payee
        if row.item.row_type != "item" or not _is_payee(payee):
            continue
        text = row.page.text
        line_start = text.rfind("\n", 0, row.start) + 1  # the row's span may start at its description
        if (row.page.number, line_start) in read_by_cells:
            continue  # the register's reading by cells knows the payee column, a wrapped name's rest, a person
        first_line = payee.split("\n")[0]
        found = re.search(r"\s+".join(re.escape(w) for w in first_line.split()), text[line_start : row.end])
        if found is None:
            continue
        start, end = line_start + found.start(), line_start + found.end()
        if any(p == row.page.number and s < end and start < e for p, s, e in taken):
            continue
        name = _SPACES.sub(" ", payee).strip()
        if is_inverted_person(name) or ":" in name:
            continue  # "BRADLEY, LEE", "Regular Checks: 11": a person or a label, its amount a price with no vendor
        kind = "agency" if _public_body(name) or public_body_form(name) else "vendor"  # "ALDER UNIFIED SCHOO"
        line_end = text.find("\n", row.end)
        quote = _SPACES.sub(" ", text[line_start : line_end if line_end >= 0 else len(text)]).strip()[:400]
        yield OrgMention(
            kind,
            canonical_name(name, kind),
            row.page.number,
            start,
            end,
            text[start:end],
            quote,
            "table",
            0.8,
            row.page.ocr,
            role="payee" if kind == "vendor" else None,
        )


def _register_lines_by_cells(document: Document) -> set[tuple[int, int]]:
    """(page, line start) of the register payment lines read as rows of cells (register_cells.py): their payee, or
    their having none (a person), is the register's reading, which sees the whole column down the page."""
    from foiakit.extract.register_cells import RegisterRow
    from foiakit.extract.register_lines import document_register_rows

    return {
        (page, row.line_start)
        for page, rows in document_register_rows(document).items()
        for row in rows
        if isinstance(row, RegisterRow) and row.by_cells  # set only on a line with gaps
    }


def register_payee_mentions(document: Document, taken: set[tuple[int, int, int]]) -> Iterator[OrgMention]:
    """The payees of a register printed as text (extract/register_lines.py): each a vendor ("payee" role), or an
    agency when its form says so ("CAMAS SCHOOL DISTRICT")."""
    from foiakit.extract.payees import is_person_by_given_name, payee_kind
    from foiakit.extract.register_lines import document_register_rows

    registers = document_register_rows(document)
    for page in document.pages:
        rows = registers.get(page.number, ())
        if not rows:
            continue
        spans = sorted((s, e) for p, s, e in taken if p == page.number)  # bisect: a register has thousands of lines
        starts = [s for s, _ in spans]
        for row in rows:
            if row.payee is None or row.payee_span is None or row.payee_span[0] < row.line_start:
                continue  # no payee, or one printed on a line above (an account line's, a total's)
            if row.payee_span[0] == row.payee_span[1]:
                continue  # a payee printed on a page before (a heading's lines over a page break): named there
            start, end = row.payee_span
            line_end = page.text.find("\n", end)
            line_end = line_end if line_end >= 0 else len(page.text)
            at = bisect.bisect_left(starts, row.line_start)
            if (at < len(starts) and starts[at] < line_end) or (at and spans[at - 1][1] > row.line_start):
                continue  # the PDF table reader's payee on this line is the better read: it knows the columns
            kind = payee_kind(row.payee, _public_body(row.payee))
            if kind is None and is_person_by_given_name(row.payee):
                kind = "vendor"  # "GOLDEN SUMMIT": kept a payee by the register's evidence (register_people.py)
            if kind is None:
                continue  # a club, an association: neither vendor nor agency
            quote = _SPACES.sub(" ", page.text[row.line_start : line_end])
            yield OrgMention(
                kind,
                canonical_name(row.payee, kind),
                page.number,
                start,
                end,
                page.text[start:end],
                quote.strip()[:400],
                "table",
                0.75,
                page.ocr,
                role="payee" if kind == "vendor" else None,
            )


def _is_payee(value: str) -> bool:
    """A payee cell that holds a name: letters, not a number, a date or a blank marker, and not a payment's type or
    state ("*** VOID ***", "** VOIDED **", "EFT": `data/payees.json`), which a register prints in the payee's column
    of a voided check's zero line."""
    from foiakit.extract.register_cells import is_payment_type

    letters = sum(c.isalpha() for c in value)
    if letters < 3 or letters <= sum(c.isdigit() for c in value):
        return False
    return value.strip().lower() != "n/a" and not is_payment_type(value)
