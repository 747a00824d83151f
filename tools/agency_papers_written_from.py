"""The written-from half of the invented papers tools/make_agency_papers.py draws: an RFP, a council's minutes with
public comment, a committee's written questions with a vendor's answers, a data-sharing MOU, an after-action report,
a sole source justification. Every name, product and place is INVENTED. A block is ("h", heading), ("p", [sentences])
or ("b", [bullets]); a sentence that is a capability claim is a `Claim`."""

from __future__ import annotations

from make_reports import Block, Claim


def rfp_scope() -> list[Block]:
    return [
        ("h", "CITY OF MARLOWE PURCHASING DIVISION"),
        ("h", "Request for Proposals No. 26-114: Automated License Plate Recognition System"),
        ("h", "1. Introduction"),
        (
            "p",
            [
                "The City of Marlowe invites proposals for a fixed and mobile license plate recognition system for "
                "its Police Department.",
                "Proposals are due by 2:00 p.m. on March 12, 2026 at the Purchasing Division.",
                "The City intends to award one contract for an initial term of three years.",
            ],
        ),
        ("h", "2. Background"),
        (
            "p",
            [
                "The Police Department operates 14 Tessaline cameras installed in 2019 under a pilot agreement.",
                Claim(
                    "The Tessaline cameras read plates in two lanes of traffic at speeds of up to 70 mph.",
                    ("two lanes", "up to 70 mph"),
                ),
                Claim(
                    "The current system sends an alert to the officer's laptop within five seconds of a hit on the "
                    "state hot list.",
                    ("within five seconds",),
                ),
                "The pilot agreement expires on June 30, 2026.",
            ],
        ),
        ("h", "3. Scope of Work"),
        (
            "b",
            [
                "The system shall capture plates on vehicles traveling at up to 100 mph.",
                "The system must be able to read plates from all 50 states and the Canadian provinces.",
                "The Contractor shall provide installation, training and support for all cameras.",
                "The proposed cameras must operate on solar power where grid power is not available.",
                "The Contractor will provide a web portal that allows authorized users to search reads by plate, "
                "date and location.",
                "The system will alert dispatch when a camera reads a plate on the state hot list.",
            ],
        ),
        ("h", "4. Proposal Content"),
        (
            "b",
            [
                "Describe how your system detects and corrects misread characters.",
                "Provide the number of agencies in the state that use your system.",
                "State the accuracy rate your system achieves at night and the method used to measure it.",
            ],
        ),
        ("h", "5. Evaluation"),
        (
            "p",
            [
                "Proposals will be scored on technical merit (40 points), price (30 points), experience (20 points) "
                "and references (10 points).",
                "The City reserves the right to reject any or all proposals.",
            ],
        ),
    ]


def council_minutes() -> list[Block]:
    return [
        ("h", "CITY OF PELLINGHAM CITY COUNCIL"),
        ("h", "Minutes of the Regular Meeting of April 14, 2026"),
        (
            "p",
            [
                "Mayor Joan Tarrant called the meeting to order at 6:02 p.m.",
                "Present: Councilmembers Abeyta, Lindqvist, Moreau, Oyelaran and Tarrant.",
            ],
        ),
        ("h", "Item 7: Agreement with Corvell Systems for a Drone as First Responder Program"),
        (
            "p",
            [
                "Chief Ramon Ellery presented the staff report.",
                "He said that the Department would launch drones from three rooftops to answer calls for service.",
                Claim(
                    "Chief Ellery said the Corvell drones reach most calls in the city in under 90 seconds.",
                    ("under 90 seconds",),
                ),
                "He noted that the program would cost $312,000 in its first year.",
                Claim(
                    "Dana Whitcombe, regional manager for Corvell Systems, said the aircraft stream live video to an "
                    "officer's phone and can fly for 45 minutes in winds of up to 25 mph.",
                    ("45 minutes", "up to 25 mph"),
                ),
                Claim(
                    "She said the docking stations recharge a drone in 30 minutes with no staff on the roof.",
                    ("30 minutes",),
                ),
            ],
        ),
        ("h", "Public Comment"),
        (
            "p",
            [
                "Speaker 1, Ellen Park, said the drones would watch people in their backyards.",
                "She asked the Council to delay the vote until residents had seen a use policy.",
                "Speaker 2, Marcus Trent, said the cameras on Elm Street tracked his car to work every day.",
                "Speaker 3 said she supported the program because response times in her neighborhood were too long.",
                "Speaker 4, a resident of Ward 2, said the drones can identify faces from 400 feet and asked the "
                "Council to ban that feature.",
            ],
        ),
        ("h", "Council Discussion"),
        (
            "p",
            [
                "Councilmember Moreau asked whether the drones would record video on the way to a call.",
                Claim(
                    "Ms. Whitcombe answered that the cameras record from takeoff to landing and that every flight's "
                    "video is stored in the Corvell cloud.",
                ),
                "Councilmember Lindqvist moved to approve the agreement with an amendment requiring a quarterly "
                "report.",
                "The motion passed 4-1, with Councilmember Abeyta voting no.",
                "The meeting adjourned at 8:47 p.m.",
            ],
        ),
    ]


def committee_qa() -> list[Block]:
    return [
        ("h", "PUBLIC SAFETY COMMITTEE, CITY OF ROSSDALE"),
        ("h", "Written Questions to Nordale Analytics and the Vendor's Answers"),
        ("p", ["Prepared for the meeting of February 9, 2026."]),
        ("p", ["Question 1 (Councilmember Haidari): How does the system decide which cameras to search?"]),
        (
            "p",
            [
                Claim(
                    "Answer: Nordale's Sentinel software searches only the cameras an investigator selects, for the "
                    "time window the investigator enters.",
                ),
            ],
        ),
        ("p", ["Question 2 (Councilmember Brandt): Can the software recognize faces?"]),
        (
            "p",
            [
                "Answer: Sentinel does not use facial recognition.",
                Claim(
                    "It sorts people by clothing color, bags and hats, and it can review 100 hours of video for a "
                    "described person in about one minute.",
                    ("100 hours", "about one minute"),
                ),
            ],
        ),
        ("p", ["Question 3 (Councilmember Haidari): Where is the data stored and for how long?"]),
        (
            "p",
            [
                Claim(
                    "Answer: Video stays on the City's own servers, and Sentinel keeps only the search results, "
                    "which it deletes after 30 days.",
                    ("30 days",),
                ),
            ],
        ),
        ("p", ["Question 4 (Councilmember Oduya): How many cities use Sentinel?"]),
        (
            "p",
            [
                Claim(
                    "Answer: Sentinel is in use in 48 cities in North America, including four in this state.",
                    ("48 cities",),
                )
            ],
        ),
        ("p", ["Question 5 (Councilmember Brandt): Has the system been audited for bias?"]),
        ("p", ["Answer: Nordale commissioned an independent audit in 2025, and the report is attached as Exhibit B."]),
        (
            "p",
            [
                "Staff note: the Committee has not verified the vendor's answers.",
                "The Committee will take public comment on the item at its meeting of March 9, 2026.",
            ],
        ),
    ]


def data_sharing_mou() -> list[Block]:
    return [
        ("h", "MEMORANDUM OF UNDERSTANDING"),
        ("h", "Between the City of Kelsey Police Department and the Ornby County Sheriff's Office"),
        ("h", "1. Purpose"),
        (
            "p",
            [
                "This Memorandum of Understanding (MOU) sets out the terms under which the Parties will share "
                "license plate reader (ALPR) data.",
                "Each Party operates ALPR cameras supplied by Stellarine Systems Inc. on the Stellarine Vantage "
                "network.",
                Claim(
                    "The Vantage network lets each Party search the other Party's reads from a single login, and it "
                    "records every query with the user's name and stated purpose.",
                ),
            ],
        ),
        ("h", "2. Responsibilities"),
        (
            "b",
            [
                "Each Party shall limit access to sworn personnel and analysts who have completed ALPR training.",
                "Each Party will retain shared data for no more than 60 days.",
                "Neither Party shall share data received under this MOU with a third party.",
                "The Parties will meet once a year to review the audit logs of the network.",
            ],
        ),
        ("h", "3. The System"),
        (
            "p",
            [
                Claim(
                    "Stellarine states that the Vantage network deletes each read automatically when the retention "
                    "period set by its owner ends.",
                ),
                Claim(
                    "The system can also produce an audit report of all searches for any date range in under one "
                    "minute.",
                    ("under one minute",),
                ),
            ],
        ),
        ("h", "4. Term"),
        (
            "p",
            [
                "This MOU takes effect on the date of the last signature and remains in effect for three years.",
                "Either Party may end this MOU with 30 days' written notice to the other.",
                "Nothing in this MOU creates any financial obligation for either Party.",
                "IN WITNESS WHEREOF, the Parties have signed this MOU on the dates below.",
            ],
        ),
    ]


def after_action_report() -> list[Block]:
    return [
        ("h", "WESTBRIDGE POLICE DEPARTMENT"),
        ("h", "After-Action Report: Riverfront Festival, July 4-5, 2026"),
        ("h", "Overview"),
        (
            "p",
            [
                "The Department staffed the festival with 84 officers and 12 civilian staff over two days.",
                "Attendance was estimated at 61,000 people.",
                "Officers made 14 arrests, most of them for disorderly conduct.",
            ],
        ),
        ("h", "Technology Used"),
        (
            "p",
            [
                "The Department deployed two mobile camera trailers and one tethered drone from Skyhold Robotics.",
                Claim(
                    "Each Skyhold trailer carries four cameras on a 20-foot mast and streams video to the command "
                    "post over a cellular link.",
                    ("four cameras", "20-foot mast"),
                ),
                Claim(
                    "The tethered drone can stay aloft for up to 12 hours while it is powered from the ground.",
                    ("up to 12 hours",),
                ),
                "The drone flew for 9 hours on July 4 and 3 hours on July 5.",
            ],
        ),
        ("h", "What Went Well"),
        (
            "b",
            [
                "Video from the trailers helped officers find four lost children within 30 minutes.",
                "The command post had a clear view of the main stage and the exits.",
            ],
        ),
        ("h", "Areas for Improvement"),
        (
            "b",
            [
                "The cellular link dropped for 40 minutes on July 4 because of network congestion.",
                "Officers had no training on the trailer's camera controls before the event.",
                "The Department should test the equipment with the vendor a week before the next festival.",
            ],
        ),
        ("h", "Next Steps"),
        (
            "p",
            [
                "The Special Events Unit will write a checklist for the trailers by September 1, 2026.",
                "The Department will ask Skyhold whether the trailers can use the city's fiber network.",
            ],
        ),
    ]


def sole_source_justification() -> list[Block]:
    return [
        ("h", "CITY OF ARDENT FALLS"),
        ("h", "Sole Source Justification"),
        (
            "p",
            [
                "Requesting Department: Police Department. Item: Mobile fingerprint readers (40 units). Vendor: "
                "Quintrel Biometrics LLC. Estimated Cost: $86,400.",
            ],
        ),
        ("h", "Justification"),
        (
            "p",
            [
                Claim(
                    "Quintrel's PrintPoint handheld is the only mobile reader certified to query the state "
                    "fingerprint database directly.",
                ),
                Claim(
                    "The device returns a match from the state database in under 30 seconds in the field.",
                    ("under 30 seconds",),
                ),
                "The Department's 22 existing readers are Quintrel units, and officers are trained on them.",
                "Buying another brand would require new training for 140 officers and a second support contract.",
                "The Department contacted two other suppliers, and neither offers a reader the state has approved.",
            ],
        ),
        ("h", "Price"),
        (
            "p",
            [
                "The price of $2,160 per unit matches the state cooperative contract.",
                "Purchasing compared the price with two other agencies' purchase orders.",
            ],
        ),
        ("h", "Certification"),
        (
            "p",
            [
                "I certify that the information above is correct and that no other source meets the Department's "
                "needs.",
                "Approved by the Purchasing Manager on January 22, 2026.",
            ],
        ),
    ]
