"""Small, real PDFs and images made on the fly for tests (reportlab + Pillow)."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

FONT_PATH = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def text_pdf(path: Path, pages: list[str], encrypt: str | None = None, user_password: str = "") -> Path:
    """A born-digital PDF: one entry of `pages` per page, one line per text line."""
    kwargs = {}
    if encrypt is not None:
        from reportlab.lib import pdfencrypt

        kwargs["encrypt"] = pdfencrypt.StandardEncryption(user_password, ownerPassword=encrypt)
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1, **kwargs)
    for text in pages:
        _lines(c, text.splitlines(), 72, 720)
        c.showPage()
    c.save()
    return path


def _lines(c: canvas.Canvas, lines: list[str], x: float, y: float, size: int = 12) -> None:
    c.setFont("Helvetica", size)
    for line in lines:
        c.drawString(x, y, line)
        y -= size * 1.5


def page_image(lines: list[str], size: tuple[int, int] = (1275, 1650), font_size: int = 34) -> Image.Image:
    """A clean 150-dpi letter-size 'scan' of typed lines."""
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT_PATH, font_size)
    y = 150
    for line in lines:
        draw.text((120, y), line, fill=0, font=font)
        y += int(font_size * 1.6)
    return image


def scan_pdf(path: Path, pages: list[list[str] | str], stamp: str | None = None) -> Path:
    """A PDF whose pages are images (a list of lines) or born-digital text (a str); `stamp` adds a text layer
    of a few words on top of each scanned page, like an agency's Bates/RELEASED stamp."""
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    width, height = letter
    for page in pages:
        if isinstance(page, str):
            _lines(c, page.splitlines(), 72, 720)
        else:
            buffer = io.BytesIO()
            page_image(page).save(buffer, format="PNG")
            buffer.seek(0)
            c.drawImage(ImageReader(buffer), 0, 0, width, height)
            if stamp:
                c.setFont("Helvetica", 9)
                c.drawString(width - 150, 20, stamp)
                c.drawString(72, height - 20, "RELEASED UNDER FOIA")
        c.showPage()
    c.save()
    return path
