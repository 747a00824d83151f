"""A sale's paper and its one seller: whether a document is a quote, an invoice, a purchase order or an order form
(by its first page's title or number), and which vendor the places that name organisations (letterheads.py: vendor
field, remit-to, letterhead, trade name, signature) make its seller, never a name printed in its buyer's field."""

from __future__ import annotations

import re
from collections.abc import Iterable

from foiakit.extract.cells import cells
from foiakit.extract.letterheads import TOP_LINES, buyer_spans, printed_lines
from foiakit.extract.lexicon import words
from foiakit.extract.org_forms import OrgMention
from foiakit.model import Document

# What each place says of a sale's paper's seller: a form's vendor field ("Supplier:", "Vendor:") most, then the
# payee ("Remit to:"), the letterhead or trade name, the signature. A name counts each place once, so a register's
# many payees tie and name no one.
_SELLER_WEIGHTS = {"seller": 4, "payee": 3, "sender": 2, "dba": 2, "signer": 1}
# "Invoice Number = INV-61152", "Quote #: Q-1180": the paper's own number, wherever the page's text puts it
_NUMBER_LABEL = re.compile(r"\b(?:invoice|quote|quotation)\s*(?:number|no\.|#)\s*[:=#—-]?\s*[a-z]{0,4}-?\d")
_TITLE_WORDS = 8  # a title line is short ("Invoice #: 4471 Date: 03/25/2025"), not a sentence


def sales_document(document: Document) -> bool:
    """Whether the document is a quote, an invoice, a purchase order or an order form by its first page: a short
    line that opens with its title ("QUOTE", "Purchase Order Page: 1 of 1"), a top line's cell that is its title
    ("Acme Signal LLC   INVOICE"), or its number ("Invoice # 4471")."""
    if not document.pages:
        return False
    titles = words("prices")["sales_document_titles"]
    page = document.pages[0]
    for index, (offset, line) in enumerate(printed_lines(page.text)):
        lowered = line.lower()
        if len(line.split()) <= _TITLE_WORDS and any(_opens_with(lowered, title) for title in titles):
            return True
        if _NUMBER_LABEL.search(lowered):
            return True
        if (
            index < TOP_LINES
            and any(  # "Acme Signal LLC   QUOTE": the title in its own cell of a top line
                page.text[s:e].lower().rstrip(" :") in titles
                for s, e in cells(page.text, offset, offset + len(line))[1:]
            )
        ):
            return True
    return False


def _buyers_field(line: str, labels: frozenset[str]) -> bool:
    """ "Billing Company Name: Town of Wexford PD": a name the paper prints in its buyer's field is not its seller,
    wherever else it prints it and whatever the field's last words ("Company Name") say ("billing@…" is no field)."""
    return any(line.startswith(label) and line[len(label) : len(label) + 1] in (" ", ":", "\t") for label in labels)


def _opens_with(line: str, title: str) -> bool:
    """ "invoice #: 4471", "quote q-1180": the line opens with the title as a whole word ("invoices" does not)."""
    return line.startswith(title) and not line[len(title) : len(title) + 1].isalpha()


def document_seller(document: Document, organizations: Iterable[OrgMention]) -> str | None:
    """The one seller a quote, an invoice or an order form names by its structure (vendor field, remit-to,
    letterhead, trade name, signature), decided once for the whole document; None when the document is no sale's
    paper or two names weigh the same."""
    if not sales_document(document):
        return None
    organizations = list(organizations)
    buyer_labels = words("prices")["buyer_labels"]
    buyers = {m.canonical for m in organizations if _buyers_field(m.quote.lower(), buyer_labels)}
    buyers |= column_buyers(document, organizations)
    places: dict[str, set[str]] = {}
    for m in organizations:
        if m.kind == "vendor" and m.role in _SELLER_WEIGHTS and m.canonical not in buyers:
            places.setdefault(m.canonical, set()).add(m.role)
    weights = sorted(((sum(_SELLER_WEIGHTS[r] for r in roles), name) for name, roles in places.items()), reverse=True)
    if not weights or (len(weights) > 1 and weights[0][0] == weights[1][0]):
        return None
    return weights[0][1]


def column_buyers(document: Document, organizations: Iterable[OrgMention]) -> set[str]:
    """The names a party block prints under a buyer's column label ("Bill To:   Ship To:"): never a sale's paper's
    seller, nor the vendor of its prices."""
    in_columns = buyer_spans(document)
    return {m.canonical for m in organizations if any(_overlaps(m, span) for span in in_columns)}


def _overlaps(mention: OrgMention, span: tuple[int, int, int]) -> bool:
    page, start, end = span
    return mention.page == page and mention.start < end and start < mention.end
