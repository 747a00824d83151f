"""The real tesseract on the sample release's scans: character error rate against the text they were drawn from,
and the OCR decision page by page (scans OCR'd, text-layer pages never)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from foiakit.ingest import ingest
from foiakit.ingest.discover import discover
from foiakit.model import Settings

pytestmark = pytest.mark.slow  # the real tesseract on the sample scans

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
TRUTH = json.loads((ROOT / "tests" / "data" / "sample_truth.json").read_text(encoding="utf-8"))


def edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        previous = current
    return previous[-1]


def cer(truth: str, read: str) -> float:
    """Character error rate with whitespace normalized (line breaks and spacing are layout, not reading)."""
    expected, got = " ".join(truth.split()), " ".join(read.split())
    return edit_distance(expected, got) / len(expected)


def test_cer_measure_is_right() -> None:
    assert cer("Stratus Recognize", "Stratus  Recognize") == 0
    assert cer("abcd", "abed") == 0.25


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    work = tmp_path_factory.mktemp("work")
    names = ["mrcso_nda_signed_scan.pdf", "afpd_mixed_records.pdf", "scan_page.png", "stratus_pricing_proposal.pdf"]
    found = discover([SAMPLES / name for name in names], work)
    return {s.display_path: ingest(s, Settings(work_dir=work)) for s in found.files}


SCANNED = [("mrcso_nda_signed_scan.pdf", 1), ("mrcso_nda_signed_scan.pdf", 2), ("afpd_mixed_records.pdf", 2)]


@pytest.mark.parametrize(("name", "page"), [*SCANNED, ("scan_page.png", 1)])
def test_scans_are_read_within_5_percent_cer(documents: dict, name: str, page: int) -> None:
    truth = TRUTH[name]["pages"][str(page)]
    read = documents[name].pages[page - 1]
    assert read.ocr
    expected = truth["text"] + (f"\n{truth['bates']}" if truth.get("bates") else "")  # the stamp is on the image too
    assert cer(expected, read.text) <= 0.05, read.text


def test_only_scanned_pages_are_ocrd(documents: dict) -> None:
    for name in ("mrcso_nda_signed_scan.pdf", "afpd_mixed_records.pdf", "stratus_pricing_proposal.pdf"):
        pages = documents[name].pages
        expected = [TRUTH[name]["pages"][str(p.number)]["ocr"] for p in pages]
        assert [p.ocr for p in pages] == expected, [p.ocr_reason for p in pages]
    # the scanned NDA carries a text layer (its Bates stamp) and is OCR'd anyway, with the reason recorded
    assert "stamp" in documents["mrcso_nda_signed_scan.pdf"].pages[0].ocr_reason


def test_born_digital_text_layer_holds_the_facts(documents: dict) -> None:
    text = "\n".join(p.text for p in documents["stratus_pricing_proposal.pdf"].pages)
    for fact in ("between $6 and $12 a month", "300,000 booking photos", "identify up to 100 people in a single"):
        assert fact in " ".join(text.split())


def test_samples_regenerate_byte_for_byte(tmp_path: Path) -> None:
    out, truth = tmp_path / "samples", tmp_path / "truth.json"
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_samples.py"), "--out", str(out), "--truth", str(truth)],
        check=True,
    )
    committed = sorted(p.name for p in SAMPLES.iterdir())
    assert sorted(p.name for p in out.iterdir()) == committed
    for name in committed:
        assert (out / name).read_bytes() == (SAMPLES / name).read_bytes(), name
    assert json.loads(truth.read_text(encoding="utf-8")) == TRUTH
