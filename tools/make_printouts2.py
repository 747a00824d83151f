"""Generate more printed e-mail, from records systems, review platforms and phones, each with its true count.

    python tools/make_printouts2.py [--out /tmp/printouts2] [--photocopies]

A sequel to tools/make_printouts.py (its Printout drawing class, its scan): records-portal exports (a cover sheet,
then each message under "Message 2 of 5" with the portal's own labels: "From (Name)", "Sent On", "To (Address)"),
review-platform productions with Bates numbers and "Document Withheld" slip sheets (a slip sheet is no message),
phone mail ("Sent from my iPhone", "Begin forwarded message:" with indented headers), replies quoted with ">" and
">>" behind "On …, Name <address> wrote:" nested twice, Outlook's "From: X On Behalf Of Y", an Outlook print whose
"Attachments:" and "To:" lines wrap, a Google Groups digest ("Topic summary"), calendar invitations, German and
Spanish labels. Every name, place and domain is INVENTED; the PDFs are drawn with reportlab in invariant mode.

A calendar invitation counts as a message: it is sent and printed as mail (eval/README.md counts every message
printed or quoted, and Outlook's calendar item already reads as one). A slip sheet that stands for a withheld
document counts as none: no message is printed on it.

Written-from half: portal_cover, relativity_slips, behalf_of, nested_quotes, german_reply, groups_digest (and
records_cover of make_printouts.py, held out since round 7, which joins this half once fixed). Held-out half:
justfoia_export, everlaw_bates, iphone_forward, long_recipients, spanish_android, calendar_invite.

Beside each `<name>.pdf` the script writes `<name>.json`: the count and the senders in print order (a word of each
sender's name or address). Nothing generated is committed: tests/test_printed_email_printouts2.py writes them to a
temporary folder.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from make_printouts import LEFT, Printout, outlook_header, scan

ODILE = "Brannock, Odile <obrannock@harlowmere.example>"
QUENTIN = "Quentin Sayle <qsayle@tarnwick.example>"
MAUD = "Ellery, Maud <mellery@harlowmere.example>"
RAVI = "Ostrander, Ravi <rostrander@harlowmere.example>"
PELL = "Ivo Pellgrave <ipellgrave@fernhollow.example>"
NOTICE = (
    "This message and any attachments are intended only for the addressee and may contain information that is "
    "privileged or exempt from disclosure. If you received it in error, please delete it."
)


def portal_cover(p: Printout) -> None:
    """A records portal's export (GovQA / NextRequest style): a cover sheet with the request's fields, then each
    message under "Message 2 of 3" with the portal's labels: From (Name), From (Address), To (Address), Sent On."""
    p.footer = "Harlowmere Records Center - R000318-091525 - Page {page}"
    p.line("Village of Harlowmere", bold=True, size=14)
    p.line("Public Records Request R000318-091525", bold=True, size=12)
    p.down(10)
    for label, value in (
        ("Request Number:", "R000318-091525"),
        ("Requester Name:", "Tamsin Vary"),
        ("Date Received:", "09/15/2025"),
        ("Department:", "Public Works"),
        ("Status:", "Closed - Records Provided"),
        ("Documents:", "3 e-mail messages"),
    ):
        p.field(label, value, value_x=LEFT + 120)
    p.down(10)
    p.para("Records responsive to your request are attached. Redactions are marked with the exemption applied.")
    p.new_page()
    for index, (name, address, to, when, subject, body) in enumerate(
        (
            (
                "Odile Brannock",
                "obrannock@harlowmere.example",
                "rostrander@harlowmere.example",
                "09/10/2025 04:22 PM",
                "RE: Culvert replacement on Sorrel Lane",
                "Ravi, Tarnwick can start the culvert on the 22nd if we close the lane for two days.",
            ),
            (
                "Ravi Ostrander",
                "rostrander@harlowmere.example",
                "obrannock@harlowmere.example",
                "09/10/2025 10:05 AM",
                "RE: Culvert replacement on Sorrel Lane",
                "Odile, did the contractor confirm a start date? The school buses use Sorrel Lane.",
            ),
            (
                "Quentin Sayle",
                "qsayle@tarnwick.example",
                "obrannock@harlowmere.example",
                "09/09/2025 02:48 PM",
                "Culvert replacement on Sorrel Lane",
                "Ms. Brannock, our crew is free from the 22nd. The new culvert pipe is in our yard.",
            ),
        ),
        start=1,
    ):
        p.message(name.split()[-1].lower())
        p.line(f"Message {index} of 3", bold=True)
        p.down(4)
        for label, value in (
            ("From (Name):", name),
            ("From (Address):", address),
            ("To (Address):", to),
            ("Sent On:", when),
            ("Subject:", subject),
        ):
            p.field(label, value, value_x=LEFT + 110)
        p.down(8)
        p.para(body)
        p.rule(0.5)


def relativity_slips(p: Printout) -> None:
    """A review platform's production (Relativity style): a Bates number and a confidentiality legend on every
    page, Outlook messages one per page, and a slip sheet standing for a withheld document (no message on it)."""
    p.footer = "HLM-000{page:04d}"
    p.line("CONFIDENTIAL - PRODUCED PURSUANT TO PUBLIC RECORDS REQUEST", size=8)
    p.down(6)
    p.message("ellery")
    outlook_header(p, MAUD, "Thursday, September 4, 2025 9:31 AM", QUENTIN, "RE: Salt dome roof repair")
    p.para("Quentin, the purchase order for the salt dome roof is signed. Please send the schedule.")
    p.para("Maud Ellery | Procurement | Village of Harlowmere")
    p.new_page()
    p.down(200)
    p.line("DOCUMENT WITHHELD", x=LEFT + 170, bold=True, size=16)
    p.line("Privileged - Attorney-Client Communication", x=LEFT + 150, size=12)
    p.line("Withheld in full under the attorney-client privilege", x=LEFT + 140, size=10)
    p.new_page()
    p.line("CONFIDENTIAL - PRODUCED PURSUANT TO PUBLIC RECORDS REQUEST", size=8)
    p.down(6)
    p.message("sayle")
    outlook_header(p, QUENTIN, "Wednesday, September 3, 2025 3:12 PM", MAUD, "Salt dome roof repair")
    p.para("Maud, our quote for the salt dome roof repair is attached. We can start within two weeks of the order.")
    p.para(NOTICE, grey=True)


def behalf_of(p: Printout) -> None:
    """Outlook's print of a message sent on someone's behalf ("From: Assistant On Behalf Of Director"), with
    "Importance: High" and an "Attachments:" list wrapped over two lines; the message it answers below a rule."""
    p.line("Odile Brannock", bold=True, size=15)
    p.rule(2.5)
    p.message("ostrander")
    p.field("From:", "Front Office <frontoffice@harlowmere.example> On Behalf Of Ostrander, Ravi")
    p.field("Sent:", "Monday, September 15, 2025 8:12 AM")
    p.field("To:", ODILE)
    p.field("Subject:", "FW: Sorrel Lane detour signs")
    p.field("Importance:", "High")
    p.field("Attachments:", "Detour_plan_rev3.pdf; Sign_order_Tarnwick.xlsx; Lane_closure_notice.docx;")
    p.field("", "School_bus_routes_fall.pdf")
    p.down(8)
    p.para("Odile, Ravi asked me to send you the detour plan and the sign order before the 9:00 meeting.")
    p.para("Front Office, Public Works")
    p.rule(0.5)
    p.message("sayle")
    outlook_header(p, QUENTIN, "Friday, September 12, 2025 5:02 PM", RAVI, "Sorrel Lane detour signs")
    p.para("Ravi, the detour signs are ordered. They arrive on the 19th with the barricades.")


def nested_quotes(p: Printout) -> None:
    """A reply quoting two older messages with ">" and ">>", each behind an "On Tue, Mar 3, 2025, Name <address>
    wrote:" line (the second inside the first's quote), as a plain-text client prints them."""
    p.line("Subject: Re: Re: Well pump #2 vibration", bold=True)
    p.down(6)
    p.message("pellgrave")
    p.field("From:", PELL)
    p.field("Date:", "Tue, Sep 16, 2025 at 11:40 AM")
    p.field("To:", ODILE)
    p.down(8)
    p.para("Odile, the bearings came today. We fit them on Thursday morning.")
    p.message("brannock")
    p.line("On Mon, Sep 15, 2025, Odile Brannock <obrannock@harlowmere.example> wrote:")
    p.line("> Ivo, any news on the bearings for pump #2? The vibration is worse.", grey=True)
    p.line(">", grey=True)
    p.message("pellgrave")
    p.line("> On Fri, Sep 12, 2025, Ivo Pellgrave <ipellgrave@fernhollow.example> wrote:", grey=True)
    p.line(">> Odile, the pump needs new bearings. I ordered them today.", grey=True)
    p.line(">> Ivo", grey=True)


def german_reply(p: Printout) -> None:
    """Outlook in German: Von / Gesendet / An / Cc / Betreff above the reply, the older message below a rule with
    the same labels, and a quote of a third behind "Am … schrieb …:"."""
    for who, sender, sent, to, subject, body in (
        (
            "ostrander",
            RAVI,
            "Dienstag, 16. September 2025 14:05",
            "Hennerich, Lotte <l.hennerich@kaltwasser.example>",
            "AW: Angebot Pumpenwartung",
            "Frau Hennerich, danke für das Angebot. Wir melden uns bis Freitag.",
        ),
        (
            "hennerich",
            "Hennerich, Lotte <l.hennerich@kaltwasser.example>",
            "Montag, 15. September 2025 09:30",
            RAVI,
            "Angebot Pumpenwartung",
            "Sehr geehrter Herr Ostrander, anbei unser Angebot für die Wartung der Pumpen.",
        ),
    ):
        p.message(who)
        p.field("Von:", sender)
        p.field("Gesendet:", sent)
        p.field("An:", to)
        p.field("Betreff:", subject)
        p.down(8)
        p.para(body)
        p.rule(0.5)
    p.message("ostrander")
    p.line("Am 12.09.2025 um 16:20 schrieb Ravi Ostrander <rostrander@harlowmere.example>:")
    p.line("> Können Sie uns ein Angebot für die Wartung schicken?", grey=True)


def groups_digest(p: Printout) -> None:
    """A Google Groups digest printed: "Topic summary", then each message as its sender's name and address on one
    line, its date on the next, the body, a rule; the digest's own header above (the digest is a message too, from
    the group's address)."""
    p.message("harlowmere-streets")
    p.field("From:", "harlowmere-streets@googlegroups.example")
    p.field("Sent:", "Wednesday, September 17, 2025 6:00 AM")
    p.field("To:", "Digest recipients")
    p.field("Subject:", "[harlowmere-streets] Digest for harlowmere-streets - 3 updates in 1 topic")
    p.down(10)
    p.line("Topic summary", bold=True, size=12)
    p.line("Street tree planting on Vetch Row - 3 Updates")
    p.rule(0.5)
    for name, address, when, body in (
        (
            "Odile Brannock",
            "obrannock@harlowmere.example",
            "Sep 16 08:14AM -0500",
            "The planting on Vetch Row starts Monday. Please move cars off the north side.",
        ),
        (
            "Ivo Pellgrave",
            "ipellgrave@fernhollow.example",
            "Sep 16 09:02AM -0500",
            "Which species? The last lindens died in the first summer.",
        ),
        (
            "Odile Brannock",
            "obrannock@harlowmere.example",
            "Sep 16 10:47AM -0500",
            "Hornbeams this time, with watering bags for two summers.",
        ),
    ):
        p.message(name.split()[-1].lower())
        p.line(f"{name} <{address}>: {when}", bold=True)
        p.down(4)
        p.para(body)
        p.rule(0.5)
    p.line("You received this digest because you are subscribed to updates for this group.", size=8, grey=True)


def justfoia_export(p: Printout) -> None:
    """A records portal's export (JustFOIA style): a cover letter, then each message under "Message 2 of 4" with
    labels of the portal's own (Sender Name / Sender Email / Recipient(s) / Date Sent / Subject Line)."""
    p.footer = "Tarnwick County Open Records - Page {page}"
    p.line("TARNWICK COUNTY OPEN RECORDS", bold=True, size=14)
    p.down(8)
    for label, value in (
        ("Tracking Number:", "ORR-2025-1187"),
        ("Requested By:", "Halloran Beck"),
        ("Date Fulfilled:", "September 30, 2025"),
        ("Responsive Records:", "4 messages"),
    ):
        p.field(label, value, value_x=LEFT + 130)
    p.para("Please find the responsive records below. Personal telephone numbers are redacted.")
    p.new_page()
    ivo, quentin = ("Ivo Pellgrave", "ipellgrave@fernhollow.example"), ("Quentin Sayle", "qsayle@tarnwick.example")
    rows = (
        (*ivo, "Tarnwick Roads <roads@tarnwick.example>", "9/25/2025 7:40 AM"),
        (*quentin, PELL, "9/24/2025 4:10 PM"),
        (*ivo, QUENTIN, "9/24/2025 1:55 PM"),
        (*quentin, PELL, "9/23/2025 9:20 AM"),
    )
    bodies = (
        "Roads desk, please add the Fernhollow bridge deck to next week's inspection list.",
        "Ivo, the deck joints were sealed in 2023. I will send the record.",
        "Quentin, when were the deck joints last sealed on the Fernhollow bridge?",
        "Ivo, the county needs your inspection report on the bridge by October 1.",
    )
    for index, ((name, address, to, when), body) in enumerate(zip(rows, bodies, strict=True), start=1):
        p.message(name.split()[-1].lower())
        p.line(f"Message {index} of 4", bold=True)
        for label, value in (
            ("Sender Name:", name),
            ("Sender Email:", address),
            ("Recipient(s):", to),
            ("Date Sent:", when),
            ("Subject Line:", "Fernhollow bridge deck"),
        ):
            p.field(label, value, value_x=LEFT + 100)
        p.down(6)
        p.para(body)
        p.rule(0.5)


def everlaw_bates(p: Printout) -> None:
    """A production from a review platform (Everlaw style): a Bates stamp and a confidentiality legend on each
    page, an Outlook message with a quoted reply, a "Document Withheld" slip sheet, then a last message."""
    p.footer = "TRN_PRR_{page:06d}"
    p.message("ellery")
    outlook_header(p, MAUD, "Monday, September 22, 2025 10:15 AM", PELL, "RE: Transfer station scale calibration")
    p.para("Ivo, the scale certificate expires on the 30th. Can your technician come on the 26th?")
    p.line("________________________________")
    p.message("pellgrave")
    outlook_header(p, PELL, "Friday, September 19, 2025 3:44 PM", MAUD, "Transfer station scale calibration")
    p.para("Maud, the transfer station scale is due for calibration. Tell me a day that suits.")
    p.new_page()
    p.down(220)
    p.line("Document Withheld - Privileged", x=LEFT + 150, bold=True, size=15)
    p.line("Begins: TRN_PRR_000002   Ends: TRN_PRR_000002", x=LEFT + 140, size=10)
    p.new_page()
    p.message("ostrander")
    outlook_header(p, RAVI, "Tuesday, September 23, 2025 8:02 AM", MAUD, "Scale downtime")
    p.para("Maud, if the scale is down on the 26th the haulers weigh at Fernhollow. I told them.")


def iphone_forward(p: Printout) -> None:
    """Mail forwarded from a phone and printed: the forward's header, "Sent from my iPhone", then "Begin forwarded
    message:" with the forwarded header indented (From / Date / To / Subject), and a reply it quotes."""
    p.message("sayle")
    outlook_header(p, QUENTIN, "Sunday, September 21, 2025 7:18 PM", MAUD, "Fwd: Brush chipper rental")
    p.para("FYI below.")
    p.line("Sent from my iPhone")
    p.down(8)
    p.line("Begin forwarded message:")
    p.down(4)
    p.message("pellgrave")
    for label, value in (
        ("From:", PELL),
        ("Date:", "September 21, 2025 at 4:02:11 PM CDT"),
        ("To:", QUENTIN),
        ("Subject:", "Re: Brush chipper rental"),
    ):
        p.field(label, value, x=LEFT + 24, value_x=LEFT + 90)
    p.down(6)
    p.para("Quentin, the chipper is yours Tuesday to Thursday. Pick up at the Fernhollow yard.", x=LEFT + 24)
    p.message("sayle")
    p.line("On Sep 20, 2025, at 9:30 AM, Quentin Sayle <qsayle@tarnwick.example> wrote:", x=LEFT + 24)
    p.line("Ivo, can we rent the brush chipper next week for the storm cleanup?", x=LEFT + 38, grey=True)


def long_recipients(p: Printout) -> None:
    """Outlook's print of a message to many: the To list wrapped over three lines, Cc over two, then the reply it
    answers with a short header."""
    p.line("Maud Ellery", bold=True, size=15)
    p.rule(2.5)
    p.message("ellery")
    p.field("From:", MAUD)
    p.field("Sent:", "Thursday, September 25, 2025 1:30 PM")
    p.field("To:", "Brannock, Odile <obrannock@harlowmere.example>; Ostrander, Ravi <rostrander@harlowmere.")
    p.field("", "example>; Quentin Sayle <qsayle@tarnwick.example>; Ivo Pellgrave <ipellgrave@fernhollow.")
    p.field("", "example>; Dace, Wilhelmina <wdace@harlowmere.example>; Roads <roads@tarnwick.example>")
    p.field("Cc:", "Clerk <clerk@harlowmere.example>; Yarrow, Bastian <byarrow@harlowmere.example>; Finance")
    p.field("", "<finance@harlowmere.example>")
    p.field("Subject:", "Winter road salt agreement - kickoff")
    p.down(8)
    p.para("All, the shared salt agreement starts November 1. The kickoff is Monday at 10 in Room 2.")
    p.rule(0.5)
    p.message("dace")
    outlook_header(
        p, "Dace, Wilhelmina <wdace@harlowmere.example>", "Thursday, September 25, 2025 9:05 AM", MAUD, "Salt agreement"
    )
    p.para("Maud, can you call the kickoff for the salt agreement with everyone on it?")


def spanish_android(p: Printout) -> None:
    """A reply written on Android in Spanish and printed from Outlook: De / Enviado / Para / Asunto, "Enviado desde
    mi Android" under the body, then the quoted message with the same labels below a rule."""
    p.message("quiroga")
    for label, value in (
        ("De:", "Quiroga, Amparo <aquiroga@tarnwick.example>"),
        ("Enviado:", "viernes, 26 de septiembre de 2025 18:40"),
        ("Para:", MAUD),
        ("Asunto:", "RE: Limpieza del parque Ribera"),
    ):
        p.field(label, value)
    p.down(8)
    p.para("Maud, la cuadrilla termina el sábado. Faltan dos contenedores.")
    p.line("Enviado desde mi Android")
    p.down(6)
    p.rule(0.5)
    p.message("ellery")
    for label, value in (
        ("De:", MAUD),
        ("Enviado:", "viernes, 26 de septiembre de 2025 11:15"),
        ("Para:", "Quiroga, Amparo <aquiroga@tarnwick.example>"),
        ("CC:", ODILE),
        ("Asunto:", "Limpieza del parque Ribera"),
    ):
        p.field(label, value)
    p.down(8)
    p.para("Amparo, ¿cuándo termina la limpieza del parque Ribera? Necesitamos el informe para el concejo.")


def calendar_invite(p: Printout) -> None:
    """A meeting invitation printed from the inbox: From / Sent / To / Subject, then the invitation's When / Where /
    Organizer lines; and the reply that accepted it above, in the same header form."""
    p.message("brannock")
    outlook_header(p, ODILE, "Friday, September 26, 2025 2:20 PM", MAUD, "Accepted: Salt dome walkthrough")
    p.para("Odile Brannock has accepted this meeting.")
    p.rule(0.5)
    p.message("ellery")
    p.field("From:", MAUD)
    p.field("Sent:", "Friday, September 26, 2025 9:00 AM")
    p.field("To:", ODILE)
    p.field("Subject:", "Salt dome walkthrough")
    p.field("When:", "Tuesday, September 30, 2025 1:00 PM-2:00 PM.")
    p.field("Where:", "Public Works yard, salt dome")
    p.field("Organizer:", "Ellery, Maud")
    p.down(8)
    p.para("A walkthrough of the repaired roof before the season. Hard hats at the gate.")


PRINTOUTS: dict[str, Callable[[Printout], None]] = {
    "portal_cover": portal_cover,
    "relativity_slips": relativity_slips,
    "behalf_of": behalf_of,
    "nested_quotes": nested_quotes,
    "german_reply": german_reply,
    "groups_digest": groups_digest,
    "justfoia_export": justfoia_export,
    "everlaw_bates": everlaw_bates,
    "iphone_forward": iphone_forward,
    "long_recipients": long_recipients,
    "spanish_android": spanish_android,
    "calendar_invite": calendar_invite,
}
WRITTEN_FROM = ("portal_cover", "relativity_slips", "behalf_of", "nested_quotes", "german_reply", "groups_digest")
HELD_OUT = tuple(name for name in PRINTOUTS if name not in WRITTEN_FROM)


def make(out: Path, only: tuple[str, ...] = ()) -> dict[str, dict]:
    """Draw every printout (or `only` these) into `out`; each one's truth by its file name."""
    out.mkdir(parents=True, exist_ok=True)
    truths: dict[str, dict] = {}
    for name, draw in PRINTOUTS.items():
        if only and name not in only:
            continue
        printout = Printout(out / f"{name}.pdf")
        draw(printout)
        truth = printout.truth()
        (out / f"{name}.json").write_text(json.dumps(truth, indent=1), encoding="utf-8")
        truths[f"{name}.pdf"] = truth
    return truths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/printouts2"))
    parser.add_argument("--photocopies", action="store_true", help="also write each one worn: <name>_copy.pdf")
    args = parser.parse_args()
    for name, truth in make(args.out).items():
        print(f"{args.out / name}\t{truth['emails']}")
        if args.photocopies:
            copy = scan(args.out / name, args.out / name.replace(".pdf", "_copy.pdf"), 150, photocopy=True)
            print(f"{copy}\t{truth['emails']}")


if __name__ == "__main__":
    main()
