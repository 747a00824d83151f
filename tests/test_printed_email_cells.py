"""Printed email read from a born-digital PDF whose text layer keeps column gaps (`pdf_text.GAP`): each field
drawn at its own x, as mail clients print, so a header line is a row of cells (a label and its value; a name and
its date; a print header's title and its time). Each case is also read as the same text with single spaces, as
OCR gives it. All names, places and domains are invented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from foiakit.ingest import ingest
from foiakit.ingest.discover import discover
from foiakit.ingest.email_fields import cells, column_label, is_furniture, label, labelled_cells
from foiakit.ingest.email_headers import parse_address_list
from foiakit.ingest.pdf_text import GAP
from foiakit.ingest.printed_email import split_printed_email
from foiakit.model import Document, FileType, Message, Page, Settings, SourceFile

CHAR_WIDTH = 5.2  # points per character of the fixture: a cell is drawn where its text starts in the fixture


def cell_pdf(path: Path, pages: list[str]) -> Path:
    """A PDF of the fixture's pages: each run of text between 3+ spaces is a cell drawn at its own x."""
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    for text in pages:
        y = 740.0
        for line in text.splitlines():
            c.setFont("Helvetica", 9)
            for cell in re.finditer(r"\S+(?: {1,2}\S+)*", line):
                c.drawString(40 + cell.start() * CHAR_WIDTH, y, cell.group(0))
            y -= 12
        c.showPage()
    c.save()
    return path


def through_pdf(pages: list[str], tmp_path: Path) -> tuple[Message, ...]:
    (tmp_path / "in").mkdir()
    path = cell_pdf(tmp_path / "in" / "print.pdf", pages)
    document = ingest(discover([path], tmp_path / "work").files[0], Settings(work_dir=tmp_path / "work"))
    assert any(GAP in page.text for page in document.pages)  # the text layer kept the columns apart
    return document.messages


def single_spaced(pages: list[str], tmp_path: Path) -> tuple[Message, ...]:
    """The same print as OCR reads it: one space between words, whatever the gap."""
    texts = [re.sub(r"[ \t]+", " ", page) for page in pages]
    path = tmp_path / "ocr.pdf"
    path.write_text("\n".join(texts), encoding="utf-8")
    source = SourceFile(path, path.name, "0" * 64, 1, FileType.PDF)
    document = Document(source=source, pages=tuple(Page(n, t, True, "ocr") for n, t in enumerate(texts, 1)))
    return split_printed_email(document, Settings()).messages


def fields(messages: tuple[Message, ...]) -> list[tuple[str | None, str | None, list[str], list[str], str]]:
    return [
        (
            m.sender.name or m.sender.address if m.sender else None,
            m.date,
            [a.name or a.address for a in m.to],
            [a.name or a.address for a in m.cc],
            m.subject,
        )
        for m in messages
    ]


OUTLOOK_COLUMN = """From:           Dana Quill <dquill@alderwick.example>
Sent:           Wednesday, October 1, 2025 9:05 AM
To:             Harold Vance <hvance@alderwick.example>
Cc:             Mira Sol <msol@alderwick.example>
Subject:        Culvert budget

Harold, the budget is attached.
"""

# two fields on one line: a value ends at the gap before the next field's label
SIDE_BY_SIDE = """From:   Dana Quill <dquill@alderwick.example>              Sent:   Wednesday, October 1, 2025 9:05 AM
To:   Harold Vance <hvance@alderwick.example>              Cc:   Mira Sol <msol@alderwick.example>
Subject:   Culvert budget

Harold, the budget is attached.
"""

TO_AND_CC_ONE_LINE = """From: Dana Quill <dquill@alderwick.example>
Sent: Wednesday, October 1, 2025 9:05 AM
To:   hvance@alderwick.example; iokafor@alderwick.example        Cc:   msol@alderwick.example
Subject: Culvert budget

Harold, the budget is attached.
"""

# Lotus Notes prints the sender and date in a left column, the labels and values in a right one
NOTES_TWO_COLUMNS = """Dana Quill/Ops/Alderwick                To        Harold Vance/Ops/Alderwick@Alderwick
10/01/2025 09:05 AM                     cc        Mira Sol/Ops/Alderwick@Alderwick
                                        Subject   Culvert budget

Harold, the budget is attached.
"""

# a browser's print of Gmail: its title and the print time in the page's header, the address and page in the footer
GMAIL_TITLE_FIRST = """Gmail - Culvert budget                                                  10/2/25, 9:14 AM
Culvert budget
1 message
Dana Quill <dquill@alderwick.example>                          Wed, Oct 1, 2025 at 9:05 AM
To: Harold Vance <hvance@alderwick.example>

Harold, the budget is attached.
https://mail.example.com/mail/u/0/?ik=4f2a&view=pt                                    1/1
"""

GMAIL_NO_WEEKDAY_REDACTED = """Gmail - Culvert budget                                                  10/2/25, 9:14 AM
Dana Quill <   >                                          Oct 1, 2025, 9:05 AM (1 day ago)
To: Harold Vance

Harold, the budget is attached.
"""

# the header broken by a page: the next page's print header between the name line and To
GMAIL_PAGE_BREAK = [
    """Gmail - Culvert budget                                                  10/2/25, 9:14 AM
Culvert budget
1 message
Dana Quill <dquill@alderwick.example>                          Wed, Oct 1, 2025 at 9:05 AM
https://mail.example.com/mail/u/0/?ik=4f2a&view=pt                                    1/2""",
    """Gmail - Culvert budget                                                  10/2/25, 9:14 AM
To: Harold Vance <hvance@alderwick.example>

Harold, the budget is attached.
https://mail.example.com/mail/u/0/?ik=4f2a&view=pt                                    2/2""",
]

NOTES_SENT_BY = """Dana Quill/Ops/Alderwick                To:        Harold Vance/Ops/Alderwick@Alderwick
Sent by: Ivo Marsh                      cc:
10/01/2025 09:05 AM                     bcc:
                                        Subject:   Culvert budget

Harold, the budget is attached.
"""

# Outlook on the web: the sender's name at the left, the date at the right of the same line
OWA_NUMERIC_DATE = """Quill, Dana                                                  Wed 10/1/2025 9:05 AM
To: Vance, Harold <hvance@alderwick.example>

Harold, the budget is attached.
"""

# a redaction box between the address's brackets, so wide that the text layer breaks the line inside it
GMAIL_ADDRESS_BOXED = """Culvert budget
1 message
Dana Quill <                                     >            Wed, Oct 1, 2025 at 9:05 AM
To: Harold Vance <                    >

Harold, the budget is attached.
"""

QUILL = ("Dana Quill", "2025-10-01T09:05:00")
CASES = [
    ("outlook-label-column", [OUTLOOK_COLUMN], [(*QUILL, ["Harold Vance"], ["Mira Sol"], "Culvert budget")]),
    ("fields-side-by-side", [SIDE_BY_SIDE], [(*QUILL, ["Harold Vance"], ["Mira Sol"], "Culvert budget")]),
    (
        "to-and-cc-on-one-line",
        [TO_AND_CC_ONE_LINE],
        [
            (
                *QUILL,
                ["hvance@alderwick.example", "iokafor@alderwick.example"],
                ["msol@alderwick.example"],
                "Culvert budget",
            )
        ],
    ),
    (
        "notes-two-columns",
        [NOTES_TWO_COLUMNS],
        [
            (
                "Dana Quill/Ops/Alderwick",
                "2025-10-01T09:05:00",
                ["Harold Vance/Ops/Alderwick@Alderwick"],
                ["Mira Sol/Ops/Alderwick@Alderwick"],
                "Culvert budget",
            )
        ],
    ),
    (
        "notes-sent-by-and-colons",
        [NOTES_SENT_BY],
        [
            (
                "Dana Quill/Ops/Alderwick",
                "2025-10-01T09:05:00",
                ["Harold Vance/Ops/Alderwick@Alderwick"],
                [],
                "Culvert budget",
            )
        ],
    ),
    (
        "owa-name-and-numeric-date",
        [OWA_NUMERIC_DATE],
        [("Quill, Dana", "2025-10-01T09:05:00", ["Vance, Harold"], [], "")],
    ),
    ("gmail-address-boxed", [GMAIL_ADDRESS_BOXED], [(*QUILL, ["Harold Vance"], [], "Culvert budget")]),
    ("gmail-title-then-time", [GMAIL_TITLE_FIRST], [(*QUILL, ["Harold Vance"], [], "Culvert budget")]),
    ("gmail-date-without-weekday", [GMAIL_NO_WEEKDAY_REDACTED], [(*QUILL, ["Harold Vance"], [], "Culvert budget")]),
    ("gmail-header-across-a-page", GMAIL_PAGE_BREAK, [(*QUILL, ["Harold Vance"], [], "Culvert budget")]),
]


@pytest.mark.parametrize(("pages", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_header_cells_through_a_born_digital_pdf(pages: list[str], expected: list[tuple], tmp_path: Path) -> None:
    assert fields(through_pdf(pages, tmp_path)) == expected


# cells that look like a header's and are not: a table of dates, a letter's "To" line, a schedule
LOOK_ALIKES = [
    "Crew roster\nDana Quill   10/01/2025 09:05 AM\nHarold Vance   10/01/2025 11:40 AM\nTotal   2\n",
    "Dana Quill/Ops/Alderwick   To   whom it may concern\n10/01/2025 09:05 AM\nThe culvert is done.\n",
    "Meeting notes   10/2/25, 9:14 AM\nFrom   the north gate to the culvert\nDate   of the survey\n",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_cells_that_are_no_header(text: str, tmp_path: Path) -> None:
    assert through_pdf([text], tmp_path) == ()


# the same prints as OCR reads them (no gaps): the fields the single-spaced reading has always given
OCR_EXPECTED = {
    "outlook-label-column": [(*QUILL, ["Harold Vance"], ["Mira Sol"], "Culvert budget")],
    "gmail-title-then-time": [(*QUILL, ["Harold Vance"], [], "Culvert budget")],
}


@pytest.mark.parametrize("case", sorted(OCR_EXPECTED))
def test_the_single_spaced_reading_is_unchanged(case: str, tmp_path: Path) -> None:
    pages = next(c[1] for c in CASES if c[0] == case)
    assert fields(single_spaced(pages, tmp_path)) == OCR_EXPECTED[case]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("To:   Harold Vance   Cc:   Mira Sol", ["To:", "Harold Vance", "Cc:", "Mira Sol"]),
        ("  Subject   Culvert budget  ", ["Subject", "Culvert budget"]),
        ("To: Harold Vance Cc: Mira Sol", ["To: Harold Vance Cc: Mira Sol"]),
        ("", []),
    ],
)
def test_cells(line: str, expected: list[str]) -> None:
    assert cells(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a value ends at the gap before another field's label, with or without its colon
        ("To:   Harold Vance; Ines Okafor   Cc:   Mira Sol", ("to", "Harold Vance; Ines Okafor")),
        ("To:   Harold Vance   Cc: Mira Sol", ("to", "Harold Vance")),
        ("From:   Dana Quill   Sent:   Wednesday, October 1, 2025 9:05 AM", ("from", "Dana Quill")),
        ("To:   Harold Vance   Subject", ("to", "Harold Vance")),
        # a gap inside a value that no label follows keeps the value whole (a recipient list set in columns)
        ("To:   Harold Vance   Mira Sol", ("to", "Harold Vance   Mira Sol")),
        # without gaps nothing is cut: OCR's "Cc" may be a word of the value
        ("To: Harold Vance Cc: Mira Sol", ("to", "Harold Vance Cc: Mira Sol")),
    ],
)
def test_a_value_ends_at_a_gap_before_a_label(line: str, expected: tuple[str, str]) -> None:
    assert label(line) == expected


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Gmail - Culvert budget   10/2/25, 9:14 AM", True),  # a browser's print header, the time at its right
        ("10/2/25, 9:14 AM   Gmail - Culvert budget", True),
        ("Gmail - Culvert budget 10/2/25, 9:14 AM", False),  # no gap: a line of text that ends in a moment
        ("Quill, Dana   10/1/2025 9:05 AM", False),  # a name and its date, no page title
    ],
)
def test_a_print_header_with_its_time_at_the_right_is_furniture(line: str, furniture: bool) -> None:
    assert is_furniture(line) is furniture


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("To   Harold Vance/Ops   cc   Mira Sol/Ops", ("to", "Harold Vance/Ops")),
        ("Subject   Culvert budget   Date", ("subject", "Culvert budget")),
        ("To   Harold Vance/Ops   Mira Sol/Ops", ("to", "Harold Vance/Ops   Mira Sol/Ops")),
        ("cc", ("cc", "")),
    ],
)
def test_a_column_value_ends_at_a_gap_before_a_label(line: str, expected: tuple[str, str]) -> None:
    assert column_label(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("To:   Harold Vance   Cc:   Mira Sol", [("to", "Harold Vance"), ("cc", "Mira Sol")]),
        (
            "From:   Dana Quill   Sent:   Wed 10/1/2025 9:05 AM",
            [("from", "Dana Quill"), ("sent", "Wed 10/1/2025 9:05 AM")],
        ),
        ("To:   Harold Vance   bcc", [("to", "Harold Vance"), ("bcc", "")]),
        ("To: Harold Vance Cc: Mira Sol", [("to", "Harold Vance Cc: Mira Sol")]),
        ("Culvert budget   Cc:   Mira Sol", []),  # no label first: no field
    ],
)
def test_fields_side_by_side_on_a_line(line: str, expected: list[tuple[str, str]]) -> None:
    assert labelled_cells(line) == expected


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("Harold Vance <   >", [("Harold Vance", "")]),  # the address blacked out, its brackets left
        (
            "Harold Vance <   >; Mira Sol <msol@alderwick.example>",
            [("Harold Vance", ""), ("Mira Sol", "msol@alderwick.example")],
        ),
        ("Harold Vance <hvance@alderwick.example>", [("Harold Vance", "hvance@alderwick.example")]),
    ],
)
def test_an_address_blacked_out_leaves_the_name(printed: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.name, a.address) for a in parse_address_list(printed)] == expected
