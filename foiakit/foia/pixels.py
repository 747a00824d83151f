"""Solid dark blocks in a grayscale page image (numpy only): the redaction boxes of a scanned page.

A pixel is "core" when the whole square around it (about 5 points a side) is dark: text strokes, even bold
ones, are thinner than that, so only filled areas survive. Core pixels are grouped into connected blocks
(runs per row, joined with a union-find), each block grown back to its edge, and kept when its shape and
fill look like a redaction: wide and tall enough for a word, not a hairline rule, mostly dark inside,
not touching the image border (scanner edges and punched-hole shadows do).

Where a block sits tells a redaction from a dark shape of the page: a redaction covers words, so it lies in the
text column on paper. Not in a side margin (a scanner's dark edge, punched holes, a frame's side), not beside a
photograph's mid-tones (a dark patch of a photo), and, when small and squarish, not in a mostly dark surround (the
modules of a QR code, the pieces of an emblem).

What is inside tells a redaction from a picture: a redaction is one flat fill (toner grain at most), so its dark
pixels span a narrow range of grey and one or two levels; a photograph, a gradient logo or a dark-theme
screenshot spreads over many greys, and a screenshot carries several lines of light text where a redaction has
at most a one-line label (`uniform_fill`).

A page that is mostly one such fill is withheld in full (`full_page_fill`): the blacked-out page agencies put in
place of a page they withhold.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

DARK = 96  # gray level (0..255) below which a pixel counts as ink
CORE_POINTS = 5.0  # side of the all-dark square, in points
MIN_WIDTH_POINTS = 10.0
MIN_HEIGHT_POINTS = 7.0  # a redaction covers at least a line of small print
MAX_ASPECT = 60.0  # wider than this for its height: a rule, not a redaction
MIN_FILL = 0.78  # share of dark pixels inside the block's box (a white label lowers it a little; a logo a lot)
MAX_PAGE_SHARE = 0.45
MAX_RING_DARK = 0.5  # share of dark pixels in a band around the block: more means it is part of a graphic (a logo)
RING_POINTS = 3.0
BAND_GROWTH_POINTS = 10.0  # a block whose dark band runs this much further, around light letters, is a heading
SEAM_POINTS = 2.0  # blocks this close that line up are one box split by a seam (scanner tiles, a pen stroke)
MAX_GREY_SPREAD = 40  # grey levels between the 5th and 95th percentile of a fill's dark pixels (toner grain: ~10)
GREY_TOLERANCE = 24  # a flat fill keeps most of its dark pixels this close to their median grey...
MIN_NEAR_MEDIAN = 0.9  # ...this share of them; panels of several greys (a screenshot's) do not
LIT_ROW = 0.05  # share of light pixels that makes a row of a box part of a line of light text
MIN_LINE_ROWS = 3  # rows a line of text takes at least (a stray light speck or pen gap takes one)
MAX_LABEL_LINES = 3  # lines of light text a box's label may take; a screenshot has more
FULL_PAGE_SHARE = 0.5  # a uniform dark fill over this share of the page: the page is withheld in full
FULL_PAGE_FILL = 0.85
SIDE_MARGIN = 0.08  # share of the page's width at either side where no text column reaches: edges, punched holes
SURROUND_POINTS = 6.0  # the band around a block that tells its setting (paper and words, or a picture)
MID_GREY = 160  # grey levels from DARK up to this are a picture's mid-tones; paper and ink are outside them
MAX_SURROUND_MID = 0.5  # share of mid-tones on one side of a block above which it is a dark patch of a photo
SMALL_BLOCK_POINTS = 400.0  # square points: a block this small in a busy surround is a module of a code
SQUARISH = 2.0  # longer side over shorter of such a piece
MAX_SURROUND_DARK = 0.35  # dark share around a small block above which it is a QR code's or a graphic's piece


@dataclass(frozen=True, slots=True)
class PixelBox:
    """A dark block in image pixels (left, top, right, bottom exclusive) with its dark-pixel share."""

    x0: int
    y0: int
    x1: int
    y1: int
    fill: float
    light_inside: float  # share of light pixels inside: a label printed in the box


def dark_blocks(gray: np.ndarray, dpi: float) -> list[PixelBox]:
    """Redaction-like solid dark blocks in a 2-D uint8 image rendered at `dpi`, top to bottom."""
    if gray.ndim != 2 or gray.size == 0:
        return []
    height, width = gray.shape
    dark = gray < DARK
    side = max(3, round(CORE_POINTS * dpi / 72))
    core = _all_dark(dark, side)
    boxes: list[PixelBox] = []
    half = side // 2
    for top, left, bottom, right in _components(core):
        x0, y0 = max(0, left - half), max(0, top - half)
        x1, y1 = min(width, right + half + 1), min(height, bottom + half + 1)
        w_pt, h_pt = (x1 - x0) * 72 / dpi, (y1 - y0) * 72 / dpi
        if w_pt < MIN_WIDTH_POINTS or h_pt < MIN_HEIGHT_POINTS or w_pt / h_pt > MAX_ASPECT or h_pt / w_pt > MAX_ASPECT:
            continue
        if (x1 - x0) * (y1 - y0) > MAX_PAGE_SHARE * width * height:
            continue
        if x0 <= 1 or y0 <= 1 or x1 >= width - 1 or y1 >= height - 1:
            continue
        region = dark[y0:y1, x0:x1]
        fill = float(region.mean())
        if fill < MIN_FILL:
            continue
        ring = max(2, round(RING_POINTS * dpi / 72))
        outer = dark[max(0, y0 - ring) : y1 + ring, max(0, x0 - ring) : x1 + ring]
        ring_area = outer.size - region.size
        if ring_area > 0 and (float(outer.sum()) - float(region.sum())) / ring_area > MAX_RING_DARK:
            continue
        if _in_lettered_band(dark, x0, y0, x1, y1, dpi):
            continue
        if _outside_the_text(x0, y0, x1, y1, width, height) or _in_a_graphic(gray, x0, y0, x1, y1, dpi):
            continue
        inner = gray[y0 + half : y1 - half, x0 + half : x1 - half]
        if not uniform_fill(inner):
            continue  # a photograph, a logo or a screenshot
        light = float((inner > 160).mean()) if inner.size else 0.0
        boxes.append(PixelBox(x0, y0, x1, y1, fill, light))
    return sorted(_join_seams(boxes, round(SEAM_POINTS * dpi / 72)), key=lambda b: (b.y0, b.x0))


def uniform_fill(region: np.ndarray) -> bool:
    """Whether a dark area is one flat fill (a redaction, a label allowed) rather than a picture: its dark
    pixels span few greys, most of them near one grey, and any light text on it is a line or two, not a screenful
    (a pen stroke or a speck crossing the box is no line)."""
    if region.size == 0:
        return True
    values = region[region < DARK]
    if values.size == 0:
        return False
    low, high = np.percentile(values, [5, 95])
    if high - low > MAX_GREY_SPREAD:
        return False
    median = float(np.median(values))
    if float((np.abs(values.astype(np.int16) - median) <= GREY_TOLERANCE).mean()) < MIN_NEAR_MEDIAN:
        return False
    lit_rows = np.concatenate(([False], (region > 160).mean(axis=1) >= LIT_ROW, [False])).astype(np.int8)
    edges = np.flatnonzero(np.diff(lit_rows))
    lines = int(np.count_nonzero(edges[1::2] - edges[::2] >= MIN_LINE_ROWS))
    return lines <= MAX_LABEL_LINES


def full_page_fill(gray: np.ndarray, dpi: float) -> PixelBox | None:
    """The fill of a page withheld in full: one uniform dark block over at least half the page, or None."""
    if gray.ndim != 2 or gray.size == 0:
        return None
    height, width = gray.shape
    dark = gray < DARK
    if float(dark.mean()) < FULL_PAGE_SHARE * FULL_PAGE_FILL:
        return None  # cheap exit for an ordinary page
    side = max(3, round(CORE_POINTS * dpi / 72))
    half = side // 2
    blocks = _components(_all_dark(dark, side))
    if not blocks:
        return None
    top, left, bottom, right = max(blocks, key=lambda b: (b[2] - b[0] + 1) * (b[3] - b[1] + 1))
    x0, y0 = max(0, left - half), max(0, top - half)
    x1, y1 = min(width, right + half + 1), min(height, bottom + half + 1)
    if (x1 - x0) * (y1 - y0) < FULL_PAGE_SHARE * width * height:
        return None
    region = dark[y0:y1, x0:x1]
    fill = float(region.mean())
    inner = gray[y0 + half : y1 - half, x0 + half : x1 - half]
    if fill < FULL_PAGE_FILL or not uniform_fill(inner):
        return None  # a dark photograph or a cover page, not a blacked-out one
    light = float((inner > 160).mean()) if inner.size else 0.0
    return PixelBox(x0, y0, x1, y1, fill, light)


def _outside_the_text(x0: int, y0: int, x1: int, y1: int, width: int, height: int) -> bool:
    """A block wholly in a side margin (a scanner's dark edge, a punched hole, a page frame's side) or a strip
    along the top or bottom edge as wide as most of the page: no text column reaches there to be redacted."""
    if x1 <= SIDE_MARGIN * width or x0 >= (1 - SIDE_MARGIN) * width:
        return True
    edge_strip = x1 - x0 >= 0.6 * width and (y1 <= SIDE_MARGIN / 2 * height or y0 >= (1 - SIDE_MARGIN / 2) * height)
    return edge_strip


def _in_a_graphic(gray: np.ndarray, x0: int, y0: int, x1: int, y1: int, dpi: float) -> bool:
    """A block set in a picture rather than on paper among words: one side of the band around it is mostly a
    photograph's mid-tones (a dark patch in a photo, a photo's dark corner), or the band around a small block is
    mostly dark (the modules of a QR code, the pieces of an emblem). Words beside a redaction are thin strokes
    on white paper: little of either."""
    band = max(2, round(SURROUND_POINTS * dpi / 72))
    sides = (
        gray[max(0, y0 - band) : y0, x0:x1],
        gray[y1 : y1 + band, x0:x1],
        gray[y0:y1, max(0, x0 - band) : x0],
        gray[y0:y1, x1 : x1 + band],
    )
    for side in sides:
        if side.size and float(((side >= DARK) & (side < MID_GREY)).mean()) > MAX_SURROUND_MID:
            return True
    small = (y1 - y0) * (x1 - x0) * (72 / dpi) ** 2 < SMALL_BLOCK_POINTS
    if not small or max(x1 - x0, y1 - y0) > SQUARISH * min(x1 - x0, y1 - y0):
        return False  # a redacted word is wider than tall; a code's modules and an emblem's pieces are squarish
    outer = gray[max(0, y0 - band) : y1 + band, max(0, x0 - band) : x1 + band]
    ring_size = outer.size - (y1 - y0) * (x1 - x0)
    dark = float((outer < DARK).sum()) - float((gray[y0:y1, x0:x1] < DARK).sum())
    return ring_size > 0 and dark / ring_size > MAX_SURROUND_DARK


def _in_lettered_band(dark: np.ndarray, x0: int, y0: int, x1: int, y1: int, dpi: float) -> bool:
    """True when the block is one piece of a wider dark band broken by light letters (a white-on-black heading
    or table header): the band is followed sideways while most of each column stays dark."""
    columns = dark[y0:y1].mean(axis=0)
    left, right = x0, x1
    while left > 0 and columns[left - 1] >= 0.3:
        left -= 1
    while right < len(columns) and columns[right] >= 0.3:
        right += 1
    # a solid box would have been one block: dark running on sideways means letters (or a pattern) cut it
    return (x0 - left) + (right - x1) >= BAND_GROWTH_POINTS * dpi / 72


def _join_seams(boxes: list[PixelBox], seam: int) -> list[PixelBox]:
    """Join side-by-side (or stacked) blocks that line up across a thin gap: one redaction drawn in pieces."""
    joined = sorted(boxes, key=lambda b: (b.x0, b.y0))
    changed = True
    while changed:
        changed = False
        for i, a in enumerate(joined):
            for j in range(i + 1, len(joined)):
                b = joined[j]
                if _lined_up(a, b, seam):
                    area_a, area_b = (a.x1 - a.x0) * (a.y1 - a.y0), (b.x1 - b.x0) * (b.y1 - b.y0)
                    merged = PixelBox(
                        min(a.x0, b.x0),
                        min(a.y0, b.y0),
                        max(a.x1, b.x1),
                        max(a.y1, b.y1),
                        (a.fill * area_a + b.fill * area_b) / (area_a + area_b),
                        max(a.light_inside, b.light_inside),
                    )
                    joined = [box for k, box in enumerate(joined) if k not in (i, j)] + [merged]
                    changed = True
                    break
            if changed:
                break
    return joined


def _lined_up(a: PixelBox, b: PixelBox, seam: int) -> bool:
    def overlap(lo1: int, hi1: int, lo2: int, hi2: int) -> float:
        shared = min(hi1, hi2) - max(lo1, lo2)
        return shared / max(1, min(hi1 - lo1, hi2 - lo2))

    gap_x = max(a.x0, b.x0) - min(a.x1, b.x1)
    gap_y = max(a.y0, b.y0) - min(a.y1, b.y1)
    side_by_side = gap_x <= seam and gap_y < 0 and overlap(a.y0, a.y1, b.y0, b.y1) >= 0.8
    stacked = gap_y <= seam and gap_x < 0 and overlap(a.x0, a.x1, b.x0, b.x1) >= 0.8
    return side_by_side or stacked


def _all_dark(dark: np.ndarray, side: int) -> np.ndarray:
    """True where the side×side square centred on the pixel is entirely dark (an integral-image box sum)."""
    padded = np.zeros((dark.shape[0] + 1, dark.shape[1] + 1), dtype=np.int32)
    padded[1:, 1:] = np.cumsum(np.cumsum(dark, axis=0, dtype=np.int32), axis=1)
    sums = padded[side:, side:] - padded[:-side, side:] - padded[side:, :-side] + padded[:-side, :-side]
    core = np.zeros(dark.shape, dtype=bool)
    half = side // 2
    core[half : half + sums.shape[0], half : half + sums.shape[1]] = sums >= side * side
    return core


def _components(mask: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Bounding boxes (top, left, bottom, right inclusive) of the 8-connected True regions of `mask`."""
    parent: list[int] = []
    runs: list[tuple[int, int, int]] = []  # (row, start, end exclusive)

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    previous: list[int] = []
    rows = np.flatnonzero(mask.any(axis=1))
    last_row = -2
    for row in rows:
        line = mask[row].astype(np.int8)
        edges = np.flatnonzero(np.diff(np.concatenate(([0], line, [0]))))
        current: list[int] = []
        above = previous if row == last_row + 1 else []
        for start, end in zip(edges[::2], edges[1::2], strict=True):
            index = len(runs)
            runs.append((int(row), int(start), int(end)))
            parent.append(index)
            for other in above:
                _, o_start, o_end = runs[other]
                if o_start <= end and start <= o_end:  # touching, diagonals included
                    a, b = find(index), find(other)
                    if a != b:
                        parent[b] = a
            current.append(index)
        previous, last_row = current, int(row)
    boxes: dict[int, list[int]] = {}
    for index, (row, start, end) in enumerate(runs):
        root = find(index)
        box = boxes.get(root)
        if box is None:
            boxes[root] = [row, start, row, end - 1]
        else:
            box[0], box[1] = min(box[0], row), min(box[1], start)
            box[2], box[3] = max(box[2], row), max(box[3], end - 1)
    return [tuple(box) for box in boxes.values()]  # type: ignore[misc]
