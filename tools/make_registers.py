"""Generate synthetic payment registers of the layouts US local governments print, each with its truth.

    python tools/make_registers.py [--out /tmp/registers] [--seed 5]

Each layout is written from general knowledge of what an accounting product's report prints (column order, check
headers with invoice lines under them, GL distribution lines, vendor totals, page totals, VOID checks, names cut at
a column's width or wrapped over two lines), with INVENTED payees: companies with and without a legal form, people
(refunds, reimbursements), and public bodies ("County of X", "X Unified School District", a state department, a
state tax board). The PDFs are drawn with reportlab in invariant mode, so a seed gives the same bytes.

Beside each `<layout>.pdf` the script writes `<layout>.json`: the truth in the evaluation set's gold format (see
eval/README.md: companies are `vendors`, public bodies `agencies`, every payment and total a `price` whose `vendor`
is its row's company or null for a person or a public body), and `payees`: each payee with its kind (company,
person, body). Nothing generated is committed: tests/test_register_layouts.py writes them to a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

# Invented words: none is a real firm's or a real place's name.
_STEMS = (
    "Harrowfield",
    "Brightwater",
    "Kestrel",
    "Quarrystone",
    "Pellmont",
    "Ashgrove",
    "Tamberlin",
    "Crestmoor",
    "Wyndale",
    "Orrin",
    "Fallbrook",
    "Marrowind",
    "Coldspring",
    "Halvern",
    "Strandberg",
    "Lindqvist",
    "Ravensholt",
    "Oakhurst",
    "Tennick",
    "Varrow",
    "Gildersleeve",
    "Bramwell",
    "Corvane",
    "Dunhollow",
    "Emberly",
    "Fernholt",
)
_TRADES = (
    "Paving",
    "Office Supply",
    "Plumbing",
    "Electric",
    "Landscaping",
    "Engineering",
    "Uniform",
    "Tire & Auto",
    "Janitorial Supply",
    "Roofing",
    "Printing",
    "Communications",
    "Fire Equipment",
    "Water Systems",
    "Lumber",
    "Consulting Group",
    "Laboratories",
    "Auto Parts",
    "Fencing",
    "Signs",
    "Pest Control",
    "Concrete",
    "Glass",
)
_FORMS = ("LLC", "Inc", "Inc.", "Co", "Corp", "Company", "Ltd")
_GIVEN = ("Marisol", "Dennis", "Laura", "Gregory", "Anita", "Curtis", "Janet", "Raymond", "Sandra", "Victor")
_UNLISTED_GIVEN = ("Orsk", "Valdo", "Zeffiro", "Davro", "Tellan", "Quenby")  # given names the Census lists lack
_SURNAMES = ("Quennell", "Ostrander", "Pelletier", "Haverly", "Minwarde", "Trussell", "Borgmann", "Castellow")
_PLACES = ("Dunmore", "Ashby", "Kelloway", "Marlow Creek", "Pinecrest", "Redfern", "Sallow Bay", "Thornbury")
_STATES = ("Ohio", "Oregon", "Michigan", "Illinois", "Washington", "Colorado")
_DEPARTMENTS = ("Department of Revenue", "Department of Labor", "Department of Transportation")
_WORDS = ("MAINT", "SUPPLIES", "REPAIR", "SERVICE", "PARTS", "FUEL", "RENTAL", "TRAINING", "POSTAGE", "TESTING")


@dataclass(slots=True)
class Payee:
    name: str
    kind: str  # company, person, body


def payees(rng: random.Random, companies: int = 14, people: int = 3, bodies: int = 4) -> list[Payee]:
    """A register's payees: companies (most with a legal form), people and public bodies, in a shuffled order."""
    found: dict[str, Payee] = {}
    while len(found) < companies:
        name = f"{rng.choice(_STEMS)} {rng.choice(_TRADES)}"
        if rng.random() < 0.6:
            name += f"{',' if rng.random() < 0.3 else ''} {rng.choice(_FORMS)}"
        found.setdefault(name.split(",")[0].split()[0] + name.split()[-1], Payee(name, "company"))
    bodies_made = [
        f"County of {rng.choice(_PLACES)}",
        f"{rng.choice(_PLACES)} Unified School District",
        f"State of {rng.choice(_STATES)} {rng.choice(_DEPARTMENTS)}",
        "State Franchise Tax Board",
        f"City of {rng.choice(_PLACES)}",
        f"{rng.choice(_PLACES)} County Treasurer",
    ]
    found_list = list(found.values())
    found_list += [Payee(n, "body") for n in dict.fromkeys(bodies_made[:bodies])]
    people_made = {f"{rng.choice(_GIVEN)} {rng.choice(_SURNAMES)}" for _ in range(people * 3)}
    found_list += [Payee(n, "person") for n in sorted(people_made)[:people]]
    rng.shuffle(found_list)
    return found_list


def amount(rng: random.Random, high: int = 9000) -> Decimal:
    return Decimal(rng.randint(1200, high * 100)) / 100


def money(value: Decimal, sign: str = "") -> str:
    return f"{sign}{value:,.2f}"


def date(rng: random.Random) -> str:
    return f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/2024"


@dataclass(slots=True)
class Register:
    """A register being drawn: its lines (cells at x positions) and its truth."""

    name: str
    title: list[str]
    header: list[tuple[float, str, str]]  # (x, text, align "l" or "r")
    font: str = "Helvetica"
    size: float = 8
    rows_a_page: int = 44
    header_every_page: bool = True
    ruled: bool = False
    page_size: tuple[float, float] = letter
    page_totals: Callable[[list[Decimal]], list[tuple[float, str, str]]] | None = None
    lines: list[tuple[list[tuple[float, str, str]], Decimal | None]] = field(default_factory=list)
    prices: list[tuple[Decimal, str | None, int]] = field(default_factory=list)  # amount, company, line index
    seen: dict[str, str] = field(default_factory=dict)  # payee → kind
    breaks: set[int] = field(default_factory=set)  # lines that begin a new page whatever room is left

    def page_break(self) -> None:
        """The next line begins a new page (a report that prints one check a page)."""
        self.breaks.add(len(self.lines))

    def line(self, cells: list[tuple[float, str, str]], paid: Decimal | None = None) -> None:
        self.lines.append((cells, paid))

    def price(self, value: Decimal, payee: Payee | None) -> None:
        """A price on the line just added: tied to its payee when a company (a public body's or person's: null)."""
        company = payee.name if payee is not None and payee.kind == "company" else None
        self.prices.append((value, company, len(self.lines) - 1))
        if payee is not None:
            self.seen[payee.name] = payee.kind

    def draw(self, path: Path) -> dict:
        width, height = self.page_size
        c = canvas.Canvas(str(path), pagesize=self.page_size, invariant=1)
        page_of_line: dict[int, int] = {}
        page, index = 1, 0
        chunks: list[list[tuple[list[tuple[float, str, str]], Decimal | None]]] = []
        for at, printed in enumerate(self.lines):
            if not chunks or len(chunks[-1]) == self.rows_a_page or (at in self.breaks and chunks[-1]):
                chunks.append([])
            chunks[-1].append(printed)
        for number, chunk in enumerate(chunks, 1):
            y = height - 40
            c.setFont(self.font, self.size + 2)
            for title in self.title:
                c.drawCentredString(width / 2, y, title)
                y -= (self.size + 2) * 1.4
            c.setFont(self.font, self.size)
            c.drawRightString(width - 36, height - 40, f"Page {number} of {len(chunks)}")
            if self.header_every_page or number == 1:
                y -= 6
                _cells(c, self.header, y)
                if self.ruled:
                    c.line(36, y - 3, width - 36, y - 3)
                y -= self.size * 1.6
            page_amounts: list[Decimal] = []
            for cells, paid in chunk:
                _cells(c, cells, y)
                if self.ruled:
                    c.setLineWidth(0.3)
                    c.line(36, y - 3, width - 36, y - 3)
                page_of_line[index] = number
                page_amounts += [paid] if paid is not None else []
                index += 1
                y -= self.size * 1.5
            if self.page_totals is not None and page_amounts:
                total = sum(page_amounts, Decimal(0))
                _cells(c, self.page_totals([total]), y - 4)
                self.prices.append((total, None, -number))  # a page's total: a price of no one
            c.showPage()
            page += 1
        c.save()
        return self.truth(page_of_line)

    def truth(self, page_of_line: dict[int, int]) -> dict:
        companies = [n for n, k in self.seen.items() if k == "company"]
        bodies = [n for n, k in self.seen.items() if k == "body"]
        return {
            "kind": "ledger",
            "layout": self.name,
            "vendors": [{"name": n, "aliases": [], "role": "seller"} for n in companies],
            "agencies": [{"name": n, "aliases": [], "role": "party"} for n in bodies] + [_buyer(self.title)],
            "prices": [
                {
                    "amount": f"{v:.2f}",
                    "currency": "USD",
                    "period": "one-time",
                    "vendor": company,
                    "page": page_of_line.get(at, -at),
                    "context": "",
                }
                for v, company, at in self.prices
            ],
            "payees": [{"name": n, "kind": k} for n, k in self.seen.items()],
        }


def _buyer(title: list[str]) -> dict:
    return {"name": title[0].title().replace(" Of ", " of "), "aliases": [], "role": "buyer"}


def _cells(c: canvas.Canvas, cells: list[tuple[float, str, str]], y: float) -> None:
    for x, text, align in cells:
        (c.drawRightString if align == "r" else c.drawString)(x, y, text)


def cut(name: str, width: int) -> str:
    """A name in capitals cut at its column's width, as fixed-width reports print it."""
    return name.upper()[:width].rstrip(" ,")


def cut_payee(payee: Payee, width: int) -> Payee:
    """The payee as a report whose column is `width` letters wide names it (the truth is the printed name)."""
    return Payee(cut(payee.name, width), payee.kind)


# ---------------------------------------------------------------- layouts


def munis(rng: random.Random) -> Register:
    """Tyler Munis "AP Check Register": a check line (check no, date, vendor no, name, amount) and the invoice lines
    it pays beneath it, each with its own amount; VOID checks; a grand total."""
    r = Register(
        "munis_ap_check_register",
        ["CITY OF DUNMORE", "AP CHECK REGISTER"],
        [
            (36, "CHECK NO", "l"),
            (90, "CHECK DATE", "l"),
            (150, "VENDOR", "l"),
            (196, "NAME", "l"),
            (420, "INVOICE", "l"),
            (560, "AMOUNT", "r"),
        ],
        font="Courier",
        size=7.5,
    )
    check, total = 104200, Decimal(0)
    for payee in payees(rng):
        printed = cut_payee(payee, 30)
        invoices = [amount(rng, 3000) for _ in range(rng.randint(1, 3))]
        check += rng.randint(1, 3)
        paid = sum(invoices, Decimal(0))
        r.line(
            [
                (36, str(check), "l"),
                (90, date(rng), "l"),
                (150, f"{rng.randint(1000, 9999):06d}", "l"),
                (196, printed.name, "l"),
                (560, money(paid), "r"),
            ]
        )
        r.price(paid, printed)
        for value in invoices:
            r.line(
                [
                    (220, f"INV {rng.randint(10000, 99999)}", "l"),
                    (300, rng.choice(_WORDS), "l"),
                    (420, f"PO {rng.randint(2400, 2499)}", "l"),
                    (560, money(value), "r"),
                ]
            )
            r.price(value, printed)
        total += paid
        if rng.random() < 0.15:
            check += 1
            r.line([(36, str(check), "l"), (90, date(rng), "l"), (196, "** VOID **", "l"), (560, "0.00", "r")])
    r.line([(196, "TOTAL CHECKS", "l"), (560, money(total), "r")])
    r.price(total, None)
    return r


def caselle(rng: random.Random) -> Register:
    """Caselle "Check Register": the payee on the check's line in mixed case, its GL distribution lines beneath
    (account number, account name, amount), unruled."""
    r = Register(
        "caselle_check_register",
        ["Town of Ashby", "Check Register - Regular Checks"],
        [
            (36, "Check", "l"),
            (80, "Check Date", "l"),
            (140, "Payee", "l"),
            (360, "Description", "l"),
            (560, "Check Amount", "r"),
        ],
    )
    check = 30410
    for payee in payees(rng):
        gl = [amount(rng, 2500) for _ in range(rng.randint(1, 3))]
        paid = sum(gl, Decimal(0))
        check += 1
        r.line(
            [
                (36, str(check), "l"),
                (80, date(rng), "l"),
                (140, payee.name, "l"),
                (360, rng.choice(_WORDS).title(), "l"),
                (560, money(paid), "r"),
            ]
        )
        r.price(paid, payee)
        for value in gl:
            account = f"{rng.randint(10, 99)}-{rng.randint(4000, 4999)}-{rng.randint(100, 999)}"
            r.line([(150, account, "l"), (240, rng.choice(_WORDS).title(), "l"), (500, money(value), "r")])
            r.price(value, payee)
    return r


def bsa(rng: random.Random) -> Register:
    """BS&A "Check Register Report": one line an invoice (check date, bank, check, vendor code, vendor name cut at
    its column, description, amount), a check total under a check of several invoices, ruled."""
    r = Register(
        "bsa_check_register_report",
        ["CITY OF REDFERN", "CHECK REGISTER REPORT FOR CITY OF REDFERN"],
        [
            (36, "Check Date", "l"),
            (86, "Bank", "l"),
            (112, "Check", "l"),
            (150, "Vendor", "l"),
            (192, "Vendor Name", "l"),
            (330, "Description", "l"),
            (560, "Amount", "r"),
        ],
        size=7,
        ruled=True,
    )
    check = 55010
    for payee in payees(rng):
        printed = cut_payee(payee, 24)
        check += 1
        when, code = date(rng), f"{printed.name[:4].replace(' ', '')}{rng.randint(1, 99):02d}"
        invoices = [amount(rng, 2000) for _ in range(rng.randint(1, 2))]
        for value in invoices:
            r.line(
                [
                    (36, when, "l"),
                    (86, "GEN", "l"),
                    (112, str(check), "l"),
                    (150, code, "l"),
                    (192, printed.name, "l"),
                    (330, f"{rng.choice(_WORDS)} {rng.choice(_WORDS)}", "l"),
                    (560, money(value), "r"),
                ]
            )
            r.price(value, printed)
        if len(invoices) > 1:
            r.line([(330, "CHECK GEN " + str(check) + " TOTAL:", "l"), (560, money(sum(invoices, Decimal(0))), "r")])
            r.price(sum(invoices, Decimal(0)), printed)
    return r


def springbrook(rng: random.Random) -> Register:
    """Springbrook / New World "Warrant Register", landscape: warrant, date, vendor number, a narrow vendor name
    column whose long names wrap to a second line, invoice, description, amount; a page total."""
    r = Register(
        "springbrook_warrant_register",
        ["PINECREST COUNTY", "WARRANT REGISTER"],
        [
            (36, "Warrant", "l"),
            (86, "Date", "l"),
            (140, "Vendor", "l"),
            (180, "Vendor Name", "l"),
            (330, "Invoice", "l"),
            (400, "Description", "l"),
            (740, "Amount", "r"),
        ],
        page_size=landscape(letter),
        rows_a_page=34,
        page_totals=lambda t: [(400, "Page Total", "l"), (740, money(t[0]), "r")],
    )
    warrant = 900100
    for payee in payees(rng):
        warrant += 1
        value = amount(rng)
        name = payee.name.upper()
        first, rest = name, ""
        if len(name) > 22:  # the column holds 22 letters: the name wraps at a word
            words = name.split()
            cut_at = max(i for i in range(1, len(words)) if len(" ".join(words[:i])) <= 22)
            first, rest = " ".join(words[:cut_at]), " ".join(words[cut_at:])
        r.line(
            [
                (36, str(warrant), "l"),
                (86, date(rng), "l"),
                (140, str(rng.randint(100, 999)), "l"),
                (180, first, "l"),
                (330, str(rng.randint(1000, 9999)), "l"),
                (400, rng.choice(_WORDS) + " " + rng.choice(_WORDS), "l"),
                (740, money(value), "r"),
            ],
            value,
        )
        printed = Payee(name, payee.kind)
        r.price(value, printed)
        if rest:
            r.line([(180, rest, "l")])
    return r


def bills_list(rng: random.Random) -> Register:
    """Incode / Edmunds "Bills List" of a council packet: vendor name on its first line only, description,
    account, amount; a "Vendor Total:" under each vendor; a grand total."""
    r = Register(
        "edmunds_bills_list",
        ["TOWNSHIP OF THORNBURY", "BILLS LIST - COUNCIL MEETING"],
        [(36, "Vendor Name", "l"), (220, "Description", "l"), (360, "Account", "l"), (560, "Amount", "r")],
    )
    grand = Decimal(0)
    for payee in payees(rng):
        printed = cut_payee(payee, 32)
        lines = [amount(rng, 1500) for _ in range(rng.randint(1, 3))]
        for i, value in enumerate(lines):
            name = printed.name if i == 0 else ""
            r.line(
                [
                    (36, name, "l"),
                    (220, f"{rng.choice(_WORDS)} {rng.choice(_WORDS)}", "l"),
                    (360, f"4-01-{rng.randint(20, 45)}-{rng.randint(100, 999)}", "l"),
                    (560, money(value), "r"),
                ]
            )
            r.price(value, printed)
        subtotal = sum(lines, Decimal(0))
        r.line([(360, "Vendor Total:", "l"), (560, money(subtotal), "r")])
        r.price(subtotal, printed)
        grand += subtotal
    r.line([(360, "Grand Total:", "l"), (560, money(grand), "r")])
    r.price(grand, None)
    return r


def quickbooks(rng: random.Random) -> Register:
    """QuickBooks "Transaction List by Vendor": the vendor's name on a line of its own, its transactions beneath
    (type, date, num, memo, account, amount), "Total for <vendor>" after them."""
    r = Register(
        "quickbooks_transaction_list_by_vendor",
        ["Kelloway Public Library", "Transaction List by Vendor"],
        [
            (60, "Type", "l"),
            (110, "Date", "l"),
            (160, "Num", "l"),
            (200, "Memo", "l"),
            (330, "Account", "l"),
            (560, "Amount", "r"),
        ],
    )
    for payee in payees(rng):
        lines = [amount(rng, 1200) for _ in range(rng.randint(1, 3))]
        r.line([(40, payee.name, "l")])
        for value in lines:
            r.line(
                [
                    (60, "Check", "l"),
                    (110, date(rng), "l"),
                    (160, str(rng.randint(5000, 5999)), "l"),
                    (200, rng.choice(_WORDS).title(), "l"),
                    (330, "Operating Checking", "l"),
                    (560, money(value), "r"),
                ]
            )
            r.price(value, payee)
        r.line([(40, f"Total for {payee.name}", "l"), (560, money(sum(lines, Decimal(0))), "r")])
        r.price(sum(lines, Decimal(0)), payee)
    return r


def vendor_payments(rng: random.Random) -> Register:
    """An Excel "Vendor Payments" export printed to PDF: Vendor Name | Amount Paid in a ruled grid, a total row."""
    r = Register(
        "excel_vendor_payments",
        ["SALLOW BAY UNIFIED SCHOOL DISTRICT", "Vendor Payments FY2024"],
        [(40, "Vendor Name", "l"), (400, "Amount Paid", "r")],
        size=9,
        ruled=True,
    )
    total = Decimal(0)
    for payee in sorted(payees(rng, companies=18), key=lambda p: p.name):
        value = amount(rng, 40000)
        r.line([(40, payee.name, "l"), (400, money(value, "$"), "r")])
        r.price(value, payee)
        total += value
    r.line([(40, "Total", "l"), (400, money(total, "$"), "r")])
    r.price(total, None)
    return r


def pcard(rng: random.Random) -> Register:
    """A purchase-card log: cardholder (a person, no payee), transaction date, merchant (the payee, in capitals,
    often with a store number), amount, description."""
    r = Register(
        "purchase_card_log",
        ["CITY OF MARLOW CREEK", "PURCHASING CARD TRANSACTION LOG"],
        [
            (36, "Cardholder", "l"),
            (140, "Trans Date", "l"),
            (200, "Merchant Name", "l"),
            (410, "Amount", "r"),
            (430, "Description", "l"),
        ],
    )
    holders = [f"{g} {s}".upper() for g, s in zip(_GIVEN, _SURNAMES, strict=False)]
    for payee in payees(rng, companies=16, people=0, bodies=2):
        printed = cut_payee(payee, 28)
        for _ in range(rng.randint(1, 2)):
            value = amount(rng, 900)
            r.line(
                [
                    (36, rng.choice(holders), "l"),
                    (140, date(rng), "l"),
                    (200, printed.name, "l"),
                    (410, money(value), "r"),
                    (430, rng.choice(_WORDS), "l"),
                ]
            )
            r.price(value, printed)
    return r


def entity_register(rng: random.Random) -> Register:
    """Infinite Visions (Tyler) "Check Register by Checking Account": check number, check date, cleared, void, void
    date, entity id and "Entity Name" (the payee's column by that name), amount; a "Total without Voids:" per
    account."""
    r = Register(
        "infinite_visions_check_register",
        ["KELLOWAY COMMUNITY SCHOOL DISTRICT", "Check Register by Checking Account"],
        [
            (36, "Check Number", "l"),
            (100, "Check Date", "l"),
            (160, "Cleared", "l"),
            (196, "Void", "l"),
            (226, "Void Date", "l"),
            (276, "Entity ID", "l"),
            (330, "Entity Name", "l"),
            (570, "Amount", "r"),
        ],
    )
    check, total = 88120, Decimal(0)
    for payee in payees(rng):
        printed = cut_payee(payee, 40)
        paid = amount(rng, 6000)
        check += 1
        r.line(
            [
                (36, str(check), "l"),
                (100, date(rng), "l"),
                (276, f"{rng.randint(100, 99999):06d}", "l"),
                (330, printed.name, "l"),
                (570, money(paid), "r"),
            ]
        )
        r.price(paid, printed)
        total += paid
    r.line([(100, "Check Type Total:", "l"), (226, "Void Total:", "l"), (276, "0.00", "l"),
            (330, "Total without Voids:", "l"), (570, money(total), "r")])  # fmt: skip
    r.price(total, None)
    return r


def detail_check_register(rng: random.Random) -> Register:
    """A "Detail Check Register": each check a line of labelled cells ("Check Number: n  Check Date: d  Vendor: id
    NAME  Check Total: n"), its invoice lines beneath (invoice, date, description, account, amount) under a header of
    their own with no payee column."""
    r = Register(
        "detail_check_register",
        ["REDFERN PUBLIC SCHOOLS", "Detail Check Register"],
        [(36, "Checking Account: 3", "l")],
        page_size=landscape(letter),
        rows_a_page=30,
    )
    check, total = 51230, Decimal(0)
    for payee in payees(rng):
        printed = cut_payee(payee, 34)
        invoices = [amount(rng, 2500) for _ in range(rng.randint(1, 3))]
        paid = sum(invoices, Decimal(0))
        check += 1
        r.line(
            [
                (36, f"Check Number: {check}", "l"),
                (140, "Check Type: Check", "l"),
                (240, f"Check Date: {date(rng)}", "l"),
                (350, f"Vendor: {rng.randint(100, 99999):06d}", "l"),
                (430, printed.name, "l"),
                (640, "Check Total:", "l"),
                (750, money(paid), "r"),
            ]
        )
        r.price(paid, printed)
        r.line([(44, "Invoice Number", "l"), (120, "Invoice Date", "l"), (190, "Detail Description", "l"),
                (400, "Chart of Account Number", "l"), (750, "Detail Amount", "r")])  # fmt: skip
        for value in invoices:
            r.line(
                [
                    (44, f"{rng.randint(10000, 99999)}", "l"),
                    (120, date(rng), "l"),
                    (190, f"{rng.choice(_WORDS)} {rng.choice(_WORDS)}", "l"),
                    (400, f"10 {rng.randint(1000, 9999)} {rng.randint(1000, 2999)} 000 {rng.randint(100, 999)}", "l"),
                    (750, money(value), "r"),
                ]
            )
            r.price(value, printed)
        total += paid
    r.line([(350, "Checking Account ID: 3", "l"), (600, "Total without Voids:", "l"), (750, money(total), "r")])
    r.price(total, None)
    return r


def board_report(rng: random.Random) -> Register:
    """A board's accounts-payable report by vendor (Infinite Visions "Board Report"): per invoice a vendor line (name,
    invoice, invoice date, PO, amount; a person as "SURNAME, GIVEN") and its distribution lines (description, account,
    amount) beneath, a "Vendor Total:" under each vendor, a "Fund Total:"."""
    r = Register(
        "board_report_by_vendor",
        ["SALLOW BAY COMMUNITY SCHOOL", "Board Report"],
        [
            (36, "Vendor Name", "l"),
            (230, "Invoice", "l"),
            (300, "Invoice Date", "l"),
            (370, "PO Number", "l"),
            (570, "Amount", "r"),
        ],
    )
    fund = Decimal(0)
    for payee in payees(rng):
        printed = cut_payee(payee, 34)
        if payee.kind == "person":
            given, surname = payee.name.upper().split()
            printed = Payee(f"{surname}, {given}", "person")
        invoices = [[amount(rng, 1200) for _ in range(rng.randint(1, 3))] for _ in range(rng.randint(1, 2))]
        for lines in invoices:
            r.line(
                [
                    (36, printed.name, "l"),
                    (230, f"{rng.randint(10000, 99999)}", "l"),
                    (300, date(rng), "l"),
                    (370, f"{rng.randint(2400000, 2499999)}", "l"),
                    (570, money(sum(lines, Decimal(0))), "r"),
                ]
            )
            r.price(sum(lines, Decimal(0)), printed)
            for value in lines:
                r.line([(36, f"{rng.choice(_WORDS)} {rng.choice(_WORDS)}".title(), "l"),
                        (190, f"10 {rng.randint(1000, 9999)} {rng.randint(1000, 2999)} 000 612", "l"),
                        (470, money(value), "r")])  # fmt: skip
                r.price(value, printed)
        vendor_total = sum((sum(lines, Decimal(0)) for lines in invoices), Decimal(0))
        r.line([(400, "Vendor Total:", "l"), (570, money(vendor_total), "r")])
        r.price(vendor_total, printed)
        fund += vendor_total
    r.line([(400, "Fund Total:", "l"), (570, money(fund), "r")])
    r.price(fund, None)
    return r


def sorted_register(rng: random.Random) -> Register:
    """A school district's "Check Register by Vendor" sorted by the vendor's sort name (a company by its name's first
    word, a person by the surname) and printed as the name reads ("ORSK QUENNELL"): officials, coaches and
    reimbursements paid among the companies, half of them with a given name the Census lists lack."""
    r = Register(
        "sorted_check_register",
        ["WESTMERE COMMUNITY SCHOOL DISTRICT", "Check Register by Vendor"],
        [
            (36, "Check No", "l"),
            (90, "Check Date", "l"),
            (150, "Vendor No", "l"),
            (210, "Vendor Name", "l"),
            (560, "Amount", "r"),
        ],
    )
    people = [f"{given} {surname}" for given, surname in zip(_GIVEN[:4], _SURNAMES[:4], strict=True)]
    people += [f"{given} {surname}" for given, surname in zip(_UNLISTED_GIVEN[:4], _SURNAMES[4:], strict=True)]
    listed = [p for p in payees(rng, people=0) if p.kind == "company"] + [Payee(n, "person") for n in people]

    def sort_name(payee: Payee) -> str:
        return payee.name.split()[-1] if payee.kind == "person" else payee.name

    check = 88120
    for payee in sorted(listed, key=lambda p: sort_name(p).upper()):
        printed = cut_payee(payee, 34)
        for _ in range(rng.randint(1, 2)):
            paid = amount(rng, 1500 if payee.kind == "person" else 9000)
            check += 1
            r.line([(36, str(check), "l"), (90, date(rng), "l"), (150, f"{rng.randint(100, 99999):06d}", "l"),
                    (210, printed.name, "l"), (560, money(paid), "r")])  # fmt: skip
            r.price(paid, printed)
    return r


def memo_register(rng: random.Random) -> Register:
    """A city's "Check Register" in check order with a description column: officials' fees, mileage and refunds paid
    to people (printed "GIVEN SURNAME", most with a given name the Census lists lack) among payments to companies."""
    r = Register(
        "memo_check_register",
        ["CITY OF KELLOWAY", "Check Register"],
        [(36, "Check", "l"), (90, "Date", "l"), (150, "Payee", "l"), (360, "Description", "l"), (560, "Amount", "r")],
    )
    people = [f"{given} {surname}" for given, surname in zip(_UNLISTED_GIVEN[2:], _SURNAMES[2:6], strict=True)]
    people += [f"{_GIVEN[5]} {_SURNAMES[7]}"]
    listed = [p for p in payees(rng, people=0) if p.kind != "person"] + [Payee(n, "person") for n in people]
    rng.shuffle(listed)
    memos = ("MILEAGE REIMB", "OFFICIATING 5/22", "REFUND PERMIT FEE", "TRAVEL REIMBURSEMENT", "MEAL PER DIEM")
    check = 40210
    for payee in listed:
        printed = cut_payee(payee, 34)
        memo = rng.choice(memos) if payee.kind == "person" else f"{rng.choice(_WORDS)} {rng.choice(_WORDS)}"
        paid = amount(rng, 600 if payee.kind == "person" else 9000)
        check += 1
        r.line([(36, str(check), "l"), (90, date(rng), "l"), (150, printed.name, "l"), (360, memo, "l"),
                (560, money(paid), "r")])  # fmt: skip
        r.price(paid, printed)
    return r


# ---------------------------------------------------------------- round 7 (registers8): payees with no business word

_BARE_STEMS = ("TAMBERLIN", "CORVANE", "DUNHOLLOW", "EMBERLY", "FERNHOLT", "VARROW", "PELLMONT", "WYNDALE")
_BARE_NOUNS = ("HERON", "LANTERN", "BEACON", "CEDAR", "SUMMIT", "HARBOR", "MEADOW", "ANVIL")
_BARE_LEADS = ("NORTH", "BLUE", "IRON", "SILVER", "WEST", "GOLDEN", "RED", "STONE")
_ORDINALS = ("1ST", "3RD", "5TH", "7TH", "2ND")
_GOODS = (
    "OFFICE SUPPLIES",
    "LEGAL SERVICES",
    "JANITORIAL SERVICE",
    "VEHICLE REPAIR",
    "COPIER LEASE",
    "SOFTWARE MAINTENANCE",
    "PROFESSIONAL SERVICES",
    "WATER TREATMENT CHEM",
    "CONTRACTED SERVICES",
    "BUILDING MAINTENANCE",
)
_INITIAL_LETTERS = "BDGJKLMRTW"


def bare_payees(rng: random.Random, companies: int = 12, people: int = 3, bodies: int = 2) -> list[Payee]:
    """Payees as finance systems print them in capitals, most companies with no business word at all: one invented
    word ("CORVANE"), two plain words ("BLUE HERON"), initials ("J & R", "K & M LANTERN"), a letter and a figure
    ("A-1 HERON"), an ordinal ("3RD HARBOR"), a few with a trade or a legal form; people as "SURNAME, GIVEN I"
    (refunds, reimbursements); public bodies."""
    shapes = (
        lambda: rng.choice(_BARE_STEMS),
        lambda: f"{rng.choice(_BARE_LEADS)} {rng.choice(_BARE_NOUNS)}",
        lambda: f"{rng.choice(_INITIAL_LETTERS)} & {rng.choice(_INITIAL_LETTERS)}",
        lambda: f"{rng.choice(_INITIAL_LETTERS)} & {rng.choice(_INITIAL_LETTERS)} {rng.choice(_BARE_NOUNS)}",
        lambda: f"{rng.choice('ABCK')}-1 {rng.choice(_BARE_NOUNS)}",
        lambda: f"{rng.choice(_ORDINALS)} {rng.choice(_BARE_NOUNS)}",
        lambda: f"{rng.choice(_STEMS).upper()} {rng.choice(_TRADES).upper()}",
        lambda: f"{rng.choice(_STEMS).upper()} {rng.choice(_BARE_NOUNS)} {rng.choice(('LLC', 'INC', 'CO'))}",
    )
    found: dict[str, Payee] = {}
    turn = 0
    while len(found) < companies:
        name = shapes[turn % len(shapes)]()
        turn += 1
        found.setdefault(name, Payee(name, "company"))
    listed = list(found.values())
    bodies_made = [
        f"COUNTY OF {rng.choice(_PLACES).upper()}",
        f"{rng.choice(_PLACES).upper()} SCHOOL DISTRICT",
        f"STATE OF {rng.choice(_STATES).upper()}",
    ]
    listed += [Payee(n, "body") for n in dict.fromkeys(bodies_made[:bodies])]
    given, initials = list(_GIVEN), "ACEHJLMRST"
    rng.shuffle(given)
    listed += [
        Payee(f"{s.upper()}, {g.upper()} {rng.choice(initials)}", "person")
        for g, s in zip(given[:people], _SURNAMES[len(_SURNAMES) - people :], strict=True)
    ]
    rng.shuffle(listed)
    return listed


def new_world_check_detail(rng: random.Random) -> Register:
    """New World / Tyler "Check Register - Detail": a check line (check, date, the vendor number and name in one
    field "004120 CORVANE", the check's amount) and its distribution lines beneath (fund-account, a description that
    names goods, amount), a "Check Total:" under a check of several lines, repeated page headers, a report total."""
    r = Register(
        "new_world_check_detail",
        ["CITY OF THORNBURY", "Check Register - Detail"],
        [
            (36, "Check #", "l"),
            (86, "Date", "l"),
            (140, "Vendor", "l"),
            (330, "Account", "l"),
            (420, "Description", "l"),
            (570, "Amount", "r"),
        ],
        font="Courier",
        size=7.5,
        rows_a_page=40,
    )
    check, total = 70410, Decimal(0)
    for payee in bare_payees(rng):
        lines = [amount(rng, 2500) for _ in range(rng.randint(1, 3))]
        paid = sum(lines, Decimal(0))
        check += 1
        r.line(
            [
                (36, str(check), "l"),
                (86, date(rng), "l"),
                (140, f"{rng.randint(100, 9999):06d} {payee.name}", "l"),
                (570, money(paid), "r"),
            ]
        )
        r.price(paid, payee)
        for value in lines:
            account = f"{rng.choice((101, 201, 601))}-{rng.randint(4000, 4999)}-{rng.randint(100, 999)}"
            r.line([(330, account, "l"), (420, rng.choice(_GOODS), "l"), (570, money(value), "r")])
            r.price(value, payee)
        if len(lines) > 1:
            r.line([(420, "Check Total:", "l"), (570, money(paid), "r")])
            r.price(paid, payee)
        total += paid
    r.line([(330, "Report Total:", "l"), (570, money(total), "r")])
    r.price(total, None)
    return r


def skyward_check_register(rng: random.Random) -> Register:
    """Skyward "Check Register": type (CHK, ACH, EFT, WIRE), number, date, the payee with its vendor number after it
    ("BLUE HERON (V00412)"), a description column that names goods ("LEGAL SERVICES"), amount; a voided check
    ("VOID" and the amount less) reissued under a new number."""
    r = Register(
        "skyward_check_register",
        ["SALLOW BAY SCHOOL DISTRICT", "Check Register"],
        [
            (36, "Type", "l"),
            (70, "Number", "l"),
            (120, "Date", "l"),
            (170, "Payee", "l"),
            (380, "Description", "l"),
            (570, "Amount", "r"),
        ],
    )
    number, total = 66010, Decimal(0)
    for payee in bare_payees(rng):
        paid = amount(rng, 8000)
        number += 1
        kind = rng.choice(("CHK", "CHK", "ACH", "EFT", "WIRE"))
        named = f"{payee.name} (V{rng.randint(100, 9999):05d})"
        r.line(
            [
                (36, kind, "l"),
                (70, str(number), "l"),
                (120, date(rng), "l"),
                (170, named, "l"),
                (380, rng.choice(_GOODS), "l"),
                (570, money(paid), "r"),
            ]
        )
        r.price(paid, payee)
        total += paid
        if kind == "CHK" and rng.random() < 0.25:
            r.line(
                [
                    (36, "VOID", "l"),
                    (70, str(number), "l"),
                    (120, date(rng), "l"),
                    (170, named, "l"),
                    (380, "VOIDED CHECK", "l"),
                    (570, money(paid, "-"), "r"),
                ]
            )
            r.price(paid, payee)
            number += 1
            r.line(
                [
                    (36, kind, "l"),
                    (70, str(number), "l"),
                    (120, date(rng), "l"),
                    (170, named, "l"),
                    (380, "REISSUE", "l"),
                    (570, money(paid), "r"),
                ]
            )
            r.price(paid, payee)
    r.line([(170, "Report Total", "l"), (570, money(total), "r")])
    r.price(total, None)
    return r


def incode_vendor_heading(rng: random.Random) -> Register:
    """Incode "AP Check Register" by check: a heading line per payee (vendor number, name, check number, date) with
    no amount, its invoice lines beneath (invoice, date, a description naming goods, amount), and "CHECK TOTAL" under
    them; the lines below a heading up to the next heading are its payee's."""
    r = Register(
        "incode_vendor_heading",
        ["VILLAGE OF ASHBY", "A/P CHECK REGISTER"],
        [
            (36, "Vendor", "l"),
            (90, "Name", "l"),
            (300, "Invoice", "l"),
            (370, "Inv Date", "l"),
            (430, "Description", "l"),
            (570, "Amount", "r"),
        ],
    )
    check, total = 20310, Decimal(0)
    for payee in bare_payees(rng):
        lines = [amount(rng, 2000) for _ in range(rng.randint(1, 3))]
        check += 1
        r.line(
            [
                (36, f"{rng.randint(1, 9999):05d}", "l"),
                (90, payee.name, "l"),
                (300, f"CHECK {check}", "l"),
                (370, date(rng), "l"),
            ]
        )
        for value in lines:
            r.line(
                [
                    (300, str(rng.randint(1000, 99999)), "l"),
                    (370, date(rng), "l"),
                    (430, rng.choice(_GOODS), "l"),
                    (570, money(value), "r"),
                ]
            )
            r.price(value, payee)
        paid = sum(lines, Decimal(0))
        r.line([(430, "CHECK TOTAL", "l"), (570, money(paid), "r")])
        r.price(paid, payee)
        total += paid
    r.line([(430, "REPORT TOTAL", "l"), (570, money(total), "r")])
    r.price(total, None)
    return r


def bsa_invoice_landscape(rng: random.Random) -> Register:
    """BS&A "Invoice GL Distribution Report", landscape with many columns: vendor code, a narrow "Vendor Name" column
    (names cut at 18 letters) left of "Invoice", invoice date, due date, PO, GL number, description, amount, check
    number; the column header repeated on every page, a report total."""
    r = Register(
        "bsa_invoice_landscape",
        ["CHARTER TOWNSHIP OF REDFERN", "INVOICE GL DISTRIBUTION REPORT"],
        [
            (36, "Vendor Code", "l"),
            (90, "Vendor Name", "l"),
            (186, "Invoice", "l"),
            (240, "Inv Date", "l"),
            (290, "Due Date", "l"),
            (340, "PO", "l"),
            (380, "GL Number", "l"),
            (480, "Description", "l"),
            (690, "Amount", "r"),
            (710, "Check #", "l"),
        ],
        size=7,
        page_size=landscape(letter),
        rows_a_page=36,
    )
    total, check = Decimal(0), 41200
    for payee in bare_payees(rng):
        printed = cut_payee(payee, 18)
        code = f"{printed.name.replace(' ', '')[:5]}{rng.randint(1, 99):02d}"
        check += 1
        for _ in range(rng.randint(1, 2)):
            value = amount(rng, 3000)
            r.line(
                [
                    (36, code, "l"),
                    (90, printed.name, "l"),
                    (186, str(rng.randint(1000, 99999)), "l"),
                    (240, date(rng), "l"),
                    (290, date(rng), "l"),
                    (340, str(rng.randint(2400, 2499)), "l"),
                    (380, f"{rng.randint(101, 661)}-{rng.randint(100, 999)}-{rng.randint(700, 999)}.000", "l"),
                    (480, rng.choice(_GOODS), "l"),
                    (690, money(value), "r"),
                    (710, str(check), "l"),
                ]
            )
            r.price(value, printed)
            total += value
    r.line([(480, "TOTAL - ALL FUNDS", "l"), (690, money(total), "r")])
    r.price(total, None)
    return r


def munis_by_department(rng: random.Random) -> Register:
    """Munis "Expenditure Report by Fund/Department": a fund heading and department headings ("DEPT 4210 POLICE
    DEPARTMENT": a department is no payee), the payments under each (payee, check, date, description, amount), a
    department total and a fund total."""
    r = Register(
        "munis_by_department",
        ["COUNTY OF KELLOWAY", "EXPENDITURES BY FUND AND DEPARTMENT"],
        [(36, "Payee", "l"), (250, "Check", "l"), (300, "Date", "l"), (360, "Description", "l"), (570, "Amount", "r")],
        rows_a_page=46,
    )
    listed = bare_payees(rng, companies=14)
    departments = ("POLICE DEPARTMENT", "PUBLIC WORKS", "PARKS AND RECREATION", "FINANCE DEPARTMENT")
    check = 30550
    at = 0
    for fund in ("101 GENERAL FUND", "601 WATER FUND"):
        r.line([(36, f"FUND {fund}", "l")])
        fund_total = Decimal(0)
        for department in departments[:2] if fund.startswith("101") else departments[2:]:
            r.line([(50, f"DEPT {rng.randint(1000, 9999)} {department}", "l")])
            dept_total = Decimal(0)
            for payee in listed[at : at + 4]:
                paid = amount(rng, 4000)
                check += 1
                r.line(
                    [
                        (36, payee.name, "l"),
                        (250, str(check), "l"),
                        (300, date(rng), "l"),
                        (360, rng.choice(_GOODS), "l"),
                        (570, money(paid), "r"),
                    ]
                )
                r.price(paid, payee)
                dept_total += paid
            at += 4
            r.line([(250, "DEPARTMENT TOTAL", "l"), (570, money(dept_total), "r")])
            r.price(dept_total, None)
            fund_total += dept_total
        r.line([(250, "FUND TOTAL", "l"), (570, money(fund_total), "r")])
        r.price(fund_total, None)
    return r


def board_summary(rng: random.Random) -> Register:
    """A board packet's "Payments Summary": one line a payee (the payee and the total it was paid this period), people
    as "SURNAME, GIVEN I", a grand total; no check numbers, no dates."""
    r = Register(
        "board_summary",
        ["PINECREST FIRE PROTECTION DISTRICT", "SUMMARY OF PAYMENTS FOR BOARD APPROVAL"],
        [(60, "Payee", "l"), (420, "Total", "r")],
        size=9,
    )
    total = Decimal(0)
    for payee in sorted(bare_payees(rng, companies=16, people=4), key=lambda p: p.name):
        paid = amount(rng, 20000)
        r.line([(60, payee.name, "l"), (420, money(paid), "r")])
        r.price(paid, payee)
        total += paid
    r.line([(60, "TOTAL", "l"), (420, money(total), "r")])
    r.price(total, None)
    return r


def quickbooks_check_detail(rng: random.Random) -> Register:
    """QuickBooks "Check Detail": a check's line (type, num, date, name, the bank account, the amount paid), its split
    lines beneath with no name (item or account, memo, amount), and a "TOTAL" line under each check."""
    r = Register(
        "quickbooks_check_detail",
        ["Thornbury Water District", "Check Detail"],
        [
            (36, "Type", "l"),
            (106, "Num", "l"),
            (140, "Date", "l"),
            (196, "Name", "l"),
            (330, "Account", "l"),
            (450, "Memo", "l"),
            (570, "Paid Amount", "r"),
        ],
    )
    number = 7100
    accounts = ("Repairs & Maintenance", "Professional Fees", "Supplies", "Utilities", "Equipment Rental")
    for payee in bare_payees(rng, companies=13):
        lines = [amount(rng, 1800) for _ in range(rng.randint(1, 3))]
        paid = sum(lines, Decimal(0))
        number += 1
        kind = rng.choice(("Check", "Check", "Bill Pmt -Check"))
        r.line(
            [
                (36, kind, "l"),
                (106, str(number), "l"),
                (140, date(rng), "l"),
                (196, payee.name, "l"),
                (330, "Operating Account", "l"),
                (570, money(paid), "r"),
            ]
        )
        r.price(paid, payee)
        for value in lines:
            r.line([(330, rng.choice(accounts), "l"), (450, rng.choice(_GOODS).title(), "l"), (570, money(value), "r")])
            r.price(value, payee)
        r.line([(36, "TOTAL", "l"), (570, money(paid), "r")])
        r.price(paid, payee)
    return r


def caselle_wrapped_eft(rng: random.Random) -> Register:
    """A Caselle-style "Check Register" with EFT and wire payments: a narrow payee column whose long names wrap onto
    a second line, people as "SURNAME, GIVEN I", a check type column (CHK, EFT, WIRE), a page total."""
    r = Register(
        "caselle_wrapped_eft",
        ["TOWN OF MARLOW CREEK", "CHECK REGISTER - ALL BANKS"],
        [
            (36, "Number", "l"),
            (86, "Type", "l"),
            (120, "Date", "l"),
            (176, "Payee", "l"),
            (300, "Description", "l"),
            (570, "Amount", "r"),
        ],
        page_totals=lambda t: [(300, "Page Total", "l"), (570, money(t[0]), "r")],
        rows_a_page=40,
    )
    number = 12040
    listed = bare_payees(rng, companies=14)
    listed += [
        Payee(f"{rng.choice(_STEMS).upper()} {rng.choice(_BARE_NOUNS)} {t.upper()}", "company")
        for t in ("Water Systems", "Fire Equipment", "Janitorial Supply")
    ]
    rng.shuffle(listed)
    for payee in listed:
        number += 1
        value = amount(rng, 5000)
        first, rest = payee.name, ""
        if len(payee.name) > 22:  # the column holds 22 letters: the name wraps at a word
            words = payee.name.split()
            cut_at = max(i for i in range(1, len(words)) if len(" ".join(words[:i])) <= 22)
            first, rest = " ".join(words[:cut_at]), " ".join(words[cut_at:])
        r.line(
            [
                (36, str(number), "l"),
                (86, rng.choice(("CHK", "CHK", "EFT", "WIRE")), "l"),
                (120, date(rng), "l"),
                (176, first, "l"),
                (300, rng.choice(_GOODS), "l"),
                (570, money(value), "r"),
            ],
            value,
        )
        r.price(value, payee)
        if rest:
            r.line([(176, rest, "l")])
    return r


def businessplus_check_register(rng: random.Random) -> Register:
    """PowerSchool BusinessPLUS "Check Register": check line (check, date, vendor id, vendor name, check amount), the
    invoice lines it pays beneath (PO, invoice, a description naming goods, account, amount); people as "SURNAME,
    GIVEN I"; a voided check; a bank total."""
    r = Register(
        "businessplus_check_register",
        ["DUNMORE AREA SCHOOL DISTRICT", "CHECK REGISTER"],
        [
            (36, "Check No", "l"),
            (86, "Check Date", "l"),
            (146, "Vendor ID", "l"),
            (196, "Vendor Name", "l"),
            (570, "Check Amount", "r"),
        ],
        size=7.5,
    )
    check, total = 400120, Decimal(0)
    for payee in bare_payees(rng):
        lines = [amount(rng, 2200) for _ in range(rng.randint(1, 2))]
        paid = sum(lines, Decimal(0))
        check += 1
        r.line(
            [
                (36, str(check), "l"),
                (86, date(rng), "l"),
                (146, f"{rng.randint(1000, 99999)}", "l"),
                (196, payee.name, "l"),
                (570, money(paid), "r"),
            ]
        )
        r.price(paid, payee)
        for value in lines:
            r.line(
                [
                    (210, f"PO {rng.randint(24000, 24999)}", "l"),
                    (260, f"INV {rng.randint(100, 9999)}", "l"),
                    (330, rng.choice(_GOODS), "l"),
                    (440, f"10-{rng.randint(1000, 2999)}-{rng.randint(100, 999)}", "l"),
                    (520, money(value), "r"),
                ]
            )
            r.price(value, payee)
        total += paid
        if rng.random() < 0.15:
            check += 1
            r.line([(36, str(check), "l"), (86, date(rng), "l"), (196, "*** VOID ***", "l"), (570, "0.00", "r")])
    r.line([(196, "BANK TOTAL", "l"), (570, money(total), "r")])
    r.price(total, None)
    return r


# ---------------------------------------------------------------- round 7 (registers9): voids, given-name companies,
# a check a page, a payee's lines over a page break

_GIVEN_LEADS = ("GOLDEN", "MAX", "STERLING", "ROYAL", "JUNE", "ROSE", "GRANT", "DALE")  # given names in the lists


def given_name_companies(rng: random.Random, count: int = 4) -> list[Payee]:
    """Companies named by two plain words, the first a common given name ("GOLDEN SUMMIT", "MAX HARBOR"): only the
    register's evidence (an invoice number, many rows, an address) tells them from a person."""
    found: dict[str, Payee] = {}
    while len(found) < count:
        name = f"{rng.choice(_GIVEN_LEADS)} {rng.choice(_BARE_NOUNS)}"
        found.setdefault(name.split()[0], Payee(name, "company"))
    return list(found.values())


def people_printed(rng: random.Random, count: int, middle: bool) -> list[Payee]:
    """People as registers print them: "SURNAME, GIVEN" or "SURNAME GIVEN M" (a middle initial, no comma)."""
    given = list(_GIVEN)
    rng.shuffle(given)
    return [
        Payee(
            f"{s.upper()} {g.upper()} {rng.choice('ACEHJLMRST')}" if middle else f"{s.upper()}, {g.upper()}", "person"
        )
        for g, s in zip(given[:count], _SURNAMES[:count], strict=True)
    ]


def void_reissue_register(rng: random.Random) -> Register:
    """A ruled "Check Register" (check no, date, vendor name, invoice, amount): companies paid on several rows, some
    named by a given name and a plain word ("GOLDEN SUMMIT"), people as "SURNAME, GIVEN"; voided checks printed
    "*** VOID ***" with 0.00, each reissued under a new number to the same payee."""
    r = Register(
        "void_reissue_register",
        ["CITY OF PINECREST", "CHECK REGISTER"],
        [
            (36, "Check No", "l"),
            (96, "Date", "l"),
            (156, "Vendor Name", "l"),
            (380, "Invoice", "l"),
            (560, "Amount", "r"),
        ],
        size=8,
        ruled=True,
    )
    listed = given_name_companies(rng) + bare_payees(rng, companies=8, people=0, bodies=1)
    listed += people_printed(rng, 3, middle=False)
    rng.shuffle(listed)
    check = 31200
    for payee in listed:
        for _ in range(1 if payee.kind == "person" else rng.randint(2, 3)):
            check += 1
            if rng.random() < 0.2:
                r.line([(36, str(check), "l"), (96, date(rng), "l"), (156, "*** VOID ***", "l"), (560, "0.00", "r")])
                check += 1
            paid = amount(rng, 4000)
            invoice = "REIMB" if payee.kind == "person" else f"INV-{rng.randint(1000, 99999)}"
            r.line([(36, str(check), "l"), (96, date(rng), "l"), (156, payee.name, "l"), (380, invoice, "l"),
                    (560, money(paid), "r")])  # fmt: skip
            r.price(paid, payee)
    return r


def check_a_page(rng: random.Random) -> Register:
    """A "Check Detail" that prints one check a page: the column header, the check's line (check no, date, payee,
    the check's amount) and its distribution lines beneath (account, a description naming goods, amount), no payee
    on them."""
    r = Register(
        "check_a_page",
        ["TOWN OF KELLOWAY", "CHECK DETAIL"],
        [
            (36, "Check No", "l"),
            (96, "Check Date", "l"),
            (160, "Payee", "l"),
            (330, "Account", "l"),
            (430, "Description", "l"),
            (570, "Amount", "r"),
        ],
    )
    listed = bare_payees(rng, companies=8, people=1, bodies=1) + given_name_companies(rng, 2)
    check = 8800
    for payee in listed:
        lines = [amount(rng, 2500) for _ in range(rng.randint(2, 4))]
        paid = sum(lines, Decimal(0))
        check += 1
        r.page_break()
        r.line([(36, str(check), "l"), (96, date(rng), "l"), (160, payee.name, "l"), (570, money(paid), "r")])
        r.price(paid, payee)
        for value in lines:
            account = f"{rng.choice((100, 200, 510))}-{rng.randint(4000, 4999)}-{rng.randint(10, 99)}"
            r.line([(330, account, "l"), (430, rng.choice(_GOODS), "l"), (570, money(value), "r")])
            r.price(value, payee)
    return r


def _headed_over_pages(r: Register, rng: random.Random, listed: list[Payee], continued: bool, rows_a_page: int) -> None:
    """Payee headings (vendor number, name; no amount), each payee's invoice lines beneath and a "VENDOR TOTAL",
    pages of `rows_a_page` lines; a payee's lines cut by a page break go on under its heading printed again with
    "(continued)" when `continued`, else under nothing but the column header."""
    used = 0

    def put(cells: list[tuple[float, str, str]], heading: list[tuple[float, str, str]] | None) -> None:
        nonlocal used
        if used == rows_a_page:
            r.page_break()
            used = 0
            if heading is not None:
                r.line(heading)
                used += 1
        r.line(cells)
        used += 1

    for payee in listed:
        number = f"{rng.randint(1, 9999):05d}"
        again = [(36, number, "l"), (90, f"{payee.name} (continued)", "l")] if continued else None
        put([(36, number, "l"), (90, payee.name, "l")], None)
        lines = [amount(rng, 2000) for _ in range(rng.randint(2, 5))]
        for value in lines:
            put([(300, str(rng.randint(1000, 99999)), "l"), (370, date(rng), "l"), (430, rng.choice(_GOODS), "l"),
                 (570, money(value), "r")], again)  # fmt: skip
            r.price(value, payee)
        put([(430, "VENDOR TOTAL", "l"), (570, money(sum(lines, Decimal(0))), "r")], again)
        r.price(sum(lines, Decimal(0)), payee)


def heading_continued(rng: random.Random) -> Register:
    """An "AP Invoice List" by vendor: each payee's heading line and its invoice lines, which run over a page break
    under the heading printed again with "(continued)"."""
    r = Register(
        "heading_continued",
        ["VILLAGE OF REDFERN", "AP INVOICE LIST BY VENDOR"],
        [
            (36, "Vendor", "l"),
            (90, "Name", "l"),
            (300, "Invoice", "l"),
            (370, "Inv Date", "l"),
            (430, "Description", "l"),
            (570, "Amount", "r"),
        ],
        rows_a_page=999,
    )
    listed = bare_payees(rng, companies=10, people=1, bodies=1) + given_name_companies(rng, 2)
    rng.shuffle(listed)
    _headed_over_pages(r, rng, listed, continued=True, rows_a_page=17)
    return r


def warrant_void_given(rng: random.Random) -> Register:
    """A ruled "Warrant Register" (warrant, issue date, payee, its address, amount): companies named by a given name
    and a plain word printed with their address, people as "SURNAME GIVEN M", voided warrants "** VOIDED **" with
    0.00 and reissued."""
    r = Register(
        "warrant_void_given",
        ["SALLOW BAY COUNTY", "WARRANT REGISTER"],
        [
            (36, "Warrant", "l"),
            (96, "Issue Date", "l"),
            (156, "Payee", "l"),
            (330, "Address", "l"),
            (560, "Amount", "r"),
        ],
        size=8,
        ruled=True,
    )
    listed = given_name_companies(rng, 5) + bare_payees(rng, companies=7, people=0, bodies=1)
    listed += people_printed(rng, 3, middle=True)
    rng.shuffle(listed)
    warrant = 501100
    streets = ("MILL RD", "HARBOR AVE", "CEDAR ST", "RIVER PKWY", "INDUSTRIAL DR")
    for payee in listed:
        address = f"{rng.randint(100, 9999)} {rng.choice(streets)}"
        for _ in range(rng.randint(1, 2)):
            warrant += 1
            if rng.random() < 0.2:
                r.line([(36, str(warrant), "l"), (96, date(rng), "l"), (156, "** VOIDED **", "l"),
                        (560, "0.00", "r")])  # fmt: skip
                warrant += 1
            paid = amount(rng, 5000)
            r.line([(36, str(warrant), "l"), (96, date(rng), "l"), (156, payee.name, "l"), (330, address, "l"),
                    (560, money(paid), "r")])  # fmt: skip
            r.price(paid, payee)
    return r


def voucher_a_page(rng: random.Random) -> Register:
    """A "Payment Voucher Report" that prints one payment a page: the payee first on the payment's line (payee, check
    number, date, amount), its GL lines beneath (account, description in mixed case, amount), a "Check Total"."""
    r = Register(
        "voucher_a_page",
        ["ASHBY PUBLIC LIBRARY", "PAYMENT VOUCHER REPORT"],
        [
            (36, "Vendor Name", "l"),
            (230, "Check #", "l"),
            (290, "Date", "l"),
            (350, "GL Account", "l"),
            (570, "Amount", "r"),
        ],
    )
    listed = bare_payees(rng, companies=7, people=1, bodies=1) + given_name_companies(rng, 3)
    rng.shuffle(listed)
    check = 64100
    for payee in listed:
        lines = [amount(rng, 1500) for _ in range(rng.randint(2, 3))]
        paid = sum(lines, Decimal(0))
        check += 1
        r.page_break()
        r.line([(36, payee.name, "l"), (230, str(check), "l"), (290, date(rng), "l"), (570, money(paid), "r")])
        r.price(paid, payee)
        for value in lines:
            account = f"{rng.randint(10, 99)}.{rng.randint(400, 499)}.{rng.randint(100, 999)}"
            r.line([(350, account, "l"), (430, rng.choice(_GOODS).title(), "l"), (570, money(value), "r")])
            r.price(value, payee)
        r.line([(430, "Check Total", "l"), (570, money(paid), "r")])
        r.price(paid, payee)
    return r


def heading_runover(rng: random.Random) -> Register:
    """A "Vendor Invoice Register": each payee's heading line and its invoice lines, which run over a page break
    with no heading again: the next page's first lines follow only the column header."""
    r = Register(
        "heading_runover",
        ["MARLOW CREEK FIRE DISTRICT", "VENDOR INVOICE REGISTER"],
        [
            (36, "Vendor", "l"),
            (90, "Vendor Name", "l"),
            (300, "Invoice", "l"),
            (370, "Inv Date", "l"),
            (430, "Description", "l"),
            (570, "Amount", "r"),
        ],
        rows_a_page=999,
    )
    listed = bare_payees(rng, companies=10, people=1, bodies=1) + given_name_companies(rng, 2)
    rng.shuffle(listed)
    _headed_over_pages(r, rng, listed, continued=False, rows_a_page=16)
    return r


LAYOUTS: dict[str, Callable[[random.Random], Register]] = {
    f.__name__: f
    for f in (
        munis,
        caselle,
        bsa,
        springbrook,
        bills_list,
        quickbooks,
        vendor_payments,
        pcard,
        entity_register,
        detail_check_register,
        board_report,
        sorted_register,
        memo_register,
        new_world_check_detail,
        skyward_check_register,
        incode_vendor_heading,
        bsa_invoice_landscape,
        munis_by_department,
        board_summary,
        quickbooks_check_detail,
        caselle_wrapped_eft,
        businessplus_check_register,
        void_reissue_register,
        check_a_page,
        heading_continued,
        warrant_void_given,
        voucher_a_page,
        heading_runover,
    )
}


def make(out: Path, seed: int = 5, only: tuple[str, ...] = ()) -> dict[str, dict]:
    """Draw every layout (or `only` these) into `out`; each layout's truth by its file name."""
    out.mkdir(parents=True, exist_ok=True)
    truths: dict[str, dict] = {}
    for index, (name, layout) in enumerate(LAYOUTS.items()):
        if only and name not in only:
            continue
        register = layout(random.Random(seed * 100 + index))
        truth = register.draw(out / f"{register.name}.pdf")
        (out / f"{register.name}.json").write_text(json.dumps(truth, indent=1), encoding="utf-8")
        truths[f"{register.name}.pdf"] = truth
    return truths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/registers"))
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    for name in make(args.out, args.seed):
        print(args.out / name)


if __name__ == "__main__":
    main()
