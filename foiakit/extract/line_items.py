"""Price line items, an extractor that reopens the PDF: each row of a quote's, invoice's or purchase order's price
table (description, quantity, unit price, extended total) becomes a `line_item` finding, checked for quantity × unit
price = total. pdfplumber reads only text-layer pages whose stored text holds two amounts or more and a header
line, and whose PDFium characters and drawings could make one (`table_pages`), from PDFium's description of the
page (`pdfium_page`; pdfplumber's own parse where PDFium cannot describe it): ruled tables first ("lines"
strategy); when they hold fewer than two items, text-aligned tables too ("text" strategy, cells rebuilt from the
words under each header label), and the reading with more items wins (`price_tables`; characters converted by
`plumber_chars`). Header words: `data/line_items.json`. A row's offsets span its description through its last
amount in the page's stored text.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import re
from collections.abc import Iterator, Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from foiakit.extract import finding_at, register
from foiakit.extract.lexicon import words
from foiakit.extract.money import NUMBER, decimal_of
from foiakit.ingest.discover import sha256_file
from foiakit.model import Document, FileType, Finding, Page, Settings, make_detail

log = logging.getLogger(__name__)

ROLES = ("total", "unit_price", "quantity", "uom", "payee", "description")  # a cell naming several: the first wins
MAX_LABEL_WORDS = 4  # a header cell is a short label, not a sentence
MAX_ROW_LINES = 8  # a row's description and its amounts are at most this many stored-text lines apart
CENT = Decimal("0.01")

_MONEY = re.compile(rf"(?:US\$|\$)\s?{NUMBER}|(?<![\w.,])(?:\d{{1,3}}(?:,\d{{3}})+|\d+)\.\d{{2}}(?![\d.])")
_CELL_AMOUNT = re.compile(rf"^\(?(?:US\$|\$|€|£|[A-Z]{{3}})?\s*(?P<n>-?{NUMBER})\s*(?:[A-Z]{{3}})?\)?$")
_QUANTITY = re.compile(rf"^(?P<n>{NUMBER})(?:\s+[A-Za-z./]{{1,8}})?$")
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_SPACES = re.compile(r"\s+")
_CODE = re.compile(r"^(?=\S*\d)[A-Za-z0-9-]+$")  # one word with a figure in it: a code, not a name


@dataclasses.dataclass(frozen=True, slots=True)
class LineItem:
    description: str
    quantity: Decimal | None
    unit_price: Decimal | None
    total: Decimal | None
    currency: str | None
    row_type: str  # item | total
    cells: tuple[str, ...]
    amount_texts: tuple[str, ...]  # the unit price and total cells as printed (to find the row in the page text)
    payee: str = ""  # a ledger row's payee or vendor column: whom the row paid

    @property
    def consistent(self) -> bool | None:
        """Whether quantity × unit price is the total to the cent; None unless all three are there."""
        if self.quantity is None or self.unit_price is None or self.total is None:
            return None
        product = (self.quantity * self.unit_price).quantize(CENT, rounding=ROUND_HALF_UP)
        return product == self.total.quantize(CENT, rounding=ROUND_HALF_UP)


@register(25, "line_items")
def extract_line_items(document: Document, settings: Settings) -> Iterator[Finding]:
    """Extractor: line items are redone with the rest of extraction (new rules re-read the PDF, never OCR)."""
    yield from line_item_findings(document)


def line_item_findings(document: Document) -> list[Finding]:
    """`line_item` findings for a PDF's price tables. A malformed PDF gives none; a PDF that is no longer where
    it was read from (re-extraction after the release moved) raises, so the run records why."""
    return [
        finding_at(
            document,
            row.page,
            "line_item",
            (row.start, row.end),
            plain_amount(row.item.total if row.item.total is not None else row.item.unit_price) or "",
            value=" | ".join(row.item.cells),
            method="table",
            confidence=row.confidence,
            detail=make_detail(
                description=row.item.description,
                vendor=row.item.payee or None,
                quantity=None if row.item.quantity is None else format(row.item.quantity, "f"),
                unit_price=plain_amount(row.item.unit_price),
                total=plain_amount(row.item.total),
                currency=row.item.currency,
                consistent=row.item.consistent,
                row_type=row.item.row_type,
                table=row.table,
                row=row.row,
            ),
        )
        for row in table_rows(document)
    ]


@dataclasses.dataclass(frozen=True, slots=True)
class LocatedRow:
    """A table row found on a page, with its span in the page's stored text."""

    page: Page
    start: int
    end: int
    table: int
    row: int
    item: LineItem
    confidence: float


# One slot: the organisations step (a ledger's payees) and the line-item extractor of one document share one
# reading of its tables; matched by identity like the document context.
_LAST: list[tuple[Document, list[LocatedRow]]] = []


def table_rows(document: Document) -> list[LocatedRow]:
    """The rows of a PDF's price tables and ledgers, read once per document (see `line_item_findings`)."""
    if _LAST and _LAST[0][0] is document:
        return _LAST[0][1]
    source = document.source
    rows: list[LocatedRow] = []
    if source.file_type is FileType.PDF:
        pages = [p for p in document.pages if not p.ocr and len(_MONEY.findall(p.text)) >= 2 and _header_line(p.text)]
        if pages:
            if not source.path.is_file() or sha256_file(source.path) != source.sha256:
                raise FileNotFoundError(f"the PDF is no longer at {source.path}; its line items were not redone")
            try:
                rows = list(_pdf_rows(document, pages))
            except Exception:  # a malformed page must not cost the document its other findings
                log.debug("line-item analysis failed on %s", source.display_path, exc_info=True)
    _LAST.clear()
    _LAST.append((document, rows))
    return rows


def _header_line(text: str) -> bool:
    """Whether a line of the stored text reads like a price table's header (a description column and a price or
    total column): pdfplumber, the slow part, opens only such pages."""
    lexicon = words("line_items")
    names = lexicon["description"] | lexicon["payee"]
    for line in text.splitlines():
        if len(line) > 200 or not line.strip():
            continue
        if _has_phrase(line, names) and (
            _has_phrase(line, lexicon["unit_price"]) or _has_phrase(line, lexicon["total"])
        ):
            return True
    return False


def header_roles(cells: Sequence[str | None]) -> tuple[str | None, ...] | None:
    """Each header cell's column role, or None when the row is not a price table's header (it needs a
    description column and a price or total column, and mostly cells that name a column)."""
    texts = [clean_cell(c) for c in cells]
    lexicon = words("line_items")
    short = [t if t and len(t.split()) <= MAX_LABEL_WORDS else "" for t in texts]
    roles = tuple(next((r for r in ROLES if t and _role_of(t, r, lexicon)), None) for t in short)
    named = [r for r in roles if r]
    if not {"description", "payee"} & set(named) or not {"unit_price", "total"} & set(named):
        return None
    if "payee" in named and not any(cell_amount(t) is not None for t in texts if t):
        return roles  # a register names many identifier columns (check, invoice, account numbers) besides these
    return roles if 2 * len(named) >= sum(1 for t in texts if t) else None


def _role_of(cell: str, role: str, lexicon: dict[str, Any]) -> bool:
    """Whether a header cell names `role`'s column; "Vendor Number", "Payee ID" name an identifier, not a payee."""
    if role == "payee" and _has_phrase(cell, lexicon["payee_not"]):
        return False
    return _has_phrase(cell, lexicon[role])


def parse_row(roles: Sequence[str | None], cells: Sequence[str | None], currency: str | None = None) -> LineItem | None:
    """A body row as a line item (None when it holds no amount in its price or total column)."""
    texts = [clean_cell(c) for c in cells]
    by_role: dict[str, str] = {}
    for role, text in zip(roles, texts, strict=False):
        if role and role not in {"description", "payee"} and role not in by_role:
            by_role[role] = text
    unit_text, total_text = by_role.get("unit_price", ""), by_role.get("total", "")
    unit_price, total = cell_amount(unit_text), cell_amount(total_text)
    if unit_price is None and total is None:
        return None
    quantity_match = _QUANTITY.match(by_role.get("quantity", ""))
    quantity = decimal_of(quantity_match.group("n")) if quantity_match else None
    description = " ".join(t for r, t in zip(roles, texts, strict=False) if r == "description" and t)
    payee = " ".join(_payee_cells([t for r, t in zip(roles, texts, strict=False) if r == "payee" and t]))
    label = " ".join(t for t in texts if t and cell_amount(t) is None)
    row_type = "item"
    if (quantity is None or unit_price is None) and _has_phrase(label, words("line_items")["total_rows"]):
        row_type = "total"
        description = description or label
    amounts = tuple(t for t, v in ((unit_text, unit_price), (total_text, total)) if v is not None)
    cells_kept = tuple(t for t in texts if t)
    currency = cells_currency(texts) or currency
    if row_type == "item" and payee and _has_phrase(payee, words("line_items")["total_rows"]):
        row_type = "total"  # "Vendor Total", "Grand Total" in a register's payee column
    return LineItem(description, quantity, unit_price, total, currency, row_type, cells_kept, amounts, payee)


def _payee_cells(cells: list[str]) -> list[str]:
    """A register's payee cells less its vendor code: "Vendor" and "Vendor Name" both name a payee column, and the
    first holds a code ("CURT32", "640") beside the name in the second."""
    named = [c for c in cells if not _CODE.match(c)]
    return named if len(cells) > 1 and named else cells


def _pdf_rows(document: Document, pages: list[Page]) -> Iterator[LocatedRow]:
    import pypdfium2 as pdfium

    from foiakit.extract.price_tables import plumber_items

    read: dict[int, list[tuple[int, int, LineItem, float]]] = {}
    pdf = pdfium.PdfDocument(document.source.path, password="")  # cheap, in C: before pdfplumber's parse
    try:
        pages = [p for p in pages if p.number <= len(pdf) and _pdfium_read(pdf, p.number, read)]
    finally:
        pdf.close()
    read.update(plumber_items(document.source.path, [p.number for p in pages if p.number not in read]))
    for page in pages:
        cursor = 0
        for table, row, item, confidence in read[page.number]:
            span = _locate(page.text, item, cursor)
            if span is None:
                continue
            (start, end), cursor = span, span[1]
            yield LocatedRow(page, start, end, table, row, item, confidence)


def _pdfium_read(pdf: Any, number: int, read: dict[int, list[tuple[int, int, LineItem, float]]]) -> bool:
    """Whether page `number` may hold a price table (`table_pages`); if so, its items go into `read` when PDFium
    can describe the page (`pdfium_page`; else pdfplumber reads it). The page and its text page are loaded once
    for the test and the description (twice each before: 40% of the table pages' PDFium time)."""
    from foiakit.extract.pdfium_page import loaded_page_or_reason
    from foiakit.extract.price_tables import page_items
    from foiakit.extract.table_pages import SharedTextPage, page_may_hold_a_price_table

    try:
        page = pdf[number - 1]
    except Exception:  # a damaged page: pdfplumber's reading decides, as before
        return True
    text = SharedTextPage(page)
    try:
        if not page_may_hold_a_price_table(page, text):
            return False
        described = loaded_page_or_reason(page, text)  # a reason: a page only pdfplumber can describe
        if not isinstance(described, str):
            read[number] = page_items(described)
        return True
    finally:
        text.close()
        page.close()


def clean_cell(cell: str | None) -> str:
    return _SPACES.sub(" ", cell or "").strip()


def _has_phrase(text: str, phrases: frozenset[str]) -> bool:
    """Whether `text` holds one of `phrases` as whole words (case and punctuation ignored)."""
    lowered = f" {_NOT_WORD.sub(' ', text.lower()).strip()} "
    return any(phrase in lowered for phrase in _padded(phrases))


@functools.lru_cache(maxsize=64)
def _padded(phrases: frozenset[str]) -> tuple[str, ...]:
    """The phrases as `_has_phrase` compares them, made once per list (not once per cell and phrase)."""
    return tuple(f" {_NOT_WORD.sub(' ', phrase.lower()).strip()} " for phrase in phrases)


def cell_amount(text: str) -> Decimal | None:
    match = _CELL_AMOUNT.match(text)
    value = decimal_of(match.group("n")) if match else None
    return -abs(value) if value is not None and text.startswith("(") and text.endswith(")") else value


def cells_currency(cells: Sequence[str]) -> str | None:
    text = " ".join(cells)
    for sign, code in (("$", "USD"), ("€", "EUR"), ("£", "GBP")):
        if sign in text:
            return code
    codes = words("line_items")["currencies"]
    return next((m.group(0) for m in re.finditer(r"\b[A-Z]{3}\b", text) if m.group(0) in codes), None)


def plain_amount(value: Decimal | None) -> str | None:
    """A decimal as plain figures with at least two places ("144.00"); None stays None."""
    if value is None:
        return None
    return f"{value:.2f}" if value == value.quantize(CENT) else f"{value:f}"


def _spans(text: str, phrase: str, origin: int) -> Iterator[tuple[int, int]]:
    tokens = phrase.split()
    if not tokens:
        return
    left = r"(?<![\w.,])" if tokens[0][0].isalnum() else ""
    right = r"(?!\w)" if tokens[-1][-1].isalnum() else ""
    pattern = re.compile(left + r"\s*".join(re.escape(t) for t in tokens) + right)
    for match in pattern.finditer(text, origin):
        yield match.start(), match.end()


def amount_spans(text: str, amount: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Where an amount cell's text ("1,099.00") stands in text[start:end], as whole figures."""
    return ((s, e) for s, e in _spans(text, amount, start) if e <= end)


def _locate(text: str, item: LineItem, cursor: int) -> tuple[int, int] | None:
    """The row's span in the stored text: its description through its last amount (when that follows within a
    few lines), else the description alone, else its amounts. Searched from the previous row's end first."""
    for origin in (cursor, 0):
        fallback: tuple[int, int] | None = None
        named = item.description or item.payee  # a ledger row may have no description column
        for phrase in dict.fromkeys(p for p in (named, " ".join(named.split()[:4])) if p):
            for start, end in _spans(text, phrase, origin):
                through = _through(text, item.amount_texts, end)
                if through is not None and text.count("\n", end, through) <= MAX_ROW_LINES:
                    return start, through
                fallback = fallback or (start, end)
        if fallback is not None:
            return fallback
        if item.amount_texts:
            start, end = next(_spans(text, item.amount_texts[0], origin), (-1, -1))
            if start >= 0:
                stop = _through(text, item.amount_texts[1:], end) or end  # the row's other amount, on its line
                return start, stop if "\n" not in text[end:stop] else end
    return None


def _through(text: str, amounts: Sequence[str], origin: int) -> int | None:
    """The end of the last of `amounts` found one after another from `origin` (None when one is missing)."""
    end = origin
    for amount in amounts:
        span = next(_spans(text, amount, end), None)
        if span is None:
            return None
        end = span[1]
    return end if amounts else None
