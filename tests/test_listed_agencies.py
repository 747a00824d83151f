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
