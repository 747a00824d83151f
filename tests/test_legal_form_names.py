"""A legal form ("Inc.", "LLC", "Ltd.") closes a company's name: the words the lists keep out of names join the name
before it ("Harlow Sports Properties, LLC": the issue's "Properties" cut off), and "of PLACE" after it is where
the company sits, not part of its name. Names and places are invented."""

from __future__ import annotations

import pytest
from test_structural_names import SETTINGS, _document

from foiakit.extract import extract_document


def _vendors(text: str) -> set[str]:
    return {f.normalized for f in extract_document(_document(text), SETTINGS) if f.kind == "vendor"}


@pytest.mark.parametrize(
    ("sentence", "vendor"),
    [
        ("The sponsor is Harlow Sports Properties, LLC this year.", "Harlow Sports Properties"),
        ("Invoice from Quarrystone Building Maintenance, Inc. attached.", "Quarrystone Building Maintenance"),
        ("Tennick Pavement Maintenance LLC will seal the cracks.", "Tennick Pavement Maintenance"),
        ("Payment to Fernholt Field Services Ltd. was late.", "Fernholt Field Services"),
        ("The offer came from Orrin Bay Signal LLC of Dunhollow.", "Orrin Bay Signal"),
        ("A contract with Kestrel Paving Inc. of Marrowind was signed.", "Kestrel Paving"),
        ("Orrin Bay Signal, LLC of Dunhollow, Ohio, bid twice.", "Orrin Bay Signal"),
    ],
)
def test_a_legal_form_closes_a_name(sentence: str, vendor: str) -> None:
    assert vendor in _vendors(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Maintenance Services will be provided monthly.",  # no legal form: the listed words stay out of names
        "The Products and Services section lists them.",
    ],
)
def test_without_a_legal_form_the_listed_words_stay_out(sentence: str) -> None:
    assert _vendors(sentence) == set()
