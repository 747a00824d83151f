"""Colours of fills: how dark a PDF fill is (a redaction colour or a highlight) and the "#rrggbb" a redaction
finding reports for its box."""

from __future__ import annotations

from typing import Any

import numpy as np

from foiakit.foia.pixels import DARK


def luminance(color: Any) -> float:
    """0 (black) .. 1 (white) for a pdfplumber colour (gray, RGB or CMYK tuple); unknown counts as black."""
    if color is None:
        return 0.0
    if isinstance(color, (int, float)):
        return float(color)
    values = [float(v) for v in color if isinstance(v, (int, float))]
    if len(values) == 1:
        return values[0]
    if len(values) == 3:
        r, g, b = values
        return 0.299 * r + 0.587 * g + 0.114 * b
    if len(values) == 4:
        c, m, y, k = values
        return (1 - k) * (1 - (0.299 * c + 0.587 * m + 0.114 * y))
    return 1.0  # a pattern or a named colour space: not a plain black fill


def hex_colour(color: Any) -> str:
    """ "#rrggbb" for a pdfplumber fill colour (gray, RGB or CMYK); "" for a pattern or an unknown space."""
    if color is None:
        return "#000000"  # PDF's default fill
    values = [float(v) for v in color if isinstance(v, (int, float))] if isinstance(color, (tuple, list)) else []
    if isinstance(color, (int, float)):
        values = [float(color)]
    if len(values) == 1:
        rgb = values * 3
    elif len(values) == 3:
        rgb = values
    elif len(values) == 4:
        c, m, y, k = values
        rgb = [(1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)]
    else:
        return ""
    return "#" + "".join(f"{round(min(1.0, max(0.0, v)) * 255):02x}" for v in rgb)


def grey_of(region: np.ndarray) -> str:
    """ "#gggggg": the median grey of a rendered box's dark pixels (a label's light pixels left out)."""
    dark = region[region < DARK] if region.size else region
    if dark.size == 0:
        return ""
    level = round(float(np.median(dark)))
    return f"#{level:02x}{level:02x}{level:02x}"
