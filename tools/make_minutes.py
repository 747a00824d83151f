"""Write invented pages of a public body's meeting and office papers (council minutes, an agenda with consent items,
a board packet's cover memo, a state records-request form, a printed e-mail with signature blocks, an interoffice
memo, a library board's minutes, an evidence release form), each with its truth.

    python tools/make_minutes.py [--out /tmp/minutes]

The pages hold what makes false agencies in such papers: a body's committees, boards and departments (units of it,
not agencies of their own), programs, funds and accounts, meeting and event names, a form's field labels and its
publisher's form-number line, people's titles ("Chief of Police"), streets and buildings ("Civic Center Drive"),
signature department lines, acts and courts cited; and agencies a memo names only by its header, "the Department"
or an initialism. Every name and place is INVENTED (a real state's name appears only as a state).

Beside each `<layout>.txt` the script writes `<layout>.json`: the truth in the evaluation set's gold format (see
eval/README.md): `agencies` (with the aliases the page uses), `agency_units`, `vendors`, `other_orgs`. The text is
fixed, so the output is the same on every run. Nothing generated is committed: tests/test_minutes_layouts.py writes
them to a temporary folder. The layouts split in two halves (`WRITTEN_FROM`, `HELD_OUT`): rules are written from
the first, the second checks them.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

COUNCIL_MINUTES = """CITY OF BRAMBLETON
MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL
March 4, 2025 - 6:30 p.m.
Council Chambers, Brambleton City Hall, 200 Civic Center Drive

1. CALL TO ORDER
Mayor Delia Stroud called the meeting to order at 6:31 p.m.

2. ROLL CALL
Present: Council Members Hobart, Lenz, Okafor and Vance. Absent: Council Member Pryce.
Staff present: City Manager Rowan Tilley, Chief of Police Marcus Febre, Finance Director Anita Coombs,
City Clerk Jo Ellery.

3. PRESENTATIONS
a. Proclamation recognizing National Public Safety Telecommunicators Week.
b. Brambleton Police Department annual report, presented by the Chief of Police.

4. CONSENT AGENDA
Motion by Lenz, second by Okafor, to approve the consent agenda as presented:
a. Minutes of the February 18, 2025 regular meeting.
b. Agreement with Quellmoor Technologies, Inc. for license plate reader cameras in the amount of $48,500,
   funded from the General Fund and the Police Grant Fund.
c. Acceptance of a grant from the Ohio Department of Public Safety for the Safe Streets Program.
d. Appointment of Lyle Garner to the Parks and Recreation Advisory Board.
Motion carried 4-0.

5. NEW BUSINESS
a. The Planning Commission recommended approval of the site plan for 415 Justice Center Way.
   The Public Works Department will report on the Main Street Reconstruction Project.
b. The City Manager reported that the Finance Department closed the Capital Improvement Fund audit.

6. ADJOURNMENT
The meeting adjourned at 7:42 p.m.
"""

CONSENT_AGENDA = """HOLLISTER COUNTY BOARD OF COMMISSIONERS
REGULAR SESSION AGENDA
Tuesday, May 13, 2025 - 9:00 a.m.
Hollister County Justice Center, Commission Room, 12 Courthouse Square

CONSENT ITEMS
1. Approve the minutes of the April 29, 2025 Work Session.
2. Budget amendment: transfer $12,000 from the Jail Commissary Fund to the Sheriff's Office Operating Account.
3. Authorize the Hollister County Sheriff's Office to purchase radios from Wyndale Radio Corp.
4. Accept the Emergency Management Performance Grant from the Indiana Department of Homeland Security.
5. Reappoint two members to the Hollister County Board of Health.
6. Approve the Fleet Services Division request to surplus three patrol vehicles.

REGULAR ITEMS
7. Public hearing: Ordinance 2025-07 amending the Hollister County Code, Title 4, Animal Control.
8. Report of the County Administrator on the Annual Road Program.
9. Executive session under the Open Door Law.
"""

COVER_MEMO = """FERNVALE UNIFIED SCHOOL DISTRICT
BOARD PACKET COVER MEMORANDUM

TO:      Board of Education
FROM:    Office of the Superintendent
DATE:    January 21, 2025
RE:      Student Information System Renewal

The Business Services Department and the Technology Department ask the Board to approve the renewal of the
District's student information system with Emberlyn Software LLC for $62,400. The Finance Committee reviewed the
renewal at its January 14, 2025 meeting. Funds are budgeted in the Technology Replacement Fund.

Recommended action: approve the renewal as presented.
"""

RECORDS_FORM = """PUBLIC RECORDS REQUEST FORM
Oregon Department of Revenue

Requester Name: ______________________
Mailing Address: _____________________
Agency Name: Oregon Department of Revenue
Division or Section holding the records: ________________
Description of records requested: ____________________________

Fee Schedule: The Department charges $0.25 per page for copies.
Requests are processed under the Oregon Public Records Law, ORS 192.311 to 192.478.

For Agency Use Only
Date Received: ________  Received By: ________  Request No.: ________

Form 150-800-001 (Rev. 07-2024)  Oregon Department of Revenue, Director's Office
"""

PRINTED_EMAIL = """From: Tessa Gorman <tgorman@kellowaypd.org>
Sent: Thursday, June 5, 2025 10:14 AM
To: Ben Adair <badair@harrowgatesignal.com>
Subject: RE: Camera maintenance visit

Ben,

Thanks for the update. Our Records Division will hold the footage until your technician arrives.

Tessa Gorman
Records Supervisor
Records Division
Kelloway Police Department
300 Civic Center Drive
Kelloway, WA 98501

From: Ben Adair <badair@harrowgatesignal.com>
Sent: Wednesday, June 4, 2025 3:02 PM
To: Tessa Gorman <tgorman@kellowaypd.org>
Subject: Camera maintenance visit

Tessa,

Our field team can visit the Kelloway Justice Center on June 12.

Ben Adair
Account Executive
Harrowgate Signal Systems LLC
www.harrowgatesignal.com
"""

INTEROFFICE_MEMO = """INTEROFFICE MEMORANDUM

TO:      Chief Ronald Pike, Osterfield Police Department
FROM:    Lt. Dana Quist, Patrol Division
CC:      Osterfield City Attorney's Office
DATE:    August 8, 2025
SUBJECT: Automated license plate reader audit

The Osterfield Police Department (OPD) completed its quarterly audit of the license plate reader system. OPD
found no queries without a case number. The Department will send the audit to the Ashby County Sheriff's Office
as the Data Sharing Agreement requires.
"""

LIBRARY_MINUTES = """PINECREST PUBLIC LIBRARY
BOARD OF TRUSTEES - MINUTES OF THE REGULAR MEETING
October 9, 2024

Present: President Ada Marsh, Vice President Leon Fitch, Trustees Gil Onyango and Wren Hale.
Also present: Library Director Mavis Orr.

Treasurer's Report: The Board reviewed the Operating Fund and the Building Reserve Fund statements.
Director's Report: The Friends of the Pinecrest Library gave $3,000 toward the Summer Reading Program.
The Personnel Committee will meet on October 23, 2024.
Old Business: The Board approved a copier lease with Gildmere Printing LLC.
The Village of Pinecrest Finance Department will process the payment.
Adjourned at 8:05 p.m.
"""

RELEASE_FORM = """DUNMORE FALLS POLICE DEPARTMENT
PROPERTY AND EVIDENCE RELEASE FORM

Case Number: 25-004417          Property Room Use Only
Releasing Officer: ____________  Badge No.: ______
Owner Name: __________________
Agency Case Agent: ___________
Released to Agency: __________

Property released by the Property and Evidence Unit, 90 Justice Center Plaza.
Approved by the Chief of Police or the Investigations Division Commander.

Form DFPD-114 (Rev. 03/2023)
"""


def _truth(kind: str, agencies: list[dict], units: list[str], vendors: list[dict], others: list[str]) -> dict:
    return {
        "kind": kind,
        "pages": 1,
        "vendors": vendors,
        "agencies": agencies,
        "agency_units": units,
        "other_orgs": others,
        "prices": [],
        "non_price_amounts": [],
        "nda": False,
        "nda_evidence": "",
        "capability_claims": [],
        "emails": 0,
        "dates": [],
        "redactions": False,
        "exemption_codes": [],
        "scored_pages": None,
        "notes": "invented page (tools/make_minutes.py)",
        "doubtful": [],
    }


LAYOUTS: dict[str, tuple[str, dict]] = {
    "council_minutes": (
        COUNCIL_MINUTES,
        _truth(
            "other",
            [
                {"name": "City of Brambleton", "aliases": [], "role": "sender"},
                {"name": "Brambleton Police Department", "aliases": [], "role": "mentioned"},
                {"name": "Ohio Department of Public Safety", "aliases": [], "role": "mentioned"},
            ],
            [
                "Brambleton City Council",
                "Parks and Recreation Advisory Board",
                "Planning Commission",
                "Public Works Department",
                "Finance Department",
            ],
            [{"name": "Quellmoor Technologies, Inc.", "aliases": ["Quellmoor Technologies"], "role": "seller"}],
            [],
        ),
    ),
    "consent_agenda": (
        CONSENT_AGENDA,
        _truth(
            "other",
            [
                {"name": "Hollister County Board of Commissioners", "aliases": ["Hollister County"], "role": "sender"},
                {"name": "Hollister County Sheriff's Office", "aliases": ["Sheriff's Office"], "role": "buyer"},
                {"name": "Indiana Department of Homeland Security", "aliases": [], "role": "mentioned"},
                {"name": "Hollister County Board of Health", "aliases": [], "role": "mentioned"},
            ],
            ["Fleet Services Division"],
            [{"name": "Wyndale Radio Corp.", "aliases": ["Wyndale Radio"], "role": "seller"}],
            [],
        ),
    ),
    "cover_memo": (
        COVER_MEMO,
        _truth(
            "memo",
            [
                {
                    "name": "Fernvale Unified School District",
                    "aliases": ["the District"],
                    "role": "sender",
                }
            ],
            [
                "Board of Education",
                "Office of the Superintendent",
                "Business Services Department",
                "Technology Department",
                "Finance Committee",
            ],
            [{"name": "Emberlyn Software LLC", "aliases": ["Emberlyn Software"], "role": "seller"}],
            [],
        ),
    ),
    "records_form": (
        RECORDS_FORM,
        _truth(
            "other",
            [{"name": "Oregon Department of Revenue", "aliases": ["the Department"], "role": "sender"}],
            ["Director's Office"],
            [],
            [],
        ),
    ),
    "printed_email": (
        PRINTED_EMAIL,
        _truth(
            "email_pdf",
            [{"name": "Kelloway Police Department", "aliases": [], "role": "sender"}],
            ["Records Division"],
            [{"name": "Harrowgate Signal Systems LLC", "aliases": ["Harrowgate Signal"], "role": "mentioned"}],
            [],
        ),
    ),
    "interoffice_memo": (
        INTEROFFICE_MEMO,
        _truth(
            "memo",
            [
                {"name": "Osterfield Police Department", "aliases": ["OPD", "the Department"], "role": "sender"},
                {"name": "Osterfield City Attorney's Office", "aliases": [], "role": "mentioned"},
                {"name": "Ashby County Sheriff's Office", "aliases": [], "role": "mentioned"},
            ],
            ["Patrol Division"],
            [],
            [],
        ),
    ),
    "library_minutes": (
        LIBRARY_MINUTES,
        _truth(
            "other",
            [
                {"name": "Pinecrest Public Library", "aliases": [], "role": "sender"},
                {"name": "Village of Pinecrest", "aliases": [], "role": "mentioned"},
            ],
            ["Board of Trustees", "Personnel Committee", "Finance Department"],
            [{"name": "Gildmere Printing LLC", "aliases": ["Gildmere Printing"], "role": "seller"}],
            ["Friends of the Pinecrest Library"],
        ),
    ),
    "release_form": (
        RELEASE_FORM,
        _truth(
            "other",
            [{"name": "Dunmore Falls Police Department", "aliases": ["DFPD"], "role": "sender"}],
            ["Property and Evidence Unit", "Investigations Division"],
            [],
            [],
        ),
    ),
}

# rules are written from these layouts' misses; the others are held out to check them (see eval/README.md's
# held-out rule)
WRITTEN_FROM = ("council_minutes", "cover_memo", "printed_email", "library_minutes")
HELD_OUT = ("consent_agenda", "records_form", "interoffice_memo", "release_form")


def make(out: Path) -> dict[str, dict]:
    """Write every layout's text and truth into `out`; return the truths by layout."""
    out.mkdir(parents=True, exist_ok=True)
    truths = {}
    for name, (text, truth) in LAYOUTS.items():
        (out / f"{name}.txt").write_text(text, encoding="utf-8")
        (out / f"{name}.json").write_text(json.dumps(truth, indent=2) + "\n", encoding="utf-8")
        truths[name] = truth
    return truths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/minutes"))
    args = parser.parse_args()
    truths = make(args.out)
    print(f"{len(truths)} layouts in {args.out}")


if __name__ == "__main__":
    main()
