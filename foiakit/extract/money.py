"""Prices: amounts in figures ("$4,500.00", "USD 342,000.00"), also when spelled out before the figures
("Forty-two thousand dollars ($42,000.00)"), ranges ("between $6 and $12 a month", "$1,500–$2,000"), with the
currency, the period (month, year, one-time), the unit (per image, per camera …) and the vendor, agency and
product the document ties them to. Amounts near words that make them something else (insurance limits,
liability caps, thresholds such as "purchases over $5,000") are not prices; page, phone, Bates, case and
invoice numbers never carry a currency sign and so are never read as prices."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING

from foiakit.extract import message_for, register
from foiakit.extract.lexicon import words
from foiakit.extract.money_clauses import a_bracket, not_a_price
from foiakit.extract.spans import clause_bounds, item_start, line_bounds, prose_sentence
from foiakit.extract.table_headers import BARE_AMOUNT, header_spans, price_table_start
from foiakit.model import Document, Finding, Page, Settings, make_detail

if TYPE_CHECKING:
    from foiakit.extract.context import DocumentContext
    from foiakit.extract.ledger import LedgerRow
    from foiakit.extract.line_items import LocatedRow

# cents, or four places: an ERP prints unit prices so ("UNIT PRICE 12,800.0000"); three are a European thousand
NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{4}(?!\d)|\.\d{1,2})?"
# "$250k", "$1.2M", "$2 million", "$1.25 billion": a figure times its scale word
_SCALED = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,3})?"
_SCALE = r"(?P<scale>k|K|M|MM|mm|B|bn|thousand|million|billion)(?![\w])"
_SIGNS = r"US\$|C\$|CA\$|A\$|\$|€|£|(?:USD|CAD|EUR|GBP|AUD)\s?"
# a spreadsheet's accounting format pads its sign from the figure ("$   253.76"): up to 16 spaces on the line
_PAD = r"(?:[ \t]{2,16}|\s?)"
_AMOUNT = re.compile(
    rf"(?<![\w.])(?:\(\s*)?(?:(?P<sign>{_SIGNS})(?:\s?(?P<n0>{_SCALED})\s?{_SCALE}|{_PAD}(?P<n1>{NUMBER}))"
    rf"|(?P<n2>{NUMBER})\s?(?P<unit>USD|CAD|EUR|GBP|AUD|dollars\b|euros?\b|pounds sterling\b))"
    r"(?:\s*\))?",
    re.I,
)
_SCALES = {"k": 1_000, "thousand": 1_000, "m": 1_000_000, "mm": 1_000_000, "million": 1_000_000,
           "b": 1_000_000_000, "bn": 1_000_000_000, "billion": 1_000_000_000}  # fmt: skip
_CURRENCIES = {"$": "USD", "us$": "USD", "usd": "USD", "dollars": "USD", "c$": "CAD", "ca$": "CAD", "cad": "CAD",
               "a$": "AUD", "aud": "AUD", "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "£": "GBP",
               "gbp": "GBP", "pounds sterling": "GBP"}  # fmt: skip
_RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|and|through)\s*$", re.I)
_WORDS_BEFORE = re.compile(r"(?:[a-z]+[- ]){1,8}dollars\s*$", re.I)
_SPACES = re.compile(r"\s+")


def decimal_of(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def amount_of(match: re.Match[str]) -> Decimal:
    """The amount an `_AMOUNT` match stands for, its scale word applied ("$1.2M" = 1200000.00)."""
    if match.group("n0"):
        scale = match.group("scale")
        factor = _SCALES.get(scale.lower(), 1)
        return (decimal_of(match.group("n0")) * factor).quantize(Decimal("0.01"))
    return decimal_of(match.group("n1") or match.group("n2"))


def currency_of(match: re.Match[str]) -> str:
    said = (match.group("sign") or match.group("unit") or "$").strip().lower()
    return _CURRENCIES.get(said, "USD")


def _quote(text: str, start: int, end: int) -> str:
    """The table row or the sentence an amount sits in."""
    line_start, line_end = line_bounds(text, start, end)
    line = text[line_start:line_end]
    if len(line.strip()) >= 25 or not line.strip():  # a table row or a full line: cite it as it stands
        return _SPACES.sub(" ", line).strip()[:400]
    from foiakit.ingest.pdf_text import CELL_GAP  # not at import: the parent process needs no PDF reader

    if CELL_GAP.search(line) or (not text[end:line_end].strip() and line.lstrip()[:1].isupper()):
        return _SPACES.sub(" ", line).strip()  # a total's line ("Subtotal   27,713.70"): no sentence to take
    # a short line: a wrapped sentence, so take the neighbouring lines up to sentence ends
    before = text.rfind(". ", 0, line_start)
    after = text.find(". ", line_end)
    lo = max(before + 2 if before >= 0 else 0, line_start - 200)
    hi = min(after + 1 if after >= 0 else len(text), line_end + 200)
    return _SPACES.sub(" ", text[lo:hi]).strip()[:400]


_SENTENCE_END = re.compile(r"[.;](?:\s|$)|\n\s*\n")


def find_prices(text: str) -> Iterator[tuple[int, int, Decimal, Decimal, dict[str, object]]]:
    """(start, end, low, high, detail) for every price in `text`."""
    lexicon = words("prices")
    matches = list(_AMOUNT.finditer(text))
    used: set[int] = set()
    for index, match in enumerate(matches):
        if index in used:
            continue
        low = high = amount_of(match)
        start, end = match.start(), match.end()
        if index + 1 < len(matches) and _RANGE_JOIN.match(text[end : matches[index + 1].start()]):
            nxt = matches[index + 1]
            high = amount_of(nxt)
            if high > low:
                used.add(index + 1)
                end = nxt.end()
                between = re.search(r"between\s*$", text[max(0, start - 12) : start], re.I)
                if between:
                    start -= len(text[max(0, start - 12) : start]) - between.start()
            else:
                high = low
        if high == 0 or a_bracket(low, high):
            continue  # "$0.00": a line that costs nothing is no price; "$25,000 - $49,999" is a band of a scale
        _, line_end = line_bounds(text, start, end)
        if not_a_price(text, start, end):
            continue
        spelled = _WORDS_BEFORE.search(text[max(0, start - 80) : start])
        before_sentence = text[max(0, start - 90) : start]
        cut = max(before_sentence.rfind(". "), before_sentence.rfind("\n\n"), before_sentence.rfind("; "))
        stop = _SENTENCE_END.search(text, end, min(len(text), end + 50))  # "$2 million. / Support $40 per year"
        after = text[start : stop.start() if stop else min(len(text), end + 50)]
        window = ((before_sentence[cut + 1 :] if cut >= 0 else before_sentence) + after).replace("\n", " ")
        detail: dict[str, object] = {
            "currency": currency_of(match),
            "period": _lookup(window, lexicon["periods"], len(window) - len(after)),
            "unit": _lookup(text[end : min(line_end, end + 50)], lexicon["units"]),
            "in_words": spelled.group(0).strip() if spelled else None,
        }
        yield start, end, low, high, detail
    yield from _labelled_amounts(text, [(m.start(), m.end()) for m in matches])


def _labelled_amounts(
    text: str, taken: list[tuple[int, int]]
) -> Iterator[tuple[int, int, Decimal, Decimal, dict[str, object]]]:
    """Amounts with no currency sign after a money label on their line ("Total PO Amount 342000.00",
    "Balance Due: 1,250.00"), as purchase orders and ledgers print them. Only cents-precise figures count,
    so quantities, IDs and dates are never read as prices."""
    labels = words("prices")["money_labels"]
    currency = "USD" if re.search(r"\$|\bUSD\b|\bdollars?\b", text, re.I) else None
    table_from = price_table_start(text)
    for match in BARE_AMOUNT.finditer(text):
        start, end = match.span()
        if any(s <= start < e for s, e in taken):
            continue
        line_start, line_end = line_bounds(text, start, end)
        before = text[max(line_start, start - 40) : start].lower()
        label = re.search(r"([a-z][a-z ]*?)\s*[:#]?\s*$", before)
        # a table row holds other figures too (a quantity, a rate, a date, a check number)
        row = text[line_start:line_end]
        in_table = table_from is not None and start >= table_from and len(re.findall(r"\d+", row)) >= 3
        if in_table and label and label.group(1).split()[-1] in words("prices")["id_labels"]:
            continue  # "Ref 2024.10", "Section 12.04"
        if not in_table and (not label or not any(label.group(1).strip().endswith(word) for word in labels)):
            continue
        if not_a_price(text, start, end):
            continue  # "Liability Limit Amount 1,000,000.00"
        after = text[end : end + 8].split()
        if in_table and after and after[0].lower().strip(".") in words("prices")["units_of_measure"]:
            continue  # "1.00 EA": a quantity
        if in_table and _in_quantity_column(text, table_from, (line_start, line_end), start):
            continue  # "Network switch   1.00   1,523.17": the Quantity column's figure
        amount = decimal_of(match.group(1))
        if amount < (1 if len(match.group(1).rsplit(".", 1)[1]) == 4 else 0) or amount == 0:
            continue  # "0.0725": four places below one are a rate, not a price
        yield start, end, amount, amount, {"currency": currency, "period": None, "unit": None, "in_words": None}


def _in_quantity_column(text: str, table_from: int, line: tuple[int, int], start: int) -> bool:
    """Whether a figure sits under the Quantity cell of the nearest table header above it (price_columns.py)."""
    from foiakit.extract.price_columns import in_quantity_column

    above = [span for span in header_spans(text) if span[1] < line[0]]
    return bool(above) and above[-1][1] >= table_from - 1 and in_quantity_column(text, above[-1], line, start)


def _lookup(window: str, table: dict[str, list[str]], anchor: int = 0) -> str | None:
    """The entry whose phrase sits closest to `anchor` (where the amount is) in `window`."""
    lowered = window.lower()
    best: tuple[int, str] | None = None
    for name, phrase_list in table.items():
        for phrase in phrase_list:
            if phrase not in lowered:  # the pattern is the phrase itself, case and all: no substring, no match
                continue
            for m in _whole_word(phrase).finditer(lowered):
                distance = abs(m.start() - anchor)
                if best is None or distance < best[0]:
                    best = (distance, name)
    return best[1] if best else None


@functools.cache
def _whole_word(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![a-z]){re.escape(phrase)}(?![a-z])")


@register(20, "prices")
def extract_prices(document: Document, settings: Settings) -> Iterator[Finding]:
    from foiakit.extract.context import document_context
    from foiakit.extract.ledger import ledger_rows
    from foiakit.extract.price_columns import carried_table
    from foiakit.extract.register_lines import document_register_rows
    from foiakit.extract.sellers import column_buyers, document_seller, sales_document

    context = document_context(document, settings)
    seller = document_seller(document, context.organizations)  # a quote's or an invoice's one seller, or None
    sale = sales_document(document)
    buyers = column_buyers(document, context.organizations) if sale else set()
    parties = (context, seller, buyers)
    registers = document_register_rows(document)
    columns = _money_columns(document) if sale else {}
    carried: str | None = None  # the header line of the table the page before printed or carried on
    for page in document.pages:
        rows = {row.line_start: row for row in (*ledger_rows(page.text), *registers.get(page.number, ()))}
        by_amount = {row.amount_span[1]: row for row in rows.values()}  # a prose register has several on a line
        priced: set[int] = set()
        spans: list[tuple[int, int]] = []
        for start, end, low, high, detail in find_prices(page.text):
            row = by_amount.get(end) or rows.get(line_bounds(page.text, start, end)[0])
            if row is not None:
                priced.add(row.line_start)
            spans.append((start, end))
            yield _price(document, page, parties, (start, end), (low, high), detail, row, "rule")
        for start, end, amount, currency in column_amounts(page, columns.get(page.number, ()), spans):
            detail = {"currency": currency, "period": None, "unit": None, "in_words": None}
            yield _price(document, page, parties, (start, end), (amount, amount), detail, None, "table")
        carried, continued = carried_table(page.text, carried, spans)
        for start, end, amount in continued:
            detail = {"currency": "USD" if "$" in page.text else None, "period": None, "unit": None, "in_words": None}
            yield _price(document, page, parties, (start, end), (amount, amount), detail, None, "table")
        for row in rows.values():  # a ledger row whose amount has no sign or cents ("1250") is a price all the same
            if row.line_start not in priced:
                detail = {"currency": row.currency, "period": None, "unit": None, "in_words": None}
                amounts = (row.amount, row.amount)
                yield _price(document, page, parties, row.amount_span, amounts, detail, row, "ledger")


def _money_columns(document: Document) -> dict[int, list[LocatedRow]]:
    """The rows of a sale's paper's price tables by page (line_items.py reads them once per document; the line-item
    extractor reuses the reading). Registers and ledgers are left to their own readers, which tie each row to its
    payee: a column's amount on them has no seller to go to."""
    from foiakit.extract.line_items import table_rows

    try:
        located = table_rows(document)
    except FileNotFoundError:  # the PDF moved: the line-item extractor reports it
        return {}
    by_page: dict[int, list[LocatedRow]] = {}
    for row in located:
        if not row.item.payee:
            by_page.setdefault(row.page.number, []).append(row)
    return by_page


def column_amounts(
    page: Page, rows: Iterable[LocatedRow], taken: list[tuple[int, int]]
) -> Iterator[tuple[int, int, Decimal, str | None]]:
    """Amounts printed without a currency sign in a price table's Unit Price, Extended, Total or Amount column
    ("Body camera  2  499.00  998.00"), which the text rules leave alone: the table's header says what the
    column holds. (start, end, amount, currency) of each one no text rule found."""
    from foiakit.extract.line_items import amount_spans, cell_amount

    for row in rows:
        cursor = row.start
        for text in row.item.amount_texts:
            span = next(amount_spans(page.text, text, cursor, row.end), None)
            if span is None:
                continue
            cursor = span[1]
            amount = cell_amount(text)
            if amount is None or amount <= 0 or any(s < span[1] and span[0] < e for s, e in taken):
                continue
            if not_a_price(page.text, *span):
                continue
            taken.append(span)
            yield span[0], span[1], amount, row.item.currency


def _price(
    document: Document,
    page: Page,
    parties: tuple[DocumentContext, str | None, set[str]],
    span: tuple[int, int],
    amounts: tuple[Decimal, Decimal],
    detail: dict[str, object],
    row: LedgerRow | None,
    method: str,
) -> Finding:
    """A price finding; on a ledger row, tied to the row's payee and date rather than to the nearest vendor; on a
    sale's paper, to its seller unless the price's line names another vendor, and never to its buyer."""
    context, seller, buyers = parties
    start, end = span
    low, high = amounts
    message = message_for(document, page.number, start)
    line = line_bounds(page.text, start, end)
    if row is not None and not row.sheet:  # a register's line: a payee the table reader found on it comes first
        # from the row's own start to its payee or its amount, whichever ends later: a prose register's line holds
        # the payees before and after it too ("Baker & Co. / $80.00; Alder Books $5.00;")
        row_end = max(row.amount_span[1], row.payee_span[1] if row.payee_span else 0)
        same_line = [
            m.vendor for m in context.between(page.number, row.line_start, row_end) if getattr(m, "vendor", None)
        ]
        vendor = same_line[0] if same_line else row_vendor(context, page.number, row)
        detail = {**detail, "payee": row.payee, "row": row.number}
    elif row is not None:
        vendor = row_vendor(context, page.number, row)
        detail = {**detail, "payee": row.payee, "date": row.date, "sheet": row.sheet or None, "row": row.number}
    elif seller is not None:
        vendor = seller_or_named(context, seller, page.number, start, line, buyers)
    else:
        # "A bid $14,000 and B bid $14,350": the vendor of the price's own clause, where that clause names one;
        # in a wrapped paragraph the unit is the sentence, not the printed line
        line = prose_sentence(page.text, context.sentences.get(page.number, []), start, line)
        clause = clause_bounds(page.text, start, end, line)
        named = clause != line and any(getattr(m, "vendor", None) for m in context.between(page.number, *clause))
        floor = item_start(page.text, start)  # an agenda's item E is not paid to the company of item C
        vendor = context.nearest("vendor", page.number, start, clause if named else line, floor)
        if vendor in buyers:  # a sale's paper sells nothing to its seller: the buyer's name is no price's vendor
            vendor = None
    return Finding(
        kind="price",
        value=page.text[start:end],
        normalized=f"{low:.2f}" if low == high else f"{low:.2f}-{high:.2f}",
        file=document.source.display_path,
        sha256=document.source.sha256,
        page=page.number,
        start=start,
        end=end,
        quote=_quote(page.text, start, end),
        method=method,
        ocr=page.ocr,
        confidence=0.9 if not page.ocr else 0.75,
        message=message.id if message else None,
        detail=make_detail(
            low=str(low),
            high=str(high),
            vendor=vendor,
            agency=context.nearest("agency", page.number, start, line),
            product=context.main_product,
            **detail,
        ),
    )


def seller_or_named(
    context: DocumentContext,
    seller: str,
    page: int,
    start: int,
    line: tuple[int, int],
    buyers: set[str],
) -> str:
    """A sale's paper's price belongs to its seller unless its line names another vendor by name or heads a bid
    column; a product on the line ("Brand X camera") names its maker, not who sells it here. The buyer's name is
    never that other vendor: a party block's line ("Acme Signal LLC   Elm Park Partners LLC") is no bid header."""
    from foiakit.extract.bid_columns import vendor_at

    named = [m for m in context.between(page, *line) if m.kind == "vendor" and m.canonical not in buyers]
    if named:
        return min(named, key=lambda m: abs(m.start - start)).canonical
    column = vendor_at(context.columns, page, start)
    return column if column is not None and column not in buyers else seller


def row_vendor(context: DocumentContext, page: int, row: LedgerRow) -> str | None:
    """The vendor the row's payee cell names (its canonical name when it is a known one), else the cell as it is."""
    if row.payee_span is None:
        return None
    named = [m.vendor for m in context.between(page, *row.payee_span) if getattr(m, "vendor", None)]
    return named[0] if named else row.payee
