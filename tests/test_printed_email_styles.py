"""Printed email as the common mail clients print it: one fixture per print style (text as `pdftotext -layout`
gives it), each with its true message count as eval/README.md counts it (every message printed or quoted, each
once per printing). Where the layout matters, the same print is also made as a PDF and read through ingest.
All names, places, domains and wording are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
from test_printed_email_layouts import split  # the same one-file print, pages given as text

from foiakit.ingest import ingest
from foiakit.ingest.discover import discover
from foiakit.model import Settings

OUTLOOK_DESKTOP = """Orrin Vale
From:                 Vale, Orrin <ovale@kestrelbay.example>
Sent:                 Wednesday, October 1, 2025 11:42 AM
To:                   Quist, Pella
Cc:                   Records Desk
Subject:              RE: Fenwick Road culvert survey

Pella, the survey crew can start Monday.

Orrin

From: Quist, Pella <pquist@kestrelbay.example>
Sent: Wednesday, October 1, 2025 9:05 AM
To: Vale, Orrin <ovale@kestrelbay.example>
Subject: RE: Fenwick Road culvert survey

When can the crew start?

-----Original Message-----
From: Brandt, Tova [mailto:tbrandt@harrowsurvey.example]
Sent: Tuesday, September 30, 2025 4:12 PM
To: Quist, Pella
Subject: Fenwick Road culvert survey

Our quote is attached.
________________________________
From: Quist, Pella
Sent: Tuesday, September 30, 2025 8:00 AM
To: Brandt, Tova
Subject: Fenwick Road culvert survey

Please send a quote for the survey.
"""

OWA = """Quist, Pella
Wed 10/1/2025 9:05 AM
To: Vale, Orrin <ovale@kestrelbay.example>;
Cc: Records Desk <records@kestrelbay.example>

Orrin, the gate code changed.

________________________________
From: Vale, Orrin <ovale@kestrelbay.example>
Sent: Tuesday, September 30, 2025 3:30 PM
To: Quist, Pella <pquist@kestrelbay.example>
Subject: Gate code

What is the new gate code?
"""

NEW_OUTLOOK = """From: Pella Quist <pquist@kestrelbay.example>
Date: Monday, October 6, 2025 at 10:14 AM
To: Orrin Vale <ovale@kestrelbay.example>
Subject: Re: Bench repairs

Scheduled for Friday.

From: Orrin Vale <ovale@kestrelbay.example>
Date: Monday, October 6, 2025 at 8:02 AM
To: Pella Quist <pquist@kestrelbay.example>
Subject: Bench repairs

Two benches need new slats.
"""

GMAIL = """10/2/25, 8:40 AM                      Kestrel Bay Mail - Gmail - Culvert survey at Fenwick Road

Tova Brandt <tbrandt@harrowsurvey.example>

Culvert survey at Fenwick Road
2 messages

Orrin Vale <ovale@kestrelbay.example>                               Wed, Oct 1, 2025 at 9:05 AM
To: Tova Brandt <tbrandt@harrowsurvey.example>

  The crew starts Monday.

Tova Brandt <tbrandt@harrowsurvey.example>                          Wed, Oct 1, 2025 at 11:20 AM
To: Orrin Vale <ovale@kestrelbay.example>

  Thanks, I will tell the neighbours.

  On Wed, Oct 1, 2025 at 9:05 AM Orrin Vale <ovale@kestrelbay.example>
  wrote:
   The crew starts Monday.
"""

APPLE = """From: Tova Brandt <tbrandt@harrowsurvey.example>
Subject: Fwd: Survey dates
Date: October 2, 2025 at 7:30:12 AM EDT
To: Orrin Vale <ovale@kestrelbay.example>

See below.

Sent from my iPhone

Begin forwarded message:

From: Pella Quist <pquist@kestrelbay.example>
Date: October 1, 2025 at 4:55:40 PM EDT
To: Tova Brandt <tbrandt@harrowsurvey.example>
Subject: Re: Survey dates

Monday is fine.

On Oct 1, 2025, at 9:05 AM, Tova Brandt <tbrandt@harrowsurvey.example> wrote:

> Can we start Monday?
"""

THUNDERBIRD = """Subject: Fwd: Hydrant flushing notice
From: Orrin Vale <ovale@kestrelbay.example>
Date: 10/2/2025, 8:15 AM
To: Pella Quist <pquist@kestrelbay.example>

FYI

-------- Forwarded Message --------
Subject:   Re: Hydrant flushing notice
Date:      Wed, 1 Oct 2025 16:55:40 -0400
From:      Tova Brandt <tbrandt@harrowsurvey.example>
To:        Orrin Vale <ovale@kestrelbay.example>

Posted on the board.

-------- Original Message --------
Subject:   Hydrant flushing notice
Date:      Wed, 1 Oct 2025 09:05:00 -0400
From:      Orrin Vale <ovale@kestrelbay.example>
To:        Tova Brandt <tbrandt@harrowsurvey.example>

Please post the notice.
"""

NOTES = """Pella Quist/PublicWorks/KestrelBay@KestrelBay
10/02/2025 08:15 AM
        To      Orrin Vale/PublicWorks/KestrelBay@KestrelBay
        cc      Tova Brandt <tbrandt@harrowsurvey.example>
   Subject      Fw: Sidewalk grinding

Orrin, see below.
----- Forwarded by Pella Quist/PublicWorks/KestrelBay on 10/02/2025 08:14 AM -----

Tova Brandt <tbrandt@harrowsurvey.example>
10/01/2025 09:05 AM
        To      Pella Quist/PublicWorks/KestrelBay@KestrelBay
        cc
   Subject      Sidewalk grinding

The grinder arrives Thursday.
"""

GROUPWISE = """From: "Pella Quist" <PQuist@kestrelbay.example>
To: "Orrin Vale" <OVale@kestrelbay.example>
Date: 10/2/2025 8:15 AM
Subject: Re: Salt dome

Order placed.

>>> Orrin Vale <OVale@kestrelbay.example> 10/1/2025 9:05 AM >>>
Can you order the salt?
"""

YAHOO = """Subject: Fw: Trailhead signs
From: Tova Brandt (tbrandt@harrowsurvey.example)
To: ovale@kestrelbay.example;
Date: Thursday, October 2, 2025, 08:15 AM EDT

Forwarding the proof.

----- Forwarded Message -----
From: Pella Quist <pquist@kestrelbay.example>
To: Tova Brandt <tbrandt@harrowsurvey.example>
Sent: Wednesday, October 1, 2025, 04:55:40 PM EDT
Subject: Re: Trailhead signs

The proof looks right.

On Wednesday, October 1, 2025, 09:05:12 AM EDT, Tova Brandt <tbrandt@harrowsurvey.example> wrote:

Here is the sign proof.
"""

AOL = """-----Original Message-----
From: Orrin Vale <ovale@kestrelbay.example>
To: marrowfen@aol.example
Sent: Wed, Oct 1, 2025 9:05 am
Subject: Dock permit

Your dock permit is approved.
"""

SLIP_SHEET = """BegBates:        KBAY-0001201
EndBates:        KBAY-0001202
Custodian:       Quist, Pella
Document Type:   Email
Email From:      Pella Quist <pquist@kestrelbay.example>
Email To:        Orrin Vale <ovale@kestrelbay.example>
Email CC:
Email Subject:   Pump station alarm
Date Sent:       10/01/2025 09:05 AM
File Name:       Pump station alarm.msg
KBAY-0001201
From: Pella Quist <pquist@kestrelbay.example>
Sent: Wednesday, October 1, 2025 9:05 AM
To: Orrin Vale <ovale@kestrelbay.example>
Subject: Pump station alarm

The alarm at pump station 4 went off twice overnight.
KBAY-0001202
"""

CALENDAR = """From: Orrin Vale <ovale@kestrelbay.example>
Sent: Wednesday, October 1, 2025 9:05 AM
To: Pella Quist; Tova Brandt
Subject: Culvert site walk
When: Wednesday, October 8, 2025 9:00 AM-10:00 AM (UTC-05:00) Eastern Time (US & Canada).
Where: Fenwick Road at Marsh Lane

Boots recommended.
"""

BATES = [
    """From: Quist, Pella
Sent: Wednesday, October 1, 2025 9:05 AM
To: Vale, Orrin
Subject: RE: Pump station 4

Orrin, the pump is back online.

From: Vale, Orrin
Sent: Tuesday, September 30, 2025 4:12 PM
                                                                     KBAY-0001203""",
    """To: Quist, Pella
Subject: Pump station 4

Is the pump running?
                                                                     KBAY-0001204""",
]

REDACTED = """From:           (b)(6)
Sent:           Wednesday, October 1, 2025 9:05 AM
To:             (b)(6)
Cc:             (b)(6)
Subject:        RE: Complaint about 14 Marsh Lane

Noted.

(b)(6)
Sent: Tuesday, September 30, 2025 4:12 PM
To: (b)(6)
Subject: Complaint about 14 Marsh Lane

A resident called about the noise.
"""

WRAPPED_TO = """From: Vale, Orrin <ovale@kestrelbay.example>
Sent: Wednesday, October 1, 2025 9:05 AM
To: Quist, Pella <pquist@kestrelbay.example>; Brandt, Tova <tbrandt@harrowsurvey.example>; Records Desk
<records@kestrelbay.example>; Harrow, Idris <iharrow@kestrelbay.example>; Lune, Maren
<mlune@kestrelbay.example>
Subject: Storm drain mapping

All, the mapping starts next week.
"""

SUBJECT_SPLIT = [
    """From: Vale, Orrin <ovale@kestrelbay.example>
Sent: Wednesday, October 1, 2025 9:05 AM
To: Quist, Pella <pquist@kestrelbay.example>
Subject: Storm drain mapping for the Fenwick Road and Marsh Lane
                                                                     Page 1 of 2""",
    """catchments

Pella, the mapping starts next week.
""",
]

OCR_NOISE = """Frorn; Vale, Orrin
5ent; Wednesday, October 1, 2025 9:05 AM
T0; Quist, Pella
Subjcct; Storm drain mapping

The mapping starts next week.

Fr0m: Quist, Pella
Sont: Tuesday, September 30, 2025 4:12 PM
To: Vale, Orrin
Subject: Storm drain mapping

When does the mapping start?
"""

# a print that repeats the message's header at the top of every page: one message, continued
REPEATED_HEADER = [
    """From: Vale, Orrin <ovale@kestrelbay.example>
Sent: Wednesday, October 1, 2025 9:05 AM
To: Quist, Pella <pquist@kestrelbay.example>
Subject: Storm drain mapping

Pella, the mapping of the Fenwick Road catchment starts next week and runs through the end of the
month. The crew will need access to the yards along Marsh Lane, and the notices go out on Friday.
                                                                     Page 1 of 2""",
    """From: Vale, Orrin <ovale@kestrelbay.example>
Sent: Wednesday, October 1, 2025 9:05 AM
To: Quist, Pella <pquist@kestrelbay.example>
Subject: Storm drain mapping

the residents who asked for a call first are listed below.
                                                                     Page 2 of 2""",
]

STYLES = [
    ("outlook-desktop", [OUTLOOK_DESKTOP], 4),
    ("outlook-web", [OWA], 2),
    ("new-outlook", [NEW_OUTLOOK], 2),
    ("gmail", [GMAIL], 3),
    ("apple-mail", [APPLE], 3),
    ("thunderbird", [THUNDERBIRD], 3),
    ("lotus-notes", [NOTES], 2),
    ("groupwise", [GROUPWISE], 2),
    ("yahoo", [YAHOO], 3),
    ("aol", [AOL], 1),
    ("ediscovery-metadata-page", [SLIP_SHEET], 1),
    ("calendar-invitation", [CALENDAR], 1),
    ("bates-stamps", BATES, 2),
    ("redacted-headers", [REDACTED], 2),
    ("wrapped-to-list", [WRAPPED_TO], 1),
    ("subject-split-by-page-break", SUBJECT_SPLIT, 1),
    ("ocr-noise", [OCR_NOISE], 2),
    ("header-repeated-on-each-page", REPEATED_HEADER, 1),
]


@pytest.mark.parametrize(("pages", "count"), [s[1:] for s in STYLES], ids=[s[0] for s in STYLES])
def test_message_count_of_each_print_style(pages: list[str], count: int, tmp_path: Path) -> None:
    assert len(split(pages, tmp_path)) == count


def test_each_style_keeps_its_senders_and_dates(tmp_path: Path) -> None:
    thunderbird = split([THUNDERBIRD], tmp_path)
    assert [(m.sender.address if m.sender else None, m.date) for m in thunderbird] == [
        ("ovale@kestrelbay.example", "2025-10-02T08:15:00"),
        ("tbrandt@harrowsurvey.example", "2025-10-01T16:55:40-04:00"),
        ("ovale@kestrelbay.example", "2025-10-01T09:05:00-04:00"),
    ]
    assert [m.subject for m in thunderbird] == [
        "Fwd: Hydrant flushing notice",
        "Re: Hydrant flushing notice",
        "Hydrant flushing notice",
    ]
    assert [m.quoted for m in thunderbird] == [False, True, True]
    continued = split(REPEATED_HEADER, tmp_path)
    assert (continued[0].page_start, continued[0].page_end) == (1, 2)
    assert "residents who asked" in continued[0].body
    (described,) = split([SLIP_SHEET], tmp_path)
    assert described.body.startswith("The alarm at pump station 4")
    assert (described.sender.address if described.sender else None, described.date) == (
        "pquist@kestrelbay.example",
        "2025-10-01T09:05:00",
    )


# Thunderbird prints Subject and Date above From; the header is complete only with them
THUNDERBIRD_HEADERS = [
    (
        "Subject: Re: Dock permit\nDate: Wed, 1 Oct 2025 09:05:00 -0400\nFrom: Orrin Vale <ovale@kestrelbay.example>\n"
        "To: marrowfen@harrowsurvey.example\n\nApproved.\n",
        1,
    ),
    (
        "Body text.\n\n-------- Forwarded Message --------\nSubject: Dock permit\nDate: 10/1/2025, 9:05 AM\n"
        "From: Orrin Vale\nTo: Pella Quist\n\nApproved.\n",
        1,
    ),
    (
        "-------- Original Message --------\nDate: Wed, 1 Oct 2025 09:05:00 -0400\n"
        "From: Orrin Vale <ovale@kestrelbay.example>\n\nApproved.\n",
        1,
    ),
    # an office memo printed Date / To / From / Subject: no address, no separator, no email
    (
        "DATE: October 1, 2025\nTO: Harbor Commission\nFROM: Orrin Vale, Harbor Master\nSUBJECT: Dock permits\n\n"
        "The commission asked for a summary.\n",
        0,
    ),
    ("Subject: Dock permits\nDate: October 1, 2025\nFrom: Harbor Master\nTo: Harbor Commission\n\nA summary.\n", 0),
]


@pytest.mark.parametrize(("text", "count"), THUNDERBIRD_HEADERS)
def test_labels_above_from_complete_a_header(text: str, count: int, tmp_path: Path) -> None:
    assert len(split([text], tmp_path)) == count


ONE_HEADER = """From: Vale, Orrin <ovale@kestrelbay.example>
Sent: Wednesday, October 1, 2025 9:05 AM
To: Quist, Pella <pquist@kestrelbay.example>
Subject: Storm drain mapping
"""
OTHER_TIME = ONE_HEADER.replace("9:05 AM", "9:45 AM")
OTHER_SENDER = ONE_HEADER.replace("Vale, Orrin <ovale@", "Lune, Maren <mlune@")
OTHER_SUBJECT = ONE_HEADER.replace("Storm drain mapping", "Culvert survey")
FOOT = "\n                                                       KBAY-0002001"


@pytest.mark.parametrize(
    ("pages", "count"),
    [
        # the header repeated at the top of the next page, Bates number or not: the message continued
        ([ONE_HEADER + "\nThe mapping starts next week and" + FOOT, ONE_HEADER + "\nruns through the month.\n"], 1),
        ([ONE_HEADER + "\nThe mapping starts next week and", "Page 2\n" + ONE_HEADER + "\nruns to the end.\n"], 1),
        # a metadata page right above the message it describes (labels an eDiscovery tool prints)
        (
            [
                "Custodian: Quist, Pella\n"
                + ONE_HEADER.replace("Sent:", "Date Sent:")
                + "Doc ID: KB-77\n"
                + ONE_HEADER
                + "\nThe mapping starts next week.\n"
            ],
            1,
        ),
        # another moment, sender or subject at the top of the next page: another message
        ([ONE_HEADER + "\nThe mapping starts next week.", OTHER_TIME + "\nIt runs through the month.\n"], 2),
        ([ONE_HEADER + "\nThe mapping starts next week.", OTHER_SENDER + "\nIt runs through the month.\n"], 2),
        ([ONE_HEADER + "\nThe mapping starts next week.", OTHER_SUBJECT + "\nIt runs through the month.\n"], 2),
        # the same message printed twice on one page, its body between: two printings
        ([ONE_HEADER + "\nThe mapping starts next week.\n\n" + ONE_HEADER + "\nThe mapping starts next week.\n"], 2),
        # printed below a reply that is not on a new page: quoted, not continued
        ([ONE_HEADER + "\nSee below.\nThe mapping starts next week.\n" + OTHER_TIME + "\nIt runs.\n"], 2),
    ],
)
def test_a_repeated_header_is_the_same_message(pages: list[str], count: int, tmp_path: Path) -> None:
    assert len(split(pages, tmp_path)) == count


# Layout PDFs: (left text, right-aligned text or None, bold) per line, one list per page; a left text with a tab
# is a label right-aligned in a column and its value beside it (Lotus Notes)
Row = tuple[str, str | None, bool]


def layout_pdf(path: Path, pages: list[list[Row]]) -> Path:
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    for rows in pages:
        y = 740.0
        for left, right, bold in rows:
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
            label, tab, value = left.partition("\t")
            if tab:
                c.drawRightString(130, y, label)
                c.drawString(140, y, value)
            else:
                c.drawString(72, y, left)
            if right:
                c.drawRightString(540, y, right)
            y -= 15
        c.showPage()
    c.save()
    return path


def rows(text: str, bold_first: bool = False, label_column: bool = False) -> list[Row]:
    """Lines of a fixture: a run of 3+ spaces splits a line into its left text and its right-aligned text (or,
    in a label column, into a label and its value)."""
    found: list[Row] = []
    for index, line in enumerate(text.splitlines()):
        left, _, right = line.strip().partition("   ")
        if label_column and line.startswith(" "):
            found.append((f"{left}\t{right.strip()}", None, False))
        else:
            found.append((left, right.strip() or None, bold_first and index == 0))
    return found


@pytest.mark.parametrize(
    ("pages", "count"),
    [
        ([rows(GMAIL)], 3),
        ([rows(OUTLOOK_DESKTOP, bold_first=True)], 4),
        ([rows(NOTES, label_column=True)], 2),
        ([rows(page) for page in REPEATED_HEADER], 1),
        ([rows(page) for page in BATES], 2),
    ],
    ids=["gmail", "outlook-desktop", "lotus-notes", "header-repeated-on-each-page", "bates-stamps"],
)
def test_print_styles_through_a_pdf(pages: list[list[Row]], count: int, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    path = layout_pdf(tmp_path / "in" / "print.pdf", pages)
    document = ingest(discover([path], tmp_path / "work").files[0], Settings(work_dir=tmp_path / "work"))
    assert len(document.messages) == count


REPLY = """From: Orrin Vale <ovale@kestrelbay.example>
Sent: Wednesday, October 1, 2025 9:05 AM
To: Pella Quist <pquist@kestrelbay.example>
Subject: Re: Dock permit

Approved.

"""


@pytest.mark.parametrize(
    ("quote", "sender", "date"),
    [
        # Apple Mail nests a quote line behind the marks of the reply that quotes it
        (
            "> > On Sep 30, 2025, at 5:00 PM, Pella Quist <pquist@kestrelbay.example> wrote:\n> > Old\n",
            "pquist@kestrelbay.example",
            "2025-09-30T17:00:00",
        ),
        (
            ">> On Sep 30, 2025, at 5:00 PM, Pella Quist <pquist@kestrelbay.example> wrote:\n>> Old\n",
            "pquist@kestrelbay.example",
            "2025-09-30T17:00:00",
        ),
        # GroupWise 8 names the quoted message's id before its sender, and may wrap
        (
            '>>> On 10/1/2025 at 8:00 AM, in message <5A9C0D1E.KB@kestrelbay.example>, "Pella Quist"\n'
            "<pquist@kestrelbay.example> wrote:\n> Old\n",
            "pquist@kestrelbay.example",
            "2025-10-01T08:00:00",
        ),
        # AOL
        (
            "In a message dated 10/1/2025 8:00:12 AM Eastern Daylight Time, marrowfen@aol.example writes:\n\nOld\n",
            "marrowfen@aol.example",
            "2025-10-01T08:00:12",
        ),
        # Thunderbird's short and ISO dates; Yahoo's time zone after the time
        ("On 10/1/2025 8:00 AM, Pella Quist wrote:\n> Old\n", "", "2025-10-01T08:00:00"),
        ("On 2025-10-01 08:00, Pella Quist wrote:\n> Old\n", "", "2025-10-01T08:00:00"),
        (
            "On Wednesday, October 1, 2025, 08:00:12 AM EDT, Pella Quist <pquist@kestrelbay.example> wrote:\n\nOld\n",
            "pquist@kestrelbay.example",
            "2025-10-01T08:00:12",
        ),
    ],
)
def test_quote_lines_of_each_client(quote: str, sender: str, date: str, tmp_path: Path) -> None:
    messages = split([REPLY + quote], tmp_path)
    assert len(messages) == 2
    quoted = messages[1]
    assert quoted.sender is not None and quoted.sender.address == sender
    assert quoted.sender.name in {"Pella Quist", ""}
    assert quoted.date is not None and quoted.date.startswith(date)


@pytest.mark.parametrize("name", ["Matt Quist", "Kurt Vale", "Walt Lune"])
def test_a_first_name_ending_in_t_is_no_time_zone(name: str, tmp_path: Path) -> None:
    quote = f"On Wed, Oct 1, 2025 at 8:00 AM {name} <pq@kestrelbay.example> wrote:\n> Old\n"
    quoted = split([REPLY + quote], tmp_path)[1]
    assert quoted.sender is not None and quoted.sender.name == name


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, the crew starts the survey, as Pella wrote:\n",  # no date
        "In a message dated last week, the contractor writes:\n",
        "> > The contractor wrote: see the attached quote.\n",
        ">>> 14 bins ordered >>>\n",
    ],
)
def test_quote_line_look_alikes_open_no_message(text: str, tmp_path: Path) -> None:
    assert len(split([REPLY + text], tmp_path)) == 1


NOTES_SENDER = "Tova Brandt <tbrandt@harrowsurvey.example>\n"
NOTES_ROWS = "To Pella Quist/PublicWorks/KestrelBay@KestrelBay\ncc\nSubject Sidewalk grinding\n\nThe grinder is late.\n"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (NOTES_SENDER + "10/01/2025 09:05 AM\n" + NOTES_ROWS, 1),
        (NOTES_SENDER + "10/01/2025 09:05 AM\nPlease respond to\ntbrandt@harrowsurvey.example\n" + NOTES_ROWS, 1),
        (NOTES_SENDER + "10/01/2025 09:05 AM\nPlease respond to tbrandt@harrowsurvey.example\n" + NOTES_ROWS, 1),
        ("Tova Brandt/Harrow@Harrow\nSent by: Front Desk/Harrow@Harrow\n10/01/2025 09:05 AM\n" + NOTES_ROWS, 1),
        # a name and a date above a line that starts with "To": a sign-off and the body, no header
        ("Tova Brandt\n10/01/2025 09:05 AM\nTo whom it may concern, the grinder is late.\n", 0),
        ("Tova Brandt\n10/01/2025 09:05 AM\nPlease respond to the survey by Friday.\n", 0),
    ],
)
def test_notes_header_with_collapsed_columns(text: str, count: int, tmp_path: Path) -> None:
    assert len(split([text], tmp_path)) == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a From line blacked out with nothing left of it: "Sent:" with a moment, To and Subject are a header
        (REPLY + "Sent: Tuesday, September 30, 2025 4:12 PM\nTo: Orrin Vale\nSubject: Dock permit\n\nOld.\n", 2),
        (REPLY.rstrip() + "\nSent: Tuesday, September 30, 2025 4:12 PM\nTo: Orrin Vale\nSubject: Dock permit\n", 2),
        # a memo's date (no time), a "Date:" label, or no Subject: no header
        (REPLY + "Sent: Tuesday, September 30, 2025\nTo: Orrin Vale\nSubject: Dock permit\n\nOld.\n", 1),
        (REPLY + "Date: Tuesday, September 30, 2025 4:12 PM\nTo: Orrin Vale\nSubject: Dock permit\n\nOld.\n", 1),
        (REPLY + "Sent: Tuesday, September 30, 2025 4:12 PM\nTo: Orrin Vale\n\nOld.\n", 1),
        # OCR broke a label's word in two
        (
            "Fro m: Orrin Vale\nSen t: Wednesday, October 1, 2025 9:05 AM\nTo: Pella Quist\n"
            "Subj ect: Dock permit\n\nA.\n",
            1,
        ),
        ("Fro m the harbor office: the docks open at 9:05 AM.\nTo all: see the notice.\n", 0),
        # Gmail's sender with its address blacked out and the spaces collapsed by the text layer's reader
        ("Orrin Vale Wed, Oct 1, 2025 at 9:05 AM\nTo: Pella Quist\nApproved.\n", 1),
        ("Meeting moved to Wed, Oct 1, 2025 at 9:05 AM\nTo: all staff, see the notice.\n", 0),
    ],
)
def test_headers_with_lines_lost_to_redaction_and_ocr(text: str, count: int, tmp_path: Path) -> None:
    assert len(split([text], tmp_path)) == count


@pytest.mark.parametrize(
    "to_rows",
    [
        "To Pella Quist/PublicWorks/KestrelBay@KestrelBay, Orrin Vale/PublicWorks/KestrelBay@KestrelBay,\n"
        "Maren Lune/PublicWorks/KestrelBay@KestrelBay\ncc\nSubject Sidewalk grinding\n",
        "   To      Pella Quist/PublicWorks/KestrelBay@KestrelBay, Orrin Vale/PublicWorks/KestrelBay@KestrelBay,\n"
        "           Maren Lune/PublicWorks/KestrelBay@KestrelBay\n   cc\n   Subject      Sidewalk grinding\n",
    ],
    ids=["spaces-collapsed", "spaced"],
)
def test_notes_recipients_wrapped_in_their_column(to_rows: str, tmp_path: Path) -> None:
    text = "Tova Brandt/Harrow@Harrow\n10/01/2025 09:05 AM\n" + to_rows + "\nLate.\n"
    (message,) = split([text], tmp_path)
    assert "Maren Lune/PublicWorks" in " ".join(a.name for a in message.to)
    assert message.subject == "Sidewalk grinding"
    assert message.body.strip() == "Late."


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a fax cover sheet prints From / To / Date / Subject: no address, no "Sent:", no email
        (
            "FAX COVER SHEET\nFrom: Pella Quist\nTo: Harrow Survey\nDate: 10/1/2025 9:05 AM\nSubject: Permit\n"
            "Pages: 3\n",
            0,
        ),
        ("Facsimile\n\nFrom: Pella Quist\nTo: Harrow Survey\nDate: October 1, 2025\nSubject: Permit\n", 0),
        # mail that mentions a fax is still mail
        (
            "Please fax the permit.\n\nFrom: Pella Quist <pquist@kestrelbay.example>\nTo: Orrin Vale\n"
            "Date: 10/1/2025 9:05 AM\nSubject: Permit\n\nFaxed.\n",
            1,
        ),
        (
            "Fax it to me.\n\nFrom: Pella Quist\nSent: Wednesday, October 1, 2025 9:05 AM\nTo: Orrin Vale\n"
            "Subject: Permit\n\nFaxed.\n",
            1,
        ),
    ],
)
def test_a_fax_cover_sheet_is_no_email(text: str, count: int, tmp_path: Path) -> None:
    assert len(split([text], tmp_path)) == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # an export's label column without colons, its spaces collapsed by the text layer's reader
        (
            "From Orrin Vale <ovale@kestrelbay.example>\nSent 10/1/2025 9:05 AM\nTo Pella Quist\n"
            "Subject Dock permit\n\nA.\n",
            1,
        ),
        ("From Orrin Vale\nDate Wednesday, October 1, 2025 9:05 AM\nTo Pella Quist\nSubject Dock permit\n\nA.\n", 1),
        # a body's lines that start with those words
        ("From the north gate\nDate of the survey to be set\nTo be confirmed\nSubject to approval by the board\n", 0),
    ],
)
def test_a_label_column_with_its_spaces_collapsed(text: str, count: int, tmp_path: Path) -> None:
    assert len(split([text], tmp_path)) == count
