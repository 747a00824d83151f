"""Record the evaluation set's OCR'd pages of amounts again after a change to how tesseract's words are put back into
text (ocr/rows.py), without OCR'ing every scan again.

`foiakit eval eval --record` reads every document again and OCRs every scanned page (most of an hour on two cores).
The OCR reader's version 2 changes only pages that hold amounts; so this takes the recorded OCR'd PDF pages whose
text holds at least four figures with cents, renders and OCRs each again as ingest does, and checks that the old
assembly of the new word table gives the recorded text exactly (same tesseract, same image). Where it does, the page's
text becomes the new assembly; where it does not (another tesseract, a rotation found differently), the page is left
as recorded and counted. Scanned images other than PDFs are left as recorded and counted.

It prints counts per fold, never a page's text: the test fold is recorded again as `--record` would record it, not
read.

    python tools/rerecord_ocr_pages.py [--fold dev] [--fold test] [--dry-run]
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import tempfile
from collections import Counter
from pathlib import Path

import pypdfium2 as pdfium

from foiakit.evaluation.evalset import load_set, pack, restore
from foiakit.ingest.pdf import _clean, render_scale
from foiakit.model import Settings
from foiakit.ocr import tesseract
from foiakit.ocr.rows import block_lines, words_of

EVAL = Path(__file__).resolve().parents[1] / "eval"
_FIGURE_WITH_CENTS = re.compile(r"\d[\d,.]*[.,]\d\d\b")
MIN_FIGURES = 4  # ocr/rows.py changes no page with fewer amounts


def candidates(conn: sqlite3.Connection, releases: set[str]) -> dict[str, tuple[str, list[int]]]:
    """sha256 -> (a path, its OCR'd page numbers whose recorded text holds amounts), for the folds' releases."""
    found: dict[str, tuple[str, list[int]]] = {}
    for sha, path in conn.execute("SELECT sha256, path FROM file_paths ORDER BY path").fetchall():
        if path.split("/")[0] not in releases or sha in found:
            continue
        rows = conn.execute("SELECT page, text FROM pages WHERE sha256 = ? AND ocr = 1 ORDER BY page", (sha,))
        pages = [number for number, text in rows if len(_FIGURE_WITH_CENTS.findall(text)) >= MIN_FIGURES]
        if pages:
            found[sha] = (path, pages)
    return found


def read_again(pdf: Path, number: int, settings: Settings) -> tuple[str, str]:
    """(the old assembly, the current one) of one page OCR'd again as ingest OCRs it."""
    captured: list[tuple[dict[str, list], tesseract.OcrResult]] = []
    assemble = tesseract._assemble

    def keep(data: dict[str, list], rotation: int) -> tesseract.OcrResult:
        captured.append((data, assemble(data, rotation)))
        return captured[-1][1]

    document = pdfium.PdfDocument(str(pdf))
    try:
        page = document[number - 1]
        width, height = page.get_size()
        image = page.render(scale=render_scale(width, height, settings.dpi), grayscale=True).to_pil()
        tesseract._assemble = keep
        try:
            result = tesseract.ocr_image(image, settings.lang, settings.ocr_timeout)
        finally:
            tesseract._assemble = assemble
    finally:
        document.close()
    data = next(data for data, reading in captured if reading is result)  # upright or turned: the reading kept
    old = _clean("\n".join(block_lines(words_of(data), gaps=False)))
    return old, _clean(result.text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fold", action="append", help="dev, test (default: both)")
    parser.add_argument("--dry-run", action="store_true", help="count, do not write eval/recorded")
    args = parser.parse_args()
    evalset = load_set(EVAL)
    settings = Settings()
    with tempfile.TemporaryDirectory(prefix="foiakit-rerecord-") as work:
        store = restore(evalset, Path(work))
        conn = sqlite3.connect(store)
        try:
            for fold in args.fold or evalset.folds():
                releases = {key.split("/")[0] for key in evalset.gold(fold)}
                counts: Counter[str] = Counter()
                for sha, (path, pages) in candidates(conn, releases).items():
                    disk = conn.execute("SELECT disk_path FROM files WHERE sha256 = ?", (sha,)).fetchone()
                    pdf = Path(disk[0]) if disk and disk[0] else Path(path)
                    if pdf.suffix.lower() != ".pdf" or not pdf.exists():
                        counts["not a PDF on disk, left"] += len(pages)
                        continue
                    for number in pages:
                        recorded = conn.execute(
                            "SELECT text FROM pages WHERE sha256 = ? AND page = ?", (sha, number)
                        ).fetchone()[0]
                        old, new = read_again(pdf, number, settings)
                        if new == recorded:
                            counts["already as now"] += 1
                        elif old != recorded:
                            counts["not reproduced, left"] += 1
                        else:
                            counts["changed"] += 1
                            conn.execute(
                                "UPDATE pages SET text = ?, char_count = ? WHERE sha256 = ? AND page = ?",
                                (new, len(new), sha, number),
                            )
                print(f"{fold}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
            conn.execute("INSERT INTO pages_fts(pages_fts) VALUES('rebuild')")
            conn.commit()
        finally:
            conn.close()
        if not args.dry_run:
            print(f"written: {pack(evalset, store)}")


if __name__ == "__main__":
    main()
