"""Near-duplicate pages and documents: a page released twice (once with other redactions) and a document
re-produced with new Bates numbers are marked `duplicate_of` the first copy, their findings are flagged and the
report counts them once; the answer is the same with one worker or several."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from foiakit.cli import main
from foiakit.store.duplicates import THRESHOLD, shingles

COVER = [
    "The Marrow Ridge County Sheriff's Office received the following records in response to the request filed",
    "by the newspaper in March. The records include the contract, the pricing schedule and the correspondence",
    "with the vendor about the pilot of the face recognition system at the county jail and the patrol division.",
]
AGREEMENT = [
    "Stratus Cloud Services, Inc. agrees to provide Stratus Recognize to the Marrow Ridge County Sheriff's",
    "Office for the period of one year. The annual fee is $12,000.00 per year, payable in advance. The point",
    "of contact for the Sheriff's Office is [[Detective Ray Ocampo]] who will approve all searches of the booking",
    "photo archive. Both parties agree that the pricing and the results of the pilot are confidential.",
]
OTHER = [
    "Minutes of the meeting of the county board of commissioners held on the fourth of April, at which the",
    "board heard public comment on the use of surveillance technology by the sheriff and voted to ask for",
    "a policy on the retention of images before any further purchase is approved by the county.",
]


def _page(c: canvas.Canvas, lines: list[str], bates: str, redact: bool) -> None:
    """One page of lines; a phrase in [[ ]] is printed, or (redact) left out with a black box in its place."""
    c.setFont("Helvetica", 10)
    y = 720.0
    for line in lines:
        before, _, rest = line.partition("[[")
        hidden, _, after = rest.partition("]]")
        c.drawString(60, y, before)
        x = 60 + c.stringWidth(before, "Helvetica", 10)
        width = c.stringWidth(hidden, "Helvetica", 10)
        if hidden and redact:
            c.rect(x, y - 2, width, 11, stroke=0, fill=1)
        elif hidden:
            c.drawString(x, y, hidden)
        c.drawString(x + width, y, after)
        y -= 16
    c.drawString(60, 60, bates)
    c.showPage()


def _pdf(path: Path, pages: list[tuple[list[str], str, bool]]) -> None:
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    for lines, bates, redact in pages:
        _page(c, lines, bates, redact)
    c.save()


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("release")
    _pdf(root / "a_production_1.pdf", [(COVER, "MRCSO-000001", False), (AGREEMENT, "MRCSO-000002", False)])
    # the agreement again in a later production, a name now withheld under a box, then a new page
    _pdf(root / "b_production_2.pdf", [(AGREEMENT, "MRCSO-000107", True), (OTHER, "MRCSO-000108", False)])
    # the first production re-issued with new Bates numbers: other bytes, the same text
    _pdf(root / "c_reissue.pdf", [(COVER, "MRCSO-000201", False), (AGREEMENT, "MRCSO-000202", False)])
    return root


def _run(release: Path, out: Path, workers: str) -> Path:
    result = CliRunner().invoke(main, ["run", str(release), "-o", str(out), "-j", workers, "--ocr", "never"])
    assert result.exit_code == 0, result.output
    return out


def _export(out: Path, kind: str) -> str:
    result = CliRunner().invoke(main, ["export", kind, "--db", str(out / "foiakit.db")])
    assert result.exit_code == 0, result.output
    return result.output


def _csv(out: Path, kind: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(_export(out, kind))))


def test_repeated_pages_and_documents_point_to_the_first_copy(release: Path, tmp_path: Path) -> None:
    out = _run(release, tmp_path / "out", "1")
    pages = {(r["file"], r["page"]): r for r in _csv(out, "pages")}
    assert pages[("b_production_2.pdf", "1")]["duplicate_of"] == "a_production_1.pdf p.2"
    assert pages[("b_production_2.pdf", "1")]["redactions_differ"] == "1"  # a name is boxed in the second copy
    assert pages[("c_reissue.pdf", "1")]["duplicate_of"] == "a_production_1.pdf p.1"
    assert pages[("c_reissue.pdf", "2")]["duplicate_of"] == "a_production_1.pdf p.2"
    assert pages[("c_reissue.pdf", "2")]["redactions_differ"] == "0"
    assert all(pages[("a_production_1.pdf", n)]["duplicate_of"] == "" for n in ("1", "2"))
    assert pages[("b_production_2.pdf", "2")]["duplicate_of"] == ""
    documents = {r["file"]: r["duplicate_of"] for r in _csv(out, "documents")}
    assert documents == {"a_production_1.pdf": "", "b_production_2.pdf": "", "c_reissue.pdf": "a_production_1.pdf"}

    prices = [r for r in _csv(out, "findings") if r["kind"] == "price"]
    flagged = {r["file"]: r["duplicate"] for r in prices}
    assert flagged == {"a_production_1.pdf": "0", "b_production_2.pdf": "1", "c_reissue.pdf": "1"}
    md = tmp_path / "report.md"
    assert CliRunner().invoke(main, ["report", "--db", str(out / "foiakit.db"), "--md", str(md)]).exit_code == 0
    section = md.read_text(encoding="utf-8").split("## Prices")[1].split("\n## ")[0]
    rows = [line for line in section.splitlines() if line.startswith("| $12,000.00 |")]
    assert len(rows) == 1 and "a_production_1.pdf p.2" in rows[0]


def test_the_answer_is_the_same_with_several_workers_and_on_a_second_run(release: Path, tmp_path: Path) -> None:
    one = _run(release, tmp_path / "one", "1")
    three = _run(release, tmp_path / "three", "3")
    for kind in ("pages", "documents", "findings"):
        assert _export(one, kind) == _export(three, kind), kind
    before = _export(one, "pages")
    assert "a_production_1.pdf p.2" in before
    _run(release, one, "2")  # unchanged files; the corpus step runs again over the whole store
    assert _export(one, "pages") == before


def test_short_pages_are_never_called_repeats() -> None:
    assert shingles("Page intentionally left blank") == set()
    words = " ".join(COVER)
    changed = words.replace("newspaper", "reporter").replace("pilot", "trial")
    a, b = shingles(words), shingles(changed)
    assert len(a & b) / len(a | b) >= THRESHOLD  # two words changed in a page still repeat it


def test_a_reply_quoting_a_page_in_full_is_not_a_repeat(tmp_path: Path) -> None:
    root = tmp_path / "release"
    root.mkdir()
    reply = ["Thanks, we will sign next week if the fee is lowered to ten thousand dollars.", *AGREEMENT]
    first, second = shingles(" ".join(AGREEMENT)), shingles(" ".join(reply))
    assert len(first & second) / len(first | second) >= THRESHOLD  # similar enough: the new words decide
    _pdf(root / "a.pdf", [(AGREEMENT, "X-1", False)])
    _pdf(root / "b.pdf", [(reply, "X-2", False)])
    out = _run(root, tmp_path / "out", "1")
    assert {r["duplicate_of"] for r in _csv(out, "pages")} == {""}
