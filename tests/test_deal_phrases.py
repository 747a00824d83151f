"""Sellers named by the sentence a name sits in (extract/deal_phrases.py): a capitalised name with no suffix and in
no list is a vendor after a phrase of a sale, and not when it reads as a person, a title, an agreement's defined
party, a law, or a public body. Names and places are invented."""

from __future__ import annotations

import pytest
from test_structural_names import SETTINGS, _document

from foiakit.extract import extract_document
from foiakit.extract.deal_phrases import deal_role


def _orgs(text: str) -> set[tuple[str, str]]:
    return {
        (f.kind, f.normalized) for f in extract_document(_document(text), SETTINGS) if f.kind in {"vendor", "agency"}
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Authorize the City Manager to execute an agreement with Harrowgate Optics for license plate readers.",
        "The Department entered into a contract with Harrowgate Optics in 2023.",
        "The City purchased twelve cameras from Harrowgate Optics last year.",
        "A sole source purchase from Harrowgate Optics is recommended.",
        "Staff recommends awarding the contract to Harrowgate Optics.",
        "The readers are manufactured by Harrowgate Optics and installed by staff.",
        "A proposal was received from Harrowgate Optics on May 2.",
        "The annual subscription with Harrowgate Optics renews in July.",
        "Payments to Harrowgate Optics totaled less than budgeted.",
        "This Agreement is made between the City of Alder Falls and Harrowgate Optics.",
        "The agreement between Harrowgate Optics and the City of Alder Falls expires in 2026.",
    ],
)
def test_a_phrase_of_a_sale_makes_the_name_after_it_a_seller(sentence: str) -> None:
    found = extract_document(_document(sentence), SETTINGS)
    sellers = [f for f in found if f.kind == "vendor" and f.normalized == "Harrowgate Optics"]
    assert sellers and all(f.detail_dict.get("role") == "seller" for f in sellers)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Department entered into a contract with Dana Quillfeather in 2023.",  # a person
        "A proposal was received from Chief Marten Vance on May 2.",  # a title
        "Records provided by the Disclosing Party are returned on request.",  # an agreement's defined party
        "Appeals are heard as provided by Alder Municipal Code section 4.",  # a law named after a body
        "The City purchased twelve cameras from Harrowgate last year.",  # one word: a place as often as a company
        "Harrowgate Optics will provide training at no cost.",  # no phrase of a sale before it
        "The City met with Harrowgate Optics on Tuesday.",  # a meeting is no sale
        "The crash happened between Alder Ridge Center and Exit 4.",  # two places
        "The City signed an agreement with Marlow County for dispatch.",  # a county: a public body's form
        "The City signed an agreement with Northern Alder Regional Dispatch.",
        "Equipment provided by Homeland Security grant funds.",  # 'provided by' names grants and staff too
    ],
)
def test_no_seller_without_a_sale_or_with_a_person_title_or_law(sentence: str) -> None:
    assert not {name for kind, name in _orgs(sentence) if kind == "vendor"}


def test_a_public_body_after_a_phrase_of_a_sale_stays_a_body() -> None:
    assert _orgs("The County signed an agreement with the City of Alder Falls for dispatch.") >= {
        ("agency", "City of Alder Falls")
    }
    assert not {n for k, n in _orgs("The County signed an agreement with the City of Alder Falls.") if k == "vendor"}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("an agreement with Harrowgate Optics", "seller"),
        ("an agreement\nHarrowgate Optics", None),  # the phrase is on another line
        ("ordered replacement lenses and mounts from Harrowgate Optics", "seller"),
        ("ordered a great many replacement lenses and mounts from Harrowgate Optics", None),  # too far from the verb
    ],
)
def test_the_phrase_stands_right_before_the_name(text: str, role: str | None) -> None:
    start = text.index("Harrowgate")
    assert deal_role(text, start, len(text)) == role
