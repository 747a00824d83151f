"""tools/bench_targets.py: `make bench` reads its ratios from `foiakit run --profile`'s real table, and its copies
of a PDF are distinct files (foiakit would read byte-identical copies once)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pdfgen import text_pdf

from foiakit import timing

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

from bench_targets import distinct_copies, foiakit_profiled


@pytest.mark.slow  # a foiakit run in a subprocess
def test_copies_are_distinct_and_the_profile_table_is_read(tmp_path: Path) -> None:
    source = tmp_path / "quote.pdf"
    text_pdf(source, ["Quote from Harbor Lantern Analytics LLC for the Sheriff: $9,800 a year."])
    copies = distinct_copies([source], tmp_path / "release", copies=3)
    assert len({p.read_bytes() for p in copies}) == 3
    wall, stages = foiakit_profiled(copies, tmp_path / "out", "--ocr", "never", "-j", "1")
    assert wall > 0
    assert stages[timing.EXTRACTION][1] == 3  # three files of one page each were read, not one
    assert stages[timing.REDACTIONS][1] == 3
    assert all(seconds >= 0 for seconds, _ in stages.values())
