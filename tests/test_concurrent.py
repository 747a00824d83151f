"""Two runs on one output folder: the second refuses with one line and exit 4, and the first ends with the store
and tables a lone run gives; readers are never refused; a killed writer leaves no lock behind."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_kill import make_release, tables

from foiakit.cli import main
from foiakit.errors import ExitCode

HOLD_STORE = """
import sys
from pathlib import Path
from foiakit.store import db
conn = db.connect(Path(sys.argv[1]), create=True)
print("locked", flush=True)
sys.stdin.read()
"""


def _holder(store: Path) -> subprocess.Popen[str]:
    """Another process holding the store open for writing until its stdin closes."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD_STORE, str(store)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


def _release(tmp_path: Path) -> Path:
    release = tmp_path / "release"
    release.mkdir(parents=True)
    (release / "letter.txt").write_text("The Town of Wexford paid Harlow Signal, Inc. $4,200.00.\n", encoding="utf-8")
    return release


def test_a_second_writer_refuses_with_one_line(tmp_path: Path) -> None:
    out = tmp_path / "out"
    holder = _holder(out / "foiakit.db")
    try:
        for args in (["run", str(_release(tmp_path)), "-o", str(out), "-j", "1"], ["extract", "-o", str(out)]):
            result = CliRunner().invoke(main, args)
            assert result.exit_code == int(ExitCode.busy), result.output
            line = result.stderr.strip()
            assert "\n" not in line and f"another foiakit (pid {holder.pid}) is writing" in line, line
            assert "wait for it to finish" in line
        assert not (out / "documents.csv").exists()
        reader = CliRunner().invoke(main, ["export", "documents", "--db", str(out / "foiakit.db")])
        assert reader.exit_code == 0, reader.output  # reading is never refused
    finally:
        holder.communicate("")
    result = CliRunner().invoke(main, ["run", str(_release(tmp_path / "again")), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output


def test_a_killed_writer_leaves_no_lock(tmp_path: Path) -> None:
    out = tmp_path / "out"
    holder = _holder(out / "foiakit.db")
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    result = CliRunner().invoke(main, ["run", str(_release(tmp_path)), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output


@pytest.mark.slow
def test_two_real_runs_on_one_folder(tmp_path: Path) -> None:
    release = make_release(tmp_path / "release")
    out = tmp_path / "out"

    def command(out: Path) -> list[str]:
        return [sys.executable, "-m", "foiakit", "run", str(release), "-o", str(out), "-j", "2", "--dpi", "150"]

    first = subprocess.Popen(command(out), stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while not (out / "foiakit.db.lock").exists() or not (out / "foiakit.db.lock").read_text().strip():
            assert first.poll() is None and time.monotonic() < deadline, "the first run never took the store"
            time.sleep(0.01)
        second = subprocess.run(command(out), capture_output=True, text=True, timeout=120)
        assert first.poll() is None, "the first run ended before the second started: the test would prove nothing"
        assert second.returncode == int(ExitCode.busy), second.stderr
        assert second.stderr.strip() == (
            f"foiakit: error: another foiakit (pid {first.pid}) is writing {out / 'foiakit.db'}"
            " (wait for it to finish, or write to another folder with -o)"
        )
        _, err = first.communicate(timeout=600)
        assert first.returncode == 0, err.decode()
    finally:
        if first.poll() is None:
            os.killpg(first.pid, signal.SIGKILL)
    with sqlite3.connect(out / "foiakit.db") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert [r[0] for r in conn.execute("SELECT status FROM runs")] == ["done"]
    alone = tmp_path / "alone"
    assert subprocess.run(command(alone), capture_output=True, timeout=600).returncode == 0
    assert tables(out) == tables(alone)
