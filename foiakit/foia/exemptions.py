"""Exemption codes (federal FOIA and state public-records laws) in page text → `exemption` findings.

The forms live in `data/exemptions.jsonl`: each a regex with named groups `section` and `parts` and a template
for the canonical code. A form is `strong` (unambiguous: "552(b)(5)", "5 ILCS 140/7(1)(c)", "ORS 192.345(23)"),
`weak` (a bare "(b)(6)", "b6", "Ex. 5", "Section 7(1)(c)": also a contract's own clause numbering or an
exhibit) or `context` (any ORS statute, an access statute such as "A.R.S. § 39-121", Minnesota's chapter 13: an
exemption only when cited as one). A state's forms read its spellings and write its customary short form.

How weak forms are told apart from ordinary text (the choice made here):
- a code standing alone on a line (only codes and stamp words such as "Redacted", "Ex.", "and") is a stamp;
- otherwise a FOIA word ("exempt", "withheld", "redacted", "FOIA", "552", …) must be near: within the same line
  for the terse forms ("b6", "Ex. 5") and for a "(b)(N)" that starts a line (list numbering), within a few
  hundred characters for the rest;
- a confirmed weak code that nothing cites ("under", "pursuant to", "Exemption" …) is a stamp left in running
  text where words were taken out ("My cell is (b)(6) if …");
- a "(b)(N)" right after "section"/"subsection"/"paragraph"/"clause" is a cross-reference to the document's own
  clauses and is never an exemption (unless "552" precedes it, which is the strong form).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from foiakit.extract import message_for, register
from foiakit.extract.spans import line_bounds
from foiakit.model import Document, Finding, Settings, make_detail

DATA_FILE = Path(__file__).parent / "data" / "exemptions.jsonl"
_WINDOW = 250  # characters either side searched for a FOIA word
_CROSS_REFERENCE = re.compile(r"(?:sub)?(?:section|paragraph|clause|item)s?\s*$|§\s*$", re.IGNORECASE)
_TERSE = re.compile(r"^(?:b|Ex\.)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class CodeForm:
    jurisdiction: str
    strength: str  # strong | weak | context
    template: str
    parts_case: str  # lower | upper | keep (as written) | first_upper: "(A)(1)(h)" in Ohio, "(B)(10)" in Virginia
    pattern: re.Pattern[str]
    min_parts: tuple[tuple[str, int], ...] = ()  # (section, parts it needs): "7(1)" alone is no exemption
    optional: tuple[tuple[str, str], ...] = ()  # (group, how the template writes it when present): ", subd. {}"
    needs: re.Pattern[str] | None = None  # in every match: a quick search that skips the pattern on most pages


@dataclass(frozen=True, slots=True)
class Rules:
    forms: tuple[CodeForm, ...]
    descriptions: dict[str, str]
    context: re.Pattern[str]
    stamp_filler: re.Pattern[str]
    request_context: re.Pattern[str]  # the page is about a records request (for `context` forms)
    statute_context: re.Pattern[str]  # words that make another statute an exemption ("exempt under ORS …")
    citing: re.Pattern[str]  # a lead-in that cites a code ("withheld under", "pursuant to"), at the end of a text


@dataclass(frozen=True, slots=True)
class CodeMatch:
    """One exemption code found in a text."""

    start: int
    end: int
    value: str
    code: str  # canonical
    jurisdiction: str
    context: str  # cited | stamped
    strength: str


@functools.cache
def rules(path: Path = DATA_FILE) -> Rules:
    forms: list[CodeForm] = []
    descriptions: dict[str, str] = {}
    context_words: list[str] = []
    stamp_words: list[str] = []
    request_words: list[str] = []
    statute_words: list[str] = []
    citing_words: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        entry = json.loads(line)
        kind = entry["type"]
        if kind == "form":
            forms.append(
                CodeForm(
                    entry["jurisdiction"],
                    entry["strength"],
                    entry["template"],
                    entry.get("parts_case", "upper" if entry.get("upper_parts") else "lower"),
                    re.compile(entry["pattern"]),
                    tuple(sorted(entry.get("min_parts", {}).items())),
                    tuple(sorted(entry.get("optional", {}).items())),
                    re.compile(entry["needs"]) if "needs" in entry else None,
                )
            )
        elif kind == "code":
            descriptions[entry["code"]] = entry["description"]
        elif kind == "context":
            context_words.extend(entry["words"])
        elif kind == "stamp_words":
            stamp_words.extend(entry["words"])
        elif kind == "request_context":
            request_words.extend(entry["words"])
        elif kind == "statute_context":
            statute_words.extend(entry["words"])
        elif kind == "citing_words":
            citing_words.extend(entry["words"])
    context = re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in context_words) + r")", re.IGNORECASE)
    filler = "|".join(re.escape(w) for w in sorted(stamp_words, key=len, reverse=True))
    stamp_filler = re.compile(r"(?<![a-z])(?:" + filler + r")(?![a-z])|[\s,;:&/.+()\-–—\[\]|*]", re.IGNORECASE)
    request = re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in request_words) + r")", re.IGNORECASE)
    statute = re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in statute_words) + r")", re.IGNORECASE)
    lead_in = "|".join(re.escape(w) for w in citing_words)
    citing = re.compile(r"(?<![a-z])(?:" + lead_in + r")(?![a-z])[^.;:\n]{0,40}$", re.IGNORECASE)
    return Rules(tuple(forms), descriptions, context, stamp_filler, request, statute, citing)


def description(code: str) -> str:
    """The plain description of a canonical code (or of its nearest listed parent), '' when unknown."""
    known = rules().descriptions
    candidate = code
    while candidate:
        if candidate in known:
            return known[candidate]
        cut = candidate.rfind("(")
        if cut <= 0:
            break
        candidate = candidate[:cut]
    return ""


def canonical(form: CodeForm, match: re.Match[str]) -> str:
    groups = match.groupdict()
    raw_parts = (groups.get("parts") or "") + (groups.get("bare") or "")
    tokens = re.findall(r"[A-Za-z]+|\d+", raw_parts)
    section = _section(match)
    if form.jurisdiction == "federal" and section not in _FEDERAL_WITH_PARTS:
        tokens = []  # "(b)(5) (b)", "(b)(6) F": OCR beside a stamp; only (b)(3) and (b)(7) have lettered parts
    parts = "".join(f"({_part_case(form.parts_case, t, i)})" for i, t in enumerate(tokens))
    extras = {name: written.format(groups[name]) if groups.get(name) else "" for name, written in form.optional}
    return form.template.format(section=section, parts=parts, **extras)


def _section(match: re.Match[str]) -> str:
    """The section as the template writes it: "63G - 2 - 305" → "63G-2-305"."""
    return re.sub(r"\s+", "", match.group("section"))


def _part_case(case: str, token: str, index: int) -> str:
    if case == "upper" or (case == "first_upper" and index == 0):
        return token.upper()
    return token if case == "keep" else token.lower()


_FEDERAL_WITH_PARTS = frozenset({"3", "7"})


def find_codes(text: str, beside_redaction: bool = False) -> list[CodeMatch]:
    """Every exemption code in `text` that its surroundings confirm, in text order, without overlaps.

    `beside_redaction`: the text was printed on or next to a redaction box, which confirms the weak forms."""
    candidates: list[tuple[int, int, int, CodeForm, re.Match[str]]] = []
    for order, form in enumerate(rules().forms):
        if form.needs is not None and form.needs.search(text) is None:
            continue
        for match in form.pattern.finditer(text):
            candidates.append((match.start(), -(match.end() - match.start()), order, form, match))
    candidates.sort(key=lambda c: c[:3])
    chosen: list[tuple[CodeForm, re.Match[str]]] = []
    last_end = -1
    for start, _, _, form, match in candidates:
        if start >= last_end and _enough_parts(form, match):
            chosen.append((form, match))
            last_end = match.end()
    spans = [(m.start(), m.end()) for _, m in chosen]
    found: list[CodeMatch] = []
    for form, match in chosen:
        value = match.group(0).rstrip()
        start, end = match.start(), match.start() + len(value)
        stamped = form.strength != "context" and (beside_redaction or _on_stamp_line(text, start, end, spans))
        if not stamped and not _confirmed(text, start, end, form, value):
            continue
        if not stamped and form.strength == "weak" and not _cited(text, start, end):
            stamped = True  # a bare code in running text with nothing citing it: printed where words were taken out
        found.append(
            CodeMatch(
                start,
                end,
                value,
                canonical(form, match),
                form.jurisdiction,
                "stamped" if stamped else "cited",
                form.strength,
            )
        )
    return found


def stamp_code(text: str) -> CodeMatch | None:
    """The first code of a text that is a stamp and nothing else (codes and stamp words: "(b) (6)", "Ex. 5
    Redacted", "(b)(6), (b)(7)(C)"), as printed over a redaction box; None when other words are there too."""
    codes = find_codes(text, beside_redaction=True)
    if not codes:
        return None
    pieces, cursor = [], 0
    for code in codes:
        pieces.append(text[cursor : code.start])
        cursor = code.end
    pieces.append(text[cursor:])
    return codes[0] if not rules().stamp_filler.sub("", "".join(pieces)).strip() else None


def _cited(text: str, start: int, end: int) -> bool:
    """A citing word leads up to the code ("withheld under (b)(5)") or follows it in the clause ("(b)(1) is not
    claimed")."""
    if rules().citing.search(text[max(0, start - 60) : start] + re.sub(r"[.;:]", "", text[start:end])):
        return True
    after = re.split(r"[.;:\n]", text[end : end + 40], maxsplit=1)[0]
    return rules().citing.search(after + " ") is not None or rules().context.search(after) is not None


def _enough_parts(form: CodeForm, match: re.Match[str]) -> bool:
    needed = dict(form.min_parts).get(_section(match), 0)
    return len(re.findall(r"\(", match.groupdict().get("parts") or "")) >= needed


def _on_stamp_line(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """True when the code's line holds nothing but codes and stamp words ("Redacted", "Ex.", "and" …)."""
    line_start, line_end = line_bounds(text, start, end)
    pieces: list[str] = []
    cursor = line_start
    for s, e in spans:
        if e <= line_start or s >= line_end:
            continue
        pieces.append(text[cursor:s])
        cursor = max(cursor, e)
    pieces.append(text[cursor:line_end])
    rest = rules().stamp_filler.sub("", "".join(pieces))
    return not rest.strip()


def _confirmed(text: str, start: int, end: int, form: CodeForm, value: str) -> bool:
    if form.strength == "strong":
        return True
    before = text[max(0, start - 30) : start]
    if form.jurisdiction == "federal" and _CROSS_REFERENCE.search(before):
        return False
    line_start, line_end = line_bounds(text, start, end)
    at_line_start = not text[line_start:start].strip()
    if (form.jurisdiction == "federal" and (_TERSE.match(value) or at_line_start)) or form.strength == "context":
        # terse forms, list-item positions and other statutes: the FOIA word must be on the same line
        window = text[line_start:start] + " " + text[end:line_end]
    else:
        window = text[max(0, start - _WINDOW) : start] + " " + text[end : end + _WINDOW]
    if form.strength == "context":
        # any other statute: an exemption only on a page about a records request, with a FOIA word beside it
        return rules().request_context.search(text) is not None and rules().statute_context.search(window) is not None
    return rules().context.search(window) is not None


def sentence_around(text: str, start: int, end: int, limit: int = 300) -> str:
    """The sentence (or line, for stamps and table rows) a span rests on, whitespace collapsed."""
    left = max(text.rfind(". ", 0, start) + 2, text.rfind("\n\n", 0, start) + 2, 0)
    if start - left > limit // 2:
        left = max(text.rfind("\n", 0, start) + 1, start - limit // 2)
    right_candidates = [i for i in (text.find(". ", end), text.find("\n\n", end)) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    if right - end > limit // 2:
        newline = text.find("\n", end)
        right = newline if 0 <= newline < end + limit // 2 else min(len(text), end + limit // 2)
    return " ".join(text[left:right].split())


def exemption_findings(document: Document) -> Iterator[Finding]:
    source = document.source
    for page in document.pages:
        for code in find_codes(page.text):
            message = message_for(document, page.number, code.start)
            yield Finding(
                kind="exemption",
                value=code.value,
                normalized=code.code,
                file=source.display_path,
                sha256=source.sha256,
                page=page.number,
                start=code.start,
                end=code.end,
                quote=sentence_around(page.text, code.start, code.end),
                method="rule",
                ocr=page.ocr,
                confidence=0.95 if code.strength == "strong" else 0.8,
                message=message.id if message is not None else None,
                detail=make_detail(
                    jurisdiction=code.jurisdiction,
                    context=code.context,
                    description=description(code.code) or None,
                    bates=page.bates,
                ),
            )


@register(70, "exemptions")
def extract_exemptions(document: Document, settings: Settings) -> Iterator[Finding]:
    """Registered extractor: exemption codes on every page."""
    return exemption_findings(document)
