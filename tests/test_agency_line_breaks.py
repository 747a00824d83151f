"""Agencies the layout cuts or the running text shortens (issue 13, round 5): a name wrapped at a line break after a
word that only modifies the noun to come, or before a kind of place that needs the place's own name; a body named
with its place before the head noun ("Alder County Board of …") kept whole; a listed name's misreading told from
another body's name. Names and places are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from foiakit.extract import extract_document, organizations
from foiakit.extract.lexicon import KnownOrg
from foiakit.model import Document, FileType, Page, Settings, SourceFile


def _agencies(tmp_path: Path, page: str) -> set[str]:
    source = SourceFile(tmp_path / "doc.txt", "doc.txt", "0" * 64, 1, FileType.TEXT)
    document = Document(source=source, pages=(Page(1, page, False, ""),))
    return {f.normalized for f in extract_document(document, Settings()) if f.kind == "agency"}


@pytest.mark.parametrize(
    ("page", "present", "absent"),
    [
        # the name goes on over the break after a modifier
        (
            "Apply to the Marlow Office of Civil\nRights by May.",
            "Marlow Office of Civil Rights",
            "Marlow Office of Civil",
        ),
        (
            "A complaint may be filed with the Wexbury Office of Human\nRights within one year.",
            "Wexbury Office of Human Rights",
            "Wexbury Office of Human",
        ),
        # ... but a connector on the next line opens another name
        (
            "Filed with the Tamsin Office of Human\nRights and the Commission on Aging.",
            "Tamsin Office of Human Rights",
            "Tamsin Office of Human Rights and the Commission",
        ),
        # the name began on the line above, before a kind of place
        (
            "FINAL DECISION\nMarta Quill\nComplainant\nv.\nTamsin\nTownship Board of Education (Wexford)\nCustodian",
            "Tamsin Township Board of Education",
            "Township Board of Education",
        ),
        # a place's body named with its place before the head noun
        (
            "The Wexbury County Board of Commissioners approved the lease.",
            "Wexbury County Board of Commissioners",
            "Board of Commissioners",
        ),
        (
            "Minutes: the Marlow Borough Board of Health met on Tuesday.",
            "Marlow Borough Board of Health",
            "Board of Health",
        ),
    ],
)
def test_a_name_is_kept_whole(tmp_path: Path, page: str, present: str, absent: str) -> None:
    found = _agencies(tmp_path, page)
    assert present in found
    assert absent not in found


@pytest.mark.parametrize(
    ("page", "absent"),
    [
        # a head noun opens the next line: a second name, not the first one's tail
        ("City of Wexbury\nDepartment of Police\n", "City of Wexbury Department of Police"),
        # a blank line ends a name
        ("Office of Public\n\nWorks Schedule for Wexbury", "Office of Public Works Schedule"),
        # a letterhead's person after a name is cut as before
        ("Rahm Quill Department of Revenue", "Rahm Quill Department of Revenue"),
    ],
)
def test_a_break_does_not_join_two_things(tmp_path: Path, page: str, absent: str) -> None:
    assert absent not in _agencies(tmp_path, page)


@pytest.mark.parametrize(
    ("name", "listed"),
    [
        # a misreading of a listed name: letters inside its words change
        ("Wexbury County Departmemt of Roads", "Wexbury County Department of Roads"),
        ("Tamsin County Bureau of Minez", "Tamsin County Bureau of Mines"),
        # one word for another is another body, however alike the letters
        ("Wexbury County Department of Lands", None),
        ("Tamsin County Bureau of Lines", None),
    ],
)
def test_a_misreading_keeps_every_word(monkeypatch: pytest.MonkeyPatch, name: str, listed: str | None) -> None:
    known = (
        KnownOrg("Wexbury County Department of Roads", "agency", ("Wexbury County Department of Roads",)),
        KnownOrg("Tamsin County Bureau of Mines", "agency", ("Tamsin County Bureau of Mines",)),
    )
    monkeypatch.setattr(organizations, "known_orgs", lambda: known)
    organizations._known_spelling.cache_clear()
    try:
        assert organizations._known_spelling(name, "agency") == listed
    finally:
        organizations._known_spelling.cache_clear()
