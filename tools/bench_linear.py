"""Extraction time against page length: each shape of text repeated to n and 4n characters, CPU seconds of
`extract_document` (best of three), and the ratio. Linear is about 4x; quadratic is 16x. Shapes are the runs that
were super-linear once (see CHANGELOG: hardening). The memory side of the same question is a property test
(tests/test_linear_extraction.py), because memory is deterministic and time on a shared machine is not.

    python tools/bench_linear.py [--chars 20000]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from foiakit.extract import extract_document
from foiakit.model import Document, FileType, Page, Settings, SourceFile

SHAPES = {
    "capitalised words": "Alder Birch Cedar Dale ",
    "names with suffixes": "Alder Systems Inc. of the Department ",
    "open brackets": "(",
    "dashes": "-",
    "digits": "7",
    "hex": "0123456789abcdef",
    "initials": "A. ",
    "addresses": "x@y.",
    "amounts": "$4,200.00 \n",
    "case names": "Roe v. Town of Alder, ",
}


def _seconds(text: str) -> float:
    source = SourceFile(Path("shape.txt"), "shape.txt", "0" * 64, len(text), FileType.TEXT)
    document = Document(source=source, pages=(Page(1, text, False, ""),))
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        list(extract_document(document, Settings()))
        best = min(best, time.process_time() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=20_000, help="the smaller page's length")
    args = parser.parse_args()
    _seconds("Warm-up: the lists and pipelines load once, outside what is timed.")
    print(f"extraction time, n = {args.chars:,} and 4n characters (CPU s, best of 3); linear ~4x, quadratic 16x")
    worst = 0.0
    for name, shape in SHAPES.items():
        small = _seconds((shape * (args.chars // len(shape) + 1))[: args.chars])
        large = _seconds((shape * (4 * args.chars // len(shape) + 1))[: 4 * args.chars])
        ratio = large / small if small else float("inf")
        worst = max(worst, ratio)
        print(f"  {name:<20} {small:7.3f} s {large:7.3f} s  ratio {ratio:5.2f}")
    print(f"  worst ratio: {worst:.2f} ({'linear' if worst < 8 else 'SUPER-LINEAR: look at the shape above'})")


if __name__ == "__main__":
    main()
