"""Names found by a document's structure, not by a list: a form's fields ("Vendor Name: …", "Funding Agency
Name: …") and a payment register's payee column, whose rows' amounts are tied to their payee. Names and places
here are invented; none is in the shipped lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from foiakit.extract import extract_document
from foiakit.extract.fields import field_value
from foiakit.ingest import ingest
from foiakit.ingest.discover import discover
from foiakit.model import Document, FileType, Finding, Page, Settings, SourceFile

SETTINGS = Settings(ocr_mode="never")


def _document(text: str) -> Document:
    source = SourceFile(Path("form.txt"), "form.txt", "0" * 64, len(text), FileType.TEXT)
    return Document(source=source, pages=(Page(1, text, False, "text layer"),))


def _names(findings: list[Finding], kind: str) -> list[str]:
    return sorted({f.normalized for f in findings if f.kind == kind})


@pytest.mark.parametrize(
    ("line", "label", "value"),
    [
        ("Vendor Name: Quillmoor Tessellate", "Vendor Name:", "Quillmoor Tessellate"),
        ("Legal Business Name: BRANTWICK HOLLOW SYSTEMS", "Name:", "BRANTWICK HOLLOW SYSTEMS"),
        ("Agency ID: 4411 Agency Name: DEPT OF ALDER HARBOR", "Agency Name:", "DEPT OF ALDER HARBOR"),
        ("Agency ID: 4411 Agency Name: DEPT OF ALDER HARBOR", "Agency ID:", None),  # a number, then a label
        ("Payee: Ostrava Fence & Gate Co. Amount Paid: $1,200.00", "Payee:", "Ostrava Fence & Gate Co."),
        ("Contractor:\nPellingham-Vance Works\nAddress: 1 Main", "Contractor:", "Pellingham-Vance Works"),
        ("Contractor: Claim as used in paragraph (b) of", "Contractor:", None),  # a sentence is no name
        ("Vendor: 000123", "Vendor:", None),
        ("Vendor: N/A", "Vendor:", None),
    ],
)
def test_field_value(line: str, label: str, value: str | None) -> None:
    label_end = line.index(label) + len(label)
    span = field_value(line, label_end)
    assert (line[span[0] : span[1]] if span else None) == value


def test_form_fields_name_the_parties() -> None:
    text = (
        "Award Information\n"
        "Funding Agency ID: 4411 Funding Agency Name: OFFICE OF ALDER HARBOR WATERWORKS\n"
        "Legal Business Name: BRANTWICK HOLLOW SYSTEMS\n"
        "Street: 12 Kestrel Row\n"
        "Action Obligation: $48,210.50\n"
    )
    findings = list(extract_document(_document(text), SETTINGS))
    assert "Brantwick Hollow Systems" in _names(findings, "vendor")
    vendor = next(f for f in findings if f.kind == "vendor" and f.normalized == "Brantwick Hollow Systems")
    assert vendor.detail_dict["role"] == "seller" and vendor.method == "rule"
    assert text[vendor.start : vendor.end] == "BRANTWICK HOLLOW SYSTEMS"
    assert "Office of Alder Harbor Waterworks" in _names(findings, "agency")
    price = next(f for f in findings if f.kind == "price")
    assert price.normalized == "48210.50" and price.detail_dict["vendor"] == "Brantwick Hollow Systems"


def test_a_public_body_as_awardee_is_an_agency() -> None:
    findings = list(extract_document(_document("Legal Business Name: MARROWFIELD, CITY OF (INC)\n"), SETTINGS))
    assert _names(findings, "vendor") == []
    assert _names(findings, "agency") == ["Marrowfield, City of (Inc)"]


def _register_pdf(path: Path) -> Path:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=(612, 792))
    pdf.setFont("Helvetica", 9)
    pdf.drawString(72, 750, "Town of Marrowfield Check Register")
    rows = [
        ("Check No", "Date", "Vendor Number", "Vendor Name", "GL Account", "Amount"),
        ("10231", "01/04/2025", "00412", "QUILLMOOR TESSELLATE", "101-4410", "1,240.00"),
        ("10232", "01/04/2025", "00977", "OSTRAVA FENCE & GATE", "205-1100", "18,600.55"),
        ("10233", "01/09/2025", "01210", "PELLINGHAM-VANCE WORKS", "310-2040", "7,015.20"),
        ("10234", "01/09/2025", "00412", "QUILLMOOR TESSELLATE", "101-4410", "312.75"),
        ("", "", "", "Report Total", "", "27,168.50"),
    ]
    y = 720.0
    for row in rows:
        for x, cell in zip((40, 90, 145, 220, 390, 560), row, strict=True):
            if x == 560:
                pdf.drawRightString(x, y, cell)
            else:
                pdf.drawString(x, y, cell)
        y -= 16
    pdf.save()
    return path


def test_register_payees_are_vendors_with_their_amounts(tmp_path: Path) -> None:
    pdf = _register_pdf(tmp_path / "register.pdf")
    document = ingest(discover([pdf], tmp_path / "work").files[0], SETTINGS)
    findings = list(extract_document(document, SETTINGS))
    vendors = [f for f in findings if f.kind == "vendor" and f.method == "table"]
    assert sorted({f.normalized for f in vendors}) == [
        "Ostrava Fence & Gate",
        "Pellingham-Vance Works",
        "Quillmoor Tessellate",
    ]
    assert all(f.detail_dict["role"] == "payee" for f in vendors)
    ties = {f.normalized: f.detail_dict.get("vendor") for f in findings if f.kind == "price"}
    assert ties["1240.00"] == "Quillmoor Tessellate"
    assert ties["18600.55"] == "Ostrava Fence & Gate"
    assert ties["7015.20"] == "Pellingham-Vance Works"
    assert ties["312.75"] == "Quillmoor Tessellate"
    items = {f.normalized: f.detail_dict for f in findings if f.kind == "line_item"}
    assert items["7015.20"]["vendor"] == "PELLINGHAM-VANCE WORKS"
    assert items["27168.50"]["row_type"] == "total"


def _found(text: str) -> list[tuple[str, str]]:
    return sorted(
        {(f.kind, f.normalized) for f in extract_document(_document(text), SETTINGS) if f.kind in {"vendor", "agency"}}
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body and a company joined by "and" are two names
        (
            "This agreement is made between the Town of Wexbury and Kettle-Marsh Systems Inc. for radio repairs.",
            [("agency", "Town of Wexbury"), ("vendor", "Kettle-Marsh Systems")],
        ),
        # a bare reference to a body before "and" is no part of the company's name
        ("The City and Tamsin Paving Company signed the change order.", [("vendor", "Tamsin Paving")]),
        # an "and" inside a company's own name stays
        ("Bills from Wexford Gas and Electric Company arrive monthly.", [("vendor", "Wexford Gas and Electric")]),
        # a legal form makes a company even with an agency's head word in its name
        ("Quillon Marketing Agency, LLC will provide the mailers.", [("vendor", "Quillon Marketing Agency")]),
        # a street after a house number is an address, not a court
        ("Please mail the form to 1200 Alder Court, Wexbury.", []),
        # a capitalised sentence opener is no part of a name
        ("Should Agency terminate this agreement, the fees are due.", []),
        # a defined term naming a public party makes the name before it an agency
        (
            'The State University of Wexbury (the "University") agrees to the terms.',
            [("agency", "State University of Wexbury")],
        ),
    ],
)
def test_names_by_form_and_context(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Total Order 4210.00", "4210.00"),
        ("Amount Paid 918.40", "918.40"),
        ("Check Amount: 12,000.10", "12000.10"),
        ("Order No 4410.25", None),  # an identifier's label
    ],
)
def test_labelled_amounts_without_a_sign(text: str, amount: str | None) -> None:
    prices = [f.normalized for f in extract_document(_document(text), SETTINGS) if f.kind == "price"]
    assert prices == ([amount] if amount else [])


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("The Kettle-Marsh platform has logged over 2 billion detections, growing by 10 million a month.",
         "over 2 billion detections"),
        ("The camera system reads over 3,000 plates per minute.", "over 3,000 plates per minute"),
    ],
)  # fmt: skip
def test_a_system_led_sentence_with_a_count_is_a_claim(text: str, quantity: str) -> None:
    claims = [f for f in extract_document(_document(text), SETTINGS) if f.kind == "capability_claim"]
    assert len(claims) == 1 and quantity in claims[0].detail_dict["quantities"]


@pytest.mark.parametrize(
    ("text", "initialism", "name"),
    [
        ("The Wexbury Department of Public Works repaired the road.\nLater DPW closed it.", "DPW",
         "Wexbury Department of Public Works"),
        ("The Marrowfield Housing Authority met.\nThe HA ruled on Monday, and then MHA wrote.", "MHA",
         "Marrowfield Housing Authority"),
    ],
)  # fmt: skip
def test_an_initialism_without_the_place_is_the_body(text: str, initialism: str, name: str) -> None:
    found = [f for f in extract_document(_document(text), SETTINGS) if f.kind == "agency" and f.value == initialism]
    assert [f.normalized for f in found] == [name]


BID_TAB = (
    "Bid Tabulation: Radio Replacement\n"
    "Item Kettle-Marsh Systems Inc. Quillon Vision LLC Brantwick Radio Co.\n"
    "Portable radios $12,400.00 $11,950.00 $13,100.00\n"
    "Installation (unit, extended) $100.00 $1,200.00 $120.00 $1,440.00 $80.00 $960.00\n"
    "Total $13,600.00 $13,390.00 $14,060.00\n"
    "Award recommended to Quillon Vision LLC for $13,390.00.\n"
)


def test_a_bid_tabulation_gives_each_column_to_its_bidder() -> None:
    findings = list(extract_document(_document(BID_TAB), SETTINGS))
    assert _names(findings, "vendor") == ["Brantwick Radio", "Kettle-Marsh Systems", "Quillon Vision"]
    ties = [(f.normalized, f.detail_dict.get("vendor")) for f in findings if f.kind == "price"]
    assert ties[:12] == [
        ("12400.00", "Kettle-Marsh Systems"),
        ("11950.00", "Quillon Vision"),
        ("13100.00", "Brantwick Radio"),
        ("100.00", "Kettle-Marsh Systems"),  # a unit price and its extended total per bidder
        ("1200.00", "Kettle-Marsh Systems"),
        ("120.00", "Quillon Vision"),
        ("1440.00", "Quillon Vision"),
        ("80.00", "Brantwick Radio"),
        ("960.00", "Brantwick Radio"),
        ("13600.00", "Kettle-Marsh Systems"),
        ("13390.00", "Quillon Vision"),
        ("14060.00", "Brantwick Radio"),
    ]
    assert ties[12] == ("13390.00", "Quillon Vision")  # a sentence naming its vendor speaks for itself


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        ("Kettle Inc. Quillon LLC\n$1.00 $2.00\n", True),
        ("Kettle Inc. Quillon LLC\n\n\n$1.00 $2.00\n", True),  # blank lines between
        ("Kettle Inc. Quillon LLC\nno amounts here\n$1.00 $2.00\n", False),  # only the next line counts
        ("Kettle Inc. Quillon LLC", False),
    ],
)
def test_only_the_next_line_says_a_run_heads_a_price_table(text: str, heads: bool) -> None:
    # one line is read, never the page's rest: `make fuzz` found a page where copying the rest per name took 71 s
    from foiakit.extract.org_splits import heads_a_price_table as _heads_a_price_table

    assert _heads_a_price_table(text, text.index("LLC") + 3) is heads
