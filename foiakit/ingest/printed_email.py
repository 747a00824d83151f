"""Email printed into PDFs (and quoted inside native emails): header blocks → messages with their page span.

Mail clients print a message as a header block (Outlook: From / Sent / To / Cc / Subject; Gmail and Apple
Mail: From / Date / Subject / To; "-----Original Message-----"; "On DATE, NAME <ADDR> wrote:") followed by its
body; a reply prints the older messages below it. Every header block is a message; the first one of a run of
pages is new text, the ones below it are quotes (`quoted=True`). The labels are matched OCR-tolerantly
(`Frorn:`, `Sublect:`, `T0:`, `Sent;`), and a header block may straddle a page break (page footers between
its lines are skipped).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime

from foiakit.ingest.email_headers import parse_address_list, parse_loose_date
from foiakit.model import EMAIL_TYPES, Address, Document, Message, Page, Settings

_LABELS = {
    "from": r"(?:from|frorn|fron|frcm|fram|fiom|frorn)",
    "sent": r"(?:sent|date|sen t|dale|datc|5ent)",
    "to": r"(?:to|t0|io)",
    "cc": r"(?:cc|ce|c c)",
    "bcc": r"(?:bcc)",
    "subject": r"(?:subject|sublect|subiect|subjcct|subjeet|suhject)",
    "attachments": r"(?:attachments?|importance)",
}
_FIELD = {name: re.compile(rf"^\s*\**{pattern}\**\s*[:;]\s*(?P<value>.*)$", re.I) for name, pattern in _LABELS.items()}
_ORIGINAL = re.compile(r"^\s*-{2,}\s*(?:original message|forwarded message)\s*-{2,}\s*$", re.I)
_WROTE = re.compile(
    r"^\s*(?:>\s*)?On (?P<date>[^\n]{6,60}?\d{4}(?:,?\s*(?:at\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?)?),?"
    r"\s+(?P<who>[^\n<]{2,80}?)\s*"
    r"(?:<(?P<addr>[^>\s]+@[^>\s]+)[^\n]{0,60}?)?\s*wrote:\s*$",
    re.I,
)
# Gmail prints "Name <addr>    Wed, Aug 6, 2025 at 4:07 PM" above "To:"; OWA prints "Name [addr]" above "Sent:"
_GMAIL_SENDER = re.compile(
    r"^\s*(?P<who>[^\n]{0,80}?<?[^\s<>\[\]]*@[^\s<>\[\]]+[>\]]?)\s+"
    r"(?P<date>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s[^\n]*\d{4}[^\n]*)$"
)
# Exchange's message export (eDiscovery, records systems) prints the sender's name with its directory name or
# address, then To / Subject / Date / Priority / Type lines: "Doe, Jane </O=EXCHANGELABS/OU=…/CN=…>"
_EXPORT_SENDER = re.compile(r"^\s*(?P<who>[^\n:<>]{2,80}?)\s*<(?:/O=|[^\s<>@]+@)[^\n]*$", re.I)
_EXPORT_EXTRA = re.compile(r"^\s*(?:priority|type|importance|sensitivity|categories|flag|from)\s*:", re.I)
_DIRECTORY_TAIL = re.compile(r"^\s*\(?[\w]*\)?/?(?:CN=|OU=)", re.I)
_SENDER_LINE = re.compile(r"^\s*(?P<who>[^\n:]{0,80}?[<\[](?:mailto:)?[^\s<>\[\]]+@[^\s<>\[\]]+[>\]])")
_FOOTER_TOKEN = r"(?:page\s*\d+(?:\s*of\s*\d+)?|[A-Z][A-Z0-9]*(?:[ -][A-Z0-9]+)*[ -]?\d{4,}|\d{1,3}|#\w+)"
_FOOTERISH = re.compile(rf"^\s*{_FOOTER_TOKEN}(?:\s+{_FOOTER_TOKEN})*\s*$", re.I)  # page furniture: numbers, Bates
_GMAIL_TITLE = re.compile(r"^[^\n]{0,40}?\bGmail - (.+?)\s*$", re.M)  # the subject, in the title of a Gmail print
_GMAIL_COUNT = re.compile(r"^\s*(\S[^\n]*?)\s*\n\s*\d+ messages?\s*$", re.M)  # "<subject>" above "3 messages"
_MEMO = re.compile(r"\bmemo(?:randum)?\b", re.I)
MAX_HEADER_LINES = 14


@dataclass(slots=True)
class HeaderBlock:
    start: int  # offset of the block's first line in the combined text
    end: int  # offset just after its last line: the body starts here
    fields: dict[str, str] = field(default_factory=dict)
    style: str = "outlook"


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    text: str


def _lines(text: str) -> list[_Line]:
    lines, offset = [], 0
    for raw in text.splitlines(keepends=True):
        lines.append(_Line(offset, offset + len(raw.rstrip("\r\n")), raw.rstrip("\r\n")))
        offset += len(raw)
    return lines


def _label(line: str) -> tuple[str, str] | None:
    for name, pattern in _FIELD.items():
        match = pattern.match(line)
        if match:
            return name, match.group("value").strip()
    return None


def find_header_blocks(text: str) -> list[HeaderBlock]:
    """Every printed header block in `text`, in order."""
    lines = _lines(text)
    blocks: list[HeaderBlock] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        wrote = _WROTE.match(line.text)
        if wrote is None and line.text.lstrip("> ").startswith("On ") and i + 1 < len(lines):
            wrote = _WROTE.match(line.text + " " + lines[i + 1].text.strip())  # "On …" wrapped onto two lines
            if wrote:
                line = _Line(line.start, lines[i + 1].end, "")
                i += 1
        if wrote:
            fields = {"from": wrote.group("who").strip(" ,\"'"), "sent": wrote.group("date")}
            if wrote.group("addr"):
                fields["from"] += f" <{wrote.group('addr')}>"
            blocks.append(HeaderBlock(line.start, line.end + 1, fields, "wrote"))
            i += 1
            continue
        found = _label(line.text)
        export = _export_block(lines, i) if found is None else None
        if export is not None:
            blocks.append(export[0])
            i = export[1] + 1
            continue
        gmail = _GMAIL_SENDER.match(line.text) if found is None else None
        if gmail and _next_label(lines, i) == "to":
            fields = {"from": gmail.group("who"), "sent": gmail.group("date")}
            title = _GMAIL_TITLE.findall(text, 0, line.start) or _GMAIL_COUNT.findall(text, 0, line.start)
            if title:
                fields["subject"] = title[-1]
            last = _gmail_recipients(lines, i, fields)
            blocks.append(HeaderBlock(line.start, lines[last].end + 1, fields, "gmail"))
            i = last + 1
            continue
        if found is not None and found[0] == "sent" and not _inside(blocks, line.start):
            sender_index = _sender_above(lines, i)
            if sender_index is not None:
                who = _SENDER_LINE.match(lines[sender_index].text)
                block, next_i = _read_block(lines, i, "", first_field=found)
                if block is not None and who is not None:
                    block.fields["from"] = who.group("who")
                    block.start = lines[sender_index].start
                    block.style = "owa"
                    blocks.append(block)
                    i = next_i
                    continue
        if found is None or found[0] != "from":
            i += 1
            continue
        block, next_i = _read_block(lines, i, found[1])
        if block is not None and _is_memo(lines, i, text):
            block = None  # an office memo prints To/From/Date/Subject too, but it is not an email
        if block is not None:
            if i and _ORIGINAL.match(lines[i - 1].text):
                block.start = lines[i - 1].start
                block.style = "original-message"
            blocks.append(block)
            i = next_i
        else:
            i += 1
    return blocks


def _export_block(lines: list[_Line], index: int) -> tuple[HeaderBlock, int] | None:
    """An exported message's header: a sender line with its directory name or address, then To, Subject and
    Date among Priority / Type / an empty From (the block and the index of its last line), or None."""
    sender = _EXPORT_SENDER.match(lines[index].text)
    if sender is None or "@" in sender.group("who"):
        return None
    fields: dict[str, str] = {"from": sender.group("who").strip(" ,\"'")}
    last, seen = index, 0
    for j in range(index + 1, min(len(lines), index + MAX_HEADER_LINES)):
        text = lines[j].text
        found = _label(text)
        if found and found[0] != "from":
            if found[0] in fields:
                break
            fields[found[0]] = found[1]
            last, seen = j, seen + 1
        elif found or _EXPORT_EXTRA.match(text) or (j == index + 1 and _DIRECTORY_TAIL.match(text)):
            last = j  # "Priority: Normal", "Type: Note", an empty "From:", the wrapped directory name
        elif text.strip() and seen:
            break
        elif text.strip() and j > index + 2:
            return None
    if not {"to", "subject", "sent"} <= fields.keys():
        return None
    return HeaderBlock(lines[index].start, lines[last].end + 1, fields, "export"), last


def _gmail_recipients(lines: list[_Line], sender_index: int, fields: dict[str, str]) -> int:
    """Read the To/Cc/Bcc lines Gmail prints under its sender line into `fields`; the index of the last one."""
    last, current = sender_index, ""
    for j in range(sender_index + 1, min(len(lines), sender_index + 8)):
        text = lines[j].text
        found = _label(text)
        if found and found[0] in {"to", "cc", "bcc"} and found[0] not in fields:
            current = found[0]
            fields[current] = found[1]
        elif current and found is None and text.strip() and ("@" in text or text.rstrip().endswith(",")):
            fields[current] += " " + text.strip()  # a wrapped recipient list
        elif not text.strip() and current:
            continue
        else:
            break
        last = j
    return last


def _is_memo(lines: list[_Line], index: int, text: str) -> bool:
    above = [line.text for line in lines[max(0, index - 3) : index] if line.text.strip()]
    if above and (found := _label(above[-1])) is not None and found[0] == "to":
        return True  # "To:" printed before "From:": the memo layout
    return bool(_MEMO.search(text[max(0, lines[index].start - 300) : lines[index].start]))


def _next_label(lines: list[_Line], index: int) -> str | None:
    for line in lines[index + 1 : index + 4]:
        if line.text.strip():
            found = _label(line.text)
            return found[0] if found else None
    return None


def _inside(blocks: list[HeaderBlock], offset: int) -> bool:
    return bool(blocks) and blocks[-1].start <= offset < blocks[-1].end


def _sender_above(lines: list[_Line], index: int) -> int | None:
    """The line just above a label-less header's "Sent:" that names the sender with an address."""
    for back in range(index - 1, max(-1, index - 4), -1):
        if lines[back].text.strip():
            return back if _SENDER_LINE.match(lines[back].text) else None
    return None


def _read_block(
    lines: list[_Line], first: int, sender: str, first_field: tuple[str, str] | None = None
) -> tuple[HeaderBlock | None, int]:
    name, value = first_field or ("from", sender)
    fields = {name: value}
    last_field = name
    end = lines[first].end
    j = first + 1
    gap = 0
    while j < len(lines) and j - first <= MAX_HEADER_LINES:
        text = lines[j].text
        found = _label(text)
        if found and found[0] == "from":
            break
        if found:
            name, value = found
            if name in fields and name != "attachments":
                break
            fields[name] = value
            last_field, end, gap = name, lines[j].end, 0
        elif not text.strip() or _FOOTERISH.match(text):
            gap += 1  # blank lines and page furniture (a header printed across a page break)
            if gap > 6 or (not text.strip() and "subject" in fields):
                break
        elif last_field in {"to", "cc", "bcc"} and gap == 0 and (";" in text or "@" in text or "," in text):
            fields[last_field] += " " + text.strip()  # a wrapped recipient list
            end = lines[j].end
        else:
            break
        j += 1
    has_date = "sent" in fields
    if has_date or ("to" in fields and "subject" in fields):
        return HeaderBlock(lines[first].start, min(end + 1, lines[-1].end + 1), fields), j
    return None, first + 1


@dataclass(frozen=True, slots=True)
class _PageMap:
    """Where each page's text sits in the combined text of a document."""

    starts: tuple[int, ...]

    def locate(self, offset: int) -> tuple[int, int]:
        page_index = 0
        for index, start in enumerate(self.starts):
            if start <= offset:
                page_index = index
        return page_index, offset - self.starts[page_index]


def combine(pages: tuple[Page, ...]) -> tuple[str, _PageMap]:
    starts, parts, offset = [], [], 0
    for page in pages:
        starts.append(offset)
        parts.append(page.text)
        offset += len(page.text) + 1
    return "\n".join(parts), _PageMap(tuple(starts))


def messages_from_blocks(
    text: str,
    blocks: list[HeaderBlock],
    pages: tuple[Page, ...],
    page_map: _PageMap,
    sha256: str,
    first_position: int,
    body_end: int | None = None,
    all_quoted: bool = False,
) -> list[Message]:
    messages = []
    for index, block in enumerate(blocks):
        stop = blocks[index + 1].start if index + 1 < len(blocks) else (body_end if body_end is not None else len(text))
        body = text[block.end : stop].strip("\n")
        page_index, header_offset = page_map.locate(block.start)
        body_page_index, body_offset = page_map.locate(min(block.end, max(block.start, stop - 1)))
        end_index, _ = page_map.locate(max(block.start, stop - 1))
        fields = block.fields
        senders = parse_address_list(fields.get("from", ""))
        position = first_position + index
        messages.append(
            Message(
                id=f"{sha256[:16]}:{position}",
                position=position,
                sender=senders[0] if senders else None,
                to=parse_address_list(fields.get("to", "")),
                cc=parse_address_list(fields.get("cc", "")),
                bcc=parse_address_list(fields.get("bcc", "")),
                date=_iso(parse_loose_date(fields.get("sent", ""))),
                subject=" ".join(fields.get("subject", "").split()),
                body=body + "\n",
                attachments=tuple(a.strip() for a in re.split(r"[;,]", fields.get("attachments", "")) if a.strip()),
                page_start=pages[page_index].number,
                page_end=pages[max(end_index, body_page_index)].number,
                quoted=all_quoted or index > 0,
                body_start=body_offset if body_page_index == page_index else header_offset,
                header_start=header_offset,
            )
        )
    return messages


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def split_printed_email(document: Document, settings: Settings) -> Document:
    """Post-ingest step: PDFs and images whose text holds printed email get their messages; native emails get
    the older messages quoted in their bodies as messages of their own (quoted=True)."""
    if document.source.file_type in EMAIL_TYPES:
        return _quoted_in_native(document)
    if document.messages or not document.pages:
        return document
    text, page_map = combine(document.pages)
    blocks = find_header_blocks(text)
    if not blocks:
        return document
    messages = messages_from_blocks(text, blocks, document.pages, page_map, document.source.sha256, 1)
    return replace(document, messages=tuple(messages))


def _quoted_in_native(document: Document) -> Document:
    natives = list(document.messages)
    position = max((m.position for m in natives), default=0) + 1
    quoted: list[Message] = []
    pages = {page.number: page for page in document.pages}
    for message in natives:
        page = pages.get(message.position)
        if page is None or message.body_start is None:
            continue
        blocks = [b for b in find_header_blocks(page.text) if b.start >= message.body_start]
        if not blocks:
            continue
        found = messages_from_blocks(
            page.text, blocks, (page,), _PageMap((0,)), document.source.sha256, position, all_quoted=True
        )
        quoted.extend(found)
        position += len(found)
    if not quoted:
        return document
    return replace(document, messages=tuple(natives + quoted))


__all__ = ["Address", "find_header_blocks", "split_printed_email"]
