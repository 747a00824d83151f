"""Generated FOIA pages for the FOIA-layer tests: redactions, decoys, scanned boxes, Bates footers (reportlab)."""

from __future__ import annotations

import io
from pathlib import Path

from pdfgen import FONT_PATH, page_image
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

WIDTH, HEIGHT = letter


def _canvas(path: Path) -> canvas.Canvas:
    return canvas.Canvas(str(path), pagesize=letter, invariant=1)


def redacted_letter_pdf(path: Path) -> Path:
    """Page 1: a proper redaction with "(b)(6)" printed beside it, and a bad one (text left under the box).
    Page 2: a box whose label "(b)(7)(C)" is printed in white inside it."""
    c = _canvas(path)
    c.setFont("Helvetica", 11)
    c.drawString(72, 700, "The complaint was filed by")
    c.setFillColorRGB(0, 0, 0)
    c.rect(210, 696, 90, 14, stroke=0, fill=1)  # nothing beneath: proper
    c.drawString(305, 700, "(b)(6)")
    c.drawString(72, 660, "Account holder: Jane Q. Public, phone 541-555-0199")
    c.rect(150, 656, 110, 14, stroke=0, fill=1)  # drawn over text: bad
    c.drawString(72, 80, "WCSO-000123")
    c.showPage()
    c.setFont("Helvetica", 11)
    c.drawString(72, 700, "Witness statement:")
    c.rect(180, 690, 120, 22, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.drawString(200, 697, "(b)(7)(C)")
    c.setFillColorRGB(0, 0, 0)
    c.drawString(72, 80, "WCSO-000124")
    c.showPage()
    c.save()
    return path


def decoys_pdf(path: Path) -> Path:
    """One page of things that look dark or boxy but hide nothing."""
    c = _canvas(path)
    # white-on-black heading
    c.setFillColorRGB(0, 0, 0)
    c.rect(72, 690, 300, 24, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(80, 697, "SECTION 2. STATEMENT OF WORK")
    # dark table header fill with light text
    c.setFillColorRGB(0.15, 0.2, 0.3)
    c.rect(72, 600, 460, 18, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 10)
    for x, label in ((76, "Item"), (200, "Quantity"), (320, "Unit price"), (440, "Total")):
        c.drawString(x, 605, label)
    # thick rule
    c.setFillColorRGB(0, 0, 0)
    c.rect(72, 560, 460, 3, stroke=0, fill=1)
    # yellow highlight behind text
    c.setFillColorRGB(1, 0.95, 0.2)
    c.rect(70, 516, 200, 14, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica", 11)
    c.drawString(72, 520, "Highlighted sentence about the term.")
    # white box on white
    c.setFillColorRGB(1, 1, 1)
    c.rect(72, 470, 200, 20, stroke=0, fill=1)
    # a logo: an image with varied pixels
    logo = Image.new("L", (120, 60), 255)
    draw = ImageDraw.Draw(logo)
    for i in range(0, 120, 8):
        draw.rectangle((i, 0, i + 3, 59), fill=20)
    draw.text((10, 20), "ACME", fill=0, font=ImageFont.truetype(FONT_PATH, 24))
    buffer = io.BytesIO()
    logo.save(buffer, format="PNG")
    buffer.seek(0)
    c.drawImage(ImageReader(buffer), 400, 700, 120, 60)
    c.setFillColorRGB(0, 0, 0)
    c.drawString(72, 420, "Ordinary body text follows the table.")
    c.showPage()
    c.save()
    return path


def scanned_redaction_image(
    boxes: list[tuple[int, int, int, int]], label: str | None = None, white_label: str | None = None
) -> Image.Image:
    """A 150-dpi page 'scan' of typed lines with solid black blocks at `boxes` (pixels); `label` is typed
    under the first block, as agencies stamp the code beside a box; `white_label` is printed white inside it."""
    image = page_image(
        [
            "MEMORANDUM",
            "To: Records Unit",
            "From: Detective",
            "The informant met with the officer on",
            "Tuesday and provided the following.",
            "Phone number of the witness:",
        ]
    )
    draw = ImageDraw.Draw(image)
    for box in boxes:
        draw.rectangle(box, fill=0)
    if label and boxes:
        x0, _, _, y1 = boxes[0]
        draw.text((x0, y1 + 8), label, fill=0, font=ImageFont.truetype(FONT_PATH, 34))
    if white_label and boxes:
        x0, y0, _, _ = boxes[0]
        draw.text((x0 + 12, y0 + 10), white_label, fill=255, font=ImageFont.truetype(FONT_PATH, 30))
    return image


def scanned_redaction_pdf(
    path: Path, boxes: list[tuple[int, int, int, int]], label: str | None = None, white_label: str | None = None
) -> Path:
    c = _canvas(path)
    buffer = io.BytesIO()
    scanned_redaction_image(boxes, label, white_label).save(buffer, format="PNG")
    buffer.seek(0)
    c.drawImage(ImageReader(buffer), 0, 0, WIDTH, HEIGHT)
    c.showPage()
    c.save()
    return path


def bates_pdf(path: Path, numbers: list[str], header: bool = False) -> Path:
    """One page per Bates number, stamped in the footer (or header) under ordinary text."""
    c = _canvas(path)
    for number in numbers:
        c.setFont("Helvetica", 11)
        c.drawString(72, 700, "Invoice INV-61152 dated 2025-03-01 for 2024 services, PO 2510002336.")
        c.drawString(72, 680, "Reference number 000123 appears in the body text.")
        c.setFont("Helvetica", 9)
        c.drawString(WIDTH - 160, HEIGHT - 30 if header else 30, number)
        c.showPage()
    c.save()
    return path
