"""Extraction rules on real-looking sentences (text, expected) and on the sample release's facts."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from foiakit.cli import main
from foiakit.extract.capabilities import claim_parts
from foiakit.extract.money import find_prices
from foiakit.extract.organizations import classify
from foiakit.extract.secrecy import classify_sentence

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The estimated cost is between $6 and $12 a month.", [("6", "12", "month")]),
        ("A fee of Forty-two thousand dollars ($42,000.00) is due.", [("42000.00", "42000.00", None)]),
        ("$1,500–$2,000 per camera", [("1500", "2000", None)]),
        ("Annual Recurring Subtotal: $171,000.00", [("171000.00", "171000.00", "year")]),
        ("Check 01/04/2010 14425 ($9,423.80)", [("9423.80", "9423.80", None)]),
        ("Total: 342000.00 USD", [("342000.00", "342000.00", None)]),
        ("Total PO Amount 342000.00", [("342000.00", "342000.00", None)]),  # a labelled figure with cents
        ("Balance Due: 1,250.00", [("1250.00", "1250.00", None)]),
        ("1.00 EA 342000.00 342000.00 03/25/2025", []),  # no label, no currency: the line-item table's job
        ("Liability Limit Amount 1,000,000.00", []),
        ("Total pages 12", []),
        ("Commercial General Liability insurance limits of $1,000,000 per occurrence", []),
        ("1505 Fund Purchases Over $5,000", []),
        ("Call (206) 555-0143 about invoice 2017-1031, page 3, MRCSO-000012", []),
        # scale words: what a reporter quotes from a council memo or a press release
        ("The Harlow County pilot cost $250k over two years.", [("250000.00", "250000.00", None)]),
        ("a $1.2M award to Brightfen Labs", [("1200000.00", "1200000.00", None)]),
        ("Council approved $2 million for cameras", [("2000000.00", "2000000.00", None)]),
        ("valued at $1.125 billion", [("1125000000.00", "1125000000.00", None)]),
        ("between $100k and $150k per year", [("100000.00", "150000.00", "year")]),
        # the clause decides, not a window of characters: coverage named after the amount, a threshold beside it
        ("(v) Cyber Liability coverage with limits not less than the following: $3,000,000 each claim", []),
        ("Purchases by the Town of Wexford costing $2,500 or more need two quotes.", []),
        ("base lease, insurance and maintenance fees in May totaling: $12,410.22", [("12410.22", "12410.22", None)]),
        # a price table's rows need no currency sign; a quantity with its unit of measure is no price
        (
            "Item  Description        Qty   Rate     Amount\n1  Mount kit   4 EA   125.00   500.00\n"
            "Phone 555-0143  Ref 2024.10",
            [("125.00", "125.00", None), ("500.00", "500.00", None)],
        ),
        (
            "Check Date  Check No  Vendor Name   Amount\n01/05/2025  10442  HARLOW DATA GROUP  1,234.56",
            [("1234.56", "1234.56", None)],
        ),
        ("Dear Sir, the item was described and the total price is fine.\nRoom 12.50 wide", []),
        # a line that costs nothing is no price
        ("Implementation Fee 30 $0.00", []),
        ("Shipping Total 0.00", []),
    ],
)
def test_prices(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    found = [(low, high, detail["period"]) for _, _, low, high, detail in find_prices(text)]
    assert found == [(Decimal(a), Decimal(b), p) for a, b, p in expected]


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("Licence: €4.500 / EUR 12,000.00 per site", "12000.00", "EUR"),
        ("Annual fee £9,950 payable to Corrin Analytics Ltd", "9950", "GBP"),
        ("Quoted at CAD 18,400.00 by Tamsin Data Inc.", "18400.00", "CAD"),
        ("Total of 3,200 USD for the Wexford pilot", "3200", "USD"),
    ],
)
def test_price_currencies(text: str, amount: str, currency: str) -> None:
    found = {(low, detail["currency"]) for _, _, low, _, detail in find_prices(text)}
    assert (Decimal(amount), currency) in found


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Stratus Cloud Services , Inc.", "vendor"),
        ("Overwatch Solutions", "vendor"),
        ("Pen-Link , Ltd", "vendor"),
        ("Marrow Ridge County Sheriff 's Office", "agency"),
        ("City of Alder Falls Police Department", "agency"),
        ("Council of the District of Columbia", "agency"),
        ("Eugene PD", "agency"),
        ("Gang Investigations Division", "agency_unit"),
        ("Chief of Police", None),
        ("Senior Attorney Advisor", None),
        ("Sheriff Howard Lindqvist", None),
        ("Maintenance and Support of the Licensed Software", None),
        ("Drinker Biddle & Reath LLP", None),
        ("Professional Services", None),
        ("State of Oregon", None),
        ("the Board", None),
        ("State Circuit Court", None),
        ("Mayor and the Council", None),
        ("Department of Defense Federal Acquisition Regulation", None),
        ("Legal Department", "agency_unit"),
        ("Office of Legal Affairs", "agency_unit"),
        ("Department of Procurement", "agency"),
        ("Office of Administrative Hearings", "agency"),
        ("Office of Open Government", "agency"),
        ("City of Eugene", "agency"),
        ("Billing Company", None),
        # public schools and colleges are public bodies without an agency head noun
        ("Fenwick Middle School", "agency"),
        ("ALDER CREEK SCHOOL DIST # 12", "agency"),
        ("Tamsin Valley School District No. 4", "agency"),
        ("Marlow Community College", "agency"),
        ("Alder County Office of Education", "agency"),
        ("Wexbury Fire District", "agency"),
        ("Regents of the University of Wexford", "agency"),
        ("Brightpath Public Schools LLC", "vendor"),
        ("Corrin High School Booster Club", None),
    ],
)
def test_organization_forms(name: str, kind: str | None) -> None:
    assert classify(name.split()) == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("This Mutual Non-Disclosure Agreement is entered into on September 18, 2017.", "agreement"),
        ("Please keep the pricing under the NDA.", "reference"),
        ("The receiving party shall not disclose Confidential Information to any third party.", "clause"),
        ("CONFIDENTIAL - FOR CUSTOMER EVALUATION", None),
        ("This purchase is not covered by any non-disclosure agreement.", None),
        ("Information furnished under a claim that it is confidential is exempt.", None),
        ("Harlow Signal and the Town executed a Nondisclosure and Confidentiality Agreement.", "agreement"),
        ("All Proprietary Information shall be kept strictly confidential by the Town.", "clause"),
        ("Trade secret material will not be disclosed to other bidders by Kettle Systems.", "clause"),
        ("Non-public information obtained under this Order shall remain confidential.", "clause"),
        ("The Confidential Data is held in strict confidence by the Licensee.", "clause"),
        ("Each party shall not share the other's Confidential Information with any third party.", "clause"),
        # a legend that defers to the public records law states what the law lets out, not a duty of secrecy
        ("Marked as a trade secret, it shall not be disclosed except in accordance with the Public Records Act.", None),
        ("Confidential information will not be disclosed unless the Freedom of Information Act requires it.", None),
        ("The receiving party shall not disclose Confidential Information except as required by law.", "clause"),
        # the initialism with a word that makes it an agreement one signs ("NDA" also means New Drug Application)
        ("Attached is the signed NDA from Tamsin Road Data.", "reference"),
        ("The mutual NDA was signed by both parties on Friday.", "reference"),
        ("Please return the NDA for signature by Monday.", "reference"),
        ("The sponsor filed NDA 21-457 for the tablet.", None),
    ],
)
def test_nda_sentences(sentence: str, kind: str | None) -> None:
    verdict = classify_sentence(sentence)
    assert (verdict[0] if verdict else None) == kind


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        (
            "BUDGET CONTINUATION\nFunds are subject to appropriation.\nCONFIDENTIALITY OF INFORMATION\n"
            "The Vendor shall keep all information about residents of the Town of Wexford in strict confidence.",
            "CONFIDENTIALITY OF INFORMATION",
        ),
        (
            "11. Warranty.\n12. Confidentiality.\n12.1 Each party may receive information of the other; "
            "the Receiving Party shall protect it with reasonable care.",
            "Confidentiality",
        ),
        (
            "K. Non-Disclosure. Quillon Labs will not disclose any Harlow County data to third parties.",
            "Non-Disclosure",
        ),
        # numbered the way long contracts number them: "Section 12.", "ARTICLE IX -", "SECTION 7:"
        ("Section 12. Confidentiality.\nEach party shall not disclose the other's data.", "Confidentiality"),
        ("ARTICLE IX - NON-DISCLOSURE\nQuillon Labs shall not disclose Town data.", "NON-DISCLOSURE"),
        ("SECTION 7: PROPRIETARY INFORMATION\nIt is held in confidence by the Town.", "PROPRIETARY INFORMATION"),
        ("Section 12 Payment\nThe Town shall not disclose invoices early.", None),
        # an e-mail footer and a public-records warning are no duty of secrecy
        ("CONFIDENTIALITY NOTICE: This message is for its recipient only; do not disclose it.", None),
        ("Confidentiality\nAll records of the Lakeport Transit Authority may be released under the law.", None),
    ],
)
def test_nda_sections(text: str, heading: str | None) -> None:
    from foiakit.extract.secrecy import section_clauses

    found = [h for _, _, h in section_clauses(text)]
    assert found == ([heading] if heading else [])


@pytest.mark.parametrize(
    ("sentence", "is_claim", "quantity"),
    [
        (
            "Stratus Recognize can identify up to 100 people in a single image.",
            True,
            "up to 100 people in a single image",
        ),
        ("The service can search in real time against tens of millions of faces.", True, "tens of millions of faces"),
        ("The system can track persons of interest across city cameras in real time.", True, None),
        ("Stratus does not guarantee that the service could identify every person in low-light footage.", False, None),
        ("Can Stratus Recognize run on the deputies' phones?", False, None),
        ("The system must allow searches of license plates by partial plate.", False, None),
        # a question that lost its question mark to a line break
        ("• Does the system allow for searching capability for a vehicle description in the absence of a", False, None),
        # verbs inside names and headings are not claims
        ("Item/Description K FY25 FLOCK Automated License Plate Recognition (ALPR) Software 1.00 EA", False, None),
        ("Office of Legal Affairs (312) 745-5308 For your information, see the Public Access Counselor", False, None),
        ("Recognize faces in real time with Stratus.", True, None),
        # numeric marketing claims, superlatives and guarantees a reporter quotes
        (
            "The Quillon network logs over 2 billion detections, growing by 250 million a month.",
            True,
            "over 2 billion detections",
        ),
        ("Brightfen cameras carry a guaranteed 30-day runtime on one charge.", True, "30-day runtime"),
        ("Harrow Signal is the only vendor that reads plates from drones.", True, None),
        ("The Tamsin platform can read 3,000 plates per minute.", True, "3,000 plates per minute"),
        # a feature list's bullet opens with what the product does
        ("Enables investigators to search plates across every Harlow County camera.", True, None),
        # definitions and instructions to the reader are not claims
        ('1.4 "Footage" means still images and video captured by the Kestrel cameras.', False, None),
        ("• Identify any person involved in the accident that you saw was injured.", False, None),
        # duties, disclaimers and negations are not claims
        ("The Contractor shall identify every vehicle recorded by the cameras.", False, None),
        ("Kestrel disclaims any inability of the cameras to capture footage at night.", False, None),
        ("The system is not able to track vehicles across counties.", False, None),
        # a term defined inside a sentence whose opening quote was lost; a question; the records request
        ("Kestrel® Essentials” means access to the platform that identifies vehicles in real time.", False, None),
        ("Will the Kestrel platform identify vehicles in real time for the Town?", False, None),
        ("Your request for records of the system that identifies faces in real time is granted.", False, None),
        ("Responsive records on the cameras that recognize license plates are attached.", False, None),
        ("The Kestrel platform lets your officers identify vehicles in real time.", True, None),  # "your" alone
        ("IDENTIFY UP TO 40 PEOPLE IN A SINGLE FRAME WITH KESTREL VISION.", True, None),  # a headline in capitals
        ("Kestrel cameras read plates in real time. " * 30, False, None),  # a run-on past 800 characters
        # "the first" / "the only" rank only with what the vendor is first or only at
        ("Brightfen is the first agency-grade platform to detect drones.", True, None),
        ("Quillon is the first and only provider of aerial plate reading.", True, None),
        ("(a) The first source for finding employees to fill all jobs created under the contract.", False, None),
        ("The only remedy for a late delivery to Wexbury is a service credit.", False, None),
        ("The only reason we agreed to the Wexbury pilot was its price.", False, None),
        # a form's labels run together are no sentence
        ("Deployment dates: Quantity: Status: Data type collected: cameras that detect plates", False, None),
    ],
)
def test_claims(sentence: str, is_claim: bool, quantity: str | None) -> None:
    parts = claim_parts(sentence)
    assert (parts is not None) == is_claim
    if quantity:
        assert parts is not None and quantity in (parts["quantities"] or [])


@pytest.mark.parametrize(
    ("sentence", "named", "is_claim"),
    [
        # a vendor's own numbers, with the vendor named (or speaking as "we")
        ("Last year we drove over 125,000 miles on Lakeport's city streets.", False, True),
        ("Quillon has logged over 4 million miles across more than 20 cities.", True, True),
        # small counts and years are not what a reporter quotes
        ("Quillon delivered 12 cameras in 2019.", True, False),
        ("The Town of Wexford received 1,200 pages of records.", False, False),
    ],
)
def test_numeric_claims(sentence: str, named: bool, is_claim: bool) -> None:
    assert (claim_parts(sentence, named_subject=named) is not None) == is_claim


@pytest.mark.parametrize(
    ("sentence", "predicate"),
    [
        (
            "Stratus Recognize can identify up to 100 people in a single image.",
            "can identify up to 100 people in a single image",
        ),
        (
            "Our Wexford platform detects gunshots within 60 seconds; alerts go to dispatch.",
            "detects gunshots within 60 seconds",
        ),
    ],
)
def test_claim_is_a_readable_predicate(sentence: str, predicate: str) -> None:
    parts = claim_parts(sentence, frozenset({"Stratus Recognize"}))
    assert parts is not None and parts["predicate"] == predicate


@pytest.fixture(scope="module")
def sample_tables(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, str]]]:
    out = tmp_path_factory.mktemp("samples-extract")
    result = CliRunner().invoke(main, ["run", str(SAMPLES), "-o", str(out), "-j", "2"])
    assert result.exit_code == 0, result.output
    names = ("vendors", "agencies", "products", "prices", "line_items", "ndas", "claims", "findings")
    tables = {n: list(csv.DictReader(io.StringIO((out / f"{n}.csv").read_text(encoding="utf-8")))) for n in names}
    tables["_json"] = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    return tables


def test_samples_line_items_add_up(sample_tables: dict) -> None:
    """The proposal's price table, row by row, tied to the proposal's vendor and agency."""
    rows = [r for r in sample_tables["line_items"] if r["file"] == "stratus_pricing_proposal.pdf"]
    items = [(r["quantity"], r["unit_price"], r["total"], r["consistent"]) for r in rows if r["row_type"] == "item"]
    assert items == [
        ("12", "12.00", "144.00", "1"),
        ("12", "3.00", "36.00", "1"),
        ("1", "4500.00", "4500.00", "1"),
        ("1", "1200.00", "1200.00", "1"),
    ]
    total = [r["total"] for r in rows if r["row_type"] == "total"]
    assert total == ["5880.00"]
    assert {r["vendor"] for r in rows} == {"Stratus Cloud Services"}
    assert {r["agency"] for r in rows} == {"Marrow Ridge County Sheriff's Office"}
    assert all(r["page"] == "2" and r["quote"] for r in rows)


def test_samples_vendor_and_agencies(sample_tables: dict) -> None:
    assert [r["vendor"] for r in sample_tables["vendors"]] == ["Stratus Cloud Services"]
    agencies = {r["agency"] for r in sample_tables["agencies"]}
    assert {"Marrow Ridge County Sheriff's Office", "City of Alder Falls Police Department"} <= agencies
    vendor = sample_tables["vendors"][0]
    assert "Marrow Ridge County Sheriff's Office" in vendor["agencies"]


def test_samples_prices_point_to_their_page(sample_tables: dict) -> None:
    monthly = [r for r in sample_tables["prices"] if (r["amount_low"], r["amount_high"]) == ("6", "12")]
    assert {(r["file"], r["page"], r["period"]) for r in monthly} == {
        ("stratus_pricing_proposal.pdf", "2", "month"),
        ("email_thread_printed.pdf", "2", "month"),
    }
    proposal = next(r for r in monthly if r["file"] == "stratus_pricing_proposal.pdf")
    assert proposal["bates"] == "MRCSO-000002" and "between $6 and $12 a month" in proposal["quote"]
    assert proposal["vendor"] == "Stratus Cloud Services" and proposal["product"] == "Stratus Recognize"
    spelled = [r for r in sample_tables["prices"] if r["value"] == "($4,500.00)"]
    assert spelled and spelled[0]["period"] == "one-time"


def test_samples_ndas_and_claims(sample_tables: dict) -> None:
    ndas = sample_tables["ndas"]
    assert {r["file"] for r in ndas} >= {"mrcso_nda_signed_scan.pdf", "stratus_pricing_proposal.pdf"}
    scan = [r for r in ndas if r["file"] == "mrcso_nda_signed_scan.pdf" and r["type"] == "agreement"]
    assert scan and scan[0]["date"] == "September 18, 2017" and scan[0]["page"] == "1"
    claims = sample_tables["claims"]
    quantities = {q for r in claims for q in r["quantities"].split("; ") if q}
    assert {"up to 100 people in a single image", "tens of millions of faces", "99% accuracy"} <= quantities
    assert all(r["subject"] == "Stratus Recognize" for r in claims if r["file"] == "stratus_pricing_proposal.pdf")
    assert not any("does not guarantee" in r["quote"] for r in claims)


def test_every_finding_quotes_its_page(sample_tables: dict, tmp_path: Path) -> None:
    findings = sample_tables["_json"]
    assert len(findings) == len(sample_tables["findings"]) > 50
    assert all(isinstance(f["detail"], dict) for f in findings)
    for f in findings:
        assert f["file"] and f["sha256"] and f["page"] and f["method"]
        assert f["quote"] or (f["kind"] == "redaction" and f["detail"]["bbox"])  # a box hides its text
        if f["kind"] not in {"redaction", "bates", "nda"} and f["start"] is not None:
            assert f["quote"]


def test_extraction_keeps_no_page_docs_alive(tmp_path: Path) -> None:
    """Memory stays flat on long documents: no spaCy doc outlives its page (a cache once kept them all)."""
    import gc

    from spacy.tokens import Doc

    from foiakit.extract import extract_document
    from foiakit.model import Document, FileType, Page, Settings, SourceFile

    source = SourceFile(tmp_path / "long.txt", "long.txt", "0" * 64, 1, FileType.TEXT)
    pages = tuple(
        Page(n, f"Page {n}: the Marrow Ridge County Sheriff's Office paid $9 a month.", False, "") for n in range(1, 41)
    )
    extract_document(Document(source=source, pages=pages[:1]), Settings())  # builds the pipeline
    gc.collect()
    before = sum(isinstance(o, Doc) for o in gc.get_objects())
    extract_document(Document(source=source, pages=pages), Settings())
    gc.collect()
    assert sum(isinstance(o, Doc) for o in gc.get_objects()) <= before + 1


def test_extraction_is_the_same_whatever_the_hash_seed(tmp_path: Path) -> None:
    """Word lists load as sets; every choice made from them must not depend on PYTHONHASHSEED."""
    import subprocess
    import sys

    script = (
        "from pathlib import Path\n"
        "from foiakit.extract import extract_document\n"
        "from foiakit.model import Document, FileType, Page, Settings, SourceFile\n"
        "text = ('The Tamsin platform can read and identify 3,000 plates per minute and enables searches of faces. '\n"
        "        'Harrow Signal, Inc. is the only and the first vendor that reads plates from drones for $1.2M. '\n"
        "        'Harrow Signal has unmatched service, the first of its kind, and best-in-class support.')\n"
        "doc = Document(SourceFile(Path('x.txt'), 'x.txt', '0' * 64, 1, FileType.TEXT), (Page(1, text, False, ''),))\n"
        "for f in extract_document(doc, Settings()):\n"
        "    print(f.kind, f.normalized, f.start, f.end, sorted(dict(f.detail).items(), key=str))\n"
        "from foiakit.extract.capabilities import claim_parts\n"
        "print(claim_parts('Harrow Signal has unmatched service, the first of its kind, and best-in-class support.'))\n"
    )
    outputs = {
        seed: subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True,
            env={**__import__("os").environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("0", "1", "2", "3")
    }  # fmt: skip
    assert outputs["0"] and len(set(outputs.values())) == 1
