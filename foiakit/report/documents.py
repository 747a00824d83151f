"""Two report sections read from the store: what each document is (type, pages, its vendor and agency, its
amounts, NDA, claims, pages withheld in full), and the vendor × agency pairs that mean something.

A pair counts the documents where a vendor and an agency are named on the same page, outside boilerplate: a
mention whose sentence recurs in three documents or more (a letterhead, an email signature, a disclaimer, a
response-letter template) ties no vendor to an agency, nor does a page naming five vendors or more (a list, an
inventory, a market survey). Repeated pages (`duplicate_of`) count once, at their first copy.
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from foiakit.export.finding_tables import finding_rows

BOILERPLATE_DOCUMENTS = 3  # a sentence naming an organisation in this many documents is a template's
LIST_VENDORS = 5  # a page naming this many vendors lists them; it pairs none of them with anyone
MATRIX_PAIRS = 12  # the matrix shows this many pairs at most: its columns fit a printed page


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """One document as the report describes it."""

    file: str
    sha256: str
    type: str
    title: str
    pages: int
    vendor: str | None
    agency: str | None
    prices: int
    largest_amount: float | None
    nda: bool
    claims: int
    withheld: str  # pages withheld in full, as documents.csv lists them


def document_rows(conn: sqlite3.Connection, limit: int) -> tuple[list[DocumentRow], int]:
    """The first `limit` documents in path order (repeats of an earlier document left out), and how many there
    are in all."""
    from foiakit.foia.rollup import withheld_by_document
    from foiakit.store.duplicates import duplicate_pages

    repeated = {sha for sha, page in duplicate_pages(conn) if page == 0}
    documents = [
        row
        for row in conn.execute("SELECT sha256, path, file_type, title, pages FROM documents ORDER BY path, sha256")
        if row["sha256"] not in repeated
    ]
    vendor, agency = _main_names(conn, "vendor"), _main_names(conn, "agency")
    amounts: dict[str, dict[int | None, float]] = defaultdict(dict)  # a page's largest amount: a table's total
    price_count: Counter[str] = Counter()
    for row in finding_rows(conn, ("price",)):
        if row["duplicate"]:
            continue
        detail = row["detail_dict"]
        value = float(detail.get("high") or detail.get("low") or 0)
        price_count[row["sha256"]] += 1
        page = amounts[row["sha256"]]
        page[row["page"]] = max(page.get(row["page"], 0.0), value)
    claims: Counter[str] = Counter(r["sha256"] for r in finding_rows(conn, ("capability_claim",)) if not r["duplicate"])
    ndas = {r[0] for r in conn.execute("SELECT DISTINCT sha256 FROM findings WHERE kind = 'nda'")}
    withheld = withheld_by_document(conn)
    rows = []
    for row in documents[:limit]:
        sha = row["sha256"]
        found = amounts.get(sha, {})
        rows.append(
            DocumentRow(
                file=row["path"],
                sha256=sha,
                type=row["file_type"],
                title=row["title"] or "",
                pages=row["pages"],
                vendor=vendor.get(sha),
                agency=agency.get(sha),
                prices=price_count[sha],
                largest_amount=max(found.values()) if found else None,
                nda=sha in ndas,
                claims=claims[sha],
                withheld=withheld.get(row["path"], ""),
            )
        )
    return rows, len(documents)


def _main_names(conn: sqlite3.Connection, kind: str) -> dict[str, str]:
    """Each document's most-mentioned name of `kind`, outside boilerplate when it has any other (ties:
    alphabetical)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    plain = _boilerplate_free(list(finding_rows(conn, (kind,))))
    for row in plain:
        counts[row["sha256"]][row["normalized"]] += 1
    return {sha: min(names.items(), key=lambda item: (-item[1], item[0]))[0] for sha, names in counts.items()}


def vendor_agency_pairs(conn: sqlite3.Connection, top: int = MATRIX_PAIRS) -> list[tuple[str, str, int]]:
    """(vendor, agency, documents naming both on one page outside boilerplate), most documents first."""
    by_page: dict[tuple[str, Any], dict[str, set[str]]] = defaultdict(lambda: {"vendor": set(), "agency": set()})
    for kind in ("vendor", "agency"):
        rows = [r for r in finding_rows(conn, (kind,)) if not r["duplicate"]]
        for row in _boilerplate_free(rows, keep_all_when_none_left=False):
            by_page[(row["sha256"], row["page"] if row["page"] is not None else row["message"])][kind].add(
                row["normalized"]
            )
    documents: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (sha, _), names in by_page.items():
        if len(names["vendor"]) >= LIST_VENDORS:
            continue
        for vendor in names["vendor"]:
            for agency in names["agency"]:
                documents[(vendor, agency)].add(sha)
    ranked = sorted(documents.items(), key=lambda item: (-len(item[1]), item[0]))
    return [(vendor, agency, len(shas)) for (vendor, agency), shas in ranked[:top]]


def _boilerplate_free(rows: list[dict[str, Any]], keep_all_when_none_left: bool = True) -> list[dict[str, Any]]:
    """The mentions whose sentence is the document's own: a sentence naming the same organisation in
    `BOILERPLATE_DOCUMENTS` documents or more is a template's. With `keep_all_when_none_left`, a document
    whose every mention is boilerplate keeps them (its letterhead is still the best name it has)."""
    sentence = lambda row: (row["normalized"], " ".join(row["quote"].lower().split()))  # noqa: E731
    spread: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in rows:
        spread[sentence(row)].add(row["sha256"])
    own = [row for row in rows if len(spread[sentence(row)]) < BOILERPLATE_DOCUMENTS]
    if not keep_all_when_none_left:
        return own
    with_own = {row["sha256"] for row in own}
    return own + [row for row in rows if row["sha256"] not in with_own]
