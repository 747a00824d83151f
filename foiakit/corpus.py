"""Corpus-wide steps: work that needs every file at once (linking, dedupe, roll-ups).

They run in the parent after all files of a run are stored, each in one transaction, in list order.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable

CorpusStep = Callable[[sqlite3.Connection], None]


def corpus_steps() -> list[CorpusStep]:
    """The steps, in order. Stages that need a corpus-wide pass add theirs here."""
    from foiakit.extract.release_aliases import learn_release_aliases, restore_document_names, unify_release_names
    from foiakit.extract.release_names import merge_name_variants
    from foiakit.extract.release_ties import tie_prices_by_line
    from foiakit.extract.release_vendors import learn_release_vendors
    from foiakit.ingest.threads import link_messages
    from foiakit.store.duplicates import find_duplicates

    # names are restored first, so the release steps see the same store on every run
    steps: list[CorpusStep] = [
        link_messages,
        restore_document_names,
        learn_release_aliases,
        learn_release_vendors,
        tie_prices_by_line,
        unify_release_names,
        merge_name_variants,
        find_duplicates,
    ]
    return steps


def run_corpus_steps(conn: sqlite3.Connection) -> dict[str, float]:
    """Run every step; returns each step's seconds (`foiakit run --profile` lists them under its table, so a step
    that grows faster than the release shows by name)."""
    seconds: dict[str, float] = {}
    for step in corpus_steps():
        started = time.perf_counter()
        with conn:
            step(conn)
        seconds[step.__name__] = time.perf_counter() - started
    return seconds
