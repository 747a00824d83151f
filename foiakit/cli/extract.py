"""`foiakit extract`: re-run extraction over the stored text (new pattern lists, new rules), never OCR."""

from __future__ import annotations

from pathlib import Path

import click

from foiakit.cli.options import (
    DEFAULT_OUT,
    claims_option,
    orgs_option,
    patterns_option,
    profile_option,
    spacy_model_option,
)
from foiakit.cli.progress import progress_reporter
from foiakit.cli.run import format_profile, format_summary
from foiakit.model import Settings
from foiakit.pipeline import reextract


@click.command("extract")
@click.option(
    "-o",
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    default=DEFAULT_OUT,
    show_default=True,
    help="The output folder of an earlier run (its foiakit.db is read and the tables rewritten).",
)
@patterns_option
@spacy_model_option
@claims_option
@orgs_option
@click.option("-j", "--jobs", type=click.IntRange(0), default=0, help="Worker processes (default: all cores).")
@click.option("--force", is_flag=True, help="Re-extract every file, even those whose settings are unchanged.")
@profile_option
def command(
    out_dir: Path,
    patterns: tuple[Path, ...],
    spacy_model: str | None,
    claims: str,
    orgs: str,
    jobs: int,
    force: bool,
    profile: bool,
) -> None:
    """Re-extract findings from the text stored in OUT (no page is re-OCR'd; text-layer PDFs are reopened
    for their price tables)."""
    settings = Settings(
        jobs=jobs, patterns=tuple(str(p.resolve()) for p in patterns), spacy_model=spacy_model, claims=claims, orgs=orgs
    )
    with progress_reporter() as on_progress:
        summary = reextract(out_dir, settings, on_progress, force=force)
    click.echo(format_summary(summary))
    if profile:
        click.echo(format_profile(summary))
