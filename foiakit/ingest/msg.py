"""Outlook .msg files, read with extract-msg (an OLE compound file parser): one message each."""

from __future__ import annotations

from foiakit.errors import FileFailure
from foiakit.ingest.email import ParsedMessage, parse_date, render_header
from foiakit.ingest.email_text import html_to_text, safe_filename
from foiakit.model import Address, Message, SourceFile


def _split_addresses(value: str | None) -> tuple[Address, ...]:
    from email.utils import getaddresses

    if not value:
        return ()
    return tuple(Address(" ".join(n.split()), a.lower()) for n, a in getaddresses([value.replace(";", ",")]) if n or a)


def read_msg(source: SourceFile) -> ParsedMessage:
    try:
        import extract_msg
    except ImportError as exc:  # pragma: no cover - extract-msg is a dependency
        raise FileFailure("unsupported", "reading .msg needs extract-msg: pip install extract-msg") from exc
    try:
        msg = extract_msg.openMsg(str(source.path))
    except Exception as exc:  # not an OLE file, or a broken one
        raise FileFailure("corrupt", f"not a readable Outlook .msg file ({type(exc).__name__})") from exc
    problems: list[tuple[str, str]] = []
    try:
        raw_date = str(msg.date or "")
        date = msg.date.isoformat() if getattr(msg, "date", None) is not None else parse_date("", problems)
        body = msg.body or ""
        if not body.strip() and getattr(msg, "htmlBody", None):
            html = msg.htmlBody
            body = html_to_text(html.decode("utf-8", "replace") if isinstance(html, bytes) else html)
        attachments = []
        for index, attachment in enumerate(getattr(msg, "attachments", []) or [], 1):
            name = safe_filename(attachment.longFilename or attachment.shortFilename or "", index, "")
            data = attachment.data
            if isinstance(data, bytes):
                attachments.append((name, data))
            else:
                problems.append(("bad-attachment", f"{name}: embedded item not extracted"))
        sender = _split_addresses(msg.sender)
        message = Message(
            id=f"{source.sha256[:16]}:1",
            position=1,
            sender=sender[0] if sender else None,
            to=_split_addresses(msg.to),
            cc=_split_addresses(msg.cc),
            bcc=_split_addresses(getattr(msg, "bcc", None)),
            date=date,
            subject=" ".join((msg.subject or "").split()),
            body=body.replace("\r\n", "\n").strip() + "\n",
            message_id=(msg.messageId or "").strip() or None,
            in_reply_to=(getattr(msg, "inReplyTo", None) or "").strip() or None,
            attachments=tuple(name for name, _ in attachments),
        )
    finally:
        msg.close()
    header = render_header(message, raw_date)
    from dataclasses import replace

    message = replace(message, body_start=len(header))
    return ParsedMessage(message, header + message.body, tuple(attachments), tuple(problems))
