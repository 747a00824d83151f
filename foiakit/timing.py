"""Seconds per stage, for `foiakit run --profile`: workers record where an item's time went and hand the figures
back with its result; the parent adds its own (discovery, store writes) and sums them.

Stages nest (OCR runs inside reading a PDF, redactions inside the post-ingest steps): each stage is charged only
its own time, its children's taken out, so the stages of an item add up to the item's whole time.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

# Stage names in the order the table lists them.
DISCOVER = "discover (hash, sniff)"
WARM_UP = "worker start-up (parent)"
READ = "read (open, parse, rest)"
TEXT_LAYER = "text layer"
OCR_DECISION = "OCR decision"
OCR = "OCR"
BATES = "Bates numbers"
REDACTIONS = "redactions"
PRINTED_EMAIL = "printed email split"
EXTRACTION = "extraction"
STORE_WRITES = "store writes"
RELEASE = "release steps, tables"
ORDER = (
    DISCOVER,
    WARM_UP,
    READ,
    TEXT_LAYER,
    OCR_DECISION,
    OCR,
    BATES,
    REDACTIONS,
    PRINTED_EMAIL,
    EXTRACTION,
    STORE_WRITES,
    RELEASE,
)


@dataclass(frozen=True, slots=True)
class StageTime:
    """Where part of one work item's time went: `pages` is how many pages the stage handled in it."""

    stage: str
    seconds: float
    pages: int = 0


@dataclass(slots=True)
class StageTable:
    """Seconds and pages per stage, summed over every item (and so over every worker) of a run."""

    seconds: dict[str, float] = field(default_factory=dict)
    pages: dict[str, int] = field(default_factory=dict)
    release_steps: dict[str, float] = field(default_factory=dict)  # each corpus step's part of RELEASE, by name

    def add(self, stage: str, seconds: float, pages: int = 0) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + seconds
        self.pages[stage] = self.pages.get(stage, 0) + pages

    def extend(self, times: tuple[StageTime, ...]) -> None:
        for entry in times:
            self.add(entry.stage, entry.seconds, entry.pages)

    def merge(self, other: StageTable) -> None:
        for stage, seconds in other.seconds.items():
            self.add(stage, seconds, other.pages[stage])

    def rows(self) -> list[tuple[str, float, int]]:
        """(stage, seconds, pages) in pipeline order; stages nothing ran through are left out."""
        known = [s for s in ORDER if s in self.seconds]
        other = sorted(s for s in self.seconds if s not in ORDER)
        return [(s, self.seconds[s], self.pages[s]) for s in (*known, *other)]

    def total(self) -> float:
        return sum(self.seconds.values())


@dataclass(slots=True)
class _Recorder:
    seconds: dict[str, float] = field(default_factory=dict)
    pages: dict[str, int] = field(default_factory=dict)
    children: list[float] = field(default_factory=list)  # a stack: time spent in nested stages, per open stage

    def times(self) -> tuple[StageTime, ...]:
        return tuple(StageTime(s, round(self.seconds[s], 6), self.pages.get(s, 0)) for s in sorted(self.seconds))


class _Active(threading.local):
    recorders: list[_Recorder]

    def __init__(self) -> None:
        self.recorders = []


# `FOIAKIT_PROFILE_CLOCK=cpu` times the workers' stages in CPU seconds of their thread (`time.thread_time`), not
# wall seconds: on a machine shared with other work the wall clock inside a worker grows with the load, its CPU
# time does not (for before/after comparisons; the default table is wall time, what a user waits for).
_CLOCK = time.thread_time if os.environ.get("FOIAKIT_PROFILE_CLOCK") == "cpu" else time.perf_counter

# The recorder of the work item running in this thread: a Dask worker may run several items at once, one a thread.
_ACTIVE = _Active()


@contextmanager
def recording(stage: str) -> Iterator[_Recorder]:
    """Record the stages of one work item; time not claimed by a nested stage is charged to `stage`."""
    recorder = _Recorder()
    _ACTIVE.recorders.append(recorder)
    try:
        with timed(stage):
            yield recorder
    finally:
        _ACTIVE.recorders.remove(recorder)


@contextmanager
def timed(stage: str, pages: int = 0) -> Iterator[None]:
    """Charge the time inside (less nested stages) to `stage`; a no-op when no item is being recorded."""
    if not _ACTIVE.recorders:
        yield
        return
    recorder = _ACTIVE.recorders[-1]
    recorder.children.append(0.0)
    started = _CLOCK()
    try:
        yield
    finally:
        elapsed = _CLOCK() - started
        nested = recorder.children.pop()
        recorder.seconds[stage] = recorder.seconds.get(stage, 0.0) + elapsed - nested
        recorder.pages[stage] = recorder.pages.get(stage, 0) + pages
        if recorder.children:
            recorder.children[-1] += elapsed


def count_pages(stage: str, pages: int) -> None:
    """Add pages to a stage whose page count is known only at its end."""
    if _ACTIVE.recorders:
        recorder = _ACTIVE.recorders[-1]
        recorder.pages[stage] = recorder.pages.get(stage, 0) + pages
