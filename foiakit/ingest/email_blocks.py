"""Where printed email header blocks are: each mail client's print layout recognised in a page's text.

- Outlook / Apple Mail / Thunderbird: labelled lines, From first (From / Sent / To / Cc / Subject, any order
  after From), with a separator above a quoted one ("-----Original Message-----", "Begin forwarded message:",
  "---------- Forwarded message ---------").
- "On DATE, NAME <ADDR> wrote:" above a quoted reply (wrapped over up to three lines), or the same in the
  client's language; GroupWise's ">>> NAME DATE >>>"; Outlook's calendar item (`email_openers.py`).
- Gmail: "Name <addr>" with its date ("Wed, Oct 1, 2025 at 9:05 AM", or "Oct 1, 2025, 9:05 AM" without the
  weekday) at the right of the same line or on the next (the name may sit on a line above "<addr>"), then
  Reply-To / To / Cc ("To" with its colon read as a mark beside a redaction box); the subject is the print's
  title ("Gmail - <subject>", or the line above "N messages").
- Outlook on the web and Outlook's reading pane: a name line (no label; what OCR reads of the initials' circle
  beside it left out), a date line, then To / Cc / Subject; or a sender line with its address above "Sent:".
- Outlook with its From line lost (blacked out, or OCR'd past reading): "Sent:" then To and Subject, below a
  separator or a garbled "From" ("Frorrl(b)(6)").
- Outlook's header run into a paragraph ("From: … Sent: … To: … Subject: …" on one line or wrapped over a few,
  the labels bold or behind quote marks), as a flattened print or OCR of a two-column header gives it
  (`email_runin.py`).
- Exchange's message export: a sender with its directory name ("Doe, Jane </O=EXCHANGELABS/…>"), recipients
  with theirs, then To / Subject / Date among Priority / Type; printed as a table, OCR may read the labels'
  column first ("From:", "To:" empty) and the values below.
- Lotus Notes: "Dana Whitfield/Lakeport@Lakeport", a date line ("03/05/2018 04:02 PM"), then To / cc / Subject,
  labelled with or without a colon (a label alone on its line, its value below); exports that print labels in a
  column without a colon ("From      Dana Whitfield").
- Labels printed above From (an export's Subject or To first, Sent before From, Thunderbird's Subject and Date)
  belong to its header; a From label OCR misread ("Frem:") counts when a Sent or To label follows it.
- A records system's own labels ("Sender:", "From (Name):", "Sent On:", "Recipients:") (`email_records.py`).
An office memo prints To / From / Date / Subject too (To first, no address, no "Sent:"), and is not an email.
"""

from __future__ import annotations

import re

from foiakit.ingest.email_cells import notes_columns_block, notes_date, values_below_labels
from foiakit.ingest.email_fields import (
    PRINT_TIME,
    HeaderBlock,
    Line,
    cells,
    column_block,
    column_label,
    is_recipient,
    is_redaction,
    label,
    next_text_line,
    past_notes_lines,
    read_block,
    read_column_block,
    split_lines,
    without_debris,
)
from foiakit.ingest.email_headers import loose_label, parse_loose_date
from foiakit.ingest.email_openers import (
    NUMERIC_DATE,
    calendar_block,
    export_below_labels,
    export_block,
    groupwise_block,
    separated_label_block,
    unknown_label_block,
    with_trailer_messages,
    wrote_block,
)
from foiakit.ingest.email_records import records_block
from foiakit.ingest.email_runin import has_run_in_labels, run_in_block

_SEPARATOR = re.compile(
    r"^\s*(?:>\s*)*(?:-{2,}\s*(?:original message|forwarded message)\s*-{2,}|begin forwarded message:?"
    r"|-{2,}\s*forwarded by [^\n]*-{2,}|_{10,})\s*$",  # Outlook rules a reply's quoted header with underscores
    re.I,
)
_WEEKDAY_DATE = (
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+\.?),?\s+\d{4}"
    r",?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*\([^)\n]*\))?"
)
# Gmail's conversation view leaves the weekday out: "Oct 1, 2025, 9:05 AM (2 days ago)"
_MONTH_DATE = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4},?\s+(?:at\s+)?"
    r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*\([^)\n]*\))?"
)
_DATE_LINE = re.compile(rf"^\s*(?P<date>{_WEEKDAY_DATE}|{_MONTH_DATE}|{NUMERIC_DATE})\s*$")
# Lotus Notes' hierarchical name: "Dana Quill/Ops/Alderwick", "Dana Quill/Alderwick@Alderwick"
_NOTES_NAME = re.compile(
    r"^\s*[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}(?:(?:/[A-Z][\w&.-]*){2,}|/[A-Z][\w&.-]*@[\w.-]+)(?:@[\w.-]+)?\s*$"
)
# "From" with its colon lost to OCR or a redaction box ("Frorrl(b)(6)", "Fron Dana Whitfield")
_GARBLED_FROM = re.compile(r"^\s*(?:>\s*)*\**F\s?r\s?[o0][a-z]{0,4}\s*[:;.,]?\s*(?P<value>[^\n]{0,80})$", re.I)
# what OCR reads of toner dust in the gap between a sender and its date on a scan ("<…> — ; . ‘Mon, …", "<…> ca |
# Mon, …"): marks of punctuation, a letter or two before one
_GAP_DEBRIS = r"(?:(?:[^\w\s]|_){1,3}\s*|[a-z]{1,2}\s+(?=[^\w\s]))*"
# Gmail prints "Name <addr>    Wed, Aug 6, 2025 at 4:07 PM" above "To:"; OWA prints "Name [addr]" above "Sent:"
_GMAIL_SENDER = re.compile(
    r"^\s*(?P<who>[^\n]{0,80}?<?[^\s<>\[\]]*@[^\s<>\[\]]+[>\]]?)\s+"
    rf"{_GAP_DEBRIS}(?P<date>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s[^\n]*\d{{4}}[^\n]*|{_MONTH_DATE})\s*$"
)
# the same with the address blacked out: "Orrin Vale <        >      Wed, Oct 1, 2025 at 9:05 AM" (the spaces
# collapsed by the text layer's reader when the box left no brackets)
_NAME_AND_DATE = re.compile(rf"^\s*(?P<who>\S[^\n]{{0,60}}?)\s+(?P<date>{_WEEKDAY_DATE})\s*$")
# Gmail's "To:" with its colon read as a mark by OCR beside a redaction box ("To > <   >"): a mark, not a word
_TO_COLON_LOST = re.compile(r"^\s*To\s*(?:[^\w\s:]|_)\s*(?P<value>[^\n]*)$")
_EMPTY_BRACKETS = re.compile(r"[<\[(]\s*[>\])]")
_ADDRESSED_SENDER = re.compile(
    r"^\s*(?P<who>[^\n:<>\[\]]{0,80}?\s*[<\[](?:mailto:)?[^\s<>\[\]]+@[^\s<>\[\]]+[>\]])\s*$"
)
_SENDER_LINE = re.compile(r"^\s*(?P<who>[^\n:]{0,80}?[<\[](?:mailto:)?[^\s<>\[\]]+@[^\s<>\[\]]+[>\]])")
# the subject, in the title of a Gmail print; the print time may stand at its right ("Gmail - <subject>   10/2/25,
# 9:14 AM", one space between them in OCR's text)
_GMAIL_TITLE = re.compile(rf"^[^\n]{{0,40}}?\bGmail - (.+?)(?:\s+{PRINT_TIME})?\s*$", re.M)
_GMAIL_COUNT = re.compile(r"^\s*(\S[^\n]*?)\s*\n\s*\d+ messages?\s*$", re.M)  # "<subject>" above "3 messages"
_MEMO = re.compile(r"\bmemo(?:randum)?\b", re.I)
_FAX = re.compile(r"\b(?:fax|facsimile)\b", re.I)
_TIMED = re.compile(r"\d:\d{2}")


def find_header_blocks(text: str) -> list[HeaderBlock]:
    """Every printed header block in `text`, in order."""
    lines = split_lines(text)
    blocks: list[HeaderBlock] = []
    i = 0
    while i < len(lines):
        found = label(lines[i].text) or _garbled_from(lines, i)
        recognised = (
            wrote_block(lines, i)
            or (None if found else records_block(lines, i))  # a records system's labels ("Sender:", "Sent On:")
            or (None if found else run_in_block(lines, i))  # "-----Original Message----- From: … Sent: …"
            or (None if found else groupwise_block(lines, i))
            or (None if found else export_block(lines, i))
            or (None if found else notes_columns_block(lines, i))
            or (None if found else _stacked_block(lines, i, text))
            or (None if found else column_block(lines, i))
            or (None if found else unknown_label_block(lines, i))
            or (None if found else separated_label_block(lines, i))
            or (export_below_labels(lines, i) if found and found[0] == "from" and not found[1] else None)
            or (calendar_block(lines, i) if found and found[0] == "subject" else None)
            or _labelled_block(lines, i, found, text, blocks)
        )
        if recognised is None:
            i += 1
            continue
        block, next_i = recognised
        blocks.append(block)
        i = max(next_i, i + 1)
    return with_trailer_messages(lines, blocks)


def _garbled_from(lines: list[Line], i: int) -> tuple[str, str] | None:
    """A From label OCR misread past the labels table ("Frem: Dana Whitfield"), taken as From only when the next
    line is a Sent or To label (misread or not): the header's structure vouches for it."""
    found = loose_label(lines[i].text)
    if found is None or found[0] != "from":
        return None
    following = next_text_line(lines, i, reach=2)
    below = None if following is None else (label(lines[following].text) or loose_label(lines[following].text))
    return found if below is not None and below[0] in {"sent", "to"} else None


def _stacked_block(lines: list[Line], i: int, text: str) -> tuple[HeaderBlock, int] | None:
    """Gmail and Outlook on the web: a sender line, its date at its right or on the next line (or, the columns
    read in the other order, on the line above a sender with an address), then To (Cc or Bcc when To is empty)."""
    line, line_end = _with_boxed_address(lines, i)
    same_line = _GMAIL_SENDER.match(line) or _redacted_sender(line)
    beside = (same_line.group("who"), same_line.group("date")) if same_line else _name_and_date_cells(line)
    sender_below = next_text_line(lines, i, reach=1) if _DATE_LINE.match(lines[i].text) else None
    if beside:
        who, date, date_index = without_debris(beside[0]), beside[1], line_end
    elif sender_below is not None and _ADDRESSED_SENDER.match(lines[sender_below].text):
        who, date, date_index = lines[sender_below].text.strip(), lines[i].text.strip(), sender_below
    else:
        date_index = past_notes_lines(lines, next_text_line(lines, i, reach=1))
        date_line = _DATE_LINE.match(lines[date_index].text) if date_index is not None else None
        if date_line is None and _NOTES_NAME.match(lines[i].text) and (notes := notes_date(lines, i)) is not None:
            date_index, date_line = notes
        if date_line is None or not _is_sender_line(without_avatar(lines[i].text)):
            return None
        who, date = without_avatar(lines[i].text), date_line.group("date")
    to_index = past_notes_lines(lines, next_text_line(lines, date_index))
    found = label(lines[to_index].text) if to_index is not None else None
    if found is None and same_line and to_index is not None and (lost := _TO_COLON_LOST.match(lines[to_index].text)):
        found = ("to", lost.group("value").strip())  # below a sender with its address and date: Gmail's To line
    reply_to = found[1] if found is not None and found[0] == "reply_to" else None
    if reply_to is not None:  # Gmail's "Reply-To:" between the sender and To
        to_index = next_text_line(lines, to_index)  # type: ignore[arg-type]
        found = label(lines[to_index].text) if to_index is not None else None
    if found is None and to_index is not None and column_label(lines[to_index].text):
        return read_column_block(lines, i, to_index, {"from": who, "sent": date}, "notes")
    close = column_label(lines[to_index].text, spaced=False) if found is None and to_index is not None else None
    if close is not None and close[0] == "to":  # Notes' "To Dana Whitfield/Lakeport", its spaces collapsed
        notes = read_column_block(lines, i, to_index, {"from": who, "sent": date}, "notes", spaced=False)
        return notes if notes is not None and "subject" in notes[0].fields else None  # not "To whom it may…"
    if found is None or found[0] not in {"to", "cc", "bcc"}:
        if _NOTES_NAME.match(lines[i].text) and date.lstrip()[:1].isdigit():  # Notes' grid lost to OCR: the name
            fields = {"from": who, "sent": date}  # and the date below it are the header still
            return HeaderBlock(lines[i].start, lines[date_index].end + 1, fields, "notes"), date_index + 1
        return None
    fields = {"from": who, "sent": date, found[0]: found[1]}
    block, next_i = read_block(lines, to_index, fields, found[0])
    if block is None:
        return None
    block.start = lines[i].start
    if _ADDRESS_ONLY.match(who) and (name := _name_above(lines, i)) is not None:
        fields["from"] = f"{lines[name].text.strip()} {who.strip()}"  # Gmail's name on a line above "<address>"
        block.start = lines[name].start
    block.style = "notes" if date.lstrip()[:1].isdigit() else ("gmail" if "@" in who else "owa")
    if "subject" not in fields:
        title = _GMAIL_TITLE.findall(text, 0, lines[i].start) or _GMAIL_COUNT.findall(text, 0, lines[i].start)
        if title:
            fields["subject"] = title[-1]
    return block, next_i


_ADDRESS_ONLY = re.compile(r"^\s*[<\[(]\s*(?:mailto:)?[^\s<>\[\]()]+@[^\s<>\[\]()]+\s*[>\])]\s*$")


def _name_above(lines: list[Line], index: int) -> int | None:
    """The line just above a sender printed as its address alone, when it holds the sender's name."""
    above = index - 1
    if above < 0 or not lines[above].text.strip() or "@" in lines[above].text or label(lines[above].text):
        return None
    text = lines[above].text.strip()
    named = len(text.replace(",", " ").split()) >= 2  # a name of two words or more, not a body's last "Thanks"
    return above if named and len(text) <= 60 and is_recipient(text.replace(",", " ")) else None


def _redacted_sender(text: str) -> re.Match[str] | None:
    named = _NAME_AND_DATE.match(_EMPTY_BRACKETS.sub(" ", text))
    return named if named and _is_sender_line(named.group("who")) else None


_OPEN_BOX = re.compile(r"\S\s*[<\[(]\s*$")
_CLOSE_BOX = re.compile(r"^\s*[>\])](?:\t| {3,})\S")


def _with_boxed_address(lines: list[Line], i: int) -> tuple[str, int]:
    """Line `i`'s text, joined to the next when the text layer broke the line at a redaction box between an
    address's brackets ("Dana Quill <" above ">   Wed, Oct 1, 2025 at 9:05 AM"), and the index of its last line."""
    if i + 1 < len(lines) and _OPEN_BOX.search(lines[i].text) and _CLOSE_BOX.match(lines[i + 1].text):
        return f"{lines[i].text}   {lines[i + 1].text}", i + 1
    return lines[i].text, i


def _name_and_date_cells(text: str) -> tuple[str, str] | None:
    """A line of two cells, a sender and a date of any client's form ("Quill, Dana   Oct 1, 2025, 9:05 AM", the
    address blacked out: "Dana Quill <   >   …"): the name and the date at its right, their gap kept."""
    parts = cells(_EMPTY_BRACKETS.sub(" ", text))
    if len(parts) == 2 and _DATE_LINE.match(parts[1]) and _is_sender_line(parts[0]):
        return parts[0], parts[1]
    return None


# what OCR reads of the circle with the sender's initials that Outlook on the web prints at a sender line's left:
# a stray bracket or mark before the name (") Quill, Dana"), or the initials read in brackets before or after it
# ("(DQ) Quill, Dana", "Quill, Dana (vn)")
_AVATAR = re.compile(r"^\s*(?:\(?[A-Za-z]{1,3}\)|(?:[^\w\s<\[\"']|_){1,3})\s+|\s+\(?[A-Za-z]{1,3}\)\s*$")


def without_avatar(text: str) -> str:
    """A sender line (a name above its date line) without what OCR read of the initials' circle beside it."""
    return _AVATAR.sub("", text).strip()


def _is_sender_line(text: str) -> bool:
    """A name printed alone above a date: "Dana Whitfield", "Whitfield, Dana", "Dana Whitfield <dana@…>"."""
    if _ADDRESSED_SENDER.match(text):
        return True
    stripped = text.strip()
    if column_label(stripped) is not None:
        return False  # a label of a metadata table read alone on its line ("Date Sent"), not a name
    return 2 <= len(stripped) <= 60 and ";" not in stripped and is_recipient(stripped.replace(",", " "))


def _labelled_block(
    lines: list[Line], i: int, found: tuple[str, str] | None, text: str, blocks: list[HeaderBlock]
) -> tuple[HeaderBlock, int] | None:
    if found is None:
        return None
    if found[0] == "sent" and not (blocks and blocks[-1].start <= lines[i].start < blocks[-1].end):
        sender_index = _sender_above(lines, i)
        if sender_index is not None:
            who = _SENDER_LINE.match(lines[sender_index].text)
            block, next_i = read_block(lines, i, {"sent": found[1]}, "sent")
            if block is not None and who is not None:
                block.fields["from"] = who.group("who")
                block.start = lines[sender_index].start
                block.style = "owa"
                return block, next_i
        return _without_from(lines, i, found[1], blocks)
    if found[0] != "from":
        return None
    if has_run_in_labels(found[1]) and (run_in := run_in_block(lines, i)) is not None:
        return _below_separator(lines, i, run_in[0]), run_in[1]  # "From: … Sent: … To: … Subject: …" in a run
    block, next_i = read_block(lines, i, {"from": found[1]}, "from")
    if block is None:
        return _labels_above_from(lines, i, found[1], text, blocks)
    if not any(block.fields.values()):
        next_i = values_below_labels(lines, block, next_i)  # OCR read the label column before the values
    first = _labels_above(lines, i, block.fields, blocks)
    if _is_memo(lines, first, next_i, text, block.fields):
        return None  # an office memo prints To/From/Date/Subject too, but it is not an email
    return _below_separator(lines, first, block), next_i


def _labels_above_from(
    lines: list[Line], i: int, sender: str, text: str, blocks: list[HeaderBlock]
) -> tuple[HeaderBlock, int] | None:
    """Thunderbird's header: "Subject:" and "Date:" printed above "From:", "To:" below it; what is below From is
    not a header alone, the labels above complete it, when the sender has an address or a separator ("--------
    Forwarded Message --------") is above: a memo prints "DATE: / TO: / FROM: / SUBJECT:" too."""
    fields = {"from": sender}
    first = _labels_above(lines, i, fields, blocks)
    above = next((j for j in range(first - 1, max(-1, first - 3), -1) if lines[j].text.strip()), None)
    separated = above is not None and _SEPARATOR.match(lines[above].text) is not None
    if first == i or not ("@" in sender or separated):  # a memo prints "DATE: / TO: / FROM:" with no address
        return None
    block, next_i = read_block(lines, i, fields, "from")
    if block is None or _is_memo(lines, first, next_i, text, block.fields):
        return None
    return _below_separator(lines, first, block), next_i


def _below_separator(lines: list[Line], first: int, block: HeaderBlock) -> HeaderBlock:
    """The block from line `first`, or from the separator just above it ("-----Original Message-----")."""
    block.start = lines[first].start
    above = next((j for j in range(first - 1, max(-1, first - 3), -1) if lines[j].text.strip()), None)
    if above is not None and _SEPARATOR.match(lines[above].text):
        block.start = lines[above].start
        block.style = "original-message"
    return block


def _without_from(lines: list[Line], i: int, sent: str, blocks: list[HeaderBlock]) -> tuple[HeaderBlock, int] | None:
    """Outlook's header with its From line lost: "Sent:" below a separator ("-----Original Message-----"), a
    garbled From ("Frorrl(b)(6)"), what a redaction left of it ("(b)(6)", a box) or nothing at all (the text's
    first line, or a From line blacked out with nothing left of it: then the label is "Sent:", which only mail
    prints, with a moment to the minute, and no From line is just above), then To and Subject, as Outlook prints
    them."""
    above = next((j for j in range(i - 1, max(-1, i - 3), -1) if lines[j].text.strip()), None)
    first = above is None and not any(line.text.strip() for line in lines[:i])
    if above is not None and label(lines[above].text) is not None:
        return None
    separator = _SEPARATOR.match(lines[above].text) if above is not None else None
    garbled = None if separator or above is None else _GARBLED_FROM.match(lines[above].text)
    redacted = above is not None and not (separator or garbled) and is_redaction(lines[above].text)
    lost = bool(_SENT_WORD.match(lines[i].text) and _TIMED.search(sent) and parse_loose_date(sent))
    floor = blocks[-1].end if blocks else 0
    nearby = [line for line in lines[max(0, i - 8) : i] if line.start >= floor]
    if lost and any((found := label(line.text)) and found[0] == "from" for line in nearby):
        lost = False  # a From line above that no header took: too far from Sent to be its own, not blacked out
    if not (separator or garbled or redacted or first or lost):
        return None
    block, next_i = read_block(lines, i, {"sent": sent}, "sent")
    if block is None or not {"to", "subject"} <= block.fields.keys():
        return None
    if garbled:
        block.fields["from"] = garbled.group("value").strip()
    block.start = lines[above].start if above is not None and (separator or garbled or redacted) else lines[i].start
    block.style = "original-message" if separator else "outlook"
    return block, next_i


_ABOVE_FROM = {"to", "cc", "bcc", "subject", "sent", "reply_to"}
_SENT_WORD = re.compile(r"^\s*(?:>\s*)*\**sent\b", re.I)


def _labels_above(lines: list[Line], index: int, fields: dict[str, str], blocks: list[HeaderBlock]) -> int:
    """The header's first line: labels printed right above From belong to it (an export that prints Subject or
    To first, a Sent line printed before From), up to a blank line or the previous header. Their fields join
    `fields`."""
    first = index
    floor = blocks[-1].end if blocks else 0
    for j in range(index - 1, max(-1, index - 6), -1):
        found = label(lines[j].text)
        if lines[j].start < floor or found is None or found[0] not in _ABOVE_FROM or found[0] in fields:
            break
        fields[found[0]] = found[1]
        first = j
    return first


def _is_memo(lines: list[Line], first: int, after: int, text: str, fields: dict[str, str]) -> bool:
    """An office memo's (or a fax cover sheet's) To / From / Date / Subject (lines `first` to `after`): "To:"
    printed first, or the word fax just above, with neither an address nor a "Sent:" label (which only mail
    prints) to show it is mail; or the word memo just above."""
    above = [line for line in lines[max(0, first - 3) : first + 1] if line.text.strip()]
    header = [line.text for line in lines[first:after]]
    mail = any("@" in value for value in fields.values()) or any(map(_SENT_WORD.match, header))
    before = text[max(0, lines[first].start - 300) : lines[first].start]
    if not mail and above and (found := label(above[-1].text)) is not None and found[0] == "to":
        return True  # "To:" printed before "From:": the memo layout
    if not mail and _FAX.search(before):
        return True
    return bool(_MEMO.search(before))


def _sender_above(lines: list[Line], index: int) -> int | None:
    """The line just above a label-less header's "Sent:" that names the sender with an address."""
    for back in range(index - 1, max(-1, index - 4), -1):
        if lines[back].text.strip():
            return back if _SENDER_LINE.match(lines[back].text) else None
    return None
