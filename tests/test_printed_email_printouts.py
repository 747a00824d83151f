"""Printed e-mail threads drawn as the clients and records systems print them (tools/make_printouts.py), read end to
end through ingest: each printout's message count (every message printed or quoted, once per printing) and the
sender of each message in print order. Born-digital prints are read from their text layer; the scans (slow) by OCR,
where a label column is read before its values and Lotus Notes' grid runs into its date line. Then the rules those
printouts taught, table-driven on text as OCR gives it. All names, places and domains are invented."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from test_printed_email_layouts import split  # the same one-file print, pages given as text

from foiakit.ingest import ingest
from foiakit.ingest.discover import discover
from foiakit.model import Message, Settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import make_printouts


def read(pdf: Path, work: Path) -> tuple[Message, ...]:
    return ingest(discover([pdf], work).files[0], Settings(work_dir=work)).messages


def assert_truth(messages: tuple[Message, ...], truth: dict) -> None:
    senders = [f"{m.sender.name} {m.sender.address}".lower() if m.sender else "" for m in messages]
    assert len(messages) == truth["emails"], senders
    for expected, found in zip(truth["senders"], senders, strict=True):
        assert expected in found, (expected, senders)


@pytest.mark.parametrize("name", list(make_printouts.PRINTOUTS))
def test_each_printout_counted_exactly(name: str, tmp_path: Path) -> None:
    truth = make_printouts.make(tmp_path / "out", (name,))[f"{name}.pdf"]
    assert_truth(read(tmp_path / "out" / f"{name}.pdf", tmp_path / "work"), truth)


# the scans that exercise OCR's readings: labels in a column before the values (an eDiscovery print, Apple Mail),
# Lotus Notes' grid run into the date line, Outlook's memo style
SCANNED = ("ediscovery_export", "apple_mail", "lotus_notes", "outlook_memo")
# worn photocopies (toner dust, a page askew) whose count is exact; the others are listed in the report
PHOTOCOPIED = (
    "outlook_memo",
    "gmail_print",
    "lotus_notes",
    "ediscovery_export",
    "calendar_spanish",
    "apple_mail",
    "owa_print",
    "groupwise",
    "french_reply",
    "grey_boxes",
    "page_break_bates",
    "disclaimer_attachments",
    "outlook_importance",
    "thunderbird",
    "yahoo_mail",
    "zimbra_print",
)


@pytest.mark.slow
@pytest.mark.parametrize("name", SCANNED)
def test_each_scanned_printout_counted_exactly(name: str, tmp_path: Path) -> None:
    truth = make_printouts.make(tmp_path / "out", (name,))[f"{name}.pdf"]
    scanned = make_printouts.scan(tmp_path / "out" / f"{name}.pdf", tmp_path / "out" / f"{name}_scan.pdf")
    assert_truth(read(scanned, tmp_path / "work"), truth)


@pytest.mark.slow
@pytest.mark.parametrize("name", PHOTOCOPIED)
def test_each_photocopied_printout_counted_exactly(name: str, tmp_path: Path) -> None:
    truth = make_printouts.make(tmp_path / "out", (name,))[f"{name}.pdf"]
    copy = make_printouts.scan(tmp_path / "out" / f"{name}.pdf", tmp_path / "out" / f"{name}_copy.pdf", 150, True)
    assert len(read(copy, tmp_path / "work")) == truth["emails"]


def test_the_written_and_held_out_halves_part_the_printouts() -> None:
    assert set(make_printouts.WRITTEN_FROM) | set(make_printouts.HELD_OUT) == set(make_printouts.PRINTOUTS)
    assert not set(make_printouts.WRITTEN_FROM) & set(make_printouts.HELD_OUT)


REPLY = "Noted, thanks.\n\n"
LABELS_FIRST = "From:\nSent:\nTo:\nSubject:\n\n"
VALUES = "Orla Fenwright <ofenwright@tamsel.example>\nThursday, May 7, 2026 2:10 PM\nBrisk, Aldo\nRE: Kiosk permit\n"


@pytest.mark.parametrize(
    ("text", "sender", "date", "subject"),
    [
        # OCR read a label column before its values: the values fill the labels in order
        (REPLY + LABELS_FIRST + VALUES + "\nThe kiosk permit is signed.\n", "Orla Fenwright", "2026-05-07T14:10", "RE"),
        (
            REPLY + "Begin forwarded message:\n\nFrom:\nSubject:\nDate:\nTo:\n\nOrla Fenwright <of@tamsel.example>\n"
            "Kiosk permit\nMay 7, 2026 at 2:10:05 PM EDT\nAldo Brisk <ab@tamsel.example>\n\nSigned.\n",
            "Orla Fenwright",
            "2026-05-07T14:10",
            "Kiosk permit",
        ),
        # the values do not line up (the Sent value is no moment): the labels stay a header of their own, empty
        (REPLY + LABELS_FIRST + "Orla Fenwright\nBrisk, Aldo\nRE: Kiosk permit\n\nSigned.\n", "", None, ""),
    ],
)
def test_labels_read_before_their_values(
    text: str, sender: str, date: str | None, subject: str, tmp_path: Path
) -> None:
    (message,) = split([text], tmp_path)
    assert (message.sender.name if message.sender else "") == sender
    assert (message.date or "")[:16] == (date or "")
    assert message.subject.startswith(subject)


NOTES_ROWS = "Subject\n\nThe kiosk is moved to the north gate.\n"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # Notes' date with the grid's label OCR put at its right ("bcc" misread "bec"), "Sent by:" between
        (
            "Orla Fenwright/Permits/Tamsel\n\nSent by: Front Desk/Permits/Tamsel cc\n10/07/2025 03:22 PM bec\n"
            + NOTES_ROWS,
            1,
        ),
        ("Orla Fenwright/Permits/Tamsel\n10/07/2025 03:22 PM cc\n" + NOTES_ROWS, 1),
        # a name without Notes' slashes, or a date with other words at its right: no header
        ("Orla Fenwright\n10/07/2025 03:22 PM cc\n" + NOTES_ROWS, 0),
        ("Orla Fenwright/Permits/Tamsel\n10/07/2025 03:22 PM kiosk opens\n" + NOTES_ROWS, 0),
    ],
)
def test_notes_date_with_a_grid_label_beside_it(text: str, count: int, tmp_path: Path) -> None:
    assert len(split([text], tmp_path)) == count


HEADER = (
    "From:   Orla Fenwright <ofenwright@tamsel.example>\nSent:   Thursday, May 7, 2026 2:10 PM\n"
    "To:   Brisk, Aldo <abrisk@tamsel.example>\nSubject:   Kiosk permit\n"
)


@pytest.mark.parametrize(
    ("metadata", "count"),
    [
        # an eDiscovery metadata table (field names in cells, no colons) above the message it describes: one message
        (
            "Custodian   Brisk, Aldo\nFrom   Orla Fenwright <ofenwright@tamsel.example>\nTo   Brisk, Aldo\nCC\n"
            "Date Sent   05/07/2026 02:10 PM\nSubject   Kiosk permit\nControl Number   TMS-0000123\n",
            1,
        ),
        ("Custodian: Brisk, Aldo\nFrom: Orla Fenwright\nDate Sent: 05/07/2026 02:10 PM\nSubject: Kiosk permit\n", 1),
        # a table for another moment: two messages
        (
            "From   Orla Fenwright <ofenwright@tamsel.example>\nTo   Brisk, Aldo\n"
            "Date Sent   05/06/2026 09:00 AM\nSubject   Kiosk permit\n",
            2,
        ),
    ],
)
def test_a_metadata_table_above_its_message(metadata: str, count: int, tmp_path: Path) -> None:
    assert len(split([metadata + HEADER + "\nSigned.\n"], tmp_path)) == count


# a worn photocopy's OCR: marks of toner dust before a label and around its value, between a Gmail sender and its
# date, after "wrote:"; Notes' grid lost but for a label or two
DUSTY = [
    (
        "From: — . Fenwright, Orla <ofenwright@tamsel.example> —\n‘Sent: Thursday, May 7, 2026 2:10 PM\n"
        "To: - Brisk, Aldo\n_ Subject: ~ Kiosk permit\n\nSigned.\n",
        [("Fenwright, Orla", "2026-05-07T14:10")],
    ),
    (
        "7 “From:. . - Fenwright, Orla <ofenwright@tamsel.example> .\n\n~ Sent: . Thursday, May 7, 2026 2:10 PM\n"
        "To: Brisk, Aldo\nSubject: Kiosk permit\n\nSigned.\n",
        [("Fenwright, Orla", "2026-05-07T14:10")],
    ),
    (
        "Orla Fenwright <ofenwright@tamsel.example> — ; . ‘Thu, May 7, 2026 at 2:10 PM\n"
        "To: Aldo Brisk <ab@tamsel.example>\n\nSigned.\n\n"
        "_ Aldo Brisk <ab@tamsel.example> ca | Thu, May 7, 2026 at 3:30 PM\nTo: Orla Fenwright\n\nThanks.\n",
        [("Orla Fenwright", "2026-05-07T14:10"), ("Aldo Brisk", "2026-05-07T15:30")],
    ),
    (
        "From: Aldo Brisk <ab@tamsel.example>\nSent: Thursday, May 7, 2026 3:30 PM\nTo: Orla Fenwright\n"
        "Subject: Re: Kiosk\n\nThanks.\n\nOn Thu, May 7, 2026 at 2:10 PM Orla Fenwright <ofenwright. tamsel@example>\n"
        "wrote: ;\n> Signed.\n",
        [("Aldo Brisk", "2026-05-07T15:30"), ("Orla Fenwright", "2026-05-07T14:10")],
    ),
    (
        "Orla Fenwright/Permits/Tamsel\n\nTo\nSent by: Front Desk/Permits/Tamsel cc\n10/07/2025 03:22 PM bec.\n\n"
        "The kiosk moves.\n\nAldo Brisk/Parks/Tamsel\n10/06/2025 11:05 AM\nne bee\n\nWhere does the kiosk go?\n",
        [("Orla Fenwright/Permits/Tamsel", "2025-10-07T15:22"), ("Aldo Brisk/Parks/Tamsel", "2025-10-06T11:05")],
    ),
    (
        ". | Custodian ae | Brisk, Aldo |\nFrom . | Orla Fenwright <ofenwright@tamsel.example> .\nTo . | Brisk, Aldo\n"
        "Date Sent | | 05/07/2026 02:10 PM\nSubject . '| Kiosk permit\nFile Name Kiosk_permit.msg\n"
        "Control! Number. TMS-0000123.\n\n" + HEADER + "\nSigned.\n",
        [("Orla Fenwright", "2026-05-07T14:10")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DUSTY)
def test_a_worn_copys_ocr_dust(text: str, expected: list[tuple[str, str]], tmp_path: Path) -> None:
    messages = split([text], tmp_path)
    assert [(m.sender.name if m.sender else "", (m.date or "")[:16]) for m in messages] == expected


@pytest.mark.parametrize(
    "text",
    [
        # dust-like marks before words in prose, a bulleted line, a name and a date with words between them
        "- From the north gate the crew walks to the kiosk.\n- Sent the plans on Thursday, May 7, 2026 2:10 PM.\n",
        "See the kiosk plan — ; ‘Thu, May 7, 2026 at 2:10 PM\nTo: all staff, see the notice.\n",
        "Orla Fenwright/Permits/Tamsel\nThe kiosk opens 10/07/2025 03:22 PM.\n",
        "Orla Fenwright\n10/07/2025 03:22 PM\n\nThe kiosk moves.\n",
    ],
)
def test_dust_rules_leave_prose_alone(text: str, tmp_path: Path) -> None:
    assert split([text], tmp_path) == ()
