"""`foiakit eval GOLD.json`: precision, recall and F1 per kind against a hand-made gold file."""

from __future__ import annotations

import json
from pathlib import Path

import click

from foiakit.cli.options import db_option
from foiakit.errors import BadInputError
from foiakit.evaluation import evaluate
from foiakit.store import db


@click.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@db_option
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--misses", type=int, default=0, help="Also list up to N misses and false finds per kind.")
def command(gold: Path, db_path: Path, as_json: bool, misses: int) -> None:
    """Score the store's findings against GOLD (the format of the shared corpus's gold.json)."""
    conn = db.connect(db_path)
    try:
        scores, missing = evaluate(conn, gold)
    except (ValueError, KeyError) as exc:
        raise BadInputError(f"cannot read gold file {gold}: {exc}") from exc
    finally:
        conn.close()
    if as_json:
        payload = {
            k: {"precision": s.precision, "recall": s.recall, "f1": s.f1, "tp": s.tp, "fp": s.fp, "fn": s.fn}
            for k, s in scores.items()
        }
        click.echo(json.dumps({"scores": payload, "files_not_in_store": missing}, indent=1, sort_keys=True))
        return
    click.echo(f"{'kind':<18}{'precision':>10}{'recall':>8}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}")
    for kind, s in scores.items():
        click.echo(f"{kind:<18}{s.precision:>10.2f}{s.recall:>8.2f}{s.f1:>7.2f}{s.tp:>6}{s.fp:>6}{s.fn:>6}")
        for line in s.misses[:misses] if misses else []:
            click.echo(f"    miss   {line}")
        for line in s.false[:misses] if misses else []:
            click.echo(f"    false  {line}")
    if missing:
        click.echo(f"not in the store ({len(missing)}): {', '.join(missing)}")
