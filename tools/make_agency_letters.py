"""Write invented letters and papers between public bodies, vendors and requesters (a records request's
acknowledgement and its answer, a state agency's award notice, a federal grant award, a fusion-center bulletin, an
interagency data-sharing MOU, e-mail between two agencies with signatures, a court order, a school district's board
memo, a university's purchase memo, a regional task force's report, a vendor's letter to an agency), each with its
truth.

    python tools/make_agency_letters.py [--out /tmp/agency_letters]

The pages hold what makes agencies go wrong in a release: one body written in several forms ("Sheriff's Office of
X County", "X County Sheriff's Office", its initialism), a state agency under a "STATE OF X" letterhead line,
federal bodies and their initialisms, bodies in letterheads and signatures, laws, programs and grants named after
bodies, job titles, courts, school districts and universities, public authorities, task forces, fusion centers,
vendors whose names hold "Public Safety" or "Police Supply", streets named after courts and colleges. Every name
and place is INVENTED (a real state's name appears only as a state, or as a state in a state body's generic name).

Beside each `<layout>.txt` the script writes `<layout>.json`: the truth in the evaluation set's gold format (see
eval/README.md): `agencies` (with the aliases the page uses), `agency_units`, `vendors`, `other_orgs`. The text is
fixed, so the output is the same on every run. Nothing generated is committed: tests/test_agency_letters.py writes
them to a temporary folder. The layouts split in two halves, chosen before any rule was written: rules are written
from `WRITTEN_FROM` (the acknowledgement, the state answer, the grant award, the MOU, the court order, the vendor's
letter); `HELD_OUT` (the award notice, the bulletin, the e-mail, the school memo, the university memo, the task
force's report) only checks them.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ACKNOWLEDGEMENT = """SHERIFF'S OFFICE OF TARROW COUNTY
Records Unit
118 Court Street, Halden, MT 59601
Phone (406) 555-0148

April 7, 2025

Ms. Imogen Vale
Driftwood Ledger
PO Box 4410
Halden, MT 59604

Re: Public Records Request No. 2025-0193

Dear Ms. Vale:

The Tarrow County Sheriff's Office (TCSO) received your request on April 2, 2025, under the Montana Public Records
Act, for contracts between the Sheriff's Office and Corvane Analytics, Inc. The Records Unit is searching for
responsive records. Some records may be held by the Tarrow County Attorney's Office or by the Montana Department of
Justice; TCSO will forward your request to those agencies where the law requires it.

Your request is assigned to Records Custodian Hollis Brandt. The Chief Deputy and the Civil Division will review
the records before release. You may reach the Records Unit at the address above.

Sincerely,

Hollis Brandt
Records Custodian
Tarrow County Sheriff's Office
"""

STATE_RESPONSE = """STATE OF VERMONT
DEPARTMENT OF MOTOR VEHICLES
Office of the Commissioner
120 State Street, Montpelier, VT 05603

May 19, 2025

Mr. Caspian Roe
14 Orchard Lane
Burlington, VT 05401

RE: Public Records Request #DMV-25-0411

Dear Mr. Roe:

The Vermont Department of Motor Vehicles (the Department or DMV) has completed its search for records responsive to
your request of April 28, 2025, for communications with Larkfield Mobility Systems LLC about automated driving
system permits.

The Department is releasing 46 pages. Portions are withheld under 1 V.S.A. § 317(c)(7) (personal information) and
1 V.S.A. § 317(c)(9) (trade secrets). Records created by the Vermont Agency of Transportation and the Vermont State
Police have been referred to those agencies for a direct response. Under the Public Records Act you may appeal this
decision to the Commissioner of Motor Vehicles within five business days.

Sincerely,

Thea Lindqvist
Records Officer
Vermont Department of Motor Vehicles
"""

GRANT_AWARD = """U.S. Department of Justice
Office of Justice Programs
Bureau of Justice Assistance
Washington, D.C. 20531

September 12, 2025

Chief Orla Benning
Quillfield Police Department
41 Market Street
Quillfield, OH 43615

Dear Chief Benning:

On behalf of the Bureau of Justice Assistance (BJA), I am pleased to inform you that the Office of Justice Programs
(OJP) has approved the application of the City of Quillfield for an award under the FY 2025 Edward Byrne Memorial
Justice Assistance Grant (JAG) Program in the amount of $86,250.

The award funds body-worn cameras for the Quillfield Police Department (QPD). The Ohio Office of Criminal Justice
Services will receive a copy of this letter. Please accept the award within 45 days. The Department of Justice may
withhold funds if the recipient does not meet the conditions of the award, including the reporting rules of the
Federal Funding Accountability and Transparency Act.

Sincerely,

Director, Bureau of Justice Assistance
"""

MOU = """MEMORANDUM OF UNDERSTANDING
between the
CITY OF WEXMOOR POLICE DEPARTMENT
and the
SHERIFF'S OFFICE OF DUNHOLLOW COUNTY
for the Sharing of License Plate Reader Data

This Memorandum of Understanding ("MOU") is entered into by the City of Wexmoor, acting through its Police
Department ("WPD"), and the Dunhollow County Sheriff's Office ("DCSO"), together "the Parties".

1. PURPOSE. The Parties share license plate reader data through a regional exchange hosted by the Kessock Valley
Council of Governments.

2. USE. Data may be used only for law enforcement purposes under the Driver's Privacy Protection Act and Wexmoor
Police Department General Order 4.12.

3. AUDIT. The Professional Standards Unit of WPD and the DCSO Internal Affairs Division will audit queries each
quarter.

4. TERM. This MOU takes effect on July 1, 2025 and ends on June 30, 2028.

FOR THE WEXMOOR POLICE DEPARTMENT
Chief of Police

FOR THE DUNHOLLOW COUNTY SHERIFF'S OFFICE
Sheriff
"""

COURT_ORDER = """IN THE CIRCUIT COURT OF THE TWENTY-FIRST JUDICIAL CIRCUIT
IN AND FOR ROSSWELL COUNTY, FLORIDA

SALTMARSH COURIER, INC.,
        Petitioner,
v.                                                  Case No. 2025-CA-001187
CITY OF PALMORA and PALMORA POLICE DEPARTMENT,
        Respondents.

ORDER ON PETITION FOR WRIT OF MANDAMUS

THIS CAUSE came before the Court on the Petitioner's petition to compel the production of public records under
Chapter 119, Florida Statutes. The Court, having reviewed the file and heard argument on June 3, 2025, finds:

1. The Palmora Police Department received the request on January 14, 2025 and produced no records within a
reasonable time.
2. The records of the Rosswell County Sheriff's Office and the Florida Department of Law Enforcement cited by the
Respondents are not at issue.
3. The exemption in section 119.071(2)(c) applies only to active criminal intelligence information.

It is ORDERED that the City of Palmora shall produce the records within twenty days. The Clerk of Court shall serve
this order on the City Attorney.

DONE AND ORDERED in Chambers at Palmora, Rosswell County, Florida, this 10th day of June, 2025.

Circuit Judge
"""

VENDOR_LETTER = """IRONVALE PUBLIC SAFETY SOLUTIONS, INC.
2200 Commerce Parkway, Suite 310
Ridgemont, TX 75001

March 3, 2025

Captain Lena Forsyth
Support Services Bureau
Ashgrove Police Department
75 Court Street
Ashgrove, TX 76502

Re: Quote Q-25-0317, in-car video systems

Dear Captain Forsyth:

Thank you for meeting with us. Ironvale Public Safety Solutions is pleased to quote twelve in-car video systems for
the Ashgrove Police Department. The systems are offered through the Texas Department of Information Resources
cooperative contract DIR-TSO-9981 and through our reseller, Crestline Police Supply Co.

Installation will be done by Crestline Police Supply at the City of Ashgrove fleet yard. Ironvale will train
officers at the department's training center.

Sincerely,

Marcus Dell
Regional Sales Manager
Ironvale Public Safety Solutions, Inc.
"""

AWARD_NOTICE = """STATE OF NEBRASKA
DEPARTMENT OF ADMINISTRATIVE SERVICES
STATE PURCHASING BUREAU

NOTICE OF INTENT TO AWARD
Request for Proposal 7714 Z1 - Statewide Computer-Aided Dispatch System

The State of Nebraska Department of Administrative Services, State Purchasing Bureau, on behalf of the Nebraska
State Patrol, announces its intent to award a contract to Harrowby Public Safety Systems, Inc. Proposals were also
received from Calder Police Technologies LLC and Venmoor Dispatch Corp.

Questions about this notice may be sent to the Buyer, State Purchasing Bureau. The award is subject to the Nebraska
Public Records Statutes and to funding under the State Homeland Security Program administered by the Nebraska
Emergency Management Agency.

Date of notice: October 6, 2025
"""

FUSION_BULLETIN = """UNCLASSIFIED//FOR OFFICIAL USE ONLY
CASCADE RIDGE REGIONAL FUSION CENTER
Situational Awareness Bulletin 25-041                    August 22, 2025

(U//FOUO) Catalytic converter thefts in the Lower Fenwick Valley

(U) The Cascade Ridge Regional Fusion Center (CRRFC) has received reports from the Fenwick County Sheriff's Office
and the Port of Almaden Police Department of thefts from parked vehicles. The Federal Bureau of Investigation (FBI)
and the U.S. Department of Homeland Security (DHS) Office of Intelligence and Analysis were notified.

(U) Agencies with information should contact the CRRFC Watch Desk. This bulletin was produced with funds from the
Homeland Security Grant Program and is shared under the Department of Homeland Security's information sharing
policy.

Prepared by: Analyst K. Marwick, CRRFC Analytic Unit
Distribution: Law enforcement and public safety partners
"""

AGENCY_EMAILS = """From: Priya Okonjo <pokonjo@brennickeca.gov>
Sent: Tuesday, February 11, 2025 9:02 AM
To: Wade Holm <wholm@lowellbrookso.org>
Subject: RE: Mutual aid radio interoperability

Wade,

The Brennick Emergency Communications Authority can add your talkgroups on March 1. Please ask your Communications
Division to send the radio IDs.

Priya Okonjo
Radio Systems Manager
Brennick Emergency Communications Authority
1400 Beacon Hill Road, Brennick, NC 27514

From: Wade Holm <wholm@lowellbrookso.org>
Sent: Monday, February 10, 2025 4:40 PM
To: Priya Okonjo <pokonjo@brennickeca.gov>
Subject: Mutual aid radio interoperability

Priya,

The Sheriff's Office would like to join the regional talkgroups before the county fair. Our radios were programmed
by Tallis Police Supply Inc. last fall.

Sgt. Wade Holm
Communications Division
Lowellbrook County Sheriff's Office
"""

SCHOOL_MEMO = """GRAYSTONE VALLEY SCHOOL DISTRICT NO. 14
Office of the Superintendent

MEMORANDUM
TO:      Board of Directors
FROM:    Dr. Amara Tell, Superintendent
DATE:    November 4, 2025
RE:      Visitor management system

The District's Safety and Security Department recommends a three-year agreement with Pelland School Safety LLC for a
visitor management system at all schools. The Graystone Valley Police Department and the Oakhurst County Emergency
Management Office reviewed the plan. The purchase is funded by the School Safety Grant from the Washington Office of
Superintendent of Public Instruction.

The Board's Finance Committee will review the agreement on November 12, 2025.
"""

UNIVERSITY_MEMO = """EASTMARCH STATE UNIVERSITY
Procurement and Contract Services

INTERNAL MEMORANDUM
To:      Director, University Police Department
From:    Senior Buyer, Procurement and Contract Services
Date:    April 15, 2025
Subject: Purchase Order 4500-11873, body-worn cameras

Procurement and Contract Services has issued Purchase Order 4500-11873 to Dalworth Police Equipment Company for forty
body-worn cameras for the Eastmarch State University Police Department (ESUPD). The order uses a cooperative contract
of the Kentucky Finance and Administration Cabinet. The Board of Regents approved the purchase on April 2, 2025.
Questions may be sent to Procurement at Regents Hall, 300 University Avenue.
"""

TASK_FORCE_REPORT = """HALLORAN VALLEY REGIONAL NARCOTICS TASK FORCE
2024 ANNUAL REPORT

The Halloran Valley Regional Narcotics Task Force (HVRNTF) is a multijurisdictional task force of the Sheriff's
Office of Carrow County, the Orrin Falls Police Department, the Town of Edgemoor Police Department and the Drug
Enforcement Administration (DEA). The Carrow County Sheriff's Office serves as the fiscal agent.

In 2024 the Task Force opened 212 cases. Funding came from the Edward Byrne Memorial Justice Assistance Grant Program
through the Pennsylvania Commission on Crime and Delinquency. Laboratory analysis was done by the Pennsylvania State
Police Bureau of Forensic Services.

Task Force Commander: Lt. Hugh Mercer, Carrow County Sheriff's Office
"""


def _agency(name: str, role: str, *aliases: str) -> dict:
    return {"name": name, "aliases": list(aliases), "role": role}


def _vendor(name: str, role: str, *aliases: str) -> dict:
    return {"name": name, "aliases": list(aliases), "role": role}


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
        "notes": "invented page (tools/make_agency_letters.py)",
        "doubtful": [],
    }


LAYOUTS: dict[str, tuple[str, dict]] = {
    "acknowledgement": (
        ACKNOWLEDGEMENT,
        _truth(
            "letter",
            [
                _agency(
                    "Tarrow County Sheriff's Office",
                    "sender",
                    "Sheriff's Office of Tarrow County",
                    "TCSO",
                    "Sheriff's Office",
                ),
                _agency("Tarrow County Attorney's Office", "mentioned"),
                _agency("Montana Department of Justice", "mentioned"),
            ],
            ["Records Unit", "Civil Division"],
            [_vendor("Corvane Analytics, Inc.", "mentioned", "Corvane Analytics")],
            ["Driftwood Ledger"],
        ),
    ),
    "state_response": (
        STATE_RESPONSE,
        _truth(
            "letter",
            [
                _agency(
                    "Vermont Department of Motor Vehicles",
                    "sender",
                    "State of Vermont Department of Motor Vehicles",
                    "Department of Motor Vehicles",
                    "DMV",
                    "the Department",
                ),
                _agency("Vermont Agency of Transportation", "mentioned"),
                _agency("Vermont State Police", "mentioned"),
            ],
            ["Office of the Commissioner"],
            [_vendor("Larkfield Mobility Systems LLC", "mentioned", "Larkfield Mobility Systems")],
            [],
        ),
    ),
    "grant_award": (
        GRANT_AWARD,
        _truth(
            "letter",
            [
                _agency("U.S. Department of Justice", "sender", "Department of Justice"),
                _agency("Quillfield Police Department", "party", "QPD"),
                _agency("City of Quillfield", "party"),
                _agency("Ohio Office of Criminal Justice Services", "mentioned"),
            ],
            ["Office of Justice Programs", "OJP", "Bureau of Justice Assistance", "BJA"],
            [],
            [],
        ),
    ),
    "mou": (
        MOU,
        _truth(
            "contract",
            [
                _agency(
                    "Wexmoor Police Department",
                    "party",
                    "City of Wexmoor Police Department",
                    "WPD",
                    "Police Department",
                ),
                _agency("City of Wexmoor", "party"),
                _agency("Dunhollow County Sheriff's Office", "party", "Sheriff's Office of Dunhollow County", "DCSO"),
                _agency("Kessock Valley Council of Governments", "mentioned"),
            ],
            ["Professional Standards Unit", "Internal Affairs Division"],
            [],
            [],
        ),
    ),
    "court_order": (
        COURT_ORDER,
        _truth(
            "other",
            [
                _agency(
                    "Circuit Court of the Twenty-First Judicial Circuit in and for Rosswell County",
                    "sender",
                    "Circuit Court of the Twenty-First Judicial Circuit",
                    "the Court",
                ),
                _agency("City of Palmora", "party"),
                _agency("Palmora Police Department", "party"),
                _agency("Rosswell County Sheriff's Office", "mentioned"),
                _agency("Florida Department of Law Enforcement", "mentioned"),
            ],
            [],
            [],
            ["Saltmarsh Courier, Inc."],
        ),
    ),
    "vendor_letter": (
        VENDOR_LETTER,
        _truth(
            "letter",
            [
                _agency("Ashgrove Police Department", "buyer"),
                _agency("Texas Department of Information Resources", "mentioned"),
                _agency("City of Ashgrove", "mentioned"),
            ],
            ["Support Services Bureau"],
            [
                _vendor(
                    "Ironvale Public Safety Solutions, Inc.",
                    "seller",
                    "Ironvale Public Safety Solutions",
                    "Ironvale",
                ),
                _vendor("Crestline Police Supply Co.", "subcontractor", "Crestline Police Supply"),
            ],
            [],
        ),
    ),
    "award_notice": (
        AWARD_NOTICE,
        _truth(
            "other",
            [
                _agency(
                    "Nebraska Department of Administrative Services",
                    "sender",
                    "State of Nebraska Department of Administrative Services",
                    "Department of Administrative Services",
                ),
                _agency("Nebraska State Patrol", "buyer"),
                _agency("Nebraska Emergency Management Agency", "mentioned"),
            ],
            ["State Purchasing Bureau"],
            [
                _vendor("Harrowby Public Safety Systems, Inc.", "seller", "Harrowby Public Safety Systems"),
                _vendor("Calder Police Technologies LLC", "bidder", "Calder Police Technologies"),
                _vendor("Venmoor Dispatch Corp.", "bidder", "Venmoor Dispatch"),
            ],
            [],
        ),
    ),
    "fusion_bulletin": (
        FUSION_BULLETIN,
        _truth(
            "report",
            [
                _agency("Cascade Ridge Regional Fusion Center", "sender", "CRRFC"),
                _agency("Fenwick County Sheriff's Office", "mentioned"),
                _agency("Port of Almaden Police Department", "mentioned"),
                _agency("Federal Bureau of Investigation", "mentioned", "FBI"),
                _agency("U.S. Department of Homeland Security", "mentioned", "DHS", "Department of Homeland Security"),
            ],
            ["Office of Intelligence and Analysis", "Watch Desk", "Analytic Unit", "CRRFC Watch Desk"],
            [],
            [],
        ),
    ),
    "agency_emails": (
        AGENCY_EMAILS,
        _truth(
            "email_pdf",
            [
                _agency("Brennick Emergency Communications Authority", "sender"),
                _agency("Lowellbrook County Sheriff's Office", "sender", "Sheriff's Office"),
            ],
            ["Communications Division"],
            [_vendor("Tallis Police Supply Inc.", "mentioned", "Tallis Police Supply")],
            [],
        ),
    ),
    "school_memo": (
        SCHOOL_MEMO,
        _truth(
            "memo",
            [
                _agency(
                    "Graystone Valley School District No. 14",
                    "sender",
                    "Graystone Valley School District",
                    "the District",
                ),
                _agency("Graystone Valley Police Department", "mentioned"),
                _agency("Oakhurst County Emergency Management Office", "mentioned"),
                _agency("Washington Office of Superintendent of Public Instruction", "mentioned"),
            ],
            [
                "Office of the Superintendent",
                "Board of Directors",
                "Safety and Security Department",
                "Finance Committee",
            ],
            [_vendor("Pelland School Safety LLC", "seller", "Pelland School Safety")],
            [],
        ),
    ),
    "university_memo": (
        UNIVERSITY_MEMO,
        _truth(
            "memo",
            [
                _agency("Eastmarch State University", "sender"),
                _agency(
                    "Eastmarch State University Police Department",
                    "buyer",
                    "ESUPD",
                    "University Police Department",
                ),
                _agency("Kentucky Finance and Administration Cabinet", "mentioned"),
            ],
            ["Procurement and Contract Services", "Board of Regents"],
            [_vendor("Dalworth Police Equipment Company", "seller", "Dalworth Police Equipment")],
            [],
        ),
    ),
    "task_force_report": (
        TASK_FORCE_REPORT,
        _truth(
            "report",
            [
                _agency("Halloran Valley Regional Narcotics Task Force", "sender", "HVRNTF", "Task Force"),
                _agency("Carrow County Sheriff's Office", "party", "Sheriff's Office of Carrow County"),
                _agency("Orrin Falls Police Department", "party"),
                _agency("Town of Edgemoor Police Department", "party", "Edgemoor Police Department"),
                _agency("Drug Enforcement Administration", "party", "DEA"),
                _agency("Pennsylvania Commission on Crime and Delinquency", "mentioned"),
                _agency("Pennsylvania State Police", "mentioned"),
            ],
            ["Bureau of Forensic Services"],
            [],
            [],
        ),
    ),
}

# chosen before any rule was written: rules are written from these layouts' misses; the others only check them
WRITTEN_FROM = ("acknowledgement", "state_response", "grant_award", "mou", "court_order", "vendor_letter")
HELD_OUT = (
    "award_notice",
    "fusion_bulletin",
    "agency_emails",
    "school_memo",
    "university_memo",
    "task_force_report",
)


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
    parser.add_argument("--out", type=Path, default=Path("/tmp/agency_letters"))
    args = parser.parse_args()
    truths = make(args.out)
    print(f"{len(truths)} layouts in {args.out}")


if __name__ == "__main__":
    main()
