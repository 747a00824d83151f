"""Findings against a hand-made gold file: precision, recall and F1 per kind.

The gold format is `../shared/corpus/real/gold.json`: file name → {vendors_canonical (or vendors), agencies,
prices [{amount, …}], nda (bool), capability_claims [sentences], emails (message count), dates,
redactions (bool), exemption_codes}. Scoring, per file, micro-averaged over files:

- vendors, agencies: names normalized (case, punctuation, "Dept." = "Department", a leading "The"); a found
  name matches a gold name when equal, when it equals an alias the gold name gives in parentheses
  ("Executive Office of the Mayor (EOM)"), when it is a run of at least two of the gold name's words
  ("Illinois Attorney General" in "Illinois Attorney General Public Access Counselor"; three words, or two that
  make half the gold name), or the gold name with
  at most one word more ("D.C. Board of Ethics and Government Accountability" for the name without "D.C."). Precision
  counts distinct found names that match no gold name; recall, gold names no found name matches.
- prices: distinct amounts (Decimal equality; a range contributes its low and high).
- nda, redactions: one yes/no per file (a true positive when both say yes).
- capability_claim: recall-oriented: a gold sentence is found when a claim's quote holds ≥ 50% of its words.
- exemption: distinct canonical codes. dates: distinct ISO dates. emails: the file's message count equals gold
  (a mailbox counts its own messages, other files every message printed or quoted in them).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

KINDS = ("vendor", "agency", "price", "nda", "capability_claim", "exemption", "redaction", "date", "emails")


@dataclass(slots=True)
class Score:
    kind: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)  # "file: item" for the worst-misses list
    false: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


_PAREN = re.compile(r"\(([^)]*)\)")


def normalize_name(name: str) -> str:
    text = name.lower().replace("&", " and ").replace("’", "'")
    text = re.sub(r"\bd\.\s?c\.", "dc", text)
    text = re.sub(r"\bu\.\s?s\.", "us", text)
    text = re.sub(r"\bunited states\b", "us", text)
    text = re.sub(r"\bdept\b\.?", "department", text)
    text = re.sub(r"\bdistrict of columbia\b", "dc", text)
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^a-z0-9 ]+", " ", text)
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def name_variants(gold: str) -> list[str]:
    variants = [_PAREN.sub(" ", gold)]
    for inner in _PAREN.findall(gold):
        variants.extend(re.split(r"[/,;]| - ", inner))
    variants.extend(re.split(r" / ", _PAREN.sub(" ", gold)))
    return [v for v in (normalize_name(v) for v in variants) if v]


def _known_aliases(name: str) -> list[str]:
    """A found canonical name and the aliases the lists give it ("Federal Bureau of Investigation" = "FBI")."""
    from foiakit.extract.lexicon import known_orgs

    for org in known_orgs():
        if org.canonical == name:
            return list(org.names)
    return [name]


def names_match(found: str, gold: str) -> bool:
    return any(_names_match(alias, gold) for alias in _known_aliases(found))


def _names_match(found: str, gold: str) -> bool:
    f = normalize_name(found)
    if not f:
        return False
    for variant in name_variants(gold):
        if f == variant or f.replace(" ", "") == variant.replace(" ", ""):
            return True
        # a part of the gold name ("Illinois Attorney General" in "Illinois Attorney General Public Access
        # Counselor"), or the gold name with one word more ("D.C. Board of …" for "Board of …")
        f_words, v_words = len(f.split()), len(variant.split())
        if f_words >= 2 and (f_words >= 3 or 2 * f_words >= v_words) and f" {f} " in f" {variant} ":
            return True
        if len(variant.split()) >= 2 and f" {variant} " in f" {f} " and len(f.split()) <= len(variant.split()) + 1:
            return True
    return False


def _amount(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value).replace(",", "").replace("$", "")).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        return None


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2}


def _score_names(score: Score, file: str, found: set[str], gold: Iterable[str]) -> None:
    gold = [g for g in gold if g]
    matched_gold = {g for g in gold if any(names_match(f, g) for f in found)}
    score.tp += len(matched_gold)
    score.fn += len(gold) - len(matched_gold)
    score.misses.extend(f"{file}: {g}" for g in gold if g not in matched_gold)
    wrong = sorted(f for f in found if not any(names_match(f, g) for g in gold))
    score.fp += len(wrong)
    score.false.extend(f"{file}: {f}" for f in wrong)


def _score_sets(score: Score, file: str, found: set[Any], gold: set[Any]) -> None:
    score.tp += len(found & gold)
    score.fp += len(found - gold)
    score.fn += len(gold - found)
    score.misses.extend(f"{file}: {g}" for g in sorted(gold - found, key=str))
    score.false.extend(f"{file}: {f}" for f in sorted(found - gold, key=str))


def _score_flag(score: Score, file: str, found: bool, gold: bool) -> None:
    score.tp += found and gold
    score.fp += found and not gold
    score.fn += gold and not found
    if gold and not found:
        score.misses.append(file)
    if found and not gold:
        score.false.append(file)


def _store_file(conn: sqlite3.Connection, name: str) -> sqlite3.Row | None:
    return conn.execute(
        "SELECT sha256, path, file_type FROM files WHERE path = ? OR path LIKE ? ORDER BY length(path) LIMIT 1",
        (name, f"%/{name}"),
    ).fetchone()


def evaluate(conn: sqlite3.Connection, gold_path: Path) -> tuple[dict[str, Score], list[str]]:
    """Score the store against the gold file; also returns the gold files the store does not hold."""
    gold_all = json.loads(gold_path.read_text(encoding="utf-8"))
    scores = {kind: Score(kind) for kind in KINDS}
    missing = []
    for name, gold in sorted(gold_all.items()):
        if name.startswith("_") or not isinstance(gold, dict):
            continue
        row = _store_file(conn, name)
        if row is None:
            missing.append(name)
            continue
        findings: dict[str, list[sqlite3.Row]] = {}
        for f in conn.execute("SELECT kind, normalized, detail, quote FROM findings WHERE sha256=?", (row["sha256"],)):
            findings.setdefault(f["kind"], []).append(f)

        def names(kind: str, found: dict[str, list[sqlite3.Row]] = findings) -> set[str]:
            return {f["normalized"] for f in found.get(kind, [])}

        _score_names(scores["vendor"], name, names("vendor"), gold.get("vendors_canonical") or gold.get("vendors", []))
        _score_names(scores["agency"], name, names("agency"), gold.get("agencies", []))
        amounts: set[Decimal] = set()
        for f in findings.get("price", []):
            detail = json.loads(f["detail"] or "{}")
            for key in ("low", "high"):
                if detail.get(key) is not None and (value := _amount(detail[key])) is not None:
                    amounts.add(value)
        gold_amounts = {a for p in gold.get("prices", []) if (a := _amount(p.get("amount"))) is not None}
        _score_sets(scores["price"], name, amounts, gold_amounts)
        _score_flag(scores["nda"], name, bool(findings.get("nda")), bool(gold.get("nda")))
        claim_quotes = [_words(f["quote"]) for f in findings.get("capability_claim", [])]
        claim_score = scores["capability_claim"]
        for sentence in gold.get("capability_claims", []):
            target = _words(sentence)
            if target and any(len(target & q) / len(target) >= 0.5 for q in claim_quotes):
                claim_score.tp += 1
            else:
                claim_score.fn += 1
                claim_score.misses.append(f"{name}: {sentence[:90]}")
        if not gold.get("capability_claims"):
            claim_score.fp += len(claim_quotes)
            claim_score.false.extend(f"{name}: {f['quote'][:90]}" for f in findings.get("capability_claim", []))
        _score_sets(scores["exemption"], name, names("exemption"), set(gold.get("exemption_codes", [])))
        _score_flag(scores["redaction"], name, bool(findings.get("redaction")), bool(gold.get("redactions")))
        _score_sets(scores["date"], name, names("date"), set(gold.get("dates", [])))
        _score_messages(conn, scores["emails"], name, row, int(gold.get("emails") or 0))
    return scores, missing


def _score_messages(conn: sqlite3.Connection, score: Score, name: str, row: sqlite3.Row, expected: int) -> None:
    query = "SELECT count(*) FROM messages WHERE sha256=?"
    if row["file_type"] == "mbox":
        query += " AND page_start IS NULL"
    count = conn.execute(query, (row["sha256"],)).fetchone()[0]
    if expected == 0 and count == 0:
        return
    if count == expected:
        score.tp += 1
    else:
        score.fn += expected > 0
        score.fp += count > 0 and expected == 0
        (score.misses if expected else score.false).append(f"{name}: found {count}, gold {expected}")
