"""The answer key: hand-made gold entries, one per document, read into typed records.

Two formats are read. The evaluation set's (`eval/README.md`): vendors and agencies as objects with the
document's own aliases and a role, prices with the vendor they belong to. The shared corpus's older one: names
as strings, an alias in parentheses ("Executive Office of the Mayor (EOM)"), `vendors_canonical` as the
annotator's short names. Scoring uses only what the gold says, never the project's own lists.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True)
class GoldName:
    name: str
    aliases: tuple[str, ...] = ()
    role: str | None = None


@dataclass(frozen=True, slots=True)
class GoldPrice:
    amount: Decimal
    vendor: str | None = None
    page: int | None = None
    context: str = ""


@dataclass(frozen=True, slots=True)
class GoldClaim:
    sentence: str
    quantities: tuple[str, ...] = ()
    page: int | None = None


@dataclass(frozen=True, slots=True)
class GoldDocument:
    key: str  # the file's name as the store's path ends ("release/name.pdf", or a bare name)
    release: str
    vendors: tuple[GoldName, ...] = ()
    agencies: tuple[GoldName, ...] = ()
    agency_units: tuple[str, ...] = ()
    other_orgs: tuple[str, ...] = ()
    prices: tuple[GoldPrice, ...] = ()
    nda: bool = False
    nda_evidence: str = ""
    claims: tuple[GoldClaim, ...] = ()
    emails: int = 0
    dates: frozenset[str] = frozenset()
    redactions: bool = False
    exemption_codes: frozenset[str] = frozenset()
    scored_pages: frozenset[int] | None = None
    kind: str = ""  # contract, ledger, email_pdf, …: for figures grouped by kind of document


class GoldError(ValueError):
    """A gold file that cannot be read: the message names the file and the entry."""


_PAREN = re.compile(r"\(([^)]*)\)")


def money(value: Any) -> Decimal | None:
    """'$1,234.5' → Decimal('1234.50'); None when it is not an amount."""
    try:
        return Decimal(str(value).replace(",", "").replace("$", "").strip()).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        return None


def _name(item: Any) -> GoldName | None:
    if isinstance(item, str):
        if not item.strip():
            return None
        inner = [part.strip() for alias in _PAREN.findall(item) for part in re.split(r"[/,;]| - ", alias)]
        bare = _PAREN.sub(" ", item)
        parts = [p.strip() for p in bare.split(" / ")]
        return GoldName(" ".join(parts[0].split()), tuple(p for p in (*parts[1:], *inner) if p))
    if isinstance(item, dict) and str(item.get("name", "")).strip():
        aliases = tuple(str(a) for a in item.get("aliases") or () if str(a).strip())
        return GoldName(str(item["name"]).strip(), aliases, item.get("role"))
    raise GoldError(f"a name must be a string or an object with 'name': {item!r}")


def _names(items: Any) -> tuple[GoldName, ...]:
    return tuple(n for n in (_name(i) for i in items or ()) if n is not None)


def _vendors(entry: dict[str, Any]) -> tuple[GoldName, ...]:
    vendors = _names(entry.get("vendors"))
    canonical = [str(c) for c in entry.get("vendors_canonical") or ()]
    if not canonical:
        return vendors
    if len(canonical) == len(vendors):  # the annotator's short name is one more of the gold's own aliases
        return tuple(GoldName(v.name, (*v.aliases, c), v.role) for v, c in zip(vendors, canonical, strict=True))
    return _names(canonical)


def _prices(items: Any) -> tuple[GoldPrice, ...]:
    prices = []
    for item in items or ():
        amount = money(item.get("amount") if isinstance(item, dict) else item)
        if amount is None:
            raise GoldError(f"a price needs an amount: {item!r}")
        if amount == 0:
            continue  # the conventions: a line that costs nothing is no price (older gold lists some)
        if isinstance(item, dict):
            page = item.get("page")
            prices.append(GoldPrice(amount, item.get("vendor"), int(page) if page else None, item.get("context", "")))
        else:
            prices.append(GoldPrice(amount))
    return tuple(prices)


def _claims(items: Any) -> tuple[GoldClaim, ...]:
    claims = []
    for item in items or ():
        if isinstance(item, str):
            claims.append(GoldClaim(item))
        elif isinstance(item, dict) and item.get("sentence"):
            page = item.get("page")
            quantities = tuple(str(q) for q in item.get("quantities") or ())
            claims.append(GoldClaim(str(item["sentence"]), quantities, int(page) if page else None))
    return tuple(claims)


def gold_document(key: str, release: str, entry: dict[str, Any]) -> GoldDocument:
    scored = entry.get("scored_pages")
    return GoldDocument(
        key=key,
        release=release,
        vendors=_vendors(entry),
        agencies=_names(entry.get("agencies")),
        agency_units=tuple(str(u) for u in entry.get("agency_units") or ()),
        other_orgs=tuple(str(o) for o in entry.get("other_orgs") or ()),
        prices=_prices(entry.get("prices")),
        nda=bool(entry.get("nda")),
        nda_evidence=str(entry.get("nda_evidence") or ""),
        claims=_claims(entry.get("capability_claims")),
        emails=int(entry.get("emails") or 0),
        dates=frozenset(str(d) for d in entry.get("dates") or ()),
        redactions=bool(entry.get("redactions")),
        exemption_codes=frozenset(str(c) for c in entry.get("exemption_codes") or ()),
        scored_pages=frozenset(int(p) for p in scored) if scored else None,
        kind=str(entry.get("kind") or ""),
    )


def load_gold(path: Path, release: str | None = None) -> dict[str, GoldDocument]:
    """A gold file: key → entry. Keys starting with '_' are comments. `release` defaults to the part of
    each key before its first '/', else the file's stem."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(f"{path}: {exc}") from exc
    if not isinstance(raw, dict):
        raise GoldError(f"{path}: the gold file must be a JSON object of file name → entry")
    documents = {}
    for key, entry in sorted(raw.items()):
        if key.startswith("_") or not isinstance(entry, dict):
            continue
        owner = release or (key.split("/", 1)[0] if "/" in key else path.stem)
        try:
            documents[key] = gold_document(key, owner, entry)
        except (GoldError, TypeError, ValueError, AttributeError) as exc:
            raise GoldError(f"{path}: entry {key!r}: {exc}") from exc
    return documents
