"""A contract's secrecy section is found under the headings contracts really print: a lettered sub-section
("(d) Confidentiality."), a heading that only holds the word ("Non-Use and Non-Disclosure."), and duties listed
verb by verb ("shall not copy, publish or disclose") or in the passive ("will not be released"). Names invented."""

from __future__ import annotations

import pytest

from foiakit.extract.secrecy import section_clauses


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        (
            "7. Misc.\n(d) Confidentiality. Each party shall hold the other party's Confidential Information in"
            " confidence, except as required by the Freedom of Information Act.",
            "Confidentiality",
        ),
        (
            "11. Non-Use and Non-Disclosure. Customer shall not copy, publish or disclose the Vendor Materials.",
            "Non-Use and Non-Disclosure",
        ),
        (
            "Section 12. Proprietary Information\nThe pricing furnished by Emberly Systems will not be released to"
            " other vendors.",
            "Proprietary Information",
        ),
        (
            "ARTICLE IX - CONFIDENTIALITY OF RECORDS AND DATA\nThe Contractor shall keep confidential all records.",
            "CONFIDENTIALITY OF RECORDS AND DATA",
        ),
    ],
)
def test_secrecy_sections_under_common_headings(text: str, heading: str) -> None:
    assert [found for _, _, found in section_clauses(text)] == [heading]


@pytest.mark.parametrize(
    "text",
    [
        "Confidentiality Notice: This e-mail may hold information that shall not be disclosed.",  # a mail notice
        "(d) Confidentiality. The Town's records are public under state law.",  # no duty follows
        "11. Non-Use and Non-Disclosure. [Reserved]",
    ],
)
def test_no_section_without_a_duty_or_under_a_notice(text: str) -> None:
    assert list(section_clauses(text)) == []
