"""Papers of a sale of the layouts a public body's release holds (tools/make_papers.py: QuickBooks and Xero
invoices, a quote, two ERP purchase orders, a renewal invoice, an estimate, an order form, a rate card, an invoice
over three pages, a credit memo, a packing slip, with invented sellers and buyers), read end to end and scored the
way the evaluation scores a document (foiakit.evaluation.score): the seller found as a vendor, the buyer as an
agency, the prices found, the prices tied to the seller. The floors are the figures reached; a layout that reads
worse fails."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from foiakit.evaluation.gold import gold_document
from foiakit.evaluation.score import Found, KindScore, score_names, score_prices
from foiakit.extract import extract_document
from foiakit.ingest import ingest
from foiakit.ingest.discover import discover
from foiakit.model import Settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import make_papers


def layout_misses(pdf: Path, truth: dict, work: Path) -> tuple[dict[str, tuple[int, int, int]], list[str]]:
    """(tp, fp, fn) of vendors, agencies and prices, (tied, tieable) of prices, and the misses, for one paper."""
    document = ingest(discover([pdf], work).files[0], Settings())
    findings = extract_document(document, Settings())
    found: dict[str, list[Found]] = {}
    for f in findings:
        found.setdefault(f.kind, []).append(Found(f.kind, f.normalized, f.page, f.quote, dict(f.detail), f.value))
    gold = gold_document(pdf.name, "synthetic", truth)
    scores = {kind: KindScore(kind) for kind in ("vendor", "agency", "price")}
    score_names(scores["vendor"], gold, gold.vendors, found.get("vendor", []))
    score_names(scores["agency"], gold, gold.agencies, found.get("agency", []))
    score_prices(scores["price"], gold, gold.vendors, found.get("price", []), found.get("vendor", []))
    figures = {k: (s.micro.tp, s.micro.fp, s.micro.fn) for k, s in scores.items()}
    figures["tied"] = (scores["price"].tied, scores["price"].tieable, 0)
    misses = [f"{m.kind} {m.what} p{m.page} {m.item} | {m.quote}" for s in scores.values() for m in s.misses]
    return figures, misses


# layout: (price recall, price precision, tied share, vendor recall) at least
FLOORS = {  # reached with seed 7; before this round the two purchase orders found 5 of 9 and 4 of 7 prices (unit
    # prices to four places missed), the Xero invoice's precision was 0.80 (its quantities "1.00" read as prices), the
    # three-page invoice found 25 of 63 (no header on pages 2 and 3; "Freight", "Sales Tax" without a sign) and the
    # rate card 1 of 7 (one sign-less figure a row). The three-page invoice's buyer "Wexley County" is missed as an
    # agency (organizations.py, not floored here)
    "quickbooks_invoice": (1.00, 1.00, 1.00, 1.00),
    "xero_invoice": (1.00, 1.00, 1.00, 1.00),
    "vendor_quote": (1.00, 1.00, 1.00, 1.00),
    "erp_purchase_order": (1.00, 1.00, 1.00, 1.00),
    "new_world_purchase_order": (1.00, 1.00, 1.00, 1.00),
    "renewal_invoice": (1.00, 1.00, 1.00, 1.00),
    "estimate": (1.00, 1.00, 1.00, 1.00),
    "order_form": (1.00, 1.00, 1.00, 1.00),
    "rate_card": (1.00, 1.00, 1.00, 1.00),
    "multipage_invoice": (1.00, 1.00, 1.00, 1.00),
    "credit_memo": (1.00, 1.00, 1.00, 1.00),
    "packing_slip": (1.00, 1.00, 1.00, 1.00),
}


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, dict]]:
    out = tmp_path_factory.mktemp("papers")
    return out, make_papers.make(out)


@pytest.mark.slow
@pytest.mark.parametrize("layout", sorted(FLOORS))
def test_a_paper_layout_reads_its_prices_and_ties_them_to_its_seller(
    generated: tuple[Path, dict[str, dict]], layout: str, tmp_path: Path
) -> None:
    out, truths = generated
    figures, misses = layout_misses(out / f"{layout}.pdf", truths[f"{layout}.pdf"], tmp_path)
    (ptp, pfp, pfn), (tied, tieable, _), (vtp, _, vfn) = figures["price"], figures["tied"], figures["vendor"]
    reached = (_share(ptp, ptp + pfn), _share(ptp, ptp + pfp), _share(tied, tieable), _share(vtp, vtp + vfn))
    floors = FLOORS[layout]
    assert all(r >= f for r, f in zip(reached, floors, strict=True)), (layout, figures, misses)


def test_the_generator_is_deterministic_and_its_truth_whole(tmp_path: Path) -> None:
    first = make_papers.make(tmp_path / "a", only=("vendor_quote", "packing_slip", "erp_purchase_order"))
    second = make_papers.make(tmp_path / "b", only=("vendor_quote", "packing_slip", "erp_purchase_order"))
    assert first == second
    for name in first:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    assert first["packing_slip.pdf"]["prices"] == []
    quote = first["vendor_quote.pdf"]
    seller = quote["vendors"][0]["name"]
    assert len(quote["prices"]) >= 12 and all(p["vendor"] == seller for p in quote["prices"])
    assert all(float(p["amount"]) > 0 for truth in first.values() for p in truth["prices"])
    assert set(make_papers.WRITTEN_FROM) | set(make_papers.HELD_OUT) == set(make_papers.LAYOUTS)
