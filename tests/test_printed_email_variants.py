"""Printed email in the forms releases print it beyond the common layouts: Gmail's Reply-To, its name above the
address and its dates without a weekday; headers whose labels come before From (exports, eDiscovery field
names); quoted replies in the client's language; labels OCR garbled; redactions and Bates numbers on lines of
their own inside a header; calendar items. All names, addresses and places are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from foiakit.ingest.email_fields import is_furniture
from foiakit.ingest.email_headers import loose_label
from tests.test_printed_email_layouts import split, summary  # the same splitting of invented pages

GMAIL_REPLY_TO = """Gmail - Pool permit
2 messages
Orrin Vale <ovale@lakeport.example>                 Wed, Oct 1, 2025 at 9:05 AM
Reply-To: Orrin Vale <orrin@parkslist.example>
To: Tova Brandt <tova@brandtmail.example>
The permit is ready.
Tova Brandt <tova@brandtmail.example>                Wed, Oct 1, 2025 at 10:05 AM
To: Orrin Vale <ovale@lakeport.example>
Thanks.
"""

GMAIL_NAME_ABOVE_ADDRESS = """Gmail - Pool permit
Orrin Vale
<ovale@lakeport.example>
Wed, Oct 1, 2025 at 9:05 AM
To: Tova Brandt <tova@brandtmail.example>
The permit is ready.
"""

GMAIL_NO_WEEKDAY = """Orrin Vale <ovale@lakeport.example>                 Oct 1, 2025, 9:05 AM (2 days ago)
To: Tova Brandt <tova@brandtmail.example>
The permit is ready.
"""

TO_FIRST = """To: Quist, Pella
From: Vale, Orrin
Sent: Wednesday, October 1, 2025 9:05 AM
Subject: permit

Ready.
"""

SUBJECT_FIRST = """Subject: permit
From: Vale, Orrin
To: Quist, Pella
Sent: 10/1/2025 9:05:00 AM

Ready.
"""

SENT_BEFORE_FROM = """Sent: Wednesday, October 1, 2025 9:05 AM
From: Vale, Orrin
To: Quist, Pella
Subject: permit

Ready.
"""

EDISCOVERY_FIELDS = """Email From: Vale, Orrin
Email To: Quist, Pella
Email CC: Brandt, Tova
Email Subject: permit
Date Sent: 10/01/2025 9:05 AM

Ready.
"""

OCR_GARBLED = """Frem: Vale, Orrin
Sont: Wednesday, October 1, 2025 9:05 AM
To: Quist, Pella
Subjecl: permit

Ready.
"""

COLON_LOST = """From: Vale, Orrin
Sent Wednesday, October 1, 2025 9:05 AM
To: Quist, Pella
Subject: permit

Ready.
"""

REDACTIONS_BETWEEN_LABELS = """From: (b)(6)
(b)(6)
To: (b)(6)
(b) (6), (b) (7)(C)
Subject: permit

Ready.
"""

CALENDAR_ITEM = """Subject:        Fenwick Road site visit
Location:       Fenwick Road gate

Start:          Thu 10/2/2025 10:00 AM
End:            Thu 10/2/2025 11:00 AM
Show Time As:   Tentative

Recurrence:     (none)

Meeting Status: Not yet responded

Organizer:      Vale, Orrin
Required Attendees: Quist, Pella; Brandt, Tova; Records
Desk

Bring boots.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            GMAIL_REPLY_TO,
            [
                ("Orrin Vale", "2025-10-01T09:05:00", "Pool permit"),
                ("Tova Brandt", "2025-10-01T10:05:00", "Pool permit"),
            ],
        ),
        (GMAIL_NAME_ABOVE_ADDRESS, [("Orrin Vale", "2025-10-01T09:05:00", "Pool permit")]),
        (GMAIL_NO_WEEKDAY, [("Orrin Vale", "2025-10-01T09:05:00", "")]),
        (TO_FIRST, [("Vale, Orrin", "2025-10-01T09:05:00", "permit")]),
        (SUBJECT_FIRST, [("Vale, Orrin", "2025-10-01T09:05:00", "permit")]),
        (SENT_BEFORE_FROM, [("Vale, Orrin", "2025-10-01T09:05:00", "permit")]),
        (EDISCOVERY_FIELDS, [("Vale, Orrin", "2025-10-01T09:05:00", "permit")]),
        (OCR_GARBLED, [("Vale, Orrin", "2025-10-01T09:05:00", "permit")]),
        (COLON_LOST, [("Vale, Orrin", "2025-10-01T09:05:00", "permit")]),
        (REDACTIONS_BETWEEN_LABELS, [("(b)(6)", None, "permit")]),
        (CALENDAR_ITEM, [("Vale, Orrin", None, "Fenwick Road site visit")]),
    ],
    ids=[
        "gmail-reply-to",
        "gmail-name-above-address",
        "gmail-date-without-weekday",
        "to-before-from",
        "subject-before-from",
        "sent-before-from",
        "ediscovery-field-names",
        "ocr-garbled-labels",
        "sent-colon-lost",
        "exemption-lines-between-labels",
        "calendar-item",
    ],
)
def test_header_forms(text: str, expected: list[tuple[str | None, str | None, str]], tmp_path: Path) -> None:
    assert summary(split([text], tmp_path)) == expected


def test_header_forms_keep_their_recipients_and_bodies(tmp_path: Path) -> None:
    (to_first,) = split([TO_FIRST], tmp_path)
    assert [a.name for a in to_first.to] == ["Quist, Pella"] and to_first.body.strip() == "Ready."
    (ediscovery,) = split([EDISCOVERY_FIELDS], tmp_path)
    assert [a.name for a in ediscovery.cc] == ["Brandt, Tova"]
    (calendar,) = split([CALENDAR_ITEM], tmp_path)
    assert [a.name for a in calendar.to] == ["Quist, Pella", "Brandt, Tova", "Records Desk"]
    assert calendar.body.strip() == "Bring boots."
    gmail = split([GMAIL_NAME_ABOVE_ADDRESS], tmp_path)
    assert gmail[0].sender is not None and gmail[0].sender.address == "ovale@lakeport.example"


_OUTER = """From: Brandt, Tova <tova@brandtmail.example>
Sent: Tuesday, October 7, 2025 9:00 AM
To: Records Desk <records@lakeport.example>
Subject: RE: culvert

Done.

"""


@pytest.mark.parametrize(
    ("quote_line", "sender"),
    [
        ("Le mer. 1 oct. 2025 à 08:15, Orrin Vale <ovale@lakeport.example> a écrit :", "Orrin Vale"),
        ("El mié, 1 oct 2025 a las 8:15, Orrin Vale (<ovale@lakeport.example>) escribió:", "Orrin Vale"),
        ("Em qua., 1 de out. de 2025 às 08:15, Orrin Vale <ovale@lakeport.example> escreveu:", "Orrin Vale"),
        ("Il giorno mer 1 ott 2025 alle ore 08:15 Orrin Vale <ovale@lakeport.example> ha scritto:", "Orrin Vale"),
        ("Am Mi., 1. Okt. 2025 um 08:15 Uhr schrieb Orrin Vale <ovale@lakeport.example>:", "Orrin Vale"),
        ("Op wo 1 okt. 2025 om 08:15 schreef Orrin Vale <ovale@lakeport.example>:", "Orrin Vale"),
        ("Am 01.10.2025 um 08:15 schrieb Orrin Vale\n<ovale@lakeport.example>:", "Orrin Vale"),
    ],
    ids=["french", "spanish", "portuguese", "italian", "german", "dutch", "german-wrapped"],
)
def test_a_reply_line_in_the_clients_language_opens_a_quoted_message(
    quote_line: str, sender: str, tmp_path: Path
) -> None:
    messages = split([_OUTER + quote_line + "\n> Is the culvert clear?\n"], tmp_path)
    assert [m.sender.name if m.sender else None for m in messages] == ["Brandt, Tova", sender]
    assert messages[1].sender is not None and messages[1].sender.address == "ovale@lakeport.example"
    assert messages[1].quoted and "culvert clear" in messages[1].body
    assert messages[0].body.strip() == "Done."


@pytest.mark.parametrize(
    "text",
    [
        "TO: All Department Heads\nFROM: Orrin Vale, City Manager\nDATE: October 1, 2025\nSUBJECT: Budget\n\n"
        "The budget calendar is attached.\n",
        "From: 9:00 AM\nRent: $500\nTo: 5:00 PM\n\nThe hall is booked for the parks committee.\n",
        "Le parc Fenwick ouvre le 1 oct. 2025 à 08:15, dit Orrin Vale.\n",
        "Subject: Fenwick Road site visit\nLocation: Fenwick Road gate\n\nMeet at the gate.\n",
        "Form: 12-B\nSent to the county on October 1, 2025.\n",
    ],
    ids=["memo-to-first", "schedule-with-rent", "french-sentence", "subject-and-location-only", "form-line"],
)
def test_look_alikes_are_no_message(text: str, tmp_path: Path) -> None:
    assert split([text], tmp_path) == ()


def test_a_last_body_line_is_not_taken_for_the_name_above_an_address(tmp_path: Path) -> None:
    text = (
        "Tova Brandt <tova@brandtmail.example>    Tue, Sep 30, 2025 at 4:00 PM\n"
        "To: Orrin Vale <ovale@lakeport.example>\n"
        "Is the permit ready?\nThanks\n<ovale@lakeport.example>\nWed, Oct 1, 2025 at 9:05 AM\n"
        "To: Tova Brandt <tova@brandtmail.example>\nIt is.\n"
    )
    messages = split([text], tmp_path)
    assert len(messages) == 2
    assert messages[0].body.strip().endswith("Thanks")
    assert messages[1].sender is not None and messages[1].sender.name == ""


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Sont: Wednesday, October 1, 2025 9:05 AM", ("sent", "Wednesday, October 1, 2025 9:05 AM")),
        ("Sent Wednesday, October 1, 2025 9:05 AM", ("sent", "Wednesday, October 1, 2025 9:05 AM")),
        ("Subjecl: permit", ("subject", "permit")),
        ("5ubject: permit", ("subject", "permit")),
        ("Frem: Vale, Orrin", ("from", "Vale, Orrin")),
        ("Rent: $500", None),
        ("Seat: row 4", None),
        ("Dale, Orrin", None),
        ("Subject permit", None),
        ("Form 12 filed", None),
    ],
)
def test_loose_label(line: str, expected: tuple[str, str] | None) -> None:
    assert loose_label(line) == expected


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("(b)(6)", True),
        ("(b) (6), (b) (7)(C)", True),
        ("b6", True),
        ("[REDACTED]", True),
        ("████████", True),
        ("LAKEPORT_000123", True),
        ("LKPT.000123", True),
        ("(b)(6) asked for the culvert map", False),
        ("Redacted copies follow.", False),
    ],
)
def test_redaction_and_bates_lines_are_furniture(line: str, furniture: bool) -> None:
    assert is_furniture(line) is furniture


@pytest.mark.parametrize(
    "lost_from",
    ["________________________________", "(b)(6)", "██████████████"],
    ids=["outlook-underscore-rule", "exemption-code", "redaction-box"],
)
def test_a_quoted_header_whose_from_line_was_lost(lost_from: str, tmp_path: Path) -> None:
    text = (
        _OUTER
        + lost_from
        + "\nSent: Wednesday, October 1, 2025 8:15 AM\nTo: Records Desk\nSubject: culvert\n\nIs the culvert clear?\n"
    )
    messages = split([text], tmp_path)
    assert [m.date for m in messages] == ["2025-10-07T09:00:00", "2025-10-01T08:15:00"]
    assert messages[0].body.strip() == "Done." and messages[1].body.strip() == "Is the culvert clear?"


def test_a_label_printed_without_its_colon_inside_a_header(tmp_path: Path) -> None:
    text = (
        "From: Vale, Orrin <ovale@lakeport.example>\nSent: Tuesday, December 01, 2020 12:09 PM\n"
        "To                  (b) (6)                  @lakeport.example>\n"
        "Cc: Quist, Pella <pquist@lakeport.example>\nSubject: RE: culvert\n\nDecember 21 works.\n"
    )
    (message,) = split([text], tmp_path)
    assert [a.name for a in message.cc] == ["Quist, Pella"] and message.subject == "RE: culvert"
    assert message.to and message.body.strip() == "December 21 works."
