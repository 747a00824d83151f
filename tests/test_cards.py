"""Calendars (.ics) and address books (.vcf) are read with their fields named, an event or a contact a page."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from foiakit.cli import main
from foiakit.ingest.text import ingest_text
from foiakit.model import FileType, Settings, SourceFile

CALENDAR = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//Cal//EN\r\nX-WR-CALNAME:Chief's calendar\r\n"
    "BEGIN:VTIMEZONE\r\nTZID:America/Chicago\r\nEND:VTIMEZONE\r\n"
    "BEGIN:VEVENT\r\nUID:1@wexford.example.gov\r\nDTSTART;TZID=America/Chicago:20250304T100000\r\n"
    "DTEND;TZID=America/Chicago:20250304T110000\r\nSUMMARY:Demo: Harlow Signal\\, Inc. plate readers\r\n"
    'ORGANIZER;CN="Reyes, Ann":mailto:ann.reyes@wexford.example.gov\r\n'
    "ATTENDEE;CN=Bob Tran;ROLE=REQ-PARTICIPANT:mailto:bob@harlow.example.com\r\n"
    "LOCATION:City Hall\\, Room 2\r\nDESCRIPTION:Price sheet: $4\\,200.00 per camera\\nNDA to be signed be\r\n"
    " fore the demo.\r\nX-MICROSOFT-CDO-BUSYSTATUS:BUSY\r\n"
    "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Reminder\r\nEND:VALARM\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20250310\r\nSUMMARY:Council vote\r\nDTSTAMP:20250301T120000Z\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)
CONTACTS = (
    "BEGIN:VCARD\nVERSION:3.0\nN:Tran;Bob;;;\nFN:Bob Tran\nORG:Harlow Signal\\, Inc.;Sales\nTITLE:Account executive\n"
    "TEL;TYPE=WORK:+1-555-0100\nitem1.EMAIL;TYPE=INTERNET:bob@harlow.example.com\n"
    "ADR;TYPE=WORK:;;12 Mill Road;Wexford;OH;45000;USA\nPHOTO;ENCODING=b:iVBORw0KGgo=\nEND:VCARD\n"
    "BEGIN:VCARD\nVERSION:4.0\nFN:Ann Reyes\nEMAIL:ann.reyes@wexford.example.gov\nEND:VCARD\n"
)


@pytest.mark.parametrize(
    ("name", "data", "pages", "title"),
    [
        (
            "chief.ics",
            CALENDAR,
            [
                "Event\nSummary: Demo: Harlow Signal, Inc. plate readers\nStart: 2025-03-04 10:00 (America/Chicago)\n"
                "End: 2025-03-04 11:00 (America/Chicago)\nLocation: City Hall, Room 2\n"
                "Organizer: Reyes, Ann <ann.reyes@wexford.example.gov>\n"
                "Attendee: Bob Tran <bob@harlow.example.com> (req participant)\n"
                "Description: Price sheet: $4,200.00 per camera\n  NDA to be signed before the demo.\n"
                "UID: 1@wexford.example.gov",
                "Event\nSummary: Council vote\nStart: 2025-03-10\nStamped: 2025-03-01 12:00 UTC",
            ],
            "Chief's calendar",
        ),
        (
            "contacts.vcf",
            CONTACTS,
            [
                "Contact\nName: Bob Tran\nOrganization: Harlow Signal, Inc., Sales\nTitle: Account executive\n"
                "Email: bob@harlow.example.com (internet)\nPhone: +1-555-0100 (work)\n"
                "Address: 12 Mill Road, Wexford, OH, 45000, USA",
                "Contact\nName: Ann Reyes\nEmail: ann.reyes@wexford.example.gov",
            ],
            "",
        ),
        (
            "empty.ics",
            "BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n",
            ["BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n"],
            "",
        ),
    ],
)
def test_events_and_contacts_are_pages_with_named_fields(
    tmp_path: Path, name: str, data: str, pages: list[str], title: str
) -> None:
    path = tmp_path / name
    path.write_text(data, encoding="utf-8", newline="")
    document = ingest_text(SourceFile(path, name, "0" * 64, path.stat().st_size, FileType.TEXT), Settings())
    assert [page.text for page in document.pages] == pages
    assert [page.number for page in document.pages] == list(range(1, len(pages) + 1))
    assert document.title == title


def test_a_calendar_in_a_release_cites_its_event(tmp_path: Path) -> None:
    release = tmp_path / "release"
    release.mkdir()
    (release / "chief.ics").write_text(CALENDAR, encoding="utf-8", newline="")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(release), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    prices = list(csv.DictReader((out / "prices.csv").open(encoding="utf-8")))
    assert [(p["amount_low"], p["page"]) for p in prices] == [("4200.00", "1")]
