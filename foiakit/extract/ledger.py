"""Spreadsheet ledgers: a sheet (from .xlsx, .xls, .ods or .csv, a line per row "r17<TAB>cell<TAB>…") whose header
row names a payee column and an amount column (and perhaps a date and a description column) is a ledger; each row
below it with an amount is a `line_item` finding tied to that row's payee and date, citing "sheet NAME, row N".
The prices extractor (money.py) reads the same rows, so the row's price carries its payee and date too. Header
words: `data/ledger.json`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from foiakit.extract import finding_at, register
from foiakit.extract.lexicon import words
from foiakit.extract.line_items import cell_amount, cells_currency, plain_amount
from foiakit.model import Document, Finding, Page, Settings, make_detail

HEADER_ROWS = 20  # a ledger's header is among the first rows of its sheet (titles and notes may come first)
_ROW = re.compile(r"r(\d+)\t")
_NOT_WORD = re.compile(r"[^a-z0-9]+")
ROLES = ("payee", "amount", "date", "description")


@dataclass(frozen=True, slots=True)
class LedgerRow:
    sheet: str
    number: int  # the row's number in the sheet, as the spreadsheet shows it
    line_start: int  # where the row's line starts in the page's text
    payee: str | None
    payee_span: tuple[int, int] | None  # offsets of the payee cell in the page's text
    date: str | None
    description: str | None
    amount: Decimal
    amount_span: tuple[int, int]
    currency: str | None
    cells: tuple[str, ...]

    @property
    def where(self) -> str:
        return f"sheet {self.sheet}, row {self.number}" if self.sheet else f"line {self.number}"


@register(26, "ledger")
def extract_ledger(document: Document, settings: Settings) -> Iterator[Finding]:
    from foiakit.extract.context import document_context
    from foiakit.extract.money import row_vendor

    context = None
    for page in document.pages:
        for row in ledger_rows(page.text):
            context = context or document_context(document, settings)
            yield _line_item(document, page, row, row_vendor(context, page.number, row))


def _line_item(document: Document, page: Page, row: LedgerRow, vendor: str | None) -> Finding:
    start = row.payee_span[0] if row.payee_span else row.amount_span[0]
    return finding_at(
        document,
        page,
        "line_item",
        (min(start, row.amount_span[0]), max(row.amount_span[1], start)),
        plain_amount(row.amount) or "",
        value=" | ".join(cell for cell in row.cells if cell),
        method="ledger",
        confidence=0.9,
        detail=make_detail(
            description=row.description or row.payee,
            total=plain_amount(row.amount),
            currency=row.currency,
            row_type="item",
            payee=row.payee,
            vendor=vendor,
            date=row.date,
            sheet=row.sheet,
            row=row.number,
            where=row.where,
        ),
    )


@functools.lru_cache(maxsize=32)
def ledger_rows(text: str) -> tuple[LedgerRow, ...]:
    """The ledger rows of one sheet page's text (none when the page is no sheet or has no ledger header)."""
    if not text.startswith("Sheet: "):
        return ()
    first_line = text.split("\n", 1)[0]
    sheet = first_line[len("Sheet: ") :].removesuffix(" (hidden)")
    roles: dict[str, int] | None = None
    rows_seen = 0
    found: list[LedgerRow] = []
    offset = len(first_line) + 1
    for line in text[offset:].split("\n"):
        match = _ROW.match(line)
        if match:
            rows_seen += 1
            cells, starts = _cells(line, offset + match.end(), match.end())
            header = _header(cells) if roles is not None or rows_seen <= HEADER_ROWS else None
            if header is not None:
                roles = header  # a second table further down the sheet brings its own header
            elif roles is not None:
                row = _row(sheet, int(match.group(1)), offset, roles, cells, starts)
                if row is not None:
                    found.append(row)
        offset += len(line) + 1
    return tuple(found)


def _cells(line: str, origin: int, skip: int) -> tuple[list[str], list[int]]:
    cells, starts = [], []
    position = origin
    for cell in line[skip:].split("\t"):
        cells.append(cell)
        starts.append(position)
        position += len(cell) + 1
    return cells, starts


@functools.cache
def header_words() -> dict[str, frozenset[str]]:
    data = words("ledger")
    return {role: frozenset(normal(w) for w in data[role]) for role in ROLES}


@functools.cache
def total_row_words() -> frozenset[str]:
    return frozenset(normal(w) for w in words("line_items")["total_rows"])


def normal(text: str) -> str:
    return _NOT_WORD.sub(" ", text.lower()).strip()


def _header(cells: list[str]) -> dict[str, int] | None:
    """Each role's column when the row is a ledger header (a payee and an amount column, no amounts)."""
    lexicon = header_words()
    roles: dict[str, int] = {}
    for column, cell in enumerate(cells):
        name = normal(cell)
        role = next((r for r in ROLES if name in lexicon[r]), None)
        if role and role not in roles:
            roles[role] = column
    if "payee" not in roles or "amount" not in roles or any(cell_amount(c.strip()) is not None for c in cells):
        return None
    return roles


def _row(
    sheet: str, number: int, line_start: int, roles: dict[str, int], cells: list[str], starts: list[int]
) -> LedgerRow | None:
    def cell(role: str) -> str | None:
        column = roles.get(role)
        value = cells[column].strip() if column is not None and column < len(cells) else ""
        return value or None

    amount_text = cell("amount")
    amount = cell_amount(amount_text) if amount_text else None
    if amount is None or amount == 0:
        return None
    payee = cell("payee")
    total_rows = total_row_words()
    if any(normal(c) in total_rows for c in ([payee] if payee else cells)):
        return None  # a "Total" row sums the others: no payment of its own
    column = roles["amount"]
    begin = starts[column] + len(cells[column]) - len(cells[column].lstrip())
    payee_column = roles["payee"]
    payee_span = None
    if payee is not None:
        payee_begin = starts[payee_column] + len(cells[payee_column]) - len(cells[payee_column].lstrip())
        payee_span = (payee_begin, payee_begin + len(payee))
    return LedgerRow(
        sheet=sheet,
        number=number,
        line_start=line_start,
        payee=payee,
        payee_span=payee_span,
        date=cell("date"),
        description=cell("description"),
        amount=amount,
        amount_span=(begin, begin + len(amount_text or "")),
        currency=cells_currency(cells),
        cells=tuple(c.strip() for c in cells),
    )
