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

patterns_option = click.option(
    "--patterns",
    "patterns",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Extra spaCy EntityRuler patterns (JSONL: label VENDOR/AGENCY/PRODUCT, pattern, id); repeatable.",
)

spacy_model_option = click.option(
    "--spacy-model",
    metavar="NAME",
    help="An installed spaCy model whose ORG entities are added as candidates (default: rules only).",
)

claims_option = click.option(
    "--claims",
    type=click.Choice(["rules", "model", "both"]),
    default="rules",
    show_default=True,
    help="How capability claims are decided: the rules, the trained sentence classifier, or both together.",
)

orgs_option = click.option(
    "--orgs",
    type=click.Choice(["rules", "model", "both"]),
    default="rules",
    show_default=True,
    help="Who decides what an organisation-shaped name is: the rules, the trained candidate classifier, or both.",
)

profile_option = click.option(
    "--profile",
    is_flag=True,
    help="Print seconds and pages/s per stage (summed over workers), and each release step's, after the summary.",
)
