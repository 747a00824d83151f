"""A store's findings against the gold, document by document, strictly.

- Every document is scored for every kind: a false find counts wherever it is, including files whose gold
  lists nothing of that kind.
- Figures are given twice: micro (over all findings of the fold) and macro (the mean over documents of each
  document's precision, recall and F1, over the documents where gold or tool have something of that kind),
  so one 400-amount ledger cannot carry a fold.
- Names (vendor, agency) match by normalization and the gold's own aliases (`match.py`), in the name the tool
  gives or as the page writes it where the tool found it (never through the project's lists); a second found
  name for a gold name already matched is a false find (two rows for one body in `vendors.csv`). A found agency that
  the gold lists as a unit is neither right nor wrong.
- Prices match by amount (distinct amounts per document, a range gives its low and high); of the matched
  amounts whose gold names a vendor, the share whose finding names that vendor is `price_vendor`.
- Claims: found claims and gold sentences are paired best overlap first (`CLAIM_MATCH`), each at most once;
  found claims left over are false finds.
- nda, redaction: one yes/no per document. exemption, date: distinct canonical values.
- emails: the file's message count equals the gold's (a mailbox counts its own messages; others every message
  printed or quoted in them): exact is a true positive, a wrong count a miss (and a false find when the gold
  has none).
- `scored_pages`: when the gold covers only some pages, only findings on those pages are scored.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from foiakit.evaluation.gold import GoldDocument, GoldName, money
from foiakit.evaluation.match import CLAIM_MATCH, claim_overlap, names_match

KINDS = ("vendor", "agency", "price", "nda", "capability_claim", "exemption", "redaction", "date", "emails")


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

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

    @property
    def empty(self) -> bool:
        return not (self.tp or self.fp or self.fn)


@dataclass(frozen=True, slots=True)
class Miss:
    """A gold item not found (`miss`) or a found item the gold does not have (`false`), with its place."""

    kind: str
    what: str  # miss | false
    file: str
    page: int | None
    item: str
    quote: str = ""


@dataclass(slots=True)
class KindScore:
    kind: str
    micro: Counts = field(default_factory=Counts)
    documents: list[Counts] = field(default_factory=list)
    misses: list[Miss] = field(default_factory=list)
    tied: int = 0  # prices only: matched amounts tied to the gold's vendor …
    tieable: int = 0  # … of matched amounts whose gold names a vendor

    def add_document(self, counts: Counts) -> None:
        self.micro.add(counts)
        if not counts.empty:
            self.documents.append(counts)

    def macro(self) -> tuple[float, float, float]:
        if not self.documents:
            return 1.0, 1.0, 1.0
        n = len(self.documents)
        return (
            sum(c.precision for c in self.documents) / n,
            sum(c.recall for c in self.documents) / n,
            sum(c.f1 for c in self.documents) / n,
        )

    def as_dict(self) -> dict[str, object]:
        mp, mr, mf = self.macro()
        m = self.micro
        row: dict[str, object] = {
            "precision": round(m.precision, 4), "recall": round(m.recall, 4), "f1": round(m.f1, 4),
            "macro_precision": round(mp, 4), "macro_recall": round(mr, 4), "macro_f1": round(mf, 4),
            "tp": m.tp, "fp": m.fp, "fn": m.fn, "documents": len(self.documents),
        }  # fmt: skip
        if self.kind == "price":
            row["vendor_tied"] = round(self.tied / self.tieable, 4) if self.tieable else None
            row["vendor_tieable"] = self.tieable
        return row


@dataclass(frozen=True, slots=True)
class Found:
    kind: str
    normalized: str
    page: int | None
    quote: str
    detail: dict[str, object]
    value: str = ""  # as the page writes it


def store_file(conn: sqlite3.Connection, key: str) -> sqlite3.Row | None:
    """The stored file a gold key names: the same path, or a path ending in '/key'."""
    escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return conn.execute(
        "SELECT sha256, path, file_type FROM files WHERE path = ? OR path LIKE ? ESCAPE '\\' "
        "ORDER BY length(path) LIMIT 1",
        (key, f"%/{escaped}"),
    ).fetchone()


def _found(conn: sqlite3.Connection, sha256: str, pages: frozenset[int] | None) -> dict[str, list[Found]]:
    found: dict[str, list[Found]] = {}
    rows = conn.execute(
        "SELECT kind, normalized, value, page, quote, detail FROM findings WHERE sha256 = ? ORDER BY page, start, id",
        (sha256,),
    )
    for row in rows:
        if pages is not None and row["page"] is not None and row["page"] not in pages:
            continue
        detail = json.loads(row["detail"] or "{}")
        found.setdefault(row["kind"], []).append(
            Found(row["kind"], row["normalized"], row["page"], row["quote"], detail, row["value"])
        )
    return found


def _first(found: Sequence[Found], normalized: str) -> Found | None:
    return next((f for f in found if f.normalized == normalized), None)


def score_names(
    score: KindScore, gold: GoldDocument, names: Sequence[GoldName], found: Sequence[Found], neutral: Iterable[str] = ()
) -> None:
    counts = Counts()
    neutral_names = [GoldName(n) for n in neutral]
    matched: set[int] = set()
    written: dict[str, set[str]] = {}
    for f in found:  # a name as the tool gives it, and as the page writes it where the tool found it
        written.setdefault(f.normalized, {f.normalized}).add(f.value)
    for value, forms in written.items():  # in reading order: the first name found is the one
        hits = [i for i, g in enumerate(names) if any(names_match(form, g) for form in forms)]
        where = _first(found, value)
        if hits and hits[0] not in matched:
            counts.tp += 1
            matched.add(hits[0])
        elif not hits and any(names_match(form, n) for form in forms for n in neutral_names):
            continue
        else:
            counts.fp += 1
            item = f"{value} (a second name for a gold name)" if hits else value
            score.misses.append(Miss(score.kind, "false", gold.key, where.page if where else None, item,
                                     where.quote[:160] if where else ""))  # fmt: skip
    for i, name in enumerate(names):
        if i not in matched:
            counts.fn += 1
            score.misses.append(Miss(score.kind, "miss", gold.key, None, name.name))
    score.add_document(counts)


def _amounts(found: Sequence[Found]) -> dict[Decimal, Found]:
    amounts: dict[Decimal, Found] = {}
    for f in found:
        for key in ("low", "high"):
            if (value := money(f.detail.get(key))) is not None:
                amounts.setdefault(value, f)
    return amounts


def score_prices(
    score: KindScore,
    gold: GoldDocument,
    vendors: Sequence[GoldName],
    found: Sequence[Found],
    vendor_found: Sequence[Found] = (),
) -> None:
    counts = Counts()
    got = _amounts(found)
    wanted: dict[Decimal, list] = {}
    for price in gold.prices:
        wanted.setdefault(price.amount, []).append(price)
    for amount, prices in sorted(wanted.items()):
        finding = got.get(amount)
        if finding is None:
            counts.fn += 1
            score.misses.append(Miss("price", "miss", gold.key, prices[0].page, f"{amount}", prices[0].context[:160]))
            continue
        counts.tp += 1
        owners = {p.vendor for p in prices if p.vendor}
        if owners:
            score.tieable += 1
            said = str(finding.detail.get("vendor") or "")
            forms = {said} | {f.value for f in vendor_found if f.normalized == said}  # as the page writes it
            by_name = [v for v in vendors if v.name in owners] or [GoldName(o) for o in owners]
            if said and any(names_match(form, v) for form in forms for v in by_name):
                score.tied += 1
            else:
                item = f"{amount} tied to {said or 'no vendor'}, gold {sorted(owners)[0]}"
                score.misses.append(Miss("price", "vendor", gold.key, finding.page, item, finding.quote[:160]))
    for amount, finding in sorted(got.items()):
        if amount not in wanted:
            counts.fp += 1
            score.misses.append(Miss("price", "false", gold.key, finding.page, f"{amount}", finding.quote[:160]))
    score.add_document(counts)


def score_claims(score: KindScore, gold: GoldDocument, found: Sequence[Found]) -> None:
    counts = Counts()
    # best pairs first, so a long quote that touches two gold sentences cannot take the one another claim is
    pairs = sorted(
        ((claim_overlap(f.quote, g), -i, -j) for i, f in enumerate(found) for j, g in enumerate(gold.claims)),
        reverse=True,
    )
    found_taken: set[int] = set()
    gold_taken: set[int] = set()
    for overlap, i, j in pairs:
        if overlap < CLAIM_MATCH:
            break
        if -i not in found_taken and -j not in gold_taken:
            found_taken.add(-i)
            gold_taken.add(-j)
    counts.tp = len(found_taken)
    for i, f in enumerate(found):
        if i not in found_taken:
            counts.fp += 1
            score.misses.append(Miss("capability_claim", "false", gold.key, f.page, f.quote[:160]))
    for j, claim in enumerate(gold.claims):
        if j not in gold_taken:
            counts.fn += 1
            score.misses.append(Miss("capability_claim", "miss", gold.key, claim.page, claim.sentence[:160]))
    score.add_document(counts)


def score_sets(score: KindScore, gold: GoldDocument, wanted: frozenset[str], found: Sequence[Found]) -> None:
    got = {f.normalized: f for f in found}
    counts = Counts(len(wanted & got.keys()), len(got.keys() - wanted), len(wanted - got.keys()))
    score.misses.extend(Miss(score.kind, "miss", gold.key, None, v) for v in sorted(wanted - got.keys()))
    score.misses.extend(
        Miss(score.kind, "false", gold.key, got[v].page, v, got[v].quote[:160]) for v in sorted(got.keys() - wanted)
    )
    score.add_document(counts)


def score_flag(score: KindScore, gold: GoldDocument, wanted: bool, found: Sequence[Found]) -> None:
    got = bool(found)
    score.add_document(Counts(int(got and wanted), int(got and not wanted), int(wanted and not got)))
    if got != wanted:
        where = found[0] if found else None
        score.misses.append(Miss(score.kind, "false" if got else "miss", gold.key, where.page if where else None,
                                 score.kind, where.quote[:160] if where else ""))  # fmt: skip


def score_messages(score: KindScore, conn: sqlite3.Connection, gold: GoldDocument, row: sqlite3.Row) -> None:
    query = "SELECT count(*) FROM messages WHERE sha256 = ?"
    if row["file_type"] == "mbox":
        query += " AND page_start IS NULL"  # a mailbox's own messages, not those quoted inside them
    count = conn.execute(query, (row["sha256"],)).fetchone()[0]
    expected = gold.emails
    if expected == count == 0:
        return
    exact = count == expected
    score.add_document(Counts(int(exact), int(not exact and expected == 0), int(not exact and expected > 0)))
    if not exact:
        what = "miss" if expected else "false"
        score.misses.append(Miss("emails", what, gold.key, None, f"found {count} messages, gold {expected}"))


def score_store(conn: sqlite3.Connection, gold: dict[str, GoldDocument]) -> tuple[dict[str, KindScore], list[str]]:
    """Every gold document scored against the store; also the gold keys the store does not hold (each
    scored as all misses: a file the tool could not read has found nothing)."""
    conn.row_factory = sqlite3.Row
    scores = {kind: KindScore(kind) for kind in KINDS}
    missing = []
    for key, doc in sorted(gold.items()):
        row = store_file(conn, key)
        if row is None:
            missing.append(key)
        found = _found(conn, row["sha256"], doc.scored_pages) if row is not None else {}
        score_names(scores["vendor"], doc, doc.vendors, found.get("vendor", []))
        score_names(scores["agency"], doc, doc.agencies, found.get("agency", []), doc.agency_units)
        score_prices(scores["price"], doc, doc.vendors, found.get("price", []), found.get("vendor", []))
        score_flag(scores["nda"], doc, doc.nda, found.get("nda", []))
        score_claims(scores["capability_claim"], doc, found.get("capability_claim", []))
        score_sets(scores["exemption"], doc, doc.exemption_codes, found.get("exemption", []))
        score_flag(scores["redaction"], doc, doc.redactions, found.get("redaction", []))
        score_sets(scores["date"], doc, doc.dates, found.get("date", []))
        if row is not None:
            score_messages(scores["emails"], conn, doc, row)
        elif doc.emails:
            scores["emails"].add_document(Counts(fn=1))
            scores["emails"].misses.append(Miss("emails", "miss", key, None, f"not read, gold {doc.emails}"))
    return scores, missing
