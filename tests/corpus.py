"""Where the shared corpus of real released documents is (tests may read it; the project never copies it).

`FOIAKIT_CORPUS` wins; else `../shared/corpus/real` beside the checkout (never a machine path).
Tests that need it fail when it is nowhere: a test that skipped would pass without testing anything.
"""

from __future__ import annotations

import os
from pathlib import Path


def find_corpus() -> Path:
    candidates = [
        Path(os.environ.get("FOIAKIT_CORPUS", "/nonexistent")),
        Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real",
    ]
    for candidate in candidates:
        if (candidate / "MANIFEST.tsv").exists():
            return candidate
    return candidates[1]


CORPUS = find_corpus()
