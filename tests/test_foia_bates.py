"""Bates numbers on generated pages, their gaps (pages withheld in full), and the FOIA roll-up tables."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from foia_pages import bates_pdf, redacted_letter_pdf

from foiakit.foia.bates import gaps, page_bates
from foiakit.ingest import ingest
from foiakit.ingest.discover import discover
from foiakit.model import Settings
from foiakit.pipeline import run

BATES_CASES = [
    ("Body text\nWCSO-000123", "WCSO-000123"),
    ("DOJ-OIP-0001234\nBody text", "DOJ-OIP-0001234"),
    ("Body\nABC 000045", "ABC-000045"),
    ("Body\nPage 2 of 3\nMRCSO-000001", "MRCSO-000001"),
    ("Request EPD-2025-4432\nInvoice INV-61152", None),  # request and invoice numbers, not Bates
    ("Quote QUO-01487-5Z12C3\nFY 2015", None),
    ("A\nlong\npage\nABC 000045 in the body\nof\nthe\npage\nends", None),  # body lines are not read
    ("Printed 11/14/2014\nPage 0003", None),
]


@pytest.mark.parametrize(("text", "expected"), BATES_CASES)
def test_page_bates(text: str, expected: str | None) -> None:
    found = page_bates(text)
    assert (found.normalized if found else None) == expected
    if found is not None:
        assert text[found.start : found.end] == found.value


def test_gaps_within_and_between_files() -> None:
    stamped = [("a.pdf", "WCSO-000001"), ("a.pdf", "WCSO-000002"), ("a.pdf", "WCSO-000005"), ("b.pdf", "WCSO-000009")]
    labels = [(g.label, g.after, g.before, g.count) for g in gaps(stamped)]
    assert labels == [("WCSO-000003–000004", "a.pdf", "a.pdf", 2), ("WCSO-000006–000008", "a.pdf", "b.pdf", 3)]


def test_pages_get_their_bates_and_a_finding(tmp_path: Path) -> None:
    path = bates_pdf(tmp_path / "prod.pdf", ["DOJ-OIP-0000010", "DOJ-OIP-0000011"], header=True)
    document = ingest(discover([path], tmp_path / "work").files[0], Settings())
    assert [p.bates for p in document.pages] == ["DOJ-OIP-0000010", "DOJ-OIP-0000011"]
    found = [f for f in document.layout_findings if f.kind == "bates"]
    assert [(f.page, f.normalized, f.detail_dict["number"]) for f in found] == [
        (1, "DOJ-OIP-0000010", 10),
        (2, "DOJ-OIP-0000011", 11),
    ]


def test_a_number_repeated_on_every_page_is_not_bates(tmp_path: Path) -> None:
    path = bates_pdf(tmp_path / "rfi.pdf", ["RFI-20252027", "RFI-20252027"], header=True)
    document = ingest(discover([path], tmp_path / "work").files[0], Settings())
    assert [p.bates for p in document.pages] == [None, None]
    assert not [f for f in document.layout_findings if f.kind == "bates"]


@pytest.fixture(scope="module")
def release_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    release = tmp_path_factory.mktemp("release")
    redacted_letter_pdf(release / "letter.pdf")  # WCSO-000123, WCSO-000124
    bates_pdf(release / "more.pdf", ["WCSO-000127", "WCSO-000128", "WCSO-000131"])
    out = release.parent / (release.name + "-out")
    run([release], out, Settings(dpi=150, jobs=1))
    return out


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_redactions_table(release_out: Path) -> None:
    rows = _csv(release_out / "redactions.csv")
    assert [(r["file"], r["page"], r["bates"], r["code"], r["bad"]) for r in rows] == [
        ("letter.pdf", "1", "WCSO-000123", "(b)(6)", "False"),
        ("letter.pdf", "1", "WCSO-000123", "", "True"),
        ("letter.pdf", "2", "WCSO-000124", "(b)(7)(C)", "False"),
    ]
    assert rows[1]["leaked_text"] == "Jane Q. Public, phone"
    assert [rows[0][c] for c in ("x0", "y0", "x1", "y1")] == ["210.0", "696.0", "300.0", "710.0"]


def test_withholdings_table(release_out: Path) -> None:
    rows = _csv(release_out / "withholdings.csv")
    table = {(r["file"], r["code"]): r for r in rows}
    assert sorted(table) == [
        ("letter.pdf", ""),
        ("letter.pdf", "(b)(6)"),
        ("letter.pdf", "(b)(7)(C)"),
        ("more.pdf", ""),
    ]
    assert table[("letter.pdf", "(b)(6)")]["redactions"] == "1"
    assert table[("letter.pdf", "(b)(6)")]["codes_stamped"] == "1"
    assert "privacy" in table[("letter.pdf", "(b)(7)(C)")]["description"]
    assert table[("letter.pdf", "")]["redactions"] == "1"
    assert table[("more.pdf", "")]["pages_withheld_in_full"] == (
        "WCSO-000125–000126 (between files, after letter.pdf); WCSO-000129–000130"
    )
    # deterministic: the same store gives the same rows
    assert rows == _csv(release_out / "withholdings.csv")
