"""`foiakit run`: process a release into the store and tables."""

from __future__ import annotations

import sys
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
from foiakit.errors import ExitCode
from foiakit.model import Settings
from foiakit.pipeline import RunSummary, run
from foiakit.timing import EXTRACTION, RELEASE


@click.command("run")
@click.argument("sources", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "-o",
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_OUT,
    show_default=True,
    help="Folder for the store (foiakit.db) and the CSV tables.",
)
@click.option(
    "--ocr",
    "ocr_mode",
    type=click.Choice(["auto", "always", "never"]),
    default="auto",
    show_default=True,
    help="auto: OCR only pages with no usable text layer.",
)
@click.option("--dpi", type=click.IntRange(72, 1200), default=300, show_default=True, help="Render resolution for OCR.")
@click.option("--lang", default="eng", show_default=True, help="Tesseract languages, e.g. eng+spa.")
@click.option("-j", "--jobs", type=click.IntRange(0), default=0, help="Worker processes (default: all cores).")
@click.option("--strict", is_flag=True, help="Exit 3 when any file failed.")
@click.option(
    "--executor",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="local: a process pool on this machine; dask: a dask.distributed cluster.",
)
@click.option("--scheduler", metavar="tcp://HOST:PORT", help="Dask scheduler address (default: start a LocalCluster).")
@click.option(
    "--exclude",
    "exclude",
    metavar="GLOB",
    multiple=True,
    help="Leave out paths matching GLOB (relative path, path inside an archive, or file name), and remove stored"
    " files that match; repeatable.",
)
@patterns_option
@spacy_model_option
@claims_option
@orgs_option
@profile_option
def command(
    sources: tuple[Path, ...],
    out_dir: Path,
    ocr_mode: str,
    dpi: int,
    lang: str,
    jobs: int,
    strict: bool,
    executor: str,
    scheduler: str | None,
    exclude: tuple[str, ...],
    patterns: tuple[Path, ...],
    spacy_model: str | None,
    claims: str,
    orgs: str,
    profile: bool,
) -> None:
    """Read SOURCES (files, folders, zips): text for every page, OCR where needed, into OUT.

    Files already in OUT's store are skipped when unchanged; when only the extraction settings (or rules)
    changed, their stored text is re-extracted without OCR."""
    settings = Settings(
        ocr_mode=ocr_mode,
        dpi=dpi,
        lang=lang,
        jobs=jobs,
        patterns=tuple(str(p.resolve()) for p in patterns),
        spacy_model=spacy_model,
        claims=claims,
        orgs=orgs,
    )
    with progress_reporter() as on_progress:
        summary = run(
            list(sources), out_dir, settings, on_progress, executor=executor, scheduler=scheduler, exclude=exclude
        )
    click.echo(format_summary(summary))
    if profile:
        click.echo(format_profile(summary))
    if strict and (summary.files_failed or summary.failed_in_release):
        sys.exit(int(ExitCode.files_failed))


def format_summary(s: RunSummary) -> str:
    lines = [
        f"run {s.run_id}: {s.files_processed} files processed, {s.files_reextracted} re-extracted,"
        f" {s.files_skipped} unchanged, {s.files_failed} failed"
        + (f", {s.files_excluded} excluded" if s.files_excluded else "")
        + (f", {s.files_removed} removed from the store" if s.files_removed else ""),
        f"pages {s.pages} (OCR {s.ocr_pages}), messages {s.messages}, findings {s.findings}, errors {s.errors}",
        f"store {s.out_dir / 'foiakit.db'}; tables: {', '.join(p.name for p in s.tables)}  ({s.seconds:.1f} s)",
    ]
    return "\n".join(lines)


def format_profile(s: RunSummary) -> str:
    """The stage table: seconds summed over workers (so more than the wall time on several cores), each stage's
    share, the pages it handled and its pages per second on one core."""
    rows = s.stages.rows()
    total = s.stages.total()
    run_pages = s.pages or s.stages.pages.get(EXTRACTION, 0)  # `extract` reads no page: it counts extracted ones
    width = max([len("stage"), *(len(stage) for stage, _, _ in rows)])
    lines = [f"{'stage':<{width}}  {'seconds':>9}  {'share':>6}  {'pages':>7}  {'pages/s':>9}"]
    for stage, seconds, pages in rows:
        share = 100 * seconds / total if total else 0.0
        rate = f"{pages / seconds:9.1f}" if pages and seconds > 0 else f"{'-':>9}"
        lines.append(f"{stage:<{width}}  {seconds:9.3f}  {share:5.1f}%  {pages:7d}  {rate}")
    lines.append(f"{'total':<{width}}  {total:9.3f}  {100.0 if total else 0.0:5.1f}%  {run_pages:7d}")
    whole = run_pages / s.seconds if s.seconds else 0.0
    lines.append(f"wall clock {s.seconds:.2f} s; pages/s of the whole run {whole:.1f}")
    if s.stages.release_steps:
        steps = ", ".join(f"{name} {seconds:.3f} s" for name, seconds in s.stages.release_steps.items())
        lines.append(f"release steps (part of {RELEASE!r}): {steps}")
    return "\n".join(lines)
