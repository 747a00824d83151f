"""A document's title (post-ingest step for PDFs and scans): the PDF's Title property only when it agrees with
the first page, else the first heading-like line of page 1.

Released PDFs often carry the Title of another file (the template a form came from, the Word file an agency
printed, a scanner's default), so the property is kept only when most of its words are on page 1. A heading is
the first short line that reads like a name for the page: not a date, a page number, a Bates number, an email
header or a sentence.
"""

from __future__ import annotations

import dataclasses
import re

from foiakit.foia.bates import parse as parse_bates
from foiakit.model import Document, Settings

MAX_HEADING_CHARS = 90
MAX_SUBJECT_CHARS = 200
MAX_HEADING_WORDS = 12
MIN_LETTERS = 3
LINES_LOOKED_AT = 30  # a heading is near the top; a page with none in its first lines has none
MIN_SHARED_WORDS = 0.6  # share of the Title's words that page 1 must hold for the Title to be kept

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = re.compile(
    rf"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|{_MONTH},?\s+\d{{4}}|\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}})"
    r"(?:[\s,]+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?$",
    re.IGNORECASE,
)
_PAGE_NUMBER = re.compile(r"^(?:-\s*)?(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*-)?$", re.IGNORECASE)
_HEADER_FIELD = re.compile(r"^(?:from|to|cc|bcc|sent|date|subject|attachments?|importance)\s*:", re.IGNORECASE)
_SUBJECT = re.compile(r"^subject\s*:\s*(.+)$", re.IGNORECASE)
_REPLY = re.compile(r"^(?:(?:re|fw|fwd)\s*:\s*)+", re.IGNORECASE)
_TRAILING_PAGE = re.compile(r"\s+page\s*(?:[\d|Il]{1,4}\s*|of\s*){0,4}$", re.IGNORECASE)  # OCR reads 1 as |
_ADDRESS = re.compile(r"@|https?:|www\.", re.IGNORECASE)
_STOPWORDS = frozenset({"the", "of", "and", "a", "an", "for", "to", "in", "on", "at", "by", "with", "or", "pdf"})


def choose_title(document: Document, settings: Settings) -> Document:
    """Post-ingest step: the Title property when page 1 agrees with it, else page 1's first heading."""
    first_page = document.pages[0].text if document.pages else ""
    title = document_title(document.title, first_page)
    return document if title == document.title else dataclasses.replace(document, title=title)


def document_title(property_title: str, first_page: str) -> str:
    """`property_title` when most of its words appear in `first_page`; else the first heading-like line."""
    if property_title and agrees(property_title, first_page):
        return property_title
    return first_heading(first_page)


def agrees(title: str, page_text: str) -> bool:
    words = [w for w in _words(title) if w not in _STOPWORDS]
    if not words:
        return False
    on_page = set(_words(page_text))
    return sum(w in on_page for w in words) / len(words) >= MIN_SHARED_WORDS


def first_heading(page_text: str) -> str:
    """The first line of `page_text` that reads as a heading, or "" when none of its first lines does."""
    lines = [" ".join(line.split()) for line in page_text.splitlines()]
    for line in [line for line in lines if line][:LINES_LOOKED_AT]:
        subject = _SUBJECT.match(line)
        if subject and sum(c.isalpha() for c in _REPLY.sub("", subject.group(1))) >= MIN_LETTERS:
            return subject.group(1).strip()[:MAX_SUBJECT_CHARS]  # a subject is a title, however it is written
        line = _TRAILING_PAGE.sub("", line)  # "Request for Records  Page 1 of 3": the heading without its page
        if is_heading(line):
            return line.strip(" :-–—|")
    return ""


def is_heading(line: str) -> bool:
    """Short, mostly letters, and not a date, a page or Bates number, an email header field or a sentence."""
    text = line.strip(" :-–—|")
    letters = sum(c.isalpha() for c in text)
    if letters < MIN_LETTERS or len(text) > MAX_HEADING_CHARS or len(text.split()) > MAX_HEADING_WORDS:
        return False
    if letters < 0.5 * len(text.replace(" ", "")):
        return False  # figures and punctuation: an account line, a form code
    if _DATE.match(text) or _PAGE_NUMBER.match(text) or _HEADER_FIELD.match(text) or _ADDRESS.search(text):
        return False  # a date, a page number, an email header, an address
    bates = parse_bates(text)
    if bates is not None and len(bates.value) >= 0.6 * len(text):
        return False
    if text.endswith((".", ",", ";")) and len(text.split()) > 4:
        return False  # a sentence of body text, not a heading
    return not text[0].islower()


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]
