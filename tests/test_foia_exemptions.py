"""Exemption codes in text: canonical codes, cited vs stamped, and ordinary text that must not match."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfgen import text_pdf

from foiakit.foia.exemptions import description, find_codes
from foiakit.ingest.discover import discover
from foiakit.ingest.pdf import ingest_pdf
from foiakit.model import Document, Settings

CASES: list[tuple[str, list[tuple[str, str]]]] = [
    ("Records were withheld pursuant to 5 U.S.C. § 552(b)(5).", [("(b)(5)", "cited")]),
    (
        "withheld under 5 U.S.C. 552(b)(6) and (b)(7)(C) to protect privacy",
        [("(b)(6)", "cited"), ("(b)(7)(C)", "cited")],
    ),
    ("(b)(6)", [("(b)(6)", "stamped")]),
    ("(b) (6), (b) (7)(C)", [("(b)(6)", "stamped"), ("(b)(7)(C)", "stamped")]),
    ("(bX6)", [("(b)(6)", "stamped")]),
    ("(b)(7)c", [("(b)(7)(C)", "stamped")]),
    ("b6, b7c", [("(b)(6)", "stamped"), ("(b)(7)(C)", "stamped")]),
    ("Redacted Ex. 5", [("(b)(5)", "stamped")]),
    ("The memo was redacted under Ex. 5 as deliberative.", [("(b)(5)", "cited")]),
    ("Exemption 4 protects trade secrets, so the pricing was withheld.", [("(b)(4)", "cited")]),
    ("portions are exempt under Section 7(1)(c) of FOIA", [("5 ILCS 140/7(1)(c)", "cited")]),
    ("exempt pursuant to 5 ILCS 140/7(1)(d)(v) of the Act", [("5 ILCS 140/7(1)(d)(v)", "cited")]),
    ("as required by 5 ILCS 104/7(1)(a)", [("5 ILCS 140/7(1)(a)", "cited")]),
    ("The request is unduly burdensome under 5 ILCS 140/3(g).", [("5 ILCS 140/3(g)", "cited")]),
    ("exempt from disclosure under ORS 192.345(23).", [("ORS 192.345(23)", "cited")]),
    ("192.345(22)(c)", [("ORS 192.345(22)(c)", "stamped")]),
    ("trade secrets under ORS 192.501(2) are marked", [("ORS 192.501(2)", "cited")]),
    ("exempt under Cal. Gov. Code § 7927.705 (attorney-client privilege)", [("Gov. Code § 7927.705", "cited")]),
    ("withheld per Government Code section 6254(c)", [("Gov. Code § 6254(c)", "cited")]),
    ("exempt under RCW 42.56.240(1)", [("RCW 42.56.240(1)", "cited")]),
    # ordinary text: none of these is an exemption
    ("(b)(1) The Contractor shall deliver the cameras within 30 days.", []),
    ("as provided in subsection (b)(1), the vendor may terminate", []),
    ("See Ex. 5 attached to the contract.", []),
    ("The header colour is #b6b6b6 and the byte 0xb6.", []),
    ("Cell B6 holds vitamin b6 totals", []),
    ("Exemption 3", [("(b)(3)", "stamped")]),
    ("Contractor shall comply with ORS 279B.060.", []),
    ("(b) the vendor shall (c) the city shall", []),
    ("Table b6 shows totals", []),
    ("Section 7(1) of FOIA provides that records may be inspected", []),  # the section, not an exemption
    ("a five day extension pursuant to 5 ILCS 140/3(e) was taken", []),  # procedure, not a denial ground
    ("The exemptions in ORS 192.345 are conditional", []),  # the list, not one exemption
    ("You may seek review of your public records request pursuant to ORS 192.145.", []),
    ("Records Request 12\nthe information may be exempt pursuant to ORS 181A.825.", [("ORS 181A.825", "cited")]),
    ("employers that are exempt under ORS 656.126", []),  # other statutes only on a records-request page
    ("ORS 279A.120.", []),
    (
        "withheld under N.J.S.A. 47:1A-1.1 and N.J.A.C. 13:1E-3.2(a)(2)",
        [("N.J.S.A. 47:1A-1.1", "cited"), ("N.J.A.C. 13:1E-3.2(a)(2)", "cited")],
    ),
    ("exempt pursuant to D.C. Official Code § 2-534(a)(4)", [("D.C. Official Code § 2-534(a)(4)", "cited")]),
    # OCR beside a stamp: only (b)(3) and (b)(7) have lettered parts
    ("Redacted (b)(5) (b)", [("(b)(5)", "stamped")]),
    ("(b)(6) F", [("(b)(6)", "stamped")]),
    ("(b)(7) (E)", [("(b)(7)(E)", "stamped")]),
    # a bare code left in running text, nothing citing it: the stamp where words were taken out
    ("We expect public records requests. My cell is (b)(6) if you need me.", [("(b)(6)", "stamped")]),
    # stamps printed over redaction boxes, read back in drawing order: a run of them, spaced, split at a line end
    ("(b) (6) (b) (6) (b) (6)", [("(b)(6)", "stamped")] * 3),
    ("(b) (6) (b) (6) (b) \n(6)\n(b) (6)", [("(b)(6)", "stamped")] * 4),
    ("(b) (7)(C) (b) (6)", [("(b)(7)(C)", "stamped"), ("(b)(6)", "stamped")]),
    ("(b) (6), (b)(7)(E)", [("(b)(6)", "stamped"), ("(b)(7)(E)", "stamped")]),
    ("withheld under 5 U.S.C. 552(b)(6)(b)(7)(C)", [("(b)(6)", "cited"), ("(b)(7)(C)", "cited")]),
    ("b6 b7c", [("(b)(6)", "stamped"), ("(b)(7)(C)", "stamped")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_codes_in_text(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.code, c.context) for c in find_codes(text)] == expected


def test_offsets_point_at_the_code() -> None:
    text = "Line one.\nwithheld under (b) (6) to protect privacy"
    (code,) = find_codes(text)
    assert text[code.start : code.end] == "(b) (6)"


def test_descriptions_come_from_the_data_file() -> None:
    assert "privacy" in description("(b)(7)(C)")
    assert description("5 ILCS 140/7(1)(d)(vi)") == description("5 ILCS 140/7(1)(d)")  # nearest listed parent
    assert description("(b)(9)")


def test_extractor_findings_on_a_response_letter(tmp_path: Path) -> None:
    from foiakit.foia.exemptions import exemption_findings

    letter = (
        "Dear Requester:\nYour request is granted in part. Names of officers were redacted\n"
        "pursuant to 5 U.S.C. § 552(b)(6) and (b)(7)(C).\n(b)(1) is not claimed as an exemption.\n"
        "(b)(3) applies to nothing.\nSincerely,"
    )
    contract = "12. Records\n(a) The City keeps records.\n(b)(1) The Contractor keeps logs.\n(b)(2) Logs are kept."
    path = text_pdf(tmp_path / "letter.pdf", [letter, contract])
    document: Document = ingest_pdf(discover([path], tmp_path / "work").files[0], Settings())
    findings = list(exemption_findings(document))
    # "(b)(3)" starting a line with no FOIA word on it reads as list numbering, like the contract's clauses
    assert [(f.page, f.normalized, f.detail_dict["context"]) for f in findings] == [
        (1, "(b)(6)", "cited"),
        (1, "(b)(7)(C)", "cited"),
        (1, "(b)(1)", "cited"),
    ]
    for finding in findings:
        page = document.pages[finding.page - 1]
        assert page.text[finding.start : finding.end] == finding.value
        assert finding.detail_dict["jurisdiction"] == "federal"
