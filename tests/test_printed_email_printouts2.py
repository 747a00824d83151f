"""More printed e-mail (tools/make_printouts2.py): records-portal exports, review-platform productions with slip
sheets, phone mail, nested ">" quotes, "On Behalf Of", a digest, a calendar invitation, German and Spanish labels,
read end to end through ingest (count and senders in print order); worn photocopies of them (slow). Then the rule
they taught, table-driven on other invented names: a records system's own labels."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from test_printed_email_layouts import split  # the same one-file print, pages given as text
from test_printed_email_printouts import assert_truth, read

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import make_printouts2

# written-from printouts whose count the rules do not get: a digest's message lines ("Name <addr>: Sep 16 08:14AM
# -0500") were read as headers in round 8, but that rule helped no held-out printout nor dev half, and was dropped.
# Strict: the day one is counted right, the test says so.
MISSED = {"groups_digest": "a mailing list digest's message lines are no header"}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=MISSED[name])) if name in MISSED else name
        for name in make_printouts2.PRINTOUTS
    ],
)
def test_each_printout_counted_exactly(name: str, tmp_path: Path) -> None:
    truth = make_printouts2.make(tmp_path / "out", (name,))[f"{name}.pdf"]
    assert_truth(read(tmp_path / "out" / f"{name}.pdf", tmp_path / "work"), truth)


# worn photocopies (toner dust, a page askew) whose count is exact; not nested_quotes, whose grey ">>" quote OCR
# reads past knowing ("On Fr. Sep 12. 2025. Name “pel qraver … » wrote", no colon, no quote marks), nor
# german_reply, whose quote line OCR spaces ("Am 12.09.2025 um 16: 20 schrieb …: .": the rule that read it helped
# no held-out printout and was dropped)
NOT_COPIED = {"nested_quotes", "german_reply", *MISSED}
PHOTOCOPIED = tuple(name for name in make_printouts2.PRINTOUTS if name not in NOT_COPIED)


# held-out photocopies not yet counted exactly (found at the merge: the branch's own last run of this slow test
# came before its last rule changes); strict, so the day one is read right, the test says so
COPY_MISSED = {
    "justfoia_export": "a records portal's labels as OCR reads them off a worn copy: no message found",
    "iphone_forward": "a phone's forwarded header as OCR reads it off a worn copy: 2 of 3 messages",
}


@pytest.mark.slow
@pytest.mark.parametrize(
    "name",
    [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=COPY_MISSED[name]))
        if name in COPY_MISSED
        else name
        for name in PHOTOCOPIED
    ],
)
def test_each_photocopied_printout_counted_exactly(name: str, tmp_path: Path) -> None:
    truth = make_printouts2.make(tmp_path / "out", (name,))[f"{name}.pdf"]
    copy = make_printouts2.scan(tmp_path / "out" / f"{name}.pdf", tmp_path / "out" / f"{name}_copy.pdf", 150, True)
    assert len(read(copy, tmp_path / "work")) == truth["emails"]


def test_the_written_and_held_out_halves_part_the_printouts() -> None:
    assert set(make_printouts2.WRITTEN_FROM) | set(make_printouts2.HELD_OUT) == set(make_printouts2.PRINTOUTS)
    assert not set(make_printouts2.WRITTEN_FROM) & set(make_printouts2.HELD_OUT)


def test_the_generator_is_deterministic(tmp_path: Path) -> None:
    first = make_printouts2.make(tmp_path / "a")
    second = make_printouts2.make(tmp_path / "b")
    assert first == second
    for name in first:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


BODY = "\nThe ferry timetable is attached.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a records system's labels, each message under "Message N of M"
        (
            "Message 1 of 2\nSender: Vossberg, Hilde <hvossberg@pellmoor.example>\nRecipients: Tull, Anselm\n"
            "Sent Date: 04/02/2026 10:15 AM\nSubject: Ferry timetable" + BODY + "Message 2 of 2\n"
            "Sender: Tull, Anselm <atull@pellmoor.example>\nRecipients: Vossberg, Hilde\n"
            "Sent Date: 04/01/2026 04:40 PM\nSubject: Ferry timetable" + BODY,
            [("Vossberg, Hilde", "2026-04-02T10:15"), ("Tull, Anselm", "2026-04-01T16:40")],
        ),
        # a portal's name and address on two labels, "Sent On"
        (
            "From (Name): Hilde Vossberg\nFrom (Address): hvossberg@pellmoor.example\n"
            "To (Address): atull@pellmoor.example\nSent On: 04/02/2026 10:15 AM\nSubject: Ferry timetable" + BODY,
            [("Hilde Vossberg", "2026-04-02T10:15")],
        ),
        (
            "Sender Name: Hilde Vossberg\nSender Email: hvossberg@pellmoor.example\nRecipient(s): Anselm Tull\n"
            "Date Sent: 4/2/2026 10:15 AM\nSubject Line: Ferry timetable" + BODY,
            [("Hilde Vossberg", "2026-04-02T10:15")],
        ),
        # as OCR reads a worn copy: dust at the edges, a label's words run together, a blank line inside
        (
            "From (Name): - - Hilde Vossberg.\n\nFrom (Address): . hvossberg@pellmoor.example\n"
            "‘To.(Address): atull@pellmoor.example\nSentOn: 04/02/2026 10:15 AM .\nSubject: Ferry timetable" + BODY,
            [("Hilde Vossberg.", "2026-04-02T10:15")],
        ),
    ],
)
def test_a_records_systems_labels(text: str, expected: list[tuple[str, str]], tmp_path: Path) -> None:
    messages = split([text], tmp_path)
    assert [(m.sender.name if m.sender else "", (m.date or "")[:16]) for m in messages] == expected
    assert all(m.sender and (m.sender.address or "").endswith("@pellmoor.example") for m in messages)
    assert not any(m.quoted for m in messages)  # each printed on its own, none quoted in another


@pytest.mark.parametrize(
    "text",
    [
        # a shipping slip's sender and recipient with a date but no time; a cover sheet's request fields
        "Sender: Pellmoor Ferry Co.\nRecipient: Anselm Tull\nSent Date: 04/02/2026\nSubject: Parcel 7" + BODY,
        "Requester: Hilde Vossberg\nDate Received: 04/02/2026 10:15 AM\nSubject: Ferry records" + BODY,
        # a sender and a moment with nothing else a header holds
        "Sender: Hilde Vossberg\nSent Date: 04/02/2026 10:15 AM" + BODY,
    ],
)
def test_records_labels_look_alikes_are_no_header(text: str, tmp_path: Path) -> None:
    assert split([text], tmp_path) == ()


def test_an_exports_trailer_is_not_read_twice(tmp_path: Path) -> None:
    """An export's trailer after a body (Sender / Recipients / Sent Date above Delivered Date) is one message."""
    text = (
        "The ferry timetable is attached.\n\nSender: Vossberg, Hilde <hvossberg@pellmoor.example>\n"
        "Recipients: Tull, Anselm <atull@pellmoor.example>\nSent Date: 2026/04/02 10:15:00\n"
        "Delivered Date: 2026/04/02 10:15:02\n"
    )
    assert len(split([text], tmp_path)) == 1
