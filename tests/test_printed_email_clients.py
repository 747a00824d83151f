"""Printed email from clients and exports the other tests do not cover: GroupWise quote lines, Lotus Notes
headers (labels with or without a colon), Outlook on the web's numeric date, label columns without a colon,
Outlook headers whose From line was lost, an export table OCR'd column by column, and garbled headers below a
separator. Each rule has its look-alikes that are not email. All names, addresses and wording are invented."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from test_printed_email_layouts import split  # the same one-file print, pages given as text

from foiakit.ingest.email_blocks import find_header_blocks
from foiakit.ingest.email_fields import column_label
from foiakit.ingest.email_headers import parse_loose_date

GROUPWISE = """From: "Tamsin Orly" <TOrly@fenwick.example>
To: "Bram Kettering" <BKettering@fenwick.example>
Date: 3/6/2018 9:12 AM
Subject: Re: Culvert pilot

Tuesday works for me.

>>> Bram Kettering 3/5/2018 4:02 PM >>>
Can we walk the site Tuesday?

>>> "Orla Penn" <OPenn@fenwick.example> 03/02/18 11:40 AM >>>
The contractor is ready.
"""

NOTES_COLONS = """Tamsin Orly/Fenwick@Fenwick
03/05/2018 04:02 PM
To: Bram Kettering/Fenwick@Fenwick
cc: Orla Penn/Fenwick@Fenwick
Subject: Re: Culvert pilot

The survey is booked.
"""

NOTES_COLUMN = """----- Forwarded by Bram Kettering/Fenwick on 03/06/2018 09:12 AM -----
Tamsin Orly/Fenwick
03/05/2018 04:02 PM
To
Bram Kettering/Fenwick@Fenwick
cc

Subject
Re: Culvert pilot

The survey is booked.
"""

OWA_NUMERIC = """Orly, Tamsin
Mon 3/5/2018 4:02 PM
To: Kettering, Bram
Cc: Penn, Orla

The survey is booked.
"""

COLUMNS = """From      Tamsin Orly <torly@fenwick.example>
Sent      Monday, March 5, 2018 4:02 PM
To        Bram Kettering <bkettering@fenwick.example>
Subject   Culvert pilot

The survey is booked.
"""

ORIGINAL_WITHOUT_FROM = """From: Bram Kettering <bkettering@fenwick.example>
Sent: Tuesday, March 6, 2018 9:12 AM
To: Tamsin Orly
Subject: RE: Culvert pilot

Tuesday works.

-----Original Message-----
Sent: Monday, March 5, 2018 4:02 PM
To: Bram Kettering
Subject: Culvert pilot

Can we walk the site?
"""

GARBLED_FROM = """Frorrl(b)(6)
Sent: Tuesday, October 13, 2020 4:04 PM
To: Records Desk
Subject: Question about access

Who can I ask?
"""

EXPORT_TABLE_OCR = """From:
Records Desk </0=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP
(b)(6)
SentVia:
To:
CC:
Subject: RE: Question about access
Date: 2020/10/14 06:55:28
Priority: Normal
Type: Note.SMIME.MultipartSigned
Good morning, the program office can help.
"""

EXPORT_LABELS_FIRST = """From:

To:

Penn, Orla </O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP
(FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN=3A5604409C83-PENN ORLA>

Kettering Bram /o=ExchangeLabs/ou=Exchange Administrative Group
(FYDIBOHF23SPDLT)/cn=Recipients/cn=6a381a09c510cc-Kettering Bram

DLO
Subject: RE: Lab contacts
Date: 2022/06/21 11:39:00
Priority: Normal

Type: Note

Thanks for the update.
"""

MAC_SHORT_DATE = """From: Bram Kettering <bkettering@fenwick.example>
Sent: Tuesday, March 6, 2018 9:12 AM
To: Tamsin Orly
Subject: RE: Culvert pilot

Yes.

On 3/5/18, 4:02 PM, "Tamsin Orly" <torly@fenwick.example> wrote:

    Can we walk the site?
"""

NOTES_WROTE_ON = """Tuesday works.

Tamsin Orly/Fenwick wrote on 03/05/2018 04:02:11 PM:

> Can we walk the site?
"""

GMAIL_COLUMNS_SWAPPED = """Gmail - Bench repairs
2 messages
Thu, Oct 2, 2025 at 7:15 AM
Orrin Vale <ovale@lakeport.example>
To: Parks Desk <parks@lakeport.example>
Two benches need new slats.
Parks Desk <parks@lakeport.example>                              Thu, Oct 2, 2025 at 8:02 AM
Bcc: Orrin Vale <ovale@lakeport.example>
Scheduled for Friday.
"""

GMAIL_REDACTED = """Bench repairs
2 messages
Orrin Vale <                 >                              Thu, Oct 2, 2025 at 7:15 AM
To: Parks Desk <                >
Two benches need new slats.
Parks Desk                                                   Thu, Oct 2, 2025 at 8:02 AM
To: Orrin Vale
Scheduled for Friday.
"""

SENT_FIRST = """Sent: Monday, March 5, 2018 4:02 PM
To: Bram Kettering
Subject: Culvert pilot

Can we walk the site?
"""

GARBLED_BELOW_RULE = """Noted, thanks.

martes [ea] $23 HAF -----
RAs A :Penn, Orla &lt QQ &gt;

Ws As ule & 1K) Rots AK
Pvata(b)(6) Yet; kettering &lt gy) &gt;

BY [a]:20227F03 A 26H O9nf0847)

=F Ji:Re: Travel plans

The files did not come through.
"""


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        # GroupWise quotes a reply under ">>> NAME DATE >>>", the name alone or with its address
        (
            [GROUPWISE],
            [
                ("Tamsin Orly", "2018-03-06T09:12:00", "Re: Culvert pilot"),
                ("Bram Kettering", "2018-03-05T16:02:00", ""),
                ("Orla Penn", "2018-03-02T11:40:00", ""),
            ],
        ),
        # Lotus Notes: sender with its Notes domain, a numeric date line, then labelled To / cc / Subject
        ([NOTES_COLONS], [("Tamsin Orly/Fenwick@Fenwick", "2018-03-05T16:02:00", "Re: Culvert pilot")]),
        # Notes printed as a column: each label alone on its line, its value below; an empty cc
        ([NOTES_COLUMN], [("Tamsin Orly/Fenwick", "2018-03-05T16:02:00", "Re: Culvert pilot")]),
        # Outlook on the web: a name line, "Mon 3/5/2018 4:02 PM", then To
        ([OWA_NUMERIC], [("Orly, Tamsin", "2018-03-05T16:02:00", "")]),
        # labels in a column without a colon
        ([COLUMNS], [("Tamsin Orly", "2018-03-05T16:02:00", "Culvert pilot")]),
        # the quoted header's From line blacked out: Sent / To / Subject below the separator
        (
            [ORIGINAL_WITHOUT_FROM],
            [
                ("Bram Kettering", "2018-03-06T09:12:00", "RE: Culvert pilot"),
                (None, "2018-03-05T16:02:00", "Culvert pilot"),
            ],
        ),
        # "From: (b)(6)" OCR'd without its colon
        ([GARBLED_FROM], [("(b)(6)", "2020-10-13T16:04:00", "Question about access")]),
        # Outlook for Mac's attribution with a two-digit year
        (
            [MAC_SHORT_DATE],
            [
                ("Bram Kettering", "2018-03-06T09:12:00", "RE: Culvert pilot"),
                ("Tamsin Orly", "2018-03-05T16:02:00", ""),
            ],
        ),
        # Lotus Notes' "NAME wrote on DATE:" above a quoted reply
        ([NOTES_WROTE_ON], [("Tamsin Orly/Fenwick", "2018-03-05T16:02:11", "")]),
        # Gmail's date read before its sender (the right column first), and a message with Bcc and no To
        (
            [GMAIL_COLUMNS_SWAPPED],
            [
                ("Orrin Vale", "2025-10-02T07:15:00", "Bench repairs"),
                ("Parks Desk", "2025-10-02T08:02:00", "Bench repairs"),
            ],
        ),
        # Gmail with the addresses blacked out: the name, blank brackets and the date on one line
        (
            [GMAIL_REDACTED],
            [
                ("Orrin Vale", "2025-10-02T07:15:00", "Bench repairs"),
                ("Parks Desk", "2025-10-02T08:02:00", "Bench repairs"),
            ],
        ),
        # a print whose first line is "Sent:": its From line blacked out of the text
        ([SENT_FIRST], [(None, "2018-03-05T16:02:00", "Culvert pilot")]),
        # an export's header table OCR'd column by column, "/O=" read as "/0="
        ([EXPORT_TABLE_OCR], [("Records Desk", "2020-10-14T06:55:28", "RE: Question about access")]),
        # the same with the empty To printed above the sender's directory name
        ([EXPORT_LABELS_FIRST], [("Penn, Orla", "2022-06-21T11:39:00", "RE: Lab contacts")]),
    ],
)
def test_client_layouts(pages: list[str], expected: list[tuple[str | None, str, str]], tmp_path: Path) -> None:
    messages = split(pages, tmp_path)
    assert [(m.sender.name if m.sender else None, m.date, m.subject) for m in messages] == expected
    assert [m.quoted for m in messages] == [False] + [True] * (len(messages) - 1)


def test_header_garbled_below_a_rule_with_broken_lines_is_one_message() -> None:
    blocks = find_header_blocks(GARBLED_BELOW_RULE)
    assert [(b.style, b.fields["from"]) for b in blocks] == [("separated-labels", "Penn, Orla &lt QQ &gt;")]
    assert GARBLED_BELOW_RULE[blocks[0].end :].strip() == "The files did not come through."


@pytest.mark.parametrize(
    "text",
    [
        # a travel table that starts with "From" has no Subject: not a header
        "From      Lakeport\nTo        Fenwick\nDate      March 5, 2018\n\nMileage 42\n",
        # "Sent:" in a body, under an ordinary sentence: no header without a From or a separator above
        "The notice was posted on the door.\nSent: March 5, 2018\nTo: the County\nSubject: appeal\n",
        # an office memo's To / From / Date / Subject
        "MEMORANDUM\nTO: All Staff\nFROM: Tamsin Orly, City Manager\nDATE: March 5, 2018\nSUBJECT: Parking\n",
        # a rule of dashes above a signature's contact lines: the first value names no sender
        "Regards,\nBram\n---------------\nPhone: 555-0100\nFax: 555-0101\nWeb: fenwick.example\n",
        # a name and a date on one line with no To below: a sign-in sheet, not a Gmail header
        "Orrin Vale            Thu, Oct 2, 2025 at 7:15 AM\nPella Quist        Thu, Oct 2, 2025 at 7:20 AM\n",
        # GroupWise's marker needs a date between the arrows
        ">>> see the attached map >>>\nThe survey is booked.\n",
    ],
)
def test_look_alikes_are_not_headers(text: str) -> None:
    assert find_header_blocks(text) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("To        Bram Kettering/Fenwick", ("to", "Bram Kettering/Fenwick")),
        ("cc", ("cc", "")),
        ("Subject\tRe: Culvert pilot", ("subject", "Re: Culvert pilot")),
        ("Date      March 5, 2018", ("sent", "March 5, 2018")),
        ("To be honest, the survey slipped.", None),
        ("From: Tamsin Orly", None),  # a label with its colon is `label`'s, not a column's
    ],
)
def test_column_label(line: str, expected: tuple[str, str] | None) -> None:
    assert column_label(line) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("03/05/18 4:02 PM", datetime(2018, 3, 5, 16, 2)),
        ("3/5/2018 4:02 PM", datetime(2018, 3, 5, 16, 2)),
        ("Mon 3/5/2018 4:02 PM", datetime(2018, 3, 5, 16, 2)),
        ("room 3/5 at noon", None),
    ],
)
def test_numeric_dates(value: str, expected: datetime | None) -> None:
    assert parse_loose_date(value) == expected
