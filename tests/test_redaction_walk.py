"""The redaction pre-filter's raw PDFium walk and cropped renders against pypdfium2's wrappers and whole-page
renders, on every page of the samples and the shared corpus."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from corpus import CORPUS

from foiakit.foia import page_walk

ROOT = Path(__file__).resolve().parents[1]
PDFS = sorted((ROOT / "samples").glob("*.pdf")) + sorted(CORPUS.glob("*.pdf"))
KINDS = (pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_IMAGE)


def _address(handle: object) -> int:
    import ctypes

    return ctypes.cast(handle, ctypes.c_void_p).value or 0


def _pages() -> Iterator[tuple[str, Any]]:
    """Every page of the PDFs, open, named "file pN"; closed once the caller moves on."""
    for path in PDFS:
        pdf = pdfium.PdfDocument(path)
        try:
            for index in range(len(pdf)):
                page = pdf[index]
                try:
                    yield f"{path.name} p{index + 1}", page
                finally:
                    page.close()
        finally:
            pdf.close()


@pytest.mark.slow
def test_the_raw_walk_reads_the_objects_pypdfium2_lists() -> None:
    compared = 0
    for where, page in _pages():
        wrapped = [(_address(o.raw), o.type) for o in page.get_objects(filter=KINDS, max_depth=4)]
        raw = [(_address(o), kind) for o, kind in page_walk.drawn_objects(page.raw)]
        assert raw == wrapped, where
        compared += len(raw)
    assert compared > 100  # paths and images were read, not only empty pages


@pytest.mark.slow
def test_a_cropped_render_judges_images_as_the_whole_page_does() -> None:
    scale = page_walk.RENDER_DPI / 72
    judged = 0
    for where, page in _pages():
        width, height = page.get_size()
        boxes = []
        for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=4):
            left, bottom, right, top = obj.get_bounds()
            box = (left, height - top, right, height - bottom)
            if page_walk.box_shape_ok(box, width * height):
                boxes.append(box)
        if not boxes:
            continue
        gray = page_walk.render_page(page, page_walk.RENDER_DPI)
        crops = [gray[int(t * scale) : int(b * scale) + 1, int(x0 * scale) : int(x1 * scale) + 1]
                 for x0, t, x1, b in boxes]  # fmt: skip
        whole = any(c.size and float((c < 96).mean()) >= 0.5 for c in crops)
        assert page_walk.dark_image_on(page, boxes) == whole, where
        judged += 1
    assert judged >= 30  # letterheads, logos, signatures and scans' small images


@pytest.mark.slow
def test_a_page_the_walk_leaves_out_holds_no_box_for_pdfplumber() -> None:
    """The walk is a pre-filter: on every text-layer page it leaves out (now also shaded table rows whose empty
    cells join labelled ones, `page_walk.blanks_are_shading`), pdfplumber's own judgment finds no box."""
    import pdfplumber

    from foiakit.foia.redactions import _text_layer_boxes
    from foiakit.model import Page, Settings

    left_out = 0
    for path in PDFS:
        pdf = pdfium.PdfDocument(path)
        try:
            numbers = [n for n in range(1, len(pdf) + 1) if not page_walk.may_hold_a_box(pdf, n)]
            with pdfplumber.open(path, pages=numbers) as plumber:
                for number, plumber_page in zip(numbers, plumber.pages, strict=True):
                    page = Page(number, "", False, "text")
                    boxes = list(_text_layer_boxes(plumber_page, pdf, page, Settings(ocr_mode="never"), [0]))
                    assert boxes == [], f"{path.name} p{number}"
                    left_out += 1
        finally:
            pdf.close()
    assert left_out > 50
