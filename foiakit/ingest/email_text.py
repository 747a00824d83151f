"""Small text helpers for email: HTML bodies to readable text, safe attachment file names."""

from __future__ import annotations

import re


def html_to_text(html: str) -> str:
    """Readable text of an HTML body (the words a reader sees, as for a saved web page: `ingest/html.py`)."""
    from foiakit.ingest.html import html_text

    try:
        return html_text(html)
    except Exception:  # html.parser is lenient; anything it still rejects falls back to stripping tags
        return re.sub(r"<[^>]+>", " ", html)


_EXTENSIONS = {"application/pdf": ".pdf", "message/rfc822": ".eml", "text/plain": ".txt", "image/png": ".png"}


def safe_filename(name: str, index: int, content_type: str) -> str:
    """An attachment's name made safe to write: no folders (a hostile `../../x` stays inside), no control
    characters, not empty, not too long."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = re.sub(r"[\x00-\x1f<>:\"|?*]", "_", base).strip(" .")
    if not base:
        base = f"attachment-{index}{_EXTENSIONS.get(content_type, '.bin')}"
    if len(base) > 120:
        stem, dot, ext = base.rpartition(".")
        base = (stem[:100] + dot + ext[:15]) if dot else base[:120]
    if len(_utf8(base)) > MAX_NAME_BYTES:  # 120 characters of CJK or U+FFFD are 360 bytes: too long for a disk
        stem, dot, ext = base.rpartition(".")
        base = (_cut(stem, MAX_NAME_BYTES - 16) + dot + ext) if dot else _cut(base, MAX_NAME_BYTES)
    return base


MAX_NAME_BYTES = 200  # file systems take 255 bytes per name (found by fuzzing: a longer one failed the e-mail)


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", errors="surrogatepass")


def _cut(text: str, limit: int) -> str:
    """At most `limit` bytes of UTF-8, never half a character."""
    return _utf8(text)[:limit].decode("utf-8", errors="ignore")
