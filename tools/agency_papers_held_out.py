"""The held-out half of the invented papers tools/make_agency_papers.py draws: a surveillance impact report, a FAQ page
printed from a website, a police press release, a training bulletin, a budget memo, a city manager's weekly update.
No rule is written from these; only their totals are read. Every name, product and place is INVENTED."""

from __future__ import annotations

from make_reports import Block, Claim


def impact_report() -> list[Block]:
    return [
        ("h", "COUNTY OF DUNREATH"),
        ("h", "Surveillance Technology Impact Report: Acoustic Gunshot Detection"),
        ("h", "Description of the Technology"),
        (
            "p",
            [
                Claim(
                    "The Sonaris system uses acoustic sensors mounted on buildings and poles to detect the sound of "
                    "gunfire.",
                ),
                Claim(
                    "When three or more sensors hear an impulsive sound, the system locates its source to within 30 "
                    "meters.",
                    ("three or more sensors", "within 30 meters"),
                ),
                Claim(
                    "A reviewer at Sonaris Acoustics confirms each incident, and the alert reaches the Sheriff's "
                    "dispatch center in under 60 seconds.",
                    ("under 60 seconds",),
                ),
                "The Sheriff's Office proposes to deploy 45 sensors in a two square mile area of the county.",
            ],
        ),
        ("h", "Purpose"),
        (
            "p",
            [
                "The technology is intended to shorten response times to shootings and to help deputies find "
                "victims and evidence.",
            ],
        ),
        ("h", "Data Collected"),
        (
            "p",
            [
                "Data collected includes the time, the location and a short audio clip of each incident.",
                "No names, photographs or phone numbers are collected.",
            ],
        ),
        ("h", "Retention and Access"),
        (
            "p",
            [
                "Incident audio will be retained for 12 months and then deleted unless it is evidence in a case.",
                "Only dispatchers, patrol deputies and the Crime Analysis Unit may view alerts.",
                "Access to audio clips requires a supervisor's approval.",
                "The vendor may not sell or share the data with third parties.",
            ],
        ),
        ("h", "Civil Liberties"),
        (
            "p",
            [
                "Residents raised concerns at two community meetings that the sensors could record conversations.",
                "The Sheriff's Office will publish an annual report of alerts, responses and outcomes.",
                "The Board of Supervisors must approve any expansion of the coverage area.",
            ],
        ),
    ]


def faq_page() -> list[Block]:
    return [
        ("p", ["3/2/26, 10:14 AM License Plate Readers - Frequently Asked Questions | Harlow Police Department"]),
        ("h", "License Plate Readers: Frequently Asked Questions"),
        ("p", ["What is an automated license plate reader?"]),
        (
            "p",
            [
                Claim(
                    "An ALPR is a camera that photographs the rear of passing vehicles and turns each plate into text "
                    "a computer can search.",
                ),
            ],
        ),
        ("p", ["Who makes the cameras the Department uses?"]),
        ("p", ["The Department leases 22 cameras from Brackwell Technologies through 2028."]),
        ("p", ["What do the cameras capture?"]),
        (
            "p",
            [
                Claim(
                    "The Brackwell cameras capture the plate, the make and color of the vehicle, and the date, time "
                    "and location of each read.",
                ),
                "They do not capture faces or the people inside the vehicle.",
            ],
        ),
        ("p", ["How long is the data kept?"]),
        ("p", ["Plate reads are deleted after 30 days unless they are part of an investigation."]),
        ("p", ["Does the Department share the data?"]),
        (
            "p",
            [
                "The Department shares data only with law enforcement agencies in the state that have signed a "
                "sharing agreement.",
            ],
        ),
        ("p", ["How accurate is the system?"]),
        (
            "p",
            [
                Claim(
                    "Brackwell reports that its cameras correctly read 97 percent of plates, including at night and "
                    "in rain.",
                    ("97 percent",),
                ),
                "Officers confirm every alert with dispatch before they take action.",
            ],
        ),
        ("p", ["How do I request records about the program?"]),
        ("p", ["Submit a public records request through the City Clerk's online portal."]),
        ("p", ["https://www.harlowpd.example/alpr-faq 1/2"]),
    ]


def press_release() -> list[Block]:
    return [
        ("h", "FOR IMMEDIATE RELEASE"),
        ("p", ["Tollbridge Police Department. Contact: Sgt. Amy Rourke, Public Information Officer. March 3, 2026"]),
        ("h", "Tollbridge Police Open Real-Time Crime Center"),
        (
            "p",
            [
                "TOLLBRIDGE - The Tollbridge Police Department today opened its Real-Time Crime Center, staffed by "
                "six analysts from 7 a.m. to 3 a.m. every day.",
                Claim(
                    "The center runs on Fusionary's Beacon platform, which brings video from 340 city and partner "
                    "cameras, plate reader alerts and 911 calls onto a single screen.",
                    ("340 city and partner cameras",),
                ),
                Claim("Beacon alerts analysts within seconds when a plate reader sees a stolen vehicle."),
                "During a 60-day trial, analysts helped officers locate 23 stolen cars and two missing persons.",
            ],
        ),
        (
            "p",
            [
                "\u201cThe center gives our officers information before they arrive,\u201d said Chief Daniel Osei.",
                "\u201cWe will use it carefully, and we will publish what we do with it.\u201d",
                "The center cost $1.2 million, paid by a state public safety grant.",
                Claim(
                    "Fusionary says Beacon is already used by more than 150 police agencies across the country.",
                    ("more than 150 police agencies",),
                ),
                "Residents may register their own security cameras with the Department online.",
            ],
        ),
        ("p", ["###"]),
    ]


def training_bulletin() -> list[Block]:
    return [
        ("h", "BRAXTON COUNTY SHERIFF'S OFFICE"),
        ("h", "Training Bulletin 26-04: The Veridex Phone Extraction Kiosk"),
        (
            "p",
            [
                "This bulletin explains when and how deputies may use the Veridex kiosk at the North and South "
                "substations.",
                Claim(
                    "The kiosk extracts call logs, contacts, text messages, photos and app data from most phones in "
                    "under 20 minutes.",
                    ("under 20 minutes",),
                ),
                Claim("It can also recover deleted messages from many Android devices."),
            ],
        ),
        ("h", "Authority"),
        (
            "b",
            [
                "Deputies must have a search warrant or the owner's written consent before an extraction.",
                "Consent must be recorded on form SO-212 and signed by the owner.",
                "A deputy who is unsure whether the warrant covers the phone shall call the on-call prosecutor.",
            ],
        ),
        ("h", "Procedure"),
        (
            "b",
            [
                "Place the phone in airplane mode before you connect it to the kiosk.",
                "Select only the categories of data that the warrant names.",
                "Export the report to the evidence system and note the case number.",
                "Do not leave a phone connected to the kiosk unattended.",
            ],
        ),
        ("h", "Notes"),
        (
            "p",
            [
                Claim("The kiosk produces a hash value for each extraction so the report can be verified in court."),
                "Questions about this bulletin may be directed to Lt. Cora Baines, Training Unit.",
                "This bulletin remains in effect until a policy replaces it.",
            ],
        ),
    ]


def budget_memo() -> list[Block]:
    return [
        ("h", "CITY OF GRANTHAM INTEROFFICE MEMORANDUM"),
        ("p", ["TO: Finance Committee FROM: Sofia Lindgren, Budget Director DATE: May 19, 2026"]),
        ("p", ["SUBJECT: Police Technology Requests, FY 2027 Budget"]),
        (
            "p",
            [
                "The Police Department asks for $1,846,000 in technology funding for FY 2027, an increase of 14 "
                "percent over FY 2026.",
                "This memo summarizes the three largest requests.",
            ],
        ),
        ("h", "1. Body-worn camera renewal ($620,000)"),
        (
            "p",
            [
                "The current agreement with Halcyon Optics ends on June 30, 2026.",
                Claim(
                    "Halcyon's new camera uploads video automatically over LTE, which the Department expects to save "
                    "each officer about 20 minutes per shift.",
                    ("about 20 minutes per shift",),
                ),
                "The renewal covers 210 cameras and unlimited storage for five years.",
            ],
        ),
        ("h", "2. Gunshot detection expansion ($410,000)"),
        (
            "p",
            [
                "The request would add four square miles of coverage in the Riverside and Hollins neighborhoods.",
                Claim(
                    "The vendor, Audenza Inc., states that its sensors detect 92 percent of outdoor gunshots in the "
                    "coverage area.",
                    ("92 percent",),
                ),
                "The Department did not provide data on how many alerts led to arrests.",
            ],
        ),
        ("h", "3. Records management system ($816,000)"),
        (
            "p",
            [
                "The current system is 17 years old and its maker no longer supports it.",
                Claim(
                    "The proposed Calderon RMS imports reports from the state crash system and flags duplicate "
                    "records of the same person.",
                ),
                "Staff recommends funding the first two requests and deferring the third to FY 2028.",
                "The Committee may wish to ask the Department how it measured the savings it expects.",
            ],
        ),
    ]


def weekly_update() -> list[Block]:
    return [
        ("h", "CITY MANAGER'S WEEKLY UPDATE"),
        ("p", ["Week of October 5, 2026"]),
        ("h", "Police Department"),
        (
            "p",
            [
                "The Police Department hired four new officers, who start the academy on October 20.",
                "Patrol answered 1,312 calls for service this week, 6 percent more than the same week last year.",
                "The Department began a 90-day trial of the Larkspur Vigil camera system at two parks.",
                Claim(
                    "Larkspur's cameras detect loitering and vehicles in closed areas after hours and send an alert "
                    "to patrol.",
                ),
                Claim(
                    "Larkspur says the system can cover a park of up to 40 acres with eight cameras.",
                    ("up to 40 acres", "eight cameras"),
                ),
            ],
        ),
        ("h", "Public Works"),
        (
            "p",
            [
                "Crews repaved 2.3 miles of Cedar Avenue and will finish the bike lanes next week.",
                "The new traffic signal at 5th Street and Main Street goes live on Tuesday.",
            ],
        ),
        ("h", "Library"),
        (
            "p",
            [
                Claim("The library's new app lets residents renew books and reserve study rooms from their phones."),
                "Story time moves to Saturday mornings starting November 1.",
            ],
        ),
        ("h", "Upcoming"),
        (
            "p",
            [
                "The Council will hold a study session on the camera trial on November 3.",
                "Residents can comment on the trial through the city's website until October 31.",
            ],
        ),
    ]
