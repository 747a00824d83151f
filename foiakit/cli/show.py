"""`foiakit show`: print one page's stored text."""

from __future__ import annotations

from pathlib import Path

import click

from foiakit.cli.options import db_option
from foiakit.errors import BadInputError
from foiakit.store import db


@click.command("show")
@click.argument("file")
@click.option("-p", "--page", type=click.IntRange(1), default=1, show_default=True, help="1-based page number.")
@click.option("--info", is_flag=True, help="Print the page's OCR decision and confidence above the text.")
@db_option
def command(file: str, page: int, info: bool, db_path: Path) -> None:
    """Print the stored text of FILE's page (FILE: its path as listed in documents.csv, or a sha256 prefix)."""
    conn = db.connect(db_path)
    row = db.page_text(conn, file, page)
    if row is None:
        raise BadInputError(f"no page {page} of {file!r} in {db_path}")
    if info:
        conf = f", confidence {row['confidence']}" if row["confidence"] is not None else ""
        click.echo(f"# {row['file']} page {page}: {'OCR' if row['ocr'] else 'text layer'} ({row['ocr_reason']}{conf})")
    click.echo(row["text"])
