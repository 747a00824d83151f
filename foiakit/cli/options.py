"""Options shared by several commands."""

from __future__ import annotations

from pathlib import Path

import click

DEFAULT_OUT = Path("foiakit-out")
DEFAULT_DB = DEFAULT_OUT / "foiakit.db"

db_option = click.option(
    "--db",
    "db_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=DEFAULT_DB,
    show_default=True,
    help="The store to read.",
)
