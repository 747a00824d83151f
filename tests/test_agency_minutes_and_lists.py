"""Agencies in minutes, council actions and reports (issue 13, round 6): "the City" of a document that names its
city only by the city's council, and a body's name that running text wrapped between a list's items or after a
long line ("… the Tamsin / Exchange Board, …"). Names and places are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from foiakit.extract import extract_document
from foiakit.model import Document, FileType, Page, Settings, SourceFile


def _agencies(tmp_path: Path, *pages: str) -> set[str]:
    source = SourceFile(tmp_path / "doc.txt", "doc.txt", "0" * 64, 1, FileType.TEXT)
    document = Document(source=source, pages=tuple(Page(n, text, False, "") for n, text in enumerate(pages, 1)))
    return {f.normalized for f in extract_document(document, Settings()) if f.kind == "agency"}


@pytest.mark.parametrize(
    ("page", "present", "absent"),
    [
        # a council's actions: "the City" is the city whose council acts
        (
            "CITY COUNCIL ACTIONS\nThe Wexbury Heights City Council met on May 3.\n"
            "• Discussed the City's emergency notification systems.",
            {"City of Wexbury Heights", "Wexbury Heights City Council"},
            set(),
        ),
        (
            "The Marlow Town Board approved the plan. The Town will pave Alder Lane next spring.",
            {"Town of Marlow"},
            set(),
        ),
        # the city named in full already: no second guess
        (
            "The Wexbury City Council thanked the City of Dexter. The City will reply.",
            {"City of Dexter"},
            {"City of Wexbury"},
        ),
        # two cities' councils: no guess
        (
            "The Wexbury City Council and the Dexter City Council met. The City will reply.",
            set(),
            {"City of Wexbury", "City of Dexter"},
        ),
        # "the City Manager", "the City of …": a title and a name, not the bare reference
        (
            "The Tamsin City Council heard the City Manager report on the City of Alder Falls.",
            set(),
            {"City of Tamsin"},
        ),
        # no council, no reference resolved: the rule names no place of its own
        ("The City will pave Alder Lane next spring.", set(), {"City of Alder"}),
    ],
)
def test_the_city_of_a_council(tmp_path: Path, page: str, present: set[str], absent: set[str]) -> None:
    found = _agencies(tmp_path, page)
    assert present <= found
    assert not absent & found


@pytest.mark.parametrize(
    ("page", "present", "absent"),
    [
        # a list of bodies wrapped after a comma
        (
            "The Treasurer serves on the Marlow State Executive Panel, State Board of Investment, Tamsin\n"
            "Exchange Board, and the Rural Finance Authority Board.",
            "Tamsin Exchange Board",
            "Exchange Board",
        ),
        # a body wrapped after a lower-case word of running text
        (
            "The contractor may appeal any decision of the officer under this clause to the Wexbury Contract\n"
            "Appeals Board as provided in clause 14.",
            "Wexbury Contract Appeals Board",
            "Appeals Board",
        ),
        (
            "Trainees shall be residents of the Tamsin Valley registered in programs approved by the Tamsin Valley\n"
            "Apprenticeship Council.",
            "Tamsin Valley Apprenticeship Council",
            "Apprenticeship Council",
        ),
    ],
)
def test_a_name_wrapped_in_running_text(tmp_path: Path, page: str, present: str, absent: str) -> None:
    found = _agencies(tmp_path, page)
    assert present in found
    assert absent not in found


@pytest.mark.parametrize(
    "page",
    [
        # a short line above (a signature, a letterhead): the name starts on its own line
        "Jane Marlow\nAppeals Board of Wexbury\n12 Alder Lane",
        # a capitalised run longer than a name's head: no guess where the name began
        "Minutes Of The Regular Meeting Held At The Wexbury Community Center Kettle Ridge\nAppeals Board of Wexbury",
    ],
)
def test_a_name_on_its_own_line_takes_nothing_from_above(tmp_path: Path, page: str) -> None:
    found = _agencies(tmp_path, page)
    assert "Appeals Board of Wexbury" in found
