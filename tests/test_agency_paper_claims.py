"""Capability claims in papers an agency writes or prints that are no sales pitch (tools/make_agency_papers.py: an
RFP, council minutes with public comment, a committee's questions with a vendor's answers, an MOU, an after-action
report, a sole source justification, an impact report, a FAQ page, a press release, a training bulletin, a budget
memo, a weekly update), scored the way the evaluation scores them; and the rules that keep such a paper's own
sentences apart from its claims, each tried on sentences with other invented names than the papers'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from foiakit.extract.capabilities import claim_parts

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import make_agency_papers

# paper: (tp at least, fp at most, fn at most). Before round 8 (claims8) the written-from half read 10/7/7 and the
# held-out half 9/2/9; now 11/7/6 and 10/2/8. A bound on how fast, far or long a system works after a system word
# ("The Tessaline cameras read plates … at speeds of up to 70 mph") was missed. Still false: a scope of work's "The
# Contractor will provide …", a request to proposers ("Describe how your system detects …"), the agency's present
# doings ("The Police Department operates 14 …"), the Parties' duties and what speakers said in public comment; rules
# for them (and for "with no", and drones as system words) read the written-from half 13/0/4 but changed neither the
# held-out half nor dev, and were dropped. Still missed: a product named by no list with a verb no list holds ("Each
# Skyhold trailer carries four cameras …"), a spelled-out bound ("in under one minute"), a small count ("in use in 48
# cities").
FLOORS = {
    "rfp_scope": (2, 4, 0),
    "council_minutes": (2, 2, 2),
    "committee_qa": (3, 0, 1),
    "data_sharing_mou": (2, 1, 1),
    "after_action_report": (0, 0, 2),
    "sole_source_justification": (2, 0, 0),
    "impact_report": (1, 0, 2),
    "faq_page": (3, 1, 0),
    "press_release": (1, 0, 2),
    "training_bulletin": (2, 0, 1),
    "budget_memo": (1, 0, 2),
    "weekly_update": (2, 1, 1),
}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, dict]]:
    out = tmp_path_factory.mktemp("agency_papers")
    return out, make_agency_papers.make(out)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_a_paper_that_is_no_pitch_keeps_its_claims_apart(
    generated: tuple[Path, dict[str, dict]], name: str, tmp_path: Path
) -> None:
    out, truths = generated
    (tp, fp, fn), misses = make_agency_papers.claim_scores(out / f"{name}.pdf", truths[f"{name}.pdf"], tmp_path)
    floor_tp, floor_fp, floor_fn = FLOORS[name]
    assert tp >= floor_tp and fp <= floor_fp and fn <= floor_fn, (name, (tp, fp, fn), misses)


def test_the_generator_is_deterministic_and_its_halves_whole(tmp_path: Path) -> None:
    only = ("rfp_scope", "faq_page")
    first = make_agency_papers.make(tmp_path / "a", only=only)
    second = make_agency_papers.make(tmp_path / "b", only=only)
    assert first == second
    for name in first:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    claims = [c for truth in first.values() for c in truth["capability_claims"]]
    assert len(claims) == 5 and all(c["sentence"] and c["page"] == 1 for c in claims)
    assert set(make_agency_papers.WRITTEN_FROM) | set(make_agency_papers.HELD_OUT) == set(make_agency_papers.PAPERS)
    assert not set(make_agency_papers.WRITTEN_FROM) & set(make_agency_papers.HELD_OUT)
    assert len(make_agency_papers.PAPERS) >= 10


def _is_claim(sentence: str) -> bool:
    return claim_parts(sentence, named_subject=True) is not None


@pytest.mark.parametrize(
    ("sentence", "is_claim"),
    [
        # the agency as the subject of the clause after an opening phrase: what it does
        (
            "Based on our review of the Quillon software, the County is keeping plate data captured by the cameras.",
            False,
        ),
        # a product after an opening phrase stays a claim
        ("In daylight, the Quillon cameras read 98 percent of plates.", True),
        ("With six Brightfen sensors, the system locates 96% of shots within 25 meters.", True),
    ],
)
def test_the_agency_after_an_opening_phrase_is_no_claim(sentence: str, is_claim: bool) -> None:
    assert _is_claim(sentence) == is_claim


@pytest.mark.parametrize(
    ("sentence", "is_claim"),
    [
        # a rule or a law as the subject, doing what rules do
        (
            "Findings The Harwick Sheriff's Data Practices policies recognize that plate data captured is private.",
            False,
        ),
        ("The policy allows deputies to search plates captured by the Quillon cameras.", False),
        ("The state statute limits how long plate data captured by the cameras is kept.", False),
        # a system doing the same stays a claim
        ("The Quillon system allows deputies to search plates captured by its cameras.", True),
    ],
)
def test_a_rule_as_the_subject_is_no_claim(sentence: str, is_claim: bool) -> None:
    assert _is_claim(sentence) == is_claim


@pytest.mark.parametrize(
    ("sentence", "is_claim"),
    [
        # a system word leading, and a bound on speed, distance or time in a unit of work
        ("The Kettlebright cameras read plates on a highway at up to 90 mph.", True),
        ("Each camera covers a lane of traffic up to 40 feet wide.", True),
        ("The platform answers a search of a month of reads in under 5 seconds.", True),
        # a bound in days is a retention period; no system word, no claim
        ("Footage from the cameras is kept for up to 30 days.", False),
        ("Officers respond to most calls within 4 minutes.", False),
    ],
)
def test_a_bound_on_how_a_system_works_is_a_claim(sentence: str, is_claim: bool) -> None:
    assert _is_claim(sentence) == is_claim
