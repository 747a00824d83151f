"""Pages withheld in full, and pictures that are not redaction boxes: the labelled set of `redaction_cases`
(precision and recall of the box detector), and a release whose blacked-out pages reach documents.csv."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import numpy as np
import pytest
from pdfgen import page_image
from redaction_cases import Case, box_cases, full_page_cases
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from foiakit.foia.pixels import PixelBox, dark_blocks, full_page_fill
from foiakit.model import Settings
from foiakit.pipeline import run

DPI = 100  # the detector's resolution; the cases are 150-dpi pages


def _small(case: Case) -> np.ndarray:
    factor = DPI / 150
    image = case.image.resize((round(case.image.width * factor), round(case.image.height * factor)))
    return np.asarray(image)


def _covers(block: PixelBox, box: tuple[int, int, int, int]) -> bool:
    """The block lies on the case's object (half of the smaller of the two overlaps)."""
    x0, y0, x1, y1 = (v * DPI / 150 for v in box)
    w, h = min(block.x1, x1) - max(block.x0, x0), min(block.y1, y1) - max(block.y0, y0)
    smaller = min((block.x1 - block.x0) * (block.y1 - block.y0), (x1 - x0) * (y1 - y0))
    return w > 0 and h > 0 and w * h >= 0.5 * smaller


def test_box_detector_precision_and_recall_on_the_labelled_set() -> None:
    cases = box_cases()
    assert {c.redaction for c in cases} == {True, False}
    true_positive = false_positive = false_negative = 0
    missed, false = [], []
    for case in cases:
        blocks = dark_blocks(_small(case), DPI)
        on_it = [b for b in blocks if _covers(b, case.box)]
        false_positive += len(blocks) - len(on_it)  # anything elsewhere on the page is false too
        if case.redaction:
            true_positive += 1 if on_it else 0
            false_negative += 0 if on_it else 1
            missed += [] if on_it else [case.name]
        else:
            false_positive += len(on_it)
            false += [case.name] if on_it else []
    precision = true_positive / max(1, true_positive + false_positive)
    recall = true_positive / max(1, true_positive + false_negative)
    assert (precision, recall, missed, false) == (1.0, 1.0, [], [])


@pytest.mark.parametrize("case", full_page_cases(), ids=lambda c: c.name)
def test_full_page_fill(case: Case) -> None:
    found = full_page_fill(_small(case), DPI)
    assert (found is not None) == case.redaction
    if found is not None:  # the page is one withholding, not boxes
        assert (found.x1 - found.x0) * (found.y1 - found.y0) > 0.5 * _small(case).size


def _release_pdf(path: Path) -> Path:
    """p.1 text, p.2 a vector black box over the whole page, p.3 a scan of a blacked-out page with a label,
    p.4 text with a photograph and a gradient logo placed as images, p.5 a full-page dark photograph."""
    width, height = letter
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)

    def picture(image: object, x: float, y: float, w: float, h: float) -> None:
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")  # type: ignore[attr-defined]
        buffer.seek(0)
        c.drawImage(ImageReader(buffer), x, y, w, h)

    c.setFont("Helvetica", 12)
    c.drawString(72, 720, "Contract file for the records request, released in part.")
    c.showPage()
    c.setFont("Helvetica", 12)
    c.drawString(72, 720, "Withheld text under the box.")
    c.setFillColorRGB(0, 0, 0)
    c.rect(30, 30, width - 60, height - 60, stroke=0, fill=1)
    c.showPage()
    full = {case.name: case for case in full_page_cases()}
    picture(full["black page with a label"].image, 0, 0, width, height)
    c.showPage()
    c.setFont("Helvetica", 12)
    c.drawString(72, 720, "Photographs of the installed pole camera follow.")
    photo, logo = (next(k for k in box_cases() if k.name == name) for name in ("photo (pole camera)", "gradient logo"))
    picture(photo.image.crop(photo.box), 100, 300, 260, 190)
    picture(logo.image.crop(logo.box), 72, 600, 180, 60)
    c.showPage()
    picture(full["full-page dark photo"].image, 0, 0, width, height)
    c.showPage()
    c.save()
    return path


@pytest.mark.slow
def test_withheld_pages_reach_documents_csv(tmp_path: Path) -> None:
    release = tmp_path / "release"
    release.mkdir()
    _release_pdf(release / "production.pdf")
    page_image(["Plain scanned memo", "nothing withheld"]).save(release / "memo.png")
    out = tmp_path / "out"
    run([release], out, Settings(dpi=150, jobs=1))

    def rows(name: str) -> list[dict[str, str]]:
        with (out / name).open(newline="", encoding="utf-8") as handle:
            return list(csv.DictReader(handle))

    documents = {r["file"]: r for r in rows("documents.csv")}
    assert documents["production.pdf"]["pages_withheld_in_full"] == "p.2; p.3 (ACME-000123)"  # its Bates stamp
    assert documents["memo.png"]["pages_withheld_in_full"] == ""
    redactions = [(r["page"], r["withheld_in_full"]) for r in rows("redactions.csv")]
    assert redactions == [("2", "True"), ("3", "True")]  # no box for the photo, the logo or the dark photograph
    withholdings = {r["code"]: r["pages_withheld_in_full"] for r in rows("withholdings.csv")}
    assert withholdings[""] == "p.2"  # the vector box has no code; the scanned page's white label gives (b)(5)
    assert withholdings["(b)(5)"] == "p.3 (ACME-000123)"
