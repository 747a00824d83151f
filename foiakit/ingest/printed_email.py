"""Email printed into PDFs (and quoted inside native emails): header blocks → messages with their page span.

Mail clients print a message as a header block followed by its body; a reply prints the older messages below
it, and a forward nests them in its body. Every header block is a message (`email_blocks.py` finds them in each
client's layout; `email_fields.py` reads their lines OCR-tolerantly, across page breaks); the first one of a run
of pages is new text, the ones below it are quotes (`quoted=True`).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, replace
from datetime import datetime

from foiakit.ingest.email_blocks import find_header_blocks
from foiakit.ingest.email_fields import HeaderBlock, is_furniture
from foiakit.ingest.email_headers import parse_address_list, parse_loose_date
from foiakit.ingest.threads import local_part_matches_name, normalize_subject, sender_key
from foiakit.model import EMAIL_TYPES, Address, Document, Message, Page, Settings


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
        fields = {name: html.unescape(value) for name, value in block.fields.items()}  # "&lt;" of a printed web page
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
                # below the first, a message is quoted, unless an export or a records system printed it on its own
                quoted=all_quoted or (index > 0 and block.style not in _ON_ITS_OWN),
                body_start=body_offset if body_page_index == page_index else header_offset,
                header_start=header_offset,
            )
        )
    return messages


_ON_ITS_OWN = {"export-trailer", "records"}


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
    blocks = without_repeated_headers(text, find_header_blocks(text), page_map)
    if not blocks:
        return document
    messages = messages_from_blocks(text, blocks, document.pages, page_map, document.source.sha256, 1)
    return replace(document, messages=tuple(messages))


# a metadata line an eDiscovery tool prints beside a message's fields ("File Name: …", "Custodian: …"), or a row of
# its metadata table, the field's name in a cell of its own ("Control Number   WRF-0000412")
_METADATA_LINE = re.compile(r"^\s*[A-Z][\w ./-]{0,30}?(?::|(?=\t| {3,}\S))(?:\s+\S[^\n]{0,90})?\s*$")
# the same row as OCR reads it, the gap lost and the cell's rules read as marks: the field names review platforms
# print ("Control! Number. WRF-PROD-0000001", "File Name RE_Culvert.msg")
_METADATA_FIELD = re.compile(
    r"^\W*(?:custodians?|file\W*(?:name|path|ext(?:ension)?)|control\W*(?:number|no)|bates\W*(?:number|begin|end)?"
    r"|beg\W*(?:bates|doc)|end\W*(?:bates|doc)|doc(?:ument)?\W*id|md5(?:\W*hash)?|sha\W*1|family\W*id"
    r"|attachment\W*count|folder|record\W*type|production\W*(?:number|volume))\b[^\n]{0,100}$",
    re.I,
)


def without_repeated_headers(text: str, blocks: list[HeaderBlock], page_map: _PageMap) -> list[HeaderBlock]:
    """The header blocks less those that print a message a second time in the same printing: a header repeated
    at the top of each page of a long message (the message continued, not a new one), or an eDiscovery metadata
    page ("Email From: / Date Sent: / File Name:") right above the message it describes. Two blocks are the
    same message when sender, moment and subject agree and nothing but metadata or page furniture lies between
    them, or the second is the first text of its page and the body below it goes on from the page before (not
    the same body printed again). The first printing of the header is kept, except above a metadata page, whose
    message's body is below the second."""
    kept: list[HeaderBlock] = []
    for index, block in enumerate(blocks):
        previous = kept[-1] if kept else None
        if previous is None or not _same_message(previous, block):
            kept.append(block)
        elif _only_metadata_between(text, previous.end, block.start):
            kept[-1] = block
        elif not _first_on_its_page(text, block.start, page_map):
            kept.append(block)
        elif _same_body(text[previous.end : block.start], text[block.end : _next_start(blocks, index, text)]):
            kept.append(block)  # atop a page with the body printed again below it: another printing, not a page
    return kept


_BODY_PREFIX = 80  # characters of two bodies' openings compared
_MIN_BODY = 20  # a shorter opening ("Thanks") says nothing of which printing it is
_QUOTE_MARKS = re.compile(r"^\s*(?:>\s*)+", re.M)


def _next_start(blocks: list[HeaderBlock], index: int, text: str) -> int:
    return blocks[index + 1].start if index + 1 < len(blocks) else len(text)


def _same_body(above: str, below: str) -> bool:
    """Whether the body below a repeated header opens as the body below its first printing did: the message
    printed again (a production that prints each message of a thread on its own after the reply that quotes
    it), not continued from the page before (a print that repeats the header atop each page, the body going
    on below it). Quote marks, page furniture and line breaks do not count."""
    openings = [_opening(part) for part in (above, below)]
    shortest = min(len(opening) for opening in openings)
    return shortest >= _MIN_BODY and openings[0][:shortest] == openings[1][:shortest]


def _opening(body: str) -> str:
    lines = [line for line in _QUOTE_MARKS.sub("", body).splitlines() if line.strip() and not is_furniture(line)]
    return " ".join(" ".join(lines).split()).lower()[:_BODY_PREFIX]


def _same_message(a: HeaderBlock, b: HeaderBlock) -> bool:
    when_a, when_b = (parse_loose_date(x.fields.get("sent", "")) for x in (a, b))
    if when_a is None or when_b is None or when_a.replace(tzinfo=None) != when_b.replace(tzinfo=None):
        return False
    senders = [parse_address_list(x.fields.get("from", "")) for x in (a, b)]
    subjects = {normalize_subject(x.fields.get("subject", "")) for x in (a, b)}
    return all(senders) and _same_sender(senders[0][0], senders[1][0]) and len(subjects) == 1


def _same_sender(a: Address, b: Address) -> bool:
    """The same sender printed twice: the same key, or a name printed once without the address and once with it
    (an eDiscovery table's "Orla Fenwright" above the header's "Orla Fenwright <ofenwright@…>")."""
    keys = [sender_key(x.name, x.address) for x in (a, b)]
    if keys[0] == keys[1]:
        return bool(keys[0])
    named = next((x for x in (a, b) if not x.address and x.name), None)
    addressed = next((x for x in (a, b) if x.address and "@" in x.address), None)
    if named is None or addressed is None:
        return False
    words = [w for w in named.name.replace(",", " ").lower().split() if w]
    return local_part_matches_name(addressed.address.split("@")[0].lower(), words)


def _only_metadata_between(text: str, start: int, stop: int) -> bool:
    lines = [line for line in text[start:stop].splitlines() if line.strip()]
    return all(is_furniture(line) or _METADATA_LINE.match(line) or _METADATA_FIELD.match(line) for line in lines)


def _first_on_its_page(text: str, offset: int, page_map: _PageMap) -> bool:
    page_index, _ = page_map.locate(offset)
    page_start = page_map.starts[page_index]
    above = [line for line in text[page_start:offset].splitlines() if line.strip()]
    return page_index > 0 and all(is_furniture(line) for line in above)


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
