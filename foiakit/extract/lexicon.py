"""The domain lists extraction reads: data files in `foiakit/extract/data/` plus any `--patterns FILE`.

Users extend them without touching code: add a vendor line to `vendors.jsonl`, or pass their own spaCy
EntityRuler JSONL with `--patterns` (labels VENDOR, AGENCY, PRODUCT; `id` is the canonical name).
"""

from __future__ import annotations

import functools
import json
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


@functools.cache
def known_orgs(extra_patterns: tuple[str, ...] = ()) -> tuple[KnownOrg, ...]:
    orgs = []
    for kind, name in (("vendor", "vendors.jsonl"), ("agency", "agencies.jsonl")):
        for row in _jsonl(DATA / name):
            names = (row["canonical"], *row.get("aliases", ()))
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


@functools.cache
def phrases(name: str, key: str) -> tuple[str, ...]:
    """A phrase list, longest first (so the most specific phrase wins)."""
    data = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    return tuple(sorted(data[key], key=len, reverse=True))
