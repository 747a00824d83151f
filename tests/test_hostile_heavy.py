"""The large half of the hostile release (`hostile_heavy.py`), run once by the real command in a child process so
that its peak memory can be measured: every file is read whole or refused with a row, and nothing is lost."""

from __future__ import annotations

import csv
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner
from hostile_heavy import BLANK_PAGES, MBOX_MESSAGES, TIFF_FRAMES, blank_pdf, make_heavy

from foiakit.cli import main

pytestmark = pytest.mark.slow

PEAK_RSS_BOUND_KB = 1_500_000  # 1.5 GB: far above a flat run, far below one that holds the mailbox many times over
# The child runs foiakit and reports the largest resident set of foiakit and its reaped workers (kilobytes).
_MEASURED_RUN = """
import resource, subprocess, sys
done = subprocess.run([sys.executable, "-m", "foiakit", *sys.argv[1:]], capture_output=True, text=True)
sys.stdout.write(done.stdout)
sys.stderr.write(done.stderr)
print(f"peak-rss-kb={resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}")
sys.exit(done.returncode)
"""


@dataclass(frozen=True, slots=True)
class HeavyRun:
    out: Path
    returncode: int
    output: str
    peak_rss_kb: int


@pytest.fixture(scope="module")
def heavy(tmp_path_factory: pytest.TempPathFactory) -> HeavyRun:
    root = tmp_path_factory.mktemp("heavy")
    make_heavy(root / "release")
    out = root / "out"
    # --ocr never: the 500 frames would otherwise cost tesseract minutes (blank pages no longer do: see below)
    args = ["run", str(root / "release"), "-o", str(out), "-j", "2", "--ocr", "never"]
    done = subprocess.run([sys.executable, "-c", _MEASURED_RUN, *args], capture_output=True, text=True, check=False)
    output = done.stdout + done.stderr
    peak = int(output.rpartition("peak-rss-kb=")[2].split()[0])
    return HeavyRun(out, done.returncode, output, peak)


def _rows(run: HeavyRun, table: str) -> list[dict[str, str]]:
    with (run.out / table).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_run_ends_cleanly(heavy: HeavyRun) -> None:
    assert heavy.returncode == 0, heavy.output
    assert "Traceback" not in heavy.output


def test_blank_pages_and_tiff_frames_are_all_pages(heavy: HeavyRun) -> None:
    documents = {row["file"]: row for row in _rows(heavy, "documents.csv")}
    assert documents["blank_pages.pdf"]["pages"] == str(BLANK_PAGES)
    assert documents["blank_pages.pdf"]["ocr_pages"] == "0"
    assert documents["frames.tif"]["pages"] == str(TIFF_FRAMES)


def test_every_message_of_the_big_mailbox_is_stored_in_flat_memory(heavy: HeavyRun) -> None:
    messages = [row for row in _rows(heavy, "messages.csv") if row["file"] == "requests.mbox"]
    assert sorted(int(row["position"]) for row in messages) == list(range(1, MBOX_MESSAGES + 1))
    assert {row["subject"] for row in messages} == {f"Request {n}" for n in range(1, MBOX_MESSAGES + 1)}
    assert 0 < heavy.peak_rss_kb < PEAK_RSS_BOUND_KB, heavy.peak_rss_kb


def test_the_zip_bomb_is_refused_with_a_row_and_nothing_unpacked(heavy: HeavyRun) -> None:
    errors = [row for row in _rows(heavy, "errors.csv") if row["file"].startswith("bomb.zip")]
    assert [(row["file"], row["kind"]) for row in errors] == [("bomb.zip", "zip-bomb")]
    assert "not unpacked" in errors[0]["message"]
    assert not [row for row in _rows(heavy, "documents.csv") if row["file"].startswith("bomb.zip")]
    written = sum(p.stat().st_size for p in heavy.out.rglob("*") if p.is_file())
    assert written < 1 << 30  # not one of its ten 1 GiB entries reached the disk


def test_blank_pages_are_not_ocred_under_auto(tmp_path: Path) -> None:
    """A page with nothing drawn on it is not sent to tesseract (it cost ~1.3 s a page: 2,000 blank pages were
    ~45 CPU-minutes); a page whose text is drawn as shapes still is (tests/test_ocr_decision.py)."""
    (tmp_path / "release").mkdir()
    blank_pdf(tmp_path / "release" / "blank.pdf", pages=3)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(tmp_path / "release"), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    documents = {row["file"]: row for row in csv.DictReader((out / "documents.csv").open(encoding="utf-8"))}
    assert documents["blank.pdf"]["pages"] == "3"
    assert documents["blank.pdf"]["ocr_pages"] == "0"
