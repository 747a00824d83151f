"""Images (PNG, JPEG, GIF, BMP, multi-page TIFF) → OCR'd pages."""

from __future__ import annotations

from PIL import Image, ImageSequence, UnidentifiedImageError

from foiakit.errors import FileFailure
from foiakit.ingest.pdf import MAX_RENDER_PIXELS
from foiakit.model import Document, IngestError, Page, Settings, SourceFile
from foiakit.ocr.tesseract import OcrFailure, ocr_image
from foiakit.timing import OCR, timed

# Scans are large; refuse only what is absurd (a decompression bomb), not a big poster.
Image.MAX_IMAGE_PIXELS = 400_000_000


MAX_OPEN_PIXELS = 250_000_000  # decoded, a grey 250 MP image is 250 MB; beyond, the file is refused with a row


def ingest_image(source: SourceFile, settings: Settings) -> Document:
    try:
        image = Image.open(source.path)
        if image.width * image.height > MAX_OPEN_PIXELS:  # known from the header, before any pixel is decoded
            raise FileFailure(
                "too-large", f"image of {image.width} x {image.height} pixels is too large to read; split it first"
            )
        image.load()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise FileFailure("unreadable-image", f"unreadable image: {exc}") from exc
    pages: list[Page] = []
    errors: list[IngestError] = []
    try:
        for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
            frame_image = frame.convert("L")
            width, height = frame_image.size
            if width * height > MAX_RENDER_PIXELS:  # tesseract would need gigabytes: OCR a smaller copy
                factor = (MAX_RENDER_PIXELS / (width * height)) ** 0.5
                frame_image = frame_image.resize((max(1, int(width * factor)), max(1, int(height * factor))))
                errors.append(
                    IngestError(source.display_path, source.sha256, "ocr", "page-too-large",
                                f"page {number} is {width} x {height} pixels; OCR'd at {frame_image.width} x "
                                f"{frame_image.height}")
                )  # fmt: skip
            if settings.ocr_mode == "never":
                pages.append(Page(number, "", False, "--ocr never", None, width, height))
                continue
            try:
                with timed(OCR, 1):
                    result = ocr_image(frame_image, settings.lang, settings.ocr_timeout)
            except OcrFailure as exc:
                errors.append(
                    IngestError(source.display_path, source.sha256, "ocr", "ocr-failed", f"page {number}: {exc}")
                )
                pages.append(Page(number, "", False, f"image; OCR failed: {exc}", None, width, height))
                continue
            pages.append(Page(number, result.text, True, "image", result.confidence, width, height, result.rotation))
    except (OSError, EOFError, ValueError) as exc:
        if not pages:
            raise FileFailure("unreadable-image", f"unreadable image: {exc}") from exc
        errors.append(
            IngestError(
                source.display_path,
                source.sha256,
                "ingest",
                "truncated-image",
                f"frames after {len(pages)} unreadable: {exc}",
            )
        )
    return Document(source=source, pages=tuple(pages), errors=tuple(errors))
