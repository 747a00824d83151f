"""Offsets into a page's text: the line a span sits on, and that line as a quote."""

from __future__ import annotations

import re

_SPACES = re.compile(r"\s+")


def line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end offsets of the printed line (or lines) holding text[start:end]."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end < 0 else line_end


def line_quote(text: str, start: int, end: int, limit: int = 400) -> str:
    """The line a span sits on, whitespace collapsed: the quote a finding rests on when it has no sentence."""
    line_start, line_end = line_bounds(text, start, end)
    return _SPACES.sub(" ", text[line_start:line_end]).strip()[:limit]
