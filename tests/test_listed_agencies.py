"""The shipped agency list is a prior, read with the words around a match: a state's name before a federal
body's name makes it the state's own body, and an initialism that opens a longer title names the title, not the
body. Names of places and people here are invented or generic."""

from __future__ import annotations

from pathlib import Path

import pytest

from foiakit.extract import extract_document
from foiakit.model import Document, FileType, Page, Settings, SourceFile


def _agencies(text: str) -> list[str]:
    source = SourceFile(Path("memo.txt"), "memo.txt", "0" * 64, len(text), FileType.TEXT)
    document = Document(source=source, pages=(Page(1, text, False, "text layer"),))
    return sorted({f.normalized for f in extract_document(document, Settings(ocr_mode="never")) if f.kind == "agency"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Counsel for the Department of Justice wrote back in May.", ["Department of Justice"]),
        ("The Oregon Department of Justice wrote back in May.", ["Oregon Department of Justice"]),
        (
            "The Vermont Department of Labor and the NTSB met on Monday.",
            ["National Transportation Safety Board", "Vermont Department of Labor"],
        ),
        ("The FAA said the tower at Wexbury Field would stay open.", ["Federal Aviation Administration"]),
        ("Pursuant to OMB Policy on Sustainable Acquisition, the buyer certifies.", []),
        ("See the FEMA Daily Briefing for the Tamsin Valley flood.", []),
        (
            "Agents of the FBI and ICE attended.",
            ["Federal Bureau of Investigation", "Immigration and Customs Enforcement"],
        ),
    ],
)
def test_listed_agencies_in_context(text: str, expected: list[str]) -> None:
    assert _agencies(text) == expected


def test_an_initialism_that_opens_a_title_is_no_mention_across_the_release(tmp_path: Path) -> None:
    """The release step that spreads an agency's initialism ("OMB" once a document names the Office of Management and
    Budget) skips the initialism where it opens something else's name, as extraction does."""
    from tests.release_dump import release_rows

    files = {
        "release/letter.txt": "The Office of Management and Budget (OMB) and the Town of Wexbury replied in May.\n",
        "release/award.txt": "Town of Wexbury award 14.\nOMB Policy on Sustainable Acquisition: yes\n"
        "USPS ZIP Codes: 05061\nThe OMB replied in June.\n",
    }
    rows = release_rows(
        tmp_path,
        files,
        "SELECT f.value, fl.path FROM findings f JOIN files fl ON fl.sha256 = f.sha256 WHERE f.kind = 'agency'"
        " AND f.normalized IN ('Office of Management and Budget', 'U.S. Postal Service') ORDER BY fl.path, f.start",
    )
    award = [r["value"] for r in rows if r["path"] == "release/award.txt"]
    assert award == ["OMB"]  # "The OMB replied": one mention; the policy's and the ZIP codes' initialisms are none


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Contracting Office Agency Name: U.S. IMMIGRATION AND CUSTOMS ENFORC", "Immigration and Customs Enforcement"),
        ("Funding Agency Name: FEDERAL BUREAU OF INVESTIGATI", "Federal Bureau of Investigation"),
        ("Funding Agency Name: DEPT OF ALDER HARBOR WATERWO", "Dept of Alder Harbor Waterwo"),  # no listed name
    ],
)
def test_a_field_cut_by_its_width_names_the_listed_body(line: str, expected: str) -> None:
    assert expected in _agencies(line + "\n")
