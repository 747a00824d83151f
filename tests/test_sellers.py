"""A sale's paper's seller (extract/letterheads.py `document_seller`) and the prices tied to it (extract/money.py),
table-driven with invented sellers, products and places: the seller is decided once per document from its
structure (letterhead, vendor field, remit-to), and a price goes to it unless its own line names another vendor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_extract_orgs import found

from foiakit.extract.org_forms import OrgMention
from foiakit.extract.sellers import document_seller, sales_document
from foiakit.model import Document, FileType, Page, SourceFile

TAMSIN_HEAD = """Tamsin Camera Works
1200 Harbor Road, Suite 4
Alder Falls, OR 97001
www.tamsincameraworks.com

{title}
Reference: 4471
Bill To: Town of Wexford Police Department

The kit works with Quillon Vision Inc. readers. Quillon Vision Inc. firmware 4.2 or later.
Quillon Vision Inc. cameras already installed stay in service.

"""


def _prices(tmp_path: Path, text: str) -> dict[str, str | None]:
    """Each price's amount → the vendor extraction tied it to."""
    return {
        f.normalized: json.loads(json.dumps(dict(f.detail))).get("vendor")
        for f in found(tmp_path, text, kinds=("price",))
    }


@pytest.mark.parametrize(
    ("title", "line", "amount", "vendor"),
    [
        # a sale's paper: its prices are its letterhead's, however often another company is mentioned
        ("QUOTE", "Installation and set-up            $1,200.00", "1200.00", "Tamsin Camera Works"),
        ("INVOICE", "Annual service plan              $4,410.00", "4410.00", "Tamsin Camera Works"),
        # a product on the line names its maker, not who sells it here
        ("QUOTE", "HailStorm upgrade kit   1   $4,500.00", "4500.00", "Tamsin Camera Works"),
        # a line that names another vendor keeps it
        ("INVOICE", "Freight by Harlow Signal Inc        $85.00", "85.00", "Harlow Signal"),
        # no sale's paper (a memo): the document's most-named vendor, as before
        ("MEMO", "Installation and set-up            $1,200.00", "1200.00", "Quillon Vision"),
    ],
)
def test_a_sales_papers_prices_go_to_its_seller(
    tmp_path: Path, title: str, line: str, amount: str, vendor: str
) -> None:
    prices = _prices(tmp_path, TAMSIN_HEAD.format(title=title) + line + "\n")
    assert prices[amount] == vendor, prices


def _document(first_page: str) -> Document:
    source = SourceFile(Path("doc.txt"), "doc.txt", "0" * 64, 1, FileType.TEXT)
    return Document(source=source, pages=(Page(1, first_page, False, ""),))


def _vendor(name: str, role: str | None, line: str = "") -> OrgMention:
    return OrgMention("vendor", name, 1, 0, len(name), name, line or name, "rule", 0.7, False, role=role)


def test_a_name_in_the_buyers_field_is_no_seller() -> None:
    document = _document("Brantwick Optics dba Brantwick Safety Invoice Number = INV-4471\n")
    mentions = [
        _vendor("Wexford Town", "seller", "Billing Company Name: Wexford Town PD Payment Terms: Net 30"),
        _vendor("Brantwick Safety", "dba", "Brantwick Optics dba Brantwick Safety Invoice Number = INV-4471"),
        _vendor("Wexford Town", "seller", "Notes: Wexford Town PD Phase 1"),  # the buyer, printed elsewhere too
        _vendor("Brantwick Safety", None, "billing@brantwicksafety.com or call 555-0100"),  # an address, no field
    ]
    assert document_seller(document, mentions) == "Brantwick Safety"
    assert document_seller(document, mentions[:1]) is None


@pytest.mark.parametrize(
    ("mentions", "seller"),
    [
        ([("Brantwick Optics", "sender"), ("Quillon Vision", None)], "Brantwick Optics"),
        # a vendor field outweighs a letterhead (a reseller's form printed on the maker's paper)
        ([("Brantwick Optics", "sender"), ("Kettlewell Labs", "seller")], "Kettlewell Labs"),
        # a remit-to and a letterhead of one name outweigh another's vendor field
        (
            [("Brantwick Optics", "sender"), ("Brantwick Optics", "payee"), ("Kettlewell Labs", "seller")],
            "Brantwick Optics",
        ),
        # a name counts each place once: repeating a signature does not make a seller
        (
            [("Harlow Signal", "signer"), ("Harlow Signal", "signer"), ("Brantwick Optics", "sender")],
            "Brantwick Optics",
        ),
        # two payees of a register weigh the same: no one seller
        ([("Brantwick Optics", "payee"), ("Kettlewell Labs", "payee")], None),
        ([("Brantwick Optics", None)], None),  # a passing mention is no seller
    ],
)
def test_the_seller_is_decided_once_by_structure(mentions: list[tuple[str, str | None]], seller: str | None) -> None:
    document = _document("Brantwick Optics\nINVOICE\nInvoice #: 4471\n")
    assert document_seller(document, [_vendor(name, role) for name, role in mentions]) == seller


@pytest.mark.parametrize(
    ("first_page", "is_sale"),
    [
        ("Brantwick Optics\nQuotation\nQuote #: 4471\n", True),
        ("Town of Wexford\nPURCHASE ORDER\nPO 2510\n", True),
        ("Kettlewell Labs\n\nOrder Form\n", True),
        ("Flockton Group Inc dba Flockton Safety Invoice Number = INV-61152\n", True),  # its number
        ("Kettlewell Labs\nSee the quote attached to my letter of May 4.\n", False),
        ("Town of Wexford\nRE: records request\n\nWe enclose the invoices you asked.\n", False),  # prose
        ("Town of Wexford\nMinutes of the Council\n", False),
    ],
)
def test_a_sales_paper_by_its_title(first_page: str, is_sale: bool) -> None:
    assert sales_document(_document(first_page)) is is_sale


PURCHASE_ORDER = """Purchase Order Page: 1 of 1
Procurement
100 West 10th Avenue Suite 400
Lakeport OR 97401
{label}
{name}
{address}
Item/Description Quantity UOM PO Price Extended Amt
Annual reader service 1.00 EA 4210.00 4210.00
Total Order 4210.00
"""


@pytest.mark.parametrize(
    ("label", "name", "address", "vendor"),
    [
        ("Supplier: 1000008226", "QUILLON VISION", "PO BOX 4410\nDALLAS TX 75312", "Quillon Vision"),
        ("Vendor:", "Kettlewell Labs", "12 Mill Road\nAlder Falls, OR 97001", "Kettlewell Labs"),
        ("Remit To:", "Brightfen Analytics", "PO BOX 4410\nAlder Falls, OR 97001", "Brightfen Analytics"),
        ("Supplier: 1000008226", "QUILLON VISION", "Net 30\nFOB Origin", None),  # no address under the name
        ("Notes:", "QUILLON VISION", "PO BOX 4410\nDALLAS TX 75312", None),  # no party's label
    ],
)
def test_a_purchase_orders_vendor_block_names_the_seller(
    tmp_path: Path, label: str, name: str, address: str, vendor: str | None
) -> None:
    text = PURCHASE_ORDER.format(label=label, name=name, address=address)
    findings = found(tmp_path, text, kinds=("vendor", "price"))
    sellers = {f.normalized for f in findings if f.kind == "vendor" and dict(f.detail).get("role") == "seller"}
    assert sellers == ({vendor} if vendor else set()), sellers
    prices = {f.normalized: dict(f.detail).get("vendor") for f in findings if f.kind == "price"}
    assert "4210.00" in prices  # "Total Order 4210.00": a money label, no sign
    if vendor:
        assert prices["4210.00"] == vendor


def _quote_pdf(path: Path) -> Path:
    """An invented quote whose price column prints its amounts without a currency sign, one a row."""
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=(612, 792))
    pdf.setFont("Helvetica", 10)
    for y, line in ((750, "Kettlewell Labs"), (736, "12 Mill Road"), (722, "Alder Falls, OR 97001")):
        pdf.drawString(72, y, line)
    pdf.drawString(72, 708, "www.kettlewelllabs.com")
    pdf.drawString(72, 680, "QUOTE")
    pdf.drawString(72, 666, "Prepared for the Town of Wexford Police Department")
    y = 630.0
    for description, amount in (
        ("Description", "Amount"),
        ("Reader licence (annual)", "4200.00"),
        ("Installation and training", "950.00"),
        ("Total", "5150.00"),
    ):
        pdf.drawString(72, y, description)
        pdf.drawRightString(540, y, amount)
        y -= 22
    pdf.save()
    return path


def test_a_money_column_without_a_sign(tmp_path: Path) -> None:
    from foiakit.extract import extract_document
    from foiakit.ingest import ingest
    from foiakit.ingest.discover import discover
    from foiakit.model import Settings

    settings = Settings(ocr_mode="never")
    document = ingest(discover([_quote_pdf(tmp_path / "quote.pdf")], tmp_path / "work").files[0], settings)
    prices = [f for f in extract_document(document, settings) if f.kind == "price"]
    assert {f.normalized: dict(f.detail).get("vendor") for f in prices} == {
        "4200.00": "Kettlewell Labs",
        "950.00": "Kettlewell Labs",
        "5150.00": "Kettlewell Labs",  # "Total": a money label
    }
    for f in prices:  # provenance: each amount where the page's text has it
        assert document.pages[f.page - 1].text[f.start : f.end].replace(",", "") == f.normalized
