"""Rich Text Format (.rtf) as plain text: paragraphs, tabs, escaped and Unicode characters; font tables,
styles, pictures and other destinations left out. A small reader of the format's grammar (groups, control words,
control symbols), enough for what agencies export from word processors."""

from __future__ import annotations

import re

_TOKEN = re.compile(
    r"\\([a-z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-z])|([{}])|[\r\n]+|([^\\{}\r\n]+)", re.I
)
# destinations whose text is not the document's words
_SKIPPED = {
    "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "themedata", "colorschememapping",
    "latentstyles", "datastore", "xmlnstbl", "listtable", "listoverridetable", "rsidtbl", "generator", "filetbl",
    "revtbl", "pgdsctbl", "fldinst", "bkmkstart", "bkmkend",
}  # fmt: skip
_BREAKS = {"par": "\n", "line": "\n", "sect": "\n\n", "page": "\n\n", "tab": "\t", "cell": "\t", "row": "\n"}
_CHARS = {"emdash": "\u2014", "endash": "\u2013", "lquote": "\u2018", "rquote": "\u2019", "ldblquote": "\u201c",
          "rdblquote": "\u201d", "bullet": "\u2022", "~": "\u00a0", "_": "\u2011", "-": ""}  # fmt: skip


def looks_like_rtf(text: str) -> bool:
    return text.lstrip().startswith("{\\rtf")


def rtf_text(rtf: str) -> str:
    out: list[str] = []
    stack: list[tuple[bool, int]] = []
    skipping, uc, pending_skip = False, 1, 0
    star = False
    for match in _TOKEN.finditer(rtf):
        word, arg, hexa, symbol, brace, text = match.groups()
        if brace == "{":
            stack.append((skipping, uc))
            star = False
            continue
        if brace == "}":
            skipping, uc = stack.pop() if stack else (False, 1)
            continue
        if pending_skip and (text or hexa):  # the characters standing in for a \\u character
            if text:
                drop = min(pending_skip, len(text))
                text, pending_skip = text[drop:], pending_skip - drop
            else:
                pending_skip -= 1
                continue
        if word:
            if word in _SKIPPED or star:
                skipping = True
            elif word == "uc" and arg:
                uc = int(arg)
            elif word == "u" and arg and not skipping:
                out.append(chr(int(arg) % 65536))
                pending_skip = uc
            elif word in _BREAKS and not skipping:
                out.append(_BREAKS[word])
            elif word in _CHARS and not skipping:
                out.append(_CHARS[word])
            star = False
        elif symbol:
            if symbol == "*":
                star = True
                skipping = True
            elif symbol in "\\{}" and not skipping:
                out.append(symbol)
            elif symbol in _CHARS and not skipping:
                out.append(_CHARS[symbol])
        elif hexa and not skipping:
            out.append(bytes([int(hexa, 16)]).decode("cp1252", errors="replace"))
        elif text and not skipping:
            out.append(text)
    lines = (line.rstrip() for line in "".join(out).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
