"""kill -9 at several points of a run (while files are read and OCR'd, while the store is written, while the
tables are written), then a re-run: every table equals an uninterrupted run's, no file is lost, no stale error
row is left (issue 14, faults as tests).

Each kill lands on the whole process group (the run and its workers, as the OOM killer or a power cut would),
and each test first proves that the run was killed with work left: it never passes on a run that had finished."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from email.message import EmailMessage
from pathlib import Path

import pytest
from pdfgen import scan_pdf, text_pdf

FILES = 16  # stored files of the release below: 12 documents, 1 attachment, 2 zip members, 1 failed


def make_release(root: Path) -> Path:
    """Text PDFs, scans (OCR), an email with a PDF attachment, a zip, plain text with many findings, a broken
    PDF: every kind of work a run does, and enough of it that the tables take a moment to write."""
    root.mkdir(parents=True)
    for n in range(4):
        scan_pdf(root / f"scan{n}.pdf", [[f"Scanned letter {n}", "The Town of Wexford paid $1,200.00."]] * 2)
    for n in range(4):
        text_pdf(root / f"letter{n}.pdf", [f"Letter {n}: Harlow Signal, Inc. quoted $4,{n}00.00 to the Sheriff."])
    attachment = root / "quote.bin"
    text_pdf(attachment, ["Quote attached: Stratus Recognize licence, $9,900.00 a year."])
    mail = EmailMessage()
    mail["From"] = "Sales <sales@harlow.example>"
    mail["To"] = "records@wexford.example"
    mail["Subject"] = "Quote"
    mail["Date"] = "Tue, 03 Mar 2020 10:00:00 -0500"
    mail.set_content("Please find the quote attached. Harlow Signal, Inc.")
    mail.add_attachment(attachment.read_bytes(), maintype="application", subtype="pdf", filename="quote.pdf")
    attachment.unlink()
    (root / "quote.eml").write_bytes(bytes(mail))
    import zipfile

    with zipfile.ZipFile(root / "bundle.zip", "w") as zipped:
        for n in range(2):
            zipped.writestr(f"memo{n}.txt", f"Memo {n}: the Lakeport Police Department bought a reader for $800.")
    rows = "".join(
        f"Line {n}: the City of Wexford paid Harlow Signal, Inc. ${n},250.00 on 2020-03-{n % 28 + 1:02d}.\n"
        for n in range(1, 1500)
    )
    for n in range(3):
        (root / f"ledger{n}.txt").write_text(f"Ledger {n}\n{rows}", encoding="utf-8")
    (root / "broken.pdf").write_bytes(b"%PDF-1.7\n")
    return root


def _foiakit(out: Path, release: Path) -> subprocess.Popen[bytes]:
    args = [sys.executable, "-m", "foiakit", "run", str(release), "-o", str(out), "-j", "2", "--dpi", "150"]
    return subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def _stored(store: Path) -> int:
    try:
        with sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("SELECT count(*) FROM files WHERE status != 'archive'").fetchone()[0]
    except sqlite3.Error:
        return -1


def _kill_when(proc: subprocess.Popen[bytes], ready: object, timeout: float = 180) -> None:
    """SIGKILL the run and its workers as soon as `ready()` holds; fail if the run ended first."""
    deadline = time.monotonic() + timeout
    while not ready():  # type: ignore[operator]
        assert proc.poll() is None, "the run finished before the kill point: the test would prove nothing"
        assert time.monotonic() < deadline, "kill point never reached"
        time.sleep(0.005)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def tables(out: Path) -> dict[str, bytes]:
    found = {p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))}
    found.update({p.name: p.read_bytes() for p in sorted(out.glob("*.json"))})
    return found


def _finish(out: Path, release: Path) -> None:
    again = _foiakit(out, release)
    _, err = again.communicate(timeout=600)
    assert again.returncode == 0, err.decode()
    with sqlite3.connect(out / "foiakit.db") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not list(out.glob(".*.csv.*")) and not list(out.glob(".*.json.*")), "temporary table files left behind"


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_release(tmp_path_factory.mktemp("kill") / "release")


@pytest.fixture(scope="module")
def reference(release: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("reference")
    _finish(out, release)
    assert _stored(out / "foiakit.db") == FILES
    found = tables(out)
    assert found["errors.csv"].count(b"\n") == 2, found["errors.csv"]  # the header and broken.pdf
    return found


def _last_run_status(store: Path) -> str:
    with sqlite3.connect(store) as conn:
        return conn.execute("SELECT status FROM runs ORDER BY id DESC LIMIT 1").fetchone()[0]


@pytest.mark.slow
@pytest.mark.parametrize("after", [1, 6, 12])
def test_killed_after_some_files_are_stored(
    after: int, release: Path, reference: dict[str, bytes], tmp_path: Path
) -> None:
    store = tmp_path / "foiakit.db"
    _kill_when(_foiakit(tmp_path, release), lambda: _stored(store) >= after)
    assert after <= _stored(store) < FILES and _last_run_status(store) == "running"
    _finish(tmp_path, release)
    assert tables(tmp_path) == reference


@pytest.mark.slow
def test_killed_while_the_tables_are_written(release: Path, reference: dict[str, bytes], tmp_path: Path) -> None:
    def writing_tables() -> bool:  # the first table's temporary file or the table itself is on disk
        return any(p.name.startswith((".documents.csv", "documents.csv")) for p in tmp_path.iterdir())

    _kill_when(_foiakit(tmp_path, release), writing_tables)
    assert _last_run_status(tmp_path / "foiakit.db") == "running"
    _finish(tmp_path, release)
    assert tables(tmp_path) == reference


@pytest.mark.slow
def test_killed_again_and_again(release: Path, reference: dict[str, bytes], tmp_path: Path) -> None:
    """Killed three times in the same folder, each time later: the fourth run still ends in the same tables."""
    store = tmp_path / "foiakit.db"
    for after in (2, 5, 9):
        _kill_when(_foiakit(tmp_path, release), lambda after=after: _stored(store) >= after)
    _finish(tmp_path, release)
    assert tables(tmp_path) == reference
    with sqlite3.connect(store) as conn:
        statuses = [row[0] for row in conn.execute("SELECT status FROM runs ORDER BY id")]
    assert statuses == ["running", "running", "running", "done"]
