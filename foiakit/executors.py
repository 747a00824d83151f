"""Where work items run: in process (--jobs 1), a local process pool (default), or a Dask cluster.

The same items run everywhere and give the same results; the parent drives the loop: submit while there are
free slots, take back what is done, write it.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol

from foiakit.errors import MissingDependencyError
from foiakit.model import FileResult, IngestError, Settings
from foiakit.work import WorkItem, run_item, warm_up

Done = list[tuple[WorkItem, FileResult]]


class Executor(Protocol):
    slots: int  # items to keep in flight
    warm_up_seconds: float  # spent in the parent loading extraction before the workers started (see warm_up)

    def submit(self, item: WorkItem) -> None: ...

    def pending(self) -> int: ...

    def next_done(self) -> Done:
        """Block until at least one item is done; return every item done by then (sorted, for stable logs)."""
        ...

    def close(self) -> None: ...


def worker_count(jobs: int) -> int:
    return jobs if jobs > 0 else (os.cpu_count() or 1)


def _ignore_sigint() -> None:
    # Ctrl-C (and SIGTERM sent to the whole process group) is the parent's to handle: workers stay quiet (no
    # traceback per worker, no item blamed for a worker that died of it) and are shut down by the parent.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)


class InProcessExecutor:
    """--jobs 1: no pool at all (the simplest to debug and to profile)."""

    slots = 1
    warm_up_seconds = 0.0

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.queue: list[WorkItem] = []

    def submit(self, item: WorkItem) -> None:
        self.queue.append(item)

    def pending(self) -> int:
        return len(self.queue)

    def next_done(self) -> Done:
        item = self.queue.pop(0)
        return [(item, run_item(item, self.settings))]

    def close(self) -> None:
        self.queue.clear()


class LocalExecutor:
    """A process pool. A worker crash (a hostile file can crash a C library) is isolated and blamed."""

    def __init__(self, settings: Settings, workers: int) -> None:
        self.settings = settings
        self.workers = workers
        self.slots = workers * 2
        self.pool = self._new_pool()
        self.futures: dict[Future[FileResult], WorkItem] = {}
        self.warm = False  # the pool forks its workers on the first submit: extraction is loaded just before
        self.warm_up_seconds = 0.0

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.workers, initializer=_ignore_sigint)

    def submit(self, item: WorkItem) -> None:
        if self.warm or multiprocessing.get_start_method() != "fork":
            self.warm = True
            self.futures[self.pool.submit(run_item, item, self.settings)] = item
            return
        self.warm = True  # forked workers inherit the parent's memory: what it loads now, they never load
        started = time.perf_counter()
        warm_up(self.settings)
        self.warm_up_seconds = time.perf_counter() - started
        # Frozen, the inherited objects are left out of the workers' garbage collections, which would otherwise
        # walk (and so copy, page by page) spaCy's and the lists' objects; the pool forks every worker on its
        # first submit, so the parent unfreezes right after.
        gc.freeze()
        try:
            self.futures[self.pool.submit(run_item, item, self.settings)] = item
        finally:
            gc.unfreeze()

    def pending(self) -> int:
        return len(self.futures)

    def next_done(self) -> Done:
        finished, _ = wait(self.futures, return_when=FIRST_COMPLETED)
        results: Done = []
        suspects: list[WorkItem] = []
        for future in finished:
            item = self.futures.pop(future)
            try:
                results.append((item, future.result()))
            except BrokenProcessPool:
                suspects.append(item)
        if suspects:
            # Every item in flight when the pool broke is a suspect: each is re-run alone.
            suspects.extend(self.futures.values())
            self.futures.clear()
            self.pool.shutdown(cancel_futures=True)
            self.pool = self._new_pool()
            results.extend((item, _run_isolated(item, self.settings)) for item in suspects)
        return sorted(results, key=lambda pair: pair[0].source.display_path)

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)


def _run_isolated(item: WorkItem, settings: Settings) -> FileResult:
    """Re-run an item alone: if it kills this worker too, the file is the cause and gets an error row."""
    with ProcessPoolExecutor(max_workers=1, initializer=_ignore_sigint) as alone:
        try:
            return alone.submit(run_item, item, settings).result()
        except BrokenProcessPool:
            source = item.source
            message = "reading this file crashed the worker process (corrupt or hostile file)"
            return FileResult(None, (), (IngestError(source.display_path, source.sha256, "ingest", "crash", message),))


class DaskExecutor:
    """The same items on a dask.distributed cluster: `scheduler` is tcp://HOST:PORT, or None for a LocalCluster.

    Workers need foiakit installed and the sources (and the run's work folder) at the same paths.
    """

    def __init__(self, settings: Settings, workers: int, scheduler: str | None) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise MissingDependencyError(
                "the dask executor needs dask.distributed", "install it with `pip install 'foiakit[dask]'`"
            ) from exc
        self.settings = settings
        self.cluster: Any = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
            self.client = Client(self.cluster)
        self.slots = max(2, 2 * sum(self.client.nthreads().values()))
        self.warm_up_seconds = 0.0  # each cluster worker loads extraction on its first item
        self.futures: dict[Any, WorkItem] = {}

    def submit(self, item: WorkItem) -> None:
        self.futures[self.client.submit(run_item, item, self.settings, pure=False)] = item

    def pending(self) -> int:
        return len(self.futures)

    def next_done(self) -> Done:
        from distributed import wait as dask_wait

        finished = dask_wait(list(self.futures), return_when="FIRST_COMPLETED").done
        results = [(self.futures.pop(f), f.result()) for f in finished]
        return sorted(results, key=lambda pair: pair[0].source.display_path)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def make_executor(kind: str, settings: Settings, scheduler: str | None = None) -> Executor:
    workers = worker_count(settings.jobs)
    if kind == "dask":
        return DaskExecutor(settings, workers, scheduler)
    if workers <= 1:
        return InProcessExecutor(settings)
    return LocalExecutor(settings, workers)
