"""Output on a read-only or full file system: `run`, `report` and `export` end with one line naming the problem
and the remedy, exit 1, and no traceback (issue 14, item 12).

Tests may run as root, where a chmod'ed folder does not stop writes: `unwritable_folder` then uses a folder
under /sys, which the kernel refuses even to root, and asserts that the folder really refuses a write before
any test relies on it. A full disk is made by SQLite itself (`max_page_count`, the same SQLITE_FULL a full
disk gives) for the store, and by an ENOSPC from the table writer's file for the tables and reports."""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from foiakit.cli import main
from foiakit.errors import ExitCode
from foiakit.export import writers
from foiakit.store import db


def _refuses_writes(folder: Path) -> bool:
    """Whether a file cannot be made in `folder` (or `folder` itself cannot be made)."""
    try:
        folder.mkdir(exist_ok=True)
        (folder / ".probe").write_text("x")
    except OSError:
        return True
    (folder / ".probe").unlink()
    return False


@pytest.fixture
def unwritable_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        if not _refuses_writes(folder):  # root: permissions do not stop it; sysfs refuses even root
            folder = Path("/sys/foiakit-read-only-test")
        assert _refuses_writes(folder), "no folder that refuses writes on this machine: the test cannot run"
        yield folder
    finally:
        (tmp_path / "read-only").chmod(0o755)


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small run's output folder (copied by tests that change it)."""
    release = tmp_path_factory.mktemp("release")
    (release / "letter.txt").write_text(
        "Acme Surveillance Inc. sold the City of Wexford a reader for $12,500.\n" * 20, encoding="utf-8"
    )
    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(main, ["run", str(release), "-o", str(out), "-j", "1", "--ocr", "never"])
    assert result.exit_code == 0, result.output
    return out


def _one_line_with(result: Result, remedy: str) -> None:
    assert result.exit_code == int(ExitCode.fatal), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = result.stderr.strip().splitlines()  # a run's plain progress lines may come first
    errors = [line for line in lines if line.startswith("foiakit: error: ")]
    assert len(errors) == 1 and errors[0] == lines[-1], result.stderr
    assert remedy in errors[0], errors[0]
    assert "Traceback" not in result.output


def _release(tmp_path: Path) -> Path:
    release = tmp_path / "release"
    release.mkdir(exist_ok=True)
    (release / "letter.txt").write_text("The Town of Wexford answered the request.\n" * 2000, encoding="utf-8")
    return release


def test_run_into_a_read_only_folder(tmp_path: Path, unwritable_folder: Path) -> None:
    args = ["run", str(_release(tmp_path)), "-o", str(unwritable_folder / "out"), "-j", "1", "--ocr", "never"]
    _one_line_with(CliRunner().invoke(main, args), "make the folder writable")


def test_report_and_export_into_a_read_only_folder(stored: Path, unwritable_folder: Path) -> None:
    store = str(stored / "foiakit.db")
    for args in (
        ["report", "--db", store, "--html", str(unwritable_folder / "report.html")],
        ["report", "--db", store, "--md", str(unwritable_folder / "report.md")],
        ["export", "findings", "--db", store, "-o", str(unwritable_folder / "findings.csv")],
        ["export", "all", "--db", store, "--format", "xlsx", "-o", str(unwritable_folder / "all.xlsx")],
    ):
        _one_line_with(CliRunner().invoke(main, args), "make the folder writable")


def _connect_then(monkeypatch: pytest.MonkeyPatch, pragma: str) -> None:
    """Every store opened from now on gets `pragma` (what a full disk or a read-only store does to SQLite)."""
    real = db.connect

    def connect(path: Path, *args: object, **kwargs: object) -> sqlite3.Connection:
        conn = real(path, *args, **kwargs)  # type: ignore[arg-type]
        page_count = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(pragma.format(pages=page_count + 1))
        return conn

    monkeypatch.setattr(db, "connect", connect)
    import foiakit.pipeline

    monkeypatch.setattr(foiakit.pipeline.db, "connect", connect)


def test_run_with_a_full_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _connect_then(monkeypatch, "PRAGMA max_page_count = {pages}")
    args = ["run", str(_release(tmp_path)), "-o", str(tmp_path / "out"), "-j", "1", "--ocr", "never"]
    result = CliRunner().invoke(main, args)
    _one_line_with(result, "free space on that disk")
    assert "full" in result.stderr


def test_run_with_a_read_only_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _connect_then(monkeypatch, "PRAGMA query_only = ON")
    args = ["run", str(_release(tmp_path)), "-o", str(tmp_path / "out"), "-j", "1", "--ocr", "never"]
    _one_line_with(CliRunner().invoke(main, args), "make the folder writable")


def _full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """The table and report writer's files refuse their first write with ENOSPC, as on a full disk."""
    real = os.fdopen

    class FullFile:
        def __init__(self, fd: int, *args: object, **kwargs: object) -> None:
            self.stream = real(fd, *args, **kwargs)  # type: ignore[call-overload]

        def __enter__(self) -> FullFile:
            return self

        def __exit__(self, *exc: object) -> None:
            self.stream.close()

        def write(self, text: str) -> int:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(writers.os, "fdopen", FullFile)


def test_run_report_and_export_on_a_full_disk(tmp_path: Path, stored: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = str(stored / "foiakit.db")
    release = _release(tmp_path)
    _full_disk(monkeypatch)
    for args in (
        ["run", str(release), "-o", str(tmp_path / "out"), "-j", "1", "--ocr", "never"],
        ["report", "--db", store, "--html", str(tmp_path / "report.html")],
        ["report", "--db", store, "--md", str(tmp_path / "report.md")],
        ["export", "prices", "--db", store, "-o", str(tmp_path / "prices.csv")],
    ):
        result = CliRunner().invoke(main, args)
        _one_line_with(result, "free space on that disk")
        assert "No space left on device" in result.stderr and str(tmp_path) in result.stderr
        assert not list(tmp_path.glob(".*.*")), "a temporary file was left behind"
