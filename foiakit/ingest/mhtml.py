"""Saved web pages in one file (.mhtml/.mht, "Webpage, single file"): a MIME multipart/related message whose
text/html part is the page, read by the web-page reader (ingest/html.py); the page's images and styles are left.
Told from an HTML e-mail by its headers (sniff.py): a browser's snapshot header, or no recipient, no Received
line and no Message-ID."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

from foiakit.errors import FileFailure
from foiakit.ingest.html import html_text
from foiakit.model import Document, Page, Settings, SourceFile

MAX_BYTES = 200 * 1024 * 1024


def ingest_mhtml(source: SourceFile, settings: Settings) -> Document:
    with source.path.open("rb") as handle:
        data = handle.read(MAX_BYTES)
    try:
        archive = email.message_from_bytes(data, policy=email.policy.default)
    except Exception as exc:  # the email package raises assorted errors on broken MIME
        raise FileFailure("corrupt", f"saved web page (MHTML) unreadable: {type(exc).__name__}") from exc
    assert isinstance(archive, EmailMessage)
    page = _part(archive, "text/html")
    if page is not None:
        text, reason = html_text(_content(page)), "saved web page (MHTML): visible text"
    elif (plain := _part(archive, "text/plain")) is not None:
        text, reason = _content(plain).replace("\r\n", "\n").strip(), "saved web page (MHTML): its text part"
    else:
        raise FileFailure("corrupt", "saved web page (MHTML) holds no HTML or text part")
    title = " ".join(str(archive.get("Subject", "")).split())
    return Document(source=source, pages=(Page(1, text, False, reason),), title=title)


def _part(archive: EmailMessage, content_type: str) -> EmailMessage | None:
    """The first part of `content_type`: the page itself comes first in what browsers write."""
    return next((p for p in archive.walk() if p.get_content_type() == content_type), None)  # type: ignore[misc]


def _content(part: EmailMessage) -> str:
    if part.get_content_charset() is None:  # browsers name the charset in the page's <meta>, not the part: UTF-8
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes):
            try:
                return payload.decode("utf-8")
            except UnicodeDecodeError:
                return payload.decode("cp1252", "replace")
    try:
        content = part.get_content()
    except (LookupError, ValueError):  # an unknown charset or a broken transfer encoding: the bytes as Latin text
        payload = part.get_payload(decode=True)
        content = payload.decode("cp1252", "replace") if isinstance(payload, bytes) else str(payload)
    return content if isinstance(content, str) else content.decode("utf-8", "replace")
