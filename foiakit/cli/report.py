"""`foiakit report`: the corpus at a glance on the terminal; `--html FILE` and `--md FILE` for editors and memos."""

from __future__ import annotations

from pathlib import Path

import click

from foiakit.cli.options import db_option
from foiakit.export.writers import write_text_atomic
from foiakit.report.cited_pages import link_pages
from foiakit.report.render import render_html, render_markdown, render_terminal
from foiakit.report.summary import build_report
from foiakit.store import db


@click.command("report")
@db_option
@click.option(
    "--html", "html_path", type=click.Path(dir_okay=False, path_type=Path), help="Write a self-contained HTML report."
)
@click.option("--md", "md_path", type=click.Path(dir_okay=False, path_type=Path), help="Write the report as Markdown.")
@click.option("--top", type=click.IntRange(1), default=15, show_default=True, help="Rows per section.")
@click.option("--title", default="foiakit report", show_default=True, help="The report's title.")
@click.option("--no-images", is_flag=True, help="With --html: no page pictures beside the report (source links stay).")
def command(db_path: Path, html_path: Path | None, md_path: Path | None, top: int, title: str, no_images: bool) -> None:
    """Summarize the store: files, pages, messages; top vendors and agencies; prices, NDAs, claims; withholdings.

    With --html, every citation links to its source file at its page and to a picture of the page (cited span
    highlighted, redactions outlined) in the folder REPORT_pages/ beside the report."""
    conn = db.connect(db_path)
    try:
        data = build_report(conn, top)
        links = link_pages(conn, data, html_path, images=not no_images) if html_path else None
    finally:
        conn.close()
    if html_path:
        write_text_atomic(html_path, render_html(data, title, links))
    if md_path:
        write_text_atomic(md_path, render_markdown(data, title))
    if html_path or md_path:
        click.echo(", ".join(str(p) for p in (html_path, md_path) if p))
        return
    from rich.console import Console

    render_terminal(data, Console())
