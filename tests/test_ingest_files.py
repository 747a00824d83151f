"""PDF and image ingest on generated files: what is OCR'd, what is not, and every bad input's error row."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfgen import page_image, scan_pdf, text_pdf

from foiakit.errors import FileFailure
from foiakit.ingest import ingest
from foiakit.ingest.discover import discover
from foiakit.ingest.pdf import ingest_pdf
from foiakit.model import Settings, SourceFile

TYPED = "Stratus Cloud Services, Inc.\nPricing proposal for the Sheriff's Office\nBetween $6 and $12 a month."
SCANNED = [
    "MUTUAL NON-DISCLOSURE AGREEMENT",
    "The parties agree to keep the pilot confidential.",
    "Signed April 3, 2017",
]


def source_of(path: Path, tmp_path: Path) -> SourceFile:
    return discover([path], tmp_path / "work").files[0]


@pytest.fixture(scope="module")
def mixed_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("mixed") / "mixed.pdf"
    return scan_pdf(path, [TYPED, SCANNED, TYPED], stamp="MRCSO-000002")


def test_mixed_pdf_ocrs_only_the_scanned_page_despite_its_stamp(mixed_pdf: Path, tmp_path: Path) -> None:
    doc = ingest_pdf(source_of(mixed_pdf, tmp_path), Settings(dpi=200))
    assert [p.ocr for p in doc.pages] == [False, True, False]
    scanned = doc.pages[1]
    assert "stamps" in scanned.ocr_reason
    assert "NON-DISCLOSURE AGREEMENT" in scanned.text and "April 3, 2017" in scanned.text
    assert scanned.confidence is not None and scanned.confidence > 80
    assert "text layer" in doc.pages[0].ocr_reason and doc.pages[0].text.startswith("Stratus Cloud Services")


def test_ocr_never_and_always(mixed_pdf: Path, tmp_path: Path) -> None:
    source = source_of(mixed_pdf, tmp_path)
    assert [p.ocr for p in ingest_pdf(source, Settings(ocr_mode="never")).pages] == [False, False, False]
    always = ingest_pdf(source, Settings(ocr_mode="always", dpi=150), pages=range(1, 2))
    assert always.pages[0].ocr and "Stratus Cloud" in always.pages[0].text


def test_sideways_scan_is_turned_upright(tmp_path: Path) -> None:
    image = page_image(
        [
            "CITY OF ALDER FALLS POLICE DEPARTMENT",
            "Purchase authorization for the pilot program",
            "Annual subscription twelve thousand dollars",
        ]
    ).rotate(90, expand=True)
    image.save(tmp_path / "sideways.png")
    doc = ingest(source_of(tmp_path / "sideways.png", tmp_path), Settings())
    assert doc.pages[0].rotation in (90, 270)
    assert "ALDER FALLS POLICE" in doc.pages[0].text


def test_multipage_tiff_is_read_page_by_page(tmp_path: Path) -> None:
    first, second = page_image(["First page of the fax"]), page_image(["Second page of the fax"])
    first.save(tmp_path / "fax.tif", save_all=True, append_images=[second], compression="tiff_deflate")
    doc = ingest(source_of(tmp_path / "fax.tif", tmp_path), Settings())
    assert [p.number for p in doc.pages] == [1, 2]
    assert "First page" in doc.pages[0].text and "Second page" in doc.pages[1].text


def test_pdf_named_txt_is_read_as_pdf(tmp_path: Path) -> None:
    text_pdf(tmp_path / "lies.txt", [TYPED])
    source = source_of(tmp_path / "lies.txt", tmp_path)
    assert source.file_type.value == "pdf"
    assert ingest(source, Settings(ocr_mode="never")).pages[0].text.startswith("Stratus")


def test_empty_password_pdf_opens(tmp_path: Path) -> None:
    text_pdf(tmp_path / "owner_only.pdf", [TYPED], encrypt="owner-secret", user_password="")
    doc = ingest(source_of(tmp_path / "owner_only.pdf", tmp_path), Settings(ocr_mode="never"))
    assert "Stratus Cloud" in doc.pages[0].text


def _bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    good = text_pdf(tmp_path / "good.pdf", [TYPED] * 3)
    data = good.read_bytes()
    (tmp_path / "truncated.pdf").write_bytes(data[: len(data) // 3])
    (tmp_path / "corrupt.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    text_pdf(tmp_path / "locked.pdf", [TYPED], encrypt="owner", user_password="s3cret")
    (tmp_path / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    (tmp_path / "zero.pdf").write_bytes(b"")
    return {
        "truncated.pdf": (tmp_path / "truncated.pdf", "corrupt"),
        "corrupt.pdf": (tmp_path / "corrupt.pdf", "corrupt"),
        "locked.pdf": (tmp_path / "locked.pdf", "encrypted"),
        "broken.png": (tmp_path / "broken.png", "unreadable-image"),
        "zero.pdf": (tmp_path / "zero.pdf", "empty"),
    }


@pytest.mark.parametrize("name", ["truncated.pdf", "corrupt.pdf", "locked.pdf", "broken.png", "zero.pdf"])
def test_bad_file_raises_one_plain_failure(name: str, tmp_path: Path) -> None:
    path, kind = _bad_files(tmp_path)[name]
    with pytest.raises(FileFailure) as failure:
        ingest(source_of(path, tmp_path), Settings())
    assert failure.value.kind == kind
    assert "\n" not in str(failure.value) and "Traceback" not in str(failure.value)


def test_a_huge_image_is_refused_before_it_is_decoded(tmp_path: Path) -> None:
    from PIL import Image

    from foiakit.errors import FileFailure
    from foiakit.ingest.image import ingest_image
    from foiakit.model import FileType, Settings, SourceFile

    path = tmp_path / "poster.png"
    Image.new("1", (20_000, 20_000), 1).save(path)  # a few KB on disk, 400 megapixels decoded
    with pytest.raises(FileFailure, match="too large"):
        ingest_image(SourceFile(path, "poster.png", "0" * 64, path.stat().st_size, FileType.PNG), Settings())


def test_a_large_image_is_ocrd_smaller_with_a_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import Image, ImageDraw

    from foiakit.ingest import image as image_module
    from foiakit.model import FileType, Settings, SourceFile

    monkeypatch.setattr(image_module, "MAX_RENDER_PIXELS", 300 * 200)  # the cap, made small for the test
    path = tmp_path / "scan.png"
    picture = Image.new("L", (600, 400), 255)
    ImageDraw.Draw(picture).text((20, 20), "WEXFORD", fill=0)
    picture.save(path)
    document = image_module.ingest_image(
        SourceFile(path, "scan.png", "0" * 64, path.stat().st_size, FileType.PNG), Settings(ocr_mode="auto")
    )
    assert [e.kind for e in document.errors] == ["page-too-large"]
    assert "600 x 400" in document.errors[0].message
