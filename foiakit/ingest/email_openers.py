"""Messages opened by something other than a labelled From header: the line mail clients print above what a
reply quotes ("On …, Dana Whitfield <…> wrote:", in English or the client's language), Lotus Notes' "… wrote
on …:" and GroupWise's ">>> Dana Whitfield 3/5/2018 4:02 PM >>>" (each a header block of its own, sender and
date, no recipients); Outlook's print of a calendar item (Subject, Start, End, Organizer, attendees); an
Exchange export's header (a sender with its directory name) and its trailer (the metadata some exports print
after a message's body, its header left out); and headers whose labels the labels table does not know (another
language, or OCR past reading).

Used by `email_blocks.py`, which finds every client's header blocks.
"""

from __future__ import annotations

import bisect
import re

from foiakit.ingest.email_fields import (
    DIRECTORY,
    EXPORT_SENDER,
    MAX_HEADER_LINES,
    NOISE_CHARS,
    HeaderBlock,
    Line,
    label,
)
from foiakit.ingest.email_headers import join_spaced_address, parse_loose_date

# what OCR makes of toner dust before a line's first word on a worn copy: a mark or three of punctuation ("-Le …",
# "_ >>> …", "\" >>> …"); quote marks are not dust
_LEAD_DUST = r"(?:(?:[^\w\s>]|_){1,3}\s*)?"
# Outlook for Mac and Thunderbird may print a short date: "On 3/5/18, 4:02 PM, "Dana Whitfield" <…> wrote:"
_WROTE = re.compile(
    rf"^\s*{_LEAD_DUST}(?:>\s*)*"
    r"On (?P<date>(?:\d{4}-\d{1,2}-\d{1,2}|[^\n]{3,60}?\d{4}|\d{1,2}/\d{1,2}/\d{2})"
    r"(?:,?\s*(?:at\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?-i:\s+[A-Z]{1,3}T\b|\s+UTC\b|\s+GMT\b)?)?),?"
    r"\s+(?P<who>[^\n<]{2,80}?)\s*"
    # "wrote :" / "wrote;" in OCR's or French spacing, OCR's dust after it ("wrote: ;")
    r"(?:<(?P<addr>[^>\s]+@[^>\s]+)[^\n]{0,60}?|<[^<>\n]{0,60}@[^<>\n]{0,60}>?)?\s*wrote ?[:;](?:\s*[^\w\s]){0,3}\s*$",
    re.I,
)
# Lotus Notes quotes a reply under 'Dana Whitfield/Lakeport wrote on 03/05/2018 04:02:11 PM:'
_WROTE_ON = re.compile(
    r"^\s*(?:>\s*)*(?P<who>\S[^\n]{1,80}?)\s+wrote on\s+(?P<date>[^\n]{6,40}?\d{1,2}:\d{2}(?::\d{2})?"
    r"\s*(?:[AaPp]\.?[Mm]\.?)?)\s*:\s*$",
    re.I,
)
# A reply quoted under a line in the client's language: French, Spanish, Portuguese and Italian put the verb
# after the sender ("Le mer. 1 oct. 2025 à 08:15, Dana Whitfield <…> a écrit :"), German and Dutch before it
# ("Am 01.10.2025 um 08:15 schrieb Dana Whitfield <…>:")
_OPENER = r"(?:Le|El|Em|Il giorno|Il|Den)"
_MOMENT = r"[^\n]*?\b(?:19[89]\d|20\d\d)\b[^\n]*?\d{1,2}[:.h]\d{2}(?:\s*(?:Uhr|[AaPp]\.?[Mm]\.?))?"
_ADDR = r"(?:\s*\(?\s*<?(?P<addr>[^<>()\s]+@[^<>()\s]+?)>?\s*\)?)?"
_WROTE_VERB_AFTER = re.compile(
    rf"^\s*{_LEAD_DUST}(?:>\s*)*{_OPENER}\s+(?P<date>{_MOMENT}),?\s+(?P<who>[^\n<(]{{2,80}}?){_ADDR}\s*"
    r"(?:a écrit|escribió|escreveu|ha scritto|skrev)\s*:\s*$",
    re.I,
)
_WROTE_VERB_BEFORE = re.compile(
    rf"^\s*{_LEAD_DUST}(?:>\s*)*(?:Am|Op)\s+(?P<date>{_MOMENT}),?\s+(?:schrieb|schreef)\s+"
    rf"(?P<who>[^\n<(]{{2,80}}?){_ADDR}\s*:\s*$",
    re.I,
)
# AOL: "In a message dated 10/1/2025 8:00:12 AM Eastern Daylight Time, marrow@aol.example writes:"
_AOL_WROTE = re.compile(
    r"^\s*(?:>\s*)*In a message dated (?P<date>[^\n]{6,40}?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?)"
    r"[^,\n]*,\s*(?P<who>[^\n<]{2,80}?)\s*(?:<(?P<addr>[^>\s]+@[^>\s]+)>)?\s+writes:\s*$",
    re.I,
)
# GroupWise 8 names the quoted message's id: ">>> On 10/1/2025 at 8:00 AM, in message <…>, "Dana" <…> wrote:"
_MESSAGE_ID = re.compile(r",?\s*in message <[^<>\n]*>\s*,?", re.I)
_WROTE_OPENERS = re.compile(rf"^\s*{_LEAD_DUST}(?:>\s*)*(?:On|Am|Op|In a message dated|{_OPENER})\s", re.I)
# Outlook on the web "Mon 3/5/2018 4:02 PM", Lotus Notes "03/05/2018 04:02 PM", GroupWise "3/5/18 4:02 PM"
NUMERIC_DATE = (
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"\s*(?:[AaPp]\.?[Mm]\.?)?"
)
# on a worn copy, dust before the first ">>>" and after the last, a mark after the date ("10:12 AM: >>>")
_GROUPWISE = re.compile(
    rf"^\s*{_LEAD_DUST}>>>\s*(?P<who>\S[^\n]*?)\s+(?P<date>{NUMERIC_DATE})\s*[.,:;]?\s*>>>"
    r"(?:\s*(?:[^\w\s]|_){1,3})?\s*$"
)


def wrote_block(lines: list[Line], i: int) -> tuple[HeaderBlock, int] | None:
    """'On Mon, Mar 5, 2018 at 4:02 PM, Dana Whitfield <dana@…> wrote:' (or the same in the client's language:
    'Le …, … a écrit :', 'Am … schrieb …:'), AOL's 'In a message dated …, … writes:', possibly wrapped over
    three lines and behind any depth of quote marks; or Lotus Notes' 'Dana Whitfield/Lakeport wrote on
    03/05/2018 04:02:11 PM:'. The block and the index of the line after it."""
    if wrote_on := _WROTE_ON.match(lines[i].text):
        fields = {"from": wrote_on.group("who").strip(" ,\"'"), "sent": wrote_on.group("date")}
        return HeaderBlock(lines[i].start, lines[i].end + 1, fields, "wrote"), i + 1
    if not _WROTE_OPENERS.match(lines[i].text):
        return None
    joined = lines[i].text
    for last in range(i, min(len(lines), i + 3)):
        if last > i:
            joined = re.sub(r"<\s+", "<", joined + " " + lines[last].text.lstrip("> ").strip())
        joined = join_spaced_address(joined)  # "<dq@alderwick. example>" as OCR spaced it
        unnamed = _MESSAGE_ID.sub(", ", joined)
        wrote = (
            _WROTE.match(unnamed)
            or _WROTE_VERB_AFTER.match(joined)
            or _WROTE_VERB_BEFORE.match(joined)
            or _AOL_WROTE.match(joined)
        )
        if wrote:
            fields = {"from": wrote.group("who").strip(" ,\"'"), "sent": wrote.group("date")}
            if wrote.group("addr"):
                fields["from"] += f" <{wrote.group('addr')}>"
            return HeaderBlock(lines[i].start, lines[last].end + 1, fields, "wrote"), last + 1
        if not lines[last].text.strip():
            return None
    return None


def groupwise_block(lines: list[Line], i: int) -> tuple[HeaderBlock, int] | None:
    """GroupWise's quoted reply: '>>> Dana Whitfield 3/5/2018 4:02 PM >>>' (the name may carry its address)."""
    match = _GROUPWISE.match(lines[i].text)
    if match is None:
        return None
    fields = {"from": match.group("who").strip(), "sent": match.group("date")}
    return HeaderBlock(lines[i].start, lines[i].end + 1, fields, "groupwise"), i + 1


# Outlook prints an item of the calendar (a meeting invitation as the calendar keeps it) with labels of its own
_CALENDAR_LABEL = re.compile(
    r"^\s*(?P<label>subject|location|start|end|show time as|recurrence|recurrence pattern|meeting status"
    r"|organi[sz]er|required attendees|optional attendees|resources)\s*:\s*(?P<value>.*)$",
    re.I,
)
_CALENDAR_FIELDS = {"organizer": "from", "organiser": "from", "required attendees": "to", "optional attendees": "cc"}
_CALENDAR_REACH = 20  # lines: Outlook leaves blank lines between groups of the item's labels


def calendar_block(lines: list[Line], i: int) -> tuple[HeaderBlock, int] | None:
    """A calendar item: "Subject:", then Start, End and Organizer among Location / Show Time As / Recurrence /
    Meeting Status / the attendees (a list may wrap). The organizer is its sender, the required attendees its
    recipients; it has no sent date (Start is the meeting's, not the message's)."""
    first = _CALENDAR_LABEL.match(lines[i].text)
    if first is None or first.group("label").lower() != "subject":
        return None
    fields, seen, last, previous = {"subject": first.group("value").strip()}, set(), i, ""
    for j in range(i + 1, min(len(lines), i + _CALENDAR_REACH)):
        text = lines[j].text
        match = _CALENDAR_LABEL.match(text)
        if match and match.group("label").lower() != "subject":
            previous = match.group("label").lower()
            seen.add(previous)
            if previous in _CALENDAR_FIELDS:
                fields[_CALENDAR_FIELDS[previous]] = match.group("value").strip()
            last = j
        elif text.strip() and _CALENDAR_FIELDS.get(previous) in {"to", "cc"} and last == j - 1:
            fields[_CALENDAR_FIELDS[previous]] += " " + text.strip()  # a wrapped list of attendees
            last = j
        elif text.strip():
            break
    if not {"start", "end"} <= seen or "from" not in fields:
        return None
    return HeaderBlock(lines[i].start, lines[last].end + 1, fields, "calendar"), last + 1


# An export that prints each message's metadata after its body ("Sender: / Recipient: / Sent Date: / Delivered
# Date:", the values often OCR'd into a column of their own below the labels)
_TRAILER_SENT = re.compile(r"^\s*Sent Date\s*:\s*(?P<value>[^\n]*)$", re.I)
_TRAILER_DELIVERED = re.compile(r"^\s*Delivered Date\s*:", re.I)
_TRAILER_LABEL = re.compile(r"^\s*(?:Sender|Recipients?|Sent Date|Delivered Date)\s*:", re.I)
_STAMP = re.compile(r"\d{4}[/-]\d{1,2}[/-]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?")
_TRAILER_REACH = 60  # lines: a trailer lists every recipient with a directory name of two lines each


def with_trailer_messages(lines: list[Line], blocks: list[HeaderBlock]) -> list[HeaderBlock]:
    """A message printed with only a trailer (its header left out by the export): the text between the previous
    trailer and this one holds no header block, so it is a message of its own, starting at its first line, with
    the trailer's sender and sent date."""
    found = list(blocks)
    starts = sorted(b.start for b in blocks)
    after = 0  # the index of the first line after the previous trailer
    for index, line in enumerate(lines):
        if not _TRAILER_SENT.match(line.text) or not any(
            _TRAILER_DELIVERED.match(later.text) for later in lines[index + 1 : index + 4]
        ):
            continue
        first = _trailer_start(lines, index)
        opening = next((j for j in range(after, first) if lines[j].text.strip()), None)
        if opening is not None:
            start, stop = lines[opening].start, lines[first].start
            k = bisect.bisect_left(starts, start)
            if k == len(starts) or starts[k] >= stop:  # no header between the two trailers
                fields = _trailer_fields(lines, first, index)
                found.append(HeaderBlock(start, start, fields, "export-trailer"))
        after = _trailer_end(lines, index)
    return sorted(found, key=lambda b: b.start)


def _trailer_end(lines: list[Line], sent_index: int) -> int:
    """The index of the first line after a trailer: its labels, then the values OCR may have put below them."""
    j = sent_index + 1
    while j < len(lines):
        text = lines[j].text
        if not (
            _TRAILER_LABEL.match(text)
            or DIRECTORY.search(text)
            or EXPORT_SENDER.match(text)
            or _STAMP.fullmatch(text.strip())
            or len(text.strip()) <= NOISE_CHARS
        ):
            break
        j += 1
    return j


def _trailer_start(lines: list[Line], sent_index: int) -> int:
    """The trailer's first line: back from "Sent Date:" over its labels, directory names and their residue."""
    first = sent_index
    for j in range(sent_index - 1, max(-1, sent_index - _TRAILER_REACH), -1):
        text = lines[j].text
        if _TRAILER_LABEL.match(text) or DIRECTORY.search(text) or len(text.strip()) <= NOISE_CHARS:
            first = j if text.strip() else first
            continue
        break
    return first


def _trailer_fields(lines: list[Line], first: int, sent_index: int) -> dict[str, str]:
    fields: dict[str, str] = {}
    for line in lines[first : sent_index + 6]:
        sender = EXPORT_SENDER.match(line.text)
        if sender and "from" not in fields and not _TRAILER_LABEL.match(line.text):
            fields["from"] = sender.group("who").strip(" ,\"'|*")
    value = _TRAILER_SENT.match(lines[sent_index].text).group("value")  # type: ignore[union-attr]
    stamp = _STAMP.search(value) or next(
        (m for line in lines[sent_index + 1 : sent_index + 12] if (m := _STAMP.search(line.text))), None
    )
    if stamp:
        fields["sent"] = stamp.group(0)
    return fields


# An exported message's header: its sender with a directory name, Subject / Date among Priority / Type
_EXPORT_EXTRA = re.compile(r"^\s*(?:priority|type|importance|sensitivity|categories|flag|from|sent\s*via)\s*:", re.I)
_DIRECTORY_NAME = re.compile(r"^\s*(?:to:\s*)?(?P<name>[A-Z][^/<>:\n]{1,60}?)\s*/[o0]=", re.I)


def export_below_labels(lines: list[Line], i: int) -> tuple[HeaderBlock, int] | None:
    """An export's header table OCR'd column by column: "From:" (and "To:", "CC:", "SentVia:") with no value, the
    sender's directory name below them, then Subject / Date among Priority / Type."""
    seed: dict[str, str] = {}
    for j in range(i + 1, min(len(lines), i + 8)):
        text = lines[j].text
        found = label(text)
        if found is None and EXPORT_SENDER.match(text):
            recognised = export_block(lines, j, seed)
            if recognised is not None:
                recognised[0].start = lines[i].start
            return recognised
        if found and not found[1] and found[0] in {"to", "cc", "bcc"}:
            seed[found[0]] = ""
        elif text.strip() and not _EXPORT_EXTRA.match(text) and len(text.strip()) > NOISE_CHARS:
            return None
    return None


def export_block(lines: list[Line], index: int, seed: dict[str, str] | None = None) -> tuple[HeaderBlock, int] | None:
    """An exported message's header: a sender line with its directory name or address, recipients with theirs,
    then To, Subject and Date among Priority / Type / an empty From (the block and the index after it), or None.
    `seed`: fields read above the sender line (an empty "To:" printed before the values)."""
    sender = EXPORT_SENDER.match(lines[index].text)
    if sender is None or "@" in sender.group("who"):
        return None
    fields: dict[str, str] = {**(seed or {}), "from": sender.group("who").strip(" ,\"'|*")}
    recipients: list[str] = []
    last, seen = index, 0
    for j in range(index + 1, min(len(lines), index + 3 * MAX_HEADER_LINES)):
        text = lines[j].text
        found = label(text)
        directory = DIRECTORY.search(text)
        if directory and (name := _DIRECTORY_NAME.match(text)):
            recipients.append(name.group("name").strip())
        if found and found[0] != "from" and not directory:
            if found[0] in fields:
                break
            fields[found[0]] = found[1]
            last, seen = j, seen + 1
        elif found and found[0] == "to":
            fields["to"], last = "", j  # "To:" printed beside a recipient's wrapped directory name
        elif found and found[0] == "from" and found[1] and not directory:
            break  # the next message's header, printed below this one's
        elif found or _EXPORT_EXTRA.match(text) or directory or (text.strip() and len(text.strip()) <= NOISE_CHARS):
            last = j  # "Priority: Normal", "Type: Note", an empty "From:", a directory name, a redaction's residue
        elif text.strip() and seen:
            break
        elif text.strip() and not recipients:
            return None
    if not {"to", "subject", "sent"} <= fields.keys():
        return None
    if recipients and not fields["to"].strip(" ()"):
        fields["to"] = "; ".join(recipients)
    return HeaderBlock(lines[index].start, lines[last].end + 1, fields, "export"), last + 1


# a header whose labels are in no known language, or OCR garbled them: short "label : value" lines in a run
_ANY_LABEL = re.compile(r"^\s*(?P<label>[^\s:：][^:：\n]{0,14}?)\s*[:：]\s*(?P<value>\S[^\n]*)$")
_NAMED = re.compile(r"<|&lt|&quot;|\"")
_TIMED = re.compile(r"\d:\d{2}")


def unknown_label_block(lines: list[Line], i: int) -> tuple[HeaderBlock, int] | None:
    """Three "label : value" lines or more, the first naming a person ('"Doe, Jane" <…>'), the second or third a
    moment ("2022-03-25 10:46"): a header printed in a language the labels table does not know, or OCR'd into
    unreadable labels. The value after the moment is the subject unless it names people too."""
    first = _ANY_LABEL.match(lines[i].text)
    if first is None or not _NAMED.search(first.group("value")):
        return None
    values = [first.group("value")]
    last, j, loose = i, i + 1, 0
    while j < len(lines) and len(values) < 6 and loose <= 2:
        match = _ANY_LABEL.match(lines[j].text)
        if match:
            values.append(match.group("value"))
            last, loose = j, 0
        elif lines[j].text.strip():
            loose += 1  # a wrapped recipient list
        j += 1
    moment = next((k for k, v in enumerate(values[1:3], 1) if _TIMED.search(v) and parse_loose_date(v)), None)
    if len(values) < 3 or moment is None or (moment + 1 < len(values) and _TIMED.search(values[moment + 1])):
        return None  # a sent and a delivered time in a row: an export's trailer, not a header
    fields = {"from": values[0], "sent": values[moment]}
    if moment + 1 < len(values) and not _NAMED.search(values[moment + 1]):
        fields["subject"] = values[moment + 1]
    return HeaderBlock(lines[i].start, lines[last].end + 1, fields, "unknown-labels"), last + 1


_RULE_END = re.compile(r"^[^\n]{0,30}?[-—–_]{3,}\s*$")  # "-----Original Message-----" in any language or OCR
_LABELS_AFTER_RULE = 4
_REACH_AFTER_RULE = 10  # lines
_BROKEN_LINES = 3


def separated_label_block(lines: list[Line], i: int) -> tuple[HeaderBlock, int] | None:
    """A quoted message's header in a language the labels table does not know (or OCR'd past reading): a line
    ending in a rule of dashes, like Outlook's "-----Original Message-----", then "label: value" lines: four or
    more in a row, or two or more when the first names its sender ("x:Silva, Sathya &lt…") and OCR broke the
    others' lines. The first value is the sender; a value that reads as a date is the moment."""
    if not _RULE_END.match(lines[i].text) or label(lines[i].text) is not None:
        return None
    values: list[str] = []
    last, j, loose, in_row = i, i + 1, 0, 0  # in_row: the values read before the first break in their run
    while j < len(lines) and len(values) < 6 and j - i <= _REACH_AFTER_RULE:
        text = lines[j].text
        match = _ANY_LABEL.match(text)
        if label(text) is not None:
            return None  # labels the table knows: the labelled reader takes this header, separator and all
        if match and len(text.strip()) <= 120:
            values.append(match.group("value"))
            last = j
        elif not values and text.strip():
            return None
        elif in_row == 0 and values:
            in_row = len(values)  # the run of labels ends here: a blank line, or a broken one
        if in_row >= _LABELS_AFTER_RULE:
            break
        if text.strip() and not match:
            loose += 1  # a wrapped or garbled recipient line
            if loose > _BROKEN_LINES or len(text.strip()) > 80:
                break
        j += 1
    in_row = in_row or len(values)
    named = len(values) >= 2 and bool(_NAMED.search(values[0]))
    if in_row < _LABELS_AFTER_RULE and not named:
        return None
    fields = {"from": values[0]}
    moment = next((v for v in values[1:] if _TIMED.search(v) and parse_loose_date(v)), None)
    if moment:
        fields["sent"] = moment
    return HeaderBlock(lines[i].start, lines[last].end + 1, fields, "separated-labels"), last + 1
