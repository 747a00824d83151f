"""Outlook archive reading speed and memory (readpst, then the messages one at a time).

    .venv/bin/python tools/bench_pst.py [--pst FILE.pst] [--repeat 20]

`bench_pst()` is what `make bench` calls. Nothing here can write a PST (no PST writer is packaged for this
machine), so by default it measures the public fixture tests/data/pst-extractor-alpha-beta-gamma-delta.pst, read
`repeat` times: messages per second (readpst's unpacking included) and the peak resident memory of the reading
process and of readpst. The issue's target (a 2 GB archive under 500 MB resident) is NOT measured by that: give a
real archive with --pst to measure it.
"""

from __future__ import annotations

import argparse
import hashlib
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "data" / "pst-extractor-alpha-beta-gamma-delta.pst"


def bench_pst(pst: Path = FIXTURE, repeat: int = 20) -> None:
    sys.path.insert(0, str(ROOT))
    from foiakit.ingest.pst import ingest_pst
    from foiakit.model import FileType, Settings, SourceFile

    digest = hashlib.sha256()
    with pst.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    size = pst.stat().st_size
    source = SourceFile(pst, pst.name, digest.hexdigest(), size, FileType.PST)
    messages = attachments = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(repeat):
            document = ingest_pst(source, Settings(ocr_mode="never", work_dir=Path(tmp, str(n))))
            messages += len(document.messages)
            attachments += len(document.attachments)
            del document
    seconds = time.perf_counter() - started
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    readpst = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    kind = "the public fixture" if pst == FIXTURE else "a given archive"
    print(f"Outlook archive: {kind} {pst.name} ({size / 2**20:.2f} MB), read {repeat} times")
    print(f"  {messages} messages, {attachments} attachments and items in {seconds:.2f} s")
    print(f"  {messages / seconds:8.1f} messages/s, {size * repeat / seconds / 2**20:6.1f} MB of archive/s")
    print(f"  peak RSS: reading process {own:6.0f} MB, readpst {readpst:6.0f} MB")
    if pst == FIXTURE:
        print("  (a 2 GB archive is not measured: no PST can be written here; run with --pst FILE to measure one)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pst", type=Path, default=FIXTURE, help="an Outlook .pst/.ost to read")
    parser.add_argument("--repeat", type=int, default=20, help="times the archive is read")
    args = parser.parse_args()
    bench_pst(args.pst, args.repeat)


if __name__ == "__main__":
    main()
