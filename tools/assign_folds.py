"""Split the evaluation set into folds by source, blind to content: sources (repositories) are ordered by the
sha256 of their name and go to `test` until it holds at least half of the set's documents, the rest to `dev`.
A source's releases never straddle folds. Run once when releases are added; the result is eval/folds.json.

    python tools/assign_folds.py [--test-share 0.5]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
from collections import defaultdict
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1] / "eval"


def assign(test_share: float) -> dict[str, object]:
    documents: dict[str, int] = defaultdict(int)  # source → documents
    releases: dict[str, set[str]] = defaultdict(set)
    for path in sorted((EVAL / "manifest").glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                documents[row["source_repo"]] += 1
                releases[row["source_repo"]].add(row["file"].split("/", 1)[0])
    total = sum(documents.values())
    test: list[str] = []
    dev: list[str] = []
    in_test = 0
    for source in sorted(documents, key=lambda s: hashlib.sha256(s.encode()).hexdigest()):
        if in_test < test_share * total:
            test.extend(sorted(releases[source]))
            in_test += documents[source]
        else:
            dev.extend(sorted(releases[source]))
    previous = json.loads((EVAL / "folds.json").read_text(encoding="utf-8")) if (EVAL / "folds.json").exists() else {}
    return {
        "_comment": previous.get("_comment", ""),
        "_how": f"tools/assign_folds.py --test-share {test_share}: sources ordered by sha256 of their name",
        "dev": sorted(dev),
        "test": sorted(test),
        "external": previous.get("external", {}),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--test-share", type=float, default=0.5)
    folds = assign(parser.parse_args().test_share)
    (EVAL / "folds.json").write_text(json.dumps(folds, indent=1) + "\n", encoding="utf-8")
    print(f"dev: {len(folds['dev'])} releases, test: {len(folds['test'])} releases")


if __name__ == "__main__":
    main()
