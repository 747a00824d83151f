"""Native email: .eml and .mbox (standard library, modern policy) and Outlook .msg (extract-msg).

Each message becomes a Message and one Page (number = its position in the file) whose text is the header
block followed by the body, so search, extraction and citations work on emails as on PDF pages. Attachments
are written to the run's work folder and handed back as files of their own (ingested again by the pipeline:
a scanned PDF attachment is OCR'd, an attached .eml is an email again), each linked to its parent message.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import mailbox
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from foiakit.errors import FileFailure
from foiakit.ingest.email_text import html_to_text, safe_filename
from foiakit.ingest.sniff import sniff_file
from foiakit.model import Address, Document, FileType, IngestError, Message, Page, Settings, SourceFile

NATIVE_REASON = "native email: text from the message"


@dataclass(frozen=True, slots=True)
class ParsedMessage:
    """One message read from a file, before it is numbered."""

    message: Message
    page_text: str
    attachments: tuple[tuple[str, bytes], ...]
    problems: tuple[tuple[str, str], ...]  # (kind, reason) for the errors table


def ingest_email(source: SourceFile, settings: Settings) -> Document:
    if source.file_type is FileType.MSG:
        from foiakit.ingest.msg import read_msg

        parsed: Iterator[ParsedMessage] = iter([read_msg(source)])
    elif source.file_type is FileType.MBOX:
        parsed = read_mbox(source)
    else:
        parsed = iter([parse_message(source.path.read_bytes(), source.sha256, 1)])
    pages: list[Page] = []
    messages: list[Message] = []
    attachments: list[SourceFile] = []
    errors: list[IngestError] = []
    for item in parsed:
        position = item.message.position
        pages.append(Page(position, item.page_text, False, NATIVE_REASON))
        messages.append(item.message)
        where = source.display_path if source.file_type is not FileType.MBOX else f"{source.display_path}#{position}"
        errors.extend(IngestError(where, source.sha256, "ingest", kind, why) for kind, why in item.problems)
        for index, (name, data) in enumerate(item.attachments, 1):
            attachments.append(write_attachment(source, item.message, index, name, data, settings.work_dir))
    if not messages:
        raise FileFailure("empty", "no email message found in the file")
    if source.file_type is FileType.MBOX and mbox_truncated(source):
        last = f"{source.display_path}#{len(messages)}"
        errors.append(IngestError(last, source.sha256, "ingest", "truncated", "mailbox ends mid-message; kept so far"))
    title = messages[0].subject
    return Document(
        source=source,
        pages=tuple(pages),
        messages=tuple(messages),
        attachments=tuple(attachments),
        errors=tuple(errors),
        title=title,
    )


def read_mbox(source: SourceFile) -> Iterator[ParsedMessage]:
    """Messages one at a time: only one message's bytes are in memory, whatever the mailbox's size. A message
    that cannot be parsed costs only itself: its raw text is kept as its page, with an error row."""
    box = mailbox.mbox(source.path, create=False)
    try:
        for position, key in enumerate(box.iterkeys(), 1):
            data = box.get_bytes(key)
            try:
                yield parse_message(data, source.sha256, position)
            except (Exception, RecursionError) as exc:  # a nested-MIME bomb, a header the parser rejects
                yield unreadable_message(data, source.sha256, position, exc)
    finally:
        box.close()


def unreadable_message(data: bytes, sha256: str, position: int, exc: BaseException) -> ParsedMessage:
    """A message the parser gave up on, kept as its raw text so that nothing is lost and search still finds it."""
    text = data[:2_000_000].decode("utf-8", errors="replace")
    message = Message(id=f"{sha256[:16]}:{position}", position=position, sender=None, body=text)
    problem = ("unreadable", f"message {position}: {type(exc).__name__}: {str(exc)[:200]}; raw text kept")
    return ParsedMessage(message, text, (), (problem,))


def mbox_truncated(source: SourceFile) -> bool:
    """A mailbox whose last message was cut off (every mbox message ends with a newline)."""
    with source.path.open("rb") as handle:
        handle.seek(max(0, source.size - 1))
        return handle.read(1) not in (b"\n", b"")


class _ReadOnlyMessage(EmailMessage):
    """A parsed message that is only read: its content type is parsed once, where the standard library parses
    the Content-Type header again on every call (ten times per message, ~40% of the time to read one)."""

    def get_content_type(self) -> str:
        cached = self.__dict__.get("_content_type")
        if cached is None:
            cached = self.__dict__["_content_type"] = super().get_content_type()
        return cached


READ_POLICY = email.policy.default.clone(message_factory=_ReadOnlyMessage)


def parse_message(data: bytes, sha256: str, position: int) -> ParsedMessage:
    msg = email.message_from_bytes(data, policy=READ_POLICY)
    assert isinstance(msg, EmailMessage)
    problems: list[tuple[str, str]] = []
    sender = _addresses(msg, "from", problems)
    raw_date = _header(msg, "date", problems)
    date = parse_date(raw_date, problems)
    subject = _header(msg, "subject", problems)
    body = _body(msg, problems)
    attachments = tuple(_attachments(msg, problems))
    for defect in msg.defects:
        if type(defect).__name__ in {"CloseBoundaryNotFoundDefect", "StartBoundaryNotFoundDefect"}:
            problems.append(("truncated", f"message {position}: {type(defect).__name__} (message cut short?)"))
    message = Message(
        id=f"{sha256[:16]}:{position}",
        position=position,
        sender=sender[0] if sender else None,
        to=tuple(_addresses(msg, "to", problems)),
        cc=tuple(_addresses(msg, "cc", problems)),
        bcc=tuple(_addresses(msg, "bcc", problems)),
        date=date,
        subject=subject,
        body=body,
        message_id=_raw_header(msg, "message-id") or None,
        in_reply_to=_raw_header(msg, "in-reply-to") or None,
        references=tuple(re.findall(r"<[^<>\s]+>", _raw_header(msg, "references"))),
        attachments=tuple(name for name, _ in attachments),
    )
    header = render_header(message, raw_date)
    page_text = header + body
    message = _with_body_start(message, len(header))
    return ParsedMessage(message, page_text, attachments, tuple(problems))


def _with_body_start(message: Message, offset: int) -> Message:
    from dataclasses import replace

    return replace(message, body_start=offset)


def render_header(message: Message, raw_date: str) -> str:
    """The header block as a mail client prints it: what a reader of the page (and the extractors) sees."""
    lines = [f"From: {message.sender}" if message.sender else "From:"]
    if message.to:
        lines.append("To: " + "; ".join(str(a) for a in message.to))
    if message.cc:
        lines.append("Cc: " + "; ".join(str(a) for a in message.cc))
    if message.bcc:
        lines.append("Bcc: " + "; ".join(str(a) for a in message.bcc))
    lines.append(f"Date: {raw_date.strip()}")
    lines.append(f"Subject: {message.subject}")
    if message.attachments:
        lines.append("Attachments: " + "; ".join(message.attachments))
    return "\n".join(lines) + "\n\n"


def _raw_header(msg: EmailMessage, name: str) -> str:
    """A header as written, unfolded: message ids are plain ASCII, and the header registry's parse of them is
    the slowest part of reading a message."""
    raw = [v for k, v in msg.raw_items() if k.lower() == name]
    return " ".join(str(raw[0]).split()) if raw else ""


def _header(msg: EmailMessage, name: str, problems: list[tuple[str, str]]) -> str:
    try:
        value = msg.get(name)
    except Exception as exc:  # the header registry rejects some malformed headers outright
        problems.append(("bad-header", f"{name}: {type(exc).__name__}: {exc}"))
        raw = [v for k, v in msg.raw_items() if k.lower() == name]
        value = raw[0] if raw else None
    if value is not None and "\ufffd" in str(value):  # an encoded-word in a charset Python does not know
        value = _decode_unknown_charset(_raw_header(msg, name), name, problems)
    return " ".join(str(value).split()) if value is not None else ""


def _decode_unknown_charset(raw: str, name: str, problems: list[tuple[str, str]]) -> str:
    """Encoded-words decoded one by one; those in an unknown (or lying) charset are read as latin-1, and so are
    raw 8-bit bytes that are not UTF-8."""
    from email.errors import HeaderParseError
    from email.header import decode_header

    parts = []
    try:
        decoded = decode_header(raw)
    except (HeaderParseError, ValueError) as exc:  # "=?utf-8?B?!!!notbase64?=": keep the header as written
        problems.append(("header", f"{name}: {exc}; kept as written"))
        return raw
    for chunk, charset in decoded:
        if isinstance(chunk, str):
            parts.append(_undo_surrogates(chunk, name, problems))
            continue
        if charset is None:  # text between encoded-words, as decode_header hands it back
            parts.append(_undo_surrogates(chunk.decode("raw-unicode-escape"), name, problems))
            continue
        try:
            parts.append(chunk.decode(charset))
        except (LookupError, UnicodeDecodeError):
            problems.append(("charset", f"{name}: unknown charset {charset}; decoded as latin-1"))
            parts.append(chunk.decode("latin-1", errors="replace"))
    return "".join(parts)


def _undo_surrogates(text: str, name: str, problems: list[tuple[str, str]]) -> str:
    """Raw 8-bit header bytes arrive as surrogate escapes: UTF-8 when they are, else latin-1."""
    if not any("\udc80" <= c <= "\udcff" for c in text):
        return text
    data = text.encode("utf-8", errors="surrogateescape")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        problems.append(("charset", f"{name}: 8-bit header not UTF-8; decoded as latin-1"))
        return data.decode("latin-1")


def _addresses(msg: EmailMessage, name: str, problems: list[tuple[str, str]]) -> list[Address]:
    """Address lists split from the raw header (the compat parser, several times faster than the header
    registry's), each display name then decoded on its own, so an encoded "Last, First" stays one name."""
    raw = [str(v) for k, v in msg.raw_items() if k.lower() == name]
    found = []
    for display, address in getaddresses(raw):
        display = " ".join(_decode_unknown_charset(display, name, problems).split())
        address = _undo_surrogates(address, name, problems)
        if display or address:
            found.append(Address(display, address.lower() if "@" in address else address))
    return found


def parse_date(raw: str, problems: list[tuple[str, str]]) -> str | None:
    """RFC 5322 date → ISO 8601 with its offset; a missing or impossible date is None plus a problem row."""
    if not raw:
        problems.append(("bad-date", "no Date header"))
        return None
    try:
        parsed: datetime = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError, OverflowError):
        problems.append(("bad-date", f"impossible date: {raw[:60]}"))
        return None
    return parsed.isoformat()


def _body(msg: EmailMessage, problems: list[tuple[str, str]]) -> str:
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        text = part.get_content()
    except (LookupError, UnicodeDecodeError) as exc:  # unknown or lying charset: keep what can be read
        problems.append(("charset", f"{part.get_content_charset()}: {type(exc).__name__}; decoded as latin-1"))
        payload = part.get_payload(decode=True) or b""
        text = payload.decode("latin-1", errors="replace")
    if not isinstance(text, str):
        return ""
    if part.get_content_subtype() == "html":
        text = html_to_text(text)
    return text.replace("\r\n", "\n").strip() + "\n"


def _attachments(msg: EmailMessage, problems: list[tuple[str, str]]) -> Iterator[tuple[str, bytes]]:
    for index, part in enumerate(msg.iter_attachments(), 1):
        name = safe_filename(part.get_filename() or "", index, part.get_content_type())
        try:
            if part.get_content_type() == "message/rfc822":
                inner = part.get_payload()[0] if part.is_multipart() else part.get_content()
                data = inner.as_bytes(policy=email.policy.SMTP) if hasattr(inner, "as_bytes") else bytes(inner)
            else:
                data = part.get_payload(decode=True) or b""
        except Exception as exc:
            problems.append(("bad-attachment", f"{name}: {type(exc).__name__}: {exc}"))
            continue
        yield name, data


def write_attachment(
    parent: SourceFile,
    message: Message,
    index: int,
    name: str,
    data: bytes,
    work_dir: Path | None,
    inside: str | None = None,
) -> SourceFile:
    """An attachment written to the work folder as a file of its own; `inside` is its name within the parent
    (by default the name, or "position/name" in a mailbox)."""
    # one folder per attachment: two attachments may share a name
    folder = (work_dir or Path(".foiakit-work")) / "attachments" / parent.sha256[:16] / f"{message.position}-{index}"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    if inside is None:
        inside = f"{message.position}/{name}" if parent.file_type is FileType.MBOX else name
    return SourceFile(
        path=path,
        display_path=f"{parent.display_path}!{inside}",
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        file_type=sniff_file(path),
        parent_sha256=parent.sha256,
        parent_message=message.id,
    )
