"""`make bench`: foiakit's speed against named reference tools, measured in the same run on the same inputs.

Each section prints its figures and the ratio to its reference. Inputs: the shared real corpus when it is
beside the project (../shared/corpus/real), else samples/. Timings are best-of-N wall clock (shared, noisy
machines: the minimum is the least disturbed run).
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = next(
    (
        p
        for p in (Path(os.environ.get("FOIAKIT_CORPUS", "/nonexistent")), ROOT.parent / "shared" / "corpus" / "real")
        if p.exists()
    ),
    ROOT.parent / "shared" / "corpus" / "real",
)
SAMPLES = ROOT / "samples"


def best_of(runs: int, fn: Callable[[], object], clock: Callable[[], float] = time.perf_counter) -> float:
    """The shortest of `runs` timings of `fn` by `clock` (wall time; `time.process_time` for CPU seconds)."""
    times = []
    for _ in range(runs):
        started = clock()
        fn()
        times.append(clock() - started)
    return min(times)


def corpus_files(kind: str) -> list[Path]:
    """Files of one MANIFEST kind (text-pdf, scanned-pdf …), or the samples when the corpus is absent."""
    manifest = CORPUS / "MANIFEST.tsv"
    if manifest.exists():
        with manifest.open(encoding="utf-8") as handle:
            return [CORPUS / row["file"] for row in csv.DictReader(handle, delimiter="\t") if row["kind"] == kind]
    return sorted(SAMPLES.glob("*.pdf"))


def text_layer_section(runs: int) -> None:
    from foiakit.ingest.discover import discover
    from foiakit.ingest.pdf import ingest_pdf
    from foiakit.model import Settings

    pdfs = corpus_files("text-pdf")
    with tempfile.TemporaryDirectory() as tmp:
        sources = discover(pdfs, Path(tmp)).files
    settings = Settings(ocr_mode="auto")
    pages = sum(len(ingest_pdf(s, settings).pages) for s in sources)

    def foiakit_text() -> None:
        for source in sources:
            ingest_pdf(source, settings)

    def pdftotext() -> None:
        for pdf in pdfs:
            subprocess.run(["pdftotext", "-q", str(pdf), "-"], stdout=subprocess.DEVNULL, check=False)

    ours = best_of(runs, foiakit_text)
    ref = best_of(runs, pdftotext)
    print(f"text layer: {len(pdfs)} PDFs, {pages} pages (OCR decision included)")
    print(f"  foiakit    {pages / ours:8.1f} pages/s")
    print(f"  pdftotext  {pages / ref:8.1f} pages/s   (reference)")
    print(f"  ratio foiakit/pdftotext speed: {ref / ours:.2f}x")


def ocr_section(runs: int, count: int) -> None:
    import pypdfium2 as pdfium

    from foiakit.ocr.tesseract import ocr_image

    images = []
    for pdf in corpus_files("scanned-pdf"):
        doc = pdfium.PdfDocument(pdf)
        for index in range(len(doc)):
            if len(images) < count:
                images.append(doc[index].render(scale=300 / 72, grayscale=True).to_pil())
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, image in enumerate(images):
            path = Path(tmp, f"page{i}.pgm")
            image.save(path)
            paths.append(path)

        def bare(threads: str | None) -> Callable[[], None]:
            env = {k: v for k, v in os.environ.items() if k != "OMP_THREAD_LIMIT"}
            if threads:
                env["OMP_THREAD_LIMIT"] = threads

            def go() -> None:
                for path in paths:
                    subprocess.run(
                        ["tesseract", str(path), "-", "--psm", "3"], env=env, capture_output=True, check=True
                    )

            return go

        def ours() -> None:
            for image in images:
                ocr_image(image)

        n = len(images)
        t_ours = best_of(runs, ours)
        t_bare = best_of(runs, bare("1"))
        t_threads = best_of(1, bare(None))
    print(f"OCR: {n} scanned pages rendered at 300 dpi")
    print(f"  foiakit (pytesseract, word confidences)  {t_ours / n:6.2f} s/page")
    print(f"  bare tesseract, OMP_THREAD_LIMIT=1       {t_bare / n:6.2f} s/page   (reference)")
    print(f"  bare tesseract, its own threading        {t_threads / n:6.2f} s/page")
    print(f"  ratio foiakit/bare: {t_ours / t_bare:.3f} (overhead {100 * (t_ours / t_bare - 1):+.1f}%)")
    print(f"  ratio own-threading/OMP_THREAD_LIMIT=1: {t_threads / t_bare:.2f}")


def _foiakit_run(sources: list[Path], out: Path, *args: str) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "foiakit", "run", *map(str, sources), "-o", str(out), *args],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def _scan_subset(limit: int) -> tuple[list[Path], int]:
    """The smallest scanned PDFs of the corpus, up to `limit` pages in all."""
    import pypdfium2 as pdfium

    chosen, pages = [], 0
    for pdf in sorted(corpus_files("scanned-pdf"), key=lambda p: p.stat().st_size):
        count = len(pdfium.PdfDocument(pdf))
        if pages + count <= limit:
            chosen.append(pdf)
            pages += count
    return chosen, pages


def parallel_section(pages_limit: int) -> None:
    """OCR throughput with one job and with all jobs, and the cost of re-running an unchanged corpus."""
    pdfs, pages = _scan_subset(pages_limit)
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        one = _foiakit_run(pdfs, Path(tmp, "one"), "--jobs", "1")
        every = _foiakit_run(pdfs, Path(tmp, "all"), "--jobs", str(cores))
        rerun = _foiakit_run(pdfs, Path(tmp, "all"), "--jobs", str(cores))
    print(f"parallel: {len(pdfs)} scanned PDFs, {pages} pages, whole pipeline (foiakit run)")
    print(f"  --jobs 1        {pages / one:6.2f} OCR pages/s")
    print(f"  --jobs {cores:<8} {pages / every:6.2f} OCR pages/s")
    print(f"  speed-up {one / every:.2f}x on {cores} cores ({one / every / cores:.2f} x cores; aim >= 0.8)")
    print(f"  re-run of the unchanged corpus: {rerun:.2f} s = {100 * rerun / every:.1f}% of the first run (aim < 5%)")


def reference_section(pages_limit: int) -> None:
    """End to end against `ocrmypdf --skip-text --jobs N` followed by `pdftotext`, on the same PDFs."""
    ocrmypdf = os.environ.get("OCRMYPDF") or shutil.which("ocrmypdf")
    if not ocrmypdf or not Path(ocrmypdf).exists():
        print("reference: ocrmypdf not found (set OCRMYPDF=/path/to/ocrmypdf; `make bench` installs it); skipped")
        return
    pdfs, pages = _scan_subset(pages_limit)
    text_pdfs = corpus_files("text-pdf")[:3]
    cores = str(os.cpu_count() or 1)
    with tempfile.TemporaryDirectory() as tmp:
        ours = _foiakit_run([*pdfs, *text_pdfs], Path(tmp, "out"), "--jobs", cores)
        started = time.perf_counter()
        for pdf in [*pdfs, *text_pdfs]:
            out_pdf = Path(tmp, pdf.name)
            subprocess.run(
                [ocrmypdf, "--skip-text", "--jobs", cores, "--output-type", "pdf", "--quiet", str(pdf), str(out_pdf)],
                check=False,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            subprocess.run(["pdftotext", "-q", str(out_pdf), "-"], stdout=subprocess.DEVNULL, check=False)
        ref = time.perf_counter() - started
    print(f"end to end: {len(pdfs)} scanned + {len(text_pdfs)} text PDFs ({pages} scanned pages)")
    print(f"  foiakit run                      {ours:7.1f} s (OCR, store, tables)")
    print(f"  ocrmypdf --skip-text + pdftotext {ref:7.1f} s   (reference)")
    print(f"  ratio foiakit/reference time: {ours / ref:.2f} (below 1 is faster)")


def memory_section(pages: int) -> None:
    """Peak memory of `foiakit run` (parent and workers together) on a generated long PDF."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp, "long.pdf")
        c = canvas.Canvas(str(pdf), pagesize=letter, invariant=1)
        for n in range(1, pages + 1):
            c.setFont("Helvetica", 11)
            for line in range(40):
                c.drawString(60, 740 - line * 17, f"Page {n} line {line}: records responsive to the request, " * 2)
            c.showPage()
        c.save()
        proc = subprocess.Popen(
            [sys.executable, "-m", "foiakit", "run", str(pdf), "-o", str(Path(tmp, "out"))],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        peak_total, peak_single = 0, 0
        while proc.poll() is None:
            sizes = [_rss(pid) for pid in _tree(proc.pid)]
            peak_total, peak_single = max(peak_total, sum(sizes)), max(peak_single, max(sizes, default=0))
            time.sleep(0.05)
    print(f"memory: one generated {pages}-page PDF, all cores")
    print(f"  peak RSS, all processes together {peak_total / 2**20:7.0f} MB (aim < 500 MB)")
    print(f"  peak RSS, largest single process {peak_single / 2**20:7.0f} MB")


def _tree(pid: int) -> list[int]:
    pids, index = [pid], 0
    while index < len(pids):
        try:
            for task in Path(f"/proc/{pids[index]}/task").iterdir():
                pids.extend(int(c) for c in (task / "children").read_text().split())
        except OSError:
            pass
        index += 1
    return pids


def _rss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


SECTIONS: dict[str, Callable[[argparse.Namespace], None]] = {
    "targets": lambda a: targets_section(a.runs),
    "born-digital": lambda a: born_digital_section(a.runs),
    "text": lambda a: text_layer_section(a.runs),
    "ocr": lambda a: ocr_section(a.runs, a.ocr_pages),
    "parallel": lambda a: parallel_section(a.scan_pages),
    "reference": lambda a: reference_section(a.scan_pages),
    "memory": lambda a: memory_section(a.memory_pages),
    "messages": lambda a: messages_section(),
    "extract": lambda a: extract_section(a.runs),
    "redactions": lambda a: redactions_section(a.runs),
    "ledger": lambda a: ledger_section(a.runs),
    "pst": lambda a: pst_section(),
}


def targets_section(runs: int) -> None:
    """Issue 16's ratios (tools/bench_targets.py): born-digital whole job against pdftotext, the redaction share,
    extraction per core, and the corpus's PDFs end to end against ocrmypdf and bare tesseract."""
    from bench_targets import born_digital, end_to_end

    manifest = CORPUS / "MANIFEST.tsv"
    every_pdf = [p for kind in ("text-pdf", "email-pdf", "scanned-pdf") for p in corpus_files(kind)]
    every_pdf = sorted(set(every_pdf)) if manifest.exists() else sorted(SAMPLES.glob("*.pdf"))
    born_digital(corpus_files("text-pdf"), runs, best_of)
    print()
    ocrmypdf = os.environ.get("OCRMYPDF") or shutil.which("ocrmypdf")
    end_to_end(every_pdf, ocrmypdf if ocrmypdf and Path(ocrmypdf).exists() else None)


def born_digital_section(runs: int) -> None:
    """The first of the targets alone (a minute, not six): the born-digital whole job against pdftotext."""
    from bench_targets import born_digital

    born_digital(corpus_files("text-pdf"), runs, best_of)


def extract_section(runs: int) -> None:
    """Extraction over stored text, one process: pages per second (aim above 100), no OCR involved. Price-table
    line items reopen the PDF (PDFium describes each page that has a table header to pdfplumber's table finder;
    pdfplumber parses the few it cannot): timed apart, per such page."""
    import sqlite3

    sys.path.insert(0, str(ROOT))
    from foiakit.extract import extract_document, extractors
    from foiakit.extract.line_items import extract_line_items
    from foiakit.model import Settings
    from foiakit.store.load import load_document, stored_sources

    with tempfile.TemporaryDirectory() as tmp:
        sources = [p for p in corpus_files("text-pdf") + corpus_files("email-pdf")] or [SAMPLES]
        _foiakit_run(sources, Path(tmp, "out"), "--ocr", "never")
        conn = sqlite3.connect(Path(tmp, "out", "foiakit.db"))
        conn.row_factory = sqlite3.Row
        documents = [load_document(conn, source) for source in stored_sources(conn)]
        pages = sum(len(d.pages) for d in documents)
        settings = Settings()
        text_rules = [e for e in extractors() if e is not extract_line_items]

        def rules_only() -> None:
            for document in documents:
                for extractor in text_rules:
                    list(extractor(document, settings))

        extract_document(documents[0], settings)  # build the spaCy pipeline once, outside the timing
        everything = best_of(runs, lambda: [extract_document(d, settings) for d in documents])
        rules = best_of(runs, rules_only)
        findings = sum(len(extract_document(d, settings)) for d in documents)
        tables = len({(f.sha256, f.page) for d in documents for f in extract_line_items(d, settings)})
    print(f"extraction: {len(documents)} documents, {pages} pages of stored text, one process")
    print(f"  rules over stored text   {pages / rules:7.1f} pages/s (aim > 100 pages/s)")
    print(f"  with price-table reading {pages / everything:7.1f} pages/s ({findings} findings)")
    if tables:
        print(f"  pages with a price table: {tables}, read in {(everything - rules) / tables:.3f} s each")


def redactions_section(runs: int) -> None:
    """The redaction stage over the corpus's text-layer PDFs (the born-digital ones, and printed email whose every
    page has a text layer: one carries redactions), one process, CPU seconds (`time.process_time`, best of `runs`:
    unlike wall time it does not grow with the machine's load): the whole stage, PDFium's page walk
    (`may_hold_a_box`) alone, and loading the pages alone (the walk's floor)."""
    from foiakit.foia.page_walk import may_hold_a_box
    from foiakit.foia.redactions import find_redactions
    from foiakit.ingest.discover import discover
    from foiakit.ingest.pdf import ingest_pdf
    from foiakit.model import Settings
    from foiakit.ocr.decide import STAMP_ONLY_CHARS, alnum_count

    settings = Settings(ocr_mode="never")
    with tempfile.TemporaryDirectory() as tmp:
        born_digital = [ingest_pdf(s, settings) for s in discover(corpus_files("text-pdf"), Path(tmp)).files]
        email = [ingest_pdf(s, settings) for s in discover(corpus_files("email-pdf"), Path(tmp)).files]
    documents = born_digital + [d for d in email if all(alnum_count(p.text) >= STAMP_ONLY_CHARS for p in d.pages)]
    pages = sum(len(d.pages) for d in documents)

    def cpu_best(fn: Callable[[], object]) -> float:
        return best_of(runs, fn, time.process_time)

    def walk() -> int:
        import pypdfium2 as pdfium

        passed = 0
        for document in documents:
            pdf = pdfium.PdfDocument(document.source.path, password="")
            try:
                passed += sum(may_hold_a_box(pdf, page.number) for page in document.pages)
            finally:
                pdf.close()
        return passed

    def load() -> None:
        import pypdfium2 as pdfium

        for document in documents:
            pdf = pdfium.PdfDocument(document.source.path, password="")
            try:
                for page in document.pages:
                    pdf[page.number - 1].close()
            finally:
                pdf.close()

    find_redactions(documents[0], settings)  # imports (pdfplumber, PIL) outside the timing
    stage = cpu_best(lambda: [find_redactions(d, settings) for d in documents])
    walked = cpu_best(walk)
    loaded = cpu_best(load)
    boxes = sum(f.kind == "redaction" for d in documents for f in find_redactions(d, settings).layout_findings)
    print(f"redactions: {len(documents)} text-layer PDFs, {pages} pages, one process, CPU seconds (best of {runs})")
    print(f"  whole stage              {stage:7.3f} s ({boxes} redaction findings)")
    print(f"  PDFium page walk         {walked:7.3f} s ({walk()} pages passed on to pdfplumber or a render)")
    print(f"    of which loading pages {loaded:7.3f} s")


def messages_section() -> None:
    """Messages per second: a generated 10,000-message mbox (streamed) and generated printed-email PDFs."""
    from bench_messages import bench_messages

    print("messages: whole ingest (read, split, post-ingest steps), one process")
    bench_messages()


def ledger_section(runs: int) -> None:
    """A generated 10,000-row .xlsx ledger: read time, extraction, and `foiakit run` with its peak memory."""
    from bench_ledger import bench_ledger

    bench_ledger(10_000, runs)


def pst_section() -> None:
    """Outlook archive reading (readpst, then a message at a time) on the public fixture: no PST can be generated."""
    from bench_pst import bench_pst

    bench_pst()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("sections", nargs="*", default=["targets"], help=f"any of {', '.join(SECTIONS)}")
    parser.add_argument("--runs", type=int, default=3, help="repetitions; the best is kept")
    parser.add_argument("--ocr-pages", type=int, default=6, help="scanned pages in the OCR section")
    parser.add_argument("--scan-pages", type=int, default=16, help="scanned pages in the parallel/reference sections")
    parser.add_argument("--memory-pages", type=int, default=1000, help="pages of the generated PDF")
    args = parser.parse_args()
    for tool in ("pdftotext", "tesseract"):
        if shutil.which(tool) is None:
            sys.exit(f"bench: {tool} is missing (apt-get install poppler-utils tesseract-ocr)")
    print(f"foiakit bench on {CORPUS if CORPUS.exists() else SAMPLES} ({os.cpu_count()} cores)")
    for name in args.sections:
        SECTIONS[name](args)
        print()


if __name__ == "__main__":
    main()
