"""`make bench-large`: `foiakit run --profile` over the synthetic large release (tools/make_large_release.py),
made first when missing; prints the stage table (pages/s per stage), the peak memory, the store's size, and an
unchanged re-run's time against the first run's.

    python tools/bench_large.py RELEASE_DIR [--pages 10000] [--jobs 0]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import _rss, _tree  # the process-tree RSS sampler of `make bench`

TOOLS = Path(__file__).resolve().parent


def run_sampled(command: list[str]) -> tuple[str, float, int]:
    """Run `command`; its stdout, wall seconds, and the peak of its process tree's summed RSS (bytes)."""
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out:
        proc = subprocess.Popen(command, stdout=out, stderr=subprocess.DEVNULL)
        peak = 0
        while proc.poll() is None:
            peak = max(peak, sum(_rss(pid) for pid in _tree(proc.pid)))
            time.sleep(0.1)
        seconds = time.perf_counter() - started
        out.seek(0)
        text = out.read()
    if proc.returncode != 0:
        sys.exit(f"bench-large: {' '.join(command)} exited {proc.returncode}\n{text}")
    return text, seconds, peak


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("release", type=Path)
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=0, help="worker processes (0: all cores)")
    parser.add_argument("--out", type=Path, help="store folder (default: a temporary one, removed after)")
    args = parser.parse_args()
    if not args.release.exists():
        subprocess.run([sys.executable, str(TOOLS / "make_large_release.py"), str(args.release), "--pages",
                        str(args.pages)], check=True)  # fmt: skip
    release_bytes = folder_bytes(args.release)
    out = args.out or Path(tempfile.mkdtemp(prefix="foiakit-bench-large-"))
    try:
        command = [sys.executable, "-m", "foiakit", "run", str(args.release), "-o", str(out), "-j", str(args.jobs)]
        first, seconds, peak = run_sampled([*command, "--profile"])
        rerun, again, _ = run_sampled(command)
        store = (out / "foiakit.db").stat().st_size
        tables = folder_bytes(out) - store - folder_bytes(out / "work")
        largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024  # Linux reports KiB
    finally:
        if args.out is None:
            shutil.rmtree(out, ignore_errors=True)
    print(f"bench-large: {args.release} ({release_bytes / 2**20:.0f} MB of PDFs), {os.cpu_count()} cores")
    print(first.rstrip())
    print(
        f"peak memory: process tree {peak / 2**20:.0f} MB summed RSS (aim < 1 GB),"
        f" largest process {largest / 2**20:.0f} MB"
    )
    print(f"store: foiakit.db {store / 2**20:.1f} MB, tables {tables / 2**20:.1f} MB")
    share = 100 * again / seconds
    print(f"unchanged re-run: {again:.1f} s = {share:.1f}% of the first run's {seconds:.1f} s (aim < 2%)")
    print(f"  {rerun.splitlines()[0] if rerun else ''}")


if __name__ == "__main__":
    main()
