"""`foiakit run --profile`: the stage table's rows, and that its figures add up (never how fast anything is)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from pdfgen import text_pdf

from foiakit import timing
from foiakit.cli import main
from foiakit.corpus import corpus_steps
from foiakit.model import Settings
from foiakit.pipeline import run

PAGES = [f"Page {n}: Stratus Cloud Services quoted $4,500.00 to the Sheriff's Office." for n in range(1, 7)]
ROW = re.compile(
    r"^(?P<stage>.+?)\s+(?P<seconds>\d+\.\d{3})\s+(?P<share>\d+\.\d)%\s+(?P<pages>\d+)(?:\s+(?P<rate>\S+))?$"
)


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("release")
    text_pdf(root / "quote.pdf", PAGES)  # 6 pages: read in two chunks when there are two workers
    text_pdf(root / "letter.pdf", ["Records responsive to your request are enclosed."])
    (root / "note.txt").write_text("Stratus Cloud Services, Inc. sent the quote.\n", encoding="utf-8")
    return root


def table(output: str) -> dict[str, tuple[float, float, int]]:
    """The profile's rows (stage → seconds, share, pages), read from the lines after its header."""
    lines = output.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("stage "))
    rows = {}
    for line in lines[header + 1 :]:
        match = ROW.match(line)
        if match:
            rows[match["stage"]] = (float(match["seconds"]), float(match["share"]), int(match["pages"]))
    return rows


def test_profile_table_has_the_stages_and_adds_up(release: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["run", str(release), "-o", str(tmp_path), "-j", "1", "--ocr", "never", "--profile"]
    )
    assert result.exit_code == 0, result.output
    rows = table(result.output)
    total = rows.pop("total")
    expected = {
        timing.DISCOVER, timing.READ, timing.TEXT_LAYER, timing.OCR_DECISION, timing.BATES, timing.REDACTIONS,
        timing.PRINTED_EMAIL, timing.EXTRACTION, timing.STORE_WRITES, timing.RELEASE,
    }  # fmt: skip
    assert set(rows) == expected  # no OCR stage: nothing was OCR'd
    assert all(seconds >= 0 and share >= 0 for seconds, share, _ in rows.values())
    assert sum(seconds for seconds, _, _ in rows.values()) == pytest.approx(total[0], abs=0.001 * len(rows))
    assert sum(share for _, share, _ in rows.values()) == pytest.approx(100, abs=0.1 * len(rows))
    pages = len(PAGES) + 1 + 1  # both PDFs and the text file's one page
    assert total[2] == pages
    for stage in (timing.READ, timing.EXTRACTION, timing.STORE_WRITES):
        assert rows[stage][2] == pages, stage
    assert rows[timing.TEXT_LAYER][2] == rows[timing.OCR_DECISION][2] == len(PAGES) + 1  # PDF pages only
    assert rows[timing.REDACTIONS][2] == len(PAGES) + 1
    # the release steps are named, each with its seconds, under the table
    steps = next(line for line in result.output.splitlines() if line.startswith("release steps (part of"))
    for step in corpus_steps():
        assert re.search(rf"\b{step.__name__} \d+\.\d{{3}} s", steps), step.__name__


def test_stage_pages_do_not_depend_on_the_worker_count(release: Path, tmp_path: Path) -> None:
    """Chunked (two workers) or whole (one process), every page passes every stage once."""
    one = run([release], tmp_path / "one", Settings(ocr_mode="never", jobs=1))
    two = run([release], tmp_path / "two", Settings(ocr_mode="never", jobs=2))
    two_workers = {stage: pages for stage, pages in two.stages.pages.items() if stage != timing.WARM_UP}
    assert one.stages.pages == two_workers
    assert timing.WARM_UP not in one.stages.seconds  # one process: nothing is loaded ahead of a pool
    assert one.stages.pages[timing.EXTRACTION] == one.pages == 8


def test_nested_stages_are_charged_their_own_time_only() -> None:
    with timing.recording(timing.READ) as recorder:
        with timing.timed(timing.TEXT_LAYER, 2), timing.timed(timing.OCR, 1):
            sum(range(20_000))
        timing.count_pages(timing.READ, 3)
    times = {t.stage: t for t in recorder.times()}
    assert set(times) == {timing.READ, timing.TEXT_LAYER, timing.OCR}
    assert [times[s].pages for s in (timing.READ, timing.TEXT_LAYER, timing.OCR)] == [3, 2, 1]
    assert all(t.seconds >= 0 for t in times.values())
    with timing.timed(timing.OCR, 5):  # outside a recorded item: nothing is kept, nothing breaks
        pass
    assert not timing._ACTIVE.recorders


def test_warm_up_leaves_the_spacy_pipeline_built() -> None:
    """What the parent loads before forking its pool is what extraction then uses: the cached pipeline."""
    from foiakit.extract.spacy_pipeline import build_nlp
    from foiakit.work import warm_up

    settings = Settings()
    build_nlp.cache_clear()
    warm_up(settings)
    assert build_nlp.cache_info().currsize == 1
    build_nlp(settings.patterns, settings.spacy_model)
    assert build_nlp.cache_info().hits >= 1


def test_items_recorded_in_threads_keep_their_own_stages() -> None:
    """A Dask worker with several threads runs several items at once: each keeps its own figures."""
    from concurrent.futures import ThreadPoolExecutor

    def item(pages: int) -> dict[str, int]:
        with timing.recording(timing.READ) as recorder:
            for _ in range(200):
                with timing.timed(timing.OCR, pages):
                    sum(range(100))
        return {t.stage: t.pages for t in recorder.times()}

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(item, [1, 2, 3, 4]))
    assert results == [{timing.READ: 0, timing.OCR: 200 * n} for n in (1, 2, 3, 4)]


def test_the_cpu_clock_is_chosen_by_the_environment() -> None:
    import subprocess
    import sys

    probe = "import time; from foiakit import timing; print(timing._CLOCK is time.thread_time)"
    for value, expected in (("cpu", "True"), ("", "False")):
        env = {**__import__("os").environ, "FOIAKIT_PROFILE_CLOCK": value}
        done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
        assert done.stdout.strip() == expected
