"""Agencies in letters and papers between public bodies (issue 13, round 8): invented records-request letters, a
state agency's award notice, a federal grant award, a fusion-center bulletin, an interagency MOU, e-mail between two
agencies, a court order, a school district's and a university's memos, a task force's report and a vendor's letter
(tools/make_agency_letters.py), scored the way the evaluation scores a document; and the rules they led to, each on
a table of invented names."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

from foiakit.evaluation.gold import gold_document
from foiakit.evaluation.score import Found, KindScore, score_names
from foiakit.extract import extract_document
from foiakit.extract.org_forms import classify
from foiakit.extract.org_places import one_name_per_place_key, place_first_key
from foiakit.extract.release_names import name_key
from foiakit.model import Document, FileType, Page, Settings, SourceFile

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import make_agency_letters


def _document(tmp_path: Path, text: str, name: str = "doc.txt") -> Document:
    source = SourceFile(tmp_path / name, name, "0" * 64, len(text), FileType.TEXT)
    return Document(source=source, pages=(Page(1, text, False, ""),))


def _names(tmp_path: Path, text: str, kind: str = "agency") -> set[str]:
    return {f.normalized for f in extract_document(_document(tmp_path, text), Settings()) if f.kind == kind}


# layout: (agency tp, fp, fn), (vendor tp, fp, fn) at worst (the figures reached). Before this round the written-from
# half read agencies 21/6/1 and vendors 3/1/1, the held-out half agencies 18/3/6 and vendors 3/0/3. Two rules were
# kept: one body written "Sheriff's Office of X County" and "X County Sheriff's Office" is one name (acknowledgement,
# MOU; a held-out false name less), and "… Police Supply Co." is a company (vendor letter; the held-out university
# memo's "… Police Equipment Company"). What is left (a signer's title joined to the body's name above it, "Court on
# the Petitioner", a council's name wrapped over a line break, the surname of "Marcus Dell" a vendor) had rules that
# helped the written-from half only: dropped
FLOORS = {
    "acknowledgement": ((3, 0, 0), (1, 0, 0)),
    "state_response": ((3, 0, 0), (1, 0, 0)),
    "grant_award": ((4, 0, 0), (0, 0, 0)),
    "mou": ((3, 2, 1), (0, 0, 0)),
    "court_order": ((5, 1, 0), (0, 0, 0)),
    "vendor_letter": ((3, 0, 0), (2, 1, 0)),
    "award_notice": ((3, 0, 0), (1, 0, 2)),
    "fusion_bulletin": ((4, 0, 1), (0, 0, 0)),
    "agency_emails": ((2, 0, 0), (1, 0, 0)),
    "school_memo": ((3, 1, 1), (1, 0, 0)),
    "university_memo": ((2, 0, 1), (1, 0, 0)),
    "task_force_report": ((4, 1, 3), (0, 0, 0)),
}


def test_every_layout_has_a_floor_and_a_half() -> None:
    assert set(FLOORS) == set(make_agency_letters.LAYOUTS)
    halves = set(make_agency_letters.WRITTEN_FROM), set(make_agency_letters.HELD_OUT)
    assert halves[0] | halves[1] == set(make_agency_letters.LAYOUTS)
    assert not halves[0] & halves[1]


@pytest.mark.slow
@pytest.mark.parametrize("layout", sorted(FLOORS))
def test_a_letter_names_its_agencies_and_vendors(layout: str, tmp_path: Path) -> None:
    truths = make_agency_letters.make(tmp_path / "pages")
    text = (tmp_path / "pages" / f"{layout}.txt").read_text(encoding="utf-8")
    findings = extract_document(_document(tmp_path, text, f"{layout}.txt"), Settings())
    gold = gold_document(f"{layout}.txt", "synthetic", truths[layout])
    for kind, floor in zip(("agency", "vendor"), FLOORS[layout], strict=True):
        found = [
            Found(f.kind, f.normalized, f.page, f.quote, dict(f.detail), f.value) for f in findings if f.kind == kind
        ]
        score = KindScore(kind)
        if kind == "agency":
            score_names(score, gold, gold.agencies, found, gold.agency_units)
        else:
            score_names(score, gold, gold.vendors, found)
        tp, fp, fn = floor
        misses = [f"{m.kind} {m.item} | {m.quote}" for m in score.misses]
        assert score.micro.tp >= tp and score.micro.fp <= fp and score.micro.fn <= fn, (kind, misses)


def test_the_pages_are_the_same_on_every_run(tmp_path: Path) -> None:
    make_agency_letters.make(tmp_path / "one")
    make_agency_letters.make(tmp_path / "two")
    for path in sorted((tmp_path / "one").iterdir()):
        assert path.read_bytes() == (tmp_path / "two" / path.name).read_bytes()


@pytest.mark.parametrize(
    ("key", "placed"),
    [
        ("sheriff s office of brindle county", "brindle county sheriff s office"),
        ("sheriff s office of the county of brindle", "brindle county sheriff s office"),
        ("police department of the city of oakmere falls", "oakmere falls police department"),
        ("city of oakmere police department", "oakmere police department"),
        ("board of commissioners of the county of pellow", "pellow county board of commissioners"),
        ("state of wexland department of revenue", "wexland department of revenue"),
        # no place after "of", or a place alone: as it is
        ("city of oakmere", "city of oakmere"),
        ("department of health and human services", "department of health and human services"),
        ("superior court of the district of wexland", "superior court of the district of wexland"),
        ("county of brindle", "county of brindle"),
        ("office of the attorney general", "office of the attorney general"),
    ],
)
def test_a_body_named_around_its_place_has_one_key(key: str, placed: str) -> None:
    assert place_first_key(key) == placed


def test_one_name_per_place_key_takes_the_most_cited_then_the_place_first_form() -> None:
    names = Counter({"Sheriff's Office of Brindle County": 1, "Brindle County Sheriff's Office": 1, "City of Oak": 2})
    chosen = one_name_per_place_key(names, lambda n: n.lower().replace("'", " "))
    assert chosen == {"Sheriff's Office of Brindle County": "Brindle County Sheriff's Office"}
    cited = Counter({"Sheriff's Office of Brindle County": 3, "Brindle County Sheriff's Office": 1})
    assert one_name_per_place_key(cited, str.lower) == {
        "Brindle County Sheriff's Office": "Sheriff's Office of Brindle County"
    }


def test_a_release_keys_a_body_around_its_place_as_one() -> None:
    assert name_key("Sheriff's Office of Brindle County", "agency") == name_key(
        "Brindle County Sheriff's Office", "agency"
    )
    assert name_key("Brindle County Fire Department", "agency") != name_key("Brindle County Sheriff's Office", "agency")


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # one body written place last and place first: one name
        (
            "SHERIFF'S OFFICE OF BRINDLE COUNTY\n\nThe Brindle County Sheriff's Office received your request.",
            {"Brindle County Sheriff's Office"},
            {"Sheriff's Office of Brindle County"},
        ),
        (
            "The Police Department of the City of Oakmere and the Oakmere Police Department are one.",
            {"Oakmere Police Department"},
            {"Police Department of the City of Oakmere"},
        ),
        # two bodies of one place stay two
        (
            "The Brindle County Sheriff's Office and the Brindle County Fire Department met.",
            {"Brindle County Sheriff's Office", "Brindle County Fire Department"},
            set(),
        ),
    ],
)
def test_a_letter_names_each_body_once(tmp_path: Path, text: str, present: set[str], absent: set[str]) -> None:
    found = _names(tmp_path, text)
    assert present <= found, found
    assert not absent & found


@pytest.mark.parametrize(
    ("tokens", "kind"),
    [
        (["Brookhaven", "Police", "Supply", "Co."], "vendor"),
        (["Fenmore", "Sheriff's", "Equipment", "Company"], "vendor"),
        (["Brookhaven", "Police", "Department"], "agency"),
        (["Fenmore", "Police", "Foundation", "Company"], None),  # no trade after the head: no company
    ],
)
def test_a_head_noun_before_a_trade_is_a_companys_word(tokens: list[str], kind: str | None) -> None:
    assert classify(tokens) == kind
