"""Plain-text files → one page of text."""

from __future__ import annotations

from foiakit.model import Document, Page, Settings, SourceFile

MAX_TEXT_BYTES = 50 * 1024 * 1024


def ingest_text(source: SourceFile, settings: Settings) -> Document:
    data = source.path.read_bytes()[:MAX_TEXT_BYTES]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Document(source=source, pages=(Page(1, text, False, "plain text file"),))
