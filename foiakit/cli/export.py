"""`foiakit export KIND`: any table to stdout (CSV by default, so it pipes) or a file, in CSV/JSON/JSONL/XLSX."""

from __future__ import annotations

import io
from pathlib import Path

import click

from foiakit.cli.options import db_option
from foiakit.errors import BadInputError
from foiakit.export.formats import FORMATS, write_text_format, write_xlsx
from foiakit.export.tables import load_tables
from foiakit.export.writers import write_text_atomic
from foiakit.store import db


@click.command("export")
@click.argument("kind")
@db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="csv", show_default=True, help="Output format.")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to FILE (default: stdout)."
)
def command(kind: str, db_path: Path, fmt: str, output: Path | None) -> None:
    """Write the table KIND (findings, vendors, agencies, prices, ndas, claims, messages, documents, errors,
    pages, redactions, withholdings; `all` with --format xlsx for one workbook)."""
    tables = load_tables()
    if kind != "all" and kind not in tables:
        raise BadInputError(f"no table {kind!r}; tables: {', '.join(sorted(tables))}, all")
    chosen = list(tables.values()) if kind == "all" else [tables[kind]]
    if (fmt == "xlsx" or kind == "all") and (fmt != "xlsx" or output is None):
        raise BadInputError("XLSX (and `all`) needs --format xlsx and -o FILE.xlsx")
    conn = db.connect(db_path)
    try:
        if fmt == "xlsx":
            assert output is not None
            write_xlsx(output, chosen, conn)
        else:
            buffer = io.StringIO(newline="")
            write_text_format(buffer, chosen[0], fmt, conn)
            if output is None:
                click.echo(buffer.getvalue(), nl=False)
            else:
                write_text_atomic(output, buffer.getvalue())
    finally:
        conn.close()
