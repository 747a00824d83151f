"""The evaluation set (`eval/`): releases of real records, their gold, their folds, and their recorded text.

The text of every page is recorded once (`record`, which OCRs what needs it) as a compact store,
`recorded/foiakit.db.gz`; scoring (`evaluate_set`) restores it, re-extracts every document with the current
rules (no OCR, no tesseract needed) and scores each fold. With `without_lists`, extraction runs again with every
gold vendor and agency name left out of the shipped lists: what the rules find on their own.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from foiakit.evaluation.gold import GoldDocument, GoldError, load_gold
from foiakit.evaluation.score import KindScore, score_store
from foiakit.model import Document, Settings

FOLDS_FILE = "folds.json"
RECORDED = Path("recorded") / "foiakit.db.gz"
ANSWER_KEYS = ("gold.json", "MANIFEST.tsv", "README.md")  # files beside documents that extraction must not read
# The dev fold's two halves, releases split by the parity of their name's sha256 (blind to content): a rule written
# from one half's documents is checked on the other before it is kept, since the test fold is only for reporting.
DEV_HALVES = ("dev-a", "dev-b")


def dev_half(release: str) -> str:
    """'dev-a' or 'dev-b': which half of the dev fold a release falls in."""
    return DEV_HALVES[hashlib.sha256(release.encode()).digest()[0] % 2]


@dataclass(frozen=True, slots=True)
class Release:
    name: str
    fold: str  # dev | test
    folder: Path  # where its documents are
    gold: Path


@dataclass(frozen=True, slots=True)
class EvalSet:
    root: Path
    releases: tuple[Release, ...]

    @property
    def project(self) -> Path:
        return self.root.parent

    def folds(self) -> list[str]:
        return sorted({r.fold for r in self.releases})

    def gold(self, fold: str | None = None) -> dict[str, GoldDocument]:
        documents: dict[str, GoldDocument] = {}
        for release in self.releases:
            if fold is None or release.fold == fold or (release.fold == "dev" and dev_half(release.name) == fold):
                external = release.folder != self.root / "docs" / release.name
                documents.update(load_gold(release.gold, release.name if external else None))
        return documents

    def sources(self) -> list[Path]:
        folders = {self.root / "docs"} | {r.folder for r in self.releases if not r.folder.is_relative_to(self.root)}
        return sorted(f for f in folders if f.exists())


def load_set(root: Path) -> EvalSet:
    """`folds.json`: {"dev": [release, …], "test": [release, …], "external": {name: {"path", "gold", "fold"}}},
    external paths relative to the project (the folder holding `root`). Every gold file belongs to one fold."""
    root = root.resolve()
    try:
        spec = json.loads((root / FOLDS_FILE).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GoldError(f"{root / FOLDS_FILE}: {exc}") from exc
    releases = []
    for fold in ("dev", "test"):
        for name in spec.get(fold, []):
            releases.append(Release(name, fold, root / "docs" / name, root / "gold" / f"{name}.json"))
    for name, item in sorted(spec.get("external", {}).items()):
        folder = (root.parent / item["path"]).resolve()
        if folder.exists():  # the shared corpus sits beside the project; without it the set is smaller, not broken
            releases.append(Release(name, item.get("fold", "dev"), folder, folder / item.get("gold", "gold.json")))
    named = {r.name for r in releases}
    if len(named) != len(releases):
        raise GoldError(f"{root / FOLDS_FILE}: a release is in two folds")
    unfolded = sorted(p.stem for p in (root / "gold").glob("*.json") if p.stem not in named)
    if unfolded:
        raise GoldError(f"{root / FOLDS_FILE}: gold without a fold: {', '.join(unfolded)}")
    return EvalSet(root, tuple(releases))


def gold_names(documents: dict[str, GoldDocument]) -> tuple[str, ...]:
    """Every vendor and agency name and alias the gold gives: what `--without-lists` leaves out of the lists."""
    names = {n for d in documents.values() for g in (*d.vendors, *d.agencies) for n in (g.name, *g.aliases)}
    return tuple(sorted(names))


def record(evalset: EvalSet, work: Path, settings: Settings) -> Path:
    """Read every document of the set (OCR where needed) and keep the store's text as `recorded/foiakit.db.gz`:
    extraction-stage findings are dropped (re-extraction remakes them), paths are kept relative to the project."""
    from foiakit import pipeline
    from foiakit.store import db

    out = work / "record"  # a store left there by an earlier recording is brought up to date, not redone
    pipeline.run(evalset.sources(), out, settings, exclude=ANSWER_KEYS)
    return pack(evalset, out / db.DB_NAME)


def pack(evalset: EvalSet, store: Path) -> Path:
    """Keep `store` as `recorded/foiakit.db.gz`: extraction-stage findings dropped (re-extraction remakes them),
    paths relative to the project, packed the same way every time (no time stamp in the gzip header)."""
    from foiakit.store import db

    conn = db.connect(store)
    try:
        conn.execute("DELETE FROM findings WHERE stage != 'ingest'")
        conn.execute("DELETE FROM run_items")
        for sha, disk in conn.execute("SELECT sha256, disk_path FROM files").fetchall():
            if disk and Path(disk).is_absolute():
                relative = os.path.relpath(disk, evalset.project)
                conn.execute("UPDATE files SET disk_path = ? WHERE sha256 = ?", (relative, sha))
        conn.commit()
        conn.execute("VACUUM")
    finally:
        conn.close()
    target = evalset.root / RECORDED
    target.parent.mkdir(parents=True, exist_ok=True)
    with store.open("rb") as raw, gzip.GzipFile(target, "wb", compresslevel=9, mtime=0) as packed:
        shutil.copyfileobj(raw, packed)
    return target


def restore(evalset: EvalSet, out: Path) -> Path:
    """The recorded store, unpacked into `out`, its paths pointing into this checkout."""
    from foiakit.store import db

    packed = evalset.root / RECORDED
    if not packed.exists():
        raise GoldError(f"{packed} is missing: record the set first (foiakit eval {evalset.root} --record)")
    out.mkdir(parents=True, exist_ok=True)
    target = out / db.DB_NAME
    with gzip.open(packed, "rb") as source, target.open("wb") as unpacked:
        shutil.copyfileobj(source, unpacked)
    conn = sqlite3.connect(target)
    try:
        for sha, disk in conn.execute("SELECT sha256, disk_path FROM files").fetchall():
            if disk and not Path(disk).is_absolute():
                conn.execute("UPDATE files SET disk_path = ? WHERE sha256 = ?", (str(evalset.project / disk), sha))
        conn.commit()
    finally:
        conn.close()
    return target


@dataclass(slots=True)
class FoldResult:
    name: str  # "dev", "test", "test without lists"
    documents: int
    scores: dict[str, KindScore]
    missing: list[str]


def evaluate_set(
    evalset: EvalSet, work: Path, settings: Settings, folds: list[str] | None = None, without_lists: bool = False
) -> list[FoldResult]:
    """Restore the recorded text into `work`, re-extract it with the current rules, and score each fold; with
    `without_lists`, extract again with the gold's names left out of the lists and score each fold again."""
    from foiakit import pipeline
    from foiakit.store import db

    folds = folds or evalset.folds()
    store = restore(evalset, work)
    results: list[FoldResult] = []
    passes = [("", settings)]
    if without_lists:
        passes.append((" without lists", replace(settings, withheld_names=gold_names(evalset.gold()))))
    for suffix, pass_settings in passes:
        pipeline.reextract(store.parent, pass_settings, force=True)
        conn = db.connect(store)
        try:
            for fold in folds:
                gold = evalset.gold(fold)
                scores, missing = score_store(conn, gold)
                results.append(FoldResult(fold + suffix, len(gold), scores, missing))
        finally:
            conn.close()
    return results


def fold_documents(evalset: EvalSet, fold: str, work: Path) -> Iterator[tuple[GoldDocument, Document]]:
    """Each gold document of `fold` with its recorded pages, restored into `work` (the training tools' input)."""
    from foiakit.evaluation.score import store_file
    from foiakit.store.load import load_document, source_from_row

    conn = sqlite3.connect(restore(evalset, work))
    conn.row_factory = sqlite3.Row
    try:
        for key, gold in sorted(evalset.gold(fold).items()):
            found = store_file(conn, key)
            if found is None:
                continue
            row = conn.execute(
                "SELECT sha256, path, file_type, size, parent_sha256, parent_message, disk_path FROM files"
                " WHERE sha256 = ?",
                (found["sha256"],),
            ).fetchone()
            yield gold, load_document(conn, source_from_row(row))
    finally:
        conn.close()
