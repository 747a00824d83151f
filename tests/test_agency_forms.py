"""Names that hold an agency's head noun but name no body, and one spelling for one body: the forms issue 13 found
passing as agencies (a form's instruction, a title with its place, a street, a lower-case head after a building)
and the forms it found missed (a council "of" its city, a state's department named without the state, a
letterhead's initialism around the name). Names and places are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from foiakit.extract import extract_document
from foiakit.extract.org_forms import canonical_name, classify
from foiakit.model import Document, FileType, Page, Settings, SourceFile


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        # a form's instruction
        ("Specify Authority", None),
        ("Enter Agency", None),
        # a job title with its place
        ("City Manager of Wexbury Heights", None),
        ("County Administrator of Marlow County", None),
        ("City of Wexbury Heights", "agency"),
        # a street or a building is no court; a court says what court it is
        ("Tamsinwood Court", None),
        ("Kettle Ridge Court", None),
        ("Wexbury Municipal Court", "agency"),
        ("Marlow County Circuit Court", "agency"),
        ("Court of Appeals", "agency"),
        # a lower-case head after capitalised words: "City Hall office hours"
        ("City Hall office", None),
        ("Alder Annex department", None),
        ("Alder Falls Police Department", "agency"),
        # a function of the form, not a body
        ("Custodial Agency", None),
        ("Requesting Agency", None),
    ],
)
def test_forms_that_name_no_body(name: str, kind: str | None) -> None:
    assert classify(name.split()) == kind


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("City Council of Wexbury Heights", "Wexbury Heights City Council"),
        ("Town Council of the Town of Marlow", "Marlow Town Council"),
        ("Wexbury Heights City Council", "Wexbury Heights City Council"),
        ("City Council", "City Council"),
        ("DMV DEPARTMENT OF MOTOR VEHICLES", "Department of Motor Vehicles"),
        ("Office of Tamsin Affairs OTA", "Office of Tamsin Affairs"),
        ("OTA", "OTA"),
        ("FBI Office", "FBI Office"),
    ],
)
def test_one_spelling_for_one_body(name: str, canonical: str) -> None:
    assert canonical_name(name, "agency") == canonical


def _agencies(tmp_path: Path, *pages: str) -> set[str]:
    source = SourceFile(tmp_path / "doc.txt", "doc.txt", "0" * 64, 1, FileType.TEXT)
    document = Document(source=source, pages=tuple(Page(n, text, False, "") for n, text in enumerate(pages, 1)))
    return {f.normalized for f in extract_document(document, Settings()) if f.kind == "agency"}


@pytest.mark.parametrize(
    ("page", "present", "absent"),
    [
        (
            "The Contractor shall register with the Department of Revenue before work begins in Oregon.",
            "Oregon Department of Revenue",
            "Department of Revenue",
        ),
        (
            "STATE OF NEVADA\nDMV DEPARTMENT OF MOTOR VEHICLES\nReport of a collision in Carson City, Nevada.",
            "Nevada Department of Motor Vehicles",
            "Dmv Department of Motor Vehicles",
        ),
    ],
)
def test_a_state_department_named_without_its_state(tmp_path: Path, page: str, present: str, absent: str) -> None:
    found = _agencies(tmp_path, page)
    assert present in found
    assert absent not in found


def test_a_department_in_a_document_of_two_states_stays_unresolved(tmp_path: Path) -> None:
    page = "Residents of Oregon and Nevada pay the Department of Revenue of their own state."
    found = _agencies(tmp_path, page)
    assert "Department of Revenue" in found
    assert not any(name.endswith(" Department of Revenue") for name in found)


def test_a_street_and_an_office_hour_are_not_agencies(tmp_path: Path) -> None:
    page = (
        "The Council discussed a lease for property at Tamsinwood Court. The City Manager of Wexbury Heights "
        "will work during normal City Hall office hours."
    )
    found = _agencies(tmp_path, page)
    assert not any("Tamsinwood" in name or "City Hall" in name or "Manager" in name for name in found)
