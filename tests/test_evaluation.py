"""The strict scorer, pinned on a hand-made case: every count below was worked out by hand from the rows."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from foiakit.evaluation import GoldName, load_gold, names_match, normalize_name, score_store
from foiakit.evaluation.gold import gold_document
from foiakit.store import db

GOLD = {
    "harbor/quote.pdf": {
        "vendors": [
            {"name": "Kettle-Marsh Systems Inc.", "aliases": ["KMS"], "role": "seller"},
            {"name": "Brightwater Ltd", "role": "bidder"},
        ],
        "agencies": [{"name": "City of Lakeport", "role": "buyer"}],
        "agency_units": ["Purchasing Division"],
        "prices": [
            {"amount": "100.00", "vendor": "Kettle-Marsh Systems Inc.", "page": 1},
            {"amount": "250,000", "vendor": "Kettle-Marsh Systems Inc.", "page": 1},
            {"amount": "42.00", "vendor": None, "page": 2},
        ],
        "capability_claims": [
            {"sentence": "The camera reads plates at up to 120 miles per hour.", "quantities": ["120 mph"]},
            {"sentence": "Our analytics engine identifies vehicles by make and color."},
        ],
        "emails": 2,
        "dates": ["2024-03-05"],
        "redactions": True,
        "exemption_codes": ["(b)(6)"],
        "scored_pages": [1, 2],
    },
    "harbor/letter.pdf": {
        "vendors": [{"name": "Harbor Lantern"}],
        "agencies": [{"name": "Lakeport Police Department"}],
        "emails": 0,
    },
}

# kind, normalized, page, quote, detail
FOUND = {
    "harbor/quote.pdf": [
        ("vendor", "Kettle-Marsh Systems", 1, "Kettle-Marsh Systems, Inc.", {}),
        ("vendor", "KMS", 1, "KMS will ship", {}),  # a second name for a gold vendor: a false find
        ("vendor", "Lakeport Analytics", 1, "Lakeport Analytics", {}),
        ("agency", "City of Lakeport", 1, "City of Lakeport", {}),
        ("agency", "Lakeport City Government", 2, "the Lakeport", {}),  # a canonical name the page does not write…
        ("agency", "Purchasing Division", 1, "Purchasing Division", {}),  # a unit: neither right nor wrong
        ("price", "100.00", 1, "$100.00", {"low": "100.00", "high": "100.00", "vendor": "Kettle-Marsh Systems"}),
        ("price", "250000.00", 1, "$250k", {"low": "250000.00", "high": "250000.00", "vendor": None}),
        ("price", "5.00", 2, "$5", {"low": "5.00", "high": "5.00"}),
        ("price", "77.00", 3, "$77 on an unscored page", {"low": "77.00", "high": "77.00"}),
        ("capability_claim", "read plates", 1, "The camera reads plates at up to 120 miles per hour", {}),
        ("capability_claim", "offer support", 1, "We offer support on weekdays", {}),
        ("date", "2024-03-05", 1, "March 5, 2024", {}),
        ("date", "2024-03-06", 2, "March 6, 2024", {}),
        ("redaction", "box", 2, "", {}),
        ("exemption", "(b)(6)", 2, "(b)(6)", {}),
    ],
    "harbor/letter.pdf": [
        ("agency", "Lakeport Police Dept.", 1, "Lakeport Police Dept.", {}),
        # … the tool's canonical name differs from the gold's, but the page's own words match it
        ("vendor", "Harbor Lantern Software Group", 1, "Harbor Lantern", {"value": "Harbor Lantern"}),
        ("capability_claim", "scan plates", 1, "It scans every plate it sees", {}),  # no gold claims: still false
        ("nda", "reference", 1, "under a non-disclosure agreement", {}),
    ],
}


def make_store(path: Path) -> sqlite3.Connection:
    conn = db.connect(path / "foiakit.db", create=True)
    for n, (name, rows) in enumerate(FOUND.items()):
        sha = f"{n:064d}"
        conn.execute(
            "INSERT INTO files (sha256, path, file_type, size, status) VALUES (?, ?, 'pdf', 1, 'done')",
            (sha, f"release/{name}"),
        )
        for kind, normalized, page, quote, detail in rows:
            detail = dict(detail)  # the table above is shared by every test: never change it
            value = detail.pop("value", normalized)
            conn.execute(
                "INSERT INTO findings (sha256, file, kind, value, normalized, detail, page, quote, confidence,"
                " method, ocr) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0.9, 'rule', 0)",
                (sha, name, kind, value, normalized, json.dumps(detail), page, quote),
            )
        if name.endswith("quote.pdf"):
            for position in (1, 2, 3):  # three messages found, gold says two
                conn.execute(
                    "INSERT INTO messages (id, sha256, position, page_start, body) VALUES (?, ?, ?, 1, '')",
                    (f"{sha[:8]}-{position}", sha, position),
                )
    conn.commit()
    return conn


@pytest.fixture()
def scores(tmp_path: Path) -> dict:
    gold_file = tmp_path / "gold.json"
    gold_file.write_text(json.dumps(GOLD), encoding="utf-8")
    conn = make_store(tmp_path)
    found, missing = score_store(conn, load_gold(gold_file))
    assert missing == []
    return found


@pytest.mark.parametrize(
    ("kind", "tp", "fp", "fn"),
    [
        ("vendor", 2, 2, 1),  # Kettle-Marsh and Harbor Lantern right; KMS (second name), Lakeport Analytics false
        ("vendor_letter", 1, 0, 0),
        ("agency", 2, 1, 0),  # 'Dept.' is 'Department'; the unit is neutral; a name nowhere on the page is false
        ("price", 2, 1, 1),  # 100 and 250000 right; 5 false; 42 missed; 77 is on an unscored page
        ("capability_claim", 1, 2, 1),  # false finds count in the letter too, which has no gold claims
        ("date", 1, 1, 0),
        ("redaction", 1, 0, 0),
        ("exemption", 1, 0, 0),
        ("nda", 0, 1, 0),
        ("emails", 0, 0, 1),  # three messages found, two in gold
    ],
)
def test_counts(scores: dict, kind: str, tp: int, fp: int, fn: int) -> None:
    if kind == "vendor_letter":  # the letter alone: found by the page's own words
        micro = scores["vendor"].documents[0]
        assert (micro.tp, micro.fp, micro.fn) == (tp, fp, fn)
        return
    micro = scores[kind].micro
    assert (micro.tp, micro.fp, micro.fn) == (tp, fp, fn)


def test_macro_is_the_mean_over_documents(scores: dict) -> None:
    claims = scores["capability_claim"]
    # quote: P 1/2, R 1/2, F1 1/2; letter: P 0, R 1 (nothing to find), F1 0 → macro F1 0.25; micro F1 0.4
    assert claims.macro() == pytest.approx((0.25, 0.75, 0.25))
    assert claims.micro.f1 == pytest.approx(0.4)


def test_prices_are_scored_on_their_vendor(scores: dict) -> None:
    price = scores["price"]
    assert (price.tied, price.tieable) == (1, 2)  # 100 names Kettle-Marsh; 250000 names no vendor
    assert any(m.what == "vendor" and "250000.00" in m.item for m in price.misses)


def test_misses_name_file_page_and_quote(scores: dict) -> None:
    false = [m for m in scores["vendor"].misses if m.what == "false"]
    assert {(m.file, m.page, m.quote) for m in false} == {
        ("harbor/quote.pdf", 1, "KMS will ship"),
        ("harbor/quote.pdf", 1, "Lakeport Analytics"),
    }


@pytest.mark.parametrize(
    ("found", "gold", "aliases", "expected"),
    [
        ("Kettle-Marsh Systems", "Kettle-Marsh Systems Inc.", (), True),
        ("KETTLE MARSH SYSTEMS, INC", "Kettle-Marsh Systems Inc.", (), True),
        ("Marsh Systems", "Kettle-Marsh Systems Inc.", (), False),  # a cut name is not the name
        ("Harrow Signal", "Harrow Group LLC dba Harrow Signal", (), True),
        ("Harrow Group", "Harrow Group LLC dba Harrow Signal", (), True),
        ("HLS", "Harbor Lantern Software", ("HLS",), True),
        ("HLS", "Harbor Lantern Software", (), False),  # no alias in the gold: the project's lists do not help
        ("Lakeport Police Department", "City of Lakeport", (), False),
        ("Dept. of Motor Vehicles", "Department of Motor Vehicles", (), True),
        ("The Board of Regents", "Board of Regents", (), True),
        ("Company", "Kettle Company", (), False),
    ],
)
def test_names_match_by_normalization_and_the_golds_own_aliases(
    found: str, gold: str, aliases: tuple[str, ...], expected: bool
) -> None:
    assert names_match(found, GoldName(gold, aliases)) is expected


def test_the_shared_corpus_format_is_read() -> None:
    doc = gold_document(
        "x.pdf",
        "corpus",
        {"vendors": ["Pen-Link, Ltd."], "vendors_canonical": ["Pen-Link"], "agencies": ["Office of the Mayor (EOM)"]},
    )
    assert doc.vendors[0].aliases == ("Pen-Link",)
    assert names_match("EOM", doc.agencies[0]) and normalize_name("Pen-Link, Ltd.") == "pen link"


def test_a_broken_gold_entry_names_the_file_and_entry(tmp_path: Path) -> None:
    bad = tmp_path / "gold.json"
    bad.write_text(json.dumps({"a.pdf": {"prices": [{"amount": "lots"}]}}), encoding="utf-8")
    with pytest.raises(ValueError, match=r"'a.pdf'.*needs an amount"):
        load_gold(bad)


def test_withheld_names_leave_the_lists() -> None:
    from foiakit.extract.lexicon import known_orgs, withhold_names

    everyone = known_orgs()
    some_vendor = next(o for o in everyone if o.kind == "vendor" and len(o.names) > 1)
    try:
        withhold_names((some_vendor.names[-1].upper(),))  # any of its names, in any case, removes the entry
        assert all(o.canonical != some_vendor.canonical for o in known_orgs())
        assert len(known_orgs()) == len(everyone) - 1
    finally:
        withhold_names(())
    assert known_orgs() == everyone


def test_eval_reads_gold_written_by_hand(tmp_path: Path) -> None:
    """A bad gold file is one clear error, not a traceback."""
    from click.testing import CliRunner

    from foiakit.cli import main

    bad = tmp_path / "gold.json"
    bad.write_text("{not json", encoding="utf-8")
    store, empty = tmp_path / "out", tmp_path / "empty"
    empty.mkdir()
    assert CliRunner().invoke(main, ["run", str(empty), "-o", str(store)]).exit_code == 0
    result = CliRunner().invoke(main, ["eval", str(bad), "--db", str(store / "foiakit.db")])
    assert result.exit_code == 2 and "cannot read gold file" in result.output


def test_eval_scores_a_store_from_the_command_line(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from foiakit.cli import main

    (tmp_path / "gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    make_store(tmp_path).close()
    args = ["eval", str(tmp_path / "gold.json"), "--db", str(tmp_path / "foiakit.db"), "--misses", "2"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "vendor" in result.output and "Brightwater Ltd" in result.output
    as_json = CliRunner().invoke(main, [*args[:4], "--json"])
    assert json.loads(as_json.output)["scores"]["vendor"]["fp"] == 2
