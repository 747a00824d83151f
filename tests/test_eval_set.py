"""The evaluation set (eval/): its documents and provenance are whole, and extraction on it stays at or above
the floors measured on the test fold (releases no rule was written from). The set is re-extracted from its
recorded text, so no OCR runs here; `make eval` prints the full tables."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pytest

from foiakit.evaluation.evalset import DEV_HALVES, evaluate_set, load_set
from foiakit.model import Settings

EVAL = Path(__file__).resolve().parents[1] / "eval"
MANIFEST_COLUMNS = [
    "file", "sha256", "bytes", "pages", "kind", "source_repo", "source_commit", "source_path",
    "public_record_status", "description",
]  # fmt: skip

# fold: kind: (measure, floor). Set at the measured figures by tools/set_floors.py; raise them as they rise,
# never lower them without saying why in the CHANGELOG.
# dev price, price:macro, date, date:macro and price:vendor were lowered when dev gained its payment registers
# (mi_troy_sd_check_register_2024, wa_vancouver_sd_warrant_registers_2021_2025), which no rule reads yet.
# dev capability_claim, exemption and their macros were lowered when dev gained three printed-email releases
# (ma_boston_pd_email_records_2019, us_dhs_email_records_2020, us_fbi_email_records_2010): a vendor's webinar
# claims the claim rules miss, an inmate's letter they take for a claim, and the FBI's "b6 Per EOUSA" stamps the
# exemption rules do not read; dev emails rose to exact on every file.
# dev vendor, capability_claim, exemption, redaction and their macros were lowered when dev gained the FDA's
# printed email (us_fda_cber_eua_emails_2020): its grey redaction boxes stamped "(b) (6)" that the redaction
# rules do not see, stamps the exemption rules miss in three of four files, "Pfizer-BioNTech" product names no
# vendor rule reads (and "However" read as one), two requests read as claims; its emails are exact.
# Round 3: the folds grew (dev 98 -> 108 documents, test 72 -> 75). Lowered for that alone: test price:vendor 0.50
# -> 0.49 (the new council minutes hold 11 prices of which the ties find 1: 635/1271 = 0.4996), dev price 0.93 ->
# 0.92 and price:vendor 0.96 -> 0.95 (a library's run-in receipts and salary bands read as prices, in the new
# Warrenville release), dev date:macro 0.87 -> 0.86 (the new releases' dates). The rest are raised.
# Round 4: the test fold grew 75 -> 89 documents (procurement of one vendor's cameras, FBI/Secret Service/CIA FOIA
# scans). Lowered for that alone (the figures measured right after the new releases were merged, before any rule
# changed): test vendor:macro 0.49 -> 0.48, agency 0.53 -> 0.51 and agency:macro 0.53 -> 0.51 (without lists 0.51
# -> 0.48 and 0.52 -> 0.48), price 0.96 -> 0.95 and price:macro 0.63 -> 0.62, exemption 0.72 -> 0.66 and
# exemption:macro 0.42 -> 0.37 (FBI stamps and CIA 25X1 markers on scans), emails 0.53 -> 0.51 and emails:macro
# 0.36 -> 0.35. The rest are raised or unchanged.
# Round 5: test price:macro 0.62 -> 0.61 (0.6173), lowered when the text layer began to keep column gaps (a
# representation decided on the dev halves, which it left unchanged or better); the rest are raised or unchanged.
# Round 6 (agencies4): dev gained mn_chapin_alpr_records_2017_2025 (two printed e-mails, a scanned e-mail, two ALPR
# audit reports). Lowered for that alone: dev vendor:macro 0.56 -> 0.55 (the reports' auditor and makers), dev
# capability_claim 0.58 -> 0.52 and its macro 0.52 -> 0.47 (audit procedures read as claims), dev emails 1.0 -> 0.98
# and its macro 1.0 -> 0.96 (the scan's quoted message); dev agency rose 0.79 -> 0.81. The rest are unchanged or
# raised.
# Round 6 (ledgers7): dev gained two Iowa City CSD accounts-payable releases (4 documents); dev price:vendor
# 0.96 -> 0.95 lowered for them (a check printed out of its place ties nothing; 337/354). At the end of round 6
# (all merged, the recorded redactions re-run): every other floor unchanged or raised, test emails 0.57 -> 0.74.
# Round 7: none lowered; test emails 0.74 -> 0.85, agency:macro 0.54 -> 0.58, dev capability_claim 0.52 -> 0.57.
# Round 8: dev agency 0.83 -> 0.82: OCR of a page of amounts now keeps column gaps (ocr/rows.py), and on one
# scanned order form a cell of its own reads as an agency ("Wi- Mauston PD": two of dev-a's false agencies 35 -> 38);
# the same change raised dev prices 0.92 -> 0.96 and the ties 0.95 -> 0.97. The rest are raised.
FLOORS: dict[str, dict[str, tuple[str, float]]] = {
    "test": {
        "vendor": ("f1", 0.69),
        "vendor:macro": ("macro_f1", 0.51),
        "agency": ("f1", 0.62),
        "agency:macro": ("macro_f1", 0.58),
        "price": ("f1", 0.97),
        "price:macro": ("macro_f1", 0.63),
        "nda": ("f1", 0.8),
        "nda:macro": ("macro_f1", 0.66),
        "capability_claim": ("f1", 0.26),
        "capability_claim:macro": ("macro_f1", 0.11),
        "exemption": ("f1", 0.66),
        "exemption:macro": ("macro_f1", 0.37),
        "redaction": ("f1", 0.27),
        "redaction:macro": ("macro_f1", 0.16),
        "date": ("f1", 0.96),
        "date:macro": ("macro_f1", 0.81),
        "emails": ("f1", 0.85),
        "emails:macro": ("macro_f1", 0.75),
        "price:vendor": ("vendor_tied", 0.64),
    },
    "test without lists": {
        "vendor": ("f1", 0.68),
        "vendor:macro": ("macro_f1", 0.31),
        "agency": ("f1", 0.6),
        "agency:macro": ("macro_f1", 0.55),
    },
    "dev": {
        "vendor": ("f1", 0.85),
        "vendor:macro": ("macro_f1", 0.59),
        "agency": ("f1", 0.82),
        "agency:macro": ("macro_f1", 0.83),
        "price": ("f1", 0.96),
        "price:macro": ("macro_f1", 0.76),
        "nda": ("f1", 1.0),
        "nda:macro": ("macro_f1", 1.0),
        "capability_claim": ("f1", 0.58),
        "capability_claim:macro": ("macro_f1", 0.52),
        "exemption": ("f1", 0.8),
        "exemption:macro": ("macro_f1", 0.79),
        "redaction": ("f1", 0.88),
        "redaction:macro": ("macro_f1", 0.79),
        "date": ("f1", 0.69),
        "date:macro": ("macro_f1", 0.87),
        "emails": ("f1", 1.0),
        "emails:macro": ("macro_f1", 1.0),
        "price:vendor": ("vendor_tied", 0.97),
    },
}


def manifest_rows() -> list[dict[str, str]]:
    rows = []
    for path in sorted((EVAL / "manifest").glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle, delimiter="\t")
            assert reader.fieldnames == MANIFEST_COLUMNS, path
            rows.extend(reader)
    return rows


def test_every_document_has_provenance_and_gold() -> None:
    evalset = load_set(EVAL)
    rows = {row["file"]: row for row in manifest_rows()}
    on_disk = {p.relative_to(EVAL / "docs").as_posix() for p in (EVAL / "docs").rglob("*") if p.is_file()}
    gold = {key for key, doc in evalset.gold().items() if doc.release in {r.name for r in evalset.releases}}
    own_gold = {k for k in gold if "/" in k}
    assert on_disk == set(rows) == own_gold
    for name, row in rows.items():
        data = (EVAL / "docs" / name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == row["sha256"], name
        assert int(row["bytes"]) == len(data), name
        assert row["source_repo"] and len(row["source_commit"]) == 40 and row["source_path"], name
        assert row["public_record_status"].strip(), name


def test_the_set_is_big_and_varied_enough() -> None:
    rows = manifest_rows()
    evalset = load_set(EVAL)
    documents = evalset.gold()
    test_documents = evalset.gold("test")
    assert len(documents) >= 100
    assert sum(int(r["pages"]) for r in rows) >= 600
    assert len({r["source_repo"] for r in rows}) >= 6
    assert len(test_documents) >= 0.4 * len(documents)
    # a clone stays small: raised from 60 MiB when the dev fold grew to 108 documents (108 + 72 = 63 MB)
    assert sum(int(r["bytes"]) for r in rows) < 80 * 1024 * 1024
    # a source's releases sit in one fold: no requester's style leaks from dev into test
    fold_of = {r.name: r.fold for r in evalset.releases}
    folds_by_source: dict[str, set[str]] = {}
    for row in rows:
        folds_by_source.setdefault(row["source_repo"], set()).add(fold_of[row["file"].split("/", 1)[0]])
    assert all(len(folds) == 1 for folds in folds_by_source.values()), folds_by_source


def test_the_dev_halves_split_the_dev_fold_by_release() -> None:
    """dev-a and dev-b, the halves a rule is checked on before it is kept, part the dev fold whole releases at a
    time, and neither is empty."""
    evalset = load_set(EVAL)
    halves = [evalset.gold(half) for half in DEV_HALVES]
    assert all(halves)
    assert not set(halves[0]) & set(halves[1])
    assert set(halves[0]) | set(halves[1]) == set(evalset.gold("dev"))
    for half in halves:
        releases = {doc.release for doc in half.values()}
        assert all(key in half for key, doc in evalset.gold("dev").items() if doc.release in releases)


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, dict[str, object]]]:
    work = tmp_path_factory.mktemp("eval")
    folds = evaluate_set(load_set(EVAL), work, Settings(jobs=2), without_lists=True)
    return {r.name: {kind: score.as_dict() for kind, score in r.scores.items()} for r in folds}


@pytest.mark.slow
@pytest.mark.parametrize(("fold", "kind"), [(fold, kind) for fold, kinds in FLOORS.items() for kind in sorted(kinds)])
def test_quality_floor(results: dict[str, dict[str, dict[str, object]]], fold: str, kind: str) -> None:
    measure, floor = FLOORS[fold][kind]
    row = results[fold][kind.split(":")[0]]
    assert row[measure] is not None and row[measure] >= floor, (kind, row)


@pytest.mark.slow
def test_every_fold_is_scored(results: dict[str, dict[str, dict[str, object]]]) -> None:
    assert set(results) == {"dev", "test", "dev without lists", "test without lists"}
