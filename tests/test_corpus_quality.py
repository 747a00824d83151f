"""Extraction quality on the shared corpus of real releases, end to end (OCR included): the floors the project
has reached, so a change that loses quality fails here. `foiakit eval` prints the full table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from corpus import CORPUS

from foiakit.cli import main

needs_corpus = pytest.mark.skipif(not CORPUS.exists(), reason="the shared corpus is not beside the project")

FLOORS = {  # kind: (measure, floor)
    "price": ("f1", 0.85),
    "nda": ("f1", 0.85),
    "capability_claim": ("recall", 0.7),
    "exemption": ("f1", 0.9),
    "emails": ("recall", 0.9),
    "redaction": ("f1", 0.85),
    "vendor": ("f1", 0.85),
    "agency": ("f1", 0.85),
}


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, float]]:
    out = tmp_path_factory.mktemp("corpus-out")
    # the answer key and the manifest sit in the corpus folder: never let extraction read them
    args = ["run", str(CORPUS), "-o", str(out), "-j", "2", "--exclude", "gold.json", "--exclude", "MANIFEST.tsv"]
    run = CliRunner().invoke(main, args)
    assert run.exit_code == 0, run.output
    result = CliRunner().invoke(main, ["eval", str(CORPUS / "gold.json"), "--db", str(out / "foiakit.db"), "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["files_not_in_store"] == []
    assert "2 excluded" in run.output
    return payload["scores"]


@needs_corpus
@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_quality_floor(scores: dict[str, dict[str, float]], kind: str) -> None:
    measure, floor = FLOORS[kind]
    assert scores[kind][measure] >= floor, scores[kind]


def test_eval_reads_gold_written_by_hand(tmp_path: Path) -> None:
    """A bad gold file is one clear error, not a traceback."""
    bad = tmp_path / "gold.json"
    bad.write_text("{not json", encoding="utf-8")
    store, empty = tmp_path / "out", tmp_path / "empty"
    empty.mkdir()
    assert CliRunner().invoke(main, ["run", str(empty), "-o", str(store)]).exit_code == 0
    result = CliRunner().invoke(main, ["eval", str(bad), "--db", str(store / "foiakit.db")])
    assert result.exit_code == 2 and "cannot read gold file" in result.output
