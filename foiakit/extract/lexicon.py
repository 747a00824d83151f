"""The domain lists extraction reads: data files in `foiakit/extract/data/` plus any `--patterns FILE`.

Users extend them without touching code: add a vendor line to `vendors.jsonl`, or pass their own spaCy
EntityRuler JSONL with `--patterns` (labels VENDOR, AGENCY, PRODUCT; `id` is the canonical name).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True, slots=True)
class KnownOrg:
    canonical: str
    kind: str  # vendor | agency
    names: tuple[str, ...]  # canonical and aliases
    domains: tuple[str, ...] = ()
    products: tuple[str, ...] = ()


def _jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            rows.append(json.loads(line))
    return rows


_WITHHELD: frozenset[str] = frozenset()  # names left out of the lists (the unseen-name ablation)


def withhold_names(names: tuple[str, ...]) -> None:
    """Leave out of the shipped lists every entry one of whose names is in `names` (compared case- and
    punctuation-blind): `foiakit eval --without-lists` measures what the rules find without the lists' help.
    Caches built from the lists are dropped when the set changes; the same set again costs nothing."""
    global _WITHHELD
    wanted = frozenset(_plain(n) for n in names if _plain(n))
    if wanted == _WITHHELD:
        return
    _WITHHELD = wanted
    from foiakit.extract import organizations, spacy_pipeline

    for cached in (spacy_pipeline.build_nlp, spacy_pipeline.org_matcher, organizations._known_spelling):
        cached.cache_clear()


def _plain(name: str) -> str:
    return " ".join("".join(c if c.isalnum() else " " for c in name.lower()).split())


def known_orgs(extra_patterns: tuple[str, ...] = ()) -> tuple[KnownOrg, ...]:
    return _known_orgs(extra_patterns, _WITHHELD)


@functools.cache
def _known_orgs(extra_patterns: tuple[str, ...], withheld: frozenset[str]) -> tuple[KnownOrg, ...]:
    orgs = []
    for kind, name in (("vendor", "vendors.jsonl"), ("agency", "agencies.jsonl")):
        for row in _jsonl(DATA / name):
            names = (row["canonical"], *row.get("aliases", ()))
            if withheld and any(_plain(n) in withheld for n in names):
                continue
            orgs.append(
                KnownOrg(row["canonical"], kind, names, tuple(row.get("domains", ())), tuple(row.get("products", ())))
            )
    for path in extra_patterns:  # spaCy EntityRuler JSONL: {"label": "VENDOR", "pattern": "...", "id": "..."}
        for row in _jsonl(Path(path)):
            label = str(row.get("label", "")).upper()
            pattern = row.get("pattern")
            if label not in {"VENDOR", "AGENCY", "ORG", "PRODUCT"} or not isinstance(pattern, str):
                continue
            kind = "agency" if label == "AGENCY" else "vendor"
            orgs.append(KnownOrg(str(row.get("id") or pattern), kind, (pattern,)))
    return tuple(orgs)


@functools.cache
def words(name: str) -> dict[str, Any]:
    """A JSON data file (org_words, nda, claims, prices) as a dict; lists become frozensets for lookups."""
    data = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    return {k: (frozenset(v) if isinstance(v, list) else v) for k, v in data.items() if not k.startswith("_")}


def phrase_pattern(items: Iterable[str]) -> PhrasePattern:
    """One compiled pattern that finds any of `items` as whole words, in any case (compiled once per list: a
    pattern built per phrase per sentence was a hot spot of extraction)."""
    return _phrase_pattern(frozenset(items))


# The only characters outside ASCII that re.I matches to an ASCII letter ("İ", dotless "ı", long "ſ", the Kelvin sign;
# found by matching [a-z] with re.I against every code point, tests/test_lexicon_folding.py)
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def folds_like_ascii(text: str) -> bool:
    """Whether re.I matches an ASCII phrase in `text` exactly where `str.lower` makes it a substring: ASCII text,
    or text whose other characters none fold to an ASCII letter (curly quotes, dashes, bullets, accents)."""
    return text.isascii() or _FOLDS_TO_ASCII.search(text) is None


class PhrasePattern:
    """A whole-word, any-case alternation of phrases whose `search` first asks whether any phrase occurs at all.

    Python's `re` has no literal prefix to skip by in a case-blind alternation with a look-behind, so it tries every
    phrase at every position: 40 µs a search over a clause, most of the price rules' time on a register page. A
    lower-cased ASCII text that holds none of the phrases as a substring cannot match (for ASCII, `re.I` folds
    exactly what `str.lower` does; so it does for other text without the four characters it folds to ASCII letters),
    so it is answered by C substring searches; anything else runs the pattern."""

    __slots__ = ("_needles", "pattern")

    def __init__(self, items: frozenset[str]) -> None:
        ordered = sorted(items, key=lambda phrase: (-len(phrase), phrase))  # the longest phrase wins at a position
        self.pattern = re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(i) for i in ordered) + r")(?![a-z])", re.I)
        self._needles = tuple(sorted({i.lower() for i in items})) if all(i.isascii() for i in items) else None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        if self._needles is not None:
            window = text[pos:end]
            if folds_like_ascii(window):
                lowered = window.lower()
                if not any(needle in lowered for needle in self._needles):
                    return None
        return self.pattern.search(text, pos, end)


@functools.cache
def _phrase_pattern(items: frozenset[str]) -> PhrasePattern:
    return PhrasePattern(items)


@functools.cache
def phrases(name: str, key: str) -> tuple[str, ...]:
    """A phrase list, longest first (so the most specific phrase wins)."""
    data = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    return tuple(sorted(data[key], key=len, reverse=True))


@functools.cache
def given_names() -> frozenset[str]:
    """Given names of people, lower case (`data/given_names.txt`, from the 1990 US Census)."""
    lines = (DATA / "given_names.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))
