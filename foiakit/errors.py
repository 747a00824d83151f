"""The FoiakitError family: each error carries its exit code and, where there is one, a remedy."""

from __future__ import annotations

import errno
import sqlite3
from enum import IntEnum


class ExitCode(IntEnum):
    ok = 0
    fatal = 1
    usage = 2
    files_failed = 3  # the run finished, but some files failed and --strict was given
    busy = 4  # another run is writing the same store: nothing was done
    interrupted = 130  # Ctrl-C (SIGINT)
    terminated = 143  # SIGTERM: a CI job cancelled or timed out, `timeout`, `docker stop`


class Terminated(KeyboardInterrupt):
    """SIGTERM, stopped like Ctrl-C: what is stored is kept and the run is marked interrupted (a KeyboardInterrupt,
    so every clean-up that Ctrl-C runs runs for it too)."""


def raise_terminated(signum: int, frame: object) -> None:
    raise Terminated


class FoiakitError(Exception):
    """A fatal error: stops the command with a one-line message and `exit_code`."""

    exit_code: ExitCode = ExitCode.fatal

    def __init__(self, message: str, remedy: str | None = None) -> None:
        super().__init__(message)
        self.remedy = remedy

    def __str__(self) -> str:
        text = super().__str__()
        return f"{text} ({self.remedy})" if self.remedy else text


class MissingDependencyError(FoiakitError):
    """A program foiakit needs is not installed."""


class StoreError(FoiakitError):
    """The store is missing, unreadable or from an incompatible version."""


class StoreBusyError(StoreError):
    """Another foiakit process is writing the store: this one refuses rather than interleave with it."""

    exit_code = ExitCode.busy


class OutputError(FoiakitError):
    """The store, a table or a report cannot be written: a read-only or full file system, a broken disk."""


class BadInputError(FoiakitError):
    """A source given on the command line does not exist or cannot be read."""

    exit_code = ExitCode.usage


class FileFailure(Exception):
    """One file could not be processed: recorded in errors.csv, never fatal to the run."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


_FULL = "free space on that disk, or write to another folder"
_READ_ONLY = "make the folder writable, or write to another folder"
_DAMAGED = "the store is damaged: move it aside and run `foiakit run` again to rebuild it from the release"


def output_error(exc: OSError | sqlite3.Error) -> OutputError:
    """An I/O or store failure that reached the command, as one line naming the problem and its remedy."""
    if isinstance(exc, OSError):
        problem = (exc.strerror or str(exc)) + (f": {exc.filename}" if exc.filename else "")
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            return OutputError(problem, _FULL)
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOTDIR):
            return OutputError(problem, _READ_ONLY)
        return OutputError(problem, "check the disk and the path")
    text = str(exc)
    if "full" in text:
        return OutputError(f"cannot write the store: {text}", _FULL)
    if "readonly" in text or "unable to open" in text or "read-only" in text:
        return OutputError(f"cannot write the store: {text}", _READ_ONLY)
    if "locked" in text or "busy" in text:
        return OutputError(f"the store is busy: {text}", "another foiakit is writing it: wait for it to finish")
    if isinstance(exc, sqlite3.OperationalError):
        return OutputError(f"cannot use the store: {text}", "check the disk and that the folder is writable")
    return OutputError(f"cannot use the store: {text}", _DAMAGED)
