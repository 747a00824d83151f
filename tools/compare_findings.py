"""Re-extract a store's text with the current code and compare every finding with a saved reference, byte for
byte: the check that a speed change did not change what is found.

    python tools/compare_findings.py STORE_DIR --save before.csv      # before the change
    python tools/compare_findings.py STORE_DIR --against before.csv   # after it: exit 1 on any difference

STORE_DIR is a `foiakit run` output folder (e.g. of ../shared/corpus/real). The store is copied to a temporary
folder and re-extracted there (`foiakit extract --force`, all files), so STORE_DIR is left as it was.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def reextracted_findings(store_dir: Path) -> bytes:
    """findings.csv of the store's text re-extracted with the code in this checkout."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp, "store")
        copy.mkdir()
        shutil.copy2(store_dir / "foiakit.db", copy / "foiakit.db")
        subprocess.run(
            [sys.executable, "-m", "foiakit", "extract", "-o", str(copy), "--force"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        return (copy / "findings.csv").read_bytes()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("store_dir", type=Path)
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--save", type=Path, help="write the findings here as the reference")
    what.add_argument("--against", type=Path, help="compare with this reference")
    args = parser.parse_args()
    found = reextracted_findings(args.store_dir)
    rows = len(list(csv.reader(io.StringIO(found.decode("utf-8"))))) - 1
    if args.save:
        args.save.write_bytes(found)
        print(f"saved {rows} findings to {args.save}")
        return
    reference = args.against.read_bytes()
    if found == reference:
        print(f"identical: {rows} findings, byte for byte")
        return
    before = reference.decode("utf-8").splitlines()
    after = found.decode("utf-8").splitlines()
    diff = list(difflib.unified_diff(before, after, "reference", "now", lineterm="", n=0))
    print(f"DIFFERENT from {args.against}; first differing lines:")
    print("\n".join(diff[:40]))
    sys.exit(1)


if __name__ == "__main__":
    main()
