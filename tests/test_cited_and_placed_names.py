"""Two rules of a name's reach, table-driven with invented places and parties: a place's government keeps a
two-word place name ("City of Alder Heights"), and the parties of a cited case are no parties of the document."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_extract_orgs import found, names

from foiakit.extract.citations import in_case_name


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("The council approved the City of Alder Heights Capital Improvement Plan.", "City of Alder Heights"),
        ("CITY OF BIRCH FALLS Monthly Account Summary", "City of Birch Falls"),
        ("Town of Mount Wexford Annual Report on street lighting", "Town of Mount Wexford"),
        ("Village of Port Harlow Garry F. Mercer, Clerk", "Village of Port Harlow"),
        ("City of Lakeport Jane Q. Doe, Mayor, signed the order.", "City of Lakeport"),  # a person follows: one word
    ],
)
def test_a_place_government_keeps_a_two_word_place_name(tmp_path: Path, text: str, agency: str) -> None:
    assert agency in names(found(tmp_path, text), "agency")


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        (
            "The Council relied on its holding in Roe v. Township of Alder Falls, GRC Complaint No. 2009-12.",
            "Township of Alder Falls",
        ),
        (
            "That view was rejected in Quillon Media Partners, LP v. County of Wexbury, 12 N.J. Super. 3 (2001).",
            "Quillon Media Partners",
        ),
        ("See Brantwick, Inc. v. Department of the Harbor, 880 F.2d 1 (1988).", "Department of the Harbor"),
        ("As held in Doe vs. Lakeport Police Department, the log is public.", "Lakeport Police Department"),
    ],
)
def test_a_party_of_a_cited_case_is_no_party_of_the_document(tmp_path: Path, text: str, dropped: str) -> None:
    findings = found(tmp_path, text)
    assert dropped not in names(findings, "agency") | names(findings, "vendor")


def test_a_party_the_document_also_names_elsewhere_stays(tmp_path: Path) -> None:
    caption = "Jane Roe, Complainant v. Alder County Clerk's Office, Custodian of Record"
    body = "The Alder County Clerk's Office denied the request in part. It bought software from Harlow Signal, Inc."
    findings = found(tmp_path, caption, body)
    assert "Alder County Clerk's Office" in names(findings, "agency")
    assert "Harlow Signal" in names(findings, "vendor")


@pytest.mark.parametrize(
    ("text", "name", "cited"),
    [
        ("Smith v. Town of Alder", "Town of Alder", True),
        ("Kettle Systems, Inc. v. Wexbury", "Kettle Systems", True),
        ("Kettle Systems versus the Board", "Kettle Systems", True),
        ("a contract between Kettle Systems and the Town of Alder", "Town of Alder", False),
        ("Item v. Town of Alder", "Item", True),
        ("Section V. Town of Alder duties", "Town of Alder", False),  # a section number, capital V
        ("Smith v.\nTown of Alder", "Town of Alder", False),  # another line: not one case name
    ],
)
def test_case_names_are_told_by_their_versus(text: str, name: str, cited: bool) -> None:
    start = text.index(name)
    assert in_case_name(text, start, start + len(name)) is cited


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("Funding Agency: 7012\nContracting Office Agency Name: Town of Wexford", "Funding Agency", "Town of Wexford"),
        ("Interagency Contracting Authority: Not Applicable", "Interagency Contracting Authority", None),
        (
            "Funding Agency ID: 7012 Funding Office Name: Alder Falls Police Department",
            "Funding Agency",
            "Alder Falls Police Department",
        ),
        ("Harlow Signal, Inc. delivered 12 cameras at 10:30 on May 4.", None, "Harlow Signal"),  # a time, no label
    ],
)
def test_a_forms_label_is_no_name(tmp_path: Path, text: str, absent: str | None, present: str | None) -> None:
    findings = found(tmp_path, text)
    everything = names(findings, "agency") | names(findings, "vendor")
    if absent:
        assert absent not in everything
    if present:
        assert present in everything
