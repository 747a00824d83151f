"""Dark shapes that are no redaction, beside real redactions, each as a scanned page (a Pillow image at the
redaction stage's 100 dpi) and as a born-digital page (reportlab vector drawing).

Look-alikes: bar charts beside their axes (vertical and horizontal on born-digital pages, vertical on scans), a
dark table header with light text, a flat dark patch inside a photograph and a photo's dark corner, a QR code, a
barcode, a black page frame, a scanner's dark edge, punched holes, a thick rule, a round logo. Redactions: black
bars over words of a line, a box over a paragraph, a box with a white "(b)(6)", a column of redacted names, a box
filling a table cell, a page withheld in full.

Everything is drawn from fixed seeds and invented text, so the set is the same on every machine."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from pdfgen import FONT_PATH
from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfgen import canvas

DPI = 100
PAGE = (850, 1100)  # letter at 100 dpi
PX = DPI / 72  # pixels per point
TEXT = [
    "The committee met at the Harrow Lane annex on March 4 to review the",
    "quarterly figures submitted by the county fleet office and the parks",
    "department, and agreed to continue the pilot program through June.",
]


@dataclass(frozen=True, slots=True)
class ScanCase:
    name: str
    image: Image.Image
    redaction: bool


@dataclass(frozen=True, slots=True)
class VectorCase:
    name: str
    draw: Callable[[canvas.Canvas], None]
    redaction: bool


def _font(size: int = 15) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONT_PATH, size)


def _page(lines: list[str] = TEXT, top: int = 120) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    image = Image.new("L", PAGE, 255)
    draw = ImageDraw.Draw(image)
    for row, line in enumerate(lines):
        draw.text((100, top + row * 24), line, fill=0, font=_font())
    return image, draw


# ---- scanned look-alikes -------------------------------------------------------------------------------


def _bar_chart(draw: ImageDraw.ImageDraw, left: int = 150, base: int = 800) -> None:
    draw.line((left, base - 320, left, base), fill=0, width=2)  # the value axis
    draw.line((left, base, left + 520, base), fill=0, width=2)  # the baseline
    for i, height in enumerate([180, 240, 150, 290, 210]):
        x = left + 30 + i * 95
        draw.rectangle((x, base - height, x + 50, base - 1), fill=20)
        draw.text((x + 5, base + 8), f"FY{19 + i}", fill=0, font=_font(12))
    for tick in range(0, 301, 100):
        draw.text((left - 40, base - tick - 7), str(tick), fill=0, font=_font(12))


def _photo(size: tuple[int, int], seed: int, mean: float) -> Image.Image:
    """A photo-like texture: blurred blobs of light and shade around `mean`."""
    rng = np.random.default_rng(seed)
    small = rng.normal(0.0, 1.0, (size[1] // 20, size[0] // 20))
    field = np.asarray(Image.fromarray(((small - small.min()) / np.ptp(small) * 255).astype(np.uint8)).resize(size))
    return Image.fromarray(np.clip(mean + 0.5 * (field.astype(float) - 128) + rng.normal(0, 5, field.shape), 0, 255)
                           .astype(np.uint8))  # fmt: skip


def _qr(modules: int = 29, module: int = 5, seed: int = 3) -> Image.Image:
    rng = np.random.default_rng(seed)
    grid = rng.random((modules, modules)) < 0.5
    for r, c in ((0, 0), (0, modules - 7), (modules - 7, 0)):  # finder patterns
        grid[r : r + 7, c : c + 7] = True
        grid[r + 1 : r + 6, c + 1 : c + 6] = False
        grid[r + 2 : r + 5, c + 2 : c + 5] = True
    pixels = np.where(np.kron(grid, np.ones((module, module), dtype=bool)), 0, 255).astype(np.uint8)
    return Image.fromarray(pixels)


def scanned_lookalikes() -> list[ScanCase]:
    cases: list[ScanCase] = []

    image, draw = _page()
    _bar_chart(draw)
    cases.append(ScanCase("vertical bar chart on its axes", image, False))

    image, draw = _page()
    draw.rectangle((100, 300, 750, 326), fill=25)
    for x, word in ((110, "Vendor"), (330, "Invoice"), (520, "Amount"), (650, "Paid")):
        draw.text((x, 305), word, fill=255, font=_font(14))
    for row in range(4):
        draw.text(
            (110, 335 + row * 24), f"Harrow Supply {row + 1}     10{row}42     1,20{row}.00", fill=0, font=_font()
        )
    cases.append(ScanCase("dark table header with light text", image, False))

    image, draw = _page()
    photo = _photo((420, 300), seed=5, mean=140)
    ImageDraw.Draw(photo).rectangle((150, 120, 260, 170), fill=18)  # a flat dark window of a parked van
    image.paste(photo, (200, 300))
    cases.append(ScanCase("flat dark patch inside a photo", image, False))

    image, draw = _page()
    image.paste(_photo((420, 300), seed=5, mean=90), (200, 300))
    cases.append(ScanCase("dark corner of a photo", image, False))

    image, draw = _page()
    image.paste(_qr(), (600, 500))
    cases.append(ScanCase("QR code", image, False))

    image, draw = _page()
    rng = np.random.default_rng(11)
    x = 300
    while x < 560:
        width = int(rng.choice([2, 3, 5, 8]))
        draw.rectangle((x, 600, x + width - 1, 680), fill=0)
        x += width + int(rng.choice([2, 3, 5]))
    cases.append(ScanCase("barcode", image, False))

    image, draw = _page()
    draw.rectangle((12, 12, PAGE[0] - 12, PAGE[1] - 12), outline=0, width=16)
    cases.append(ScanCase("black page frame", image, False))

    image, draw = _page()
    draw.rectangle((4, 60, 36, PAGE[1] - 80), fill=30)  # the scanner lid's shadow down the left edge
    cases.append(ScanCase("scanner edge", image, False))

    image, draw = _page()
    for y in (180, 530, 880):
        draw.ellipse((22, y, 50, y + 28), fill=10)
    cases.append(ScanCase("punched holes", image, False))

    image, draw = _page(top=200)
    draw.text((100, 120), "HARROW COUNTY FLEET OFFICE", fill=0, font=_font(24))
    draw.rectangle((100, 160, 700, 171), fill=0)
    cases.append(ScanCase("thick rule under a letterhead", image, False))

    image, draw = _page(top=220)
    draw.ellipse((100, 80, 170, 150), fill=20)
    draw.text((122, 95), "H", fill=255, font=_font(36))
    draw.text((190, 100), "Harrow County", fill=0, font=_font(24))
    cases.append(ScanCase("round logo", image, False))
    return cases


# ---- scanned redactions --------------------------------------------------------------------------------


def scanned_redactions() -> list[ScanCase]:
    cases: list[ScanCase] = []

    image, draw = _page()
    draw.rectangle((330, 143, 470, 162), fill=0)
    cases.append(ScanCase("black bar over words of a line", image, True))

    lines = [*TEXT, *TEXT, *TEXT]
    image, draw = _page(lines)
    draw.rectangle((95, 190, 760, 290), fill=0)
    cases.append(ScanCase("box over a paragraph", image, True))

    image, draw = _page()
    draw.rectangle((330, 139, 480, 169), fill=0)
    draw.text((372, 146), "(b)(6)", fill=255, font=_font(14))
    cases.append(ScanCase("box with a white (b)(6)", image, True))

    image, draw = _page(top=400)
    draw.text((100, 120), "Name", fill=0, font=_font())
    draw.text((400, 120), "Badge", fill=0, font=_font())
    for row, width in enumerate([160, 110, 190, 130]):
        y = 150 + row * 26
        draw.rectangle((100, y, 100 + width, y + 19), fill=0)  # names redacted, left-aligned in their column
        draw.text((400, y + 1), f"40{row}7", fill=0, font=_font())
    cases.append(ScanCase("column of redacted names", image, True))

    image, draw = _page(top=400)
    for x in (100, 300, 500, 700):
        draw.line((x, 120, x, 220), fill=0, width=1)
    for y in (120, 170, 220):
        draw.line((100, y, 700, y), fill=0, width=1)
    draw.text((110, 135), "Officer", fill=0, font=_font())
    draw.rectangle((300, 120, 500, 170), fill=0)  # the whole cell blacked out
    draw.text((510, 135), "Unit 4", fill=0, font=_font())
    cases.append(ScanCase("box filling a table cell", image, True))

    image = Image.new("L", PAGE, 255)
    ImageDraw.Draw(image).rectangle((40, 40, PAGE[0] - 40, PAGE[1] - 40), fill=0)
    cases.append(ScanCase("page withheld in full", image, True))
    return cases


# ---- born-digital pages --------------------------------------------------------------------------------


def _text(c: canvas.Canvas, top: float = 720) -> None:
    c.setFont("Helvetica", 11)
    for row, line in enumerate(TEXT):
        c.drawString(72, top - row * 15, line)


def _fill(c: canvas.Canvas, x: float, y: float, w: float, h: float, grey: float = 0.05) -> None:
    c.setFillGray(grey)
    c.rect(x, y, w, h, stroke=0, fill=1)
    c.setFillGray(0)


def vector_bar_chart(c: canvas.Canvas) -> None:
    _text(c)
    c.setLineWidth(1)
    c.line(100, 300, 100, 560)
    c.line(100, 300, 500, 300)
    for i, height in enumerate([120, 180, 90, 220, 150]):
        _fill(c, 120 + i * 70, 300, 40, height)
        c.drawString(125 + i * 70, 285, f"FY{19 + i}")


def vector_horizontal_bars(c: canvas.Canvas) -> None:
    _text(c)
    c.setLineWidth(1)
    c.line(180, 300, 180, 480)
    for i, (label, width) in enumerate([("Fleet", 300), ("Parks", 180), ("Roads", 240), ("Water", 120)]):
        y = 450 - i * 40
        c.drawString(130, y + 6, label)
        _fill(c, 180.5, y, width, 20)


def vector_short_bar_chart(c: canvas.Canvas) -> None:
    _text(c)
    c.line(100, 300, 100, 460)
    c.line(100, 300, 300, 300)
    for i, height in enumerate([120, 80]):
        _fill(c, 130 + i * 80, 300, 45, height)


def vector_thick_rule(c: canvas.Canvas) -> None:
    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, 740, "HARROW COUNTY FLEET OFFICE")
    _fill(c, 72, 722, 400, 8)
    _text(c, 690)


def vector_black_bar(c: canvas.Canvas) -> None:
    _text(c)
    _fill(c, 250, 702, 90, 13, 0.0)


def vector_box_over_paragraph(c: canvas.Canvas) -> None:
    _text(c)
    c.setFont("Helvetica", 11)
    for row in range(6):
        c.drawString(72, 660 - row * 15, TEXT[row % 3])
    _fill(c, 70, 586, 400, 80, 0.0)


def vector_redacted_names(c: canvas.Canvas) -> None:
    c.setFont("Helvetica", 11)
    c.drawString(72, 700, "Name")
    c.drawString(300, 700, "Badge")
    for row, width in enumerate([120, 80, 140, 95]):
        y = 680 - row * 18
        _fill(c, 72, y - 3, width, 14, 0.0)
        c.drawString(300, y, f"40{row}7")


def vector_lookalikes() -> list[VectorCase]:
    return [
        VectorCase("vector bar chart on its axes", vector_bar_chart, False),
        VectorCase("vector horizontal bars beside an axis", vector_horizontal_bars, False),
        VectorCase("vector two-bar chart on its axes", vector_short_bar_chart, False),
        VectorCase("vector thick rule", vector_thick_rule, False),
    ]


def vector_redactions() -> list[VectorCase]:
    return [
        VectorCase("vector black bar over words", vector_black_bar, True),
        VectorCase("vector box over a paragraph", vector_box_over_paragraph, True),
        VectorCase("vector column of redacted names", vector_redacted_names, True),
    ]
