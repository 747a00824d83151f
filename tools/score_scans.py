"""Score tools/make_scans.py's papers, scanned and born-digital side by side: vendors and prices (tp/fp/fn) and
prices tied to their vendor, per paper and per half (written-from, held-out).

    python tools/score_scans.py [--out /tmp/scans] [--record tests/data/scanned_registers_ocr.json.gz]
    python tools/score_scans.py --replay tests/data/scanned_registers_ocr.json.gz

The scans are read the normal way (ingest with OCR, then extract_document); `--record` keeps what tesseract read
on every scanned page, its word table (image_to_data: each word with its box, confidence and block, paragraph and
line), and `--replay` reads the scans from those tables instead of tesseract (no OCR, seconds), putting the page
text together with the current foiakit/ocr code, as tests/test_scanned_registers.py does. The born-digital column
is left out of a replay.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

import foiakit.ocr.tesseract as tesseract
from foiakit.evaluation.gold import gold_document
from foiakit.evaluation.score import Found, KindScore, score_names, score_prices
from foiakit.extract import extract_document
from foiakit.ingest import ingest
from foiakit.ingest.discover import discover
from foiakit.ingest.pdf import _clean as stored_text
from foiakit.model import Document, FileType, Page, Settings, SourceFile

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_scans

Figures = dict[str, tuple[int, int, int]]


def paper_scores(document: Document, name: str, truth: dict) -> Figures:
    """(tp, fp, fn) of vendors, agencies and prices, and (tied, tieable, 0) of prices, for one paper."""
    findings = extract_document(document, Settings())
    found: dict[str, list[Found]] = {}
    for f in findings:
        found.setdefault(f.kind, []).append(Found(f.kind, f.normalized, f.page, f.quote, dict(f.detail), f.value))
    gold = gold_document(name, "synthetic", truth)
    scores = {kind: KindScore(kind) for kind in ("vendor", "agency", "price")}
    score_names(scores["vendor"], gold, gold.vendors, found.get("vendor", []))
    score_names(scores["agency"], gold, gold.agencies, found.get("agency", []))
    score_prices(scores["price"], gold, gold.vendors, found.get("price", []), found.get("vendor", []))
    figures = {k: (s.micro.tp, s.micro.fp, s.micro.fn) for k, s in scores.items()}
    figures["tied"] = (scores["price"].tied, scores["price"].tieable, 0)
    return figures


def read(pdf: Path, work: Path) -> Document:
    return ingest(discover([pdf], work).files[0], Settings())


_COLUMNS = ("text", "conf", "left", "top", "width", "height", "block_num", "par_num", "line_num")


def recorded_document(name: str, pages: list[dict]) -> Document:
    """A scanned paper as ingest makes it, from tesseract's recorded word tables, the text put together by
    foiakit/ocr as a live reading would be (no file needed: an OCR'd page is read as its text)."""
    source = SourceFile(Path(name), name, "0" * 64, 0, FileType.PDF)
    read: list[Page] = []
    for p in pages:
        words = p["words"]
        data = {column: [w[i] for w in words] for i, column in enumerate(_COLUMNS)}
        result = tesseract._assemble(data, p["rotation"])
        text = stored_text(result.text)  # as ingest/pdf.py stores it
        read.append(
            Page(p["number"], text, True, "recorded OCR", result.confidence, p["width"], p["height"], p["rotation"])
        )
    return Document(source, tuple(read))


def read_recording(scan: Path, work: Path) -> tuple[Document, list[dict]]:
    """Ingest a scan with live OCR, keeping each OCR'd page's word table (the reading ocr_image kept)."""
    tables: dict[int, dict] = {}
    assemble = tesseract._assemble

    def keep(data: dict[str, list], rotation: int) -> tesseract.OcrResult:
        tables[rotation] = data
        return assemble(data, rotation)

    kept: list[dict] = []
    ocr_image = tesseract.ocr_image

    def ocr_kept(image: object, lang: str = "eng", timeout: int = 300) -> tesseract.OcrResult:
        tables.clear()
        result = ocr_image(image, lang, timeout)  # type: ignore[arg-type]
        data = tables[result.rotation]
        words = [
            [data[c][i] for c in _COLUMNS]
            for i in range(len(data["text"]))
            if float(data["conf"][i]) >= 0 and str(data["text"][i]).strip()
        ]
        kept.append({"rotation": result.rotation, "words": words})
        return result

    import foiakit.ingest.pdf as pdf_ingest

    tesseract._assemble, pdf_ingest.ocr_image = keep, ocr_kept  # type: ignore[assignment]
    try:
        document = read(scan, work)
    finally:
        tesseract._assemble, pdf_ingest.ocr_image = assemble, ocr_image  # type: ignore[assignment]
    ocr_pages = [p for p in document.pages if p.ocr]
    return document, [
        {"number": p.number, "width": p.width, "height": p.height, **table}
        for p, table in zip(ocr_pages, kept, strict=True)
    ]


def _row(label: str, figures: Figures) -> str:
    v, p, (tied, tieable, _) = figures["vendor"], figures["price"], figures["tied"]
    vendors, prices = "/".join(f"{n:3d}" for n in v), "/".join(f"{n:3d}" for n in p)
    return f"{label:<48} vendor {vendors}  price {prices}  tied {tied:3d}/{tieable:3d}"


def _add(total: Figures, figures: Figures) -> None:
    for kind, values in figures.items():
        total[kind] = tuple(a + b for a, b in zip(total.get(kind, (0, 0, 0)), values, strict=True))  # type: ignore[assignment]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/scans"))
    parser.add_argument("--record", type=Path)
    parser.add_argument("--replay", type=Path)
    parser.add_argument("--half", choices=("written", "held", "both"), default="both")
    parser.add_argument("--misses", action="store_true", help="print the written-from papers' findings and truth")
    args = parser.parse_args()
    recorded = json.loads(gzip.decompress(args.replay.read_bytes())) if args.replay else None
    truths = recorded["truths"] if recorded else make_scans.make(args.out, born_digital=True)
    written: dict[str, list[dict]] = {}
    totals: dict[tuple[str, str], Figures] = {}
    for name, truth in truths.items():
        half = make_scans.half_of(name)
        if args.half != "both" and half != args.half:
            continue
        if recorded:
            scanned = recorded_document(name, recorded["pages"][name])
        else:
            scanned, written[name] = read_recording(args.out / name, args.out / ".work")
            digital = read(args.out / name.replace(".pdf", ".digital.pdf"), args.out / ".work")
            figures = paper_scores(digital, name, truth)
            _add(totals.setdefault((half, "digital"), {}), figures)
            print(_row(f"{half} {name} digital", figures))
        figures = paper_scores(scanned, name, truth)
        _add(totals.setdefault((half, "scanned"), {}), figures)
        print(_row(f"{half} {name} scanned", figures))
    for (half, form), figures in sorted(totals.items()):
        print(_row(f"TOTAL {half} {form}", figures))
    if args.record:
        recording = json.dumps({"truths": truths, "pages": written}, separators=(",", ":"), sort_keys=True)
        args.record.write_bytes(gzip.compress(recording.encode(), compresslevel=9, mtime=0))


if __name__ == "__main__":
    main()
