"""Printed e-mail from exports and OCR that the labelled readers missed, table-driven with invented people:
a header whose From and Sent are split by another column's text, a quoted header in a language (or OCR) the
labels table does not know below a rule of dashes, and messages printed with only a metadata trailer."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_printed_email_layouts import split

INTERLOPER_THREAD = """From: Whitfield, Dana
Sent: Tuesday, May 6, 2025 9:12 AM
To: Ocampo, Raymond
Subject: RE: pilot schedule

Ray, the pilot starts in June.

Dana Whitfield
From: Ocampo, Raymond

{interlopers}
Sent: Monday, May 5, 2025 4:02 PM
To: Whitfield, Dana
Subject: pilot schedule

Dana, when does the pilot start?
"""


@pytest.mark.parametrize(
    ("interlopers", "messages"),
    [
        ("Operations Center (555) 010-2000", 2),
        ("Cat ielel\n\n19) 274. K\n2) Center (555) 010-2000\n\nes &|t; (5 aE: ot:", 2),  # OCR of a signature
        ("one\ntwo\nthree\nfour\nfive", 1),  # more than a column's residue: the From line was the body's
        ("Ray wrote a long paragraph here about the schedule of the pilot and its many stages in detail.", 1),
    ],
)
def test_a_column_read_between_from_and_sent(tmp_path: Path, interlopers: str, messages: int) -> None:
    found = split([INTERLOPER_THREAD.format(interlopers=interlopers)], tmp_path)
    assert len(found) == messages
    if messages == 2:
        assert found[1].sender is not None and found[1].sender.name == "Ocampo, Raymond"
        assert found[1].date == "2025-05-05T16:02:00"


FOREIGN_QUOTE = """From: Whitfield, Dana
Sent: Tuesday, May 6, 2025 9:12 AM
To: Kowal, Jan
Subject: RE: dane z rejestratora

Jan, thank you.

{rule}
Od: Kowal, Jan
Wysłano: 2025-05-05 10:46
Do: Whitfield, Dana
Temat: dane z rejestratora

Dana, the recorder's data is attached.
"""


@pytest.mark.parametrize(
    ("rule", "messages"),
    [
        ("-----Wiadomość oryginalna-----", 2),
        ("noone [ei] fb AE -----", 2),  # the rule's words OCR'd past reading
        ("Best regards ———", 2),
        ("", 1),  # no rule: four label lines alone are not a header here (a form's fields look the same)
    ],
)
def test_a_quoted_header_in_unknown_labels_below_a_rule(tmp_path: Path, rule: str, messages: int) -> None:
    found = split([FOREIGN_QUOTE.format(rule=rule)], tmp_path)
    assert len(found) == messages
    if messages == 2:
        assert found[1].sender is not None and found[1].sender.name == "Kowal, Jan"
        assert found[1].date == "2025-05-05T10:46:00"
        assert found[1].body.strip() == "Dana, the recorder's data is attached."


TRAILER = """{body}

Sender:

Recipient:

Sent Date:
Delivered Date:

Ocampo, Raymond </O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP
(FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN=0123ABCD-OCAMPO RAYM>
Whitfield Dana /o=ExchangeLabs/ou=Exchange Administrative Group
(FYDIBOHF23SPDLT)/cn=Recipients/cn=4567efab-Whitfield Dan

{stamp}
{stamp}
"""


def test_messages_printed_with_only_a_trailer(tmp_path: Path) -> None:
    first = TRAILER.format(body="The pilot's first week went well.", stamp="2025/05/05 08:33:17")
    second = TRAILER.format(body="Second week: two cameras offline.", stamp="2025/05/12 09:00:01")
    found = split([first, second], tmp_path)
    assert len(found) == 2
    assert [m.date for m in found] == ["2025-05-05T08:33:17", "2025-05-12T09:00:01"]
    assert found[0].body.startswith("The pilot's first week") and found[1].body.startswith("Second week")
    assert all(m.sender is not None and m.sender.name == "Ocampo, Raymond" for m in found)
    assert [m.page_start for m in found] == [1, 2]
    assert [m.quoted for m in found] == [False, False]  # two messages of the export, neither quoting the other


def test_a_trailer_after_a_header_adds_no_message(tmp_path: Path) -> None:
    header = "From: Ocampo, Raymond\nSent: Monday, May 5, 2025 8:33 AM\nTo: Whitfield, Dana\nSubject: week one\n\n"
    found = split([header + TRAILER.format(body="The first week went well.", stamp="2025/05/05 08:33:17")], tmp_path)
    assert len(found) == 1 and found[0].subject == "week one"
