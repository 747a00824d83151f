"""Plain-text files → one page of text; what the text holds may make it more: a CSV/TSV table (ingest/delimited.py),
rich text, a saved web page, a calendar or address book."""

from __future__ import annotations

from foiakit.model import Document, Page, Settings, SourceFile

MAX_TEXT_BYTES = 50 * 1024 * 1024


def ingest_text(source: SourceFile, settings: Settings) -> Document:
    from foiakit.ingest.delimited import decode, table_page, table_suffix

    data = source.path.read_bytes()[:MAX_TEXT_BYTES]
    if table_suffix(source.display_path):  # quoted cells may hold line breaks: parsed before they are normalised
        page = table_page(decode(data), source.display_path)
        if page is not None:
            return Document(source=source, pages=(page,))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    from foiakit.ingest.html import html_text, looks_like_html
    from foiakit.ingest.rtf import looks_like_rtf, rtf_text

    if looks_like_rtf(text):  # a word processor's export: its words, not its control codes
        return Document(source=source, pages=(Page(1, rtf_text(text), False, "rich text: words read from the file"),))
    from foiakit.ingest.cards import card_pages, looks_like_cards

    if looks_like_cards(text):  # a calendar or address book: an event or contact a page, its fields named
        pages, title = card_pages(text)
        if pages:
            return Document(source=source, pages=pages, title=title)
    if looks_like_html(text):  # a saved web page: the words a reader sees, not its markup and scripts
        return Document(source=source, pages=(Page(1, html_text(text), False, "web page: visible text"),))
    return Document(source=source, pages=(Page(1, text, False, "plain text file"),))
