"""Reading header values as printed: address lists in every client's style, dates in every client's format."""

from __future__ import annotations

import re
import warnings
from datetime import datetime

from foiakit.model import Address

_ANGLE = re.compile(r"^(?P<name>.*?)\s*[<\[(](?:mailto:)?(?P<addr>[^<>\[\]()\s]+@[^<>\[\]()\s]+)[>\])]\s*$")
_REDACTED = re.compile(r"^[^\w@]*@(?P<domain>[\w-]+(?:\.[\w-]+)+)[>\])]?$")
_EMPTY_BRACKETS = re.compile(r"<\s*>|\[\s*\]|\(\s*\)")  # a pair with nothing left inside
_BARE = re.compile(r"^[\w.+'-]+@[\w-]+(?:\.[\w-]+)+$")


# an address in brackets with a space OCR put after one of its dots ("<dq@alderwick. example>")
_SPACED_ADDRESS = re.compile(r"(<[^<>\s]+@[^<>\s]*\.)\s([^<>\s]+>)")


def join_spaced_address(value: str) -> str:
    """`value` with the space OCR read after a dot inside a bracketed address taken out."""
    return _SPACED_ADDRESS.sub(r"\1\2", value)


def parse_address_list(value: str) -> tuple[Address, ...]:
    """'Ocampo, Raymond <r@x.gov>; Dana Whitfield' → addresses. Outlook separates with ';' and writes names as
    'Last, First', so commas split only between entries that each carry an address."""
    value = " ".join(_EMPTY_BRACKETS.sub(" ", join_spaced_address(value)).split())  # "Dana Quill <   >": blacked out
    if not value:
        return ()
    parts = [p.strip() for p in value.split(";")]
    if len(parts) == 1 and value.count("@") > 1:
        by_comma = [p.strip() for p in value.split(",")]
        if all(_BARE.match(p) for p in by_comma):  # "a@x.gov, b@x.gov"
            parts = by_comma
        else:
            parts = [p.strip() for p in re.split(r"(?<=>)\s*,\s*", value)]
    found = []
    for part in parts:
        if not part:
            continue
        match = _ANGLE.match(part)
        if match:
            name = match.group("name").strip(" \"'")
            found.append(Address(name, match.group("addr").lower()))
        elif _BARE.match(part):
            found.append(Address("", part.lower()))
        elif _REDACTED.match(part):  # the name and mailbox blacked out, the domain left: keep the domain
            found.append(Address("", "@" + _REDACTED.match(part).group("domain").lower()))
        else:
            found.append(Address(part.strip(" \"'"), ""))
    return tuple(found)


_SHORT_YEAR = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2}\b")  # GroupWise and Notes print "3/5/18 4:02 PM"
_CLEAN = re.compile(r"\b(?:at)\b|\(UTC[^)]*\)|[\u00a0]", re.I)


def parse_loose_date(value: str) -> datetime | None:
    """'Tuesday, March 6, 2018 10:14 AM', 'Mon, Mar 5, 2018 at 4:02 PM', '3/6/2018 10:14:00 AM' → datetime
    (with its offset when one is printed). None when no plausible date is there."""
    text = _CLEAN.sub(" ", value).strip(" ,")
    if not re.search(r"\b(19[89]\d|20\d\d)\b", text) and not _SHORT_YEAR.search(text):
        return None
    parsed = _parse(text)
    if parsed is None:  # OCR debris after the time ("7:10 PM 93 \\w/") confuses the parser: cut it off
        through_time = _THROUGH_TIME.match(text)
        parsed = _parse(through_time.group(0)) if through_time else None
    if parsed is None or not 1980 <= parsed.year <= 2100:
        return None
    return parsed


_THROUGH_TIME = re.compile(r"^.*?\b(?:19[89]\d|20\d\d)\b.*?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\b\.?)?")


def _parse(text: str) -> datetime | None:
    from dateutil import parser

    try:
        with warnings.catch_warnings():  # OCR noise read as a time zone name: ignored, not a warning
            warnings.simplefilter("ignore")
            return parser.parse(text, fuzzy=True, default=datetime(2000, 1, 1))
    except (ValueError, OverflowError, parser.ParserError):
        return None


# OCR misreads a label's letters ("Sont:", "Subjecl:", "Frorn;"): the word is read within one edit of a label
# once look-alike characters are mapped back. Only the long labels: "To" and "Cc" are too short to guess at.
_LOOSE_WORDS = {"from": "from", "sent": "sent", "date": "sent", "subject": "subject"}
_LOOSE_LINE = re.compile(r"^\s*(?:>\s*)*\**(?P<word>[A-Za-z0-9|$]{3,9})\**\s*(?P<mark>[:;.,])?\s+(?P<value>\S.*)$")
_LOOK_ALIKE = str.maketrans({"0": "o", "1": "l", "|": "l", "5": "s", "$": "s"})


def loose_label(line: str) -> tuple[str, str] | None:
    """("sent", "Wednesday, …") for "Sont: Wednesday, …" or "Sent Wednesday, …" (its colon lost); None unless the
    word is within one edit of From / Sent / Date / Subject. A label without its colon counts only for Sent, and
    a Sent or Date label only with a date after it, so a body line ("Rent: $500") is not read as one."""
    match = _LOOSE_LINE.match(line)
    if match is None or not _is_label_word(match.group("word")):
        split = _SPLIT_WORD.match(line)  # OCR broke the word: "Fro m:", "Subj ect:"
        match = _LOOSE_LINE.match(split.group(1) + split.group(2) + line[split.end(2) :]) if split else match
    if match is None:
        return None
    word = match.group("word").lower().translate(_LOOK_ALIKE).replace("rn", "m")
    name = next((n for w, n in _LOOSE_WORDS.items() if _within_one_edit(word, w)), None)
    value = match.group("value").strip()
    if name is None or (name == "sent" and parse_loose_date(value) is None):
        return None
    if match.group("mark") is None and name != "sent":
        return None
    return name, value


_SPLIT_WORD = re.compile(r"^(\s*(?:>\s*)*\**[A-Za-z0-9|$]{1,6}) ([A-Za-z0-9|$]{1,6})(?=\**\s*[:;])")


def _is_label_word(word: str) -> bool:
    word = word.lower().translate(_LOOK_ALIKE).replace("rn", "m")
    return any(_within_one_edit(word, w) for w in _LOOSE_WORDS)


def _within_one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))
