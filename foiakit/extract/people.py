"""People, email addresses and dates: who wrote to whom (from message headers, native or printed), every
email address on a page, and every date written in a common form, normalized to ISO 8601."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from datetime import date

from foiakit.extract import finding_at, register
from foiakit.model import Document, Finding, Page, Settings, make_detail

_EMAIL = re.compile(r"(?<![\w.+'-])[\w.+'-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?![\w-])", re.I)
_MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        1,
    )
}
_MONTH_RE = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATES = [
    re.compile(rf"\b{_MONTH_RE}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b"),
    # "06 May 2015", "28 August, 2009" (a day before its month, with or without a comma before the year)
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH_RE}\.?,?\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<mnum>\d{1,2})/(?P<day>\d{1,2})/(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>\d{2})-(?P<day>\d{2})\b"),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)/(?P<mnum>\d{1,2})/(?P<day>\d{1,2})\b"),  # an export's "2022/04/05"
    # "3/20/25", "12/07/19": a two-digit year, read as strptime's %y does (00-68 → 2000s, 69-99 → 1900s); only
    # with slashes and standing alone (not part of "1/2/34/5" or a fraction's run)
    re.compile(r"(?<![\d/.])(?P<mnum>\d{1,2})/(?P<day>\d{1,2})/(?P<yy>\d{2})(?![\d/])"),
]


def find_dates(text: str) -> Iterator[tuple[int, int, str]]:
    # the dates taken so far, sorted: they never overlap, so the one starting last before a match's end is the only
    # one that can overlap it (a register page has thousands of dates: a scan of all of them per match was quadratic)
    taken: list[tuple[int, int]] = []
    for pattern in _DATES:
        for m in pattern.finditer(text):
            at = bisect.bisect_left(taken, (m.end(),))
            if at and taken[at - 1][1] > m.start():
                continue
            month = m.groupdict().get("month")
            number = (
                _MONTHS.get(next((k for k in _MONTHS if month and k.startswith(month.lower()[:3])), ""), 0)
                if month
                else int(m.group("mnum"))
            )
            short = m.groupdict().get("yy")
            year = (2000 if int(short) < 69 else 1900) + int(short) if short else int(m.group("year"))
            try:
                iso = date(year, number, int(m.group("day"))).isoformat()
            except ValueError:
                continue
            bisect.insort(taken, (m.start(), m.end()))
            yield m.start(), m.end(), iso


def _finding(
    document: Document, page: Page, kind: str, start: int, end: int, normalized: str, **detail: object
) -> Finding:
    return finding_at(document, page, kind, (start, end), normalized, detail=make_detail(**detail))


@register(40, "people")
def extract_people(document: Document, settings: Settings) -> Iterator[Finding]:
    pages = {p.number: p for p in document.pages}
    for page in document.pages:
        for m in _EMAIL.finditer(page.text):
            yield _finding(document, page, "email_address", m.start(), m.end(), m.group(0).lower())
        for start, end, iso in find_dates(page.text):
            yield _finding(document, page, "date", start, end, iso)
    seen: set[tuple[int, str]] = set()
    for message in document.messages:
        page_number = message.page_start if message.page_start is not None else message.position
        page = pages.get(page_number)
        if page is None:
            continue
        header_start = message.header_start or 0
        header = page.text[header_start : message.body_start or len(page.text)]
        for role, people in (
            ("sender", (message.sender,) if message.sender else ()),
            ("recipient", message.to + message.cc),
        ):
            for person in people:
                name = person.name.strip()
                if not name or "@" in name or (page_number, name) in seen:
                    continue
                offset = header.find(name)
                if offset < 0:
                    continue
                seen.add((page_number, name))
                start = header_start + offset
                yield _finding(
                    document, page, "person", start, start + len(name), name, role=role, address=person.address or None
                )
