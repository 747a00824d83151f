"""Generate scanned payment registers, invoices and purchase orders, each with its truth.

    python tools/make_scans.py [--out /tmp/scans] [--seed 5] [--born-digital]

The registers are tools/make_registers.py's papers; the invoices and purchase orders are drawn here (a vendor's
invoice to a public body, a body's purchase order to a vendor: INVENTED names, line items, subtotal, freight, tax,
total). Every paper is rasterized (pypdfium2 at 200 dpi, grey) and degraded the way a photocopied, scanned page is:
turned by less than a degree, blurred, speckled with noise, its contrast pushed (toner grey to black, paper to white);
every step seeded, so a seed gives the same image. The image is written to an image-only PDF (reportlab in invariant
mode: the same bytes on every run), beside `<paper>.json`, the born-digital paper's truth (eval/README.md's gold
format). `--born-digital` also keeps the born-digital PDF as `<paper>.digital.pdf`, to score the two side by side.

The papers are split in two halves before any rule was written from them (scans9): WRITTEN_FROM, whose output and
misses rules may be read from, and HELD_OUT, of which only the totals are read. Nothing generated is committed:
tests/test_scanned_registers.py replays the recorded OCR text of the scans (tests/data/scanned_registers_ocr.json,
written by tools/score_scans.py --record).
"""

from __future__ import annotations

import argparse
import io
import json
import random
from decimal import Decimal
from pathlib import Path

import make_registers
import numpy as np
import pypdfium2 as pdfium
from make_registers import amount, money
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

# registers (make_registers' layouts) and drawn papers; each half holds both kinds
WRITTEN_FROM = (
    "munis",
    "caselle",
    "bsa",
    "bills_list",
    "quickbooks",
    "new_world_check_detail",
    "incode_vendor_heading",
    "businessplus_check_register",
    "void_reissue_register",
    "invoice_service",
    "purchase_order_supplies",
)
HELD_OUT = (
    "springbrook",
    "vendor_payments",
    "detail_check_register",
    "skyward_check_register",
    "munis_by_department",
    "caselle_wrapped_eft",
    "warrant_void_given",
    "memo_register",
    "invoice_parts",
    "purchase_order_equipment",
)
DPI = 200

_VENDOR_STEMS = ("Tollingford", "Saxbury", "Merrivane", "Quillon", "Draywick", "Penhallow")
_VENDOR_TRADES = ("Fleet Services", "Survey Instruments", "Traffic Supply", "Hydrant Works", "Turf Equipment")
_BODIES = ("City of Brackenridge", "Harlowe County", "Town of Wexcombe", "Ellmoor Water District")
_ITEMS = (
    "Hydrant repair kit",
    "Traffic cone 28 in",
    "Safety vest class 2",
    "Labor, field technician",
    "Filter cartridge",
    "Mileage",
    "Trip charge",
    "Diagnostic service",
    "Barricade lamp",
    "Sign post 12 ft",
)


def _vendor(rng: random.Random) -> str:
    return f"{rng.choice(_VENDOR_STEMS)} {rng.choice(_VENDOR_TRADES)}, {rng.choice(('Inc.', 'LLC', 'Co.'))}"


def _items(rng: random.Random, count: int) -> list[tuple[str, int, Decimal, Decimal]]:
    chosen = rng.sample(_ITEMS, count)
    rows = []
    for item in chosen:
        quantity = rng.randint(1, 24)
        unit = amount(rng, 400)
        rows.append((item, quantity, unit, unit * quantity))
    return rows


def _price(value: Decimal, vendor: str | None, page: int, context: str) -> dict:
    return {"amount": f"{value:.2f}", "currency": "USD", "period": "one-time", "vendor": vendor, "page": page,
            "context": context}  # fmt: skip


def _truth(vendor: str, body: str, prices: list[dict], kind: str) -> dict:
    return {
        "kind": kind,
        "layout": kind,
        "vendors": [{"name": vendor, "aliases": [], "role": "seller"}],
        "agencies": [{"name": body, "aliases": [], "role": "buyer"}],
        "prices": prices,
        "payees": [{"name": vendor, "kind": "company"}],
    }


def _totals(rng: random.Random, rows: list[tuple[str, int, Decimal, Decimal]]) -> list[tuple[str, Decimal]]:
    subtotal = sum((r[3] for r in rows), Decimal(0))
    freight = amount(rng, 90)
    tax = (subtotal * Decimal("0.0725")).quantize(Decimal("0.01"))
    return [("Subtotal", subtotal), ("Freight", freight), ("Sales Tax", tax), ("TOTAL", subtotal + freight + tax)]


def invoice(path: Path, rng: random.Random, lines: int) -> dict:
    """A vendor's invoice: its name and address at the top, Bill To the body, items with quantity, unit price and
    amount, then subtotal, freight, tax and total."""
    vendor, body = _vendor(rng), rng.choice(_BODIES)
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(54, 730, vendor)
    c.setFont("Helvetica", 9)
    c.drawString(54, 716, f"{rng.randint(100, 9999)} Industrial Parkway, Suite {rng.randint(1, 40)}")
    c.setFont("Helvetica-Bold", 20)
    c.drawRightString(558, 730, "INVOICE")
    c.setFont("Helvetica", 9)
    c.drawRightString(558, 712, f"Invoice No. {rng.randint(10000, 99999)}")
    c.drawRightString(558, 700, f"Date: {make_registers.date(rng)}")
    c.drawString(54, 680, "Bill To:")
    c.drawString(54, 668, body)
    c.drawString(54, 656, "Accounts Payable")
    y = 620
    for x, text, align in ((54, "Description", "l"), (340, "Qty", "r"), (440, "Unit Price", "r"), (558, "Amount", "r")):
        (c.drawRightString if align == "r" else c.drawString)(x, y, text)
    c.line(54, y - 4, 558, y - 4)
    prices = []
    rows = _items(rng, lines)
    for item, quantity, unit, total in rows:
        y -= 16
        c.drawString(54, y, item)
        c.drawRightString(340, y, str(quantity))
        c.drawRightString(440, y, money(unit))
        c.drawRightString(558, y, money(total))
        prices += [_price(unit, vendor, 1, item), _price(total, vendor, 1, item)]
    y -= 10
    for label, value in _totals(rng, rows):
        y -= 14
        c.drawRightString(440, y, label)
        c.drawRightString(558, y, f"${money(value)}" if label == "TOTAL" else money(value))
        prices.append(_price(value, vendor, 1, label))
    c.drawString(54, y - 40, f"Please remit to {vendor.split(',')[0]}. Terms: Net 30.")
    c.showPage()
    c.save()
    return _truth(vendor, body, prices, "invoice")


def purchase_order(path: Path, rng: random.Random, lines: int) -> dict:
    """A body's purchase order: the body's name at the top, PO number, the vendor in a "Vendor:" block, items with
    quantity, unit cost and extended cost, and a total."""
    vendor, body = _vendor(rng), rng.choice(_BODIES)
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    c.setFont("Times-Bold", 15)
    c.drawCentredString(306, 736, body.upper())
    c.setFont("Times-Roman", 12)
    c.drawCentredString(306, 720, "PURCHASE ORDER")
    c.setFont("Times-Roman", 10)
    c.drawString(54, 690, f"PO Number: {rng.randint(24000, 24999)}")
    c.drawString(330, 690, f"Order Date: {make_registers.date(rng)}")
    c.drawString(54, 670, "Vendor:")
    c.drawString(110, 670, vendor)
    c.drawString(110, 658, f"{rng.randint(100, 9999)} Commerce Drive")
    c.drawString(330, 670, "Ship To: Public Works Yard")
    y = 626
    cols = ((54, "Line", "l"), (90, "Description", "l"), (360, "Qty", "r"), (450, "Unit Cost", "r"),
            (558, "Extended", "r"))  # fmt: skip
    for x, text, align in cols:
        (c.drawRightString if align == "r" else c.drawString)(x, y, text)
    c.line(54, y - 4, 558, y - 4)
    prices = []
    rows = _items(rng, lines)
    for number, (item, quantity, unit, total) in enumerate(rows, 1):
        y -= 16
        c.drawString(54, y, str(number))
        c.drawString(90, y, item)
        c.drawRightString(360, y, str(quantity))
        c.drawRightString(450, y, money(unit))
        c.drawRightString(558, y, money(total))
        prices += [_price(unit, vendor, 1, item), _price(total, vendor, 1, item)]
    y -= 24
    total = sum((r[3] for r in rows), Decimal(0))
    c.drawRightString(450, y, "PO TOTAL")
    c.drawRightString(558, y, f"${money(total)}")
    prices.append(_price(total, vendor, 1, "PO TOTAL"))
    c.drawString(54, y - 40, "Authorized by: Purchasing Agent")
    c.showPage()
    c.save()
    return _truth(vendor, body, prices, "purchase_order")


DRAWN = {
    "invoice_service": lambda path, rng: invoice(path, rng, 4),
    "purchase_order_supplies": lambda path, rng: purchase_order(path, rng, 5),
    "invoice_parts": lambda path, rng: invoice(path, rng, 6),
    "purchase_order_equipment": lambda path, rng: purchase_order(path, rng, 3),
}


def degrade(image: Image.Image, rng: random.Random) -> Image.Image:
    """A photocopied scan of the page: turned by less than a degree, blurred, noisy, its contrast pushed."""
    gray = image.convert("L")
    turned = gray.rotate(rng.uniform(-0.9, 0.9), resample=Image.Resampling.BICUBIC, fillcolor=255)
    blurred = turned.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 0.9)))
    pixels = np.asarray(blurred, dtype=np.float32)
    noise = np.random.default_rng(rng.randint(0, 2**31)).normal(0.0, rng.uniform(10, 18), pixels.shape)
    # photocopy contrast: toner darker, paper whiter, a grey cast kept at the edges of strokes
    pushed = (pixels + noise - 128.0) * rng.uniform(1.3, 1.7) + 128.0 + rng.uniform(-8, 8)
    return Image.fromarray(np.clip(pushed, 0, 255).astype(np.uint8), "L")


def scan(born: Path, out: Path, rng: random.Random) -> None:
    """Rasterize every page of `born`, degrade it, and write the images as an image-only PDF `out`."""
    pdf = pdfium.PdfDocument(str(born))
    c = canvas.Canvas(str(out), invariant=1)
    try:
        for page in pdf:
            width, height = page.get_size()
            image = degrade(page.render(scale=DPI / 72, grayscale=True).to_pil(), rng)
            buffer = io.BytesIO()
            image.save(buffer, format="PNG")
            c.setPageSize((width, height))
            c.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 0, 0, width, height)
            c.showPage()
            page.close()
    finally:
        pdf.close()
    c.save()


def make(out: Path, seed: int = 5, only: tuple[str, ...] = (), born_digital: bool = False) -> dict[str, dict]:
    """Draw and scan every paper (or `only` these) into `out`: `<paper>.pdf` (scanned) and its truth, by file name."""
    out.mkdir(parents=True, exist_ok=True)
    truths: dict[str, dict] = {}
    for index, paper in enumerate(WRITTEN_FROM + HELD_OUT):
        if only and paper not in only:
            continue
        born = out / f"{paper}.digital.pdf"
        if paper in DRAWN:
            name, truth = paper, DRAWN[paper](born, random.Random(seed * 1000 + index))
        else:
            made = make_registers.make(out / f".{paper}", seed, only=(paper,))
            ((drawn_name, truth),) = made.items()
            name = drawn_name.removesuffix(".pdf")
            (out / f".{paper}" / drawn_name).replace(born)
            for leftover in (out / f".{paper}").iterdir():
                leftover.unlink()
            (out / f".{paper}").rmdir()
            born = born.replace(out / f"{name}.digital.pdf")
        scan(born, out / f"{name}.pdf", random.Random(seed * 7919 + index))
        if not born_digital:
            born.unlink()
        (out / f"{name}.json").write_text(json.dumps(truth, indent=1), encoding="utf-8")
        truths[f"{name}.pdf"] = truth
    return truths


def half_of(name: str) -> str:
    """'written' or 'held' for a paper's file name (a register's file is named by its layout's own name)."""
    for paper in WRITTEN_FROM:
        if name.removesuffix(".pdf") in (paper, _register_name(paper)):
            return "written"
    return "held"


def _register_name(paper: str) -> str:
    return paper if paper in DRAWN else make_registers.LAYOUTS[paper](random.Random(0)).name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/scans"))
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--born-digital", action="store_true")
    args = parser.parse_args()
    for name in make(args.out, args.seed, born_digital=args.born_digital):
        print(args.out / name)


if __name__ == "__main__":
    main()
