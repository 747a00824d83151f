"""Page image → text with word confidence, through pytesseract over the tesseract binary."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import ModuleType

from PIL import Image

from foiakit.errors import MissingDependencyError
from foiakit.ocr.rows import block_lines, holds_amounts, is_split_table, lines_of, table_rows, without_specks, words_of

INSTALL_HINT = "install it with `apt-get install tesseract-ocr` (or run with --ocr never)"
# Tesseract's own OpenMP threads fight the process pool for cores; one thread per process measured faster.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")
LOW_CONFIDENCE = 50.0  # below this (or with almost no words) a page may be sideways: ask OSD
_ROTATE = re.compile(r"Rotate:\s+(\d+)")


@dataclass(frozen=True, slots=True)
class OcrResult:
    text: str
    confidence: float | None  # mean word confidence 0..100; None when no word was read
    rotation: int  # degrees clockwise the image was turned before the kept reading
    words: int


class OcrFailure(Exception):
    """Tesseract could not read one page (timeout, crash): the page keeps its text layer."""


def _pytesseract() -> ModuleType:
    # Imported on first use: pytesseract imports pandas, which a run with nothing to OCR does not need.
    import pytesseract

    return pytesseract


@lru_cache(maxsize=1)
def installed_languages() -> frozenset[str]:
    pytesseract = _pytesseract()
    if shutil.which(pytesseract.pytesseract.tesseract_cmd) is None:
        return frozenset()
    out = subprocess.run(
        [pytesseract.pytesseract.tesseract_cmd, "--list-langs"], capture_output=True, text=True, check=False
    )
    return frozenset(line.strip() for line in out.stdout.splitlines()[1:] if line.strip())


def check_tesseract(lang: str) -> None:
    """Fail early, once, with the remedy, when tesseract or a language is missing."""
    pytesseract = _pytesseract()
    if shutil.which(pytesseract.pytesseract.tesseract_cmd) is None:
        raise MissingDependencyError("tesseract is not installed", INSTALL_HINT)
    missing = [code for code in lang.split("+") if code not in installed_languages()]
    if missing:
        packages = " ".join(f"tesseract-ocr-{code}" for code in missing)
        raise MissingDependencyError(
            f"tesseract has no language data for {'+'.join(missing)}", f"install it with `apt-get install {packages}`"
        )


def ocr_image(image: Image.Image, lang: str = "eng", timeout: int = 300) -> OcrResult:
    """Read one page image. A low-confidence reading triggers orientation detection and a second try."""
    gray = image if image.mode == "L" else image.convert("L")
    with tempfile.TemporaryDirectory(prefix="foiakit-ocr-") as tmp:
        # An uncompressed PGM is written and read much faster than the PNG pytesseract would make.
        path = Path(tmp, "page.pgm")
        gray.save(path)
        result = _read(str(path), lang, timeout, 0)
        if result.confidence is None or result.confidence < LOW_CONFIDENCE or result.words < 10:
            rotation = _detect_rotation(str(path), timeout)
            if rotation:
                turned = Path(tmp, "turned.pgm")
                # OSD's "Rotate: N" is the clockwise turn that makes the page upright.
                gray.rotate(-rotation, expand=True).save(turned)
                second = _read(str(turned), lang, timeout, rotation)
                if (second.confidence or 0) * second.words > (result.confidence or 0) * result.words:
                    result = second
    return result


def _read(path: str, lang: str, timeout: int, rotation: int) -> OcrResult:
    pytesseract = _pytesseract()
    try:
        data = pytesseract.image_to_data(
            path, lang=lang, config="--psm 3", output_type=pytesseract.Output.DICT, timeout=timeout
        )
    except pytesseract.TesseractNotFoundError as exc:
        raise MissingDependencyError("tesseract is not installed", INSTALL_HINT) from exc
    except (RuntimeError, pytesseract.TesseractError) as exc:
        raise OcrFailure(f"tesseract failed: {str(exc).strip().splitlines()[-1] if str(exc).strip() else exc}") from exc
    return _assemble(data, rotation)


def _assemble(data: dict[str, list], rotation: int) -> OcrResult:
    """Rebuild reading-order text from tesseract's word table: lines joined by newlines, blocks by blank lines. On a
    page of amounts (ocr/rows.py) a column gap on a line is kept as the text layer keeps it, and a table read as
    column blocks is set in rows again."""
    words = words_of(data)
    if not holds_amounts(words):
        lines = block_lines(words, gaps=False)
    elif is_split_table(lines_of(words)):
        lines = table_rows(without_specks(words))
    else:
        lines = block_lines(without_specks(words))
    mean = round(sum(w.confidence for w in words) / len(words), 1) if words else None
    return OcrResult("\n".join(lines), mean, rotation, len(words))


def _detect_rotation(path: str, timeout: int) -> int:
    pytesseract = _pytesseract()
    try:
        osd = pytesseract.image_to_osd(path, config="--psm 0 -c min_characters_to_try=5", timeout=timeout)
    except (RuntimeError, pytesseract.TesseractError):
        return 0  # too little text to tell: keep the upright reading
    match = _ROTATE.search(osd)
    return int(match.group(1)) % 360 if match else 0
