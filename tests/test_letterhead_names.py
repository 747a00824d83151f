"""A letterhead's body name printed over two lines ("ALDER COUNTY SHERIFF'S / OFFICE") is one name, and a name
in capitals keeps its possessive in lower case ("Sheriff's", not "Sheriff'S"). Names and places are invented."""

from __future__ import annotations

import pytest
from test_structural_names import SETTINGS, _document

from foiakit.extract import extract_document
from foiakit.extract.org_forms import canonical_name


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (
            "ALDER COUNTY SHERIFF'S\nOFFICE\n1200 Main Street\nAlder, OR 97001\n\nBids are due May 1.",
            "Alder County Sheriff's Office",
        ),
        ("TAMSIN POLICE\nDEPARTMENT\n44 Elm Avenue\nTamsin, WA 98001\n", "Tamsin Police Department"),
        ("CITY OF WYNDALE\n12 Court Street\nWyndale, NE 68001\n", "City of Wyndale"),  # one line: as before
    ],
)
def test_a_letterhead_name_over_two_lines(text: str, agency: str) -> None:
    agencies = {f.normalized for f in extract_document(_document(text), SETTINGS) if f.kind == "agency"}
    assert agencies == {agency}


@pytest.mark.parametrize(
    ("raw", "kind", "name"),
    [
        ("ALDER COUNTY SHERIFF'S OFFICE", "agency", "Alder County Sheriff's Office"),
        ("ALDER COUNTY SHERIFF’S OFFICE", "agency", "Alder County Sheriff’s Office"),  # a curly apostrophe
        ("ALDER COUNTY SHERIFF'S", "agency", "Alder County Sheriff's"),  # at the end of the name
        ("O'REILLY FENCE SUPPLY", "vendor", "O'Reilly Fence Supply"),  # not a possessive
    ],
)
def test_capitals_keep_a_lower_case_possessive(raw: str, kind: str, name: str) -> None:
    assert canonical_name(raw, kind) == name
