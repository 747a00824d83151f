"""`foiakit search`: full-text search over every stored page."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from foiakit.cli.options import db_option
from foiakit.export.writers import write_csv
from foiakit.report.paths import middle_cut
from foiakit.store import db
from foiakit.store.search import HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN, search_pages

COLUMNS = ("file", "page", "bates", "message", "ocr", "snippet")


@click.command("search")
@click.argument("query")
@click.option("--csv", "as_csv", is_flag=True, help="CSV on stdout (the default when stdout is not a terminal).")
@click.option("-n", "--limit", type=click.IntRange(1), default=50, show_default=True, help="Most hits to show.")
@db_option
def command(query: str, as_csv: bool, limit: int, db_path: Path) -> None:
    """Find QUERY in page text: words, "a phrase", AND / OR / NOT, prefix*."""
    hits = search_pages(db.connect(db_path), query, limit)
    if as_csv or not sys.stdout.isatty():
        rows = (
            {
                "file": h.file,
                "page": h.page,
                "bates": h.bates,
                "message": h.message,
                "ocr": int(h.ocr),
                "snippet": h.snippet.replace(HIGHLIGHT_OPEN, "[").replace(HIGHLIGHT_CLOSE, "]"),
            }
            for h in hits
        )
        write_csv(sys.stdout, COLUMNS, rows)
        return
    table = Table(title=f"{len(hits)} hits for {query!r}")
    table.add_column("file", no_wrap=True)  # cut in the middle by middle_cut, never at its end by rich
    for column in ("page", "message", "snippet"):
        table.add_column(column)
    for hit in hits:
        snippet = Text()
        for i, part in enumerate(hit.snippet.replace(HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN).split(HIGHLIGHT_OPEN)):
            snippet.append(part, style="bold yellow" if i % 2 else "")
        page = f"{hit.page}" + (f" ({hit.bates})" if hit.bates else "") + (" ocr" if hit.ocr else "")
        table.add_row(middle_cut(hit.file), page, hit.message or "", snippet)
    Console().print(table)
