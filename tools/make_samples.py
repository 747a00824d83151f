"""Generate `samples/`: a small, fictional FOIA release (see tools/sample_content.py), deterministically.

    python tools/make_samples.py [--out samples]

Born-digital PDFs are drawn with reportlab (invariant mode: no timestamps, no random ids); scans are rendered
with Pillow, turned a little and speckled like a real scan, and embedded as JPEG; emails are built with the
standard library with fixed boundaries. The script also writes `tests/data/sample_truth.json`: what each page
says and holds (scanned text, Bates numbers, redaction boxes, messages), the single source of truth for tests.
"""

from __future__ import annotations

import argparse
import email.policy
import io
import json
import re
import sys
import zipfile
from email.message import EmailMessage
from email.utils import formataddr
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sample_content as C

ROOT = Path(__file__).resolve().parents[1]
FONTS = Path("/usr/share/fonts/truetype/dejavu")
WIDTH, HEIGHT = letter
SCAN_DPI = 200
REDACTION_CODES = {"REDACT6": "(b)(6)", "REDACT7": "(b)(7)(C)"}


class Release:
    """Collects what the generated files hold, for sample_truth.json."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.truth: dict[str, dict] = {}

    def file(self, name: str) -> dict:
        return self.truth.setdefault(name, {"pages": {}})

    def page(self, name: str, number: int) -> dict:
        return self.file(name)["pages"].setdefault(str(number), {"redactions": []})


# ---------------------------------------------------------------- born-digital pages


def footer(c: canvas.Canvas, bates: str | None, number: int, total: int) -> None:
    c.setFont("Helvetica", 8)
    c.drawString(72, 30, f"Page {number} of {total}")
    if bates:
        c.drawRightString(WIDTH - 54, 30, bates)


def draw_text_page(c: canvas.Canvas, lines: list[str], rel: Release, name: str, number: int) -> None:
    """Lines top-down; '## ' bold headings; 'TABLE' draws the price table; REDACT tokens draw black boxes."""
    y = HEIGHT - 72
    for line in lines:
        if line == "TABLE":
            y = draw_price_table(c, y)
            continue
        bold = line.startswith("## ")
        text = line[3:] if bold else line
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 12 if bold else 10.5)
        x = 72.0
        for token in split_redactions(text):
            if token in REDACTION_CODES:
                box = (x, y - 3, x + 110, y + 10)
                c.setFillColorRGB(0, 0, 0)
                c.rect(box[0], box[1], box[2] - box[0], box[3] - box[1], stroke=0, fill=1)
                code = REDACTION_CODES[token]
                c.setFont("Helvetica", 8)
                c.drawString(box[2] + 4, y, code)
                rel.page(name, number)["redactions"].append({"bbox": [round(v, 1) for v in box], "code": code})
                x = box[2] + 4 + c.stringWidth(code, "Helvetica", 8) + 4
                c.setFont("Helvetica", 10.5)
            else:
                c.drawString(x, y, token)
                x += c.stringWidth(token, "Helvetica-Bold" if bold else "Helvetica", 12 if bold else 10.5)
        if C.BAD_REDACTION_NAME in text and not bold:
            start = 72 + c.stringWidth(text.split(C.BAD_REDACTION_NAME)[0], "Helvetica", 10.5)
            end = start + c.stringWidth(C.BAD_REDACTION_NAME, "Helvetica", 10.5)
            c.setFillColorRGB(0, 0, 0)
            c.rect(start - 1, y - 3, end - start + 2, 13, stroke=0, fill=1)  # drawn over text that stays
            box = [round(start - 1, 1), round(y - 3, 1), round(end + 1, 1), round(y + 10, 1)]
            rel.page(name, number)["redactions"].append({"bbox": box, "code": None, "leaked": C.BAD_REDACTION_NAME})
        y -= 18 if bold else 14.5


def split_redactions(text: str) -> list[str]:
    tokens: list[str] = []
    rest = text
    while True:
        hits = [(rest.find(k), k) for k in REDACTION_CODES if k in rest]
        if not hits:
            return [*tokens, rest] if rest else tokens
        pos, key = min(hits)
        if pos:
            tokens.append(rest[:pos])
        tokens.append(key)
        rest = rest[pos + len(key) :]


def draw_price_table(c: canvas.Canvas, y: float) -> float:
    columns = [72, 340, 400, 480, WIDTH - 54]
    row_height = 16
    for r, row in enumerate(C.PRICE_TABLE):
        top = y + 11
        c.setLineWidth(0.5)
        c.line(columns[0], top, columns[-1], top)
        c.setFont("Helvetica-Bold" if r in (0, len(C.PRICE_TABLE) - 1) else "Helvetica", 9.5)
        for i, cell in enumerate(row):
            if i == 0:
                c.drawString(columns[i] + 3, y, cell)
            else:
                c.drawRightString(columns[i + 1] - 4, y, cell)
        y -= row_height
    c.line(columns[0], y + 11, columns[-1], y + 11)
    bottom = y + 11
    table_top = bottom + row_height * len(C.PRICE_TABLE)
    for x in columns:
        c.line(x, bottom, x, table_top)
    return y - 6


def text_pdf(rel: Release, name: str, pages: list[list[str]], bates: list[str | None]) -> None:
    c = canvas.Canvas(str(rel.out / name), pagesize=letter, invariant=1)
    c.setTitle(name.rsplit(".", 1)[0].replace("_", " "))
    for number, lines in enumerate(pages, 1):
        draw_text_page(c, lines, rel, name, number)
        footer(c, bates[number - 1], number, len(pages))
        rel.page(name, number)["bates"] = bates[number - 1]
        rel.page(name, number)["ocr"] = False
        c.showPage()
    c.save()


# ---------------------------------------------------------------- scans


def scan_image(lines: list[str], seed: int, angle: float) -> Image.Image:
    """A letter-size page typed in a serif face, turned `angle` degrees, softened and speckled like a scan."""
    size = (int(8.5 * SCAN_DPI), int(11 * SCAN_DPI))
    image = Image.new("L", size, 250)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONTS / "DejaVuSerif.ttf"), 34)
    bold = ImageFont.truetype(str(FONTS / "DejaVuSerif-Bold.ttf"), 36)
    y = 230
    for i, line in enumerate(lines):
        heading = i == 0 or line.isupper()
        draw.text((200, y), line, fill=25, font=bold if heading else font)
        y += 56
    image = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=250)
    image = image.filter(ImageFilter.GaussianBlur(0.7))
    pixels = np.asarray(image).astype(np.int16)
    rng = np.random.RandomState(seed)
    pixels += rng.normal(0, 3, pixels.shape).astype(np.int16)
    specks = rng.random_sample(pixels.shape) < 0.0003
    pixels[specks] = 40
    pixels = (pixels // 16) * 16 + 8  # few grey levels, as a cheap scanner's output: keeps files small
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")


def jpeg_bytes(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=60, optimize=True)
    return buffer.getvalue()


def scan_into(c: canvas.Canvas, image: Image.Image) -> None:
    from reportlab.lib.utils import ImageReader

    c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(image))), 0, 0, WIDTH, HEIGHT)


def stamp(c: canvas.Canvas, bates: str) -> None:
    """The processing system's text layer on a scanned page: only the Bates number."""
    c.setFont("Helvetica", 8)
    c.drawRightString(WIDTH - 54, 30, bates)


def scanned_nda(rel: Release) -> None:
    name = "mrcso_nda_signed_scan.pdf"
    c = canvas.Canvas(str(rel.out / name), pagesize=letter, invariant=1)
    for number, lines in enumerate(C.NDA_SCAN, 1):
        scan_into(c, scan_image(lines, seed=number, angle=1.2 if number == 1 else -0.9))
        bates = f"MRCSO-{3 + number:06d}"
        stamp(c, bates)
        page = rel.page(name, number)
        page.update({"bates": bates, "ocr": True, "text": "\n".join(lines)})
        c.showPage()
    c.save()


def mixed_pdf(rel: Release) -> None:
    name = "afpd_mixed_records.pdf"
    c = canvas.Canvas(str(rel.out / name), pagesize=letter, invariant=1)
    bates = ["AFPD-000101", "AFPD-000102", "AFPD-000103"]
    draw_text_page(c, C.MIXED_MEMO, rel, name, 1)
    footer(c, bates[0], 1, 3)
    c.showPage()
    scan_into(c, scan_image(C.MIXED_SCAN, seed=7, angle=0.8))
    stamp(c, bates[1])
    c.showPage()
    draw_text_page(c, C.MIXED_REDACTED, rel, name, 3)
    footer(c, bates[2], 3, 3)
    c.showPage()
    c.save()
    for number, b in enumerate(bates, 1):
        rel.page(name, number).update({"bates": b, "ocr": number == 2})
    rel.page(name, 2)["text"] = "\n".join(C.MIXED_SCAN)


def png_letter(rel: Release) -> None:
    name = "scan_page.png"
    image = scan_image(C.PNG_LETTER, seed=11, angle=-1.1)
    image.save(rel.out / name, format="PNG", optimize=True)
    rel.page(name, 1).update({"bates": None, "ocr": True, "text": "\n".join(C.PNG_LETTER)})


# ---------------------------------------------------------------- printed email


def thread_lines() -> list[list[str]]:
    """The thread as Outlook prints it, paginated so that the second header block straddles a page break."""
    lines: list[str] = ["## Ocampo, Raymond", "RULE"]
    for i, message in enumerate(C.THREAD):
        if message.get("original"):
            lines += ["", "-----Original Message-----"]
        elif i:
            lines += ["", "RULE"]
        lines += [f"From: {message['from']}", f"Sent: {message['sent']}", f"To: {message['to']}"]
        if message["cc"]:
            lines.append(f"Cc: {message['cc']}")
        lines += [f"Subject: {message['subject']}", ""]
        lines += message["body"]
    split_at = lines.index(f"Sent: {C.THREAD[1]['sent']}")  # "From:" ends page 1, the rest of the header on page 2
    return [lines[:split_at], lines[split_at:]]


def printed_thread(rel: Release) -> None:
    name = "email_thread_printed.pdf"
    pages = thread_lines()
    c = canvas.Canvas(str(rel.out / name), pagesize=letter, invariant=1)
    bates = ["MRCSO-000008", "MRCSO-000009"]
    for number, lines in enumerate(pages, 1):
        page_lines = []
        for line in lines:
            if line == "RULE":
                page_lines.append("")
                continue
            page_lines.append(line)
        if number == 1:  # push the straddling header to the foot of the page
            page_lines = page_lines + [""] * (44 - len(page_lines))
        draw_text_page(c, page_lines, rel, name, number)
        footer(c, bates[number - 1], number, len(pages))
        rel.page(name, number).update({"bates": bates[number - 1], "ocr": False})
        c.showPage()
    c.save()
    rel.file(name)["messages"] = len(C.THREAD)
    rel.file(name)["senders"] = [m["from"] for m in C.THREAD]


# ---------------------------------------------------------------- native email


def build_email(spec: dict, attachment: tuple[str, bytes] | None = None, index: int = 0) -> EmailMessage:
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = formataddr(spec["from"])
    msg["To"] = formataddr(spec["to"])
    msg["Date"] = spec["date"]
    msg["Subject"] = spec["subject"]
    msg["Message-ID"] = spec["message_id"]
    if spec.get("in_reply_to"):
        msg["In-Reply-To"] = spec["in_reply_to"]
    if spec.get("refs"):
        msg["References"] = " ".join(spec["refs"])
    body = "\n".join(spec["body"]) + "\n"
    msg.set_content(body)
    if attachment is not None:
        html = "<html><body>" + "".join(f"<p>{line}</p>" for line in spec["body"] if line) + "</body></html>"
        msg.add_alternative(html, subtype="html")
        msg.set_boundary(f"=_alt_{index:04d}")
        wrapper = EmailMessage(policy=email.policy.SMTP)
        for header in ("From", "To", "Date", "Subject", "Message-ID", "In-Reply-To"):
            if msg[header]:
                wrapper[header] = msg[header]
        wrapper["MIME-Version"] = "1.0"
        wrapper.make_mixed()
        wrapper.attach(_without_envelope(msg))
        part = EmailMessage(policy=email.policy.SMTP)
        part.set_content(attachment[1], maintype="application", subtype="pdf", filename=attachment[0])
        wrapper.attach(part)
        wrapper.set_boundary(f"=_mixed_{index:04d}")
        return wrapper
    return msg


def _without_envelope(msg: EmailMessage) -> EmailMessage:
    inner = EmailMessage(policy=email.policy.SMTP)
    inner["Content-Type"] = msg["Content-Type"]
    inner.set_payload(msg.get_payload())
    inner.set_boundary(msg.get_boundary())
    return inner


def invoice_pdf_bytes(rel: Release) -> bytes:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=letter, invariant=1)
    draw_text_page(c, C.INVOICE, rel, "re_stratus_onboarding.eml!stratus_invoice_2017-1031.pdf", 1)
    footer(c, None, 1, 1)
    c.showPage()
    c.save()
    return buffer.getvalue()


def native_email(rel: Release) -> bytes:
    name = "re_stratus_onboarding.eml"
    msg = build_email(C.EML, ("stratus_invoice_2017-1031.pdf", invoice_pdf_bytes(rel)), index=1)
    data = msg.as_bytes()
    (rel.out / name).write_bytes(data)
    rel.file(name).update({"messages": 1, "attachments": ["stratus_invoice_2017-1031.pdf"]})
    return data


def mailbox(rel: Release, eml: bytes) -> None:
    name = "mrcso_mailbox.mbox"
    chunks = []
    for i, spec in enumerate(C.MBOX):
        if spec == "EML":
            data, sender, date = eml, C.EML["from"][1], "Thu Oct 12 16:15:00 2017"
        else:
            data = build_email(spec, index=10 + i).as_bytes()
            sender, date = spec["from"][1], _asctime(spec["date"])
        text = data.replace(b"\r\n", b"\n")
        text = b"\n".join(b">" + line if line.startswith(b"From ") else line for line in text.split(b"\n"))
        chunks.append(f"From {sender} {date}\n".encode() + text.rstrip(b"\n") + b"\n\n")
    (rel.out / name).write_bytes(b"".join(chunks))
    rel.file(name).update({"messages": len(C.MBOX), "duplicates_of_eml": 1})


def _asctime(rfc_date: str) -> str:
    from email.utils import parsedate_to_datetime

    return parsedate_to_datetime(rfc_date).strftime("%a %b %d %H:%M:%S %Y")


def batch_zip(rel: Release, eml: bytes) -> None:
    inner = io.BytesIO()
    c = canvas.Canvas(inner, pagesize=letter, invariant=1)
    entry = "release_batch_2.zip!stratus_invoice_0042.pdf"
    draw_text_page(c, C.BATCH2_INVOICE, rel, entry, 1)
    footer(c, "AFPD-000105", 1, 1)
    c.showPage()
    c.save()
    rel.page(entry, 1).update({"bates": "AFPD-000105", "ocr": False})
    with zipfile.ZipFile(rel.out / "release_batch_2.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        entries = (("emails/re_stratus_onboarding.eml", eml), ("stratus_invoice_0042.pdf", inner.getvalue()))
        for arcname, data in entries:
            info = zipfile.ZipInfo(arcname, date_time=(2018, 7, 2, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)


# ---------------------------------------------------------------- Office files

FIXED_ZIP_TIME = (2018, 7, 2, 9, 0, 0)


def repacked(data: bytes) -> bytes:
    """A zip again with fixed entry times and fixed document dates, so the file is the same on every run."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            body = source.read(entry.filename)
            if entry.filename == "docProps/core.xml":
                body = re.sub(rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", b"2018-10-01T09:00:00Z", body)
            info = zipfile.ZipInfo(entry.filename, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, body)
    return out.getvalue()


def ledger_xlsx(rel: Release) -> None:
    import openpyxl

    name = "afpd_vendor_payments_fy2019.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Payments"
    for row in ([C.LEDGER_TITLE], [], C.LEDGER_HEADER, *C.LEDGER_ROWS, C.LEDGER_TOTAL):
        sheet.append([cell if cell != "" else None for cell in row])
    notes = book.create_sheet("Notes")
    notes.sheet_state = "hidden"
    notes.append(C.LEDGER_NOTES)
    buffer = io.BytesIO()
    book.save(buffer)
    (rel.out / name).write_bytes(repacked(buffer.getvalue()))
    rel.file(name).update({"ledger_rows": len(C.LEDGER_ROWS), "sheets": ["Payments", "Notes (hidden)"]})


def letter_docx(rel: Release) -> None:
    from xml.sax.saxutils import escape

    name = "afpd_pilot_extension_letter.docx"
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def paragraph(text: str) -> str:
        return f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'

    rows = "".join(
        "<w:tr>" + "".join(f"<w:tc>{paragraph(cell)}</w:tc>" for cell in row) + "</w:tr>" for row in C.DOCX_TABLE
    )
    body = "".join(paragraph(line) for line in C.DOCX_LETTER[:12]) + f"<w:tbl>{rows}</w:tbl>"
    body += "".join(paragraph(line) for line in C.DOCX_LETTER[12:])
    body += '<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/></w:sectPr>'
    relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types '
        'xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/word/document.xml" ContentType="{main}.document.main+xml"/>'
        f'<Override PartName="/word/footer1.xml" ContentType="{main}.footer+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships '
        'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
        f'Type="{relations}/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/_rels/document.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships '
        'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdFooter" '
        f'Type="{relations}/footer" Target="footer1.xml"/></Relationships>',
        "word/document.xml": f'<?xml version="1.0" encoding="UTF-8"?><w:document {w} xmlns:r="{relations}">'
        f"<w:body>{body}</w:body></w:document>",
        "word/footer1.xml": f'<?xml version="1.0" encoding="UTF-8"?><w:ftr {w}>{paragraph(C.DOCX_FOOTER)}</w:ftr>',
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for part, xml in parts.items():
            package.writestr(part, xml.encode("utf-8"))
    (rel.out / name).write_bytes(repacked(buffer.getvalue()))
    rel.file(name).update({"footer": C.DOCX_FOOTER})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "samples")
    parser.add_argument("--truth", type=Path, default=ROOT / "tests" / "data" / "sample_truth.json")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    rel = Release(args.out)
    text_pdf(rel, "stratus_pricing_proposal.pdf", C.PROPOSAL, ["MRCSO-000001", "MRCSO-000002", "MRCSO-000003"])
    scanned_nda(rel)
    printed_thread(rel)
    mixed_pdf(rel)
    png_letter(rel)
    eml = native_email(rel)
    mailbox(rel, eml)
    batch_zip(rel, eml)
    ledger_xlsx(rel)
    letter_docx(rel)
    rel.truth["_release"] = {
        "bates_gaps": [["MRCSO-000006", "MRCSO-000007"], ["AFPD-000104", "AFPD-000104"]],
        "vendor": C.VENDOR,
        "product": C.PRODUCT,
        "agencies": [C.SHERIFF, C.CITY_PD],
        "nda_files": ["mrcso_nda_signed_scan.pdf", "stratus_pricing_proposal.pdf", "email_thread_printed.pdf"],
    }
    args.truth.parent.mkdir(parents=True, exist_ok=True)
    args.truth.write_text(json.dumps(rel.truth, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
