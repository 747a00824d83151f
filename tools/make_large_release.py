"""A large synthetic FOIA release for `make bench-large`: born-digital contracts, invoices with price tables and
printed email threads as PDFs, and a share of scanned documents made by rasterizing such pages (no text layer
but a Bates stamp, as agencies' processing systems leave them). Deterministic: the same arguments give the
same files, byte for byte (a fixed seed, reportlab's invariant mode). Written to the folder given; never
committed.

    python tools/make_large_release.py OUT [--pages 10000] [--scan-share 0.05] [--seed 16]
"""

from __future__ import annotations

import argparse
import io
import json
import random
import textwrap
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parents[1]
WIDTH, HEIGHT = letter
LINES_PER_PAGE = 44
SCAN_DPI = 150

# Made-up names beside names from foiakit's own lists, so both the gazetteer and the rules have work to do.
INVENTED_VENDORS = [
    "Stratus Cloud Services, Inc.",
    "Kettle-Marsh Systems, LLC",
    "Bright Harbor Analytics Corp.",
    "Quillon Data Group, Inc.",
    "Northgate Imaging LLC",
]
INVENTED_AGENCIES = [
    "Marrow Ridge County Sheriff's Office",
    "City of Alder Falls Police Department",
    "Lane Valley Department of Public Safety",
    "Port of Cedar Bay Police",
]
PRODUCTS = ["license plate reader", "cell-site simulator", "face recognition service", "body-worn camera system"]
PEOPLE = ["Dana Whitcomb", "Luis Ortega", "Priya Raman", "Tom Halvorsen", "Grace Okafor", "Sam Beaulieu"]
CLAUSES = [
    "The Contractor shall provide the {product} and related services to the {agency} as described in Exhibit A.",
    "The total contract price shall not exceed ${amount} for the initial term of {months} months.",
    "The Contractor agrees to keep confidential all information designated as such and shall execute a "
    "non-disclosure agreement before any access to agency systems.",
    "The {product} can read up to {rate} license plates per minute and stores detections for 30 days.",
    "Either party may terminate this Agreement upon thirty (30) days written notice to the other party.",
    "Invoices shall be submitted monthly and are payable within thirty days of receipt by the {agency}.",
    "The Contractor shall maintain commercial general liability insurance of at least ${amount} per occurrence.",
    "All data collected remains the property of the {agency} and shall not be sold or shared with third parties.",
    'This Agreement is entered into on {date} between {vendor} (the "Contractor") and the {agency}.',
    "Support is available twenty-four hours a day; critical issues receive a response within four hours.",
]
EMAIL_LINES = [
    "Please see the attached quote for the {product}; pricing is ${amount} per camera per year.",
    "Can we schedule a demo of the {product} for next week? Our team is available Tuesday afternoon.",
    "The {agency} procurement office needs the signed NDA before we can share the draft contract.",
    "Following up on our call: {vendor} can deliver the first units within {months} weeks of the order.",
    "Thanks, I will forward this to legal for review and get back to you by Friday.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]


def list_names(file_name: str) -> list[str]:
    rows = (ROOT / "foiakit" / "extract" / "data" / file_name).read_text(encoding="utf-8").splitlines()
    return [json.loads(row)["canonical"] for row in rows if row.strip() and not row.startswith("#")]


class Words:
    """Everything a document draws from one seeded generator: the release is the same on every run."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.vendors = INVENTED_VENDORS + list_names("vendors.jsonl")[:20]
        self.agencies = INVENTED_AGENCIES + list_names("agencies.jsonl")[:8]

    def fill(self, template: str) -> str:
        rng = self.rng
        return template.format(
            vendor=rng.choice(self.vendors),
            agency=rng.choice(self.agencies),
            product=rng.choice(PRODUCTS),
            amount=f"{rng.randrange(1_000, 900_000):,}.00",
            months=rng.choice([6, 12, 24, 36]),
            rate=f"{rng.randrange(1, 9)},000",
            date=self.date(),
        )

    def date(self) -> str:
        return f"{self.rng.choice(MONTHS)} {self.rng.randrange(1, 29)}, {self.rng.randrange(2014, 2026)}"

    def paragraph(self, bank: list[str], sentences: int) -> list[str]:
        text = " ".join(self.fill(self.rng.choice(bank)) for _ in range(sentences))
        return [*textwrap.wrap(text, 95), ""]


def contract(words: Words, pages: int) -> list[list[str]]:
    rng = words.rng
    vendor, agency = rng.choice(words.vendors), rng.choice(words.agencies)
    lines = ["SERVICES AGREEMENT", f"between {vendor} and the {agency}", ""]
    section = 1
    while len(lines) < pages * LINES_PER_PAGE:
        lines += [f"{section}. {rng.choice(['SCOPE', 'PAYMENT', 'TERM', 'CONFIDENTIALITY', 'DATA', 'SUPPORT'])}"]
        lines += words.paragraph(CLAUSES, rng.randrange(2, 5))
        section += 1
    return paginate(lines, pages)


def invoice(words: Words, pages: int) -> list[list[str]]:
    rng = words.rng
    vendor = rng.choice(words.vendors)
    lines = [f"INVOICE INV-{rng.randrange(10_000, 99_999)}", vendor, f"Date: {words.date()}"]
    header = "Description                         Qty    Unit Price       Amount"
    lines += [f"Bill To: {rng.choice(words.agencies)}", "", header]
    total = 0
    while len(lines) < pages * LINES_PER_PAGE - 3:
        quantity, price = rng.randrange(1, 40), rng.randrange(50, 9_000)
        total += quantity * price
        item = f"{rng.choice(PRODUCTS)} {rng.choice(['license', 'maintenance', 'installation', 'hardware'])}"
        lines.append(f"{item:<35} {quantity:>4}  ${price:>10,.2f}  ${quantity * price:>12,.2f}")
    lines += ["", f"Total Due: ${total:,.2f}", "Payment terms: net 30"]
    return paginate(lines, pages)


def email_thread(words: Words, pages: int) -> list[list[str]]:
    rng = words.rng
    subject = f"RE: {rng.choice(PRODUCTS)} quote"
    lines: list[str] = []
    while len(lines) < pages * LINES_PER_PAGE:
        sender, recipient = rng.sample(PEOPLE, 2)
        lines += [f"From: {sender}", f"Sent: {words.date()} 10:{rng.randrange(10, 59)} AM", f"To: {recipient}"]
        lines += [f"Subject: {subject}", ""]
        lines += words.paragraph(EMAIL_LINES, rng.randrange(1, 4))
        lines += [sender, ""]
    return paginate(lines, pages)


def paginate(lines: list[str], pages: int) -> list[list[str]]:
    return [lines[i * LINES_PER_PAGE : (i + 1) * LINES_PER_PAGE] for i in range(pages)]


KINDS: list[tuple[str, Callable[[Words, int], list[list[str]]], tuple[int, int]]] = [
    ("contracts", contract, (4, 16)),
    ("invoices", invoice, (1, 2)),
    ("email", email_thread, (1, 5)),
]


def text_pdf(pages: list[list[str]], title: str) -> bytes:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=letter, invariant=1)
    c.setTitle(title)
    for number, lines in enumerate(pages, 1):
        c.setFont("Helvetica", 10)
        y = HEIGHT - 60
        for line in lines:
            c.drawString(60, y, line)
            y -= 15
        c.setFont("Helvetica", 8)
        c.drawString(60, 30, f"Page {number} of {len(pages)}")
        c.showPage()
    c.save()
    return buffer.getvalue()


def scanned_pdf(born_digital: bytes, first_bates: int) -> bytes:
    """Each page rendered to a grey image (as a scanner would see the printout) with only a Bates stamp left in
    the text layer."""
    source = pdfium.PdfDocument(born_digital)
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=letter, invariant=1)
    for index in range(len(source)):
        image = source[index].render(scale=SCAN_DPI / 72, grayscale=True).to_pil()
        jpeg = io.BytesIO()
        image.save(jpeg, format="JPEG", quality=60)
        jpeg.seek(0)
        c.drawImage(ImageReader(jpeg), 0, 0, WIDTH, HEIGHT)
        c.setFont("Helvetica", 8)
        c.drawRightString(WIDTH - 54, 20, f"LRG-{first_bates + index:07d}")
        c.showPage()
    source.close()
    c.save()
    return buffer.getvalue()


def make_release(out: Path, pages: int, scan_share: float, seed: int) -> tuple[int, int, int]:
    """Write documents until `pages` pages are made; returns (files, pages, scanned pages)."""
    words = Words(seed)
    made = scanned = files = 0
    while made < pages:
        kind, build, (low, high) = words.rng.choice(KINDS)
        count = min(words.rng.randrange(low, high + 1), pages - made)
        scan = scanned + count <= scan_share * (made + count) + 0.5  # keep the scanned share on target
        name = f"{kind}/{kind[:-1] if kind != 'email' else 'thread'}_{files + 1:05d}.pdf"
        pdf = text_pdf(build(words, count), Path(name).stem)
        if scan:
            name = f"scans/scan_{files + 1:05d}.pdf"
            pdf = scanned_pdf(pdf, scanned + 1)
            scanned += count
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pdf)
        made += count
        files += 1
    return files, made, scanned


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="folder to write the release into (created)")
    parser.add_argument("--pages", type=int, default=10_000, help="pages in all (default 10,000)")
    parser.add_argument("--scan-share", type=float, default=0.05, help="share of scanned pages (default 0.05)")
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    files, pages, scanned = make_release(args.out, args.pages, args.scan_share, args.seed)
    print(f"{args.out}: {files} PDFs, {pages} pages ({scanned} scanned)")


if __name__ == "__main__":
    main()
