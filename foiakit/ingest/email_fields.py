"""The lines of a printed email header: labels read OCR-tolerantly (with a colon, or in a column without one),
page furniture, recipient lists, the reader of a labelled header block (From / Sent / To / Cc / Subject in any
order) across a page break, Lotus Notes' label column and the lines it prints beside a sender.

A PDF's text layer keeps a column gap as three spaces (`pdf_text.GAP`): there a line is a row of cells, and a
value ends at the gap before another field's label ("To:   Dana Quill   Cc:   Ivo Marsh"). OCR's text has no
gaps, and its lines are read as before.

Used by `email_blocks.py`, which decides where header blocks start for each mail client's print layout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from foiakit.ingest.email_headers import loose_label, parse_loose_date
from foiakit.ingest.pdf_text import CELL_GAP

# English with OCR's misreadings, then German, French, Spanish, Portuguese, Dutch, Italian and Chinese clients'
# labels; eDiscovery exports
# (Relativity and the like) print their metadata fields' names ("Email From:", "Date Sent:")
_LABELS = {
    "from": r"(?:(?:e-?mail\s?)?from|frorn|fron|frcm|fram|fiom|von|de|van|da|发件人)",
    "sent": r"(?:sent|date|date\s?sent|sent\son|sen t|dale|datc|5ent|gesendet|datum|envoyé|envoye|enviado(?:\s?el)?"
    r"|fecha|verzonden|verstuurd|inviato|data|发送时间|日期|时间)",
    "to": r"(?:(?:e-?mail\s?)?to|t0|io|an|à|para|aan|a|收件人)",
    "cc": r"(?:(?:e-?mail\s?)?cc|ce|c c|抄送)",
    "bcc": r"(?:(?:e-?mail\s?)?bcc)",
    "subject": r"(?:(?:e-?mail\s?)?subject|sublect|subiect|subjcct|subjeet|suhject|betreff|objet|asunto|assunto"
    r"|onderwerp|oggetto|主题)",
    "attachments": r"(?:attachments?|importance)",
    "reply_to": r"(?:reply[- ]?to)",  # Gmail prints it between the sender and To when a message sets it
}
# a header quoted in a reply may carry the quote marks ("> From: …"); Gmail bolds forwarded labels ("**From:**")
# what OCR makes of toner dust at a scanned line's edges: a few marks of punctuation (a digit among them) before a
# label ("‘Sent:", "7 “From:", "_ Subject:") and around its value ("From: — . Calloway, Idris <…> —")
LABEL_DEBRIS = r"(?:(?:[^\w\s>]|_){1,3}\s*|\d\s*(?:[^\w\s>]|_){1,2}\s*){0,3}"
_VALUE_DEBRIS = re.compile(r"^(?:(?:[^\w\s<\[(>]|_){1,4}\s+)+|(?:\s+(?:[^\w\s>\])\"']|_){1,4})+$")
_FIELD = {
    name: re.compile(rf"^\s*{LABEL_DEBRIS}(?:>\s*)*\**{pattern}\**\s*[:;：]\s*\**\s*(?P<value>.*)$", re.I)
    for name, pattern in _LABELS.items()
}
_FOOTER_TOKEN = (
    r"(?:page\s*\d+(?:\s*of\s*\d+)?|\d+\s*/\s*\d+|[A-Z][A-Z0-9]*(?:[ _.-][A-Z0-9]+)*[ _.-]?\d{4,}|\d{1,3}|#\w+)"
)
_FOOTERISH = re.compile(rf"^\s*{_FOOTER_TOKEN}(?:\s+{_FOOTER_TOKEN})*\s*$", re.I)  # page numbers, Bates numbers
# what a redaction leaves on a line of its own inside a header: exemption codes ("(b)(6)", "(b) (7)(C)", "b6"),
# "[REDACTED]", the box's characters
_EXEMPTION = r"\(?b\)?\s?\(?\d\)?(?:\s?\([A-F]\))?"
_REDACTION_ONLY = re.compile(
    rf"^\s*(?:(?:{_EXEMPTION}|exemptions?\s*\d|\[?redacted\]?)[\s,;]*)+$|^\s*[█■▇▆▀▄]+\s*$", re.I
)
# what a browser prints at the edge of each page: the page's address (its page number at the right), and the
# print time beside the page title, at its left or at its right after a gap, the title a page's ("Gmail - Culvert
# budget   10/2/25, 9:14 AM": without the gap and the title's dash, a body line could end in a moment)
PRINT_TIME = r"\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\.?"
_PRINT_EDGE = re.compile(
    rf"^\s*(?:https?://\S+(?:\s+\d+\s*/\s*\d+)?|{PRINT_TIME}\s+\S.*|\S[^\n]*? - [^\n]*?(?:\t| {{3,}}){PRINT_TIME})\s*$"
)
# a recipient in a wrapped list: an address, "Name <addr>", or a name of capitalised words ("Ocampo, Raymond")
_ADDRESS = re.compile(r"[<\[(]?(?:mailto:)?[^\s<>\[\]()]+@[^\s<>\[\]()]+[>\])]?")
_NAME_WORD = re.compile(r"^(?:[A-Z0-9(\"'\[][\w.'\"()\[\]&/-]*|[a-z]{1,3}|&|-)$")
_SEPARATED = re.compile(r"[;,]\s*$")
MAX_HEADER_LINES = 14
# Lotus Notes and table-like exports print labels in a column without a colon: "To      Dana Whitfield/Lakeport",
# or the label alone on its line with its value below ("cc" then the recipients)
_COLUMN_LABELS = {
    "from": "from",
    "sent": r"date\s?sent|sent\s?date|sent|date",
    "to": "to",
    "cc": "cc",
    "bcc": "bcc",
    "subject": "subject",
}
_COLUMN_FIELD = {
    name: re.compile(rf"^\s*(?:{pattern})(?:(?:\t|\s{{3,}})(?P<value>\S.*?))?\s*$", re.I)
    for name, pattern in _COLUMN_LABELS.items()
}
# the same once a PDF's text layer is read with its runs of spaces collapsed ("To Dana Whitfield/Lakeport"):
# trusted only under a Notes sender and date line, where a body cannot start
_CLOSE_COLUMN_FIELD = {
    name: re.compile(rf"^\s*(?:{pattern})(?:\s+(?P<value>\S.*?))?\s*$", re.I)
    for name, pattern in _COLUMN_LABELS.items()
}
# Exchange directory names ("/O=EXCHANGELABS/OU=…"), OCR reading the O as a zero
DIRECTORY = re.compile(r"/[o0]=|/[o0]u=|/cn=|FYDIBOHF|Exchange Administrative Group", re.I)
EXPORT_SENDER = re.compile(r"^\s*(?P<who>[^\n:<>/]{2,80}?)\s*(?:<(?:/[O0]=|[^\s<>@]+@)|/[O0]=)[^\n]*$", re.I)
NOISE_CHARS = 12  # OCR's residue of a redaction box or a rule line inside an exported header


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


# a column gap as a PDF's text layer keeps it (`pdf_text.GAP`, three spaces or more), or a tab; OCR's text has none


def cells(text: str) -> list[str]:
    """The line's cells: its runs of text between column gaps ("To:   Dana Quill   Cc:   Ivo Marsh" → "To:",
    "Dana Quill", "Cc:", "Ivo Marsh"); a line without gaps is one cell."""
    return [cell for cell in CELL_GAP.split(text.strip()) if cell]


def label(line: str) -> tuple[str, str] | None:
    """("to", "Whitfield, Dana") for "To: Whitfield, Dana"; None for a line with no header label. The value ends
    at a gap before another field's label ("To:   Dana Quill   Cc:   Ivo Marsh": "Dana Quill")."""
    found = _label_and_rest(line)
    return found[:2] if found else None


def labelled_cells(line: str, bare: bool = False) -> list[tuple[str, str]]:
    """Every field a line prints, when it prints several side by side, each a label cell and its value's cells:
    [("to", "Dana Quill"), ("cc", "Ivo Marsh")] for "To:   Dana Quill   Cc:   Ivo Marsh"; [] for no label. A
    label without its colon counts alone in its cell after the first field, or from the first cell on if `bare`
    (Lotus Notes' "To   Dana Quill/Ops")."""
    found: list[tuple[str, str]] = []
    rest = line
    while rest and (field := _label_and_rest(rest) or (_cell_label_and_rest(rest) if found or bare else None)):
        found.append(field[:2])
        rest = field[2]
    return found


def _label_and_rest(line: str) -> tuple[str, str, str] | None:
    for name, pattern in _FIELD.items():
        match = pattern.match(line)
        if match:
            value, rest = _before_next_label(match.group("value"))
            return name, without_debris(value).strip("*").strip(), rest
    return None


def without_debris(value: str) -> str:
    """A value without the marks OCR made of toner dust at its edges ("— . Calloway, Idris <…> —")."""
    return _VALUE_DEBRIS.sub("", value.strip()).strip()


def _cell_label_and_rest(text: str) -> tuple[str, str, str] | None:
    """A colon-less label cell and its value after a gap ("Subject   Culvert budget"), or alone ("cc")."""
    parts = CELL_GAP.split(text.strip(), maxsplit=1)
    name = next((n for n, p in _COLUMN_LABELS.items() if re.fullmatch(p, parts[0], re.I)), None)
    if name is None:
        return None
    value, rest = _before_next_label(parts[1] if len(parts) > 1 else "")
    return name, value.strip(), rest


def _before_next_label(value: str) -> tuple[str, str]:
    """A value cut at the first gap followed by a label cell (with its colon, or a colon-less label word alone in
    its cell), and what follows from that label on. A value without gaps (OCR's) is never cut."""
    for gap in CELL_GAP.finditer(value):
        rest = value[gap.end() :]
        cell = CELL_GAP.split(rest, maxsplit=1)[0]
        if _label_and_rest(cell) is not None or any(re.fullmatch(p, cell, re.I) for p in _COLUMN_LABELS.values()):
            return value[: gap.start()], rest
    return value, ""


def column_label(line: str, spaced: bool = True) -> tuple[str, str] | None:
    """("to", "Dana Whitfield/Lakeport") for "To      Dana Whitfield/Lakeport"; ("cc", "") for "cc" alone on
    its line; None for any other line (a label with a colon is `label`'s). Not `spaced`: one space is enough
    between the label and its value. A spaced value ends at a gap before another label ("To   Ivo Marsh   cc")."""
    for name, pattern in (_COLUMN_FIELD if spaced else _CLOSE_COLUMN_FIELD).items():
        match = pattern.match(line)
        if match:
            value = match.group("value") or ""
            return name, without_debris(_before_next_label(value)[0] if spaced else value)
    return None


def read_column_block(
    lines: list[Line], first: int, index: int, fields: dict[str, str], style: str, spaced: bool = True
) -> tuple[HeaderBlock, int] | None:
    """Labels printed in a column without a colon, from line `index` on: "To      value", or "To" alone with its
    value on the next line (empty when the next line is another label). The header block from line `first`.
    Not `spaced`: the text lost the runs of spaces between labels and values."""
    last, j, name = index - 1, index, ""
    while j < len(lines):
        column = column_label(lines[j].text, spaced)
        wrapped = column is None and last == j - 1 and name in {"to", "cc", "bcc"} and bool(fields[name])
        if wrapped and continues_recipients(lines[last].text, lines[j].text):  # a recipient list wrapped
            fields[name] += " " + lines[j].text.strip()
            last, j = j, j + 1
            continue
        if column is None or column[0] in fields:
            break
        name, value = column
        if (
            not value
            and j + 1 < len(lines)
            and column_label(lines[j + 1].text, spaced) is None
            and label(lines[j + 1].text) is None
        ):
            value = lines[j + 1].text.strip()
            j += 1
        fields[name] = value
        last, j = j, j + 1
        while (
            j < len(lines)
            and not lines[j].text.strip()
            and j + 1 < len(lines)
            and column_label(lines[j + 1].text, spaced)
        ):
            j += 1  # an empty value's blank line before the next label
    if "to" not in fields and "subject" not in fields:
        return None
    return HeaderBlock(lines[first].start, lines[last].end + 1, fields, style), last + 1


def column_block(lines: list[Line], i: int) -> tuple[HeaderBlock, int] | None:
    """An export's header with its labels in a column and no colon: "From      Dana Whitfield <…>", then Sent (or
    Date), To and Subject lines the same way. A table that merely starts with "From" has no Subject and Sent. With
    the runs of spaces collapsed by the text layer's reader ("From Dana Whitfield"), the Sent line must hold a
    date: "From the north gate" / "Date of the survey" / "Subject to approval" is a body."""
    for spaced in (True, False):
        first = column_label(lines[i].text, spaced)
        if first is None or first[0] != "from" or not first[1]:
            continue
        recognised = read_column_block(lines, i, i + 1, {"from": first[1]}, "columns", spaced)
        if recognised is None or not {"sent", "subject"} <= recognised[0].fields.keys():
            continue
        if spaced or parse_loose_date(recognised[0].fields["sent"]) is not None:
            return recognised
    return None


def is_furniture(text: str) -> bool:
    """Page furniture printed between two pages of a header: a page number, a Bates number, a browser's edge; or
    what a redaction left on a line of its own between two header lines."""
    return bool(_FOOTERISH.match(text) or _PRINT_EDGE.match(text) or _REDACTION_ONLY.match(text))


def is_redaction(text: str) -> bool:
    """A line holding only what a redaction left: exemption codes, "[REDACTED]", the box's characters."""
    return bool(text.strip()) and bool(_REDACTION_ONLY.match(text))


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
    if re.search(r"[<\[(]\s*$", previous) and re.fullmatch(r"\s*[>\])]\s*", text):
        return True  # a redaction box so wide between an address's brackets that the text layer broke the line
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
    for name, value in labelled_cells(lines[first].text)[1:]:  # fields printed beside the first one
        last_field = _beside(fields, name, value, last_field)
    j = first + 1
    gap = 0  # blank lines and furniture since the last field (a header printed across a page break)
    furniture = False
    skipped = 0  # lines of another column between From and Sent
    while j < len(lines) and j - first <= MAX_HEADER_LINES + gap + skipped:
        text = lines[j].text
        found = label(text) or _loose_in_header(text, fields)
        if found and found[0] == "from":
            break
        if found:
            name, value = found
            if name in fields and name != "attachments":
                break
            fields[name] = value
            last_field, end, gap, furniture = name, lines[j].end, 0, False
            for beside, value in labelled_cells(text)[1:]:
                last_field = _beside(fields, beside, value, last_field)
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


def _beside(fields: dict[str, str], name: str, value: str, last_field: str) -> str:
    """A field printed beside another on its line joins `fields` unless read already; the field read last."""
    if name in fields:
        return last_field
    fields[name] = value
    return name


def _loose_in_header(text: str, fields: dict[str, str]) -> tuple[str, str] | None:
    """A label OCR garbled ("Sont:", "Subjecl:") or printed without its colon ("To      (b) (6) @x.gov>"), read
    as one only inside a header, for a field not yet read."""
    found = loose_label(text)
    if found is None and (column := column_label(text)) is not None and column[1] and column[0] != "from":
        found = column
    return found if found is not None and found[0] != "from" and found[0] not in fields else None


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


# Lotus Notes prints who sent a message for its author, and where replies go, beside the sender and date
_NOTES_EXTRA = re.compile(r"^\s*(?:sent by:?\s+\S[^\n]*|please respond to\b(?P<value>[^\n]*))$", re.I)


def past_notes_lines(lines: list[Line], index: int | None) -> int | None:
    """The first line from `index` on that is not Notes' "Sent by: …" or "Please respond to" (with its value on
    the line below when none is beside it)."""
    while index is not None and (extra := _NOTES_EXTRA.match(lines[index].text)):
        if extra.group(0).lower().lstrip().startswith("please") and not (extra.group("value") or "").strip():
            index = next_text_line(lines, index, reach=1)  # the address below "Please respond to"
            if index is None:
                return None
        index = next_text_line(lines, index, reach=1)
    return index
