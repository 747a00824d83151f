"""The extraction tables: every finding (DESIGN's columns), and the per-kind views a reporter wants —
vendors and agencies (one row per canonical name), prices, NDAs and capability claims (one row per finding,
with the fields of its detail spread into columns). Rows are sorted so output is deterministic."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from foiakit.export.tables import Table, register

FINDING_COLUMNS = (
    "kind",
    "value",
    "normalized",
    "detail",
    "file",
    "sha256",
    "page",
    "message",
    "start",
    "end",
    "quote",
    "confidence",
    "method",
    "ocr",
    "duplicate",  # 1: the page repeats an earlier page of the release (see pages.csv duplicate_of)
)
_ORDER = 'ORDER BY f.file, f.page, f.start, f.kind, f.normalized, f."end", f.value'


def _query(kinds: tuple[str, ...]) -> str:
    where = f"WHERE f.kind IN ({','.join('?' * len(kinds))})" if kinds else ""
    return (
        "SELECT f.*, p.bates FROM findings f LEFT JOIN pages p ON p.sha256 = f.sha256 AND p.page = f.page "
        f"{where} {_ORDER}"
    )


def finding_rows(conn: sqlite3.Connection, kinds: tuple[str, ...] = ()) -> Iterator[dict[str, Any]]:
    query = _query(kinds)
    from foiakit.store.duplicates import duplicate_pages

    repeated = {key for key in duplicate_pages(conn) if key[1] > 0}
    for r in conn.execute(query, kinds):
        row = {c: r[c] for c in FINDING_COLUMNS[:-1]}
        row["duplicate"] = int((r["sha256"], r["page"]) in repeated)
        row["detail_dict"] = json.loads(r["detail"] or "{}")
        row["bates"] = r["bates"]
        row["id"] = r["id"]  # the store's row id, for links within one report (never exported: not stable)
        yield row


def _findings(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """`finding_rows`' columns, read as tuples (no `sqlite3.Row` looked up by name 15 times a row, no detail
    parsed that the table writes as text): the findings table is the largest a run writes."""
    from foiakit.store.duplicates import duplicate_pages

    repeated = {key for key in duplicate_pages(conn) if key[1] > 0}
    cursor = conn.cursor()
    cursor.row_factory = None
    cursor.execute(_query(()))
    names = [column[0] for column in cursor.description]
    at = [names.index(c) for c in FINDING_COLUMNS[:-1]]
    sha, page = names.index("sha256"), names.index("page")
    for r in cursor:
        row = dict(zip(FINDING_COLUMNS, [r[i] for i in at], strict=False))  # "duplicate" comes next
        row["duplicate"] = int((r[sha], r[page]) in repeated)
        yield row


def _where(row: dict[str, Any]) -> dict[str, Any]:
    """The provenance columns every per-kind table ends with."""
    return {k: row[k] for k in ("file", "page", "bates", "message", "quote")}


def cite(file: str, page: int | None, bates: str | None) -> str:
    """ "file p.N (BATES)": how a row points a reader to its page."""
    where = f"{file} p.{page}" if page is not None else file
    return f"{where} ({bates})" if bates else where


def _organizations(kind: str, other: str) -> Iterator[dict[str, Any]]:
    def produce(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
        mentions: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in finding_rows(conn, (kind,)):
            mentions[row["normalized"]].append(row)
        partners: dict[str, set[str]] = defaultdict(set)
        for r in conn.execute("SELECT DISTINCT sha256, normalized FROM findings WHERE kind=?", (other,)):
            partners[r["sha256"]].add(r["normalized"])
        dates: dict[str, list[str]] = defaultdict(list)
        for r in conn.execute("SELECT sha256, normalized FROM findings WHERE kind='date'"):
            dates[r["sha256"]].append(r["normalized"])
        for r in conn.execute("SELECT sha256, substr(date, 1, 10) AS day FROM messages WHERE date IS NOT NULL"):
            dates[r["sha256"]].append(r["day"])
        for name in sorted(mentions):
            rows = mentions[name]
            shas = sorted({r["sha256"] for r in rows})
            seen_dates = sorted(d for sha in shas for d in dates.get(sha, []))
            cited = []
            for r in rows:
                citation = cite(r["file"], r["page"], r["bates"])
                if citation not in cited:
                    cited.append(citation)
            makers = sorted({r["detail_dict"]["vendor"] for r in rows if r["detail_dict"].get("vendor")})
            yield {
                kind: name,
                **({"vendor": "; ".join(makers)} if kind == "product" else {}),
                "mentions": len(rows),
                "documents": len(shas),
                "cited": "; ".join(cited[:5]) + (f"; … {len(cited) - 5} more" if len(cited) > 5 else ""),
                _plural(other): "; ".join(sorted({p for sha in shas for p in partners.get(sha, ())})),
                "first_date": seen_dates[0] if seen_dates else None,
                "last_date": seen_dates[-1] if seen_dates else None,
                "example_quote": rows[0]["quote"],
            }

    return produce  # type: ignore[return-value]


def _prices(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    for row in finding_rows(conn, ("price",)):
        d = row["detail_dict"]
        yield {
            "amount_low": d.get("low"),
            "amount_high": d.get("high"),
            "currency": d.get("currency"),
            "period": d.get("period"),
            "unit": d.get("unit"),
            "vendor": d.get("vendor"),
            "agency": d.get("agency"),
            "product": d.get("product"),
            "date": d.get("date"),
            "value": row["value"],
            **_where(row),
        }


def _main_names(conn: sqlite3.Connection, kind: str) -> dict[str, str]:
    """Each file's most-mentioned name of `kind` (ties: alphabetical)."""
    counts = conn.execute(
        "SELECT sha256, normalized, count(*) AS n FROM findings WHERE kind=? GROUP BY sha256, normalized "
        "ORDER BY sha256, n DESC, normalized",
        (kind,),
    )
    main: dict[str, str] = {}
    for r in counts:
        main.setdefault(r["sha256"], r["normalized"])
    return main


def _line_items(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    vendors, agencies = _main_names(conn, "vendor"), _main_names(conn, "agency")
    for row in finding_rows(conn, ("line_item",)):
        d = row["detail_dict"]
        yield {
            "description": d.get("description"),
            "quantity": d.get("quantity"),
            "unit_price": d.get("unit_price"),
            "total": d.get("total"),
            "currency": d.get("currency"),
            "consistent": None if d.get("consistent") is None else int(d["consistent"]),
            "row_type": d.get("row_type"),
            "vendor": d.get("vendor") or vendors.get(row["sha256"]),  # a ledger row names its payee
            "agency": agencies.get(row["sha256"]),
            "date": d.get("date"),
            **_where(row),
        }


def _ndas(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    flagged = {
        r["sha256"] for r in conn.execute("SELECT sha256 FROM findings WHERE kind='nda' AND normalized='document'")
    }
    for row in finding_rows(conn, ("nda",)):
        d = row["detail_dict"]
        if d.get("scope") == "document":
            continue
        yield {
            "type": d.get("type"),
            "parties": "; ".join(d.get("parties") or []),
            "date": d.get("date"),
            "document_has_nda": int(row["sha256"] in flagged),
            "value": row["value"],
            **_where(row),
        }


def _claims(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    for row in finding_rows(conn, ("capability_claim",)):
        d = row["detail_dict"]
        yield {
            "claim": row["normalized"],
            "subject": d.get("subject"),
            "vendor": d.get("vendor"),
            "product": d.get("product"),
            "quantities": "; ".join(d.get("quantities") or []),
            "qualities": "; ".join(d.get("qualities") or []),
            "confidence": row["confidence"],
            **_where(row),
        }


_ORG_COLUMNS = ("mentions", "documents", "cited", "{others}", "first_date", "last_date", "example_quote")


def _plural(kind: str) -> str:
    return "agencies" if kind == "agency" else f"{kind}s"


def _org_columns(kind: str, other: str) -> tuple[str, ...]:
    maker = ("vendor",) if kind == "product" else ()
    return (kind, *maker, *(c.format(others=_plural(other)) for c in _ORG_COLUMNS))


FINDINGS = Table(
    "findings",
    FINDING_COLUMNS,
    "",
    "one row per finding of every kind, with its provenance (file, page, offsets, quote, method, OCR)",
    producer=_findings,
    also_json=True,
)
VENDORS = Table(
    "vendors",
    _org_columns("vendor", "agency"),
    "",
    "one row per vendor (canonical name): mentions, documents, where cited, agencies it appears with, dates",
    producer=_organizations("vendor", "agency"),  # type: ignore[arg-type]
)
AGENCIES = Table(
    "agencies",
    _org_columns("agency", "vendor"),
    "",
    "one row per agency (canonical name): mentions, documents, where cited, vendors it appears with, dates",
    producer=_organizations("agency", "vendor"),  # type: ignore[arg-type]
)
PRODUCTS = Table(
    "products",
    _org_columns("product", "agency"),
    "",
    "one row per listed product (HailStorm, Stingray, …): its vendor, mentions, where cited, agencies, dates",
    producer=_organizations("product", "agency"),  # type: ignore[arg-type]
)
PRICES = Table(
    "prices",
    (
        "amount_low",
        "amount_high",
        "currency",
        "period",
        "unit",
        "vendor",
        "agency",
        "product",
        "date",
        "value",
        "file",
        "page",
        "bates",
        "message",
        "quote",
    ),
    "",
    "one row per price: amount (a range has low and high), currency, period, unit, who sells and buys, the quote",
    producer=_prices,
)
LINE_ITEMS = Table(
    "line_items",
    (
        "description",
        "quantity",
        "unit_price",
        "total",
        "currency",
        "consistent",
        "row_type",
        "vendor",
        "agency",
        "date",
        "file",
        "page",
        "bates",
        "message",
        "quote",
    ),
    "",
    "one row per row of a price table (quote, invoice, purchase order): quantity, unit price, total, and whether"
    " quantity × unit price = total; a spreadsheet ledger's row with its payee (vendor) and date",
    producer=_line_items,
)
NDAS = Table(
    "ndas",
    ("type", "parties", "date", "document_has_nda", "value", "file", "page", "bates", "message", "quote"),
    "",
    "one row per non-disclosure agreement, confidentiality clause or reference to an NDA, with its quote",
    producer=_ndas,
)
CLAIMS = Table(
    "claims",
    (
        "claim",
        "subject",
        "vendor",
        "product",
        "quantities",
        "qualities",
        "confidence",
        "file",
        "page",
        "bates",
        "message",
        "quote",
    ),
    "",
    "one row per capability claim: what is claimed, of which product or vendor, with quantities and qualities",
    producer=_claims,
)
for _table in (FINDINGS, VENDORS, AGENCIES, PRODUCTS, PRICES, LINE_ITEMS, NDAS, CLAIMS):
    register(_table)
