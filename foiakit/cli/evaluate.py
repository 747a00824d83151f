"""`foiakit eval`: precision, recall and F1 per kind against hand-made gold (a gold file and a store, or the
evaluation set folder, re-extracted from its recorded text)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import click

from foiakit.cli.options import claims_option, db_option, orgs_option
from foiakit.errors import BadInputError
from foiakit.evaluation import GoldError, load_gold, score_store
from foiakit.evaluation.evalset import FOLDS_FILE, evaluate_set, load_set, record
from foiakit.evaluation.table import miss_lines, score_table
from foiakit.model import Settings
from foiakit.store import db


@click.command("eval")
@click.argument("gold", type=click.Path(exists=True, path_type=Path))
@db_option
@click.option(
    "--fold",
    "folds",
    multiple=True,
    help="Evaluation set: score only this fold (dev, test; dev-a, dev-b: the halves of dev); repeatable.",
)
@click.option(
    "--without-lists", is_flag=True, help="Evaluation set: also score with the gold's names left out of the lists."
)
@click.option(
    "--record", "record_", is_flag=True, help="Evaluation set: read every document again (OCR) and record its text."
)
@claims_option
@orgs_option
@click.option("-j", "--jobs", type=int, default=0, help="Worker processes (default: all cores).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--misses", type=int, default=0, help="Also list up to N misses and false finds per kind.")
def command(
    gold: Path, db_path: Path, folds: tuple[str, ...], without_lists: bool, record_: bool, claims: str,
    orgs: str, jobs: int,
    as_json: bool, misses: int,
) -> None:  # fmt: skip
    """Score findings against GOLD: a gold file (the shared corpus's format) scored against the store, or an
    evaluation set folder (with folds.json), re-extracted from its recorded text and scored per fold."""
    try:
        if gold.is_dir():
            settings = Settings(jobs=jobs, claims=claims, orgs=orgs)
            results = _evaluate_folder(gold, list(folds), without_lists, record_, settings)
        else:
            conn = db.connect(db_path)
            try:
                scores, missing = score_store(conn, load_gold(gold))
            finally:
                conn.close()
            results = [("store", scores, missing)]
    except GoldError as exc:
        raise BadInputError(f"cannot read gold file {exc}") from exc
    if as_json:
        payload = {
            name: {"scores": {k: s.as_dict() for k, s in scores.items()}, "files_not_in_store": missing}
            for name, scores, missing in results
        }
        click.echo(json.dumps(payload if gold.is_dir() else payload["store"], indent=1, sort_keys=True))
        return
    for name, scores, missing in results:
        click.echo(score_table(name, scores))
        for line in miss_lines(scores, misses) if misses else []:
            click.echo(line)
        if missing:
            click.echo(f"not in the store ({len(missing)}, scored as found nothing): {', '.join(missing)}")
        click.echo("")


def _evaluate_folder(root: Path, folds: list[str], without_lists: bool, record_: bool, settings: Settings) -> list:
    if not (root / FOLDS_FILE).exists():
        raise BadInputError(f"{root} is not an evaluation set (no {FOLDS_FILE})")
    evalset = load_set(root)
    with tempfile.TemporaryDirectory(prefix="foiakit-eval-") as work:
        if record_:
            record(evalset, Path(work), settings)
        results = evaluate_set(evalset, Path(work) / "store", settings, folds or None, without_lists)
    return [(f"{r.name} ({r.documents} documents)", r.scores, r.missing) for r in results]
