"""Do PDFium's page description (`extract/pdfium_page.py`) and pdfplumber's own parse give the price-table reader
the same items? For every text-layer PDF of the shared corpus, samples/ and the evaluation set's dev fold, every
page `line_items.table_rows` would open is read both ways by `price_tables.page_items`; pages are counted as
identical, different (each printed with both readings) or left to pdfplumber (PDFium cannot describe them).

    .venv/bin/python tools/compare_table_pages.py [--all-pages] [PDF or folder ...]

--all-pages compares every text-layer page, not only the ones the reader would open (a wider net: 0.2 s a page).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus" / "real"


def default_pdfs() -> list[Path]:
    """The shared corpus's PDFs, samples/ and the dev fold's documents (never the test fold's)."""
    dev = json.loads((ROOT / "eval" / "folds.json").read_text(encoding="utf-8"))["dev"]
    found = sorted(CORPUS.glob("*.pdf")) + sorted((ROOT / "samples").glob("*.pdf"))
    for release in dev:
        found += sorted((ROOT / "eval" / "docs" / release).rglob("*.pdf"))
    return found


def opened_pages(path: Path, work: Path, all_pages: bool) -> list[int]:
    """The page numbers `table_rows` would hand pdfplumber (text-layer pages with two amounts and a header line
    that `table_pages` lets through), or every text-layer page."""
    import pypdfium2 as pdfium

    from foiakit.extract.line_items import _MONEY, _header_line
    from foiakit.extract.table_pages import may_hold_a_price_table
    from foiakit.ingest import ingest
    from foiakit.ingest.discover import discover
    from foiakit.model import Settings

    document = ingest(discover([path], work).files[0], Settings(ocr_mode="never"))
    pages = [p for p in document.pages if not p.ocr and p.text.strip()]
    if all_pages:
        return [p.number for p in pages]
    pages = [p for p in pages if len(_MONEY.findall(p.text)) >= 2 and _header_line(p.text)]
    pdf = pdfium.PdfDocument(path, password="")
    try:
        return [p.number for p in pages if p.number <= len(pdf) and may_hold_a_price_table(pdf, p.number)]
    finally:
        pdf.close()


def compare(path: Path, numbers: list[int], seconds: Counter[str]) -> Counter[str]:
    import pdfplumber
    import pypdfium2 as pdfium

    from foiakit.extract.pdfium_page import PdfiumPage, page_or_reason
    from foiakit.extract.plumber_chars import lean_page
    from foiakit.extract.price_tables import page_items

    counts: Counter[str] = Counter()
    pdf = pdfium.PdfDocument(path, password="")
    try:
        with pdfplumber.open(path, password="", pages=numbers) as plumber:
            for number, plumber_page in zip(numbers, plumber.pages, strict=True):
                started = time.process_time()
                described = page_or_reason(pdf, number)
                if not isinstance(described, PdfiumPage):
                    counts["left to pdfplumber"] += 1
                    print(f"  {path.name} p{number}: left to pdfplumber: {described}")
                    continue
                ours = page_items(described)
                seconds["pdfium"] += time.process_time() - started
                started = time.process_time()
                theirs = page_items(lean_page(plumber_page))
                plumber_page.close()
                seconds["pdfplumber"] += time.process_time() - started
                if ours == theirs:
                    counts["identical"] += 1
                    counts["items on identical pages"] += len(ours)
                    continue
                counts["different"] += 1
                print(f"  {path.name} p{number}: DIFFERENT ({len(theirs)} items by pdfplumber, {len(ours)} by PDFium)")
                for label, items in (("pdfplumber", theirs), ("pdfium", ours)):
                    for table, row, item, _ in items:
                        print(f"    {label:10} t{table} r{row} {' | '.join(item.cells)}")
    finally:
        pdf.close()
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", type=Path, help="PDFs or folders (default: corpus, samples, dev fold)")
    parser.add_argument("--all-pages", action="store_true", help="every text-layer page, not only the opened ones")
    args = parser.parse_args()
    paths = [p for given in args.paths for p in (sorted(given.rglob("*.pdf")) if given.is_dir() else [given])]
    totals: Counter[str] = Counter()
    seconds: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for index, path in enumerate(paths or default_pdfs()):
            numbers = opened_pages(path, Path(tmp, str(index)), args.all_pages)
            if numbers:
                totals["documents"] += 1
                totals += compare(path, numbers, seconds)
    print(", ".join(f"{key}: {value}" for key, value in sorted(totals.items())))
    described = totals["identical"] + totals["different"]
    if described:
        print(
            "page_items per described page, CPU seconds: "
            + ", ".join(f"{name} {seconds[name] / described:.3f} s" for name in ("pdfium", "pdfplumber"))
            + " (pdfplumber's pages opened in one pdfplumber.open per document, as the reader does)"
        )


if __name__ == "__main__":
    main()
