"""`foiakit show --png`: the page drawn with its redaction boxes and a finding's span, under a pixel budget."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pdfplumber
import pytest
from click.testing import CliRunner
from foia_pages import redacted_letter_pdf, scanned_redaction_image
from pdfgen import text_pdf
from PIL import Image
from reportlab.pdfgen import canvas

from foiakit.cli import main
from foiakit.ingest.pdf_text import stored_text
from foiakit.report.page_images import MAX_SHOW_PIXELS, SHOW_DPI, render_page

EML = b"From: a@example.org\r\nTo: b@example.org\r\nSubject: hello\r\n\r\nA plain message about nothing.\r\n"


def _run(release: Path, out: Path, *extra: str) -> Path:
    result = CliRunner().invoke(main, ["run", str(release), "-o", str(out), "-j", "1", *extra])
    assert result.exit_code == 0, result.output
    return out / "foiakit.db"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    release = tmp_path_factory.mktemp("release")
    redacted_letter_pdf(release / "letter.pdf")
    text_pdf(release / "quote.pdf", ["Cover page", "Stratus Cloud Services quoted a fee of $4,500.00 per year."])
    (release / "note.eml").write_bytes(EML)
    poster = canvas.Canvas(str(release / "poster.pdf"), pagesize=(14400, 14400), invariant=1)
    poster.setFont("Helvetica", 400)
    poster.drawString(400, 7000, "A very large page")
    poster.showPage()
    poster.save()
    return _run(release, tmp_path_factory.mktemp("out"), "--ocr", "never")


def _show(store: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["show", "--db", str(store), *args])
    return result.exit_code, result.output


def _yellow(image: Image.Image) -> tuple[int, int, int, int]:
    """The bounding box of highlighter pixels (warm: much more red than blue)."""
    rgb = np.asarray(image.convert("RGB")).astype(int)
    mask = (rgb[..., 0] > 200) & (rgb[..., 0] - rgb[..., 2] > 60)
    ys, xs = np.nonzero(mask)
    assert xs.size, "no highlight drawn"
    return int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())


def test_redaction_boxes_are_outlined_where_the_pdf_draws_them(store: Path, tmp_path: Path) -> None:
    png = tmp_path / "p1.png"
    code, output = _show(store, "letter.pdf", "--page", "1", "--png", str(png))
    assert code == 0, output
    assert "2 redaction box(es)" in output
    rgb = np.asarray(Image.open(png).convert("RGB")).astype(int)
    scale = SHOW_DPI / 72
    # the first box: x 210..300, y 696..710 in PDF points (y up); its left edge is drawn red
    x, y = round(210 * scale), round((792 - 703) * scale)
    r, g, b = rgb[y, x - 1 : x + 2].max(axis=0)
    assert r > 180 and g < 90 and b < 90
    # the middle of the box stays black (the outline does not paint over it)
    assert rgb[y, round(255 * scale)].max() < 60


def test_a_price_is_highlighted_over_its_own_characters(store: Path, tmp_path: Path) -> None:
    conn = sqlite3.connect(store)
    conn.row_factory = sqlite3.Row
    price = conn.execute("SELECT * FROM findings WHERE kind = 'price' AND file = 'quote.pdf'").fetchone()
    assert price is not None and price["page"] == 2
    png = tmp_path / "price.png"
    code, output = _show(store, "quote.pdf", "--page", "2", "--png", str(png), "--highlight", str(price["id"]))
    assert code == 0 and "1 highlight(s)" in output, output
    x0, y0, x1, y1 = _yellow(Image.open(png))
    scale = SHOW_DPI / 72
    word = next(w for w in _words(store, "quote.pdf", 2) if w["text"].startswith("$4,500"))
    assert abs(x0 - word["x0"] * scale) < 6 and abs(x1 - word["x1"] * scale) < 6
    assert y0 <= word["bottom"] * scale and y1 >= word["top"] * scale


def _words(store: Path, file: str, page: int) -> list[dict]:
    conn = sqlite3.connect(store)
    disk = conn.execute("SELECT disk_path FROM files WHERE path = ?", (file,)).fetchone()[0]
    with pdfplumber.open(disk) as pdf:
        return pdf.pages[page - 1].extract_words()


def test_a_finding_on_another_page_is_named_not_drawn(store: Path, tmp_path: Path) -> None:
    conn = sqlite3.connect(store)
    price = conn.execute("SELECT id FROM findings WHERE kind = 'price' AND file = 'quote.pdf'").fetchone()[0]
    result = CliRunner().invoke(
        main, ["show", "--db", str(store), "quote.pdf", "-p", "1", "--png", str(tmp_path / "x.png"), "--highlight",
               str(price)],
    )  # fmt: skip
    assert result.exit_code == 0 and "0 highlight(s)" in result.output
    assert f"finding {price} is on quote.pdf p.2" in result.output


def test_email_has_no_page_image_and_says_so_in_one_line(store: Path, tmp_path: Path) -> None:
    code, output = _show(store, "note.eml", "--png", str(tmp_path / "mail.png"))
    assert code == 2
    lines = [line for line in output.splitlines() if line.strip()]
    assert len(lines) == 1 and "no page image exists" in lines[0]
    assert not (tmp_path / "mail.png").exists()


def test_a_poster_sized_page_stays_under_the_pixel_budget(store: Path) -> None:
    conn = sqlite3.connect(store)
    conn.row_factory = sqlite3.Row
    found = render_page(conn, "poster.pdf", 1)
    assert found.image.width * found.image.height <= MAX_SHOW_PIXELS
    assert found.image.width > 1000  # drawn smaller, not refused
    small = render_page(conn, "poster.pdf", 1, max_width=400)
    assert small.image.width <= 400


def test_stored_text_maps_back_to_pdfium_characters() -> None:
    raw = "\r\nab\r\ncd\x00e\rf\ufffeg\r\n"
    text, index = stored_text(raw)
    assert text == "ab\ncde\nf-g"
    assert [raw[i] for i in index] == ["a", "b", "\n", "c", "d", "e", "\r", "f", "\ufffe", "g"]


@pytest.mark.slow
def test_a_scanned_image_gets_its_boxes_and_an_approximate_band(tmp_path: Path) -> None:
    release = tmp_path / "release"
    release.mkdir()
    scanned_redaction_image([(700, 560, 1100, 610)], label="(b)(6)").save(release / "scan.png")
    db = _run(release, tmp_path / "out")
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    boxes = conn.execute("SELECT count(*) FROM findings WHERE kind = 'redaction'").fetchone()[0]
    assert boxes == 1
    word = conn.execute("SELECT * FROM findings WHERE sha256 IN (SELECT sha256 FROM files) LIMIT 1").fetchone()
    found = render_page(conn, "scan.png", 1, [word])
    assert found.redactions == 1 and found.approximate and found.highlighted == 1
    assert any("approximate" in note for note in found.notes)
    rgb = np.asarray(found.image.convert("RGB")).astype(int)
    assert rgb[585, 699:702, 0].max() > 180 and rgb[585, 699:702, 1].min() < 90  # the box's left edge, red


def test_on_an_ocr_page_the_spans_printed_line_is_boxed() -> None:
    from pdfgen import page_image

    from foiakit.report.page_images import _band

    lines = ["MEMORANDUM", "To: Records Unit", "", "The annual fee is $4,500.00 per year.", "Approved by the chief"]
    image = page_image(lines).convert("RGB")  # typed lines at y = 150 + 54 k (blank lines take their room)
    text = "\n".join(lines)
    start = text.index("$4,500.00")
    x0, top, x1, bottom = _band(text, {"start": start, "end": start + 9, "value": "", "quote": ""}, image)
    assert 150 + 54 * 3 - 12 <= top <= 150 + 54 * 3 + 8 and bottom <= 150 + 54 * 4
    assert 100 <= x0 <= 125 and x1 < image.width * 0.8  # the printed line, not the page's width
    missing = _band("one line only", {"start": None, "end": None, "value": "absent", "quote": ""}, image)
    assert missing[2] - missing[0] > image.width * 0.8  # counts disagree: a band across the page
