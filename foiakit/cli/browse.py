"""`foiakit browse`: the store in a web browser (Datasette), with the reporter's canned queries."""

from __future__ import annotations

import tempfile
from pathlib import Path

import click

from foiakit.browse.datasette import DEFAULT_PORT, browse
from foiakit.cli.options import db_option


@click.command("browse")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to serve on (0.0.0.0: the network).")
@click.option("--port", type=click.IntRange(0, 65535), default=DEFAULT_PORT, show_default=True, help="Port.")
@click.option("--open/--no-open", "open_browser", default=True, show_default=True, help="Open a web browser.")
def command(db_path: Path, host: str, port: int, open_browser: bool) -> None:
    """Serve the store in Datasette: search pages, facet findings, run the canned queries (needs the `browse`
    extra: pip install 'foiakit[browse]')."""
    with tempfile.TemporaryDirectory(prefix="foiakit-browse-") as folder:
        raise SystemExit(browse(db_path, Path(folder), host, port, open_browser))
