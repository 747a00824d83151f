"""Printed email as releases print it: Gmail prints, Outlook on the web, forwards nested in a body, a To field
that stops before the body, a header split by a page break. All names, addresses and wording are invented."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from foiakit.ingest.email_fields import continues_recipients
from foiakit.ingest.printed_email import split_printed_email
from foiakit.model import Document, FileType, Message, Page, Settings, SourceFile


def split(pages: list[str], tmp_path: Path) -> tuple[Message, ...]:
    path = tmp_path / "print.pdf"
    path.write_text("\n".join(pages), encoding="utf-8")
    source = SourceFile(path, path.name, hashlib.sha256(path.read_bytes()).hexdigest(), 1, FileType.PDF)
    document = Document(source=source, pages=tuple(Page(n, t, False, "test") for n, t in enumerate(pages, 1)))
    return split_printed_email(document, Settings()).messages


def summary(messages: tuple[Message, ...]) -> list[tuple[str | None, str | None, str]]:
    return [(m.sender.name if m.sender else None, m.date, m.subject) for m in messages]


GMAIL_DATE_BELOW = """10/2/25, 8:40 AM                      Gmail - Culvert survey at Fenwick Road
Tova Brandt <tova@brandtmail.example>
Culvert survey at Fenwick Road
2 messages
Orrin Vale <ovale@lakeport.example>
Wed, Oct 1, 2025 at 9:05 AM
To: Tova Brandt <tova@brandtmail.example>
Cc: Pella Quist <pquist@lakeport.example>
The survey crew starts Monday.
Tova Brandt <tova@brandtmail.example>
Wed, Oct 1, 2025 at 11:20 AM (1 day ago)
To: Orrin Vale <ovale@lakeport.example>
Thanks, I will tell the neighbours.
"""

GMAIL_DATE_RIGHT = """Gmail - Bench repairs
3 messages
Orrin Vale <ovale@lakeport.example>                              Thu, Oct 2, 2025 at 7:15 AM
To: parks@lakeport.example
Two benches need new slats.
Parks Desk <parks@lakeport.example>                              Thu, Oct 2, 2025 at 8:02 AM
To: Orrin Vale <ovale@lakeport.example>
Scheduled for Friday.
Orrin Vale <ovale@lakeport.example>                              Thu, Oct 2, 2025 at 8:30 AM
To: Parks Desk <parks@lakeport.example>
Great.
"""

OWA_REPLY = """Quist, Pella
Monday, October 6, 2025 10:14 AM
To: Vale, Orrin; Brandt, Tova
Cc: Records Desk
Subject: RE: Fenwick Road closure notice

Orrin, the notice went out this morning.

Vale, Orrin
Friday, October 3, 2025 4:48 PM
To: Quist, Pella
Subject: Fenwick Road closure notice

Can you send the closure notice to the residents?
"""


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        (
            [GMAIL_DATE_BELOW],
            [
                ("Orrin Vale", "2025-10-01T09:05:00", "Culvert survey at Fenwick Road"),
                ("Tova Brandt", "2025-10-01T11:20:00", "Culvert survey at Fenwick Road"),
            ],
        ),
        (
            [GMAIL_DATE_RIGHT],
            [
                ("Orrin Vale", "2025-10-02T07:15:00", "Bench repairs"),
                ("Parks Desk", "2025-10-02T08:02:00", "Bench repairs"),
                ("Orrin Vale", "2025-10-02T08:30:00", "Bench repairs"),
            ],
        ),
        (
            [OWA_REPLY],
            [
                ("Quist, Pella", "2025-10-06T10:14:00", "RE: Fenwick Road closure notice"),
                ("Vale, Orrin", "2025-10-03T16:48:00", "Fenwick Road closure notice"),
            ],
        ),
    ],
    ids=["gmail-date-below-sender", "gmail-date-right-of-sender", "owa-name-date-to"],
)
def test_client_layouts(pages: list[str], expected: list[tuple[str, str, str]], tmp_path: Path) -> None:
    assert summary(split(pages, tmp_path)) == expected


def test_gmail_and_owa_recipients_and_bodies(tmp_path: Path) -> None:
    gmail = split([GMAIL_DATE_BELOW], tmp_path)
    assert [a.address for a in gmail[0].cc] == ["pquist@lakeport.example"]
    assert [m.body.strip() for m in gmail] == ["The survey crew starts Monday.", "Thanks, I will tell the neighbours."]
    owa = split([OWA_REPLY], tmp_path)
    assert [a.name for a in owa[0].to] == ["Vale, Orrin", "Brandt, Tova"]
    assert [a.name for a in owa[0].cc] == ["Records Desk"]
    assert owa[0].body.strip() == "Orrin, the notice went out this morning."
    assert [m.quoted for m in owa] == [False, True]


_OUTER = """From: Brandt, Tova <tova@brandtmail.example>
Sent: Tuesday, October 7, 2025 9:00 AM
To: Records Desk <records@lakeport.example>
Subject: FW: culvert

See below.

"""


@pytest.mark.parametrize(
    ("nested", "sender", "date"),
    [
        (
            "---------- Forwarded message ---------\nFrom: Orrin Vale <ovale@lakeport.example>\n"
            "Date: Wed, Oct 1, 2025 at 9:05 AM\nSubject: culvert\nTo: Tova Brandt <tova@brandtmail.example>\n",
            "Orrin Vale",
            "2025-10-01T09:05:00",
        ),
        (
            "Begin forwarded message:\n\nFrom: Orrin Vale <ovale@lakeport.example>\nSubject: culvert\n"
            "Date: October 1, 2025 at 9:05:00 AM PDT\nTo: Tova Brandt <tova@brandtmail.example>\n",
            "Orrin Vale",
            "2025-10-01T09:05:00",
        ),
        (
            "-----Original Message-----\nFrom: Vale, Orrin [mailto:ovale@lakeport.example]\n"
            "Sent: Wednesday, October 01, 2025 9:05 AM\nTo: Brandt, Tova\nSubject: culvert\n",
            "Vale, Orrin",
            "2025-10-01T09:05:00",
        ),
        (
            "On Wed, Oct 1, 2025 at 9:05 AM Orrin Vale <\novale@lakeport.example> wrote:\n",
            "Orrin Vale",
            "2025-10-01T09:05:00",
        ),
        (
            "> On Wed, Oct 1, 2025, at 9:05 AM, Orrin Vale <ovale@lakeport.example> wrote:\n",
            "Orrin Vale",
            "2025-10-01T09:05:00",
        ),
    ],
    ids=["gmail-forward", "apple-begin-forwarded", "original-message", "wrote-wrapped", "wrote-quoted"],
)
def test_forward_nested_in_a_body_is_a_message(nested: str, sender: str, date: str, tmp_path: Path) -> None:
    messages = split([_OUTER + nested + "\nThe culvert at Fenwick Road is blocked again.\n"], tmp_path)
    assert [m.sender.name if m.sender else None for m in messages] == ["Brandt, Tova", sender]
    assert messages[1].date is not None and messages[1].date.startswith(date)
    assert messages[1].quoted and "culvert at Fenwick Road is blocked" in messages[1].body
    assert "See below." in messages[0].body and "Fenwick Road is blocked" not in messages[0].body


@pytest.mark.parametrize(
    ("to_lines", "recipients", "body_start"),
    [
        ("To: Whitfield, Dana\nDana, Thanks for the update on the culvert.", ["Whitfield, Dana"], "Dana, Thanks"),
        ("To: Dana Whitfield <dwhit@lakeport.example>\nHi Dana, see the map.", ["Dana Whitfield"], "Hi Dana"),
        ("To: Vale, Orrin; Quist,\nPella\n", ["Vale, Orrin", "Quist, Pella"], "The culvert"),
        ("To: Vale, Orrin;\nQuist, Pella; Records Desk\n", ["Vale, Orrin", "Quist, Pella", "Records Desk"], "The"),
        ("To: ovale@lakeport.example,\npquist@lakeport.example\n", ["", ""], "The culvert"),  # bare addresses
        ("To: Vale, Orrin\nPlease see the attached; thanks.", ["Vale, Orrin"], "Please see"),
    ],
    ids=["greeting-after-to", "hi-greeting", "wrapped-after-comma", "wrapped-after-semicolon", "addresses", "body"],
)
def test_to_field_stops_before_the_body(to_lines: str, recipients: list[str], body_start: str, tmp_path: Path) -> None:
    page = (
        "From: Brandt, Tova\nSent: Tuesday, October 7, 2025 9:00 AM\n"
        + to_lines
        + "\nThe culvert at Fenwick Road is blocked again.\n"
    )
    (message,) = split([page], tmp_path)
    assert [a.name for a in message.to] == recipients
    assert message.body.strip().startswith(body_start)


@pytest.mark.parametrize(
    ("previous", "line", "continues"),
    [
        ("Whitfield, Dana", "Dana, Thanks for the update", False),
        ("Vale, Orrin;", "Quist, Pella", True),
        ("Vale, Orrin", "Quist, Pella", False),
        ("Vale, Orrin", "pquist@lakeport.example; Records Desk", True),
        ("Vale, Orrin;", "Subject: culvert", False),
        ("Vale, Orrin;", "", False),
    ],
)
def test_continues_recipients(previous: str, line: str, continues: bool) -> None:
    assert continues_recipients(previous, line) is continues


_PAGE_ONE_END = (
    "From: Vale, Orrin\nSent: Friday, October 3, 2025 4:48 PM\nTo: Quist, Pella\n"
    "Subject: RE: Fenwick Road culvert replacement schedule and the detour for the\n"
)


@pytest.mark.parametrize(
    ("page_one", "page_two", "subject"),
    [
        (
            _PAGE_ONE_END + "\nPage 3 of 7\n",
            "school buses\n\nThe detour starts Monday.\n",
            "RE: Fenwick Road culvert replacement schedule and the detour for the school buses",
        ),
        (
            _PAGE_ONE_END + "\nLKPT-004512\n",
            "4\nschool buses\n\nThe detour starts Monday.\n",
            "RE: Fenwick Road culvert replacement schedule and the detour for the school buses",
        ),
        (
            "From: Vale, Orrin\nSent: Friday, October 3, 2025 4:48 PM\n\nPage 3 of 7\nLKPT-004512\n",
            "To: Quist, Pella\nSubject: RE: culvert\n\nThe detour starts Monday.\n",
            "RE: culvert",
        ),
        (
            "10/6/25, 9:12 AM                      Gmail - culvert\n"
            "Orrin Vale <ovale@lakeport.example>\nFri, Oct 3, 2025 at 4:48 PM\n\n"
            "https://mail.example.com/mail/u/0/?ik=1a2b3c&view=pt 1/2\n",
            "10/6/25, 9:12 AM                      Gmail - culvert\nTo: Pella Quist <pquist@lakeport.example>\n"
            "The detour starts Monday.\n",
            "culvert",
        ),
    ],
    ids=["subject-wrapped-page-number", "subject-wrapped-bates", "header-split-before-to", "gmail-browser-edge"],
)
def test_header_split_by_a_page_break_is_one_message(
    page_one: str, page_two: str, subject: str, tmp_path: Path
) -> None:
    messages = split([page_one, page_two], tmp_path)
    assert len(messages) == 1
    assert messages[0].subject == subject
    assert messages[0].body.strip() == "The detour starts Monday."
    assert (messages[0].page_start, messages[0].page_end) == (1, 2)


@pytest.mark.parametrize(
    "text",
    [
        "Orrin Vale\nMonday, October 6, 2025 10:14 AM\n\nMinutes of the parks committee.\n",
        "Fenwick Road\nWed, Oct 1, 2025 at 9:05 AM\nThe survey crew starts Monday.\n",
        "Parks committee\nMonday, October 6, 2025 10:14 AM\nAgenda: culvert, benches\n",
    ],
    ids=["name-and-date-without-to", "date-without-to", "agenda-not-to"],
)
def test_a_name_and_a_date_alone_are_no_message(text: str, tmp_path: Path) -> None:
    assert split([text], tmp_path) == ()


def test_a_greeting_after_a_page_number_is_not_the_subject(tmp_path: Path) -> None:
    page_one = (
        "From: Vale, Orrin\nTo: Quist, Pella\nSubject: RE: culvert for the Fenwick Road replacement and detours\n\n3\n"
    )
    (message,) = split([page_one, "Dana,\n\nThe detour starts Monday.\n"], tmp_path)
    assert message.subject == "RE: culvert for the Fenwick Road replacement and detours"
    assert "Dana," in message.body and "The detour starts Monday." in message.body


_GERMAN = """Von: Brandt, Tova <tova@brandtmail.example>
Gesendet: Montag, 6. Oktober 2025 10:14
An: Vale, Orrin
Betreff: AW: Brückeninspektion

Die Inspektion ist am Freitag.
"""

_GARBLED_LABELS = """Thanks, I will send the minutes.

Qx# : &quot;Vale, Orrin&quot; &lt;ovale@lakeport.example&gt;
7t[B] : 2025-10-06 10:46
Zb : RE: Fenwick Road culvert
W#A : &quot;Quist, Pella&quot; &lt;pquist@lakeport.example&gt;

Please send the minutes of the site visit.
"""

_EXPORT_WITHOUT_ANGLE = """Vale, Orrin /O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP
From: (FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN=0A1B2C3D-VALE ORRIN

Quist Pella /o=ExchangeLabs/ou=Exchange Administrative Group
To: (FYDIBOHF23SPDLT)/cn=Recipients/cn=4e5f6a7b-Quist Pella
(b)(6)
Subject: Fwd: culvert
Date: 2025/10/06 20:24:19
Priority: Normal

Type: Note

From: Brandt, Tova
Sent: Monday, October 6, 2025 8:17:45 PM
To: Vale, Orrin
Subject: culvert

The culvert is blocked.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_GERMAN, [("Brandt, Tova", "AW: Brückeninspektion")]),
        (_GARBLED_LABELS, [("Vale, Orrin", "RE: Fenwick Road culvert")]),
        (_EXPORT_WITHOUT_ANGLE, [("Vale, Orrin", "Fwd: culvert"), ("Brandt, Tova", "culvert")]),
    ],
    ids=["german-labels", "unreadable-labels-with-a-moment", "exchange-export-directory-name-without-angle"],
)
def test_other_header_forms(text: str, expected: list[tuple[str, str]], tmp_path: Path) -> None:
    messages = split([text], tmp_path)
    assert [(m.sender.name if m.sender else None, m.subject) for m in messages] == expected


def test_export_trailer_is_not_a_header(tmp_path: Path) -> None:
    trailer = (
        "Sender: Vale, Orrin <ovale@lakeport.example>\nRecipient: Quist Pella\n"
        "Sent Date: 2025/10/06 11:12:13\nDelivered Date: 2025/10/06 11:12:00\n"
    )
    assert split([trailer], tmp_path) == ()
