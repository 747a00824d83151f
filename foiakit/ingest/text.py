"""Plain-text files → one page of text; what the text holds may make it more: a CSV/TSV table (ingest/delimited.py),
rich text, a saved web page, a calendar or address book.

A text file is read up to MAX_TEXT_BYTES and no further (a 2 GB log is not loaded to be cut afterwards); what
lies beyond is not dropped silently: the document carries a row that says how much of the file was read."""

from __future__ import annotations

from foiakit.model import Document, IngestError, Page, Settings, SourceFile

MAX_TEXT_BYTES = 50 * 1024 * 1024
_LINE_BACK = 64 * 1024  # a cut file ends at its last line break within this many bytes of the cap


def ingest_text(source: SourceFile, settings: Settings) -> Document:
    from foiakit.ingest.delimited import decode, table_page, table_suffix

    data, cut = _read_head(source)
    read = len(data)
    errors: tuple[IngestError, ...] = ()
    if cut:
        errors = (
            IngestError(
                source.display_path,
                source.sha256,
                "ingest",
                "text-truncated",
                f"text file of {_mib(source.size)}: the first {_mib(read)} were read"
                f" (cap {_mib(MAX_TEXT_BYTES)}), the rest is not in the store; split the file to read it all",
            ),
        )
    if table_suffix(source.display_path):  # quoted cells may hold line breaks: parsed before they are normalised
        table = table_page(decode(data), source.display_path)
        if table is not None:
            return Document(source=source, pages=(table,), errors=errors)
    text = _decode(data)
    del data
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    from foiakit.ingest.cards import card_pages, looks_like_cards
    from foiakit.ingest.html import html_text, looks_like_html
    from foiakit.ingest.rtf import looks_like_rtf, rtf_text

    if looks_like_cards(text):  # a calendar or address book: an event or contact a page, its fields named
        pages, title = card_pages(text)
        if pages:
            return Document(source=source, pages=pages, title=title, errors=errors)
    if looks_like_rtf(text):  # a word processor's export: its words, not its control codes
        page = Page(1, rtf_text(text), False, "rich text: words read from the file")
    elif looks_like_html(text):  # a saved web page: the words a reader sees, not its markup and scripts
        page = Page(1, html_text(text), False, "web page: visible text")
    else:
        page = Page(1, text, False, "plain text file")
    return Document(source=source, pages=(page,), errors=errors)


def _read_head(source: SourceFile) -> tuple[bytes, bool]:
    """At most MAX_TEXT_BYTES of the file (cut at a line break when there is one near the cap), and whether
    the file goes on beyond them. Only the head is ever in memory."""
    with source.path.open("rb") as handle:
        data = handle.read(MAX_TEXT_BYTES)
        cut = bool(handle.read(1))
    if cut:
        newline = data.rfind(b"\n", max(0, len(data) - _LINE_BACK))
        if newline >= 0:
            data = data[: newline + 1]
    return data, cut


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            return data[: exc.start].decode("utf-8")  # a character cut in two at the cap, not a Latin-1 file
        return data.decode("cp1252", errors="replace")


def _mib(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MiB" if size >= 1024 * 1024 else f"{size:,} bytes"
