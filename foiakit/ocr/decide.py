"""The per-page OCR decision: one pure function over what the text layer and images show, with its reason."""

from __future__ import annotations

import re
from dataclasses import dataclass

from foiakit.model import OcrDecision

# A scan whose text layer holds fewer letters and digits than this is still a scan: agencies stamp
# scans with Bates numbers, exemption codes and "RELEASED" headers, which make a text layer of a few words.
STAMP_ONLY_CHARS = 120
SCAN_COVERAGE = 0.5  # share of the page that images must cover for the page to count as a scan
TINY_TEXT_CHARS = 20
JUNK_SHARE = 0.15  # share of junk characters (private use, controls, U+FFFD, "(cid:N)") that marks garbage
IMPLAUSIBLE_SHARE = 0.35  # share of unpronounceable words that marks a broken font encoding

_WORD = re.compile(r"[^\W\d_]{2,}")
_CID = re.compile(r"\(cid:\d+\)")
_NOT_ALNUM = re.compile(r"[\W_]+")
_SPACE = re.compile(r"\s")
# Private-use glyphs, control characters and the replacement character: what broken encodings decode to.
_JUNK = re.compile("[\ue000-\uf8ff\ufffd\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_CONSONANT_RUN = re.compile(r"[b-df-hj-np-tv-xz]{4,}")
# Function words of the languages FOIA releases are mostly in; real prose is full of them.
_FUNCTION_WORDS = frozenset(
    {
        "the",
        "of",
        "and",
        "to",
        "a",
        "in",
        "for",
        "is",
        "on",
        "that",
        "by",
        "with",
        "from",
        "at",
        "as",
        "or",
        "be",
        "this",
        "are",
        "de",
        "la",
        "el",
        "y",
        "en",
        "que",
        "los",
        "las",
        "del",
        "le",
        "et",
        "les",
        "des",
        "der",
        "die",
        "und",
        "das",
        "von",
        "zu",
    }
)
_VOWELS = frozenset("aeiouyAEIOUYàáâãäåèéêëìíîïòóôõöùúûüÀÁÂÃÄÅÈÉÊËÌÍÎÏÒÓÔÕÖÙÚÛÜ")


@dataclass(frozen=True, slots=True)
class PageSignals:
    """What the OCR decision looks at, measured by the ingestor."""

    text: str
    image_coverage: float = 0.0  # share of the page area covered by image objects, 0..1
    chars_over_images: int | None = None  # letters and digits of the text layer lying on images
    objects: int | None = None  # objects drawn on the page (text, paths, images); None when not counted


def alnum_count(text: str) -> int:
    return len(_NOT_ALNUM.sub("", text))


def junk_share(text: str) -> float:
    """Share of visible characters that no real text layer holds: a broken font encoding's fingerprint."""
    visible = len(text) - len(_SPACE.findall(text))
    if visible <= 0:
        return 0.0
    junk = len(_JUNK.findall(text)) + sum(len(m) for m in _CID.findall(text))
    return min(junk / visible, 1.0)


def implausible_share(text: str) -> float:
    """Share of words no language writes (no vowel, or four consonants in a row), when the text also lacks
    the function words every real text has: the mark of glyphs mapped to shifted or random letters."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < 20:
        return 0.0
    if sum(1 for w in words if w in _FUNCTION_WORDS) / len(words) >= 0.02:
        return 0.0
    return sum(1 for w in words if not (set(w) & _VOWELS) or _CONSONANT_RUN.search(w)) / len(words)


def decide_ocr(signals: PageSignals, mode: str) -> OcrDecision:
    """Decide whether a page is OCR'd. `mode` is auto, always or never."""
    if mode == "always":
        return OcrDecision(True, "--ocr always")
    if mode == "never":
        return OcrDecision(False, "--ocr never")
    chars = alnum_count(signals.text)
    coverage = signals.image_coverage
    if chars == 0:
        if coverage > 0:
            return OcrDecision(True, f"no text layer; images cover {coverage:.0%} of the page")
        if signals.objects == 0:  # nothing at all is drawn: OCR would read an empty picture
            return OcrDecision(False, "blank page: nothing drawn on it")
        return OcrDecision(True, "no text layer")
    junk = junk_share(signals.text)
    if junk > JUNK_SHARE:
        return OcrDecision(True, f"text layer is garbage: {junk:.0%} junk characters (broken font encoding)")
    implausible = implausible_share(signals.text)
    if implausible > IMPLAUSIBLE_SHARE:
        return OcrDecision(True, f"text layer is garbage: {implausible:.0%} of words are not words (broken font)")
    on_images = signals.chars_over_images if signals.chars_over_images is not None else chars
    if coverage >= SCAN_COVERAGE and on_images < STAMP_ONLY_CHARS:
        return OcrDecision(
            True, f"scan: images cover {coverage:.0%} of the page, text layer only {chars} characters (stamps)"
        )
    if chars < TINY_TEXT_CHARS and coverage > 0:
        return OcrDecision(True, f"text layer tiny ({chars} characters) and the page has images")
    return OcrDecision(False, f"text layer: {chars} characters")
