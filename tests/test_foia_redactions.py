"""Redaction boxes on generated pages: proper, bad (text beneath), labelled, every decoy, and scanned boxes."""

from __future__ import annotations

from pathlib import Path

import pytest
from foia_pages import decoys_pdf, redacted_letter_pdf, scanned_redaction_image, scanned_redaction_pdf

from foiakit.foia.redactions import find_redactions
from foiakit.ingest import ingest
from foiakit.ingest.discover import discover
from foiakit.model import Document, Finding, Settings

SETTINGS = Settings(dpi=150)


def _ingest(path: Path, tmp_path: Path) -> Document:
    return ingest(discover([path], tmp_path / "work").files[0], SETTINGS)


def _redactions(document: Document) -> list[Finding]:
    return [f for f in document.layout_findings if f.kind == "redaction"]


@pytest.fixture(scope="module")
def letter(tmp_path_factory: pytest.TempPathFactory) -> Document:
    folder = tmp_path_factory.mktemp("letter")
    return _ingest(redacted_letter_pdf(folder / "letter.pdf"), folder)


def test_proper_and_bad_redactions_on_a_text_page(letter: Document) -> None:
    found = _redactions(letter)
    assert [(f.page, f.normalized, f.detail_dict.get("bad", False)) for f in found] == [
        (1, "(b)(6)", False),
        (1, "", True),
        (2, "(b)(7)(C)", False),
    ]
    proper, bad, labelled = found
    assert proper.detail_dict["bbox"] == [210.0, 696.0, 300.0, 710.0]  # PDF space: as drawn, y up from the bottom
    assert proper.detail_dict["page_share"] == pytest.approx(90 * 14 / (612 * 792), abs=1e-5)
    assert proper.method == "layout" and proper.ocr is False
    # the bad one: the hidden words are recoverable, and they are where the page text has them
    assert bad.value == "Jane Q. Public, phone" == bad.detail_dict["leaked_text"]
    page = letter.pages[0]
    assert bad.start is not None and page.text[bad.start : bad.end] == bad.value
    assert "Account holder" in bad.quote
    # white label inside the box gives the code
    assert labelled.detail_dict["code"] == "(b)(7)(C)"


def test_bates_numbers_reach_the_redaction_detail(letter: Document) -> None:
    assert [p.bates for p in letter.pages] == ["WCSO-000123", "WCSO-000124"]
    assert {f.detail_dict.get("bates") for f in _redactions(letter)} == {"WCSO-000123", "WCSO-000124"}


def test_code_beside_a_box_becomes_a_stamped_exemption(letter: Document) -> None:
    labels = [f for f in letter.layout_findings if f.kind == "exemption"]
    assert [(f.page, f.normalized, f.detail_dict["context"]) for f in labels] == [
        (1, "(b)(6)", "stamped"),
        (2, "(b)(7)(C)", "stamped"),
    ]
    page = letter.pages[0]
    assert page.text[labels[0].start : labels[0].end] == "(b)(6)"


def test_decoys_are_not_redactions(tmp_path: Path) -> None:
    # white-on-black heading, dark table-header fill with text, thick rule, yellow highlight, white box, logo
    document = _ingest(decoys_pdf(tmp_path / "decoys.pdf"), tmp_path)
    assert _redactions(document) == []
    assert not document.errors


@pytest.mark.parametrize(
    ("boxes", "label", "expected_code"),
    [([(600, 470, 900, 510), (700, 700, 1000, 740)], "(b)(6)", "(b)(6)"), ([(300, 400, 500, 440)], None, None)],
)
def test_scanned_redactions_are_found_on_ocr_pages(
    tmp_path: Path, boxes: list[tuple[int, int, int, int]], label: str | None, expected_code: str | None
) -> None:
    document = _ingest(scanned_redaction_pdf(tmp_path / "scan.pdf", boxes, label), tmp_path)
    assert document.pages[0].ocr
    found = _redactions(document)
    assert len(found) == len(boxes)
    scale = 612 / 1275  # the 150-dpi scan fills the letter page
    for finding, box in zip(found, boxes, strict=True):
        x0, top, x1, bottom = (v * scale for v in box)
        expected = [x0, 792 - bottom, x1, 792 - top]
        assert finding.detail_dict["bbox"] == pytest.approx(expected, abs=3.0)
        assert finding.ocr and "bad" not in finding.detail_dict
    assert found[0].detail_dict.get("code") == expected_code


def test_white_label_inside_a_scanned_box(tmp_path: Path) -> None:
    path = scanned_redaction_pdf(tmp_path / "label.pdf", [(600, 600, 900, 660)], white_label="(b)(7)(E)")
    document = _ingest(path, tmp_path)
    (finding,) = _redactions(document)
    assert finding.detail_dict["code"] == "(b)(7)(E)"
    labels = [f for f in document.layout_findings if f.kind == "exemption"]
    if "(b)(7)(E)" not in document.pages[0].text.replace(" ", ""):  # the page's own OCR usually misses it
        assert [f.normalized for f in labels] == ["(b)(7)(E)"]


def test_scanned_image_file_redaction(tmp_path: Path) -> None:
    path = tmp_path / "scan.png"
    scanned_redaction_image([(300, 400, 620, 440)]).save(path)
    document = _ingest(path, tmp_path)
    (finding,) = _redactions(document)
    assert finding.detail_dict["bbox"] == pytest.approx([300, 400, 621, 441], abs=4)  # pixels on an image file
    assert finding.detail_dict["page_share"] == pytest.approx(320 * 40 / (1275 * 1650), rel=0.1)


def test_small_images_are_not_pages(tmp_path: Path) -> None:
    from PIL import Image, ImageDraw

    icon = Image.new("L", (120, 60), 255)
    ImageDraw.Draw(icon).rectangle((20, 20, 90, 40), fill=0)  # a black bar in an email signature icon
    icon.save(tmp_path / "image004.png")
    assert _redactions(_ingest(tmp_path / "image004.png", tmp_path)) == []


def test_a_broken_file_is_an_error_row_not_a_crash(tmp_path: Path, letter: Document) -> None:
    from dataclasses import replace

    gone = replace(letter, source=replace(letter.source, path=tmp_path / "missing.pdf"), layout_findings=())
    result = find_redactions(gone, SETTINGS)
    assert result.layout_findings == () and result.errors[-1].stage == "layout"


@pytest.mark.slow
def test_the_pdfium_prefilter_loses_no_box(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Pages reach pdfplumber only when PDFium sees a dark filled path or a box-shaped image on them: on the
    samples and the shared corpus the redaction findings are the same as when every page that draws anything
    was parsed (the old rule)."""
    import dataclasses

    from corpus import CORPUS

    from foiakit.foia import redactions
    from foiakit.ingest import ingest
    from foiakit.ingest.discover import discover
    from foiakit.model import FileType, Settings

    folders = [Path(__file__).resolve().parents[1] / "samples"] + ([CORPUS] if CORPUS.exists() else [])
    found = discover(folders, tmp_path / "work")
    pdfs = [f for f in found.files if f.file_type is FileType.PDF]
    assert len(pdfs) >= 4
    settings = Settings(ocr_mode="never", work_dir=tmp_path / "work")

    def boxes(document):
        bare = dataclasses.replace(document, layout_findings=())
        return sorted((f.page, f.normalized, f.start, str(sorted(dict(f.detail).items()))) for f in
                      redactions.find_redactions(bare, settings).layout_findings if f.kind == "redaction")  # fmt: skip

    documents = [ingest(source, settings) for source in pdfs]
    new = [boxes(d) for d in documents]
    monkeypatch.setattr(redactions, "may_hold_a_box", lambda pdf, number: True)  # every page, as before
    old = [boxes(d) for d in documents]
    assert new == old
    assert any(new)  # the comparison covers real boxes
