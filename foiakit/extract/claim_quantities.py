"""The quantities a claim states ("up to 100 people in a single image", "over 2 billion detections", "99.9%
uptime"), each with what it counts, and whether one of them is a count a reporter would quote; a figure that names
a file, a case or an order, a year or a day of a month counts nothing."""

from __future__ import annotations

import re

from foiakit.extract.lexicon import folds_like_ascii, words

_SPACES = re.compile(r"\s+")


def has_count_of_note(quantities: list[str]) -> bool:
    """A quantity that counts something a reporter would quote: a large figure ('over 4 million miles',
    '352,545 miles') or a share ('99.9% uptime'), not a count of pages or days."""
    for quantity in quantities:
        figure = re.search(r"\d[\d,]*(?:\.\d+)?", quantity)
        if figure and not quantity[figure.end() :].strip(" %").islower():
            continue  # "0042 Bill To": a number in a form, not a count of something
        scale = re.search(r"\b(?:thousand|million|billion)s?\b|%|percent", quantity, re.I)
        if scale or (figure and float(figure.group(0).replace(",", "")) >= 1000):
            return True
    return False


# a bound a product works within: "up to 70 mph", "within 30 meters", "under 90 seconds", "less than one minute"
_BOUND = re.compile(r"^(?:up to|within|under|less than)\s+[\d,.]+\s*(?P<unit>[a-z/]+)", re.I)


def bounds_a_performance(quantities: list[str]) -> bool:
    """A quantity that bounds how fast, how far or how long something works ("up to 70 mph", "within 30 meters",
    "under 90 seconds"), in a unit of `performance_units`; a bound in days or years is a retention period."""
    units = words("claims")["performance_units"]
    return any((bound := _BOUND.match(q)) is not None and bound.group("unit").lower() in units for q in quantities)


# "up to 100 people in a single image", "over 2 billion detections", "99.9% uptime", "a 30-day runtime",
# "3,000 plates per minute": a figure (and its scale word) with what it counts
_MEASURE = re.compile(
    r"(?:\b(?:up to|more than|over|at least|as many as|nearly|almost|approximately|about|under|within|less than)\s+)?"
    r"(?:\b(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s?(?:%|percent\b))?(?:\s?(?:thousand|million|billion|k|m)\b)?|"
    r"\b(?:tens|hundreds) of (?:thousands|millions|billions)|\b(?:thousands|millions|billions))"
    r"(?:-(?P<hyphen>[a-z]+))?(?:\s+of)?"
    r"(?:\s+(?P<noun>(?!(?:and|or|to|the|a|an|of|in|on|at|for|by|with)\b)(?-i:[a-z])[a-z-]*"
    r"(?:\s+(?!(?:and|or|to|the|a|an|of|in|on|at|for|by|with|per|each|every|across)\b)(?-i:[a-z])[a-z-]*)?))?"
    r"(?:\s+(?:in|per|a|each|every)\s+(?:a\s+|an\s+)?(?:single\s+)?[a-z]+)?",
    re.I,
)
# what every _MEASURE match holds: a digit, or "thousands", "millions", "billions" in any case (asked only of text
# `folds_like_ascii`: re.I lets the pattern's "s" match "ſ")
_MAY_MEASURE = re.compile(r"\d|thousands|millions|billions", re.I)
_NOT_COUNTED = re.compile(r"^(?:19|20)\d\d$|^\d{1,2}$")  # years, days of months, list numbers


def quantities_in(sentence: str) -> list[str]:
    """The quantities a sentence states, each with what it counts, as written."""
    found: list[str] = []
    if folds_like_ascii(sentence) and not _MAY_MEASURE.search(sentence):
        return found  # every measure holds a figure or a scale word: most sentences hold neither
    for match in _MEASURE.finditer(sentence):
        text = _SPACES.sub(" ", match.group(0)).strip(" ,.;:")
        figure = re.search(r"\d[\d,]*(?:\.\d+)?", text)
        counted = match.group("noun") or match.group("hyphen")
        if not counted and "%" not in text and "percent" not in text.lower():
            continue
        if figure and _NOT_COUNTED.match(figure.group(0)) and not counted:
            continue
        before = sentence[max(0, match.start() - 1) : match.start()]
        if before in {"$", "€", "£", "/", "-", "."} or (counted or "").lower() in _MONTHS:
            continue
        if figure and figure.start() == 0 and _names_an_identifier(sentence[: match.start()]):
            continue
        found.append(text)
    return found


# the word right before a figure: an initialism ("EUA", "PO") or a label ("No.", "Case", "Resolution")
_WORD_BEFORE = re.compile(r"(?:^|\s)([A-Za-z][\w.]*|#)\s*$")


def _names_an_identifier(before: str) -> bool:
    """Whether the figure after `before` is an identifier, not a count: it follows an initialism ("EUA 27034
    submission", "PO 40518 items") or a label of a file, case, order or item ("Resolution No. 2024 cameras",
    "Case 23041 vehicles")."""
    word = _WORD_BEFORE.search(before)
    if word is None:
        return False
    label = word.group(1)
    initialism = len(label) >= 2 and label.isalpha() and label.isupper()
    return initialism or label.lower() in words("claims")["identifier_labels"]


_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
           "dec"}  # fmt: skip
