"""The pages a report cites, as links: each citation points to its source file (`file.pdf#page=N`, relative to
the report, so a folder moved whole keeps working) and, unless left out, to a small picture of the page beside
the report (`REPORT_pages/`), the cited spans of that page highlighted and its redaction boxes outlined.

A page is drawn once however often it is cited; pictures are at most `IMAGE_WIDTH` pixels wide. A page that
cannot be drawn (an email, a source no longer on disk) keeps its source link and gets no picture, never a crash.
"""

from __future__ import annotations

import os
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from foiakit.errors import FoiakitError
from foiakit.model import IMAGE_TYPES, FileType
from foiakit.report.page_images import render_page, save_png
from foiakit.report.summary import Citation, ReportData
from foiakit.store.db import path_of

IMAGE_WIDTH = 1000


@dataclass(frozen=True, slots=True)
class ReportLinks:
    """Where a citation leads: its source file (by sha256) and its page picture (by sha256 and page)."""

    sources: dict[str, str] = field(default_factory=dict)
    images: dict[tuple[str, int], str] = field(default_factory=dict)
    skipped: tuple[str, ...] = ()  # pages that could not be drawn, and why

    def source(self, cited: Citation) -> str | None:
        href = self.sources.get(cited.sha256)
        if href is None:
            return None
        return f"{href}#page={cited.page}" if cited.page is not None and href.lower().endswith(".pdf") else href

    def image(self, cited: Citation) -> str | None:
        return self.images.get((cited.sha256, cited.page or 0))


def citations(data: ReportData) -> list[Citation]:
    """Every citation the report shows, in report order, each once."""
    found = [Citation(d.file, None, None, d.sha256) for d in data.documents]  # a document: its file, no page
    found += [r.cited for r in (*data.vendors, *data.agencies)]
    found += [e.cited for e in (*data.prices, *data.ndas, *data.claims)]
    return list(dict.fromkeys(c for c in found if c.sha256))


def _href(target: Path, base: Path) -> str:
    return quote(Path(os.path.relpath(target.resolve(), base.resolve())).as_posix())


def link_pages(conn: sqlite3.Connection, data: ReportData, report: Path, images: bool = True) -> ReportLinks:
    """Links for every citation of `data` in a report written to `report`; with `images`, draw the cited pages
    into the folder beside it."""
    cited = citations(data)
    base = report.parent
    sources: dict[str, str] = {}
    drawable: dict[str, bool] = {}
    for sha in sorted({c.sha256 for c in cited}):
        row = conn.execute("SELECT file_type, disk_path FROM files WHERE sha256 = ?", (sha,)).fetchone()
        if row is None or not row["disk_path"]:
            continue
        path = path_of(row["disk_path"])
        if path.is_file():
            sources[sha] = _href(path, base)
            kind = FileType(row["file_type"])
            drawable[sha] = kind is FileType.PDF or kind in IMAGE_TYPES
    if not images:
        return ReportLinks(sources)
    folder = base / f"{report.stem}_pages"
    by_page: dict[tuple[str, int], list[int]] = defaultdict(list)
    for c in cited:
        if c.page is not None and drawable.get(c.sha256):
            by_page[(c.sha256, c.page)].extend([c.finding] if c.finding is not None else [])
    pictures: dict[tuple[str, int], str] = {}
    skipped: list[str] = []
    for (sha, page), finding_ids in sorted(by_page.items()):
        marks = ",".join("?" * len(finding_ids))
        spans = conn.execute(f"SELECT * FROM findings WHERE id IN ({marks}) ORDER BY id", finding_ids).fetchall()
        try:
            drawn = render_page(conn, sha, page, spans, max_width=IMAGE_WIDTH)
        except (FoiakitError, OSError, ValueError) as exc:  # a damaged source costs its picture, not the report
            skipped.append(f"{sha[:12]} p.{page}: {exc}")
            continue
        target = folder / f"{sha[:16]}-p{page}.png"
        save_png(drawn, target)
        pictures[(sha, page)] = _href(target, base)
    return ReportLinks(sources, pictures, tuple(skipped))
