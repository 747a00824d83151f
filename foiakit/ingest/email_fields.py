"""The lines of a printed email header: labels read OCR-tolerantly, page furniture, recipient lists, and the
reader of a labelled header block (From / Sent / To / Cc / Subject in any order) across a page break.

Used by `email_blocks.py`, which decides where header blocks start for each mail client's print layout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# English with OCR's misreadings, then German, French, Spanish and Chinese clients' labels
_LABELS = {
    "from": r"(?:from|frorn|fron|frcm|fram|fiom|von|de|发件人)",
    "sent": r"(?:sent|date|sen t|dale|datc|5ent|gesendet|datum|envoyé|envoye|enviado|fecha|发送时间|日期|时间)",
    "to": r"(?:to|t0|io|an|à|para|收件人)",
    "cc": r"(?:cc|ce|c c|抄送)",
    "bcc": r"(?:bcc)",
    "subject": r"(?:subject|sublect|subiect|subjcct|subjeet|suhject|betreff|objet|asunto|主题)",
    "attachments": r"(?:attachments?|importance)",
}
# a header quoted in a reply may carry the quote marks ("> From: …"); Gmail bolds forwarded labels ("**From:**")
_FIELD = {
    name: re.compile(rf"^\s*(?:>\s*)*\**{pattern}\**\s*[:;：]\s*\**\s*(?P<value>.*)$", re.I)
    for name, pattern in _LABELS.items()
}
_FOOTER_TOKEN = r"(?:page\s*\d+(?:\s*of\s*\d+)?|\d+\s*/\s*\d+|[A-Z][A-Z0-9]*(?:[ -][A-Z0-9]+)*[ -]?\d{4,}|\d{1,3}|#\w+)"
_FOOTERISH = re.compile(rf"^\s*{_FOOTER_TOKEN}(?:\s+{_FOOTER_TOKEN})*\s*$", re.I)  # page numbers, Bates numbers
# what a browser prints at the edge of each page: the page's address, and the print time above the page title
_PRINT_EDGE = re.compile(
    r"^\s*(?:https?://\S+(?:\s+\d+\s*/\s*\d+)?"
    r"|\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\.?\s+\S.*)\s*$"
)
# a recipient in a wrapped list: an address, "Name <addr>", or a name of capitalised words ("Ocampo, Raymond")
_ADDRESS = re.compile(r"[<\[(]?(?:mailto:)?[^\s<>\[\]()]+@[^\s<>\[\]()]+[>\])]?")
_NAME_WORD = re.compile(r"^(?:[A-Z0-9(\"'\[][\w.'\"()\[\]&/-]*|[a-z]{1,3}|&|-)$")
_SEPARATED = re.compile(r"[;,]\s*$")
MAX_HEADER_LINES = 14


@dataclass(slots=True)
class HeaderBlock:
    start: int  # offset of the block's first line in the combined text
    end: int  # offset just after its last line: the body starts here
    fields: dict[str, str] = field(default_factory=dict)
    style: str = "outlook"


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int
    text: str


def split_lines(text: str) -> list[Line]:
    lines, offset = [], 0
    for raw in text.splitlines(keepends=True):
        lines.append(Line(offset, offset + len(raw.rstrip("\r\n")), raw.rstrip("\r\n")))
        offset += len(raw)
    return lines


def label(line: str) -> tuple[str, str] | None:
    """("to", "Whitfield, Dana") for "To: Whitfield, Dana"; None for a line with no header label."""
    for name, pattern in _FIELD.items():
        match = pattern.match(line)
        if match:
            return name, match.group("value").strip().strip("*").strip()
    return None


def is_furniture(text: str) -> bool:
    """Page furniture printed between two pages of a header: a page number, a Bates number, a browser's edge."""
    return bool(_FOOTERISH.match(text) or _PRINT_EDGE.match(text))


def is_recipient(piece: str) -> bool:
    piece = piece.strip()
    if not piece or _ADDRESS.fullmatch(piece):
        return True
    name = _ADDRESS.sub("", piece).strip(" \"'")
    words = name.split()
    if "@" in piece and not words:
        return True
    return 0 < len(words) <= 5 and not name.endswith((".", "!", "?")) and all(_NAME_WORD.match(w) for w in words)


def continues_recipients(previous: str, text: str) -> bool:
    """Whether `text`, the line under a To / Cc line ending with `previous`, carries more recipients rather than
    the body: "Dana, Thanks for the update" is a greeting (its second piece is no name), while a list wraps after
    a separator or carries addresses, and every piece of it is a recipient."""
    if not text.strip() or label(text) is not None:
        return False
    if not (_SEPARATED.search(previous) or "@" in text or ";" in text or text.lstrip().startswith((";", ","))):
        return False
    pieces = [p for p in re.split(r"[;,]", text)]
    return all(is_recipient(p) for p in pieces)


def read_block(
    lines: list[Line], first: int, fields: dict[str, str], last_field: str
) -> tuple[HeaderBlock | None, int]:
    """Read labelled fields from the line after `first` on into `fields` (already holding what line `first` gave);
    the block and the index to go on from, or (None, first + 1) when no date or To + Subject was found."""
    end = lines[first].end
    j = first + 1
    gap = 0  # blank lines and furniture since the last field (a header printed across a page break)
    furniture = False
    skipped = 0  # lines of another column between From and Sent
    while j < len(lines) and j - first <= MAX_HEADER_LINES + gap + skipped:
        text = lines[j].text
        found = label(text)
        if found and found[0] == "from":
            break
        if found:
            name, value = found
            if name in fields and name != "attachments":
                break
            fields[name] = value
            last_field, end, gap, furniture = name, lines[j].end, 0, False
        elif not text.strip() or is_furniture(text):
            gap += 1
            furniture = furniture or bool(text.strip())
            after_subject = not text.strip() and "subject" in fields and not furniture
            if gap > 6 or (after_subject and not _furniture_ahead(lines, j)):
                break  # a blank line after the subject ends the header, unless a page break follows it
        elif last_field in {"to", "cc", "bcc"} and gap == 0 and continues_recipients(fields[last_field], text):
            fields[last_field] += " " + text.strip()  # a wrapped recipient list
            end = lines[j].end
        elif last_field == "subject" and furniture and _wrapped_subject(fields["subject"], lines, j):
            fields["subject"] += " " + text.strip()  # the subject's second line, printed on the next page
            end, gap, furniture = lines[j].end, 0, False
        elif fields.keys() == {"from"} and _sent_ahead(lines, j):
            skipped += 1  # OCR of a two-column page: the signature beside the header read between From and Sent
        else:
            break
        j += 1
    if "sent" in fields or ("to" in fields and "subject" in fields):
        return HeaderBlock(lines[first].start, min(end + 1, lines[-1].end + 1), fields), j
    return None, first + 1


_INTERLOPERS = 4  # text lines OCR may put between "From:" and "Sent:" (a column printed beside the header)


def _sent_ahead(lines: list[Line], index: int) -> bool:
    """Whether a "Sent:" line follows line `index` after at most _INTERLOPERS short lines of other text."""
    seen = 0
    for line in lines[index : index + 3 * _INTERLOPERS]:
        found = label(line.text)
        if found is not None:
            return found[0] == "sent"
        if line.text.strip():
            seen += 1
            if seen > _INTERLOPERS or len(line.text.strip()) > 60:
                return False
    return False


def _wrapped_subject(subject: str, lines: list[Line], index: int) -> bool:
    """Whether line `index`, first on a page after a subject line, is the rest of that subject: the subject was
    long enough to wrap, and the line is short, no greeting ("Dana,"), and followed by a blank line or a label."""
    text = lines[index].text.strip()
    if len(subject) < 45 or len(text) > 80 or text.endswith((",", ":", ".")):
        return False
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    return not following.strip() or label(following) is not None


def _furniture_ahead(lines: list[Line], index: int) -> bool:
    following = next((line.text for line in lines[index + 1 : index + 4] if line.text.strip()), "")
    return is_furniture(following)


def next_text_line(lines: list[Line], index: int, reach: int = 8) -> int | None:
    """The first line after `index` with text that is not page furniture, skipping at most `reach` lines."""
    for j in range(index + 1, min(len(lines), index + 2 + reach)):
        if lines[j].text.strip() and not is_furniture(lines[j].text):
            return j
    return None
