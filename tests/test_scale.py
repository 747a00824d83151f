"""Parallel, chunked, Dask, killed and interrupted runs all end in the same tables as a plain run."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pdfgen import scan_pdf, text_pdf

from foiakit.model import Settings
from foiakit.pipeline import run

TABLES = ("documents.csv", "errors.csv")


def _page(n: int) -> str:
    return f"Invoice line {n}: Stratus Recognize image analysis, {n * 1000} images at $1.00 per 1,000.\nPage {n}"


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("scale-release")
    # A 20-page PDF with two scanned pages: long enough to be split into page chunks.
    pages: list[str | list[str]] = [_page(n) for n in range(1, 21)]
    pages[4] = ["SCANNED PAGE FIVE", "Purchase authorization twelve thousand dollars"]
    pages[15] = ["SCANNED PAGE SIXTEEN", "Signed by the Chief of Police"]
    scan_pdf(root / "long.pdf", pages, stamp="AFPD-000100")
    for i in range(4):  # two of them scanned, so a run is still busy after its first (largest) file is done
        lines = [f"Letter {i}", f"The Sheriff's Office responds to request {i}."]
        if i < 2:
            scan_pdf(root / f"letter{i}.pdf", [lines])
        else:
            text_pdf(root / f"letter{i}.pdf", ["\n".join(lines)])
    (root / "empty.pdf").write_bytes(b"")
    return root


def tables(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in TABLES}


def page_rows(out: Path) -> list[tuple]:
    with sqlite3.connect(out / "foiakit.db") as conn:
        return conn.execute("SELECT sha256, page, text, ocr, ocr_reason FROM pages ORDER BY sha256, page").fetchall()


@pytest.fixture(scope="module")
def reference(release: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("ref")
    run([release], out, Settings(jobs=1, dpi=150))
    return out


def test_one_process_reads_everything(reference: Path) -> None:
    rows = page_rows(reference)
    assert len(rows) == 24
    assert sorted(r[1] for r in rows if r[3]) == [1, 1, 5, 16]


def test_chunked_parallel_run_is_byte_identical(release: Path, reference: Path, tmp_path: Path) -> None:
    summary = run([release], tmp_path, Settings(jobs=2, dpi=150))
    assert summary.files_processed == 5 and summary.files_failed == 1
    assert tables(tmp_path) == tables(reference)
    assert page_rows(tmp_path) == page_rows(reference)


@pytest.mark.slow
def test_dask_local_cluster_equals_local(release: Path, reference: Path, tmp_path: Path) -> None:
    import distributed  # noqa: F401  - the test extra installs it: missing is a failure

    run([release], tmp_path, Settings(jobs=2, dpi=150), executor="dask")
    assert tables(tmp_path) == tables(reference)
    assert page_rows(tmp_path) == page_rows(reference)


def _foiakit(*args: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "foiakit", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        preexec_fn=_interruptible,
        start_new_session=True,  # its own process group, as a job started at a terminal
    )


def _interruptible() -> None:
    # A shell without job control starts background jobs with SIGINT ignored, and the ignore is inherited: a
    # suite started that way (`pytest &`, some CI runners) would see the run ignore Ctrl-C as it should. The test
    # stands for a terminal user, whose Ctrl-C reaches the run.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _wait_for_files(db: Path, count: int, proc: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=1) as conn:
                    if conn.execute("SELECT count(*) FROM files WHERE status='done'").fetchone()[0] >= count:
                        return
            except sqlite3.OperationalError:
                pass
        time.sleep(0.05)


@pytest.mark.slow
def test_killed_run_resumes_to_the_same_tables(release: Path, reference: Path, tmp_path: Path) -> None:
    proc = _foiakit("run", str(release), "-o", str(tmp_path), "--jobs", "1", "--dpi", "150")
    _wait_for_files(tmp_path / "foiakit.db", 1, proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(tmp_path / "foiakit.db") as conn:  # consistent after kill -9
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        done_before = conn.execute("SELECT count(*) FROM files").fetchone()[0]
    assert done_before < 6, "the run finished before it was killed; the test proves nothing"
    again = _foiakit("run", str(release), "-o", str(tmp_path), "--jobs", "1", "--dpi", "150")
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err.decode()
    assert f"{done_before} unchanged" in out.decode() or done_before == 0
    assert tables(tmp_path) == tables(reference)
    assert page_rows(tmp_path) == page_rows(reference)


@pytest.mark.parametrize(
    ("signum", "to_group", "code", "word"),
    [
        (signal.SIGINT, True, 130, "interrupted"),  # Ctrl-C at a terminal: the whole process group gets it
        (signal.SIGTERM, False, 143, "terminated"),  # a CI job cancelled, `timeout`, `docker stop`
    ],
    ids=["ctrl-c", "sigterm"],
)
def test_a_stopped_run_ends_cleanly_with_one_line(
    release: Path, tmp_path: Path, signum: int, to_group: bool, code: int, word: str
) -> None:
    """A run stopped in the middle: its exit code, one line, no traceback, no file blamed for workers that got
    the signal too. The release has a long tail of scans, so the signal always lands while work is left (the
    test never skips itself into a pass)."""
    busy = tmp_path / "release"
    shutil.copytree(release, busy)
    for n in range(16):  # scanned letters: each costs an OCR pass, seconds of work after the first file is stored
        scan_pdf(busy / f"scan{n}.pdf", [[f"Scanned letter {n}", "The Town of Wexford responds."]] * 3)
    out = tmp_path / "out"
    proc = _foiakit("run", str(busy), "-o", str(out), "--jobs", "2", "--dpi", "150")
    _wait_for_files(out / "foiakit.db", 1, proc)
    if to_group:
        os.killpg(proc.pid, signum)
    else:
        proc.send_signal(signum)
    _, err = proc.communicate(timeout=120)
    with sqlite3.connect(out / "foiakit.db") as conn:
        status, done = conn.execute(
            "SELECT status, (SELECT count(*) FROM files WHERE status = 'done') FROM runs ORDER BY id DESC LIMIT 1"
        ).fetchone()
        errors = conn.execute("SELECT count(*) FROM errors").fetchone()[0]
    assert status == "interrupted" and done >= 1, (status, done)
    assert proc.returncode == code
    assert "Traceback" not in err.decode()
    assert word in err.decode().strip().splitlines()[-1]
    assert errors == 0


def test_diff_lists_what_is_new_and_gone_between_releases(tmp_path: Path) -> None:
    import csv
    import io

    from click.testing import CliRunner

    from foiakit.cli import main

    first, second = tmp_path / "release1", tmp_path / "release2"
    first.mkdir()
    text_pdf(first / "a.pdf", ["Letter A from the Sheriff's Office"])
    text_pdf(first / "b.pdf", ["Letter B, later withdrawn"])
    second.mkdir()
    (second / "a.pdf").write_bytes((first / "a.pdf").read_bytes())
    text_pdf(second / "c.pdf", ["Letter C, new in the second release"])
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(main, ["run", str(first), "-o", str(out), "--ocr", "never"]).exit_code == 0
    assert runner.invoke(main, ["run", str(second), "-o", str(out), "--ocr", "never"]).exit_code == 0
    result = runner.invoke(main, ["diff", "--since", "1", "--item", "document", "--db", str(out / "foiakit.db")])
    assert result.exit_code == 0, result.output
    rows = [(r["change"], r["file"]) for r in csv.DictReader(io.StringIO(result.output))]
    assert rows == [("new", "c.pdf"), ("gone", "b.pdf")]
    same = runner.invoke(main, ["diff", "--against", str(out / "foiakit.db"), "--db", str(out / "foiakit.db")])
    assert same.output.strip() == "change,item,key,file,page,kind,value,quote"
    bad = runner.invoke(main, ["diff", "--since", "7", "--db", str(out / "foiakit.db")])
    assert bad.exit_code == 2 and "no finished run 7" in bad.output


def test_born_digital_pdfs_are_cut_in_longer_chunks_than_scans() -> None:
    from foiakit.scheduler import TEXT_CHUNK_PAGES, chunk_pages
    from foiakit.work import CHUNK_PAGES

    assert chunk_pages(200, False, 4) == CHUNK_PAGES  # a scan: every core OCRs its pages
    assert chunk_pages(35, True, 4) == 9  # as many chunks as the executor keeps in flight
    assert chunk_pages(200, True, 4) == TEXT_CHUNK_PAGES
    assert chunk_pages(100, True, 64) == CHUNK_PAGES  # a cluster: never fewer chunks than its slots


def test_the_first_page_tells_a_born_digital_pdf_from_a_scan(release: Path, tmp_path: Path) -> None:
    from foiakit.ingest.discover import discover
    from foiakit.ingest.pdf import page_count_and_text

    text_pdf(tmp_path / "contract.pdf", [" ".join(["The Contractor shall deliver the cameras."] * 10)] * 6)
    found = {f.display_path: f for f in discover([release, tmp_path / "contract.pdf"], tmp_path / "work").files}
    assert page_count_and_text(found["contract.pdf"]) == (6, True)
    assert page_count_and_text(found["letter0.pdf"]) == (1, False)  # a scanned page: no text layer
