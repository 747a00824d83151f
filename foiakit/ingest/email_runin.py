"""A quoted header run into a paragraph: "From: Dana Quill <dq@…> Sent: Tuesday, March 3, 2020 9:14 AM To: Ivo
Marsh Subject: RE: Culvert budget" on one line, or wrapped over a few. Outlook's reply header comes out this way
when a message's HTML is flattened to text (an archive's or a records portal's print, a forward read on a phone)
and when OCR reads a header's two columns of "label value" pairs as one line ("From: Dana Quill Sent: …" above
"To: Ivo Marsh Subject: …"); Gmail bolds the labels ("*From:* … *Sent:* …").

A page's text layer keeps the gap between a label's value and the next label (`email_fields.labelled_cells`
reads that); this reader is for text without gaps, where the labels sit inside one run of words. A run-in header
is taken only with the structure of one: From first on its line (or right after a separator: "-----Original
Message----- From: …"), a Sent or Date label with a date and time after it, and To or Subject, so a sentence
that happens to say "from" and "date" opens no message. A header printed as a one-row table of labelled cells
("From: … | To: … | Subject: …", the cells' rules read as bars) is one without its Sent cell, which OCR may read
elsewhere on the page.

Used by `email_blocks.py`.
"""

from __future__ import annotations

import re

from foiakit.ingest.email_fields import HeaderBlock, Line, is_recipient
from foiakit.ingest.email_headers import parse_loose_date

# a label inside a run of words: after a space (or at the line's start, behind quote marks), bold or not
_RUN_IN_LABEL = re.compile(
    r"(?:^|(?<=\s))(?:>\s*)*\*{0,2}(?P<label>from|sent|date|to|cc|bcc|subject)\*{0,2}\s*[:;]\*{0,2}(?=\s|$)\s*",
    re.I,
)
# what may stand before the From label on its line: quote marks, or the separator a client prints above a quoted
# header ("-----Original Message----- From: …", "---------- Forwarded message --------- From: …")
_LEAD = re.compile(
    r"^\s*(?:>\s*)*(?:(?:-{2,}\s*(?:original message|forwarded message)\s*-{2,}|begin forwarded message\s*:)\s*)?",
    re.I,
)
# what OCR reads before a header printed as a one-row table: toner dust and the cell's rule ("~ | From: …")
_DUST = re.compile(r"\s*(?:(?:[^\w\s]|_){1,3}\s*){1,3}")
# a cell's rule between two labelled cells, as OCR reads it: "… Harrowby | 7 To: …"
_CELL_RULE = re.compile(r"\s\|(?=\s|$)")
_NAMES = {"from": "from", "sent": "sent", "date": "sent", "to": "to", "cc": "cc", "bcc": "bcc", "subject": "subject"}
_TIMED = re.compile(r"\d:\d{2}")
_WRAPPED_LINES = 3  # lines a run-in header may wrap onto after its first


def has_run_in_labels(value: str) -> bool:
    """Whether a From line's value holds another field's label inside it ("Dana Quill Sent: Tuesday, …")."""
    return any(_NAMES[m.group("label").lower()] != "from" for m in _RUN_IN_LABEL.finditer(value))


def run_in_block(lines: list[Line], i: int) -> tuple[HeaderBlock, int] | None:
    """The header run into line `i` (and the lines it wraps onto, each holding a label, until Subject is read),
    From first on the line or right after a separator: its block and the index of the line after it, or None
    when the run is no header."""
    first = list(_RUN_IN_LABEL.finditer(lines[i].text))
    lead = _LEAD.match(lines[i].text)
    if len(first) < 2 or first[0].group("label").lower() != "from" or lead is None:
        return None
    before = lines[i].text[lead.end() : first[0].start()]
    if first[0].start() not in {0, lead.end()} and before.strip(" >*") and not _DUST.fullmatch(before):
        return None
    joined, last = lines[i].text[first[0].start() :], i
    while "subject" not in _labels_in(joined) and last + 1 < min(len(lines), i + 1 + _WRAPPED_LINES):
        following = lines[last + 1].text
        if not following.strip() or not _RUN_IN_LABEL.search(following):
            break
        joined, last = f"{joined} {following.strip()}", last + 1
    fields = _fields(joined)
    if fields is None:
        return None
    if not _is_header(fields):
        if not _is_table_row(lines[i].text, fields):
            return None
        fields = {name: _CELL_RULE.split(value)[0].strip() for name, value in fields.items()}  # the rule and dust
    return HeaderBlock(lines[i].start, lines[last].end + 1, fields, "run-in"), last + 1


def _labels_in(text: str) -> set[str]:
    return {_NAMES[m.group("label").lower()] for m in _RUN_IN_LABEL.finditer(text)}


def _fields(joined: str) -> dict[str, str] | None:
    """Each label's value: the words up to the next label. None when a field is printed twice (two headers)."""
    matches = list(_RUN_IN_LABEL.finditer(joined))
    fields: dict[str, str] = {}
    for index, match in enumerate(matches):
        name = _NAMES[match.group("label").lower()]
        if name in fields:
            return None
        stop = matches[index + 1].start() if index + 1 < len(matches) else len(joined)
        fields[name] = " ".join(joined[match.end() : stop].split()).strip(" ,;*")
    return fields


def _is_header(fields: dict[str, str]) -> bool:
    """A sender of a sender's shape, a moment to the minute, and To or Subject: the header's structure, not
    prose's words."""
    sender = fields.get("from", "")
    if not sender or not (("@" in sender) or is_recipient(sender.replace(",", " "))):
        return False
    sent = fields.get("sent", "")
    if not _TIMED.search(sent) or parse_loose_date(sent) is None:  # mail prints the minute it was sent
        return False
    return "to" in fields or "subject" in fields


def _is_table_row(text: str, fields: dict[str, str]) -> bool:
    """A header printed as a one-row table of labelled cells ("From: … | To: … | Subject: …"), its cells' rules read
    as bars, whose Sent cell OCR read elsewhere on the page: From of a sender's shape, To and Subject, a rule
    between the cells."""
    sender = fields.get("from", "").split("|")[0].strip()
    if not sender or not (("@" in sender) or is_recipient(sender.replace(",", " "))):
        return False
    return "to" in fields and "subject" in fields and bool(_CELL_RULE.search(text))
