"""State public-records exemption citations: each state's spellings read as its one canonical code, and the same
numbers in another sense (a page, an address, a contract clause, another chapter of the same code) left alone."""

from __future__ import annotations

import pytest

from foiakit.foia.exemptions import description, find_codes

# (state, text, canonical codes in order); the sentences cite the code, so each is "cited"
POSITIVE: list[tuple[str, str, list[str]]] = [
    ("MA", "withheld under G.L. c. 4, § 7(26)(c)", ["G.L. c. 4, § 7(26)(c)"]),
    ("MA", "exempt pursuant to M.G.L. c. 4, § 7, cl. 26(f)", ["G.L. c. 4, § 7(26)(f)"]),
    ("MA", "redacted under Mass. Gen. Laws ch. 4, s. 7(26)(n)", ["G.L. c. 4, § 7(26)(n)"]),
    ("MA", "withheld under Chapter 4, Section 7, Clause Twenty-sixth (d)", ["G.L. c. 4, § 7(26)(d)"]),
    ("MI", "exempt under MCL 15.243(1)(a)", ["MCL 15.243(1)(a)"]),
    ("MI", "exempt under M.C.L. § 15.243 (1)(b)(iii)", ["MCL 15.243(1)(b)(iii)"]),
    ("MI", "withheld per Michigan Compiled Laws section 15.243(1)(u)", ["MCL 15.243(1)(u)"]),
    ("MI", "exempt under Section 13(1)(m) of the Michigan Freedom of Information Act", ["MCL 15.243(1)(m)"]),
    ("MI", "denied under Section 13 (1)(d) of the FOIA", ["MCL 15.243(1)(d)"]),
    ("WI", "withheld under Wis. Stat. § 19.36(8)", ["Wis. Stat. § 19.36(8)"]),
    ("WI", "redacted pursuant to s. 19.36(10)(b), Wis. Stats.", ["Wis. Stat. § 19.36(10)(b)"]),
    ("WI", "redacted under Wisconsin Statutes section 19.36(13)", ["Wis. Stat. § 19.36(13)"]),
    ("WI", "withheld under Wis. Stat. s. 19.36(2)", ["Wis. Stat. § 19.36(2)"]),
    ("UT", "classified as protected under Utah Code 63G-2-305(10)", ["Utah Code 63G-2-305(10)"]),
    ("UT", "protected pursuant to Utah Code Ann. § 63G-2-305(2)", ["Utah Code 63G-2-305(2)"]),
    ("UT", "private records (63G-2-302(1)(b)) were redacted", ["Utah Code 63G-2-302(1)(b)"]),
    ("OH", "withheld under R.C. 149.43(A)(1)(h)", ["R.C. 149.43(A)(1)(h)"]),
    ("OH", "redacted per ORC 149.43(a)(1)(v)", ["R.C. 149.43(A)(1)(v)"]),
    ("OH", "exempt under Ohio Revised Code Section 149.433", ["R.C. 149.433"]),
    ("GA", "exempt under O.C.G.A. § 50-18-72(a)(4)", ["O.C.G.A. § 50-18-72(a)(4)"]),
    ("GA", "withheld pursuant to OCGA 50-18-72 (a)(20)(A)", ["O.C.G.A. § 50-18-72(a)(20)(a)"]),
    ("VA", "withheld under Va. Code § 2.2-3706(B)(10)", ["Va. Code § 2.2-3706(B)(10)"]),
    ("VA", "excluded pursuant to § 2.2-3705.1(1) of the Code of Virginia", ["Va. Code § 2.2-3705.1(1)"]),
    ("VA", "withheld under Code of Virginia § 2.2-3706.1", ["Va. Code § 2.2-3706.1"]),
    ("NH", "exempt under RSA 91-A:5, IV", ["RSA 91-A:5, IV"]),
    ("NH", "withheld pursuant to RSA 91-A:5,IX and RSA 91-A:5 (VI)", ["RSA 91-A:5, IX", "RSA 91-A:5, VI"]),
    ("CO", "denied under C.R.S. 24-72-204(2)(a)", ["C.R.S. 24-72-204(2)(a)"]),
    ("CO", "withheld pursuant to § 24-72-204(3)(a)(IV), C.R.S.", ["C.R.S. 24-72-204(3)(a)(IV)"]),
    ("CO", "denied under Colo. Rev. Stat. § 24-72-305(5)", ["C.R.S. 24-72-305(5)"]),
    ("PA", "withheld under 65 P.S. § 67.708(b)(10)(i)(A)", ["65 P.S. § 67.708(b)(10)(i)(A)"]),
    ("PA", "exempt under Section 708(b)(16) of the RTKL", ["65 P.S. § 67.708(b)(16)"]),
    ("PA", "redacted per Section 708(b)(6)(i)(A) of the Right-to-Know Law", ["65 P.S. § 67.708(b)(6)(i)(A)"]),
    ("CT", "exempt under Conn. Gen. Stat. § 1-210(b)(2)", ["Conn. Gen. Stat. § 1-210(b)(2)"]),
    ("CT", "withheld pursuant to C.G.S. Sec. 1-210 (b)(19)", ["Conn. Gen. Stat. § 1-210(b)(19)"]),
    ("MO", "closed under RSMo 610.021(14)", ["RSMo 610.021(14)"]),
    ("MO", "closed pursuant to Section 610.021(3), RSMo", ["RSMo 610.021(3)"]),
    ("MO", "closed under Mo. Rev. Stat. § 610.100", ["RSMo 610.100"]),
    ("TN", "confidential under T.C.A. § 10-7-504(a)(2)(A)", ["T.C.A. § 10-7-504(a)(2)(a)"]),
    ("TN", "withheld under Tenn. Code Ann. § 10-7-504(f)", ["T.C.A. § 10-7-504(f)"]),
    ("KY", "exempt under KRS 61.878(1)(a)", ["KRS 61.878(1)(a)"]),
    ("KY", "withheld under K.R.S. 61.878 (1)(h) and KRS 17.150(2)", ["KRS 61.878(1)(h)", "KRS 17.150(2)"]),
    ("IN", "excepted under IC 5-14-3-4(b)(1)", ["IC 5-14-3-4(b)(1)"]),
    ("IN", "withheld per Ind. Code § 5-14-3-4(b)(6)", ["IC 5-14-3-4(b)(6)"]),
    ("NC", "confidential under G.S. 132-1.2", ["G.S. 132-1.2"]),
    ("NC", "withheld under N.C.G.S. § 132-1.4(a) and N.C. Gen. Stat. § 160A-168", ["G.S. 132-1.4(a)", "G.S. 160A-168"]),
    ("MD", "denied under GP § 4-351", ["GP § 4-351"]),
    ("MD", "withheld per Md. Code Ann., Gen. Prov. § 4-311", ["GP § 4-311"]),
    ("MD", "denied under General Provisions Article, § 4-344", ["GP § 4-344"]),
    ("SC", "exempt under S.C. Code § 30-4-40(a)(2)", ["S.C. Code § 30-4-40(a)(2)"]),
    ("SC", "exempt pursuant to Section 30-4-40(a)(3) of the South Carolina Code", ["S.C. Code § 30-4-40(a)(3)"]),
    ("IA", "confidential under Iowa Code § 22.7(11)", ["Iowa Code § 22.7(11)"]),
    ("IA", "withheld per Iowa Code section 22.7(5)", ["Iowa Code § 22.7(5)"]),
    ("KS", "closed under K.S.A. 45-221(a)(4)", ["K.S.A. 45-221(a)(4)"]),
    ("KS", "closed per KSA 45-221(a)(30)", ["K.S.A. 45-221(a)(30)"]),
    ("LA", "exempt under La. R.S. 44:3(A)(1)", ["La. R.S. 44:3(a)(1)"]),
    ("LA", "withheld per LRS 44:4.1", ["La. R.S. 44:4.1"]),
    ("NM", "withheld under NMSA 1978, § 14-2-1(D)", ["NMSA 1978, § 14-2-1(D)"]),
    ("NM", "exempt under NMSA Section 14-2-1(a)(4)", ["NMSA 1978, § 14-2-1(A)(4)"]),
    ("NE", "withheld under Neb. Rev. Stat. § 84-712.05(5)", ["Neb. Rev. Stat. § 84-712.05(5)"]),
    ("AR", "exempt under A.C.A. § 25-19-105(b)(12)", ["A.C.A. § 25-19-105(b)(12)"]),
    ("AR", "exempt under Ark. Code Ann. § 25-19-105(c)(1)", ["A.C.A. § 25-19-105(c)(1)"]),
    ("OK", "withheld under 51 O.S. § 24A.8", ["51 O.S. § 24A.8"]),
    ("OK", "withheld under Okla. Stat. tit. 51, § 24A.7", ["51 O.S. § 24A.7"]),
    ("ID", "exempt under Idaho Code § 74-106(1)", ["Idaho Code § 74-106(1)"]),
    ("HI", "withheld under HRS § 92F-13(1)", ["HRS § 92F-13(1)"]),
    ("HI", "withheld under Haw. Rev. Stat. § 92F-13(3)", ["HRS § 92F-13(3)"]),
    ("DE", "exempt under 29 Del. C. § 10002(o)(6)", ["29 Del. C. § 10002(o)(6)"]),
    ("RI", "exempt under R.I. Gen. Laws § 38-2-2(4)(D)", ["R.I. Gen. Laws § 38-2-2(4)(D)"]),
    ("VT", "exempt under 1 V.S.A. § 317(c)(5)", ["1 V.S.A. § 317(c)(5)"]),
    ("ME", "confidential under 1 M.R.S. § 402(3)(A)", ["1 M.R.S. § 402(3)(A)"]),
    ("ME", "confidential under 1 M.R.S.A. § 402(3)(B)", ["1 M.R.S. § 402(3)(B)"]),
    ("WV", "exempt under W. Va. Code § 29B-1-4(a)(2)", ["W. Va. Code § 29B-1-4(a)(2)"]),
    ("WV", "exempt per 29B-1-4(a)(8)", ["W. Va. Code § 29B-1-4(a)(8)"]),
    ("ND", "exempt under N.D.C.C. § 44-04-18.7", ["N.D.C.C. § 44-04-18.7"]),
    ("SD", "withheld under SDCL 1-27-1.5(5)", ["SDCL 1-27-1.5(5)"]),
    ("WY", "withheld under W.S. 16-4-203(d)(iii)", ["W.S. 16-4-203(d)(iii)"]),
    ("AK", "withheld under AS 40.25.120(a)(6)", ["AS 40.25.120(a)(6)"]),
    ("MS", "exempt under Miss. Code Ann. § 25-61-12", ["Miss. Code Ann. § 25-61-12"]),
    ("MS", "exempt under § 25-61-9", ["Miss. Code Ann. § 25-61-9"]),
]


@pytest.mark.parametrize(("state", "text", "expected"), POSITIVE, ids=[f"{c[0]}-{i}" for i, c in enumerate(POSITIVE)])
def test_state_citations_read_as_their_canonical_code(state: str, text: str, expected: list[str]) -> None:
    found = find_codes(text)
    assert [c.code for c in found] == expected
    assert {c.jurisdiction for c in found} == {state}
    assert {c.context for c in found} == {"cited"}


# the same numbers in another sense: none of these is an exemption
NEGATIVE: list[tuple[str, str]] = [
    ("contract clause", "Section 7.2(b) of the Agreement governs renewal."),
    ("contract clause", "as set out in Section 708(b)(2) of the Lease"),
    ("contract clause", "Section 13.82 of this Contract"),
    ("page range", "see pages 45-221 of the Plainfield annual report"),
    ("page", "Iowa Code annotated, page 22.7"),
    ("street address", "Deliver to 2472 Birchwood Road, Suite 204, Lakemont"),
    ("street address", "the office at 24-72 Cedar Lane"),
    ("MA other chapter", "under G.L. c. 40, § 7(26) the town may borrow"),
    ("MA other chapter", "G.L. c. 66, § 10 sets the response time"),
    ("MN other chapter", "a violation of Minn. Stat. § 169.14"),
    ("MI other section", "penalties under MCL 257.625"),
    ("MI access section", "a request under MCL 15.235"),
    ("MI other act", "Section 13(1)(a) of the Zoning Enabling Act"),
    ("MI section alone", "Section 13 of the FOIA sets out the exemptions"),
    ("WI access section", "requests under Wis. Stat. § 19.35(4)"),
    ("WI other chapter", "a violation of Wis. Stat. § 346.63"),
    ("OH access procedure", "as required by R.C. 149.43(B)(1), the records were provided"),
    ("OH other chapter", "under R.C. 4511.19 the driver was charged"),
    ("UT other chapter", "procured under Utah Code 63G-6a-802"),
    ("VA other section", "procured under Va. Code § 2.2-4303"),
    ("GA other section", "the request was answered within the time set by O.C.G.A. § 50-18-71"),
    ("CO other section", "the custodian's fee under C.R.S. 24-72-205"),
    ("CT access section", "the right to inspect under Conn. Gen. Stat. § 1-210(a)"),
    ("AR access section", "open to inspection under A.C.A. § 25-19-105(a)(1)(A)"),
    ("NH other section", "RSA 91-A:4 gives every citizen the right to inspect"),
    ("KY other section", "an appeal under KRS 61.880"),
    ("NC definition", "public records as defined in G.S. 132-1"),
    ("MD other title", "Md. Code Ann., Gen. Prov. § 5-501"),
    ("DE definition only", "the Act, 29 Del. C. § 10002, defines a public body"),
    ("NM access alone", "your request under NMSA 1978, § 14-2-1 is received"),
    ("VT access section", "the request under 1 V.S.A. § 318"),
    ("WY access section", "inspection under W.S. 16-4-202"),
    ("OK other section", "the fee under 51 O.S. § 24A.5"),
    ("decimal quantity", "the meter read 61.878 kWh and 22.7 gallons"),
    ("phone number", "call 149-433-2022 for the Fairhaven office"),
]


@pytest.mark.parametrize(("why", "text"), NEGATIVE, ids=[f"{c[0]}-{i}" for i, c in enumerate(NEGATIVE)])
def test_the_same_numbers_in_another_sense_are_not_exemptions(why: str, text: str) -> None:
    assert find_codes(text) == []


# the access statutes themselves and Minnesota's chapter 13 (which also rules collection and retention): an
# exemption only on a page about a records request, with a withholding word on the code's line
CONTEXT: list[tuple[str, list[str]]] = [
    ("Data request 4411\nThe names are private data under Minn. Stat. § 13.43.", ["Minn. Stat. § 13.43"]),
    ("Data Practices response\nwithheld under Minn. Stat. § 13.82, subd. 7", ["Minn. Stat. § 13.82, subd. 7"]),
    ("Data request 77\nHome addresses are private under Minn. Stat. 13.43 Subd. 5", ["Minn. Stat. § 13.43, subd. 5"]),
    ("Public records request 12\nexempt under A.R.S. § 39-121.01(D)(1)", ["A.R.S. § 39-121.01(d)(1)"]),
    ("Public records request 12\nredacted pursuant to NRS 239.010", ["NRS 239.010"]),
    ("Records request of Ms. Ferrow\nwithheld under Code of Ala. § 36-12-40", ["Code of Ala. § 36-12-40"]),
    ("Records request 88\nredacted as confidential under T.C.A. § 10-7-503(a)(2)(A)", ["T.C.A. § 10-7-503(a)(2)(a)"]),
    # the same citations on other pages: the statute is followed, nothing is withheld
    ("Minnesota Statutes, section 13.824, subdivision 3(a), requires data to be destroyed in 60 days.", []),
    ("The audit found compliance with Minn. Stat. § 13.824, subd. 7(c).", []),
    ("Data request 4411\nThe retention period is set by Minn. Stat. § 13.824.", []),
    ("Your request under A.R.S. § 39-121 was received on the fifth.", []),
    ("Public records request 12\nWe respond under NRS 239.0107 within five business days.", []),
]


@pytest.mark.parametrize(("text", "expected"), CONTEXT)
def test_statutes_that_are_exemptions_only_when_cited_as_one(text: str, expected: list[str]) -> None:
    assert [c.code for c in find_codes(text)] == expected


def test_a_code_alone_on_a_line_is_a_stamp() -> None:
    (code,) = find_codes("Reply to Delmont Township\nKRS 61.878(1)(a)\nthe rest of the page")
    assert (code.code, code.context) == ("KRS 61.878(1)(a)", "stamped")


def test_offsets_point_at_the_citation() -> None:
    text = "Names were redacted under RSA 91-A:5, IV. Nothing else."
    (code,) = find_codes(text)
    assert text[code.start : code.end] == "RSA 91-A:5, IV"


@pytest.mark.parametrize(
    ("code", "word"),
    [
        ("G.L. c. 4, § 7(26)(c)", "privacy"),
        ("MCL 15.243(1)(b)(ii)", "law enforcement"),  # nearest listed parent
        ("Wis. Stat. § 19.36(10)(d)", "personnel"),
        ("Utah Code 63G-2-305(10)", "enforcement"),
        ("R.C. 149.43(A)(1)(h)", "investigatory"),
        ("Va. Code § 2.2-3706(B)(10)", "criminal"),
        ("RSA 91-A:5, IV", "personnel"),
        ("C.R.S. 24-72-204(3)(a)(IV)", "trade secrets"),
        ("65 P.S. § 67.708(b)(10)(i)(A)", "predecisional"),
        ("Minn. Stat. § 13.82, subd. 7", "criminal investigative"),
        ("KRS 61.878(1)(a)", "privacy"),
    ],
)
def test_descriptions_of_state_codes(code: str, word: str) -> None:
    assert word in description(code)
