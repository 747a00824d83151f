"""More printed e-mail (tools/make_printouts2.py): records-portal exports, review-platform productions with slip
sheets, phone mail, nested ">" quotes, "On Behalf Of", a digest, a calendar invitation, German and Spanish labels,
read end to end through ingest (count and senders in print order); worn photocopies of them (slow). Then the rules
they taught, table-driven on other invented names: a records system's own labels, a mailing list digest's lines."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from test_printed_email_layouts import split  # the same one-file print, pages given as text
from test_printed_email_printouts import assert_truth, read

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import make_printouts2


@pytest.mark.parametrize("name", list(make_printouts2.PRINTOUTS))
def test_each_printout_counted_exactly(name: str, tmp_path: Path) -> None:
    truth = make_printouts2.make(tmp_path / "out", (name,))[f"{name}.pdf"]
    assert_truth(read(tmp_path / "out" / f"{name}.pdf", tmp_path / "work"), truth)


# worn photocopies (toner dust, a page askew) whose count is exact
PHOTOCOPIED = tuple(make_printouts2.PRINTOUTS)


@pytest.mark.slow
@pytest.mark.parametrize("name", PHOTOCOPIED)
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


@pytest.mark.parametrize(
    ("text", "senders"),
    [
        (
            "Topic summary\n\nHilde Vossberg <hvossberg@pellmoor.example>: Apr 02 10:15AM -0400\nThe ferry runs.\n\n"
            "atull@pellmoor.example: Apr 02 11:02AM -0400\nOnly on weekdays?\n",
            ["Hilde Vossberg", "atull@pellmoor.example"],
        ),
        # OCR's spaces inside the address and the time, dust at the line's edges
        (
            "Topic summary\n\n_ Hilde Vossberg <hvossberg@pellmoor. example>: Apr 02 10: 15AM -0400 |\n"
            "The ferry runs.\n",
            ["Hilde Vossberg"],
        ),
        # prose that names an address and a day with a colon between them: no digest line
        ("Write to Hilde <hvossberg@pellmoor.example>: Apr 02 works for the ferry.\n", []),
        ("Hilde Vossberg: Apr 02 10:15AM\nThe ferry runs.\n", []),
    ],
)
def test_a_digests_message_lines(text: str, senders: list[str], tmp_path: Path) -> None:
    found = [m.sender.name or m.sender.address for m in split([text], tmp_path) if m.sender]
    assert found == senders


@pytest.mark.parametrize(
    "line",
    [
        "Am 02.04.2026 um 10:15 schrieb Hilde Vossberg <hvossberg@pellmoor.example>:",
        # OCR spaced the time and left dust after the colon
        "Am 02.04.2026 um 10: 15 schrieb Hilde Vossberg <hvossberg@pellmoor. example>: .",
        "El jue, 2 abr 2026 a las 10: 15, Hilde Vossberg (<hvossberg@pellmoor.example>) escribió: ;",
    ],
)
def test_a_quote_line_in_the_clients_language_as_ocr_reads_it(line: str, tmp_path: Path) -> None:
    text = "Von: Anselm Tull <atull@pellmoor.example>\nGesendet: Freitag, 3. April 2026 09:00\nAn: Hilde\n"
    text += "Betreff: AW: Fähre\n\nDanke.\n\n" + line + "\n> Der Fahrplan ist angehängt.\n"
    messages = split([text], tmp_path)
    assert [m.sender.name if m.sender else "" for m in messages] == ["Anselm Tull", "Hilde Vossberg"]
