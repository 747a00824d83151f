"""tools/make_large_release.py: the synthetic release `make bench-large` runs is what it says, and the same on
every run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest

TOOL = Path(__file__).resolve().parents[1] / "tools" / "make_large_release.py"


def make(out: Path, pages: int) -> str:
    done = subprocess.run(
        [sys.executable, str(TOOL), str(out), "--pages", str(pages), "--scan-share", "0.1"],
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout


@pytest.mark.slow  # two releases made in subprocesses
def test_release_has_the_pages_asked_for_the_kinds_and_is_deterministic(tmp_path: Path) -> None:
    make(tmp_path / "a", 60)
    make(tmp_path / "b", 60)
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*.pdf"))
    assert files == sorted(p.relative_to(tmp_path / "b") for p in (tmp_path / "b").rglob("*.pdf"))
    assert all((tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes() for f in files)
    pages = {"contracts": 0, "invoices": 0, "email": 0, "scans": 0}
    for f in files:
        document = pdfium.PdfDocument(tmp_path / "a" / f)
        pages[f.parts[0]] += len(document)
        if f.parts[0] == "scans":  # a scan's text layer holds its Bates stamp and nothing else
            assert document[0].get_textpage().get_text_range().strip().startswith("LRG-")
        document.close()
    assert sum(pages.values()) == 60
    assert 1 <= pages["scans"] <= 8  # about a tenth
    assert all(pages[kind] for kind in ("contracts", "invoices", "email"))
