"""Headers that records systems print with labels of their own, not a mail client's.

- A records portal's or records system's export (GovQA, NextRequest, JustFOIA and the like) prints each message
  under its own field names: "Sender:" or "From (Name):" with "From (Address):" / "Sender Email:", "Recipients:" or
  "To (Address):", "Sent Date:" / "Sent On:" / "Date Sent:", "Subject Line:", often below a "Message 2 of 5" line.
  They are a header only together: a sender, a sent moment (a date with its time) and a subject or recipients,
  and not the trailer an export prints after a body ("Sent Date:" above "Delivered Date:", `email_openers.py`).
"""

from __future__ import annotations

import re

from foiakit.ingest.email_fields import LABEL_DEBRIS, HeaderBlock, Line, without_debris
from foiakit.ingest.email_headers import parse_loose_date

# a records system's field names, each mapped to the field it fills ("from_address" joins "from"); OCR may run a
# label's words together or read a mark between them ("SentOn:", "To.(Address):"), and toner dust before it
_W = r"[\s.]*"  # between a label's words
_RECORDS_LABEL = re.compile(
    rf"^\s*{LABEL_DEBRIS}(?:(?P<from>sender(?:'s)?(?:{_W}name)?|from{_W}\({_W}name{_W}\)|from{_W}name)"
    rf"|(?P<from_address>(?:sender(?:'s)?|from){_W}\(?{_W}(?:e-?mail(?:{_W}address)?|address){_W}\)?)"
    rf"|(?P<to>recipients?|recipient\(s\)|recipient{_W}e-?mail|to{_W}\({_W}(?:name|address|e-?mail){_W}\))"
    rf"|(?P<cc>cc{_W}\({_W}(?:name|address|e-?mail){_W}\)|cc{_W}recipients?)"
    rf"|(?P<sent>sent{_W}date|date{_W}sent|sent{_W}on|sent{_W}time|date/time{_W}sent|sent)"
    rf"|(?P<subject>subject(?:{_W}line)?))\s*[:;]\s*(?P<value>.*?)\s*$",
    re.I,
)
_TRAILER_NEXT = re.compile(r"^\s*(?:delivered|received)\s+date\s*:", re.I)  # an export's trailer, not a header
_TIMED = re.compile(r"\d{1,2}:\d{2}")
_REACH = 10  # lines of one records header: its labels, one a line


def records_block(lines: list[Line], i: int) -> tuple[HeaderBlock, int] | None:
    """A records system's header starting with its sender's label at line `i`, read to its last label; None
    unless it names a sender with a sent moment and a subject or recipients."""
    first = _records_label(lines[i].text)
    if first is None or first[0] not in {"from", "from_address"}:
        return None
    fields: dict[str, str] = {}
    last = j = i
    while j < min(len(lines), i + _REACH):
        found = _records_label(lines[j].text)
        if found is None and not lines[j].text.strip() and j == last + 1:
            j += 1  # OCR may part a label from the next by a blank line; two end the header
            continue
        if found is None or (found[0] in fields and found[0] != "from_address"):
            break
        name, value = found
        if name == "from_address" and value:
            fields["from"] = f"{fields['from']} <{value}>" if fields.get("from") else value
            fields.setdefault("from_address", value)
        else:
            fields[name] = value
        last, j = j, j + 1
    fields.pop("from_address", None)
    sent = fields.get("sent", "")
    if not fields.get("from") or not _TIMED.search(sent) or parse_loose_date(sent) is None:
        return None
    if not (fields.get("subject") or fields.get("to")):
        return None
    if last + 1 < len(lines) and _TRAILER_NEXT.match(lines[last + 1].text):
        return None
    return HeaderBlock(lines[i].start, lines[last].end + 1, fields, "records"), last + 1


def _records_label(text: str) -> tuple[str, str] | None:
    match = _RECORDS_LABEL.match(text)
    if match is None:
        return None
    name = next(key for key in ("from", "from_address", "to", "cc", "sent", "subject") if match.group(key))
    return name, without_debris(match.group("value"))
