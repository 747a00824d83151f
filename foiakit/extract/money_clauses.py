"""An amount that is no price by the clause it sits in: an insurance limit, a liability cap, a bond, a penalty, a
salary, a threshold ("purchases over $5,000"), unless a ceiling states one agreement's amount ("in an amount not to
exceed $18,000")."""

from __future__ import annotations

import bisect
import functools
import re
from decimal import Decimal

from foiakit.extract.lexicon import phrase_pattern, words


def _has_phrase(window: str, phrase_list: frozenset[str]) -> bool:
    return phrase_pattern(phrase_list).search(window) is not None


_CLAUSE_END = re.compile(r"[.;](?:\s|$)|\n\s*\n|\(\s*(?:[ivx]+|[a-z]|\d+)\s*\)\s")


def not_a_price(text: str, start: int, end: int) -> bool:
    """An amount that is no price by the clause it sits in: an insurance limit, a liability cap, a bond, a
    penalty, a salary ('… Cyber Liability coverage of $5,000,000'), or a threshold right beside it ('purchases
    over $5,000', '$2,500 or more')."""
    lexicon = words("prices")
    opens = [m.end() for m in _CLAUSE_END.finditer(text, max(0, start - 300), start)]
    clause_start = opens[-1] if opens else max(0, start - 300)
    closes = _CLAUSE_END.search(text, end, min(len(text), end + 200))
    clause_end = closes.start() if closes else min(len(text), end + 200)
    if labelled_line := _label_and_amount_line(text, start, end):
        clause_start, clause_end = labelled_line  # "Total Order 4210.00" over "… liability coverage of $5,000,000"
    clause = text[clause_start:clause_end]
    if _has_phrase(clause, lexicon["not_price_context"]) or _has_phrase(clause, lexicon["pay_words"]):
        return True
    if in_receipts_section(text, start):
        return True
    before = text[max(clause_start, start - 25) : start]
    after = text[end : min(clause_end, end + 12)]
    if re.match(r"\s*or (?:more|less)\b", after):
        return True
    return bool(_has_phrase(before, lexicon["threshold_words"])) and not _a_sale_ceiling(text, start)


def _a_sale_ceiling(text: str, start: int) -> bool:
    """Whether 'not to exceed' right before the amount at `start` states a sale's amount ('in an amount not to
    exceed', 'an agreement with Alder Optics, Inc. for … not to exceed') rather than a threshold ('purchases not
    to exceed $5,000 without approval'). The agreement, when the ceiling follows it after a comma, is looked for
    in the paragraph, not the clause: a name's "Inc." ends no clause of the sentence."""
    match = _NOT_TO_EXCEED.search(text, max(0, start - 40), start)
    if match is None:
        return False
    noun = re.search(r"(\w+)\s+(?:of\s+)?$", text[max(0, match.start() - 30) : match.start()])
    if noun and noun.group(1).lower() in words("prices")["ceiling_nouns"]:
        return True
    if not re.search(r"(?:[,)]|\b(?:for|at))\s*$", text[max(0, match.start() - 6) : match.start()]):
        return False  # "purchases not to exceed $5,000": a class of things capped, not one agreement's amount
    paragraph = max(text.rfind("\n\n", 0, match.start()) + 2, match.start() - 200, 0)
    return _deal_with().search(text, paragraph, match.start()) is not None


_NOT_TO_EXCEED = re.compile(r"\bnot[\s-]+to[\s-]+exceed\W*$", re.I)


@functools.cache
def _deal_with() -> re.Pattern[str]:
    """'an agreement with', 'a contract with': the nouns of deals.json that name one sale with its seller."""
    nouns = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(words("deals")["with"], key=len, reverse=True))
    return re.compile(rf"\b(?:a|an|the|this)\s+(?:[\w-]+\s+){{0,3}}?(?:{nouns})\s+with\b", re.I)


def _label_and_amount_line(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The line of a label and its amount ("Total Order 4210.00", "Freight   $0.00"), a clause of its own though no
    full stop ends the lines around it; None when the line goes on after the amount, holds only the amount, or
    carries on a wrapped sentence from the line above ("… automobile liability coverage in the amount of /
    $1,000,000")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[end:line_end].strip(" \t.") or not text[line_start:start].strip():
        return None
    above_end = line_start - 1
    above = text[text.rfind("\n", 0, max(0, above_end)) + 1 : max(0, above_end)].rstrip()
    if len(above) >= WRAPPED_LINE_AT_LEAST and (above[-1:].isalpha() or above.endswith(",")):
        return None
    # a run-in list of pairs ("Alder Supply $310.00; Staff wages $9,120.00; Birch Co. $75.00") labels an amount by
    # its own pair only
    pairs = [m.end() for m in re.finditer(r";\s", text[line_start:start])]
    return line_start + (pairs[-1] if pairs else 0), line_end


WRAPPED_LINE_AT_LEAST = 50  # characters of a line above that a sentence wraps from (it ends in a word, not a stop)


def pay_label(label: str) -> bool:
    """Whether a payment's label says it is what staff are paid ("Personnel: Gross Salaries & Wages")."""
    return _has_phrase(label, words("prices")["pay_words"])


def a_bracket(low: Decimal, high: Decimal) -> bool:
    """Whether a range of whole amounts is a bracket of a scale ("$25,000 - $49,999" of salary bands, income
    brackets, "$0 – $9,999"): its low end is a round thousand and its high end one short of one. Nothing is bought
    at such a range; a quote's range ends in a round figure ("$1,500–$2,000")."""
    return high > low and low % 1000 == 0 and (high + 1) % 1000 == 0


def in_receipts_section(text: str, start: int) -> bool:
    """Whether the amount at `start` sits under a heading of money the public body received ("CASH RECEIPTS",
    "Revenues:", "INCOME") with no spending heading ("DISBURSEMENTS", "Expenditures") between them: taxes, grants
    and interest collected are no price paid for anything."""
    headings = _section_headings(text)
    if not headings:
        return False
    index = bisect.bisect_right(headings, (start, True)) - 1
    return index >= 0 and headings[index][1]


# a line that is a heading alone: "CASH RECEIPTS", "B. Revenues:", "II. EXPENDITURES"
_HEADING_LINE = re.compile(
    r"^[ \t]*(?:(?:[A-Z]|[IVX]+|\d+)[.)][ \t]+)?(?P<words>[A-Za-z][A-Za-z ]{2,40}?)[ \t]*:?[ \t]*$", re.M
)


@functools.lru_cache(maxsize=16)
def _section_headings(text: str) -> tuple[tuple[int, bool], ...]:
    """(offset, is a receipts heading) of every line of `text` that is a receipts or a spending heading alone."""
    lexicon = words("prices")
    receipts, spending = frozenset(lexicon["receipt_headings"]), frozenset(lexicon["spending_headings"])
    found = []
    for match in _HEADING_LINE.finditer(text):
        said = " ".join(match.group("words").lower().split())
        if said in receipts or said in spending:
            found.append((match.start(), said in receipts))
    return tuple(found)
