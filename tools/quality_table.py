"""The README's quality table: `make eval`'s figures as Markdown (test fold, test without lists, dev).

python tools/quality_table.py
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from foiakit.evaluation.evalset import evaluate_set, load_set
from foiakit.evaluation.table import markdown_table
from foiakit.model import Settings

EVAL = Path(__file__).resolve().parents[1] / "eval"


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="foiakit-eval-") as work:
        results = evaluate_set(load_set(EVAL), Path(work), Settings(), without_lists=True)
    by_name = {r.name: r.scores for r in results}
    print(markdown_table({k: by_name[k] for k in ("test", "test without lists", "dev")}))


if __name__ == "__main__":
    main()
