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
from foiakit.ingest.email_fields import HeaderBlock
from foiakit.ingest.email_headers import parse_address_list, parse_loose_date
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
                # below the first, a message is quoted, unless an export printed it on its own (its trailer)
                quoted=all_quoted or (index > 0 and block.style != "export-trailer"),
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
