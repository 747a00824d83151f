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
CORPUS = ROOT.parent / "shared" / "corpus" / "real"
SAMPLES = ROOT / "samples"


def best_of(runs: int, fn: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
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
                    subprocess.run(["tesseract", str(path), "-", "--psm", "3"], env=env, capture_output=True, check=True)

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


SECTIONS: dict[str, Callable[[argparse.Namespace], None]] = {
    "text": lambda a: text_layer_section(a.runs),
    "ocr": lambda a: ocr_section(a.runs, a.ocr_pages),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("sections", nargs="*", default=list(SECTIONS), help=f"any of {', '.join(SECTIONS)}")
    parser.add_argument("--runs", type=int, default=3, help="repetitions; the best is kept")
    parser.add_argument("--ocr-pages", type=int, default=6, help="scanned pages in the OCR section")
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
