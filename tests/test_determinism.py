"""The same release gives byte-identical tables whatever PYTHONHASHSEED, however many workers, and on a Dask
cluster: a CI job that diffs two runs must see only what changed in the release."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from corpus import CORPUS

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
TABLES = ("findings.csv", "claims.csv", "prices.csv", "vendors.csv", "agencies.csv", "messages.csv", "documents.csv")


@pytest.mark.slow
def test_tables_are_identical_across_hash_seeds_and_workers(tmp_path: Path) -> None:
    sources = [str(SAMPLES)] + ([str(CORPUS)] if CORPUS.exists() else [])
    outputs = []
    for seed, jobs, executor in (("0", "1", "local"), ("1", "2", "local"), ("2", "1", "local"), ("3", "2", "dask")):
        out = tmp_path / f"seed{seed}-j{jobs}-{executor}"
        args = [sys.executable, "-m", "foiakit", "run", *sources, "-o", str(out), "--ocr", "never", "-j", jobs]
        args += ["--executor", executor]  # dask: a LocalCluster of worker processes, results in any order
        args += ["--exclude", "gold.json", "--exclude", "MANIFEST.tsv", "--exclude", "README.md"]
        done = subprocess.run(args, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": seed})
        assert done.returncode == 0, done.stderr
        outputs.append({name: (out / name).read_bytes() for name in TABLES})
    assert outputs[0]["findings.csv"].count(b"\n") > 100
    for name in TABLES:
        assert outputs[0][name] == outputs[1][name] == outputs[2][name] == outputs[3][name], name
