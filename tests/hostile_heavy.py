"""The large half of the hostile release (see `hostile.py`): files whose harm is their size. Made by code, once per
test module: 2,000 blank pages, a 500-frame TIFF, a 20,000-message mailbox and a zip declaring 10 GB."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw
from rawzip import DEFLATED, RawEntry, stored, write_zip, zeros_deflated
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

BLANK_PAGES = 2_000
TIFF_FRAMES = 500
MBOX_MESSAGES = 20_000
BOMB_ENTRIES, BOMB_ENTRY_SIZE = 10, 1 << 30  # 10 entries of 1 GiB of zeros: 10.7 GB declared, ~10 MB on disk


def blank_pdf(path: Path, pages: int = BLANK_PAGES) -> Path:
    """Pages with nothing on them: no text, no image, no drawing."""
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    for _ in range(pages):
        c.showPage()
    c.save()
    return path


def many_frame_tiff(path: Path, frames: int = TIFF_FRAMES) -> Path:
    """A multi-page TIFF of small frames, each numbered, as a fax server or a scanner's batch mode writes."""
    images = []
    for number in range(1, frames + 1):
        frame = Image.new("L", (120, 40), 255)
        ImageDraw.Draw(frame).text((4, 12), f"frame {number}", fill=0)
        images.append(frame)
    images[0].save(path, save_all=True, append_images=images[1:], compression="tiff_deflate")
    return path


def big_mbox(path: Path, messages: int = MBOX_MESSAGES) -> Path:
    """A mailbox of short messages, written a message at a time."""
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for number in range(1, messages + 1):
            out.write(
                f"From clerk{number % 50}@wexford.example Mon Jan  8 09:00:00 2018\n"
                f"From: Clerk {number % 50} <clerk{number % 50}@wexford.example>\n"
                "To: records@wexford.example\n"
                f"Subject: Request {number}\n"
                f"Date: Mon, 8 Jan 2018 09:{number % 60:02d}:00 -0500\n"
                f"Message-ID: <request-{number}@wexford.example>\n"
                "\n"
                f"Request {number} was logged and answered.\n"
                "\n"
            )
    return path


def zip_bomb(path: Path) -> Path:
    """A real zip bomb: every entry is a valid deflate stream of 1 GiB of zeros (the stream is made once and
    stored under each name), beside a letter that a refused archive does not unpack either."""
    data, crc = zeros_deflated(BOMB_ENTRY_SIZE)
    entries = [stored("cover.txt", b"Cover letter of the release.")]
    entries += [RawEntry(f"zeros{i:02d}.bin", data, crc, BOMB_ENTRY_SIZE, DEFLATED) for i in range(BOMB_ENTRIES)]
    return write_zip(path, entries)


def make_heavy(folder: Path) -> dict[str, int]:
    """Write the large files into `folder`; return the pages (frames, messages) each holds, by file name."""
    folder.mkdir(parents=True, exist_ok=True)
    blank_pdf(folder / "blank_pages.pdf")
    many_frame_tiff(folder / "frames.tif")
    big_mbox(folder / "requests.mbox")
    zip_bomb(folder / "bomb.zip")
    return {"blank_pages.pdf": BLANK_PAGES, "frames.tif": TIFF_FRAMES, "requests.mbox": MBOX_MESSAGES}
