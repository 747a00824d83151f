"""The OCR decision is a pure function: (what the page shows, mode) → (ocr?, why)."""

from __future__ import annotations

import pytest

from foiakit.ocr.decide import PageSignals, decide_ocr

LETTER = (
    "Dear Mr. Martinez, this letter responds to your request under the Freedom of Information Act for records "
    "relating to cell site simulators purchased by the Department between 2008 and 2014. "
) * 2
# What a PDF with a broken font encoding gives back: shifted glyph codes, no real words.
SHIFTED = "7KH 'HSDUWPHQW UHVSRQGV WR \\RXU UHTXHVW IRU UHFRUGV UHODWLQJ WR FHOO VLWH VLPXODWRUV " * 3
PRIVATE_USE = "\ue000\ue001\ue002 \ue003\ue004 \ue005\ue006\ue007\ue008 " * 10 + "Page 1"

CASES = [
    # (signals, mode, expected OCR, a word the reason must contain)
    (PageSignals(LETTER), "auto", False, "text layer"),
    (PageSignals(""), "auto", True, "no text layer"),
    (PageSignals("", image_coverage=1.0), "auto", True, "images cover 100%"),
    (PageSignals("WCSO-000123", image_coverage=0.98, chars_over_images=10), "auto", True, "scan"),
    (PageSignals("RELEASED\n(b)(6)\nMRCSO-000017", image_coverage=1.0, chars_over_images=22), "auto", True, "stamps"),
    # A scan that already carries an OCR text layer is left alone.
    (PageSignals(LETTER, image_coverage=1.0, chars_over_images=300), "auto", False, "text layer"),
    # A born-digital page with a logo is not a scan.
    (PageSignals(LETTER, image_coverage=0.08, chars_over_images=0), "auto", False, "text layer"),
    (PageSignals(SHIFTED), "auto", True, "not words"),
    (PageSignals(PRIVATE_USE), "auto", True, "junk"),
    (PageSignals("(cid:12)(cid:45)(cid:3)(cid:77) " * 20), "auto", True, "junk"),
    (PageSignals("3", image_coverage=0.3), "auto", True, "tiny"),
    (PageSignals("Page 3 of 9"), "auto", False, "text layer"),
    (PageSignals(LETTER), "always", True, "always"),
    (PageSignals(""), "never", False, "never"),
]


@pytest.mark.parametrize(("signals", "mode", "expected", "why"), CASES)
def test_decide_ocr(signals: PageSignals, mode: str, expected: bool, why: str) -> None:
    decision = decide_ocr(signals, mode)
    assert decision.ocr is expected
    assert why in decision.reason


def test_spanish_text_is_not_garbage() -> None:
    spanish = "La Oficina del Sheriff del Condado responde a su solicitud de registros públicos sobre " * 3
    assert decide_ocr(PageSignals(spanish), "auto").ocr is False


@pytest.mark.parametrize(
    ("objects", "ocr", "reason"),
    [
        (0, False, "blank page: nothing drawn on it"),  # nothing to read: no tesseract
        (12, True, "no text layer"),  # text drawn as shapes, or a form's lines: OCR may read it
        (None, True, "no text layer"),  # not counted: as before
    ],
)
def test_a_blank_page_is_not_ocred(objects: int | None, ocr: bool, reason: str) -> None:
    decision = decide_ocr(PageSignals("", 0.0, None, objects), "auto")
    assert (decision.ocr, decision.reason) == (ocr, reason)
