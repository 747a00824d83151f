"""Generate synthetic documents a public body writes (an annual ALPR report, an audit, a program evaluation, a
drone policy, a staff report, a memo comparing offers, a policy manual, a grant report), each with its truth.

    python tools/make_reports.py [--out /tmp/reports]

Such a document describes what the agency did and must do: counts of its own use, its rules ("shall be retained",
"must log"), an audit's findings, its plans and recommendations; none of those is a capability claim. Among them it
repeats a few things a product or a vendor does or can do ("the vendor states that its cameras read plates at up to
90 mph"): those are the claims (eval/README.md). Every name, product and place is INVENTED. The PDFs are drawn with
reportlab in invariant mode (wrapped at a fixed width), so the script gives the same bytes on every run.

Beside each `<document>.pdf` the script writes `<document>.json`: the truth in the evaluation set's gold format, its
`capability_claims` one entry per claim sentence. Nothing generated is committed: tests/test_report_claims.py writes
them to a temporary folder and scores them.
"""

from __future__ import annotations

import argparse
import json
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas


@dataclass(frozen=True, slots=True)
class Claim:
    """A sentence that is a capability claim, with the quantities it states as written."""

    sentence: str
    quantities: tuple[str, ...] = ()


# a block of a document: ("h", heading), ("p", [sentences]), ("b", [bullets]); a sentence is a str (no claim) or a
# Claim
Sentence = str | Claim
Block = tuple[str, object]


def _text(item: Sentence) -> str:
    return item.sentence if isinstance(item, Claim) else item


def annual_alpr_report() -> list[Block]:
    return [
        ("h", "BRINDLEMOOR POLICE DEPARTMENT"),
        ("h", "Automated License Plate Reader Program: Annual Report 2025"),
        ("h", "1. Summary"),
        (
            "p",
            [
                "This report describes the Department's use of automated license plate readers (ALPR) from "
                "January 1 through December 31, 2025, as Section 9.14 of the Municipal Code requires.",
                "In 2025 the Department's 24 fixed PlateSight cameras captured 1,842,310 plate reads.",
                "Of those reads, 2,116 matched a vehicle on a hot list, and officers confirmed 311 of the hits.",
                "The Department recovered 47 stolen vehicles and made 19 arrests after an ALPR alert.",
            ],
        ),
        ("h", "2. The System"),
        (
            "p",
            [
                "The Department leases its cameras from Quellmoor Vision Inc. under an agreement approved in 2023.",
                Claim(
                    "Each PlateSight camera reads plates at vehicle speeds of up to 90 mph, day and night.",
                    ("up to 90 mph",),
                ),
                Claim(
                    "The PlateSight platform compares every read against state and national hot lists in under "
                    "two seconds.",
                ),
                "The Department pays for the cloud storage from its general fund.",
            ],
        ),
        ("h", "3. Retention and Access"),
        (
            "p",
            [
                "ALPR data shall be retained for 30 days and then deleted unless it is evidence in a case.",
                "Users must enter a case number and a reason before every query.",
                "Only sworn members who have completed the ALPR course may access the system.",
                "The Records Unit audited 600 queries in 2025 and found 4 without a case number.",
                "Supervisors reviewed each of those queries with the member who made it.",
            ],
        ),
        ("h", "4. Sharing"),
        (
            "p",
            [
                "The Department shared its data with 12 agencies in the state under written agreements.",
                "No data was shared with any federal immigration agency.",
                "The Department will add six cameras at the city's entrances in 2026.",
            ],
        ),
    ]


def surveillance_audit() -> list[Block]:
    return [
        ("h", "OFFICE OF THE CITY AUDITOR, CITY OF WEXBURY"),
        ("h", "Audit of the Police Department's Gunshot Detection System"),
        ("h", "Objectives"),
        (
            "p",
            [
                "We audited whether the Police Department uses its gunshot detection system as the Council "
                "approved and whether the system delivers what the contract promised.",
                "We reviewed 1,204 alerts from July 2024 through June 2025 and interviewed 16 officers.",
            ],
        ),
        ("h", "Background"),
        (
            "p",
            [
                "The City contracts with Harrowgate Signal Systems LLC for its EarShot service in a three square "
                "mile area of the east side.",
                Claim(
                    "Harrowgate's proposal states that EarShot detects 90 percent of outdoor gunfire and locates "
                    "each shot to within 25 meters.",
                    ("90 percent", "within 25 meters"),
                ),
                Claim("The vendor also says that alerts reach officers within 60 seconds of a shot.", ("60 seconds",)),
            ],
        ),
        ("h", "Findings"),
        (
            "p",
            [
                "Finding 1: Officers found evidence of gunfire at 212 of the 1,204 alerts, or 18 percent.",
                "Finding 2: The Department did not record the outcome of 340 alerts.",
                "The audit found that 27 alerts were dispatched more than five minutes after the shot.",
                "We could not verify the vendor's accuracy figure from the records the Department keeps.",
            ],
        ),
        ("h", "Recommendations"),
        (
            "b",
            [
                "The Department should record the outcome of every alert in its dispatch system.",
                "The Chief of Police should report alert outcomes to the Council every quarter.",
                "The City should require the vendor to provide its detection rates by month.",
            ],
        ),
    ]


def bodycam_evaluation() -> list[Block]:
    return [
        ("h", "OSTRAVA COUNTY SHERIFF'S OFFICE"),
        ("h", "Body-Worn Camera Program Evaluation, Year Two"),
        ("h", "Introduction"),
        (
            "p",
            [
                "The Sheriff's Office issued body-worn cameras to all 180 patrol deputies in March 2024.",
                "This evaluation compares the program's second year with the year before the cameras.",
            ],
        ),
        ("h", "Equipment"),
        (
            "p",
            [
                "The Office bought Tamsworth BodyLens 4 cameras and the Tamsworth Evidence Cloud service.",
                Claim(
                    "The BodyLens 4 records up to 12 hours of 1080p video on a single charge.",
                    ("up to 12 hours",),
                ),
                Claim(
                    "The camera starts recording automatically when a deputy draws a firearm or turns on the "
                    "patrol car's emergency lights.",
                ),
                Claim(
                    "Tamsworth says its redaction tool blurs faces in an hour of video in about five minutes.",
                    ("about five minutes",),
                ),
            ],
        ),
        ("h", "Results"),
        (
            "p",
            [
                "Deputies recorded 96,400 hours of video during the year.",
                "Complaints against deputies fell from 88 to 51, a drop of 42 percent.",
                "Use-of-force incidents declined by 17 percent compared with the baseline year.",
                "Prosecutors requested footage in 2,310 cases.",
            ],
        ),
        ("h", "Policy Compliance"),
        (
            "p",
            [
                "Deputies shall activate their cameras at the start of every enforcement contact.",
                "A supervisor must review at least two videos per deputy each month.",
                "Reviewers found that deputies activated their cameras late in 9 percent of sampled contacts.",
                "The Office will retrain deputies on activation during the spring in-service.",
            ],
        ),
    ]


def drone_policy() -> list[Block]:
    return [
        ("h", "CITY OF FALLHAVEN POLICE DEPARTMENT"),
        ("h", "Policy 611: Unmanned Aircraft System Program"),
        ("h", "611.1 Purpose and Scope"),
        (
            "p",
            [
                "This policy governs the use of unmanned aircraft (drones) by members of the Department.",
                "The Department operates four Corvane Hawk X2 aircraft.",
                Claim(
                    "The Hawk X2 carries a thermal camera that detects a person's heat signature at up to 500 meters.",
                    ("up to 500 meters",),
                ),
                Claim("The aircraft can fly for 42 minutes on one battery.", ("42 minutes",)),
            ],
        ),
        ("h", "611.2 Authorized Use"),
        (
            "b",
            [
                "Drones may be deployed for search and rescue, crash scene mapping and armed-suspect incidents.",
                "Members shall not use a drone to patrol at random or to watch a lawful assembly.",
                "Each flight must be approved by a watch commander and logged within 24 hours.",
            ],
        ),
        ("h", "611.3 Data"),
        (
            "p",
            [
                "Video that is not evidence will be deleted after 30 days.",
                "The program coordinator shall publish a list of flights every month.",
                "Members are required to complete 16 hours of training before they pilot an aircraft.",
            ],
        ),
    ]


def staff_report_purchase() -> list[Block]:
    return [
        ("h", "CITY OF HALVERN STAFF REPORT"),
        ("h", "Subject: Purchase of a Real-Time Crime Center Platform"),
        ("h", "Recommendation"),
        (
            "p",
            [
                "Staff recommends that the City Council authorize the City Manager to sign a three-year "
                "agreement with Pellbrook Analytics Inc. for its NexusView platform.",
            ],
        ),
        ("h", "Background"),
        (
            "p",
            [
                "In 2025 the Police Department answered 41,200 calls for service with 62 sworn officers.",
                "The Department reviewed three platforms and invited two vendors to demonstrate them.",
                Claim(
                    "According to Pellbrook, NexusView brings live video from up to 2,000 public and private "
                    "cameras onto one map.",
                    ("up to 2,000 public and private cameras",),
                ),
                Claim(
                    "Pellbrook advertises that the platform is the only one that merges camera, plate reader and "
                    "dispatch data in a single screen.",
                ),
                Claim(
                    "The vendor states that NexusView alerts dispatchers to a stolen vehicle within 3 seconds of "
                    "a plate read.",
                    ("within 3 seconds",),
                ),
            ],
        ),
        ("h", "Fiscal Impact"),
        (
            "p",
            [
                "The first year costs $148,000 and each later year $96,000, paid from the asset forfeiture fund.",
                "Staff will return to the Council with a use policy before the platform goes live.",
            ],
        ),
    ]


def vendor_comparison_memo() -> list[Block]:
    return [
        ("h", "MEMORANDUM"),
        ("p", ["TO: Chief Marta Okonkwo FROM: Lt. Dale Fenwick, Support Services DATE: May 4, 2026"]),
        ("p", ["RE: Comparison of the two plate reader offers"]),
        (
            "p",
            [
                "You asked me to compare the offers from Quellmoor Vision Inc. and Strandberg Mobility Co. for "
                "the twelve cameras the Council funded.",
                "I met with both vendors in April and spoke with two agencies that use each system.",
            ],
        ),
        ("h", "Quellmoor"),
        (
            "p",
            [
                Claim(
                    "Quellmoor says its PlateSight cameras read 98 percent of plates in daylight and 95 percent "
                    "at night.",
                    ("98 percent", "95 percent"),
                ),
                Claim(
                    "Its cameras are solar powered and need no trenching, so an install takes about one hour.",
                    ("about one hour",),
                ),
                "Quellmoor quoted $2,750 per camera per year.",
            ],
        ),
        ("h", "Strandberg"),
        (
            "p",
            [
                Claim(
                    "Strandberg claims that its VantagePoint system identifies a vehicle's make, model and color "
                    "even when no plate is visible.",
                ),
                Claim(
                    "The company also states that VantagePoint searches 30 days of reads across its network in "
                    "under five seconds.",
                    ("30 days", "under five seconds"),
                ),
                "Strandberg quoted $3,100 per camera per year with installation included.",
            ],
        ),
        ("h", "My recommendation"),
        (
            "p",
            [
                "I recommend that we go with Quellmoor because its price is lower and our neighbors use it.",
                "Either contract must allow us to set a retention period of 30 days.",
                "Both vendors agreed to our data sharing terms.",
            ],
        ),
    ]


def policy_manual() -> list[Block]:
    return [
        ("h", "TENNICK COUNTY SHERIFF'S OFFICE POLICY MANUAL"),
        ("h", "Policy 462: Automated License Plate Readers"),
        ("h", "462.1 Purpose"),
        (
            "p",
            [
                "The Office uses ALPR technology to find stolen vehicles, wanted persons and missing persons.",
                Claim(
                    "The Office's Kestrel cameras capture an image of each passing vehicle and convert its plate "
                    "into searchable text.",
                ),
            ],
        ),
        ("h", "462.2 Administration"),
        (
            "p",
            [
                "The Investigations Lieutenant shall administer the ALPR program.",
                "The administrator will be responsible for training and for the accuracy of hot lists.",
                "Deputies must verify every ALPR alert with a records check before they stop a vehicle.",
            ],
        ),
        ("h", "462.3 Retention"),
        (
            "p",
            [
                "All ALPR data downloaded to the server shall be stored for no longer than 90 days.",
                "Data that is evidence shall be kept under the evidence retention schedule.",
            ],
        ),
        ("h", "462.4 Accountability"),
        (
            "p",
            [
                "The Office will audit ALPR searches every six months.",
                "Deputies found to have misused the system are subject to discipline.",
                Claim(
                    "The Kestrel system logs every search with the user's name, the time and the stated reason.",
                ),
            ],
        ),
    ]


def grant_report() -> list[Block]:
    return [
        ("h", "ASHGROVE REGIONAL TRANSIT AUTHORITY"),
        ("h", "Final Performance Report: Transit Security Grant 2024-TS-0183"),
        ("h", "Project Summary"),
        (
            "p",
            [
                "The Authority used the grant to install a video analytics system on 140 buses and at 9 stations.",
                "Installation was completed on September 30, 2025, three months later than planned.",
                "The Authority spent $612,400 of the $650,000 awarded.",
            ],
        ),
        ("h", "System"),
        (
            "p",
            [
                "The Authority selected Marrowind Analytics Corp. through a competitive procurement.",
                Claim(
                    "The Marrowind system detects an unattended bag on a platform and notifies the control center "
                    "within 10 seconds.",
                    ("within 10 seconds",),
                ),
                Claim(
                    "Marrowind reports that the software has been deployed in more than 300 transit systems worldwide.",
                    ("more than 300 transit systems",),
                ),
            ],
        ),
        ("h", "Performance Measures"),
        (
            "p",
            [
                "Staff reviewed 1,120 alerts during the first six months of operation.",
                "Of those alerts, 86 were confirmed incidents and 1,034 were false alarms.",
                "The Authority trained 54 dispatchers and 12 supervisors on the system.",
                "The Authority will continue to fund the system from its operating budget.",
            ],
        ),
    ]


# document → (its kind, its blocks); the two halves: rules were written from WRITTEN_FROM, HELD_OUT checks them
DOCUMENTS = {
    "annual_alpr_report": ("report", annual_alpr_report),
    "surveillance_audit": ("report", surveillance_audit),
    "bodycam_evaluation": ("report", bodycam_evaluation),
    "drone_policy": ("other", drone_policy),
    "staff_report_purchase": ("report", staff_report_purchase),
    "vendor_comparison_memo": ("memo", vendor_comparison_memo),
    "policy_manual": ("other", policy_manual),
    "grant_report": ("report", grant_report),
}
WRITTEN_FROM = ("annual_alpr_report", "bodycam_evaluation", "vendor_comparison_memo", "policy_manual")
HELD_OUT = tuple(name for name in DOCUMENTS if name not in WRITTEN_FROM)

_WIDTH = 92  # characters a printed line holds
_LEADING = 13.0


def _draw(blocks: Sequence[Block], path: Path) -> list[dict]:
    """Draw the blocks into `path`, one paragraph's sentences run on and wrapped; the claims with their pages."""
    pdf = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    page, y = 1, 740.0
    claims: list[dict] = []

    def line(text: str, font: str = "Helvetica", x: float = 56) -> None:
        nonlocal page, y
        if y < 60:
            pdf.showPage()
            page, y = page + 1, 740.0
        pdf.setFont(font, 10)
        pdf.drawString(x, y, text)
        y -= _LEADING

    for kind, body in blocks:
        if kind == "h":
            y -= 4
            line(str(body), "Helvetica-Bold")
            continue
        items: list[Sentence] = list(body)  # type: ignore[arg-type]
        pieces = [[item] for item in items] if kind == "b" else [items]
        for piece in pieces:
            for item in piece:
                if isinstance(item, Claim):
                    claims.append(
                        {"sentence": item.sentence, "quantities": list(item.quantities), "subject": "", "page": page}
                    )
            text = " ".join(_text(item) for item in piece)
            wrapped = textwrap.wrap(text, _WIDTH - (4 if kind == "b" else 0))
            for at, printed in enumerate(wrapped):
                line(("• " if at == 0 else "  ") + printed if kind == "b" else printed, x=56 if kind != "b" else 66)
        y -= 6
    pdf.showPage()
    pdf.save()
    return claims


def make(out: Path, only: tuple[str, ...] = ()) -> dict[str, dict]:
    """Draw every document (or `only` these) into `out`; each document's truth by its file name."""
    out.mkdir(parents=True, exist_ok=True)
    truths: dict[str, dict] = {}
    for name, (kind, blocks) in DOCUMENTS.items():
        if only and name not in only:
            continue
        claims = _draw(blocks(), out / f"{name}.pdf")
        truth = {"kind": kind, "capability_claims": claims}
        (out / f"{name}.json").write_text(json.dumps(truth, indent=1), encoding="utf-8")
        truths[f"{name}.pdf"] = truth
    return truths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/reports"))
    args = parser.parse_args()
    for name in make(args.out):
        print(args.out / name)


if __name__ == "__main__":
    main()
