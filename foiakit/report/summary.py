"""What a report shows, read from the store into typed rows: the corpus at a glance, top vendors and agencies,
who appears with whom, prices, NDAs, the strongest claims and what was withheld. Each row carries its citation
(file, page, Bates when stamped). Top-N lists keep a report readable at 10,000 findings; the exports hold all."""

from __future__ import annotations

import dataclasses
import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from foiakit.export.finding_tables import cite, finding_rows
from foiakit.report.documents import DocumentRow, document_rows, vendor_agency_pairs

_UNREADABLE = re.compile(r"[\ufffd\u25a1\ue000-\uf8ff\x00-\x08\x0b-\x1f\x7f]")  # replacement, □, private use


def display_text(text: str) -> str:
    """Text as a reader should see it (the store keeps what the document holds): mojibake repaired by ftfy
    ("hereâ€™s" → "here's"), and the glyphs no font draws — U+FFFD, empty boxes, private-use codes — dropped."""
    import ftfy

    return _UNREADABLE.sub("", ftfy.fix_text(text, normalization="NFC"))


@dataclass(frozen=True, slots=True)
class Citation:
    file: str
    page: int | None
    bates: str | None = None
    sha256: str = ""
    finding: int | None = None  # the finding's store id: its span is highlighted on the page picture

    def __str__(self) -> str:
        return cite(self.file, self.page, self.bates)


@dataclass(frozen=True, slots=True)
class Named:
    name: str
    mentions: int
    documents: int
    cited: Citation


@dataclass(frozen=True, slots=True)
class Evidence:
    """A price, an NDA or a claim: what it says, its quote and where it is."""

    label: str
    detail: str
    quote: str
    cited: Citation
    vendor: str | None = None
    amount: float | None = None
    agency: str | None = None


@dataclass(frozen=True, slots=True)
class Withheld:
    code: str
    redactions: int
    pages: int
    documents: int


@dataclass(frozen=True, slots=True)
class ReportData:
    counts: dict[str, int]
    vendors: list[Named]
    agencies: list[Named]
    pairs: list[tuple[str, str, int]]  # vendor, agency, documents naming both on a page, outside boilerplate
    prices: list[Evidence]
    ndas: list[Evidence]
    claims: list[Evidence]
    withheld: list[Withheld]
    months: list[tuple[str, int]]  # YYYY-MM → messages that month
    totals: dict[str, int]  # rows in each findings kind, for "top N of M"
    top: int = 15  # rows per section asked for
    documents: list[DocumentRow] = dataclasses.field(default_factory=list)  # what each document is
    documents_total: int = 0


def _citation(row: dict[str, Any]) -> Citation:
    return Citation(row["file"], row["page"], row["bates"], row["sha256"], row.get("id"))


def _findings(conn: sqlite3.Connection, kind: str, repeats: bool = False) -> list[dict[str, Any]]:
    """A kind's findings, less (unless `repeats`) those on pages that repeat an earlier page: a price, an NDA,
    a claim or a redaction on a page released twice is counted once. Names keep their mentions on repeats, as
    vendors.csv and agencies.csv count them."""
    return [row for row in finding_rows(conn, (kind,)) if repeats or not row["duplicate"]]


def _named(rows: list[dict[str, Any]], top: int) -> list[Named]:
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        grouped[row["normalized"]].append(row)
    ranked = sorted(grouped.items(), key=lambda item: (-len(item[1]), item[0]))[:top]
    return [
        Named(display_text(name), len(found), len({r["sha256"] for r in found}), _citation(found[0]))
        for name, found in ranked
    ]


def build_report(conn: sqlite3.Connection, top: int = 15) -> ReportData:
    one = lambda sql: conn.execute(sql).fetchone()[0] or 0  # noqa: E731
    counts = {
        "files": one("SELECT count(*) FROM files WHERE status != 'archive'"),
        "documents": one("SELECT count(*) FROM documents"),
        "pages": one("SELECT count(*) FROM pages"),
        "ocr_pages": one("SELECT count(*) FROM pages WHERE ocr = 1"),
        "messages": one("SELECT count(*) FROM messages"),
        "findings": one("SELECT count(*) FROM findings"),
        "errors": one("SELECT count(*) FROM errors"),
    }
    totals = {r[0]: r[1] for r in conn.execute("SELECT kind, count(*) FROM findings GROUP BY kind")}
    for kind in ("vendor", "agency"):  # names, not mentions
        totals[kind] = one(f"SELECT count(DISTINCT normalized) FROM findings WHERE kind = '{kind}'")
    vendor_rows, agency_rows = _findings(conn, "vendor", repeats=True), _findings(conn, "agency", repeats=True)
    documents, documents_total = document_rows(conn, top * 2)
    return ReportData(
        counts=counts,
        vendors=_named(vendor_rows, top),
        agencies=_named(agency_rows, top),
        pairs=vendor_agency_pairs(conn),
        prices=_prices(conn, top),
        ndas=_ndas(conn, top),
        claims=_claims(conn, top),
        withheld=_withheld(conn),
        months=_months(conn),
        totals=totals,
        top=top,
        documents=documents,
        documents_total=documents_total,
    )


def _prices(conn: sqlite3.Connection, top: int) -> list[Evidence]:
    found = []
    for row in _findings(conn, "price"):
        d = row["detail_dict"]
        low, high = d.get("low"), d.get("high")
        amount = f"${float(low):,.2f}" if low == high else f"${float(low):,.2f}–${float(high):,.2f}"
        period = " / ".join(x for x in (d.get("period"), f"per {d['unit']}" if d.get("unit") else None) if x)
        found.append(
            Evidence(
                amount,
                period or "",
                display_text(row["quote"]),
                _citation(row),
                d.get("vendor"),
                float(high or low or 0),
                d.get("agency"),
            )
        )
    # largest first; among equal amounts, the row that says most (tied to a vendor, with a period or unit)
    found.sort(key=lambda e: (-(e.amount or 0), e.vendor is None, e.detail == "", str(e.cited), e.label))
    once: dict[tuple[str, int | None, float | None, str | None], Evidence] = {}
    for e in found:  # a table's unit price and total, or a sentence restating the table: one amount a page
        once.setdefault((e.cited.sha256, e.cited.page, e.amount, e.vendor), e)
    return list(once.values())[:top]


def _ndas(conn: sqlite3.Connection, top: int) -> list[Evidence]:
    found = []
    for row in _findings(conn, "nda"):
        d = row["detail_dict"]
        if d.get("scope") == "document":
            continue
        parties = ", ".join(d.get("parties") or [])
        detail = "; ".join(x for x in (parties, d.get("date")) if x)
        found.append(Evidence(d.get("type", "nda"), detail, display_text(row["quote"]), _citation(row)))
    order = {"agreement": 0, "clause": 1, "reference": 2}
    found.sort(key=lambda e: (order.get(e.label, 3), str(e.cited)))
    return found[:top]


def _claims(conn: sqlite3.Connection, top: int) -> list[Evidence]:
    found: list[tuple[tuple[str, str], Evidence]] = []
    for row in _findings(conn, "capability_claim"):
        d = row["detail_dict"]
        strength = "; ".join([*(d.get("quantities") or []), *(d.get("qualities") or [])])
        subject = display_text(d.get("subject") or "")
        quote = display_text(row["quote"])
        claim = " ".join((row["normalized"] or quote).lower().split())  # the claim itself, not its sentence's heading
        key = (row["sha256"], f"{subject.lower()}: {claim}")
        found.append((key, Evidence(subject, strength, quote, _citation(row), d.get("vendor"), row["confidence"])))
    found.sort(key=lambda i: (-(i[1].amount or 0), i[1].detail == "", str(i[1].cited)))
    once: dict[tuple[str, str], Evidence] = {}
    for key, e in found:  # a claim repeated in one document (a summary, a restated sentence) shows once
        once.setdefault(key, e)
    return list(once.values())[:top]


def _withheld(conn: sqlite3.Connection) -> list[Withheld]:
    per_code: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in _findings(conn, "redaction"):
        per_code[row["detail_dict"].get("code") or "no code shown"].append(row)
    return [
        Withheld(code, len(rows), len({(r["sha256"], r["page"]) for r in rows}), len({r["sha256"] for r in rows}))
        for code, rows in sorted(per_code.items(), key=lambda i: (-len(i[1]), i[0]))
    ]


def _months(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    rows = conn.execute(
        "SELECT substr(date, 1, 7) AS month, count(*) FROM messages WHERE date IS NOT NULL AND duplicate_of IS NULL"
        " GROUP BY month ORDER BY month"
    )
    return [(r[0], r[1]) for r in rows]
