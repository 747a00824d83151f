"""What the sample release says. Fictional, modeled on the public facts of the case that motivates foiakit:
a cloud vendor's face recognition sold to a county sheriff's office and a city police department, 300,000
booking photos, "between $6 and $12 a month", a non-disclosure agreement, and capability claims.

Every page is a list of lines; "##" starts a bold heading, "" is a blank line.
"""

from __future__ import annotations

VENDOR = "Stratus Cloud Services, Inc."
PRODUCT = "Stratus Recognize"
SHERIFF = "Marrow Ridge County Sheriff's Office"
CITY_PD = "City of Alder Falls Police Department"

PROPOSAL = [
    [
        "## Stratus Cloud Services, Inc.",
        "1400 Harbor Point Way, Suite 900, Seattle, WA 98101",
        "",
        "## Services and Pricing Proposal: Stratus Recognize",
        "Prepared for: Marrow Ridge County Sheriff's Office",
        "Date: October 3, 2017",
        "CONFIDENTIAL - FOR CUSTOMER EVALUATION",
        "",
        "## 1. Summary",
        'Stratus Cloud Services, Inc. ("Stratus") proposes to provide the Marrow Ridge County',
        "Sheriff's Office with Stratus Recognize, a cloud image analysis service for investigations.",
        "The Sheriff's Office will index its existing archive of 300,000 booking photos so that",
        "detectives can compare a still image from a surveillance camera against the archive.",
        "",
        "Stratus Recognize can identify up to 100 people in a single image and returns a",
        "similarity score for each face. The service can search in real time against tens of",
        "millions of faces, and it detects faces in video from fixed cameras as frames arrive.",
        "In our benchmark tests Stratus Recognize matched faces with 99% accuracy.",
        "",
        "## 2. Scope",
        "Stratus will load the booking photo archive, configure a search console for up to",
        "25 investigators, and train Sheriff's Office staff during a two-week onboarding period.",
        "Stratus does not guarantee that the service could identify every person in low-light",
        "footage, and no accuracy figure applies to images below 40 pixels between the eyes.",
    ],
    [
        "## 3. Pricing",
        "Pricing is based on the number of images analyzed each month. For an agency of the",
        "Sheriff's Office's size, the estimated cost is between $6 and $12 a month for the first",
        "1,000 images, with storage of the indexed archive included.",
        "",
        "## Price schedule",
        "TABLE",
        "",
        "A one-time onboarding fee of Four thousand five hundred dollars ($4,500.00) is due on",
        "signature. Annual support is $1,200 per year, payable in advance.",
        "Prices exclude sales tax. Quote number Q-2017-0412 is valid for 90 days.",
        "",
        "## 4. Contacts",
        "Dana Whitfield, Public Sector Account Executive",
        "Stratus Cloud Services, Inc. | dana.whitfield@stratuscloud.com | (206) 555-0143",
    ],
    [
        "## 5. Terms",
        "The parties will exchange technical documents under the mutual non-disclosure",
        "agreement signed by Stratus Cloud Services, Inc. and the Marrow Ridge County",
        "Sheriff's Office on September 18, 2017.",
        "",
        "## 6. Acceptance",
        "Accepted for the Marrow Ridge County Sheriff's Office:",
        "",
        "Lt. Raymond Ocampo, Technology Services Division",
        "raymond.ocampo@marrowridgesheriff.gov",
    ],
]

PRICE_TABLE = [
    ["Item", "Quantity", "Unit price", "Total"],
    ["Image analysis (first 1,000 images / month)", "12", "$12.00", "$144.00"],
    ["Face index storage (per 10,000 faces / month)", "12", "$3.00", "$36.00"],
    ["Onboarding and training (one-time)", "1", "$4,500.00", "$4,500.00"],
    ["Annual support", "1", "$1,200.00", "$1,200.00"],
    ["First-year total", "", "", "$5,880.00"],
]

NDA_SCAN = [
    [
        "MUTUAL NON-DISCLOSURE AGREEMENT",
        "",
        "This Mutual Non-Disclosure Agreement is entered into on",
        "September 18, 2017 by and between Stratus Cloud Services, Inc.,",
        'a Delaware corporation ("Stratus"), and the Marrow Ridge County',
        'Sheriff\'s Office (the "Agency").',
        "",
        "1. Confidential Information. Each party may disclose technical,",
        "pricing and product information about Stratus Recognize. The",
        "receiving party shall not disclose Confidential Information to",
        "any third party without the prior written consent of the",
        "disclosing party.",
        "",
        "2. Term. This Agreement remains in effect for three years.",
    ],
    [
        "3. Public Records. The Agency will notify Stratus before it",
        "releases any Confidential Information in response to a public",
        "records request, to the extent permitted by law.",
        "",
        "IN WITNESS WHEREOF, the parties have signed this Agreement.",
        "",
        "STRATUS CLOUD SERVICES, INC.",
        "By: Dana Whitfield",
        "Title: Public Sector Account Executive",
        "",
        "MARROW RIDGE COUNTY SHERIFF'S OFFICE",
        "By: Sheriff Howard Lindqvist",
        "Date: September 18, 2017",
    ],
]

MIXED_MEMO = [
    "## City of Alder Falls Police Department",
    "## Interoffice Memorandum",
    "To: Chief Elena Brandt",
    "From: Sgt. Marcus Hale, Investigations Bureau",
    "Date: February 12, 2018",
    "Subject: Pilot of Stratus Recognize",
    "",
    "The Marrow Ridge County Sheriff's Office has used Stratus Recognize since late 2017",
    "against its 300,000 booking photos. Stratus offered our department a 90-day pilot",
    "at no cost, followed by $8 per month for each camera feed we connect.",
    "The vendor says the system can track persons of interest across city cameras in",
    "real time. I recommend a pilot limited to the downtown cameras.",
]

MIXED_SCAN = [
    "ALDER FALLS POLICE DEPARTMENT",
    "Purchase Request 18-0031",
    "",
    "Vendor: Stratus Cloud Services, Inc.",
    "Item: Stratus Recognize camera feed license",
    "Quantity: 6 cameras",
    "Unit price: $8.00 per camera per month",
    "Annual amount: $576.00",
    "Approved: Chief Elena Brandt",
]

MIXED_REDACTED = [
    "## Investigations Bureau - Pilot Contacts",
    "",
    "Detective assigned to the pilot: REDACT6",
    "Informant photo set reviewed: REDACT7",
    "Downtown camera operator: Officer Dale Pruitt",
    "",
    "Pilot results will be reported to the City Council in May 2018.",
]
BAD_REDACTION_NAME = "Officer Dale Pruitt"  # boxed over, but left in the text layer: a bad redaction

THREAD = [  # newest first, as Outlook prints a thread
    {
        "from": "Ocampo, Raymond <raymond.ocampo@marrowridgesheriff.gov>",
        "sent": "Tuesday, March 6, 2018 10:14 AM",
        "to": "Dana Whitfield <dana.whitfield@stratuscloud.com>",
        "cc": "Lindqvist, Howard <howard.lindqvist@marrowridgesheriff.gov>",
        "subject": "RE: Stratus Recognize rollout to patrol",
        "body": [
            "Dana,",
            "We are ready to give patrol deputies access next month. Please keep the pricing",
            "and the pilot results under the NDA; the County Attorney expects public records",
            "requests. My cell is REDACT6 if you need me this week.",
            "Ray",
        ],
    },
    {
        "from": "Dana Whitfield <dana.whitfield@stratuscloud.com>",
        "sent": "Monday, March 5, 2018 4:02 PM",
        "to": "Ocampo, Raymond <raymond.ocampo@marrowridgesheriff.gov>",
        "cc": "",
        "subject": "RE: Stratus Recognize rollout to patrol",
        "body": [
            "Hi Ray,",
            "Great news. Patrol deputies can use the mobile app to identify people in the field",
            "in real time. The price stays between $6 and $12 a month per 1,000 images.",
            "Best,",
            "Dana Whitfield",
            "Public Sector Account Executive, Stratus Cloud Services, Inc.",
        ],
    },
    {
        "original": True,
        "from": "Ocampo, Raymond",
        "sent": "Friday, March 2, 2018 9:30 AM",
        "to": "Dana Whitfield",
        "cc": "",
        "subject": "Stratus Recognize rollout to patrol",
        "body": [
            "Dana, can Stratus Recognize run on the deputies' phones? We would like",
            "to start with 40 deputies on the day shift.",
            "Thanks, Ray",
        ],
    },
]

EML = {
    "from": ("José Alvarez", "jose.alvarez@stratuscloud.com"),
    "to": ("Raymond Ocampo", "raymond.ocampo@marrowridgesheriff.gov"),
    "date": "Thu, 12 Oct 2017 09:15:00 -0700",
    "subject": "Re: Stratus onboarding schedule – booking photo import",
    "message_id": "<onboard-2017-10-12.0915@stratuscloud.com>",
    "in_reply_to": "<a7c2-2017-10-11@marrowridgesheriff.gov>",
    "body": [
        "Lieutenant Ocampo,",
        "",
        "Our team will import the 300,000 booking photos on October 16 and 17. Once the",
        "import is done, Stratus Recognize will search the full archive in real time.",
        "The first monthly invoice is attached.",
        "",
        "José Alvarez",
        "Solutions Architect, Stratus Cloud Services, Inc.",
    ],
}

INVOICE = [
    "## Stratus Cloud Services, Inc.",
    "## INVOICE 2017-1031",
    "Bill to: Marrow Ridge County Sheriff's Office, Technology Services Division",
    "Invoice date: October 31, 2017",
    "",
    "Stratus Recognize image analysis, October 2017: $12.00",
    "Face index storage, October 2017: $3.00",
    "Onboarding and training (one-time): $4,500.00",
    "Amount due: $4,515.00",
]

MBOX = [
    {
        "from": ("Raymond Ocampo", "raymond.ocampo@marrowridgesheriff.gov"),
        "to": ("José Alvarez", "jose.alvarez@stratuscloud.com"),
        "date": "Wed, 11 Oct 2017 14:02:00 -0700",
        "subject": "Stratus onboarding schedule – booking photo import",
        "message_id": "<a7c2-2017-10-11@marrowridgesheriff.gov>",
        "refs": [],
        "body": [
            "José,",
            "When can your team import our booking photos? We have about 300,000 images.",
            "As you know, we signed a non-disclosure agreement with Stratus in September,",
            "so please send the technical documents to me directly.",
            "Ray",
        ],
    },
    "EML",  # the same email as the .eml file, released again inside the mailbox
    {
        "from": ("Raymond Ocampo", "raymond.ocampo@marrowridgesheriff.gov"),
        "to": ("José Alvarez", "jose.alvarez@stratuscloud.com"),
        "date": "Thu, 12 Oct 2017 11:40:00 -0700",
        "subject": "Re: Stratus onboarding schedule – booking photo import",
        "message_id": "<b913-2017-10-12@marrowridgesheriff.gov>",
        "refs": ["<a7c2-2017-10-11@marrowridgesheriff.gov>", "<onboard-2017-10-12.0915@stratuscloud.com>"],
        "body": [
            "Thanks. October 16 works. Detectives asked whether the system can detect faces",
            "in video from the jail cameras.",
            "Ray",
        ],
    },
    {
        "from": ("Chief Elena Brandt", "ebrandt@alderfalls.gov"),
        "to": ("Raymond Ocampo", "raymond.ocampo@marrowridgesheriff.gov"),
        "date": "Mon, 22 Jan 2018 08:05:00 -0800",
        "subject": "Stratus pilot in Alder Falls",
        "message_id": "<afpd-2018-01-22@alderfalls.gov>",
        "refs": [],
        "body": [
            "Lieutenant, the City of Alder Falls Police Department is considering the same",
            "Stratus service. Did your office sign anything beyond the NDA? What do you pay?",
            "Elena Brandt, Chief of Police",
        ],
    },
]

PNG_LETTER = [
    "City of Alder Falls Police Department",
    "200 River Street, Alder Falls",
    "",
    "March 20, 2018",
    "",
    "Stratus Cloud Services, Inc.",
    "Attn: Dana Whitfield",
    "",
    "Dear Ms. Whitfield:",
    "",
    "The City of Alder Falls Police Department accepts",
    "the 90-day pilot of Stratus Recognize for six",
    "downtown cameras at $8.00 per camera per month.",
    "",
    "Sincerely,",
    "Chief Elena Brandt",
]

BATCH2_INVOICE = [
    "## Stratus Cloud Services, Inc.",
    "## INVOICE 0042",
    "Bill to: City of Alder Falls Police Department",
    "Invoice date: June 30, 2018",
    "",
    "Stratus Recognize camera feed license, 6 cameras x $8.00 per month x 3 months: $144.00",
    "Amount due: $144.00",
]

# The City of Alder Falls' payment register for the pilot (an .xlsx ledger): a title row, a header naming the payee
# and amount columns, a row per payment (one amount without cents, as clerks type them), a total, a hidden sheet.
LEDGER_TITLE = "City of Alder Falls Police Department, vendor payments FY2019 (records request 2018-114)"
LEDGER_HEADER = ["Payment Date", "Payee", "Description", "Invoice", "Amount Paid"]
LEDGER_ROWS = [
    ["2018-07-20", VENDOR, "Camera feed license, 90-day pilot", "0042", 144.0],
    ["2018-08-17", VENDOR, "Camera feed license, July 2018", "0051", 48.0],
    ["2018-09-14", VENDOR, "Camera feed license, August 2018", "0057", 48],
]
LEDGER_TOTAL = ["", "Total", "", "", 240.0]
LEDGER_NOTES = ["Pilot continued month to month after September 30, 2018; see the Chief's letter of July 2, 2018."]

# A .docx letter: paragraphs, a table, a footer.
DOCX_LETTER = [
    "City of Alder Falls Police Department",
    "200 River Street, Alder Falls",
    "",
    "July 2, 2018",
    "",
    "Dana Whitfield",
    VENDOR,
    "",
    "Dear Ms. Whitfield:",
    "",
    "The City of Alder Falls Police Department will continue the Stratus Recognize pilot month to month after "
    "September 30, 2018, for the six downtown cameras, at $8.00 per camera per month, while the City Council "
    "considers a contract.",
    "",
    "Sincerely,",
    "Chief Elena Brandt",
]
DOCX_TABLE = [["Service", "Cameras", "Monthly cost"], ["Camera feed license", "6", "$48.00"]]
DOCX_FOOTER = "AFPD records request 2018-114"
