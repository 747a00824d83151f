"""Solid dark blocks in a grayscale page image (numpy only): the redaction boxes of a scanned page.

A pixel is "core" when the whole square around it (about 5 points a side) is dark: text strokes, even bold
ones, are thinner than that, so only filled areas survive. Core pixels are grouped into connected blocks
(runs per row, joined with a union-find), each block grown back to its edge, and kept when its shape and
fill look like a redaction: wide and tall enough for a word, not a hairline rule, mostly dark inside,
not touching the image border (scanner edges and punched-hole shadows do).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

DARK = 96  # gray level (0..255) below which a pixel counts as ink
CORE_POINTS = 5.0  # side of the all-dark square, in points
MIN_WIDTH_POINTS = 10.0
MIN_HEIGHT_POINTS = 6.0
MAX_ASPECT = 60.0  # wider than this for its height: a rule, not a redaction
MIN_FILL = 0.78  # share of dark pixels inside the block's box (white labels in a box lower it a little)
MAX_PAGE_SHARE = 0.45


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
        inner = gray[y0 + half : y1 - half, x0 + half : x1 - half]
        light = float((inner > 160).mean()) if inner.size else 0.0
        boxes.append(PixelBox(x0, y0, x1, y1, fill, light))
    return sorted(boxes, key=lambda b: (b.y0, b.x0))


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
