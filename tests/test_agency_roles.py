"""A place's name acting as its government (issue 13): "Marlow County approved …", an agreement's party, a sale's
buyer, and a city named only by a letter's address block. The same names in
an address, before a noun or after "in" stay places. Names and places are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from foiakit.extract import extract_document
from foiakit.extract.org_forms import classify
from foiakit.extract.org_roles import bare_place
from foiakit.model import Document, FileType, Page, Settings, SourceFile


def _found(tmp_path: Path, *pages: str) -> set[tuple[str, str]]:
    source = SourceFile(tmp_path / "doc.txt", "doc.txt", "0" * 64, 1, FileType.TEXT)
    document = Document(source=source, pages=tuple(Page(n, text, False, "") for n, text in enumerate(pages, 1)))
    return {(f.kind, f.normalized) for f in extract_document(document, Settings())}


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("Marlow County", True),
        ("Alder Creek County", True),
        ("the State of Alder", True),
        ("Commonwealth of Tamsin", True),
        ("Marlow County Board", False),  # a body by its words already
        ("Marlow County Sheriff", False),
        ("County", False),
        ("State of the Art", False),
    ],
)
def test_a_bare_place_name(name: str, place: bool) -> None:
    assert bare_place(name.split()) is place


@pytest.mark.parametrize(
    ("page", "agency"),
    [
        ("Marlow County approved the budget for the new radios.", "Marlow County"),
        ("Marlow County has awarded the contract to the lowest bidder.", "Marlow County"),
        ("This agreement is made between Marlow County and Tamsin Paving LLC.", "Marlow County"),
        ("Sold to: Marlow County\n12 Main St\nMarlow, OR 97001", "Marlow County"),
        ("SOLD TO:\nMarlow County\n12 Main St", "Marlow County"),
        ("Thanks,\nDana Quill\nRecords Clerk\nMarlow County\n(541) 555-0100", "Marlow County"),
        ("Dana Quill\nAssistant Attorney General\nState of Alder\n", "State of Alder"),
        (
            "This contract is made by and between the State of Alder, acting by and through its Department of "
            "Roads, and Kettle Signal Inc.",
            "State of Alder",
        ),
    ],
)
def test_a_place_acting_as_its_body(tmp_path: Path, page: str, agency: str) -> None:
    assert ("agency", agency) in _found(tmp_path, page)


@pytest.mark.parametrize(
    "page",
    [
        "The office is at 12 Main St, Marlow County, Oregon 97001.",
        "Marlow County residents may comment on the plan until May 1.",
        "The cameras were installed in Marlow County last year.",
        "Roads between Marlow County and Tamsin County are closed for the winter.",
        "The State of Alder is known for its lakes.",
        "Marlow County\nAn overview of the parks and trails of the area.",
        "Trail guide\nMarlow County\nA walk along the river.",
        "Dana Quill\nRecords Clerk\nMarlow County, Oregon",
    ],
)
def test_a_place_stays_a_place(tmp_path: Path, page: str) -> None:
    found = _found(tmp_path, page)
    assert not any(kind == "agency" and name in {"Marlow County", "State of Alder"} for kind, name in found)


def test_an_agreements_other_party_stays_a_vendor(tmp_path: Path) -> None:
    found = _found(tmp_path, "This agreement is made between Marlow County and Tamsin Paving LLC.")
    assert ("vendor", "Tamsin Paving") in found
    assert not any("Marlow County and" in name for _, name in found)


_CITY_LETTER = (
    "M Marlow\n\nDear Mr. Roe,\n\nThank you for your letter. Please know that the City takes every request "
    "seriously and follows its procedures.\n\nSincerely,\n\nJane Doe\nCity Administrator\n\n"
    "303 Alder Street Marlow, WI 53948-1329 | tel 608-555-0100 | www.{domain}.com"
)


@pytest.mark.parametrize(
    ("page", "present"),
    [
        (_CITY_LETTER.format(domain="marlow"), True),
        (_CITY_LETTER.format(domain="tamsinweb").replace("City Administrator", "Office Assistant"), False),
        # a vendor's letter to its customer "the City": its address is the vendor's, not a city's government
        (
            "Kettle Signal\n1170 Howell Road Atlanta, GA 30318\n\nDear Chief,\nWe thank the City for its order.\n"
            "Sincerely,\nJane Roe\nSales Manager\nwww.kettlesignal.com",
            False,
        ),
    ],
)
def test_a_city_named_only_by_its_letters_address(tmp_path: Path, page: str, present: bool) -> None:
    found = _found(tmp_path, page)
    assert (("agency", "City of Marlow") in found) is present
    assert ("agency", "City of Atlanta") not in found


def test_a_city_named_in_full_needs_no_address(tmp_path: Path) -> None:
    page = _CITY_LETTER.format(domain="marlow").replace("Dear Mr. Roe", "City of Tamsin Falls\nDear Mr. Roe")
    found = _found(tmp_path, page)
    assert ("agency", "City of Tamsin Falls") in found
    assert ("agency", "City of Marlow") not in found


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        # a governing body's head with two words of what it governs is a body of its own
        ("Tamsin Records Council", "agency"),
        ("Public Finance Authority", "agency"),
        ("Government Records Council", "agency"),
        ("Finance Committee", None),
        ("Planning Commission", "agency_unit"),
        ("Legal Department", "agency_unit"),
        # "… of Corrections" names the body's field; "… Outside of Department" is a phrase cut before a name
        ("Alder Department of Corrections", "agency"),
        ("Procured Outside of Department", None),
        ("Outside of Office", None),
        # an official's office, named by the title with a word that says which official
        ("Office of the Chief Tamsin Officer", "agency"),
        ("Office of Legal Counsel", "agency"),
        ("Mayor's Office of Legal Counsel", "agency"),
        ("Office of the Director", None),
        ("Office Manager", None),
        ("Senior Attorney Advisor", None),
        # a community school, its schools or its district are public; a company of the name stays a company
        ("MARLOW COMMUNITY SCHOOL", "agency"),
        ("Alder Creek Community Schools", "agency"),
        ("Marlow Community School District", "agency"),
        ("Marlow Community Schools LLC", "vendor"),
    ],
)
def test_a_body_named_by_its_function(name: str, kind: str | None) -> None:
    assert classify(name.split()) == kind


@pytest.mark.parametrize(
    ("page", "agency"),
    [
        ("Please write to the Mayor's Office of Legal Counsel with questions.", "Mayor's Office of Legal Counsel"),
        ("The Governor’s Office of Tamsin Affairs replied in May.", "Governor’s Office of Tamsin Affairs"),
        ("Dana Quill Department of Police", "Department of Police"),  # a letterhead's person, cut from the body
    ],
)
def test_an_officials_possessive_stays_with_the_office(tmp_path: Path, page: str, agency: str) -> None:
    assert ("agency", agency) in _found(tmp_path, page)


@pytest.mark.parametrize(
    ("page", "present", "absent"),
    [
        # a body's name that ends in "Rights" keeps its last word
        ("A complaint may go to the Office for Civil Rights.", "Office for Civil Rights", "Office for Civil"),
        (
            "A person may file a complaint with the Alder Office of Human Rights.",
            "Alder Office of Human Rights",
            "Alder Office of Human",
        ),
        # "for" after a body's head ends the name; "Office for …" opens one
        (
            "Bonds issued by the Tamsin Finance Authority for the Landings of Marlow Heights.",
            "Tamsin Finance Authority",
            "Landings of Marlow Heights",
        ),
        # a law's initialism a subject line prints after the body's name is no part of it
        (
            "Subject: Marlow County Prosecutor's Office OPRA\nDate: June 8, 2018",
            "Marlow County Prosecutor's Office",
            "Marlow County Prosecutor's Office OPRA",
        ),
    ],
)
def test_where_a_name_ends(tmp_path: Path, page: str, present: str, absent: str) -> None:
    found = {name for kind, name in _found(tmp_path, page) if kind == "agency"}
    assert present in found
    assert absent not in found


def test_a_copyright_line_names_no_body(tmp_path: Path) -> None:
    found = _found(tmp_path, "Copyright 2020 Kettle Signal Inc. All Rights Reserved.")
    assert not any("Rights" in name for _, name in found)
