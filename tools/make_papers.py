"""Generate synthetic papers of a sale (invoices, quotes, purchase orders …) of the layouts a public body's release
holds, each with its truth.

    python tools/make_papers.py [--out /tmp/papers] [--seed 7]

Each layout is written from general knowledge of what a product or a vendor prints (QuickBooks's and Xero's
invoices, an ERP's purchase order with unit prices to four decimals and a "PO TOTAL", a quote, an estimate, a SaaS
order form with one-time and recurring sections, a rate card, a renewal invoice, a credit memo, an invoice whose
total is on its last page, a packing slip with no prices), with INVENTED sellers and buyers. The PDFs are drawn with
reportlab in invariant mode, so a seed gives the same bytes.

Beside each `<layout>.pdf` the script writes `<layout>.json`: the truth in the evaluation set's gold format (see
eval/README.md: the seller in `vendors`, the buyer in `agencies`, every price a `price` tied to the seller: unit
prices, line totals, subtotals, taxes, shipping, totals; never a quantity or a zero line). Nothing generated is
committed: tests/test_paper_layouts.py writes them to a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

# Invented words: none is a real firm's or a real place's name.
_SELLERS = (
    "Harrowgate Signal Systems LLC",
    "Brindlecombe Office Supply Inc.",
    "Quellmoor Technologies, Inc.",
    "Tamsworth Public Safety Solutions LLC",
    "Ostrava Fleet Services Co.",
    "Corvane Analytics Inc.",
    "Pellbrook Landscape Company",
    "Wyndale Radio Corp.",
    "Emberlyn Software LLC",
    "Fernholt Uniform Company",
    "Kesterby Laboratories Inc.",
    "Gildmere Printing LLC",
)
_BUYERS = (
    "City of Dunmore Falls",
    "Ashby County Sheriff's Office",
    "Town of Kelloway",
    "Marlow Creek Police Department",
    "Redfern Unified School District",
    "County of Sallow Bay",
    "Village of Thornbury",
    "Pinecrest Public Library",
    "City of Alder Springs",
    "Wexley County",
    "Harlan Ridge Fire District",
    "City of Osterfield",
)
_STREETS = ("Commerce Way", "Industrial Pkwy", "Market Street", "Quarry Road", "Lakeview Drive", "Harbor Blvd")
_TOWNS = ("Brandon Hills, OH 43017", "Easton Vale, OR 97301", "Millbrook, MI 48901", "Port Avery, WA 98501")
_GOODS = (
    "Body-worn camera kit",
    "Docking station, 8-bay",
    "Vehicle mount bracket",
    "Evidence storage license",
    "Installation and configuration",
    "Rugged tablet, 10 in.",
    "Annual support plan",
    "Training session, on site",
    "Antenna assembly",
    "Replacement battery pack",
    "Radio programming service",
    "Patrol LED light bar",
    "Toner cartridge, black",
    "Copy paper, case of 10 reams",
    "Field technician visit",
    "Network switch, 24-port",
)
CENT = Decimal("0.01")


def price(rng: random.Random, low: int = 20, high: int = 4000) -> Decimal:
    return Decimal(rng.randint(low * 100, high * 100)) / 100


def money(value: Decimal, sign: str = "", places: int = 2) -> str:
    return f"{sign}{value:,.{places}f}"


def address(rng: random.Random) -> tuple[str, str]:
    return f"{rng.randint(100, 9899)} {rng.choice(_STREETS)}", rng.choice(_TOWNS)


@dataclass(slots=True)
class Paper:
    """A paper being drawn on a canvas, with its truth: its seller, its buyer and its prices by page."""

    name: str
    kind: str
    seller: str
    buyer: str
    path: Path
    prices: list[tuple[Decimal, int, str]] = field(default_factory=list)  # amount, page, context
    page: int = 1
    y: float = 0.0
    font: str = "Helvetica"
    size: float = 9
    canvas: canvas.Canvas = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.canvas = canvas.Canvas(str(self.path), pagesize=letter, invariant=1)
        self.y = letter[1] - 48

    def text(self, x: float, value: str, align: str = "l", bold: bool = False, size: float | None = None) -> None:
        font = f"{self.font}-Bold" if bold and self.font == "Helvetica" else self.font
        self.canvas.setFont(font, size or self.size)
        draw = {"l": self.canvas.drawString, "r": self.canvas.drawRightString, "c": self.canvas.drawCentredString}
        draw[align](x, self.y, value)

    def row(self, cells: list[tuple[float, str, str]], bold: bool = False, step: float | None = None) -> None:
        """One line of cells (x, text, align), then down a line."""
        for x, value, align in cells:
            if value:
                self.text(x, value, align, bold)
        self.down(step)

    def down(self, step: float | None = None) -> None:
        self.y -= step if step is not None else self.size * 1.6

    def rule(self, x0: float = 40, x1: float = 572) -> None:
        self.canvas.setLineWidth(0.5)
        self.canvas.line(x0, self.y + self.size + 2, x1, self.y + self.size + 2)

    def box(self, x0: float, x1: float, rows: int) -> None:
        """A ruled grid's outline over the next `rows` lines (a header band drawn by a product's template)."""
        self.canvas.setLineWidth(0.5)
        self.canvas.rect(x0, self.y - 4 - (rows - 1) * self.size * 1.6, x1 - x0, rows * self.size * 1.6)

    def new_page(self) -> None:
        self.canvas.showPage()
        self.page += 1
        self.y = letter[1] - 48

    def price(self, value: Decimal, context: str = "") -> None:
        """A price printed on the current page: the seller's (a sale's paper sells only the seller's goods)."""
        self.prices.append((value, self.page, context))

    def truth(self) -> dict:
        self.canvas.save()
        return {
            "kind": self.kind,
            "layout": self.name,
            "pages": self.page,
            "vendors": [{"name": self.seller, "aliases": [], "role": "seller"}],
            "agencies": [{"name": self.buyer, "aliases": [], "role": "buyer"}],
            "prices": [
                {
                    "amount": f"{v:.2f}",
                    "currency": "USD",
                    "period": "one-time",
                    "vendor": self.seller,
                    "page": p,
                    "context": c,
                }
                for v, p, c in self.prices
            ],
        }


@dataclass(frozen=True, slots=True)
class Line:
    description: str
    quantity: int
    unit: Decimal

    @property
    def total(self) -> Decimal:
        return (self.unit * self.quantity).quantize(CENT, rounding=ROUND_HALF_UP)


def lines(rng: random.Random, count: int, high: int = 3000) -> list[Line]:
    goods = rng.sample(_GOODS, count)
    return [Line(g, rng.choice((1, 1, 2, 3, 4, 5, 6, 10, 12, 25)), price(rng, 15, high)) for g in goods]


def tax_of(value: Decimal, rate: str) -> Decimal:
    return (value * Decimal(rate) / 100).quantize(CENT, rounding=ROUND_HALF_UP)


def letterhead(p: Paper, rng: random.Random, title: str, right: bool = True) -> None:
    """The seller's name and address top left, the paper's title at the right (or centred below)."""
    street, town = address(rng)
    p.text(40, p.seller, bold=True, size=13)
    if right:
        p.text(572, title, "r", bold=True, size=18)
    p.down(16)
    p.text(40, street)
    p.down()
    p.text(40, town)
    p.down()
    p.text(40, f"({rng.randint(200, 989)}) 555-{rng.randint(1000, 9999)}")
    p.down(22)
    if not right:
        p.text(306, title, "c", bold=True, size=16)
        p.down(22)


def bill_to(p: Paper, rng: random.Random, label: str = "BILL TO", fields: list[tuple[str, str]] = ()) -> None:
    """A buyer's block under its label, with the paper's fields (number, date, terms) in a right-hand column."""
    street, town = address(rng)
    block = [label, p.buyer, "Attn: Accounts Payable", street, town]
    fields = list(fields)
    for index, value in enumerate(block):
        cells = [(40, value, "l")]
        if index < len(fields):
            cells += [(400, fields[index][0], "l"), (572, fields[index][1], "r")]
        p.row(cells, bold=index == 0)
    p.down(8)


def item_table(
    p: Paper,
    header: list[tuple[float, str, str]],
    items: list[Line],
    cells: Callable[[Line], list[tuple[float, str, str]]],
    ruled: bool = True,
    wrapped: str = "",
) -> Decimal:
    """A header line over one row per item (its description `wrapped` to a second line when given); each item's
    unit price and line total are prices. The items' sum."""
    if ruled:
        p.box(40, 572, 1)
    p.row(header, bold=True)
    for item in items:
        p.row(cells(item), step=p.size * 1.2 if wrapped else None)
        if wrapped:
            description_x = next(x for x, value, _ in cells(item) if value == item.description)
            p.row([(description_x, wrapped, "l")])
        p.price(item.unit, item.description)
        p.price(item.total, item.description)
        if ruled:
            p.rule()
    p.down(4)
    return sum((i.total for i in items), Decimal(0))


def totals(p: Paper, rows: list[tuple[str, Decimal]], x_label: float = 400, sign: str = "") -> None:
    for label, value in rows:
        p.row([(x_label, label, "l"), (572, money(value, sign), "r")], bold=label.upper().startswith("TOTAL"))
        if value:
            p.price(value, label)


# ---------------------------------------------------------------- layouts


def quickbooks_invoice(rng: random.Random, p: Paper) -> None:
    """QuickBooks Online's invoice: the company at the top left, INVOICE in colour at the right, BILL TO and the
    invoice's fields, a DATE / ACTIVITY / DESCRIPTION / QTY / RATE / AMOUNT table, SUBTOTAL, TAX, TOTAL, BALANCE
    DUE."""
    letterhead(p, rng, "INVOICE")
    number = f"{rng.randint(1001, 1999)}"
    bill_to(
        p,
        rng,
        "BILL TO",
        [("INVOICE #", number), ("DATE", "03/14/2025"), ("DUE DATE", "04/13/2025"), ("TERMS", "Net 30")],
    )
    items = lines(rng, 4)
    header = [
        (40, "DATE", "l"),
        (100, "ACTIVITY", "l"),
        (220, "DESCRIPTION", "l"),
        (420, "QTY", "r"),
        (490, "RATE", "r"),
        (572, "AMOUNT", "r"),
    ]
    subtotal = item_table(
        p,
        header,
        items,
        lambda i: [
            (40, "03/14/2025", "l"),
            (100, "Services", "l"),
            (220, i.description, "l"),
            (420, str(i.quantity), "r"),
            (490, money(i.unit), "r"),
            (572, money(i.total), "r"),
        ],
        ruled=False,
    )
    tax = tax_of(subtotal, "7.25")
    totals(p, [("SUBTOTAL", subtotal), ("TAX (7.25%)", tax), ("TOTAL", subtotal + tax)])
    p.row([(400, "BALANCE DUE", "l"), (572, money(subtotal + tax, "$"), "r")], bold=True)


def xero_invoice(rng: random.Random, p: Paper) -> None:
    """Xero's "TAX INVOICE": title at the top left, the buyer under it, the invoice's fields in a middle column
    and the seller's address at the right; Description / Quantity / Unit Price / Tax / Amount USD; Subtotal, TOTAL
    SALES TAX, TOTAL USD, then a payment advice with "Amount Due"."""
    p.text(40, "TAX INVOICE", bold=True, size=18)
    p.down(26)
    street, town = address(rng)
    right = [p.seller, *address(rng)]
    block = [p.buyer, street, town]
    fields = [
        ("Invoice Date", "12 Feb 2025"),
        ("Invoice Number", f"INV-{rng.randint(1000, 9999)}"),
        ("Reference", f"PO {rng.randint(24000, 24999)}"),
    ]
    for index in range(3):
        p.row(
            [
                (40, block[index], "l"),
                (250, fields[index][0], "l"),
                (330, fields[index][1], "l"),
                (430, right[index], "l"),
            ]
        )
    p.down(14)
    items = lines(rng, 3)
    subtotal = item_table(
        p,
        [
            (40, "Description", "l"),
            (360, "Quantity", "r"),
            (440, "Unit Price", "r"),
            (490, "Tax", "r"),
            (572, "Amount USD", "r"),
        ],
        items,
        lambda i: [
            (40, i.description, "l"),
            (360, f"{i.quantity}.00", "r"),
            (440, money(i.unit), "r"),
            (490, "8.25%", "r"),
            (572, money(i.total), "r"),
        ],
    )
    tax = tax_of(subtotal, "8.25")
    totals(p, [("Subtotal", subtotal), ("TOTAL SALES TAX 8.25%", tax), ("TOTAL USD", subtotal + tax)], 380)
    p.down(20)
    p.row([(40, "PAYMENT ADVICE", "l")], bold=True)
    p.row([(40, f"To: {p.seller}", "l"), (330, "Customer", "l"), (430, p.buyer, "l")])
    p.row([(330, "Amount Due", "l"), (430, money(subtotal + tax), "l")])


def vendor_quote(rng: random.Random, p: Paper) -> None:
    """A vendor's quote: letterhead, "QUOTE" with its number and expiry, Prepared For, a ruled table Line / Part
    Number / Description / Qty / Unit Price / Ext. Price, shipping, total, terms."""
    letterhead(p, rng, "QUOTE")
    bill_to(
        p,
        rng,
        "Prepared For:",
        [("Quote #:", f"Q-{rng.randint(20000, 29999)}"), ("Date:", "05/02/2025"), ("Valid Until:", "06/01/2025")],
    )
    items = lines(rng, 5)
    subtotal = item_table(
        p,
        [
            (40, "Line", "l"),
            (70, "Part Number", "l"),
            (150, "Description", "l"),
            (400, "Qty", "r"),
            (480, "Unit Price", "r"),
            (572, "Ext. Price", "r"),
        ],
        items,
        lambda i: [
            (40, str(items.index(i) + 1), "l"),
            (70, f"HS-{rng.randint(100, 999)}", "l"),
            (150, i.description, "l"),
            (400, str(i.quantity), "r"),
            (480, money(i.unit, "$"), "r"),
            (572, money(i.total, "$"), "r"),
        ],
        wrapped="Includes mounting hardware and a one-year warranty",
    )
    shipping = price(rng, 25, 300)
    totals(p, [("Subtotal:", subtotal), ("Shipping:", shipping), ("Total:", subtotal + shipping)], sign="$")
    p.down(10)
    p.row([(40, "Prices are firm for 30 days. Freight is FOB origin. Payment terms Net 30.", "l")])


def erp_purchase_order(rng: random.Random, p: Paper) -> None:
    """A government ERP's purchase order (Tyler Munis): the buyer's name as the letterhead, PURCHASE ORDER and
    its number, VENDOR and SHIP TO blocks side by side, LINE / QTY / UOM / DESCRIPTION / UNIT PRICE / EXTENDED
    PRICE with unit prices to four decimals, and "PO TOTAL"."""
    p.font = "Courier"
    p.size = 8
    p.text(40, p.buyer.upper(), bold=True, size=12)
    p.text(572, "PURCHASE ORDER", "r", size=12)
    p.down(14)
    p.text(40, "PURCHASING DIVISION")
    p.text(572, f"PO NUMBER: {rng.randint(2025000, 2025999)}", "r")
    p.down(22)
    street, town = address(rng)
    ship_street, ship_town = address(rng)
    p.row([(40, f"VENDOR: {rng.randint(10000, 99999)}", "l"), (320, "SHIP TO:", "l")])
    p.row([(40, p.seller.upper(), "l"), (320, p.buyer.upper(), "l")])
    p.row([(40, street.upper(), "l"), (320, ship_street.upper(), "l")])
    p.row([(40, town.upper(), "l"), (320, ship_town.upper(), "l")])
    p.row([(320, "DELIVER BY: 07/15/2025", "l")])
    p.down(10)
    items = lines(rng, 4, high=15000)
    p.rule()
    p.row([(470, "UNIT", "r"), (572, "EXTENDED", "r")], step=p.size * 1.1)  # the header over two lines
    p.row(
        [
            (40, "LINE", "l"),
            (80, "QTY", "r"),
            (90, "UOM", "l"),
            (120, "DESCRIPTION", "l"),
            (470, "PRICE", "r"),
            (572, "PRICE", "r"),
        ]
    )
    p.rule()
    for n, item in enumerate(items, 1):
        p.row(
            [
                (40, f"{n:04d}", "l"),
                (80, f"{item.quantity}.00", "r"),
                (90, "EA", "l"),
                (120, item.description.upper(), "l"),
                (470, money(item.unit, places=4), "r"),
                (572, money(item.total), "r"),
            ]
        )
        p.row([(120, "DELIVER TO PUBLIC SAFETY BLDG, ATTN: FLEET", "l")], step=p.size * 1.1)  # a wrapped line
        p.row([(120, f"GL: 100-{rng.randint(4000, 4999)}-{rng.randint(100, 999)}", "l")])
        p.price(item.unit, item.description)
        p.price(item.total, item.description)
    p.rule()
    total = sum((i.total for i in items), Decimal(0))
    p.row([(400, "PO TOTAL", "l"), (572, money(total), "r")])
    p.price(total, "PO TOTAL")
    p.down(20)
    p.row([(40, "AUTHORIZED SIGNATURE ______________________   PURCHASING AGENT", "l")])


def new_world_purchase_order(rng: random.Random, p: Paper) -> None:
    """A New World / Workday-like purchase order: fields as "Label: value" lines, "Supplier:" naming the seller,
    a table Item / Description / Quantity / Unit Cost / Line Amount (unit cost to four decimals), "Total Order
    Amount"."""
    p.text(306, p.buyer, "c", bold=True, size=13)
    p.down(16)
    p.text(306, "Purchase Order", "c", size=12)
    p.down(24)
    p.row([(40, f"Purchase Order Number: PO-{rng.randint(100000, 199999)}", "l"), (360, "Order Date: 08/04/2025", "l")])
    p.row([(40, f"Supplier: {p.seller}", "l"), (360, f"Supplier ID: S-{rng.randint(1000, 9999)}", "l")])
    p.row([(40, "Payment Terms: Net 30", "l"), (360, "Buyer: Procurement Services", "l")])
    p.down(12)
    items = lines(rng, 3, high=9000)
    subtotal = item_table(
        p,
        [
            (40, "Item", "l"),
            (70, "Description", "l"),
            (370, "Quantity", "r"),
            (470, "Unit Cost", "r"),
            (572, "Line Amount", "r"),
        ],
        items,
        lambda i: [
            (40, str(items.index(i) + 1), "l"),
            (70, i.description, "l"),
            (370, f"{i.quantity}", "r"),
            (470, money(i.unit, places=4), "r"),
            (572, money(i.total), "r"),
        ],
    )
    p.row([(360, "Total Order Amount", "l"), (572, money(subtotal, "$"), "r")], bold=True)
    p.price(subtotal, "Total Order Amount")


def renewal_invoice(rng: random.Random, p: Paper) -> None:
    """A software vendor's renewal invoice: a subscription period, one line of licences at a yearly rate, Total
    Due; the period is the paper's, not a price."""
    logo(p)
    p.text(572, "Renewal Invoice", "r", bold=True, size=16)
    p.down(40)
    bill_to(
        p,
        rng,
        "Invoice To:",
        [("Invoice No:", f"R-{rng.randint(50000, 59999)}"), ("Date:", "06/01/2025"), ("Terms:", "Net 45")],
    )
    p.row([(40, "Subscription Period: 07/01/2025 - 06/30/2026", "l")])
    p.down(6)
    seats = rng.choice((25, 40, 60))
    per_seat = price(rng, 90, 400)
    licences = Line(f"Annual subscription - {seats} users", seats, per_seat)
    support = Line("Premium support, annual", 1, price(rng, 500, 3000))
    subtotal = item_table(
        p,
        [(40, "Product", "l"), (340, "Qty", "r"), (450, "Price", "r"), (572, "Amount", "r")],
        [licences, support],
        lambda i: [
            (40, i.description, "l"),
            (340, str(i.quantity), "r"),
            (450, money(i.unit, "$"), "r"),
            (572, money(i.total, "$"), "r"),
        ],
    )
    totals(p, [("Total Due", subtotal)], sign="$")
    p.down(16)
    _, town = address(rng)
    p.row([(40, "Remit To:", "l")], bold=True)
    for value in (p.seller, "Lockbox 7731", town):
        p.row([(40, value, "l")])
    p.row([(40, f"Please make checks payable to {p.seller}. Questions: billing@example.com", "l")])


def logo(p: Paper) -> None:
    """A seller's logo drawn as shapes: its name is in no text layer."""
    p.canvas.setFillGray(0.3)
    p.canvas.circle(60, p.y - 8, 16, fill=1)
    p.canvas.rect(84, p.y - 20, 90, 24, fill=1)
    p.canvas.setFillGray(0)


def estimate(rng: random.Random, p: Paper) -> None:
    """A contractor's estimate: letterhead, ESTIMATE centred, Customer, labour and materials as two titled
    groups of one table (Item / Description / Hours or Qty / Rate / Amount), Estimate Total."""
    letterhead(p, rng, "ESTIMATE", right=False)
    bill_to(p, rng, "Customer:", [("Estimate #", f"E-{rng.randint(300, 999)}"), ("Date", "09/09/2025")])
    p.row(
        [(40, "Item", "l"), (90, "Description", "l"), (380, "Qty", "r"), (470, "Rate", "r"), (572, "Amount", "r")],
        bold=True,
    )
    total = Decimal(0)
    for group, count in (("Labor", 2), ("Materials", 3)):
        p.row([(40, group, "l")], bold=True)
        for n, item in enumerate(lines(rng, count, high=1500), 1):
            p.row(
                [
                    (40, f"{group[0]}{n}", "l"),
                    (90, item.description, "l"),
                    (380, str(item.quantity), "r"),
                    (470, money(item.unit), "r"),
                    (572, money(item.total), "r"),
                ]
            )
            p.price(item.unit, item.description)
            p.price(item.total, item.description)
            total += item.total
    p.down(6)
    totals(p, [("Estimate Total", total)], sign="$")
    p.down(10)
    p.row([(40, "This estimate is valid for 60 days. Work begins on signed acceptance.", "l")])


def order_form(rng: random.Random, p: Paper) -> None:
    """A SaaS order form: the buyer and seller as Customer / Provider fields, a One-Time Fees table and a Recurring
    Fees (Annual) table, each with its total, and the total of the first year."""
    letterhead(p, rng, "ORDER FORM")
    p.row([(40, "Customer:", "l"), (140, p.buyer, "l")])
    p.row([(40, "Provider:", "l"), (140, p.seller, "l")])
    p.row([(40, "Order Start Date:", "l"), (140, "10/01/2025", "l"), (330, "Term: 36 months", "l")])
    p.down(10)
    first_year = Decimal(0)
    for title, count in (("One-Time Fees", 2), ("Recurring Fees (Annual)", 3)):
        p.row([(40, title, "l")], bold=True)
        items = lines(rng, count, high=2500)
        subtotal = item_table(
            p,
            [(40, "Product", "l"), (360, "Qty", "r"), (460, "Fee", "r"), (572, "Total Fee", "r")],
            items,
            lambda i: [
                (40, i.description, "l"),
                (360, str(i.quantity), "r"),
                (460, money(i.unit), "r"),
                (572, money(i.total), "r"),
            ],
        )
        totals(p, [(f"Total {title.split(' (')[0]}", subtotal)], 360, "$")
        first_year += subtotal
        p.down(6)
    totals(p, [("Total Year 1 Fees", first_year)], 360, "$")


def rate_card(rng: random.Random, p: Paper) -> None:
    """A price sheet: services and their unit and rate, no quantities and no totals."""
    letterhead(p, rng, "2025 Price Sheet", right=False)
    p.row([(40, f"Pricing for {p.buyer}", "l")])
    p.down(8)
    p.row([(40, "Service", "l"), (330, "Unit", "l"), (572, "Rate", "r")], bold=True)
    units = ("per hour", "per visit", "each", "per month", "per unit")
    for service in rng.sample(_GOODS, 7):
        rate = price(rng, 40, 900)
        p.row([(40, service, "l"), (330, rng.choice(units), "l"), (572, money(rate), "r")])
        p.price(rate, service)
    p.down(8)
    p.row([(40, "Rates are effective January 1, 2025 through December 31, 2025.", "l")])


def multipage_invoice(rng: random.Random, p: Paper) -> None:
    """An invoice of many lines over three pages: the table's header on the first page only (the pages after it
    carry on with rows under the seller's name and the page number), "Continued" at the foot, the subtotal,
    freight, tax and total on the last page only."""
    items = [
        Line(f"{g} - lot {n}", rng.choice((1, 2, 5, 10)), price(rng, 10, 800))
        for n in range(1, 4)
        for g in rng.sample(_GOODS, 12)
    ]
    chunks = [items[i : i + 15] for i in range(0, len(items), 15)]
    number = f"{rng.randint(700000, 799999)}"
    for page, chunk in enumerate(chunks, 1):
        if page == 1:
            letterhead(p, rng, "INVOICE")
            bill_to(p, rng, "Sold To:", [("Invoice:", number), ("Date:", "11/03/2025"), ("Terms:", "Net 30")])
        else:
            p.row([(40, p.seller, "l"), (572, f"Invoice {number} - Page {page} of {len(chunks)}", "r")], bold=True)
            p.down(10)
        header = [(40, "Item", "l"), (80, "Description", "l"), (400, "Qty", "r"), (480, "Price", "r")]
        item_table(
            p,
            [*header, (572, "Extended", "r")] if page == 1 else [],
            chunk,
            lambda i: [
                (40, f"{items.index(i) + 1}", "l"),
                (80, i.description, "l"),
                (400, str(i.quantity), "r"),
                (480, money(i.unit), "r"),
                (572, money(i.total), "r"),
            ],
            ruled=False,
        )
        if page < len(chunks):
            p.row([(306, "Continued on next page", "c")])
            p.new_page()
    subtotal = sum((i.total for i in items), Decimal(0))
    freight = price(rng, 40, 400)
    tax = tax_of(subtotal, "6.00")
    totals(
        p,
        [("Subtotal", subtotal), ("Freight", freight), ("Sales Tax", tax), ("Invoice Total", subtotal + freight + tax)],
    )


def credit_memo(rng: random.Random, p: Paper) -> None:
    """A credit memo: the items returned with their credit in parentheses, a Total Credit."""
    letterhead(p, rng, "CREDIT MEMO")
    bill_to(
        p,
        rng,
        "Customer",
        [
            ("Credit Memo #", f"CM-{rng.randint(100, 999)}"),
            ("Date", "02/20/2025"),
            ("Original Invoice", f"{rng.randint(40000, 49999)}"),
        ],
    )
    items = lines(rng, 2, high=900)
    credit = item_table(
        p,
        [
            (40, "Item", "l"),
            (120, "Description", "l"),
            (380, "Qty", "r"),
            (470, "Unit Price", "r"),
            (572, "Amount", "r"),
        ],
        items,
        lambda i: [
            (40, f"RMA-{rng.randint(10, 99)}", "l"),
            (120, i.description, "l"),
            (380, str(i.quantity), "r"),
            (470, money(i.unit), "r"),
            (572, f"({money(i.total)})", "r"),
        ],
    )
    p.row([(400, "Total Credit", "l"), (572, f"(${money(credit)})", "r")], bold=True)
    p.price(credit, "Total Credit")
    p.row([(40, "This credit will be applied to your next invoice.", "l")])


def packing_slip(rng: random.Random, p: Paper) -> None:
    """A packing slip: what shipped, ordered and shipped quantities, no prices at all."""
    letterhead(p, rng, "PACKING SLIP")
    bill_to(
        p,
        rng,
        "Ship To:",
        [("Order #:", f"SO-{rng.randint(10000, 99999)}"), ("Ship Date:", "04/22/2025"), ("Carrier:", "Ground")],
    )
    p.row(
        [
            (40, "Item", "l"),
            (120, "Description", "l"),
            (420, "Ordered", "r"),
            (500, "Shipped", "r"),
            (572, "Back Order", "r"),
        ],
        bold=True,
    )
    for item in lines(rng, 5):
        p.row(
            [
                (40, f"SKU-{rng.randint(1000, 9999)}", "l"),
                (120, item.description, "l"),
                (420, str(item.quantity), "r"),
                (500, str(item.quantity), "r"),
                (572, "0", "r"),
            ]
        )
    p.down(8)
    p.row([(40, f"Total pieces: {rng.randint(10, 60)}      Weight: {rng.randint(3, 90)}.5 lb", "l")])


# layout → (its kind, its function); the two halves: rules were written from WRITTEN_FROM, HELD_OUT checks them
LAYOUTS: dict[str, tuple[str, Callable[[random.Random, Paper], None]]] = {
    "quickbooks_invoice": ("invoice", quickbooks_invoice),
    "xero_invoice": ("invoice", xero_invoice),
    "vendor_quote": ("quote", vendor_quote),
    "erp_purchase_order": ("purchase_order", erp_purchase_order),
    "new_world_purchase_order": ("purchase_order", new_world_purchase_order),
    "renewal_invoice": ("invoice", renewal_invoice),
    "estimate": ("quote", estimate),
    "order_form": ("quote", order_form),
    "rate_card": ("other", rate_card),
    "multipage_invoice": ("invoice", multipage_invoice),
    "credit_memo": ("invoice", credit_memo),
    "packing_slip": ("other", packing_slip),
}
WRITTEN_FROM = (
    "quickbooks_invoice",
    "vendor_quote",
    "erp_purchase_order",
    "order_form",
    "multipage_invoice",
    "packing_slip",
)
HELD_OUT = tuple(name for name in LAYOUTS if name not in WRITTEN_FROM)


def make(out: Path, seed: int = 7, only: tuple[str, ...] = ()) -> dict[str, dict]:
    """Draw every layout (or `only` these) into `out`; each layout's truth by its file name."""
    out.mkdir(parents=True, exist_ok=True)
    truths: dict[str, dict] = {}
    for index, (name, (kind, layout)) in enumerate(LAYOUTS.items()):
        if only and name not in only:
            continue
        rng = random.Random(seed * 100 + index)
        paper = Paper(name, kind, _SELLERS[index], _BUYERS[index], out / f"{name}.pdf")
        layout(rng, paper)
        truth = paper.truth()
        (out / f"{name}.json").write_text(json.dumps(truth, indent=1), encoding="utf-8")
        truths[f"{name}.pdf"] = truth
    return truths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/papers"))
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    for name in make(args.out, args.seed):
        print(args.out / name)


if __name__ == "__main__":
    main()
