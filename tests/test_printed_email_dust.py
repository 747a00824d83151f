"""What OCR makes of a worn photocopy's header lines, round 7's rules: toner dust before a reply's quote line ("-Le …
a écrit :", "_ On … wrote:") and around GroupWise's ">>> … >>>", the initials' circle Outlook on the web prints beside
a sender's name (") Quill, Dana", "Quill, Dana (vn)"), a one-row header table whose Sent cell OCR read elsewhere,
Gmail's "To" with its colon lost beside a redaction box, and a space OCR put after a dot inside an address. Each
rule beside the prose it must leave alone. All names, places and domains are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_printed_email_layouts import split  # the same one-file print, pages given as text

from foiakit.ingest.email_headers import parse_address_list

REPLY = (
    "From: Aldo Brisk <abrisk@tamsel.example>\nSent: Friday, May 8, 2026 9:00 AM\nTo: Orla Fenwright\n"
    "Subject: Re: Kiosk permit\n\nThanks, signed.\n\n"
)


def found(text: str, tmp_path: Path) -> list[tuple[str, str, str]]:
    return [
        (m.sender.name if m.sender else "", m.sender.address if m.sender else "", (m.date or "")[:16])
        for m in split([text], tmp_path)
    ]


@pytest.mark.parametrize(
    ("quote_line", "sender"),
    [
        # a dash of dust glued to the French opener, "a" for "à", a space after the address's dot
        (
            "-Le lun. 4 mai 2026 a 14:30, Orla Fenwright <ofenwright@tamsel. example> a écrit :",
            ("Orla Fenwright", "ofenwright@tamsel.example"),
        ),
        ("_ On Mon, May 4, 2026 at 2:30 PM, Orla Fenwright <ofenwright@tamsel.example> wrote:", ("Orla Fenwright", "")),
        ("“ Am 04.05.2026 um 14:30 schrieb Orla Fenwright <ofenwright@tamsel.example>:", ("Orla Fenwright", "")),
        # GroupWise's markers with dust before and after, a mark after the time, the address spaced by OCR
        ("_ >>> Orla Fenwright 5/4/2026 2:30 PM >>>.", ("Orla Fenwright", "")),
        (
            '" >>> "Orla Fenwright" <OFenwright@tamsel. example> 05/04/26 02:30 PM: >>>',
            ("Orla Fenwright", "ofenwright@tamsel.example"),
        ),
    ],
)
def test_dust_before_a_quote_line(quote_line: str, sender: tuple[str, str], tmp_path: Path) -> None:
    messages = found(REPLY + quote_line + "\n> Is the kiosk permit signed?\n", tmp_path)
    assert len(messages) == 2
    name, address, _ = messages[1]
    assert sender[0] in name.replace('"', "")
    assert not sender[1] or address == sender[1]


@pytest.mark.parametrize(
    "text",
    [
        # dust-like marks before prose that names a day and someone writing; GroupWise's markers around prose
        "- On Monday the crew wrote to the kiosk vendor about the permit.\n",
        "_ >>> see the kiosk plan, pages 2 to 4 >>>\n",
        "-Le kiosque ouvre lundi 4 mai 2026 à 14:30, nous a écrit la mairie.\n",
    ],
)
def test_quote_line_dust_leaves_prose_alone(text: str, tmp_path: Path) -> None:
    assert found(REPLY + text, tmp_path) == [("Aldo Brisk", "abrisk@tamsel.example", "2026-05-08T09:00")]


OWA_BELOW = "Tue 5/5/2026 3:05 PM\n\nTo: Brisk, Aldo <abrisk@tamsel.example>\n\nThe kiosk permit is signed.\n"


@pytest.mark.parametrize(
    "sender_line",
    [
        ") Fenwright, Orla",  # a stray bracket of the initials' circle
        "(OF) Fenwright, Orla",  # the initials read in brackets
        "Fenwright, Orla (vn)",  # the circle read after the name
        "_ Fenwright, Orla",
        "Fenwright, Orla",
    ],
)
def test_owa_sender_beside_its_initials_circle(sender_line: str, tmp_path: Path) -> None:
    assert found(sender_line + "\n" + OWA_BELOW, tmp_path) == [("Fenwright, Orla", "", "2026-05-05T15:05")]


@pytest.mark.parametrize(
    "text",
    [
        # a mark before words that are no name, above a date and a To line
        ") The kiosk opens on\n" + OWA_BELOW,
        "(a) the kiosk permit, signed and sealed\n" + OWA_BELOW,
    ],
)
def test_initials_rule_leaves_prose_alone(text: str, tmp_path: Path) -> None:
    assert found(text, tmp_path) == []


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        # a one-row header table, its cells' rules read as bars, its Sent cell read elsewhere on the page
        (
            "~ | From: Orla Fenwright | 7 To: Aldo Brisk Subject: Kiosk permit",
            [("Orla Fenwright", "", "")],
        ),
        ("From: Orla Fenwright | To: Aldo Brisk | Subject: Kiosk permit", [("Orla Fenwright", "", "")]),
        # the same words without a cell's rule, or without a Subject cell, or a From that is no name: no header
        ("From: Orla Fenwright To: Aldo Brisk Subject: Kiosk permit", []),
        ("From: Orla Fenwright | To: Aldo Brisk", []),
        ("From: the north gate to the kiosk | To: the east gate | Subject: paving, see the plan", []),
    ],
)
def test_a_one_row_header_table_without_its_sent_cell(
    row: str, expected: list[tuple[str, str, str]], tmp_path: Path
) -> None:
    assert found(row + "\n\nAldo, the kiosk permit needs a signature.\n", tmp_path) == expected


def test_the_moved_sent_cell_opens_no_message_of_its_own(tmp_path: Path) -> None:
    row = "~ | From: Orla Fenwright | 7 To: Aldo Brisk Subject: Kiosk permit\n\n"
    text = row + "Aldo, sign it.\n\nSent: 5/4/2026 9:40 AM\n"
    assert found(REPLY + text, tmp_path) == [
        ("Aldo Brisk", "abrisk@tamsel.example", "2026-05-08T09:00"),
        ("Orla Fenwright", "", ""),
    ]


GMAIL_SENDER = "Orla Fenwright <ofenwright@tamsel.example> Fri, May 8, 2026 at 10:21 AM\n\n"


@pytest.mark.parametrize(
    ("to_line", "count"),
    [
        ("To > <a >", 1),  # the colon read as a mark beside a redaction box
        ("To: Aldo Brisk <abrisk@tamsel.example>", 1),
        ("To; Aldo Brisk", 1),
        # a word after "To", or no sender with its address and date above: no header
        ("Tomorrow the kiosk opens.", 0),
    ],
)
def test_gmail_to_line_with_its_colon_lost(to_line: str, count: int, tmp_path: Path) -> None:
    messages = found(GMAIL_SENDER + to_line + "\n\nGood morning Aldo,\n\nThe kiosk permit is signed.\n", tmp_path)
    assert len(messages) == count
    assert all(m == ("Orla Fenwright", "ofenwright@tamsel.example", "2026-05-08T10:21") for m in messages)


def test_the_colon_lost_to_line_needs_a_gmail_sender_above(tmp_path: Path) -> None:
    assert found("Orla Fenwright\nFri, May 8, 2026 at 10:21 AM\nTo > the kiosk desk\n\nSigned.\n", tmp_path) == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Orla Fenwright <ofenwright@tamsel. example>", ("Orla Fenwright", "ofenwright@tamsel.example")),
        ("Fenwright, Orla <of@permits.tamsel. example>", ("Fenwright, Orla", "of@permits.tamsel.example")),
        # a space after a dot outside the brackets is the text's
        ("Orla Fenwright. <ofenwright@tamsel.example>", ("Orla Fenwright.", "ofenwright@tamsel.example")),
    ],
)
def test_a_space_ocr_put_inside_an_address(value: str, expected: tuple[str, str]) -> None:
    (address,) = parse_address_list(value)
    assert (address.name, address.address) == expected
