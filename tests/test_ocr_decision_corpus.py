"""The OCR decision on real released PDFs: text-layer pages are never OCR'd, scanned pages always are.

The manifest's `kind` and its `[image-only]` / `[mixed: pN image-only]` notes say which is which.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from corpus import CORPUS

from foiakit.ingest import pdf as pdf_ingest
from foiakit.ingest.discover import discover
from foiakit.model import Settings
from foiakit.ocr.tesseract import OcrResult


def manifest() -> list[dict[str, str]]:
    if not CORPUS.exists():
        return []
    with (CORPUS / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        return [row for row in csv.DictReader(handle, delimiter="\t") if row["file"].endswith(".pdf")]


def expected_ocr_pages(row: dict[str, str]) -> set[int]:
    pages = int(row["pages"])
    if "[image-only" in row["description"]:
        return set(range(1, pages + 1))
    mixed = re.search(r"\[mixed: ([^\]]*)\]", row["description"])
    if mixed:
        return {int(n) for n in re.findall(r"p(\d+) image-only", mixed.group(1))}
    return set()


@pytest.mark.parametrize("row", manifest(), ids=lambda r: r["file"])
def test_auto_mode_ocrs_exactly_the_scanned_pages(
    row: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The decision is under test, not tesseract: a stand-in reader keeps this fast.
    monkeypatch.setattr(pdf_ingest, "ocr_image", lambda image, lang, timeout: OcrResult("read", 90.0, 0, 1))
    source = discover([CORPUS / row["file"]], tmp_path).files[0]
    document = pdf_ingest.ingest_pdf(source, Settings(ocr_mode="auto"))
    assert {p.number for p in document.pages if p.ocr} == expected_ocr_pages(row)
