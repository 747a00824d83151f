"""Roll-ups of the FOIA layer: `redactions` (one row per box) and `withholdings` (per document and exemption).

Pages withheld in full are blacked-out pages (a redaction with `withheld_in_full`, listed as "p.N" on the row
of its code) and the numbers missing from a Bates sequence: a gap inside one document is listed on that
document's row without a code; a gap between two files (numbers sorted across the whole release) is listed on
the row of the file that follows it, marked "between files". `withheld_by_document` gives documents.csv both,
per document.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from foiakit.export.tables import Table, register
from foiakit.foia.bates import gaps
from foiakit.foia.exemptions import description

REDACTION_COLUMNS = (
    "file",
    "page",
    "bates",
    "x0",
    "y0",
    "x1",
    "y1",
    "page_share",
    "code",
    "bad",
    "leaked_text",
    "ocr",
    "withheld_in_full",
)
WITHHOLDING_COLUMNS = (
    "file",
    "code",
    "description",
    "redactions",
    "pages_with_redactions",
    "codes_cited",
    "codes_stamped",
    "pages_withheld_in_full",
)


def redaction_rows(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    query = (
        "SELECT fi.id, fi.file, fi.page, fi.detail, fi.ocr, p.bates FROM findings fi"
        " LEFT JOIN pages p ON p.sha256 = fi.sha256 AND p.page = fi.page WHERE fi.kind = 'redaction'"
    )
    rows: list[dict[str, Any]] = []
    order: list[int] = []
    for finding_id, file, page, detail_text, ocr, bates in conn.execute(query):
        detail = json.loads(detail_text or "{}")
        x0, y0, x1, y1 = (detail.get("bbox") or [None] * 4)[:4]
        rows.append(
            {
                "file": file,
                "page": page,
                "bates": bates or detail.get("bates") or "",
                "x0": x0,
                "y0": y0,
                "x1": x1,
                "y1": y1,
                "page_share": detail.get("page_share"),
                "code": detail.get("code") or "",
                "bad": bool(detail.get("bad", False)),
                "leaked_text": detail.get("leaked_text") or "",
                "ocr": bool(ocr),
                "withheld_in_full": bool(detail.get("withheld_in_full", False)),
            }
        )
        order.append(finding_id)
    # within a page, boxes keep the reading order they were found in (top to bottom, left to right)
    ranked = sorted(zip(order, rows, strict=True), key=lambda pair: (pair[1]["file"], pair[1]["page"] or 0, pair[0]))
    yield from (row for _, row in ranked)


def withholding_rows(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    redactions: dict[tuple[str, str], int] = defaultdict(int)
    redacted_pages: dict[tuple[str, str], set[int]] = defaultdict(set)
    withheld: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in redaction_rows(conn):
        key = (row["file"], row["code"])
        redactions[key] += 1
        redacted_pages[key].add(row["page"])
        if row["withheld_in_full"]:
            withheld[key].append(_page_label(row))
    cited: dict[tuple[str, str], int] = defaultdict(int)
    stamped: dict[tuple[str, str], int] = defaultdict(int)
    for file, code, detail_text in conn.execute(
        "SELECT file, normalized, detail FROM findings WHERE kind = 'exemption'"
    ):
        context = json.loads(detail_text or "{}").get("context")
        (stamped if context == "stamped" else cited)[(file, code)] += 1
    for gap in _gaps(conn):
        label = gap.label if gap.after == gap.before else f"{gap.label} (between files, after {gap.after})"
        withheld[(gap.before, "")].append(label)
    keys = set(redactions) | set(cited) | set(stamped) | set(withheld)
    for file, code in sorted(keys):
        key = (file, code)
        yield {
            "file": file,
            "code": code,
            "description": description(code) if code else ("no code shown" if key in redactions else ""),
            "redactions": redactions.get(key, 0),
            "pages_with_redactions": len(redacted_pages.get(key, ())),
            "codes_cited": cited.get(key, 0),
            "codes_stamped": stamped.get(key, 0),
            "pages_withheld_in_full": "; ".join(withheld.get(key, ())),
        }


def withheld_by_document(conn: sqlite3.Connection) -> dict[str, str]:
    """Per document path: its blacked-out pages ("p.N (BATES)") and the Bates numbers missing inside it."""
    withheld: dict[str, list[str]] = defaultdict(list)
    for row in redaction_rows(conn):
        if row["withheld_in_full"]:
            withheld[row["file"]].append(_page_label(row))
    for gap in _gaps(conn):
        if gap.after == gap.before:
            withheld[gap.before].append(gap.label)
    return {file: "; ".join(labels) for file, labels in withheld.items()}


def _gaps(conn: sqlite3.Connection) -> Iterator[Any]:
    stamped_pages = conn.execute(
        "SELECT f.path, p.bates FROM pages p JOIN files f ON f.sha256 = p.sha256 WHERE p.bates IS NOT NULL"
        " ORDER BY f.path, p.page"
    ).fetchall()
    return gaps((file, bates) for file, bates in stamped_pages)


def _page_label(row: dict[str, Any]) -> str:
    return f"p.{row['page']} ({row['bates']})" if row["bates"] else f"p.{row['page']}"


REDACTIONS = Table(
    "redactions",
    REDACTION_COLUMNS,
    "",
    "one row per redaction box: page, Bates number, box in points, share of the page, code, text left beneath,"
    " whether the whole page is blacked out",
    producer=redaction_rows,
)
WITHHOLDINGS = Table(
    "withholdings",
    WITHHOLDING_COLUMNS,
    "",
    "per document and exemption code: redactions, pages with redactions, citations, pages withheld in full",
    producer=withholding_rows,
)
register(REDACTIONS)
register(WITHHOLDINGS)
