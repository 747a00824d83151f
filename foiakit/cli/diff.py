"""`foiakit diff`: what is new (or gone) since an earlier run, or since another store."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from foiakit.cli.options import db_option
from foiakit.errors import BadInputError
from foiakit.export.writers import write_csv
from foiakit.store import db
from foiakit.store.releases import COLUMNS, diff, runs


@click.command("diff")
@click.option("--since", "since_run", type=int, help="Compare the latest run with this earlier run of the same store.")
@click.option(
    "--against",
    "old_db",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Compare with another store (e.g. last release's foiakit.db).",
)
@click.option("--only", type=click.Choice(["new", "gone"]), help="Only new or only gone items.")
@click.option(
    "--item",
    "items",
    multiple=True,
    type=click.Choice(["document", "message", "finding"]),
    help="Only these items (repeatable).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "json"]),
    default="csv",
    show_default=True,
    help="Output format on stdout.",
)
@click.option("--runs", "list_runs", is_flag=True, help="List the store's runs and exit.")
@db_option
def command(
    since_run: int | None,
    old_db: Path | None,
    only: str | None,
    items: tuple[str, ...],
    fmt: str,
    list_runs: bool,
    db_path: Path,
) -> None:
    """List documents, messages and findings that are new or gone, as CSV (or JSON) on stdout."""
    conn = db.connect(db_path)
    if list_runs:
        rows = runs(conn)
        write_csv(sys.stdout, list(rows[0]) if rows else ["run"], rows)
        return
    if (since_run is None) == (old_db is None):
        raise BadInputError("give one of --since RUN or --against OLD.db")
    old_conn = db.connect(old_db) if old_db else conn
    changes = [
        r
        for r in diff(conn, old_conn, old_run=since_run)
        if (only is None or r.change == only) and (not items or r.item in items)
    ]
    if fmt == "json":
        json.dump([r.as_dict() for r in changes], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        write_csv(sys.stdout, COLUMNS, (r.as_dict() for r in changes))
