"""`foiakit show`: print one page's stored text, or (`--png`) draw the page with its redactions and a cited span."""

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
@click.option(
    "--png",
    "png_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the page as a PNG picture, its redaction boxes outlined in red (PDF and image files).",
)
@click.option("--highlight", metavar="FINDING", help="With --png: highlight this finding's span (store id or key).")
@db_option
def command(file: str, page: int, info: bool, png_path: Path | None, highlight: str | None, db_path: Path) -> None:
    """Print the stored text of FILE's page (FILE: its path as listed in documents.csv, or a sha256 prefix)."""
    conn = db.connect(db_path)
    if png_path is not None:
        from foiakit.report.page_images import find_finding, render_page, save_png

        found = render_page(conn, file, page, [find_finding(conn, highlight)] if highlight else None)
        save_png(found, png_path)
        drawn = f"{found.redactions} redaction box(es), {found.highlighted} highlight(s)"
        click.echo(f"{png_path}: {found.file} page {found.page}, {found.image.width}x{found.image.height} px, {drawn}")
        for note in found.notes:
            click.echo(f"note: {note}", err=True)
        return
    if highlight:
        raise click.UsageError("--highlight draws on the page picture: give --png OUT.png too")
    row = db.page_text(conn, file, page)
    if row is None:
        raise BadInputError(f"no page {page} of {file!r} in {db_path}")
    if info:
        conf = f", confidence {row['confidence']}" if row["confidence"] is not None else ""
        click.echo(f"# {row['file']} page {page}: {'OCR' if row['ocr'] else 'text layer'} ({row['ocr_reason']}{conf})")
    click.echo(row["text"])
