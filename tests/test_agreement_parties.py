"""An agreement's parties and its secrecy duties, as agreements write them: the contractor defined after an
appositive ("Wrenfield Analytics, LLC, a Texas limited liability company ("Contractor")") is a seller and the
party the agreement's prices go to, however often a maker or a licensor is named beside it; a sentence binding a
party twice over to secrecy ("shall hold … in strict confidence and shall not disclose …") is a confidentiality
clause whatever it calls the information. Names and places are invented."""

from __future__ import annotations

import pytest
from test_structural_names import SETTINGS, _document

from foiakit.extract import extract_document
from foiakit.extract.context import document_context
from foiakit.extract.org_spans import defined_body, defined_role
from foiakit.extract.secrecy import classify_sentence


@pytest.mark.parametrize(
    ("after", "role"),
    [
        (', a Texas limited liability company ("Contractor"), agree', "seller"),
        (', an Oregon corporation (the "Consultant")', "seller"),
        (",\na Nevada corporation\n(hereinafter called the \u201cVendor\u201d)", "seller"),
        (' ("Licensor")', "seller"),
        (', a subcontractor of record ("Subcontractor")', "subcontractor"),
        (", a supplier to the Town (see Exhibit A)", None),  # a parenthesis that defines no term
        (', which Corlis Bank ("Bank") finances', None),  # no appositive: a clause of its own
        (', 400 Tamber Road, Suite 9 ("Contractor")', None),  # an address is no appositive
    ],
)
def test_a_defined_term_after_an_appositive(after: str, role: str | None) -> None:
    assert defined_role("Wrenfield Analytics, LLC" + after, len("Wrenfield Analytics, LLC")) == role


def test_a_public_party_defined_after_an_appositive() -> None:
    text = 'the Town of Bexmoor, a municipal corporation ("Town"), and'
    assert defined_body(text, len("the Town of Bexmoor"))


AGREEMENT = """AGREEMENT FOR RECORDS CONVERSION
This Agreement is made between the City of Orlin Bay, a municipal corporation ("City"), and
Wrenfield Analytics, LLC, a Texas limited liability company ("Contractor").
1. Services. Contractor shall convert the City's permit records into the system the City licensed from
Sarrow Permit Software Corp. and the scanners manufactured by Delvane Imaging Inc.
2. Compensation. City shall pay Contractor $27,400.00 for the conversion.

EXHIBIT B
Conversion, per box of records        $185.00
Indexing, per thousand pages          $62.50
"""


def test_the_defined_contractor_takes_the_agreements_prices() -> None:
    document = _document(AGREEMENT)
    assert document_context(document, SETTINGS).main_vendor == "Wrenfield Analytics"
    ties = {
        f.normalized: f.detail_dict.get("vendor") for f in extract_document(document, SETTINGS) if f.kind == "price"
    }
    assert ties == {"27400.00": "Wrenfield Analytics", "185.00": "Wrenfield Analytics", "62.50": "Wrenfield Analytics"}


def test_two_defined_sellers_make_no_defined_party() -> None:
    text = (
        'This Agreement is made between Wrenfield Analytics, LLC, a Texas limited liability company ("Contractor"), '
        'and Tollen Ridge Supply Co., an Ohio corporation ("Supplier"), for the City of Orlin Bay.\n'
        "Tollen Ridge Supply Co. ships the paper. Tollen Ridge Supply Co. invoices monthly.\n"
    )
    assert document_context(_document(text), SETTINGS).main_vendor != "Wrenfield Analytics"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The Vendor shall hold all Town data it receives in strict confidence and shall not disclose it.", "clause"),
        ("Floor plans shall be held in confidence and shall not be disclosed to anyone outside its staff.", "clause"),
        ("Carrow Pike shall keep confidential every record of the Clinic and not disclose it to others.", "clause"),
        ("The Town shall not disclose the bid prices before the award.", None),  # one duty: a rule of the bidding
        ("Bids remain in confidence until the opening.", None),
        # a duty that defers to the public records law is what the law lets out, not a secrecy duty
        ("Records are kept confidential and not disclosed except as the Public Records Act requires.", None),
        ("The Receiving Party and the Disclosing Party shall keep confidential the terms.", "clause"),
    ],
)
def test_a_sentence_binding_a_party_twice_to_secrecy(sentence: str, kind: str | None) -> None:
    verdict = classify_sentence(sentence)
    assert (verdict[0] if verdict else None) == kind
