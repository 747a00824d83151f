"""Names a page gives by where it prints them (extract/letterheads.py) and by the fields around them, table-driven
with invented names: a letterhead over its address, a signature under a job title, a trade name after "dba", a
payee in prose, a field's value before its address, and a party an agreement defines after "between … and"."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_extract_orgs import found, names

LETTERHEAD = """{name}
1200 Harbor Road, Suite 4
Alder Falls, OR 97001
{contact}

QUOTE
Quote #: 4471
Bill To: Town of Wexford Police Department
"""


@pytest.mark.parametrize(
    ("name", "contact", "vendor"),
    [
        ("Brantwick Optics", "www.brantwick.com", "Brantwick Optics"),
        ("Tamsin Camera Works", "sales@tamsincameraworks.net", "Tamsin Camera Works"),
        ("Brantwick Optics", "Phone (555) 010-2000", None),  # no domain of its own: could be a requester's name
        ("Jane Q. Roe", "jane@roe.com", None),  # a person's name, by its middle initial
        ("Mr. Joseph Hale", "hale@hale.com", None),  # a person, by the honorific
        ("Law Offices", "www.lawoffices.com", None),  # generic words, no name of its own
    ],
)
def test_a_letterhead_names_its_sender(tmp_path: Path, name: str, contact: str, vendor: str | None) -> None:
    findings = found(tmp_path, LETTERHEAD.format(name=name, contact=contact))
    vendors = names(findings, "vendor")
    assert (vendor in vendors) if vendor else not vendors, vendors
    assert "Town of Wexford Police Department" in names(findings, "agency")
    roles = {dict(f.detail).get("role") for f in findings if f.kind == "vendor"}
    assert roles <= {"sender"}


@pytest.mark.parametrize(
    ("signature", "vendor"),
    [
        (
            "Sincerely,\n\nJane Roe\nRegional Sales Manager\nHarrowgate Imaging\njane@harrowgate.com",
            "Harrowgate Imaging",
        ),
        ("Jane Roe\nVP, Business Development\nKettlewell Labs\n(555) 010-2000\nwww.kettlewell.io", "Kettlewell Labs"),
        ("Jane Roe\nDirector\nAutonomous Driving\njane@harrowgate.com", None),  # a department, not the domain's name
        ("Jane Roe\nSales Manager\nQuillon Vision\n(555) 010-2000", None),  # no domain: left to other rules
    ],
)
def test_a_signature_names_the_signers_company(tmp_path: Path, signature: str, vendor: str | None) -> None:
    vendors = names(found(tmp_path, "Thank you for the call.\n\n" + signature), "vendor")
    assert (vendor in vendors) if vendor else not vendors, vendors


@pytest.mark.parametrize(
    ("sentence", "kind", "name"),
    [
        ("Mark Doe dba Lakeside Camera Service will install the units.", "vendor", "Lakeside Camera Service"),
        ("Quillon Group Inc d/b/a Quillon Safety Invoice Number 4471", "vendor", "Quillon Safety"),
        ("A check of $389.46 payable to Brightfen Analytics for the annual licence.", "vendor", "Brightfen Analytics"),
        ("Make checks payable to: Harlow Signal Inc", "vendor", "Harlow Signal"),
        ("Draw a check payable to Alder County Sheriff for the shared seizure.", "agency", "Alder County Sheriff"),
        ("The first payment was paid to the Contractor on May 4.", None, "Contractor"),  # a defined term
    ],
)
def test_trade_names_and_payees_in_prose(tmp_path: Path, sentence: str, kind: str | None, name: str) -> None:
    findings = found(tmp_path, sentence)
    if kind is None:
        assert name not in names(findings, "vendor") | names(findings, "agency")
    else:
        assert name in names(findings, kind)


@pytest.mark.parametrize(
    ("line", "vendor"),
    [
        ("Remit To: Kestrel Analytics, PO Box 12, Alder Falls", "Kestrel Analytics"),
        ("Vendor Name: Quillon Vision, Inc., 12 Main St, Alder Falls", "Quillon Vision"),
        ("Payee: Brightfen, LLC", "Brightfen"),
    ],
)
def test_a_fields_value_ends_before_its_address(tmp_path: Path, line: str, vendor: str) -> None:
    assert names(found(tmp_path, line), "vendor") == {vendor}


def test_a_field_followed_by_a_sentence_names_nobody(tmp_path: Path) -> None:
    page = "Certifications of Contractor: Pursuant to ORS 305.385, Contractor hereby certifies that it is current."
    assert not names(found(tmp_path, page), "vendor")


def test_a_party_defined_after_between_and(tmp_path: Path) -> None:
    findings = found(tmp_path, 'This Agreement is made between the Town of Wexford and Quillon Vision ("Contractor").')
    assert "Quillon Vision" in names(findings, "vendor")
    assert "Town of Wexford" in names(findings, "agency")
