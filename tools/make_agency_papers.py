"""Generate invented papers an agency writes or prints that are no sales pitch, each with its truth: an RFP with a
scope of work, council minutes with public comment, a committee's questions with a vendor's answers, a data-sharing
MOU, an after-action report, a sole source justification (WRITTEN_FROM: rules were written from these), and a
surveillance impact report, a FAQ web page printed to PDF, a police press release, a training bulletin, a budget
memo, a city manager's weekly update (HELD_OUT: only their totals were read).

    python tools/make_agency_papers.py [--out /tmp/agency_papers] [--score]

Such a paper is mostly requirements ("The system shall …"), questions, the agency's counts, rules and plans, what a
member of the public said, and legal terms; among them a few sentences say what a product or a vendor does or can do,
in the vendor's words or the agency's ("Each trailer carries four cameras on a 20-foot mast …", "Answer: Sentinel
keeps only the search results …"): those are the claims (eval/README.md). Every name, product and place is INVENTED;
the papers are drawn as tools/make_reports.py draws its documents (reportlab in invariant mode), so the script gives
the same bytes on every run. Beside each `<paper>.pdf` it writes `<paper>.json`, the truth in the evaluation set's
gold format with its `capability_claims`. Nothing generated is committed: tests/test_agency_paper_claims.py writes
them to a temporary folder and scores them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import agency_papers_held_out as held_out
import agency_papers_written_from as written_from
from make_reports import Block
from make_reports import _draw as draw

# paper → (its gold kind, its blocks)
PAPERS: dict[str, tuple[str, Callable[[], list[Block]]]] = {
    "rfp_scope": ("other", written_from.rfp_scope),
    "council_minutes": ("other", written_from.council_minutes),
    "committee_qa": ("other", written_from.committee_qa),
    "data_sharing_mou": ("contract", written_from.data_sharing_mou),
    "after_action_report": ("report", written_from.after_action_report),
    "sole_source_justification": ("memo", written_from.sole_source_justification),
    "impact_report": ("report", held_out.impact_report),
    "faq_page": ("other", held_out.faq_page),
    "press_release": ("other", held_out.press_release),
    "training_bulletin": ("other", held_out.training_bulletin),
    "budget_memo": ("memo", held_out.budget_memo),
    "weekly_update": ("memo", held_out.weekly_update),
}
WRITTEN_FROM = (
    "rfp_scope",
    "council_minutes",
    "committee_qa",
    "data_sharing_mou",
    "after_action_report",
    "sole_source_justification",
)
HELD_OUT = tuple(name for name in PAPERS if name not in WRITTEN_FROM)


def make(out: Path, only: tuple[str, ...] = ()) -> dict[str, dict]:
    """Draw every paper (or `only` these) into `out`; each paper's truth by its file name."""
    out.mkdir(parents=True, exist_ok=True)
    truths: dict[str, dict] = {}
    for name, (kind, blocks) in PAPERS.items():
        if only and name not in only:
            continue
        claims = draw(blocks(), out / f"{name}.pdf")
        truth = {"kind": kind, "capability_claims": claims}
        (out / f"{name}.json").write_text(json.dumps(truth, indent=1), encoding="utf-8")
        truths[f"{name}.pdf"] = truth
    return truths


def claim_scores(pdf: Path, truth: dict, work: Path) -> tuple[tuple[int, int, int], list[str]]:
    """(tp, fp, fn) of capability claims in one generated paper, and its misses ("false …", "miss …")."""
    from foiakit.evaluation.gold import gold_document
    from foiakit.evaluation.score import Found, KindScore, score_claims
    from foiakit.extract import extract_document
    from foiakit.ingest import ingest
    from foiakit.ingest.discover import discover
    from foiakit.model import Settings

    document = ingest(discover([pdf], work).files[0], Settings())
    found = [
        Found(f.kind, f.normalized, f.page, f.quote, dict(f.detail), f.value)
        for f in extract_document(document, Settings())
        if f.kind == "capability_claim"
    ]
    score = KindScore("capability_claim")
    score_claims(score, gold_document(pdf.name, "synthetic", truth), found)
    misses = [f"{m.what} {m.item}" for m in score.misses]
    return (score.micro.tp, score.micro.fp, score.micro.fn), misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/agency_papers"))
    parser.add_argument("--score", action="store_true", help="score each paper; misses of the written-from half only")
    args = parser.parse_args()
    truths = make(args.out)
    if not args.score:
        for name in truths:
            print(args.out / name)
        return
    for half in (WRITTEN_FROM, HELD_OUT):
        total = [0, 0, 0]
        for name in half:
            counts, misses = claim_scores(args.out / f"{name}.pdf", truths[f"{name}.pdf"], args.out / "work" / name)
            total = [a + b for a, b in zip(total, counts, strict=True)]
            print(f"{name}: tp {counts[0]} fp {counts[1]} fn {counts[2]}")
            if half is WRITTEN_FROM:
                for miss in misses:
                    print(f"    {miss}")
        print(
            f"{'written-from' if half is WRITTEN_FROM else 'held-out'} total: tp {total[0]} fp {total[1]} fn {total[2]}"
        )


if __name__ == "__main__":
    main()
