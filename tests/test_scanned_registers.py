"""Payment registers, invoices and purchase orders scanned (tools/make_scans.py: tools/make_registers.py's papers and
drawn invoices, rasterized and degraded), read from what tesseract read on them (its word tables, recorded in
tests/data/scanned_registers_ocr.json.gz by tools/score_scans.py --record, so no OCR runs here): the page text is put
together by foiakit/ocr as a live reading is, then extracted and scored the way the evaluation scores a ledger. The
floors are the figures reached; a paper that reads worse fails. And the rules of reading a scanned table, each on
invented words."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pytest

from foiakit.ingest.pdf_text import GAP
from foiakit.ocr.rows import Word, is_split_table, lines_of, without_specks, words_of
from foiakit.ocr.tesseract import _assemble

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import make_scans
import score_scans

RECORDED = Path(__file__).resolve().parent / "data" / "scanned_registers_ocr.json.gz"

# paper: (vendor recall, vendor precision, price recall, tied share) at least. Before foiakit/ocr/rows.py (scans9)
# tesseract's blocks split most tables into columns: the written-from half read vendors 55/40/65 (tp/fp/fn), prices
# 288/8/180, tied 107/200; the held-out half 49/18/66, prices 74/0/158, tied 41/61 (new world, businessplus,
# springbrook, skyward, munis by department, the Caselle EFT register, the memo register: no price or no vendor)
FLOORS = {
    # written from
    "munis_ap_check_register": (1.00, 1.00, 0.98, 0.97),
    "caselle_check_register": (1.00, 0.77, 1.00, 0.70),
    "bsa_check_register_report": (0.85, 0.70, 0.92, 0.80),
    "edmunds_bills_list": (1.00, 0.82, 0.98, 1.00),
    "quickbooks_transaction_list_by_vendor": (0.85, 1.00, 0.88, 1.00),
    "new_world_check_detail": (0.91, 1.00, 1.00, 0.96),
    "incode_vendor_heading": (0.91, 1.00, 1.00, 1.00),
    "businessplus_check_register": (1.00, 1.00, 0.97, 1.00),
    "void_reissue_register": (1.00, 0.63, 0.83, 0.88),
    "invoice_service": (1.00, 0.50, 1.00, 0.00),
    "purchase_order_supplies": (1.00, 1.00, 1.00, 1.00),
    # held out
    "springbrook_warrant_register": (1.00, 1.00, 1.00, 1.00),
    "excel_vendor_payments": (0.88, 0.88, 1.00, 0.88),
    "detail_check_register": (1.00, 1.00, 1.00, 1.00),
    "skyward_check_register": (0.91, 1.00, 0.94, 0.90),
    "munis_by_department": (1.00, 1.00, 1.00, 1.00),
    "caselle_wrapped_eft": (1.00, 1.00, 1.00, 1.00),
    "warrant_void_given": (1.00, 1.00, 1.00, 1.00),
    "memo_check_register": (1.00, 1.00, 1.00, 1.00),
    "invoice_parts": (1.00, 0.50, 1.00, 0.00),
    "purchase_order_equipment": (1.00, 1.00, 1.00, 1.00),
}


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


@pytest.fixture(scope="module")
def recorded() -> dict:
    return json.loads(gzip.decompress(RECORDED.read_bytes()))


def test_the_recording_holds_every_paper(recorded: dict) -> None:
    assert {name.removesuffix(".pdf") for name in recorded["pages"]} == set(FLOORS)
    assert set(recorded["truths"]) == set(recorded["pages"])


@pytest.mark.parametrize("paper", sorted(FLOORS))
def test_a_scanned_paper_reads_its_vendors_and_ties_its_prices(recorded: dict, paper: str) -> None:
    name = f"{paper}.pdf"
    document = score_scans.recorded_document(name, recorded["pages"][name])
    figures = score_scans.paper_scores(document, name, recorded["truths"][name])
    (vtp, vfp, vfn), (ptp, _, pfn), (tied, tieable, _) = figures["vendor"], figures["price"], figures["tied"]
    reached = (_share(vtp, vtp + vfn), _share(vtp, vtp + vfp), _share(ptp, ptp + pfn), _share(tied, tieable))
    assert all(r >= f for r, f in zip(reached, FLOORS[paper], strict=True)), (paper, figures)


def test_the_scan_generator_is_deterministic_and_its_halves_whole(tmp_path: Path) -> None:
    first = make_scans.make(tmp_path / "a", only=("purchase_order_equipment",))
    second = make_scans.make(tmp_path / "b", only=("purchase_order_equipment",))
    assert first == second
    for name in first:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    assert not set(make_scans.WRITTEN_FROM) & set(make_scans.HELD_OUT)
    order = first["purchase_order_equipment.pdf"]
    assert {p["vendor"] for p in order["prices"]} == {order["vendors"][0]["name"]}


# ---------------------------------------------------------------- the rules, on invented words


def _table(words: list[tuple[str, int, int, int, int, float]]) -> dict[str, list]:
    """tesseract's image_to_data columns for words given as (text, left, top, block, line, confidence): each word
    30 px tall and 16 px a letter wide."""
    data: dict[str, list] = {k: [] for k in ("text", "conf", "left", "top", "width", "height", "block_num")}
    data |= {"par_num": [], "line_num": []}
    for text, left, top, block, line, conf in words:
        for key, value in zip(
            ("text", "conf", "left", "top", "width", "height", "block_num", "par_num", "line_num"),
            (text, conf, left, top, 16 * len(text), 30, block, 1, line),
            strict=True,
        ):
            data[key].append(value)
    return data


def _columns(rows: list[tuple[str, str, str]], slope: float = 0.0) -> dict[str, list]:
    """A register of three columns that tesseract read as three blocks (numbers, then names, then amounts), on a
    page turned by `slope` (pixels down per pixel right)."""
    words: list[tuple[str, int, int, int, int, float]] = []
    for block, left in ((1, 100), (2, 400), (3, 1600)):
        for line, row in enumerate(rows, 1):
            top = 200 + 60 * line
            x = left
            for word in row[block - 1].split():
                words.append((word, x, round(top + slope * x), block, line, 91.0))
                x += 16 * len(word) + 12
    return _table(words)


REGISTER = [
    ("50101", "QUILLON TRENCH WORKS", "1,204.50"),
    ("50102", "SAXBY MEADOW LLC", "88.10"),
    ("50103", "COUNTY OF ORMSBY", "2,310.00"),
    ("50104", "TALLIS VANE INC", "415.75"),
    ("50105", "HOLLOWAY CRANE CO", "9,000.00"),
    ("50106", "PENWICK BOLT SUPPLY", "61.20"),
    ("50107", "DRAVEN MILLWORK", "730.00"),
    ("50108", "ASHCOMBE FILTERS INC", "1,050.05"),
]


@pytest.mark.parametrize("slope", [0.0, 0.012, -0.015])  # square, and turned under a degree either way
def test_a_table_read_as_column_blocks_is_set_in_rows(slope: float) -> None:
    text = _assemble(_columns(REGISTER, slope), 0).text
    lines = text.splitlines()
    assert lines == [f"{number}{GAP}{name}{GAP}{amount}" for number, name, amount in REGISTER]


def test_a_page_without_amounts_keeps_tesseracts_reading() -> None:
    rows = [(str(10 + i), f"NOTE {name.split()[0]}", "see file") for i, (_, name, _) in enumerate(REGISTER)]
    text = _assemble(_columns(rows), 0).text
    blocks = text.split("\n\n")
    assert len(blocks) == 3 and blocks[0].splitlines()[0] == "10" and GAP not in text


def test_a_column_gap_on_a_line_of_a_page_of_amounts_is_kept() -> None:
    words = []
    for line, (number, name, amount) in enumerate(REGISTER, 1):
        cells = [(number, 100), *((w, 400 + 200 * i) for i, w in enumerate(name.split()[:1])), (amount, 1600)]
        words += [(text, left, 200 + 60 * line, 1, line, 90.0) for text, left in cells]
    text = _assemble(_table(words), 0).text
    assert text.splitlines()[0] == f"50101{GAP}QUILLON{GAP}1,204.50"


def test_two_columns_of_prose_are_no_table() -> None:
    sentence = "the board met on the fourth and voted to buy a mower for 1,200.00 from the lowest bidder"
    words = []
    for block, left in ((1, 100), (2, 1300)):
        for line in range(1, 11):
            x = left
            for word in sentence.split():
                words.append((word, x, 200 + 60 * line, block, line, 93.0))
                x += 16 * len(word) + 12
    assert not is_split_table(lines_of(words_of(_table(words))))


@pytest.mark.parametrize(
    ("text", "confidence", "kept"),
    [
        ("__QUIL09", 40.0, "QUIL09"),  # a rule's end run into a code
        ("TRENCHWORK—~", 20.0, "TRENCHWORK"),
        ("“Footage”", 90.0, "“Footage”"),  # quotes are print
        ("50114.", 55.0, "50114"),  # a speck after a number
        ("04/11/2025.", 60.0, "04/11/2025"),
        ("SAXBY_MEADOW", 30.0, "SAXBY MEADOW"),  # a rule between two cells
        ("~~", 40.0, None),
        ("|", 10.0, None),
        ("—_—", 0.0, None),
        ("Total:", 95.0, "Total:"),  # a label's colon is print
        ("INC.", 90.0, "INC."),
        ("-415.75", 88.0, "-415.75"),  # a minus
        ("&", 90.0, "&"),  # print, not a speck
        ("***", 50.0, "***"),
        ("7", 30.0, None),  # unsure, alone between two gaps: a speck
        ("7", 96.0, "7"),  # sure: a quantity
    ],
)
def test_what_specks_and_rules_read_as_is_dropped(text: str, confidence: float, kept: str | None) -> None:
    words = [
        Word("QUILLON", 100, 200, 112, 30, (1, 1, 1), 95.0),
        Word(text, 400, 200, 16 * len(text), 30, (1, 1, 1), confidence),
        Word("1,204.50", 900, 200, 128, 30, (1, 1, 1), 95.0),
    ]
    assert [w.text for w in without_specks(words)] == ["QUILLON", *([kept] if kept else []), "1,204.50"]


ACCOUNT_PATHS = (  # a payment to a card's bank and its distribution lines, an account's path as their description
    "Check Nbr   Vendor Name   Check Date   Invoice Desc   Check Amount\n"
    "301877   TARNWELL CARD SERVICES   02/11/2025   Card Payment   1,740.12\n"
    "10   4410 22 5610 0760   GENERAL FUND/EXPENDITURES/GROUNDS UPKEEP   1,204.50\n"
    "20   0048 25 5610 oeo0   CAPITAL FUND/EXPENDITURES/ALDER PARK   535.62\n"
    "301878   WELLS ORCHARD/QUILLON PAVING   02/11/2025   Retainage   880.00\n"
)


def test_a_line_whose_description_is_an_accounts_path_is_the_payments() -> None:
    from foiakit.extract.register_lines import register_rows

    rows = [(r.payee, str(r.amount)) for r in register_rows(ACCOUNT_PATHS)]
    assert rows == [
        ("TARNWELL CARD SERVICES", "1740.12"),
        ("TARNWELL CARD SERVICES", "1204.50"),  # "GENERAL FUND/EXPENDITURES/…": no payee, the card's bank's line
        ("TARNWELL CARD SERVICES", "535.62"),  # … nor the OCR'd code before it ("oeo0")
        ("WELLS ORCHARD/QUILLON PAVING", "880.00"),  # one slash: a payee's name
    ]
