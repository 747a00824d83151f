"""A small labelled set of scanned pages for the redaction-box detector: true boxes (black, dark grey, a black
box with a white code, a noisy photocopied black box, a box over text) and look-alikes that are not redactions
(a photo-like texture, a gradient logo, a dark-theme screenshot with text, a dark banner photo), each placed on a
150-dpi letter page of typed lines, with the full-page withholdings (a black page, a black page with a white
'WITHHELD IN FULL' label) and a full-page dark photograph that is not one.

Everything is generated from fixed seeds, so the set is the same on every machine."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from pdfgen import FONT_PATH, page_image
from PIL import Image, ImageDraw, ImageFilter, ImageFont

PAGE = (1275, 1650)
LINES = ["MEMORANDUM", "To: Records Unit", "From: Detective", "The informant met with the officer on"]


@dataclass(frozen=True, slots=True)
class Case:
    name: str
    image: Image.Image
    box: tuple[int, int, int, int]  # where the object is, in pixels (x0, y0, x1, y1)
    redaction: bool


def _page() -> Image.Image:
    return page_image(LINES, size=PAGE)


def _photo(size: tuple[int, int], seed: int, mean: float = 55.0, spread: float = 35.0) -> Image.Image:
    """A photo-like texture: smooth blobs of light and shade (blurred noise), mostly dark, as a night photo."""
    rng = np.random.default_rng(seed)
    small = rng.normal(0.0, 1.0, (max(2, size[1] // 12), max(2, size[0] // 12)))
    field = np.asarray(
        Image.fromarray(((small - small.min()) / np.ptp(small) * 255).astype(np.uint8)).resize(size, Image.BICUBIC)
    ).astype(float)
    field = (field - field.mean()) / max(field.std(), 1.0)
    grain = rng.normal(0.0, 6.0, field.shape)
    return Image.fromarray(np.clip(mean + spread * field + grain, 0, 255).astype(np.uint8))


def _gradient(size: tuple[int, int]) -> Image.Image:
    """A gradient logo: a dark band fading across, a lighter emblem in its middle."""
    ramp = np.tile(np.linspace(0, 90, size[0]), (size[1], 1))
    image = Image.fromarray(ramp.astype(np.uint8))
    draw = ImageDraw.Draw(image)
    w, h = size
    draw.ellipse((w // 2 - h // 3, h // 6, w // 2 + h // 3, h - h // 6), fill=70)
    return image


def _screenshot(size: tuple[int, int]) -> Image.Image:
    """A dark-theme web screenshot: a title bar, a side panel, and lines of light text."""
    image = Image.new("L", size, 28)
    draw = ImageDraw.Draw(image)
    w, h = size
    draw.rectangle((0, 0, w, 40), fill=55)
    draw.rectangle((0, 40, w // 4, h), fill=42)
    font = ImageFont.truetype(FONT_PATH, 22)
    draw.text((12, 8), "Axon Evidence - Case 2019-00412", fill=220, font=font)
    for row, text in enumerate(["Uploaded by: Officer", "Duration 00:14:32", "Category: Traffic", "Shared: no"]):
        draw.text((w // 4 + 20, 70 + row * 44), text, fill=200, font=font)
        draw.text((14, 70 + row * 44), f"Item {row + 1}", fill=170, font=font)
    return image


def _paste(page: Image.Image, thing: Image.Image, at: tuple[int, int]) -> tuple[int, int, int, int]:
    page.paste(thing, at)
    return (at[0], at[1], at[0] + thing.width, at[1] + thing.height)


def box_cases() -> list[Case]:
    cases: list[Case] = []

    def filled(name: str, box: tuple[int, int, int, int], fill: int) -> None:
        page = _page()
        ImageDraw.Draw(page).rectangle(box, fill=fill)
        cases.append(Case(name, page, box, True))

    filled("black box", (600, 470, 900, 510), 0)
    filled("dark grey box", (300, 700, 700, 760), 64)
    filled("black box over a paragraph", (120, 900, 1100, 1100), 0)
    page = _page()
    ImageDraw.Draw(page).rectangle((400, 600, 760, 660), fill=0)
    ImageDraw.Draw(page).text((412, 610), "(b)(7)(E)", fill=255, font=ImageFont.truetype(FONT_PATH, 30))
    cases.append(Case("black box with a white code", page, (400, 600, 760, 660), True))
    page = _page()
    rng = np.random.default_rng(7)
    noisy = np.clip(rng.normal(22, 9, (70, 420)), 0, 255).astype(np.uint8)  # a photocopied box: toner grain
    box = _paste(page, Image.fromarray(noisy).filter(ImageFilter.GaussianBlur(0.8)), (500, 1200))
    cases.append(Case("photocopied black box", page, box, True))

    page = _page()
    cases.append(Case("photo (pole camera)", page, _paste(page, _photo((520, 380), seed=1), (380, 700)), False))
    page = _page()
    cases.append(Case("photo (vehicle)", page, _paste(page, _photo((700, 300), seed=2, mean=45), (300, 800)), False))
    page = _page()
    cases.append(Case("gradient logo", page, _paste(page, _gradient((360, 120)), (120, 520)), False))
    page = _page()
    cases.append(Case("screenshot with text", page, _paste(page, _screenshot((760, 260)), (260, 700)), False))
    page = _page()
    banner = _photo((1000, 160), seed=3, mean=40, spread=25)
    cases.append(Case("dark banner photo", page, _paste(page, banner, (140, 1300)), False))
    return cases


def full_page_cases() -> list[Case]:
    """Pages withheld in full (True) and a full-page dark photograph (False)."""
    black = Image.new("L", PAGE, 255)
    ImageDraw.Draw(black).rectangle((40, 40, PAGE[0] - 40, PAGE[1] - 40), fill=0)
    labelled = Image.new("L", PAGE, 255)
    draw = ImageDraw.Draw(labelled)
    draw.rectangle((60, 60, PAGE[0] - 60, PAGE[1] - 120), fill=0)
    draw.text((380, 780), "WITHHELD IN FULL (b)(5)", fill=255, font=ImageFont.truetype(FONT_PATH, 40))
    draw.text((500, PAGE[1] - 90), "ACME-000123", fill=0, font=ImageFont.truetype(FONT_PATH, 30))
    photo = Image.new("L", PAGE, 255)
    photo.paste(_photo((PAGE[0] - 100, PAGE[1] - 100), seed=4, mean=50), (50, 50))
    whole = (0, 0, *PAGE)
    return [
        Case("black page", black, whole, True),
        Case("black page with a label", labelled, whole, True),
        Case("full-page dark photo", photo, whole, False),
    ]
