"""`people.find_dates` keeps the first pattern's date where two patterns read overlapping text, as a scan of every
date taken so far would (it looks up the one neighbour that can overlap instead): checked on a register-like page
of many dates in every form against that scan."""

from __future__ import annotations

import random
from datetime import date

from foiakit.extract.people import _DATES, find_dates


def _by_scan(text: str) -> list[tuple[int, int, str]]:
    found, taken = [], []
    for start, end, iso in _every_reading(text):
        if not any(s < end and start < e for s, e in taken):
            taken.append((start, end))
            found.append((start, end, iso))
    return found


def _every_reading(text: str) -> list[tuple[int, int, str]]:
    """Each pattern's valid dates in pattern order (what find_dates reads, before it drops overlaps)."""
    out = []
    for pattern in _DATES:
        single = [p for p in _DATES if p is pattern]
        for start, end, iso in _only(single, text):
            out.append((start, end, iso))
    return out


def _only(patterns: list, text: str) -> list[tuple[int, int, str]]:
    import foiakit.extract.people as people

    saved = people._DATES
    people._DATES = patterns
    try:
        return list(find_dates(text))
    finally:
        people._DATES = saved


def test_overlapping_readings_keep_the_first_patterns_date() -> None:
    rng = random.Random(7)
    forms = ["{m}/{d}/{y}", "{y}-{m:02}-{d:02}", "{d} May {y}", "May {d}, {y}", "{m}/{d}/{yy:02}", "{y}/{m}/{d}"]
    lines = []
    for _ in range(400):
        day = date(rng.randint(1995, 2030), rng.randint(1, 12), rng.randint(1, 28))
        form = rng.choice(forms)
        text = form.format(m=day.month, d=day.day, y=day.year, yy=day.year % 100)
        # a second reading sharing the year: "12 May 2020/5/3", "5/3/2020-05-03" (two patterns, overlapping)
        seconds = ["", f"/{day.month}/{day.day}", f"-{day.month:02}-{day.day:02}"]
        shared = rng.choice(seconds) if form.endswith("{y}") else ""
        lines.append(f"{rng.randint(1000, 9999)} {text}{shared} ${rng.randint(0, 99)}.00")
    text = "\n".join(lines)
    found = list(find_dates(text))
    assert found == _by_scan(text)
    assert len(found) > 300
