"""Printed email: header blocks of several mail clients (and OCR's misreadings of them) split into messages."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from pdfgen import scan_pdf, text_pdf

from foiakit.extract import message_for
from foiakit.ingest import ingest
from foiakit.ingest.discover import discover
from foiakit.ingest.email_headers import parse_address_list, parse_loose_date
from foiakit.ingest.printed_email import split_printed_email
from foiakit.model import Document, FileType, Message, Page, Settings, SourceFile

OUTLOOK_THREAD = """From: Ocampo, Raymond <raymond.ocampo@marrowridgesheriff.gov>
Sent: Tuesday, March 6, 2018 10:14 AM
To: Whitfield, Dana <dana.whitfield@stratusvision.example>
Cc: Lindqvist, Howard <howard.lindqvist@marrowridgesheriff.gov>
Subject: RE: Stratus Recognize rollout to patrol

Dana, the board approved the pilot. Please send the signed NDA.

Ray

From: Whitfield, Dana <dana.whitfield@stratusvision.example>
Sent: Monday, March 5, 2018 4:02 PM
To: Ocampo, Raymond <raymond.ocampo@marrowridgesheriff.gov>
Subject: RE: Stratus Recognize rollout to patrol

Ray, the annual license stays at $48,000 for up to 120 users.

-----Original Message-----
From: Ocampo, Raymond [mailto:raymond.ocampo@marrowridgesheriff.gov]
Sent: Friday, March 02, 2018 9:30 AM
To: Whitfield, Dana
Subject: Stratus Recognize rollout to patrol

What will the pilot cost for patrol?
"""

APPLE_MAIL = """From: Jordan Lee <jlee@example.org>
Subject: Re: Records request 2025-118
Date: August 6, 2025 at 4:07:12 PM PDT
To: Records Office <records@example.gov>

Thank you, I will wait for the second installment.

> On Aug 5, 2025, at 9:12 AM, Records Office <records@example.gov> wrote:
>
> The first installment is attached.
"""

WROTE_ONLY = """Thanks, see you Thursday.

On Mon, Mar 5, 2018 at 4:02 PM, Dana Whitfield <dana.whitfield@stratusvision.example> wrote:
> Can we move the demo to Thursday?
"""

OCR_NOISY = """Frorn: Whitfield, Dana
Sent; Monday, March 5, 2018 4:02 PM
T0: Ocampo, Raymond
Sublect: RE: pilot pricing

Ray, the price stays the same.

-----Original Message-----
Fron: Ocampo, Raymond [mailto:raymond.ocampo@marrowridgesheriff.gov]
Sent: Friday, March 2, 2018 9:30 AM
To: Whitfield, Dana
Subiect: pilot pricing

What will the pilot cost?
"""

MEMO = """MEMORANDUM
To: Chief of Police
From: Budget Office
Date: March 5, 2018
Re: Surveillance technology inventory

The inventory is attached.
"""


def split(pages: list[str], tmp_path: Path) -> tuple[Message, ...]:
    path = tmp_path / "print.pdf"  # the text as a PDF's pages would hold it
    path.write_text("\n".join(pages), encoding="utf-8")
    source = SourceFile(path, path.name, hashlib.sha256(path.read_bytes()).hexdigest(), 1, FileType.PDF)
    document = Document(source=source, pages=tuple(Page(n, t, False, "test") for n, t in enumerate(pages, 1)))
    return split_printed_email(document, Settings()).messages


def senders(messages: tuple[Message, ...]) -> list[str | None]:
    return [m.sender.name if m.sender else None for m in messages]


def test_outlook_thread_with_original_message(tmp_path: Path) -> None:
    messages = split([OUTLOOK_THREAD], tmp_path)
    assert senders(messages) == ["Ocampo, Raymond", "Whitfield, Dana", "Ocampo, Raymond"]
    assert [m.date for m in messages] == ["2018-03-06T10:14:00", "2018-03-05T16:02:00", "2018-03-02T09:30:00"]
    assert [m.quoted for m in messages] == [False, True, True]
    assert messages[0].subject == "RE: Stratus Recognize rollout to patrol"
    assert messages[2].subject == "Stratus Recognize rollout to patrol"
    assert messages[0].sender is not None and messages[0].sender.address == "raymond.ocampo@marrowridgesheriff.gov"
    assert messages[2].sender is not None and messages[2].sender.address == "raymond.ocampo@marrowridgesheriff.gov"
    assert [a.name for a in messages[0].cc] == ["Lindqvist, Howard"]
    assert "board approved the pilot" in messages[0].body and "$48,000" not in messages[0].body
    assert messages[1].body.strip().startswith("Ray, the annual license")
    # body_start points into the page text at the first body line
    first = messages[0]
    assert first.body_start is not None and OUTLOOK_THREAD[first.body_start :].lstrip().startswith("Dana, the board")
    assert [m.id.split(":")[1] for m in messages] == ["1", "2", "3"]


GMAIL_THREAD = """8/7/25, 11:31 AM                    Gmail - Appeal of denial 2025-118
Jordan Lee <jlee@example.org>
Appeal of denial 2025-118
3 messages
Jordan Lee <jlee@example.org>                                   Wed, Aug 6, 2025 at 4:07 PM
To: Records Office <records@example.gov>
Cc: District Attorney <da@example.gov>, "Ruiz, Ana" <ana.ruiz@example.gov>
Please reconsider the denial.
Records Office <records@example.gov>                            Thu, Aug 7, 2025 at 9:00 AM
To: Jordan Lee <jlee@example.org>
We received your appeal.
Jordan Lee <jlee@example.org>                                   Thu, Aug 7, 2025 at 11:30 AM
To: Records Office <records@example.gov>
Thank you.
"""


def test_gmail_print_of_a_thread(tmp_path: Path) -> None:
    messages = split([GMAIL_THREAD], tmp_path)
    assert senders(messages) == ["Jordan Lee", "Records Office", "Jordan Lee"]
    assert [m.date for m in messages] == ["2025-08-06T16:07:00", "2025-08-07T09:00:00", "2025-08-07T11:30:00"]
    assert {m.subject for m in messages} == {"Appeal of denial 2025-118"}
    assert [a.address for a in messages[0].cc] == ["da@example.gov", "ana.ruiz@example.gov"]
    assert [a.name for a in messages[1].to] == ["Jordan Lee"]
    assert [m.body.strip() for m in messages] == [
        "Please reconsider the denial.",
        "We received your appeal.",
        "Thank you.",
    ]


def test_apple_mail_and_quoted_wrote_line(tmp_path: Path) -> None:
    messages = split([APPLE_MAIL], tmp_path)
    assert senders(messages) == ["Jordan Lee", "Records Office"]
    assert messages[0].subject == "Re: Records request 2025-118"
    assert messages[0].date is not None and messages[0].date.startswith("2025-08-06T16:07:12")
    assert messages[1].date == "2025-08-05T09:12:00" and messages[1].quoted


def test_on_date_wrote_is_a_message(tmp_path: Path) -> None:
    messages = split([WROTE_ONLY], tmp_path)
    assert senders(messages) == ["Dana Whitfield"]
    assert messages[0].sender is not None and messages[0].sender.address == "dana.whitfield@stratusvision.example"
    assert messages[0].date == "2018-03-05T16:02:00"


def test_ocr_noisy_labels(tmp_path: Path) -> None:
    messages = split([OCR_NOISY], tmp_path)
    assert senders(messages) == ["Whitfield, Dana", "Ocampo, Raymond"]
    assert [m.subject for m in messages] == ["RE: pilot pricing", "pilot pricing"]
    assert [m.to[0].name for m in messages] == ["Ocampo, Raymond", "Whitfield, Dana"]


def test_header_split_over_a_page_break(tmp_path: Path) -> None:
    page_one = (
        "From: Ocampo, Raymond\nSent: Tuesday, March 6, 2018 10:14 AM\nTo: Whitfield, Dana\nSubject: RE: demo\n\n"
        "Thursday works.\n\nFrom: Whitfield, Dana\nSent: Monday, March 5, 2018 4:02 PM\n\nMRCSO-000123\n"
    )
    page_two = "To: Ocampo, Raymond\nSubject: demo\n\nCan we move the demo to Thursday?\n"
    messages = split([page_one, page_two], tmp_path)
    assert senders(messages) == ["Ocampo, Raymond", "Whitfield, Dana"]
    assert messages[1].subject == "demo" and messages[1].to[0].name == "Ocampo, Raymond"
    assert (messages[1].page_start, messages[1].page_end) == (1, 2)
    assert "move the demo" in messages[1].body and "Thursday works." in messages[0].body


def test_every_header_block_is_a_message_across_pages(tmp_path: Path) -> None:
    pages = []
    for day in range(9, 4, -1):
        pages.append(
            f"From: Whitfield, Dana <dana@stratusvision.example>\nSent: Friday, March {day}, 2018 9:{day:02d} AM\n"
            f"To: Ocampo, Raymond\nSubject: RE: install\n\nUpdate {day}: cameras installed.\n"
        )
    messages = split(pages, tmp_path)
    assert len(messages) == 5
    assert [m.page_start for m in messages] == [1, 2, 3, 4, 5]
    assert messages[4].date == "2018-03-05T09:05:00"


@pytest.mark.parametrize("text", [MEMO, "To: the Board\nFrom the desk of the Chief\n\nNo email here.\n", ""])
def test_text_without_email_headers_has_no_messages(text: str, tmp_path: Path) -> None:
    assert split([text], tmp_path) == ()


@pytest.mark.parametrize(
    ("printed", "iso"),
    [
        ("Tuesday, March 6, 2018 10:14 AM", "2018-03-06T10:14:00"),
        ("Mon, Mar 5, 2018 at 4:02 PM", "2018-03-05T16:02:00"),
        ("3/6/2018 10:14:00 AM", "2018-03-06T10:14:00"),
        ("Wed, 6 Aug 2025 16:07:12 -0700", "2025-08-06T16:07:12-07:00"),
        ("Thursday, November 13, 2014 7:10 PM 93 \\w/", "2014-11-13T19:10:00"),  # OCR debris after the time
        ("no date here", None),
    ],
)
def test_printed_dates(printed: str, iso: str | None) -> None:
    parsed = parse_loose_date(printed)
    assert (parsed.isoformat() if parsed else None) == iso


def test_pdf_text_layer_thread_through_ingest(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    path = text_pdf(tmp_path / "in" / "thread.pdf", [OUTLOOK_THREAD])
    source = discover([path], tmp_path / "work").files[0]
    document = ingest(source, Settings(work_dir=tmp_path / "work"))
    assert senders(document.messages) == ["Ocampo, Raymond", "Whitfield, Dana", "Ocampo, Raymond"]
    assert all(m.page_start == m.page_end == 1 for m in document.messages)


def test_scanned_thread_is_split_after_ocr(tmp_path: Path) -> None:
    """One OCR'd page (≈1.5 s): the labels come back from tesseract, perhaps misread, and still split."""
    (tmp_path / "in").mkdir()
    lines = OCR_NOISY.replace("Frorn", "From").replace("Sent;", "Sent:").replace("T0", "To").splitlines()
    path = scan_pdf(tmp_path / "in" / "scan.pdf", [[line for line in lines if line.strip()]])
    source = discover([path], tmp_path / "work").files[0]
    document = ingest(source, Settings(work_dir=tmp_path / "work"))
    assert document.pages[0].ocr
    assert len(document.messages) == 2
    assert [m.date for m in document.messages] == ["2018-03-05T16:02:00", "2018-03-02T09:30:00"]


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        (
            "Ocampo, Raymond <Raymond.Ocampo@marrowridgesheriff.gov>; Lindqvist, Howard",
            [("Ocampo, Raymond", "raymond.ocampo@marrowridgesheriff.gov"), ("Lindqvist, Howard", "")],
        ),
        ("Dana Whitfield [mailto:dana@stratusvision.example]", [("Dana Whitfield", "dana@stratusvision.example")]),
        ("records@example.gov", [("", "records@example.gov")]),
        ("@gmail.com>", [("", "@gmail.com")]),  # name and mailbox redacted: the domain is kept
    ],
)
def test_printed_addresses(printed: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.name, a.address) for a in parse_address_list(printed)] == expected


def test_message_for_a_span(tmp_path: Path) -> None:
    messages = split([OUTLOOK_THREAD], tmp_path)
    document = Document(
        source=_pdf_source(tmp_path), pages=(Page(1, OUTLOOK_THREAD, False, "test"),), messages=messages
    )
    for words, position in [("board approved", 1), ("$48,000", 2), ("pilot cost for patrol", 3), ("Lindqvist", 1)]:
        found = message_for(document, 1, OUTLOOK_THREAD.index(words))
        assert found is not None and found.position == position, words
    assert message_for(document, 1, None) == messages[0]
    assert message_for(document, 2, 0) is None


def test_message_for_a_span_after_a_page_break(tmp_path: Path) -> None:
    page_one = "From: A\nSent: Tuesday, March 6, 2018 10:14 AM\nTo: B\nSubject: x\n\nFirst.\n\nFrom: B\n"
    page_two = "Sent: Monday, March 5, 2018 4:02 PM\nTo: A\nSubject: x\n\nSecond, older.\n"
    pages = (Page(1, page_one, False, "test"), Page(2, page_two, False, "test"))
    document = split_printed_email(Document(source=_pdf_source(tmp_path), pages=pages), Settings())
    assert [(m.page_start, m.page_end) for m in document.messages] == [(1, 1), (1, 2)]
    found = message_for(document, 2, page_two.index("Second"))
    assert found is not None and found.position == 2
    found = message_for(document, 1, page_one.index("First"))
    assert found is not None and found.position == 1


def test_message_for_a_quote_inside_a_native_email(tmp_path: Path) -> None:
    path = tmp_path / "reply.eml"
    path.write_text(
        "From: Dana Whitfield <dana@stratusvision.example>\nTo: raymond.ocampo@marrowridgesheriff.gov\n"
        "Date: Mon, 05 Mar 2018 16:02:00 -0500\nSubject: RE: pilot\n\nThe price stays the same.\n\n"
        "-----Original Message-----\nFrom: Ocampo, Raymond\nSent: Friday, March 2, 2018 9:30 AM\n"
        "To: Whitfield, Dana\nSubject: pilot\n\nWhat will the pilot cost?\n",
        encoding="utf-8",
    )
    source = discover([path], tmp_path / "work").files[0]
    document = ingest(source, Settings(work_dir=tmp_path / "work"))
    text = document.pages[0].text
    assert [(m.position, m.quoted) for m in document.messages] == [(1, False), (2, True)]
    assert message_for(document, 1, text.index("price stays")) == document.messages[0]
    assert message_for(document, 1, text.index("What will")) == document.messages[1]


def _pdf_source(tmp_path: Path) -> SourceFile:
    return SourceFile(tmp_path / "thread.pdf", "thread.pdf", "ab" * 32, 1, FileType.PDF)


EXPORTED = """Marsh, Kelda </O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP
(FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN=41C0FFEE-MARSH KELDA>

To: Ortiz, Ben
Subject: RE: Camera audit schedule
Date: 2023/05/14 09:12:00
Priority: Normal

From:

Type: Note

Thursday works for the Lakeport audit.

From: Ortiz, Ben <ben.ortiz@lakeport.example>
Sent: Saturday, May 13, 2023 4:40 PM
To: Marsh, Kelda
Subject: Camera audit schedule

Can we move the audit?
"""


def test_exchange_export_header_is_a_message(tmp_path: Path) -> None:
    """Records systems export a message as sender-with-directory-name, To, Subject, Date, Priority, Type."""
    messages = split([EXPORTED], tmp_path)
    assert senders(messages) == ["Marsh, Kelda", "Ortiz, Ben"]
    assert messages[0].subject == "RE: Camera audit schedule"
    assert messages[0].date == "2023-05-14T09:12:00"
    assert messages[0].body.strip() == "Thursday works for the Lakeport audit."
