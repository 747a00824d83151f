"""Calendars (.ics, iCalendar) and address books (.vcf, vCard) that ride along in mail exports, read as text with
their fields named: a page per event (or to-do, journal entry) and per contact, a line per field ("Summary: …",
"Organizer: Ann Reyes <ann@…>", "Start: 2025-03-04 10:00 UTC"), so a finding cites the event or contact it is in.
Folded lines are unfolded and escapes undone (RFC 5545, RFC 6350); alarms, time-zone definitions and vendor
extensions ("X-…") are left out."""

from __future__ import annotations

import re

from foiakit.model import Page

_BLOCKS = {"VEVENT": "Event", "VTODO": "To-do", "VJOURNAL": "Journal entry", "VCARD": "Contact"}
# The fields a reader wants, in the order they are shown; others (but vendor extensions) follow as named.
_LABELS = {
    "SUMMARY": "Summary", "DTSTART": "Start", "DTEND": "End", "DUE": "Due", "DURATION": "Duration",
    "LOCATION": "Location", "ORGANIZER": "Organizer", "ATTENDEE": "Attendee", "DESCRIPTION": "Description",
    "STATUS": "Status", "CATEGORIES": "Categories", "RRULE": "Repeats", "URL": "URL", "ATTACH": "Attachment",
    "FN": "Name", "N": "Structured name", "ORG": "Organization", "TITLE": "Title", "ROLE": "Role",
    "EMAIL": "Email", "TEL": "Phone", "ADR": "Address", "NOTE": "Note", "BDAY": "Birthday",
    "CREATED": "Created", "LAST-MODIFIED": "Last modified", "DTSTAMP": "Stamped", "UID": "UID",
}  # fmt: skip
_LEFT_OUT = {"BEGIN", "END", "VERSION", "PRODID", "PHOTO", "LOGO", "SOUND", "KEY", "SEQUENCE", "TRANSP", "CLASS"}
_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$")
_ESCAPE = re.compile(r"\\([\\;,nN])")
_NAME = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)?")


def looks_like_cards(text: str) -> bool:
    head = text.lstrip("\ufeff \r\n\t")[:32].upper()
    return head.startswith(("BEGIN:VCALENDAR", "BEGIN:VCARD"))


def card_pages(text: str) -> tuple[tuple[Page, ...], str]:
    """A page per event or contact, and the calendar's name (empty when it has none)."""
    unfolded = re.sub(r"\r?\n[ \t]", "", text.replace("\r\n", "\n"))
    pages: list[Page] = []
    title = ""
    block: str | None = None
    nested = 0
    fields: list[tuple[str, str]] = []
    for line in unfolded.split("\n"):
        parsed = _parse(line)
        if parsed is None:
            continue
        name, params, value = parsed
        if name == "X-WR-CALNAME" and not title:
            title = _unescape(value)
        if name == "BEGIN":
            if block is not None:
                nested += 1  # an alarm inside an event: not the event's own fields
            elif value.upper() in _BLOCKS:
                block, fields = value.upper(), []
        elif name == "END" and block is not None:
            if nested:
                nested -= 1
            elif value.upper() == block:
                number = len(pages) + 1
                kind = _BLOCKS[block]
                body = "\n".join(f"{label}: {shown}" for label, shown in _ordered(fields))
                pages.append(Page(number, f"{kind}\n{body}".strip(), False, f"{kind.lower()} read from its fields"))
                block = None
        elif block is not None and not nested and name not in _LEFT_OUT and not name.startswith("X-"):
            fields.append((name, _value(name, params, value)))
    return tuple(pages), title


def _parse(line: str) -> tuple[str, dict[str, str], str] | None:
    """(NAME, {PARAM: value}, value) of a content line; the first colon outside quotes ends the name part."""
    colon = next((m.start() for m in re.finditer(r':|"[^"]*"', line) if m.group() == ":"), -1)
    if colon < 0:
        return None
    head, value = line[:colon], line[colon + 1 :]
    name = head.split(";", 1)[0]
    if not _NAME.fullmatch(name):
        return None
    params = {key.upper(): raw.strip('"') for key, raw in re.findall(r';([^=;]+)=("[^"]*"|[^;]*)', head)}
    return name.upper().rpartition(".")[2], params, value  # "item1.EMAIL" (Apple's grouping) is EMAIL


def _value(name: str, params: dict[str, str], value: str) -> str:
    if name in ("ORGANIZER", "ATTENDEE"):
        address = re.sub(r"^mailto:", "", value, flags=re.I)
        who = params.get("CN", "")
        shown = f"{who} <{address}>" if who and address else who or address
        role = params.get("ROLE") or params.get("PARTSTAT")
        return f"{shown} ({role.lower().replace('-', ' ')})" if role and name == "ATTENDEE" else shown
    if name in ("DTSTART", "DTEND", "DUE", "CREATED", "LAST-MODIFIED", "DTSTAMP", "BDAY"):
        return _date(value, params.get("TZID"))
    if name in ("N", "ADR", "ORG"):  # structured values: their parts, empty ones dropped
        parts = [_unescape(p).strip() for p in re.split(r"(?<!\\);", value)]
        return ", ".join(p for p in parts if p)
    shown = _unescape(value).strip()
    kind = params.get("TYPE")
    return f"{shown} ({kind.lower()})" if kind and name in ("TEL", "EMAIL", "ADR") else shown


def _date(value: str, zone: str | None) -> str:
    match = _DATE.match(value.strip())
    if match is None:
        return value.strip()
    year, month, day, hour, minute, second, utc = match.groups()
    if hour is None:
        return f"{year}-{month}-{day}"
    shown = f"{year}-{month}-{day} {hour}:{minute}" + (f":{second}" if second != "00" else "")
    return f"{shown} UTC" if utc else f"{shown} ({zone})" if zone else shown


def _unescape(value: str) -> str:
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _ordered(fields: list[tuple[str, str]]) -> list[tuple[str, str]]:
    order = list(_LABELS)
    known = sorted((f for f in fields if f[0] in _LABELS), key=lambda f: order.index(f[0]))
    others = [f for f in fields if f[0] not in _LABELS]
    shown = [(_LABELS[name], value) for name, value in known]
    shown += [(name.capitalize().replace("-", " "), value) for name, value in others]
    if any(name == "FN" for name, _ in fields):  # the formatted name says it; the structured one repeats it
        shown = [f for f in shown if f[0] != "Structured name"]
    return [(label, value.replace("\n", "\n  ")) for label, value in shown if value]
