"""Vendors a sentence sets in a trade ("purchased from …", "a quote from …", "supplied by …", "an agreement with …",
"…, a Denver company"), whatever the name's form. Names and places are invented; none is in the shipped lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from foiakit.extract import extract_document
from foiakit.extract.trade_cues import trade_role
from foiakit.model import Document, FileType, Finding, Page, Settings, SourceFile

SETTINGS = Settings(ocr_mode="never")


def _document(text: str) -> Document:
    source = SourceFile(Path("report.txt"), "report.txt", "0" * 64, len(text), FileType.TEXT)
    return Document(source=source, pages=(Page(1, text, False, "text layer"),))


def _vendors(findings: list[Finding]) -> dict[str, Finding]:
    return {f.normalized: f for f in findings if f.kind == "vendor"}


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("The readers were purchased from Brightfen in 2021.", "Brightfen", "seller"),
        ("We asked for a quote from Harrowgate Imaging before the vote.", "Harrowgate Imaging", "seller"),
        ("The software is supplied by Quillon Vision under a license.", "Quillon Vision", "seller"),
        ("The cameras were purchased from the\nBrightfen sales office.", "Brightfen", "seller"),
        ("The Board approved an agreement with Tamsin Paving for the lot.", "Tamsin Paving", "party"),
        ("Quillon Vision, a Denver company that sells plate readers, replied.", "Quillon Vision", "seller"),
        ("Marrowby, the camera maker, sent a proposal.", "Marrowby", "seller"),
        ("The vendor Kestrelwick has not answered.", "Kestrelwick", "seller"),
        # no cue, or a cue beside what is no firm
        ("A letter from Harrowgate arrived on Monday.", "Harrowgate", None),
        ("Training was provided by Officer Reyes of the patrol unit.", "Officer Reyes", None),
        ("The mower was purchased from Dana Quillon at a yard sale.", "Dana Quillon", None),
        ("Services to be provided by Contractor under this Contract.", "Contractor", None),
        ("The limits maintained by the Grantee and its subcontractors.", "Grantee", None),
        ("Hardware was purchased from Oregon suppliers.", "Oregon", None),
        ("Meals were provided by Staff. The staff also cleaned up.", "Staff", None),
    ],
)
def test_trade_role(sentence: str, name: str, role: str | None) -> None:
    start = sentence.index(name)
    assert trade_role(sentence, start, start + len(name)) == role


def test_a_name_in_a_trade_is_a_vendor_with_its_role() -> None:
    text = (
        "Staff report\n"
        "In 2022 the department bought twelve plate readers from Brightfen and a year of storage.\n"
        "The Town of Wexbury signed an agreement with Tamsin Paving to resurface the lot.\n"
        "A letter from Harrowgate arrived after the meeting.\n"
    )
    vendors = _vendors(list(extract_document(_document(text), SETTINGS)))
    assert set(vendors) == {"Brightfen", "Tamsin Paving"}
    assert vendors["Brightfen"].detail_dict["role"] == "seller"
    assert vendors["Tamsin Paving"].detail_dict["role"] == "party"
    agencies = {f.normalized for f in extract_document(_document(text), SETTINGS) if f.kind == "agency"}
    assert "Town of Wexbury" in agencies  # a public body's form still decides: "an agreement with the Town of …"


def test_a_name_wrapped_before_its_last_word_is_whole() -> None:
    text = "Council discussed the trash hauling contract with Tamsin\nServices and the billing issues.\n"
    assert set(_vendors(list(extract_document(_document(text), SETTINGS)))) == {"Tamsin Services"}


def test_a_short_form_takes_the_release_name(tmp_path: Path) -> None:
    """ "an agreement with Quillon" in a memo, "Quillon Robotics LLC" on the contract of the same release: one
    vendor, the memo's own word kept in detail, on every run."""
    from tests.release_dump import release_rows

    files = {
        "release/contract.txt": "Contract No. 14\nThis contract is made with Quillon Robotics LLC, 12 Kestrel Row.\n",
        "release/memo.txt": "Memo\nThe Chief asked whether our agreement with Quillon covers storage.\n",
    }
    query = (
        "SELECT f.normalized, f.detail, fl.path FROM findings f JOIN files fl ON fl.sha256 = f.sha256"
        " WHERE f.kind = 'vendor' ORDER BY fl.path"
    )
    for runs in (1, 2):
        rows = release_rows(tmp_path / str(runs), files, query, runs=runs)
        assert {(r["path"], r["normalized"]) for r in rows} == {
            ("release/contract.txt", "Quillon Robotics"),
            ("release/memo.txt", "Quillon Robotics"),
        }
        memo = next(r for r in rows if r["path"] == "release/memo.txt")
        assert '"name_in_document": "Quillon"' in memo["detail"]
