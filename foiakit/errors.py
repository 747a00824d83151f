"""The FoiakitError family: each error carries its exit code and, where there is one, a remedy."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    ok = 0
    fatal = 1
    usage = 2
    files_failed = 3  # the run finished, but some files failed and --strict was given
    interrupted = 130


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


class BadInputError(FoiakitError):
    """A source given on the command line does not exist or cannot be read."""

    exit_code = ExitCode.usage


class FileFailure(Exception):
    """One file could not be processed: recorded in errors.csv, never fatal to the run."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
