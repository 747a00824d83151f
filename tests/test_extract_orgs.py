"""Vendors, products and agencies found in whole documents: (pages of text, expected findings) pairs written
after real releases (CPD response letters, Eugene purchasing records, D.C. ethics-board email)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from foiakit.extract import extract_document
from foiakit.model import Document, FileType, Page, Settings, SourceFile


def found(tmp_path: Path, *pages: str, kinds: tuple[str, ...] = ("vendor", "agency", "agency_unit", "product")):
    source = SourceFile(tmp_path / "doc.txt", "doc.txt", "0" * 64, 1, FileType.TEXT)
    document = Document(source=source, pages=tuple(Page(n, text, False, "") for n, text in enumerate(pages, 1)))
    findings = [f for f in extract_document(document, Settings()) if f.kind in kinds]
    for f in findings:  # provenance: the span is on its page, the quote holds it
        assert f.start is not None and f.end is not None and f.page is not None
        assert pages[f.page - 1][f.start : f.end] == f.value
    return findings


def names(findings: list, kind: str) -> set[str]:
    return {f.normalized for f in findings if f.kind == kind}


def test_a_product_names_its_vendor_only_in_detail(tmp_path: Path) -> None:
    letter = "Your request seeks sales and marketing materials for Hailstorm IMSI Catchers and invoices."
    findings = found(tmp_path, letter)
    assert names(findings, "vendor") == set()
    products = [f for f in findings if f.kind == "product"]
    assert [(p.normalized, json.loads(json.dumps(dict(p.detail)))["vendor"]) for p in products] == [
        ("HailStorm", "Harris Corporation")
    ]


def test_a_product_and_its_named_vendor(tmp_path: Path) -> None:
    request = "I am seeking documents relating to Hailstorm (a trademarked IMSI Catchers sold by Harris Corp)."
    findings = found(tmp_path, request)
    assert names(findings, "vendor") == {"Harris Corporation"}
    assert names(findings, "product") == {"HailStorm"}


ORGANIZATION_CASES = [
    # government domains: RFC 1480 locality names and a police department's own domain
    (["Email invoices to AP@ci.portland.or.us."], "agency", {"City of Portland"}),
    (["Send the records to clerk@co.lane.or.us by Friday."], "agency", {"Lane County"}),
    (["https://webmail.seattlepolice.org/owa/?ae=Item 11/14/2014"], "agency", {"Seattle Police Department"}),
    # vendors by internet domain: a listed vendor's address, an agency's tenant on a hosted service
    (["From: Jane Roe <jane.roe@flocksafety.com>"], "vendor", {"Flock Safety"}),
    (["Email: Rodney.Colbert@dc.gov |Zendesk: Support@dcoah.zendesk.com"], "vendor", {"Zendesk"}),
    (["File your request at https://cityofsalem.nextrequest.com/requests/new"], "vendor", {"Nextrequest"}),
    (["Download the player from http://www.fortherecord.com/download-ftr-player/"], "vendor", set()),
    (["Reply to freddy.m@gmail.com or see https://docs.google.com/d/1"], "vendor", set()),
    # an initialism the document's own places explain
    (
        ["Ship To: SPD\nAdministration\n555 Liberty St", "The City of Salem Federal Tax ID is #93-6002160."],
        "agency",
        {"City of Salem", "Salem Police Department"},
    ),
    # organisation tags in the headers of government mail; the document's own names expand them
    (
        [
            "From: Doe, Jane (OAH) <jane.doe@dc.gov>\nTo: Roe, Rick (OCTO)\nSubject: hearing audio\n\n"
            "Jane Doe\nOffice of Administrative Hearings"
        ],
        "agency",
        {"Office of Administrative Hearings", "OCTO"},
    ),
    (["From: Doe, Jane (ACME) <jane@acme-widgets.com>\nSubject: quote"], "agency", set()),
    (["From: Doe, Jane (CTR) <jane.doe@ice.dhs.gov>\nSubject: pilot"], "agency", set()),
    # a state's Attorney General, named or resolved by the one state the page or document names
    (
        [
            "You may seek review by the Public Access Counselor, Office of the Attorney General, "
            "500 S. 2nd Street, Springfield, IL 62706."
        ],
        "agency",
        {"Public Access Counselor", "Illinois Attorney General"},
    ),
    (
        ["the Public Access Counselor at the Office of the Illinois Attorney General"],
        "agency",
        {"Public Access Counselor", "Illinois Attorney General"},
    ),
    (
        ["In April 2025, the Attorney General granted the appeal after Oregon State Police released the list."],
        "agency",
        {"Oregon State Police", "Oregon Attorney General"},
    ),
    (
        [
            "Chicago Police Department, 3510 S. Michigan Ave., Chicago, IL 60653. "
            "Write to the Office of the Attorney General."
        ],
        "agency",
        {"Chicago Police Department", "Illinois Attorney General"},
    ),
    # references that need their context are not names of their own
    (["Upon further reflection at its meeting today, the Board decided not to press forward."], "agency", set()),
    (["You may seek judicial review by filing a lawsuit in the State Circuit Court."], "agency", set()),
    (["To Seth May MuckRock News DEPT MR 193913, 263 Huntington Ave Boston, MA 02115"], "agency", set()),
    (["Department of Defense Federal Acquisition Regulation (DFAR) section 252.227-7014(a)(1)"], "agency", set()),
    # "the Council" of the one jurisdiction the document is about
    (
        ["The Lane County Council met on May 4.\nThe opinion was delivered to the Chair and the Council."],
        "agency",
        {"Lane County Council"},
    ),
    (
        ["City of Salem, Oregon\nThe report goes to the Mayor and the Council in June."],
        "agency",
        {"City of Salem", "Salem City Council"},
    ),
    # no council named, no one city: "the Council" is left alone (no rule names a place of its own)
    (
        ["This opinion was delivered to the Mayor and the Council.\nOffice of Open Government"],
        "agency",
        {"Office of Open Government"},
    ),
    # the defined term an agreement gives a selling party makes a vendor, whatever the name's form
    (['This Agreement is made with Brightfen ("Contractor") by the Town of Wexford.'], "vendor", {"Brightfen"}),
    (["Quillon Labs, hereinafter referred to as the 'Vendor', agrees to deliver."], "vendor", {"Quillon Labs"}),
    (['Harrow (the "Consultant") will report monthly.'], "vendor", {"Harrow"}),
    (['Lakeport Rotary ("Sponsor") hosts the fair.'], "vendor", set()),
    # an Exchange directory name in a printed header names mail-server groups, not organisations
    (["Doe, Jane </O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=RECIPIENTS>"], "vendor", set()),
    (["Roe, Rick /o=ExchangeLabs/ou=Exchange Administrative Group\nSubject: audit"], "vendor", set()),
    # a form's generic wording is no company
    (["Place the NAIC number for your Insurance or Surety Company in the boxes."], "vendor", set()),
    # a name wrapped onto the next line of running text is one name; a slogan of generic words is none
    (
        ["The Vendor shall negotiate with the Department of Employment\nServices before May."],
        "agency",
        {"Department of Employment Services"},
    ),
    (["STATE OF OREGON\nA Public Service Agency"], "agency", set()),
    (["Government of the Province of Manitoba, Winnipeg"], "agency", {"Government of the Province of Manitoba"}),
    (["GOVERNMENT OF THE DISTRICT OF COLUMBIA"], "agency", {"Government of the District of Columbia"}),
    # a company named only in insurance boilerplate is no party; named elsewhere too, it is
    (["Insurers shall be rated A- or better by Quillon Ratings Company, Inc."], "vendor", set()),
    (
        ["Harlow Signal, Inc. will install the cameras.", "Insurance with Harlow Signal, Inc. as additional insured."],
        "vendor",
        {"Harlow Signal"},
    ),
    # a hyphen inside a name is part of it
    (["Kettle-Marsh Systems Inc. will supply the cameras."], "vendor", {"Kettle-Marsh Systems"}),
    (["Invoice from Dale-Orr Partners, LLC"], "vendor", {"Dale-Orr Partners"}),
    (["The Anchorage-Fairbanks Transit Authority met on Monday."], "agency", {"Anchorage-Fairbanks Transit Authority"}),
    # one body, one name: capitals and a short form beside the full name
    (["CITY OF EUGENE\nPURCHASE ORDER"], "agency", {"City of Eugene"}),
    (["The sales tax will be removed due to the City Of Chicago being tax exempt."], "agency", {"City of Chicago"}),
    (
        ["The Chicago Police Department answered. Chicago Police acknowledged the purchase of a license."],
        "agency",
        {"Chicago Police Department"},
    ),
    # units: a function every body has, or a function office of a named city
    (["FLOCK NOTICES ADDRESS: ATTN: LEGAL DEPARTMENT EMAIL: legal@example.com"], "agency_unit", {"Legal Department"}),
    (
        ["This RFI shall be kept by the City of Eugene Purchasing Office and made part of a public file."],
        "agency",
        {"City of Eugene"},
    ),
    (
        ["This RFI shall be kept by the City of Eugene Purchasing Office and made part of a public file."],
        "agency_unit",
        {"Purchasing Office"},
    ),
    (
        ["Payment for Goods/Services Procured Outside of Department of Procurement or Other formal Contracts"],
        "agency",
        {"Department of Procurement"},
    ),
]


@pytest.mark.parametrize(("pages", "kind", "expected"), ORGANIZATION_CASES)
def test_organizations_in_documents(tmp_path: Path, pages: list[str], kind: str, expected: set[str]) -> None:
    assert names(found(tmp_path, *pages), kind) == expected


def test_a_product_named_after_its_vendor_quotes_its_sentence(tmp_path: Path) -> None:
    page = (
        "Memorandum to Lt. Marcus Hale, Investigations Bureau. Subject: Pilot of Stratus Recognize.\n"
        "The sheriff's office has used Stratus Recognize since late 2017 under a contract with "
        "Stratus Cloud Services, Inc. of Seattle."
    )
    products = [f for f in found(tmp_path, page) if f.kind == "product"]
    assert {p.normalized for p in products} == {"Stratus Recognize"}
    assert {p.detail_dict["vendor"] for p in products} == {"Stratus Cloud Services"}
    assert "The sheriff's office has used Stratus Recognize since late 2017 under a contract with Stratus Cloud" in {
        p.quote[:99] for p in products
    }


def test_a_party_named_by_structure_is_the_seller_wherever_it_is_written(tmp_path: Path) -> None:
    """The defined "Contractor" is a vendor on every page that writes its name, with its role; the document's
    prices are tied to it, not to a company the contract only mentions."""
    pages = (
        "The Town of Wexford engages Harrow Signal (the \u201cContractor\u201d) to market the town to Amazon.",
        "Harrow Signal, Contract No. 2024-17\nAmazon Amazon Amazon Amazon Amazon\nWebsite design $38,000.00",
    )
    findings = found(tmp_path, *pages, kinds=("vendor", "price"))
    harrow = [f for f in findings if f.kind == "vendor" and f.normalized == "Harrow Signal"]
    assert {f.page for f in harrow} == {1, 2}
    assert all(dict(f.detail).get("role") == "seller" for f in harrow)
    prices = [f for f in findings if f.kind == "price"]
    assert [dict(p.detail)["vendor"] for p in prices] == ["Harrow Signal"]


def test_a_roster_flattened_to_one_line_is_no_name(tmp_path: Path) -> None:
    """Thousands of capitalised words in one run are a roster, not an organisation; the scan is one linear pass
    (a greedy-longest Matcher allocated every sub-run: 47 s and 3.7 GB for 4,000 words), and names around the
    roster are still found."""
    roster = " ".join(["Alder", "Birch", "Cedar", "Dale", "Elm"] * 800)
    findings = found(tmp_path, f"{roster}\nInvoice from Harlow Signal, Inc. to the Town of Wexford.")
    assert names(findings, "vendor") == {"Harlow Signal"}
    assert names(findings, "agency") == {"Town of Wexford"}


@pytest.mark.parametrize(
    "junk",
    [
        "(" * 50_000,  # 199 s in spaCy's tokenizer before long runs were broken
        "".join("0123456789abcdef"[i * 7 % 16] for i in range(50_000)),  # 8 s: an unanchored e-mail pattern
        "7" * 50_000,
    ],
)
def test_a_page_of_junk_keeps_names_and_offsets(tmp_path: Path, junk: str) -> None:
    """Runs of one character or a hash with no spaces are read in linear time, and the name after them keeps its
    offsets in the page (the tokenizer's copy is broken every 80 characters, never shortened)."""
    from foiakit.extract.organizations import breakable

    page = f"{junk}\nHarlow Signal, Inc. wrote to the Town of Wexford."
    assert len(breakable(page)) == len(page) and breakable(page).endswith(page[-50:])
    findings = found(tmp_path, page)  # found() checks every span against the page text
    assert names(findings, "vendor") == {"Harlow Signal"}


def test_a_page_longer_than_a_window_is_read_in_windows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A page over spaCy's limit (a 6 MB text file) is read in windows cut at line breaks: every window's
    names are found, at their offsets in the page (found() checks each span against the page)."""
    from foiakit.extract import organizations

    monkeypatch.setattr(organizations, "WINDOW", 400)
    line = "On May 4 the Town of Wexford paid Harlow Signal, Inc. for camera maintenance.\n"
    page = line * 20 + "Quillon Labs, LLC answered the Lakeport Police Department.\n" + line * 5
    assert len(organizations.windows(page)) > 5 and "".join(t for _, t in organizations.windows(page)) == page
    findings = found(tmp_path, page)
    assert names(findings, "vendor") == {"Harlow Signal", "Quillon Labs"}
    assert {"Town of Wexford", "Lakeport Police Department"} <= names(findings, "agency")
    assert len([f for f in findings if f.normalized == "Harlow Signal"]) == 25


# How a run of capitalised words is cut to a name: the words around it that are no part of it (invented names)
SPAN_EDGE_CASES = [
    # a sentence's adverb before a common word that is also a legal form: no name
    (["However, limited data are available for the Alder Falls pilot."], set()),
    (["Moreover, limited funds remain in the equipment budget."], set()),
    # a form's business-type list: each entry on its own line is a kind of company, not a name's suffix
    (["Organization Factors\nFor Profit Organization\nLimited Liability Corporation\nCertifications"], set()),
    (["Business Types\nNonprofit Organization\nLimited Liability Company\nSmall Business"], set()),
    # a name that holds a legal form keeps it
    (["The award went to Kestrel Harbor Systems, Inc. of Alder Falls."], {"Kestrel Harbor Systems"}),
    (["The contract went to Marrowind Optics LLC."], {"Marrowind Optics"}),
]


@pytest.mark.parametrize(("pages", "expected"), SPAN_EDGE_CASES)
def test_what_a_name_span_leaves_out(tmp_path: Path, pages: list[str], expected: set[str]) -> None:
    assert names(found(tmp_path, *pages), "vendor") == expected


def test_a_shared_head_in_lower_case_still_names_each_body(tmp_path: Path) -> None:
    # the legal-form trim above drops only a legal form's word written in lower case, not a head noun
    findings = found(tmp_path, "The Alderton and Wexbury police departments were asked for their policies.")
    assert names(findings, "agency") == {"Alderton Police Department", "Wexbury Police Department"}
