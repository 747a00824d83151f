"""The report's per-document section, the vendor × agency pairs outside boilerplate, and terminal paths cut in
the middle (folder and file name kept)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

from foiakit.model import Settings
from foiakit.pipeline import run
from foiakit.report.documents import document_rows, vendor_agency_pairs
from foiakit.report.paths import middle_cut
from foiakit.report.render import render_markdown, render_terminal
from foiakit.report.summary import build_report
from foiakit.store import db

LETTER = (
    "Records request {n}\n\nFlock Safety sent the Eugene Police Department a quote of ${n}1,000.00 for license plate"
    " cameras.\n\nCity of Eugene Public Records Office, 100 Main Street, Eugene, Oregon.\n"
)
SURVEY = (
    "Vendors surveyed\n\nThe Baltimore Police Department reviewed products from Flock Safety, Axon, Cellebrite,"
    " Pen-Link and Motorola Solutions before choosing none.\n"
)
DEEP = "productions/interim_release_03_second_batch/emails_and_attachments/flock"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    release = tmp_path_factory.mktemp("release")
    for n in (1, 2, 3):  # three letters: one body each, one footer (a template) shared by all
        (release / f"letter{n}.txt").write_text(LETTER.format(n=n), encoding="utf-8")
    (release / "survey.txt").write_text(SURVEY, encoding="utf-8")
    deep = release / DEEP
    deep.mkdir(parents=True)
    (deep / "quote_for_eugene_police.txt").write_text(LETTER.format(n=4), encoding="utf-8")
    out = release.parent / (release.name + "-out")
    run([release], out, Settings(ocr_mode="never", jobs=1))
    return out / "foiakit.db"


def test_pairs_leave_out_templates_and_lists(store: Path) -> None:
    conn = db.connect(store)
    try:
        names = {row[0] for row in conn.execute("SELECT normalized FROM findings WHERE kind = 'agency'")}
        assert any(name.startswith("City of Eugene") for name in names)  # the footer's agency is found...
        # ...but a footer in every letter ties Flock Safety to nobody, and the survey lists five vendors
        assert vendor_agency_pairs(conn) == [("Flock Safety", "Eugene Police Department", 4)]
    finally:
        conn.close()


def test_document_rows(store: Path) -> None:
    conn = db.connect(store)
    try:
        rows, total = document_rows(conn, 3)
    finally:
        conn.close()
    assert total == 5 and len(rows) == 3
    first = rows[0]
    assert first.file == "letter1.txt" and first.type == "text" and first.pages == 1
    assert (first.vendor, first.agency) == ("Flock Safety", "Eugene Police Department")  # not the footer's agency
    assert (first.prices, first.largest_amount, first.nda, first.claims, first.withheld) == (1, 11000.0, False, 0, "")


def test_report_has_a_documents_section(store: Path) -> None:
    conn = db.connect(store)
    try:
        data = build_report(conn, top=15)
    finally:
        conn.close()
    markdown = render_markdown(data)
    assert "## Documents\n" in markdown
    assert "| letter2.txt | text |  | 1 | Flock Safety | Eugene Police Department | 1, largest $21,000.00 |" in markdown
    assert "| Flock Safety | Eugene Police Department | 4 |" in markdown
    assert "City of Eugene" not in markdown.split("## Vendor × agency")[1].split("## Prices")[0]
    console = Console(file=io.StringIO(), width=110, color_system=None)
    render_terminal(data, console)
    shown = console.file.getvalue()  # type: ignore[attr-defined]
    cut = middle_cut(f"{DEEP}/quote_for_eugene_police.txt")
    assert cut == "productions/…/flock/quote_for_eugene_police.txt"
    assert cut in shown  # the folder that tells files apart and the whole file name, in every table citing it


@pytest.mark.parametrize(
    ("path", "width", "expected"),
    [
        ("short/file.pdf", 48, "short/file.pdf"),
        (
            "release.zip/invoices/2019/march/flock_invoice_INV-61152.pdf",
            48,
            "release.zip/…/march/flock_invoice_INV-61152.pdf",
        ),
        ("release.zip/invoices/2019/march/flock_invoice_INV-61152.pdf", 36, "…/march/flock_invoice_INV-61152.pdf"),
        ("a/b/c/d/e/f/g/h/report.pdf", 20, "a/…/f/g/h/report.pdf"),
        ("folder/" + "x" * 60 + ".pdf", 30, "x" * 25 + "….pdf"),
    ],
)
def test_middle_cut(path: str, width: int, expected: str) -> None:
    assert middle_cut(path, width) == expected
    assert len(expected) <= width
