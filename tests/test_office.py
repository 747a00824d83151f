"""Word and Excel files are read (not refused): text, table rows, tracked changes, sheets and rows, with the row
named in every quote; other Office kinds are one clear row each."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

from click.testing import CliRunner
from corpus import CORPUS

from foiakit.cli import main
from foiakit.ingest.office import ingest_office
from foiakit.model import FileType, Settings, SourceFile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DOCUMENT = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
    "<w:p><w:r><w:t>The Town of Wexford engages Harlow Signal, Inc. for camera upkeep.</w:t></w:r></w:p>"
    '<w:p><w:r><w:t xml:space="preserve">Term: </w:t></w:r>'
    "<w:del><w:r><w:delText>two</w:delText></w:r></w:del><w:ins><w:r><w:t>three</w:t></w:r></w:ins>"
    "<w:r><w:t> years.</w:t></w:r></w:p>"
    "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Item</w:t></w:r></w:p></w:tc>"
    "<w:tc><w:p><w:r><w:t>Amount</w:t></w:r></w:p></w:tc></w:tr>"
    "<w:tr><w:tc><w:p><w:r><w:t>Annual maintenance</w:t></w:r></w:p></w:tc>"
    "<w:tc><w:p><w:r><w:t>$12,400.00</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    "</w:body></w:document>"
)
FOOTER = f'<?xml version="1.0"?><w:ftr {W}><w:p><w:r><w:t>Wexford contract 2024-17</w:t></w:r></w:p></w:ftr>'


def make_docx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        package.writestr("word/document.xml", DOCUMENT)
        package.writestr("word/footer1.xml", FOOTER)
    return path


def make_xlsx(path: Path) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Payments"
    sheet.append(["Date", "Payee", "Description", "Amount"])
    sheet.append(["2025-01-14", "Harlow Signal, Inc.", "camera service", 4200.5])
    sheet.append(["2025-02-11", "Quillon Labs, LLC", "license", "=1000+250"])
    hidden = workbook.create_sheet("Notes")
    hidden.sheet_state = "hidden"
    hidden.append(["withheld vendor: Brightfen Analytics, Inc."])
    workbook.save(path)
    return path


def test_word_text_tables_footers_and_tracked_changes(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "contract.docx")
    document = ingest_office(
        SourceFile(path, "contract.docx", "0" * 64, path.stat().st_size, FileType.OFFICE), Settings()
    )
    text = document.pages[0].text
    assert "Harlow Signal, Inc." in text
    assert "Term: [deleted: two][inserted: three] years." in text
    assert "Annual maintenance\t$12,400.00" in text
    assert "[footer1]\nWexford contract 2024-17" in text


def test_excel_sheets_rows_and_hidden_sheets(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "ledger.xlsx")
    document = ingest_office(
        SourceFile(path, "ledger.xlsx", "0" * 64, path.stat().st_size, FileType.OFFICE), Settings()
    )
    payments, notes = document.pages
    assert payments.text.splitlines()[0] == "Sheet: Payments"
    assert "r2\t2025-01-14\tHarlow Signal, Inc.\tcamera service\t4200.50" in payments.text
    assert notes.text.startswith("Sheet: Notes (hidden)") and "hidden" in notes.ocr_reason


def test_a_release_with_office_files_gets_findings_with_their_row(tmp_path: Path) -> None:
    release = tmp_path / "release"
    release.mkdir()
    make_docx(release / "contract.docx")
    make_xlsx(release / "ledger.xlsx")
    with zipfile.ZipFile(release / "old.doc", "w") as package:  # a zip that is no Office kind foiakit knows
        package.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        package.writestr("ppt/presentation.xml", "<p/>")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(release), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    prices = list(csv.DictReader((out / "prices.csv").open(encoding="utf-8")))
    assert {"12400.00", "4200.50"} <= {p["amount_low"] for p in prices}, prices
    assert any(p["file"] == "ledger.xlsx" and p["quote"].startswith("r2") for p in prices)
    vendors = (out / "vendors.csv").read_text(encoding="utf-8")
    assert "Harlow Signal" in vendors
    errors = (out / "errors.csv").read_text(encoding="utf-8")
    assert "old.doc" in errors and "unknown kind" in errors


def test_the_shared_corpus_word_attachment_is_named_as_cut_short(tmp_path: Path) -> None:
    """The bill draft attached to a D.C. ethics-board e-mail is 58 bytes of a .docx (the mail was cut): a row
    that says so, not "not read yet"."""
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(CORPUS / "dc_bega_fw_fy18_bsa.eml"), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader((out / "errors.csv").open(encoding="utf-8")))
    assert [(r["kind"], "cut short" in r["message"]) for r in rows if r["file"].endswith(".docx")] == [
        ("corrupt", True)
    ]


def test_a_saved_web_page_is_its_visible_text(tmp_path: Path) -> None:
    """Scripts, styles and navigation are not the page's words; table cells stay apart."""
    release = tmp_path / "release"
    release.mkdir()
    (release / "notice.html").write_text(
        "<!DOCTYPE html><html><head><title>Award</title><script>track('AnalyticsCo, Inc.')</script></head>"
        "<body><nav>Home | ShareThis, LLC</nav><h1>Award notice</h1>"
        "<p>The Town of Wexford paid <b>Harlow Signal, Inc.</b> &#36;4,200.00 for camera upkeep.</p>"
        "<table><tr><td>Item</td><td>Amount</td></tr></table></body></html>",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["run", str(release), "-o", str(out), "-j", "1"]).exit_code == 0
    vendors = (out / "vendors.csv").read_text(encoding="utf-8")
    assert "Harlow Signal" in vendors and "AnalyticsCo" not in vendors and "ShareThis" not in vendors
    prices = list(csv.DictReader((out / "prices.csv").open(encoding="utf-8")))
    assert [p["amount_low"] for p in prices] == ["4200.00"]


def test_slides_are_pages_with_their_notes(tmp_path: Path) -> None:
    a = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
    words = "<a:t>Quillon Vision reads 3,000 plates a minute</a:t>"
    slide = f'<p:sld xmlns:p="urn:p" {a}><a:p><a:r>{words}</a:r></a:p></p:sld>'
    notes = (
        f'<p:notes xmlns:p="urn:p" {a}><a:p><a:r><a:t>Quote for the Town of Wexford: $9,900</a:t></a:r></a:p></p:notes>'
    )
    path = tmp_path / "pitch.pptx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        package.writestr("ppt/slides/slide1.xml", slide)
        package.writestr("ppt/slides/slide2.xml", slide.replace("3,000", "4,000"))
        package.writestr("ppt/notesSlides/notesSlide1.xml", notes)
    document = ingest_office(SourceFile(path, "pitch.pptx", "0" * 64, path.stat().st_size, FileType.OFFICE), Settings())
    assert len(document.pages) == 2
    assert (
        document.pages[0].text
        == "Quillon Vision reads 3,000 plates a minute\n\n[notes]\nQuote for the Town of Wexford: $9,900"
    )
    assert "4,000" in document.pages[1].text


def make_odf(path: Path, mimetype: str, body: str) -> Path:
    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
    )
    with zipfile.ZipFile(path, "w") as package:
        package.writestr(zipfile.ZipInfo("mimetype"), mimetype)  # stored first, as ODF requires
        package.writestr(
            "content.xml", f"<office:document-content {ns}><office:body>{body}</office:body></office:document-content>"
        )
    return path


def test_open_document_text_and_sheets_are_read(tmp_path: Path) -> None:
    from foiakit.ingest.sniff import sniff_file

    odt = make_odf(
        tmp_path / "letter.odt",
        "application/vnd.oasis.opendocument.text",
        "<office:text><text:h>Award</text:h><text:p>The Town of Wexford paid Harlow Signal, Inc. $4,200.00.</text:p>"
        "</office:text>",
    )
    ods = make_odf(
        tmp_path / "ledger.ods",
        "application/vnd.oasis.opendocument.spreadsheet",
        '<office:spreadsheet><table:table table:name="Payments"><table:table-row>'
        "<table:table-cell><text:p>Payee</text:p></table:table-cell><table:table-cell><text:p>Amount</text:p>"
        "</table:table-cell></table:table-row><table:table-row><table:table-cell><text:p>Quillon Labs, LLC</text:p>"
        "</table:table-cell><table:table-cell><text:p>250.00</text:p></table:table-cell></table:table-row>"
        "</table:table></office:spreadsheet>",
    )
    assert sniff_file(odt) is FileType.OFFICE and sniff_file(ods) is FileType.OFFICE  # documents, not archives
    text = ingest_office(SourceFile(odt, "letter.odt", "0" * 64, 1, FileType.OFFICE), Settings()).pages[0].text
    assert text == "Award\nThe Town of Wexford paid Harlow Signal, Inc. $4,200.00."
    sheet = ingest_office(SourceFile(ods, "ledger.ods", "0" * 64, 1, FileType.OFFICE), Settings()).pages[0].text
    assert sheet == "Sheet: Payments\nr1\tPayee\tAmount\nr2\tQuillon Labs, LLC\t250.00"


def test_rich_text_is_its_words(tmp_path: Path) -> None:
    release = tmp_path / "release"
    release.mkdir()
    rtf = (
        r"{\rtf1\ansi\deff0{\fonttbl{\f0 Times New Roman;}}{\colortbl;\red0\green0\blue0;}"
        r"{\*\generator Quillon Writer, Inc.;}\pard\f0\fs24 The Town of Wexford paid Harlow Signal, Inc. "
        "\\'244,200.00 for upkeep.\\par\nCaf\\'e9 \\u8212? r\\u233?sum\\u233? \\{draft\\}\\par}"
    )
    (release / "memo.rtf").write_text(rtf, encoding="ascii")
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["run", str(release), "-o", str(out), "-j", "1"]).exit_code == 0
    from foiakit.store import db

    conn = db.connect(out / "foiakit.db")
    text = conn.execute("SELECT text FROM pages").fetchone()[0]
    assert text == "The Town of Wexford paid Harlow Signal, Inc. $4,200.00 for upkeep.\nCafé — résumé {draft}"
    vendors = (out / "vendors.csv").read_text(encoding="utf-8")
    assert "Harlow Signal" in vendors and "Quillon Writer" not in vendors
