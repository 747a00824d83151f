"""Lotus Notes' memo print read as cells. Notes prints the sender and its date in a left column and the labels (To
/ cc / bcc / Subject) with their values in a right one, so a PDF's text layer, which keeps the gap between the
columns (`pdf_text.GAP`), reads the sender's line as "Dana Quill/Ops/Alderwick   To   Harold Vance/Ops/…" and
the date's as "10/01/2025 09:05 AM   cc   Mira Sol/Ops/…". OCR reads the columns one after the other, which
`email_blocks` reads as a sender line, a date line and a label column; when OCR runs the grid's label into the date
line ("10/07/2025 03:22 PM bcc"), `notes_date` finds it below the sender.

OCR also reads a header's label column apart from its values when a wide gap parts them (Outlook's memo print,
Apple Mail's, an export's): "From:" / "Sent:" / "To:" / "Subject:", each alone on its line, then the values.
"""

from __future__ import annotations

import re

from foiakit.ingest.email_fields import (
    HeaderBlock,
    Line,
    cells,
    column_label,
    is_recipient,
    label,
    labelled_cells,
    past_notes_lines,
)
from foiakit.ingest.email_headers import parse_loose_date
from foiakit.ingest.email_openers import NUMERIC_DATE
from foiakit.ingest.pdf_text import GAP

_DATE_CELL = re.compile(rf"^{NUMERIC_DATE}$")
_NOTES_LEFT = re.compile(r"^(?:sent by:?|please respond to)(?:\s|$)", re.I)  # Notes' lines beside the sender
_LEFT_LINES = 2
_REACH = 6  # lines of the label column below the date: To, cc, bcc, Subject, and a Notes line or two beside them

# Lotus Notes' date as OCR reads it with the label of the grid's row at its right ("10/07/2025 03:22 PM bcc",
# "bcc" misread "bec"): the left column and the grid read as one line
_NOTES_DATE_LINE = re.compile(
    rf"^\s*(?P<date>{NUMERIC_DATE})(?:\s+(?:to|cc|bcc|bec|subject)(?:\W[^\n]*)?|\s*(?:[^\w\s]|_){{0,3}})\s*$", re.I
)
_GRID_LABEL = re.compile(r"^\W*(?:to|cc|bcc|bec|subject)\W*$", re.I)  # a label of the grid OCR read on its own


def notes_columns_block(lines: list[Line], i: int) -> tuple[HeaderBlock, int] | None:
    """A Notes header whose sender line carries the "To" label and its value at its right, a date line next
    (below Notes' "Sent by: …" or "Please respond to …" when the message has them), each with a label cell or
    none at its right, then the rest of the label column. None without a Subject: "Dana Quill   To   whom it may
    concern" is no header."""
    first = cells(lines[i].text)
    if len(first) < 2 or not is_recipient(first[0].replace(",", " ")):
        return None
    to = labelled_cells(GAP.join(first[1:]), bare=True)
    if not to or to[0][0] != "to":
        return None
    # the lines down to the date's (not `next_text_line`: a date cell with text at its right reads as a browser's
    # print header, page furniture)
    rows: list[list[str]] = []
    last = i
    for j in range(i + 1, min(len(lines), i + 2 + _LEFT_LINES)):
        row = cells(lines[j].text)
        if not row:
            continue
        if not (_DATE_CELL.match(row[0]) or _NOTES_LEFT.match(row[0])):
            return None
        rows.append(row)
        last = j
        if _DATE_CELL.match(row[0]):
            break
    if not rows or not _DATE_CELL.match(rows[-1][0]):
        return None
    fields = {"from": first[0], "sent": rows[-1][0]}
    _add(fields, to)
    for row in rows:
        _add(fields, labelled_cells(GAP.join(row[1:]), bare=True))
    for j in range(last + 1, min(len(lines), last + 1 + _REACH)):
        row = cells(lines[j].text)
        found = next((f for k in range(min(2, len(row))) if (f := labelled_cells(GAP.join(row[k:]), bare=True))), [])
        if not found or not _add(fields, found):
            break
        last = j
    if "subject" not in fields:
        return None
    return HeaderBlock(lines[i].start, lines[last].end + 1, fields, "notes"), last + 1


def _add(fields: dict[str, str], found: list[tuple[str, str]]) -> bool:
    """The fields `found` on a line join `fields`; False when one was read already (the next header's)."""
    if any(name in fields for name, _ in found):
        return False
    fields.update(found)
    return True


_VALUES_GAP = 2  # blank lines OCR leaves between a label column and the values it read after it
_TIMED = re.compile(r"\d:\d{2}")


def values_below_labels(lines: list[Line], block: HeaderBlock, after: int) -> int:
    """A header whose labels OCR read as a column of their own ("From:" / "Sent:" / "To:" / "Subject:", each alone
    on its line) and the values after it, one a line in the labels' order: Outlook's memo print, Apple Mail's,
    an export's, where a wide gap parts the labels from the values. The values join the block's empty fields
    when as many lines follow (after a blank line or two) and the Sent or Date value is a moment to the minute;
    the index to go on from (`after` when the values are not there)."""
    names = list(block.fields)
    j, blank = after, 0
    while j < len(lines) and not lines[j].text.strip() and blank <= _VALUES_GAP:
        j, blank = j + 1, blank + 1
    values = [line.text.strip() for line in lines[j : j + len(names)]]
    if len(values) < len(names) or not all(values) or any(label(v) or column_label(v) for v in values):
        return after
    if "sent" in names:
        sent = values[names.index("sent")]
        if not _TIMED.search(sent) or parse_loose_date(sent) is None:
            return after
    block.fields.update(zip(names, values, strict=True))
    block.end = lines[j + len(names) - 1].end + 1
    return j + len(names)


_NOTES_REACH = 5  # lines from a Notes sender to its date: blank lines, "Sent by: …", a grid label read alone


def notes_date(lines: list[Line], i: int) -> tuple[int, re.Match[str]] | None:
    """The date line below a Notes sender ("Dana Quill/Ops/Alderwick") with the grid's label OCR put at its right
    ("10/07/2025 03:22 PM bcc"), past blank lines, "Sent by: …" and a grid label read alone (a line page
    furniture's reader would skip: a date with text at its right reads as a browser's print header)."""
    for j in range(i + 1, min(len(lines), i + 1 + _NOTES_REACH)):
        if not lines[j].text.strip() or past_notes_lines(lines, j) != j or _GRID_LABEL.match(lines[j].text):
            continue
        found = _NOTES_DATE_LINE.match(lines[j].text)
        return (j, found) if found else None
    return None
