"""Messages opened by something other than a labelled From header: the line mail clients print above what a
reply quotes ("On …, Dana Whitfield <…> wrote:", in English or the client's language), Lotus Notes' "… wrote
on …:" and GroupWise's ">>> Dana Whitfield 3/5/2018 4:02 PM >>>" (each a header block of its own, sender and
date, no recipients); Outlook's print of a calendar item (Subject, Start, End, Organizer, attendees); and an
export's trailer (the metadata some exports print after a message's body, its header left out).

Used by `email_blocks.py`, which finds every client's header blocks.
"""

from __future__ import annotations

import bisect
import re

from foiakit.ingest.email_fields import DIRECTORY, EXPORT_SENDER, NOISE_CHARS, HeaderBlock, Line

# Outlook for Mac and Thunderbird may print a short date: "On 3/5/18, 4:02 PM, "Dana Whitfield" <…> wrote:"
_WROTE = re.compile(
    r"^\s*(?:>\s*)*On (?P<date>(?:\d{4}-\d{1,2}-\d{1,2}|[^\n]{3,60}?\d{4}|\d{1,2}/\d{1,2}/\d{2})"
    r"(?:,?\s*(?:at\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?-i:\s+[A-Z]{1,3}T\b|\s+UTC\b|\s+GMT\b)?)?),?"
    r"\s+(?P<who>[^\n<]{2,80}?)\s*"
    r"(?:<(?P<addr>[^>\s]+@[^>\s]+)[^\n]{0,60}?)?\s*wrote:\s*$",
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
    rf"^\s*(?:>\s*)*{_OPENER}\s+(?P<date>{_MOMENT}),?\s+(?P<who>[^\n<(]{{2,80}}?){_ADDR}\s*"
    r"(?:a écrit|escribió|escreveu|ha scritto|skrev)\s*:\s*$",
    re.I,
)
_WROTE_VERB_BEFORE = re.compile(
    rf"^\s*(?:>\s*)*(?:Am|Op)\s+(?P<date>{_MOMENT}),?\s+(?:schrieb|schreef)\s+"
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
_WROTE_OPENERS = re.compile(rf"^\s*(?:>\s*)*(?:On|Am|Op|In a message dated|{_OPENER})\s", re.I)
# Outlook on the web "Mon 3/5/2018 4:02 PM", Lotus Notes "03/05/2018 04:02 PM", GroupWise "3/5/18 4:02 PM"
NUMERIC_DATE = (
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"\s*(?:[AaPp]\.?[Mm]\.?)?"
)
_GROUPWISE = re.compile(rf"^\s*>>>\s*(?P<who>\S[^\n]*?)\s+(?P<date>{NUMERIC_DATE})\s*>>>\s*$")


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
