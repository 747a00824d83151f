"""Write invented agreements a public body signs, drawn as real ones are (several pages, a title, numbered and
lettered sections, notices, signature blocks, exhibits with price tables), each with its truth.

    python tools/make_contracts.py [--out /tmp/contracts]

The agreements hold what makes a contract's prices go to the wrong company or to none: a reseller selling a maker's
product, prices only in an exhibit's table (some cells without "$"), a contractor named once in the preamble and
then only as "Contractor", an amendment raising a not-to-exceed amount, annual fees per year, a cooperative
purchase citing another body's award, a subcontractor named in the paragraph that states the compensation; amounts
that are no prices (insurance limits, liability caps); and confidentiality sections under headings of every sort
("(c) Non-Disclosure.", "Proprietary Information", "Use of Agency Data"). Every name and place is INVENTED (a real
state's name appears only as a state). The PDFs are drawn with reportlab in invariant mode, so the script gives the
same bytes on every run.

Beside each `<paper>.pdf` the script writes `<paper>.json`: the truth in the evaluation set's gold format
(eval/README.md): `vendors` (with roles), `agencies`, `prices` (each with its vendor), `non_price_amounts`, `nda`,
`nda_evidence`. Nothing generated is committed: tests/test_contract_papers.py writes them to a temporary folder and
scores them. The papers split in two halves before any rule was written: rules are written from `WRITTEN_FROM`
(the reseller's order form, the master agreement with its pricing exhibit, the preamble-only contractor, the
amendment, the SaaS terms, the interlocal agreement); `HELD_OUT` (the renewal, the cooperative purchase, the
services agreement with insurance, the form with its proprietary-information section, the maintenance agreement,
the consulting agreement with a subconsultant) only checks them.
"""

from __future__ import annotations

import argparse
import json
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

# a block of a paper: ("title", text), ("h", heading), ("p", paragraph), ("row", cells at the table's columns),
# ("cols", x positions of the next rows' cells), ("sig", (left lines, right lines)), ("page", "") a page break
Block = tuple[str, object]


@dataclass(frozen=True, slots=True)
class Price:
    written: str  # as printed, to find its page
    amount: str
    vendor: str | None
    period: str = "one-time"


@dataclass(frozen=True, slots=True)
class Paper:
    blocks: list[Block]
    vendors: list[dict]
    agencies: list[dict]
    prices: list[Price]
    non_prices: list[tuple[str, str, str]] = field(default_factory=list)  # (written, amount, why)
    nda: str = ""  # the evidence, when the paper binds a party to secrecy


def _vendor(name: str, role: str, *aliases: str) -> dict:
    return {"name": name, "aliases": list(aliases), "role": role}


def _agency(name: str, role: str, *aliases: str) -> dict:
    return {"name": name, "aliases": list(aliases), "role": role}


def _signatures(left: Sequence[str], right: Sequence[str]) -> list[Block]:
    return [("h", "IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date."),
            ("sig", (list(left), list(right)))]  # fmt: skip


def _general_terms(first: int, party: str, body: str, notices: tuple[str, str], law: str) -> list[Block]:
    """Sections every agreement carries (term, termination, independence, indemnity, records, law, notices)."""
    return [
        ("h", f"{first}. Termination."),
        ("p", f"Either party may terminate this Agreement for cause on thirty (30) days' written notice if the other "
              f"party fails to cure a material breach within that period. The {body} may terminate this Agreement "
              f"for convenience on sixty (60) days' written notice, and shall pay {party} for the services "
              "performed through the date of termination."),
        ("h", f"{first + 1}. Independent Contractor."),
        ("p", f"{party} is an independent contractor and not an employee or agent of the {body}. {party} is "
              "responsible for the wages, benefits and taxes of its personnel."),
        ("h", f"{first + 2}. Indemnification."),
        ("p", f"{party} shall defend, indemnify and hold harmless the {body}, its officers and employees from claims, "
              f"damages and expenses arising out of the negligent acts or omissions of {party} in the performance "
              "of this Agreement."),
        ("h", f"{first + 3}. Records and Audit."),
        ("p", f"{party} shall keep complete records of its work under this Agreement for three (3) years after final "
              f"payment and shall make them available to the {body} for inspection on reasonable notice."),
        ("h", f"{first + 4}. Governing Law."),
        ("p", f"This Agreement is governed by the laws of the State of {law}. Venue for any action lies in the "
              "courts of the county in which the services are performed."),
        ("h", f"{first + 5}. Notices."),
        ("p", f"Notices shall be in writing and delivered by hand or certified mail to: {notices[0]}; and to "
              f"{notices[1]}."),
        ("h", f"{first + 6}. Entire Agreement."),
        ("p", "This Agreement, with its exhibits, is the entire agreement of the parties and supersedes all prior "
              "proposals and understandings. It may be amended only in a writing signed by both parties."),
    ]  # fmt: skip


def _insurance(number: int, party: str, each: str, aggregate: str, auto: str) -> tuple[list[Block], list]:
    blocks: list[Block] = [
        ("h", f"{number}. Insurance."),
        ("p", f"{party} shall maintain, at its own expense, commercial general liability insurance with limits of not "
              f"less than {each} per occurrence and {aggregate} in the aggregate, and automobile liability insurance "
              f"with a combined single limit of {auto}. Certificates of insurance shall be delivered before work "
              "begins."),
    ]  # fmt: skip
    amounts = [(each, "insurance limit: CGL per occurrence"), (aggregate, "insurance limit: CGL aggregate"),
               (auto, "insurance limit: automobile liability")]  # fmt: skip
    return blocks, [(w, w.strip("$").replace(",", ""), why) for w, why in amounts]


# ---------------------------------------------------------------- written-from half


def reseller_order_form() -> Paper:
    seller, maker = "Corvell Integration Partners, LLC", "Tessgrove Optics Inc."
    body = "Customer"
    blocks: list[Block] = [
        ("title", "ORDER FORM"),
        ("p", "Order Form No. CIP-2291    Date: April 14, 2025"),
        ("cols", (56, 320)),
        ("row", ("Seller: Corvell Integration Partners, LLC", "Customer: Village of Ardenne Police Department")),
        ("row", ("1180 Wexcombe Parkway, Suite 210", "55 Lantern Row")),
        ("row", ("Lorrisburg, OH 43990", "Ardenne, OH 44871")),
        ("p", "This Order Form is entered into between Corvell Integration Partners, LLC (\"Corvell\"), an "
              "authorized reseller of Tessgrove Optics Inc., and the Village of Ardenne Police Department "
              "(\"Customer\"). Corvell will deliver and install the Tessgrove products listed below."),
        ("h", "Products and Services"),
        ("cols", (56, 330, 390, 470)),
        ("row", ("Item", "Qty", "Unit Price", "Extended")),
        ("row", ("Tessgrove T-40 fixed plate camera", "6", "$3,450.00", "$20,700.00")),
        ("row", ("Tessgrove solar power kit", "6", "615.00", "3,690.00")),
        ("row", ("Installation and aiming, per camera", "6", "$420.00", "$2,520.00")),
        ("row", ("Tessgrove Cloud annual subscription", "6", "$900.00", "$5,400.00")),
        ("row", ("Total", "", "", "$32,310.00")),
        ("h", "Terms"),
        ("p", "1. Payment. Customer shall pay each invoice within thirty (30) days of receipt. The annual "
              "subscription renews each year at the price above unless Customer gives notice sixty (60) days "
              "before the renewal date."),
        ("p", "2. Warranty. The cameras carry the manufacturer's warranty of Tessgrove Optics Inc. for three (3) "
              "years from delivery. Corvell warrants its installation work for one (1) year."),
        ("p", "3. Limitation of Liability. Neither party's liability under this Order Form shall exceed the fees "
              "paid in the twelve months before the claim, and in no event $100,000.00."),
        ("p", "4. Data. Plate reads are stored in the Tessgrove Cloud for thirty (30) days and then deleted. "
              "Customer owns its data."),
        ("page", ""),
        ("h", "Statement of Work"),
        ("p", "Corvell will survey the six sites with Customer's staff, mount the cameras on existing poles, "
              "connect each to its solar power kit, aim and test it, and train up to ten officers. Work begins "
              "within forty-five (45) days of the order and ends with Customer's written acceptance."),
        ("p", "Customer will provide access to the sites, a contact person and any permits required by the "
              "Village. Corvell will not charge for a second visit needed because a site was not ready."),
        ("h", "Acceptance"),
        ("p", "By signing below, Customer orders the products and services listed above at the prices stated."),
        *_signatures(
            ["CORVELL INTEGRATION PARTNERS, LLC", "By: Nadia Feltham", "Title: Sales Director"],
            ["VILLAGE OF ARDENNE POLICE DEPARTMENT", "By: Chief Owen Brask", "Title: Chief of Police"],
        ),
    ]  # fmt: skip
    prices = [
        Price("$3,450.00", "3450.00", seller), Price("$20,700.00", "20700.00", seller),
        Price("615.00", "615.00", seller), Price("3,690.00", "3690.00", seller),
        Price("$420.00", "420.00", seller), Price("$2,520.00", "2520.00", seller),
        Price("$900.00", "900.00", seller, "year"), Price("$5,400.00", "5400.00", seller, "year"),
        Price("$32,310.00", "32310.00", seller),
    ]  # fmt: skip
    return Paper(
        blocks,
        [_vendor(seller, "seller", "Corvell", "CORVELL INTEGRATION PARTNERS, LLC"),
         _vendor(maker, "mentioned", "Tessgrove")],
        [_agency("Village of Ardenne Police Department", "buyer", body, "VILLAGE OF ARDENNE POLICE DEPARTMENT")],
        prices,
        [("$100,000.00", "100000.00", "liability cap")],
    )  # fmt: skip


def master_agreement_exhibit_pricing() -> Paper:
    provider, sub = "Orrin Lake Technologies, Inc.", "Weller Fiber Services LLC"
    insurance, limits = _insurance(9, "Provider", "$1,000,000", "$2,000,000", "$1,000,000")
    blocks: list[Block] = [
        ("title", "MASTER SERVICES AGREEMENT"),
        ("p", "This Master Services Agreement (\"Agreement\") is made as of July 1, 2025 (the \"Effective Date\") by "
              "and between Brisendale County, Indiana, a political subdivision of the State of Indiana (the "
              "\"County\"), and Orrin Lake Technologies, Inc., an Indiana corporation (\"Provider\")."),
        ("h", "1. Services."),
        ("p", "Provider shall furnish, install and support a county-wide network of traffic cameras and the software "
              "to view them, as described in Exhibit A (Scope of Work). Provider may use Weller Fiber Services LLC "
              "as its subcontractor for the conduit and fiber work; Provider remains responsible for that work."),
        ("h", "2. Term."),
        ("p", "The initial term is three (3) years from the Effective Date. The County may renew it for two further "
              "terms of one (1) year each by written notice before the end of a term."),
        ("h", "3. Compensation."),
        ("p", "The County shall pay Provider the prices stated in Exhibit B (Pricing), and no other charges. Provider "
              "shall invoice monthly in arrears for the work accepted in the month; the County shall pay each "
              "correct invoice within thirty (30) days of receipt."),
        ("h", "4. Acceptance."),
        ("p", "Each camera site is accepted when the County's Information Technology Department confirms in writing "
              "that the camera streams to the viewing software for seventy-two (72) hours without a fault."),
        ("h", "5. Protection of County Information."),
        ("p", "Provider shall hold all County information it receives under this Agreement in strict confidence, "
              "shall use it only to perform the services and shall not disclose it to any third party except its "
              "subcontractors bound by the same terms."),
        ("h", "6. Warranty."),
        ("p", "Provider warrants that the equipment will be free of defects in materials and workmanship for two (2) "
              "years from acceptance and will repair or replace defective equipment at no charge."),
        ("h", "7. Limitation of Liability."),
        ("p", "Except for its indemnity duties, Provider's total liability under this Agreement shall not exceed "
              "$750,000.00."),
        ("h", "8. Security."),
        ("p", "Provider's personnel with access to County systems shall pass a background check by the Brisendale "
              "County Sheriff's Office before they begin work."),
        *insurance,
        *_general_terms(10, "Provider", "County",
                        ("Brisendale County Auditor, 200 Courthouse Square, Tamber, IN 46990",
                         "Orrin Lake Technologies, Inc., Attn: Contracts, 77 Ferris Mill Road, Lanworth, IN 46211"),
                        "Indiana"),
        *_signatures(
            ["BRISENDALE COUNTY, INDIANA", "By: Harriet Colquist", "President, Board of Commissioners"],
            ["ORRIN LAKE TECHNOLOGIES, INC.", "By: Samir Dahlquist", "Chief Executive Officer"],
        ),
        ("page", ""),
        ("title", "EXHIBIT B - PRICING"),
        ("p", "All prices are firm for the initial term. Quantities are estimates; the County pays for the units "
              "installed and accepted."),
        ("cols", (56, 300, 380, 460)),
        ("row", ("Description", "Unit Price", "Qty", "Extended")),
        ("row", ("Traffic camera, pan-tilt-zoom", "$4,875.00", "24", "$117,000.00")),
        ("row", ("Camera pole and mounting", "1,240.00", "24", "29,760.00")),
        ("row", ("Fiber conduit, per linear foot", "18.50", "3,200", "59,200.00")),
        ("row", ("Viewing software license, per seat", "$350.00", "12", "$4,200.00")),
        ("row", ("Annual support, per camera", "$210.00", "24", "$5,040.00")),
        ("row", ("Total, first year", "", "", "$215,200.00")),
        ("p", "Annual support in the second and third years is $5,040.00 per year, invoiced each July."),
    ]  # fmt: skip
    prices = [
        Price("$4,875.00", "4875.00", provider), Price("$117,000.00", "117000.00", provider),
        Price("1,240.00", "1240.00", provider), Price("29,760.00", "29760.00", provider),
        Price("18.50", "18.50", provider), Price("59,200.00", "59200.00", provider),
        Price("$350.00", "350.00", provider), Price("$4,200.00", "4200.00", provider),
        Price("$210.00", "210.00", provider, "year"), Price("$5,040.00", "5040.00", provider, "year"),
        Price("$215,200.00", "215200.00", provider),
    ]  # fmt: skip
    return Paper(
        blocks,
        [_vendor(provider, "seller", "ORRIN LAKE TECHNOLOGIES, INC."), _vendor(sub, "subcontractor")],
        [_agency("Brisendale County, Indiana", "buyer", "Brisendale County", "County", "BRISENDALE COUNTY, INDIANA"),
         _agency("Brisendale County Sheriff's Office", "mentioned")],
        prices,
        [("$750,000.00", "750000.00", "liability cap"), *limits],
        "5. Protection of County Information. Provider shall hold all County information it receives under this "
        "Agreement in strict confidence ... shall not disclose it to any third party",
    )  # fmt: skip


def preamble_contractor() -> Paper:
    contractor = "Dunmore Ridge Data Systems, LLC"
    insurance, limits = _insurance(7, "Contractor", "$1,000,000", "$3,000,000", "$500,000")
    blocks: list[Block] = [
        ("title", "AGREEMENT FOR PROFESSIONAL SERVICES"),
        ("h", "Records Management System Migration"),
        ("p", "THIS AGREEMENT is entered into on September 8, 2025 by and between the City of Quenby, a municipal "
              "corporation (\"City\"), and Dunmore Ridge Data Systems, LLC, a Delaware limited liability company "
              "(\"Contractor\"). City and Contractor agree as follows."),
        ("h", "1. Scope of Services."),
        ("p", "Contractor shall migrate the records of the Quenby Police Department from its present records "
              "management system to the system City has licensed from Pexley Software Corp., verify the migrated "
              "records and train City staff, as set out in Exhibit A."),
        ("h", "2. Time of Performance."),
        ("p", "Contractor shall begin work within ten (10) days of a notice to proceed and complete the migration "
              "within one hundred twenty (120) days."),
        ("h", "3. Compensation."),
        ("p", "City shall pay Contractor a fixed fee of $48,750.00 for the migration, payable in three installments "
              "on completion of the milestones in Exhibit A. Additional work that City requests in writing shall "
              "be paid at $165.00 per hour for a data engineer and $120.00 per hour for a trainer. The total "
              "compensation under this Agreement shall not exceed $60,000.00."),
        ("h", "4. Personnel."),
        ("p", "Contractor shall assign Mara Ellingsen as project manager and shall not replace her without City's "
              "written consent, which City shall not unreasonably withhold."),
        ("h", "5. Ownership of Data."),
        ("p", "All records, files and reports Contractor handles or prepares under this Agreement are City's "
              "property. Contractor shall return them to City and delete every copy when the work ends."),
        ("h", "6. Public Records."),
        ("p", "Contractor acknowledges that this Agreement and the records of its performance are public records "
              "that City may release under the Ohio Public Records Act."),
        *insurance,
        *_general_terms(8, "Contractor", "City",
                        ("City of Quenby, Director of Finance, 1 Quenby Plaza, Quenby, OH 45388",
                         "Contractor at 900 Harrow Lane, Suite 4, Wilmington, DE 19801"),
                        "Ohio"),
        *_signatures(
            ["CITY OF QUENBY", "By: Terrence Abara, City Manager", "Approved as to form: Law Director"],
            ["CONTRACTOR", "By: Wendell Prior", "Managing Member"],
        ),
        ("page", ""),
        ("title", "EXHIBIT A - MILESTONES"),
        ("cols", (56, 400)),
        ("row", ("Milestone", "Payment")),
        ("row", ("1. Migration plan approved by City", "$9,750.00")),
        ("row", ("2. Test migration verified", "$19,500.00")),
        ("row", ("3. Final migration and training complete", "$19,500.00")),
    ]  # fmt: skip
    prices = [
        Price("$48,750.00", "48750.00", contractor), Price("$165.00", "165.00", contractor, "hour"),
        Price("$120.00", "120.00", contractor, "hour"), Price("$60,000.00", "60000.00", contractor),
        Price("$9,750.00", "9750.00", contractor), Price("$19,500.00", "19500.00", contractor),
    ]  # fmt: skip
    return Paper(
        blocks,
        [_vendor(contractor, "seller", "Contractor"), _vendor("Pexley Software Corp.", "mentioned")],
        [_agency("City of Quenby", "buyer", "City", "CITY OF QUENBY"),
         _agency("Quenby Police Department", "mentioned")],
        prices,
        limits,
    )  # fmt: skip


def amendment_not_to_exceed() -> Paper:
    consultant = "Sable Point Engineering Group, Inc."
    blocks: list[Block] = [
        ("title", "AMENDMENT NO. 2"),
        ("h", "TO THE AGREEMENT FOR ENGINEERING SERVICES"),
        ("h", "BETWEEN MARLOW HEIGHTS TRANSIT AUTHORITY AND SABLE POINT ENGINEERING GROUP, INC."),
        ("p", "This Amendment No. 2 is made on February 3, 2026 between the Marlow Heights Transit Authority (the "
              "\"Authority\") and Sable Point Engineering Group, Inc. (the \"Consultant\"), parties to the Agreement "
              "for Engineering Services dated March 12, 2024, as amended by Amendment No. 1 dated November 18, 2024 "
              "(together, the \"Agreement\")."),
        ("h", "RECITALS"),
        ("p", "A. The Consultant is designing the Eastline bus rapid transit stations under the Agreement."),
        ("p", "B. The Authority has asked the Consultant to design two further stations and the related signal "
              "work, which the Agreement does not cover."),
        ("p", "C. Amendment No. 1 extended the term of the Agreement and did not change its compensation."),
        ("h", "AMENDMENT"),
        ("p", "1. Scope. Exhibit A of the Agreement is amended to add the design of the Fenwick Street and Corliss "
              "Avenue stations, as described in the Consultant's proposal dated January 9, 2026."),
        ("p", "2. Compensation. Section 4 of the Agreement is amended to increase the not-to-exceed amount from "
              "$240,000.00 to $315,500.00, an increase of $75,500.00. The hourly rates of Exhibit B of the "
              "Agreement remain in effect."),
        ("p", "3. Subconsultant. The Consultant may engage Kestrel Survey Associates for topographic surveys of the "
              "two stations, under the terms of the Agreement."),
        ("p", "4. Term. The term of the Agreement is extended to June 30, 2027."),
        ("p", "5. Other Terms. Except as amended here, every term of the Agreement remains in full force."),
        ("page", ""),
        ("h", "Approval"),
        ("p", "The Board of Directors of the Authority approved this Amendment by Resolution 2026-04 on January 27, "
              "2026. The amount of the increase is funded from the Authority's capital budget."),
        *_signatures(
            ["MARLOW HEIGHTS TRANSIT AUTHORITY", "By: Lucinda Raye", "Chief Executive Officer"],
            ["SABLE POINT ENGINEERING GROUP, INC.", "By: Gerald Okonjo, P.E.", "Principal"],
        ),
    ]  # fmt: skip
    prices = [
        Price("$240,000.00", "240000.00", consultant), Price("$315,500.00", "315500.00", consultant),
        Price("$75,500.00", "75500.00", consultant),
    ]  # fmt: skip
    return Paper(
        blocks,
        [_vendor(consultant, "seller", "Consultant", "SABLE POINT ENGINEERING GROUP, INC."),
         _vendor("Kestrel Survey Associates", "subcontractor")],
        [_agency("Marlow Heights Transit Authority", "buyer", "Authority", "MARLOW HEIGHTS TRANSIT AUTHORITY")],
        prices,
    )  # fmt: skip


def saas_terms() -> Paper:
    vendor = "Quintara Cloud Labs, Inc."
    blocks: list[Block] = [
        ("title", "QUINTARA CLOUD LABS, INC."),
        ("h", "SOFTWARE AS A SERVICE TERMS"),
        ("p", "These terms govern Fallbrook Township's (\"Customer\") use of the Quintara permit-tracking service "
              "provided by Quintara Cloud Labs, Inc. (\"Quintara\"). They take effect on the date of the order "
              "that refers to them."),
        ("h", "1. The Service."),
        ("p", "Quintara will make the service available to Customer's users twenty-four hours a day, except for "
              "scheduled maintenance announced at least two days ahead. Quintara hosts the service with a "
              "third-party cloud provider in the United States."),
        ("h", "2. Fees."),
        ("p", "Customer shall pay a subscription fee of $18,000.00 per year for up to fifty named users, and a "
              "one-time onboarding fee of $2,500.00. Additional users are $300.00 per user per year. Fees are "
              "invoiced annually in advance and due within thirty (30) days."),
        ("h", "3. Customer Data."),
        ("p", "Customer owns the data it enters. Quintara shall use it only to provide the service and shall "
              "return it in a common format on request at the end of the subscription."),
        ("h", "4. Service Levels."),
        ("p", "If availability in a month falls below 99.5%, Customer receives a credit of five percent of that "
              "month's fee for each full percentage point below the target."),
        ("h", "5. Warranties."),
        ("p", "Quintara warrants that the service will perform materially as described in its documentation. "
              "Customer's remedy for a breach of this warranty is the correction of the service or a refund of "
              "the fees prepaid for the rest of the term."),
        ("h", "6. Limitation of Liability."),
        ("p", "Each party's total liability under these terms is limited to the fees paid in the twelve (12) "
              "months before the event giving rise to the claim."),
        ("h", "7. General Provisions."),
        ("p", "(a) Assignment. Neither party may assign these terms without the other's consent, except to a "
              "successor of its whole business."),
        ("p", "(b) Force Majeure. Neither party is liable for a delay caused by events beyond its control."),
        ("p", "(c) Non-Disclosure. Information one party marks as confidential (the \"Disclosing Party\") and gives "
              "to the other (the \"Receiving Party\") shall be used by the Receiving Party only to perform under "
              "these terms; the Receiving Party shall not disclose it except to its employees who need it, and "
              "only as the law allows Customer as a public body."),
        ("p", "(d) Governing Law. These terms are governed by the laws of the State of Michigan."),
        ("page", ""),
        ("h", "ORDER"),
        ("cols", (56, 330, 450)),
        ("row", ("Item", "Term", "Amount")),
        ("row", ("Permit-tracking subscription, 50 users", "12 months", "$18,000.00")),
        ("row", ("Onboarding", "one-time", "$2,500.00")),
        ("row", ("Total due on signature", "", "$20,500.00")),
        *_signatures(
            ["FALLBROOK TOWNSHIP", "By: Avery Lindqvist, Township Supervisor"],
            ["QUINTARA CLOUD LABS, INC.", "By: Priya Castellan, VP Sales"],
        ),
    ]  # fmt: skip
    prices = [
        Price("$18,000.00", "18000.00", vendor, "year"), Price("$2,500.00", "2500.00", vendor),
        Price("$300.00", "300.00", vendor, "year"), Price("$20,500.00", "20500.00", vendor),
    ]  # fmt: skip
    return Paper(
        blocks,
        [_vendor(vendor, "seller", "Quintara", "QUINTARA CLOUD LABS, INC.")],
        [_agency("Fallbrook Township", "buyer", "Customer", "FALLBROOK TOWNSHIP")],
        prices,
        [],
        "(c) Non-Disclosure. ... the Receiving Party shall not disclose it except to its employees who need it",
    )  # fmt: skip


def interlocal_agreement() -> Paper:
    vendor = "Norvane Public Safety Software, Inc."
    blocks: list[Block] = [
        ("title", "INTERLOCAL AGREEMENT"),
        ("h", "FOR A SHARED COMPUTER-AIDED DISPATCH SYSTEM"),
        ("p", "This Interlocal Agreement is entered into under the Interlocal Cooperation Act, Chapter 39.34 RCW, "
              "by Harlan Creek County (the \"County\") and the City of Westover Falls (the \"City\"), each a "
              "public agency of the State of Washington."),
        ("h", "1. Purpose."),
        ("p", "The County and the City share one computer-aided dispatch system, licensed from Norvane Public "
              "Safety Software, Inc. (\"Norvane\"), operated by the Harlan Creek Emergency Communications Center "
              "for both parties."),
        ("h", "2. Costs."),
        ("p", "The annual license and support fee that Norvane charges for the system is $96,000.00. The City "
              "shall pay forty percent of it, $38,400.00 a year, and the County sixty percent, $57,600.00 a year. "
              "The one-time interface fee of $12,000.00 for the City's records system is the City's alone."),
        ("h", "3. Administration."),
        ("p", "The County administers the Norvane contract, pays Norvane's invoices and bills the City for its "
              "share each January. The City shall pay the County within forty-five (45) days of the bill."),
        ("h", "4. Records."),
        ("p", "Each party shall respond to public records requests for its own records under the Public Records "
              "Act, Chapter 42.56 RCW, and shall notify the other of a request for records the other holds."),
        ("h", "5. Duration and Withdrawal."),
        ("p", "This Agreement runs for five (5) years from its filing. A party may withdraw at the end of any "
              "year on one hundred eighty (180) days' written notice; it remains liable for its share of that "
              "year's fee."),
        ("h", "6. Liability."),
        ("p", "Each party is responsible for the acts of its own officers and employees. Neither party assumes "
              "the liability of the other."),
        ("h", "7. Filing."),
        ("p", "This Agreement takes effect when filed with the Harlan Creek County Auditor or posted on each "
              "party's website, as RCW 39.34.040 requires."),
        ("page", ""),
        ("h", "Approved by the parties on the dates below."),
        *_signatures(
            ["HARLAN CREEK COUNTY", "By: Fiona Marchetti, Chair", "Board of County Commissioners"],
            ["CITY OF WESTOVER FALLS", "By: Isaac Penhallow, Mayor"],
        ),
    ]  # fmt: skip
    prices = [
        Price("$96,000.00", "96000.00", vendor, "year"), Price("$38,400.00", "38400.00", vendor, "year"),
        Price("$57,600.00", "57600.00", vendor, "year"), Price("$12,000.00", "12000.00", vendor),
    ]  # fmt: skip
    return Paper(
        blocks,
        [_vendor(vendor, "seller", "Norvane")],
        [_agency("Harlan Creek County", "party", "County", "HARLAN CREEK COUNTY"),
         _agency("City of Westover Falls", "party", "City", "CITY OF WESTOVER FALLS"),
         _agency("Harlan Creek Emergency Communications Center", "mentioned")],
        prices,
    )  # fmt: skip


# ---------------------------------------------------------------- held-out half


def subscription_renewal() -> Paper:
    vendor = "Brightwater Analytics LLC"
    blocks: list[Block] = [
        ("title", "SUBSCRIPTION RENEWAL AGREEMENT"),
        ("p", "Agreement No. BWA-R-0417"),
        ("p", "This Subscription Renewal Agreement renews, for three further years, the crime-analysis "
              "subscription that the Tolland Harbor Police Department (\"Department\") holds from Brightwater "
              "Analytics LLC (\"Brightwater\") under the Subscription Agreement of May 1, 2022."),
        ("h", "1. Renewal Term."),
        ("p", "The renewal term begins on May 1, 2025 and ends on April 30, 2028."),
        ("h", "2. Annual Fees."),
        ("p", "The Department shall pay the annual subscription fees below, each invoiced on May 1 of its year. "
              "The fees include hosting, updates and support."),
        ("cols", (56, 250, 420)),
        ("row", ("Year", "Period", "Annual Fee")),
        ("row", ("Year 1", "May 2025 - April 2026", "$12,400.00")),
        ("row", ("Year 2", "May 2026 - April 2027", "$12,896.00")),
        ("row", ("Year 3", "May 2027 - April 2028", "$13,412.00")),
        ("row", ("Total, renewal term", "", "$38,708.00")),
        ("h", "3. Users and Training."),
        ("p", "The subscription covers twenty analyst seats. Each further seat costs $450.00 a year. One day of "
              "remote training a year is included."),
        ("h", "4. Incorporation."),
        ("p", "Except as this renewal states, the terms of the Subscription Agreement continue to apply, including "
              "its data-handling terms."),
        ("page", ""),
        ("h", "5. Confidential Information."),
        ("p", "Brightwater shall keep confidential all criminal justice information it receives from the "
              "Department, shall not disclose it to any person other than its personnel who need it to provide the "
              "service, and shall comply with the CJIS Security Policy of the Federal Bureau of Investigation."),
        ("h", "6. Authority."),
        ("p", "Each signer represents that he or she is authorized to bind the party for whom he or she signs."),
        *_signatures(
            ["TOLLAND HARBOR POLICE DEPARTMENT", "By: Chief Renata Szabo"],
            ["BRIGHTWATER ANALYTICS LLC", "By: Colin Marwood, President"],
        ),
    ]  # fmt: skip
    prices = [
        Price("$12,400.00", "12400.00", vendor, "year"), Price("$12,896.00", "12896.00", vendor, "year"),
        Price("$13,412.00", "13412.00", vendor, "year"), Price("$38,708.00", "38708.00", vendor),
        Price("$450.00", "450.00", vendor, "year"),
    ]  # fmt: skip
    return Paper(
        blocks,
        [_vendor(vendor, "seller", "Brightwater", "BRIGHTWATER ANALYTICS LLC")],
        [_agency("Tolland Harbor Police Department", "buyer", "Department", "TOLLAND HARBOR POLICE DEPARTMENT"),
         _agency("Federal Bureau of Investigation", "mentioned")],
        prices,
        [],
        "5. Confidential Information. Brightwater shall keep confidential all criminal justice information ... "
        "shall not disclose it",
    )  # fmt: skip


def cooperative_purchase() -> Paper:
    vendor = "Millbrook Fleet Solutions, Inc."
    blocks: list[Block] = [
        ("title", "COOPERATIVE PURCHASING AGREEMENT"),
        ("p", "This Agreement is made on June 2, 2025 between the City of Ravensholm (\"City\") and Millbrook "
              "Fleet Solutions, Inc. (\"Supplier\")."),
        ("h", "Recitals"),
        ("p", "The Northgate Regional Council of Governments awarded Contract No. NRCG-24-117 for police patrol "
              "vehicles to Supplier after a competitive solicitation, and that contract permits other public "
              "agencies to buy under its terms. The City's purchasing ordinance allows the City to buy from a "
              "contract awarded by another public agency through a competitive process."),
        ("h", "Agreement"),
        ("p", "1. Purchase. The City buys four (4) patrol utility vehicles, upfitted as listed in Attachment 1, at "
              "the contract unit price of $41,250.00 per vehicle, for a total of $165,000.00."),
        ("p", "2. Delivery. Supplier shall deliver the vehicles to the City's fleet yard within one hundred fifty "
              "(150) days of this Agreement. For each day of late delivery the City may deduct $100.00 per "
              "vehicle as liquidated damages."),
        ("p", "3. Contract Terms. The terms of Contract No. NRCG-24-117 apply to this purchase as if the City had "
              "awarded it, except that the City, not the Council of Governments, is the buyer and pays Supplier."),
        ("p", "4. Warranty. The vehicles carry the manufacturer's warranty of three years or 36,000 miles; "
              "Supplier warrants its upfitting work for one year."),
        ("p", "5. Administrative Fee. Supplier, not the City, pays the Council of Governments its administrative "
              "fee on this purchase."),
        ("page", ""),
        ("title", "ATTACHMENT 1 - VEHICLES AND UPFITTING"),
        ("cols", (56, 330, 400, 480)),
        ("row", ("Item", "Qty", "Unit", "Extended")),
        ("row", ("Patrol utility vehicle, AWD", "4", "36,900.00", "147,600.00")),
        ("row", ("Light bar, siren and console", "4", "3,125.00", "12,500.00")),
        ("row", ("Prisoner partition and rear seat", "4", "1,225.00", "4,900.00")),
        ("row", ("Unit price, upfitted vehicle", "", "", "$41,250.00")),
        ("row", ("Total", "", "", "$165,000.00")),
        *_signatures(
            ["CITY OF RAVENSHOLM", "By: Gail Oduya, City Administrator"],
            ["MILLBROOK FLEET SOLUTIONS, INC.", "By: Darren Whitcombe, Government Sales"],
        ),
    ]  # fmt: skip
    prices = [
        Price("$41,250.00", "41250.00", vendor), Price("$165,000.00", "165000.00", vendor),
        Price("36,900.00", "36900.00", vendor), Price("147,600.00", "147600.00", vendor),
        Price("3,125.00", "3125.00", vendor), Price("12,500.00", "12500.00", vendor),
        Price("1,225.00", "1225.00", vendor), Price("4,900.00", "4900.00", vendor),
    ]  # fmt: skip
    return Paper(
        blocks,
        [_vendor(vendor, "seller", "Supplier", "MILLBROOK FLEET SOLUTIONS, INC.")],
        [_agency("City of Ravensholm", "buyer", "City", "CITY OF RAVENSHOLM"),
         _agency("Northgate Regional Council of Governments", "mentioned", "Council of Governments")],
        prices,
        [("$100.00", "100.00", "liquidated damages per vehicle per day")],
    )  # fmt: skip


def services_with_insurance() -> Paper:
    contractor = "Greyfield Environmental Services, Inc."
    insurance, limits = _insurance(6, "Contractor", "$1,000,000", "$2,000,000", "$1,000,000")
    blocks: list[Block] = [
        ("title", "SERVICES AGREEMENT"),
        ("p", "This Services Agreement is made between the Town of Ashby Crossing, a Massachusetts municipal "
              "corporation (the \"Town\"), and Greyfield Environmental Services, Inc., a Massachusetts corporation "
              "(the \"Contractor\"), effective August 18, 2025."),
        ("h", "1. Services."),
        ("p", "The Contractor shall sample and test the groundwater at the Town's closed landfill each quarter, "
              "report the results to the Town and to the Massachusetts Department of Environmental Protection, "
              "and maintain the twelve monitoring wells."),
        ("h", "2. Compensation."),
        ("p", "The Town shall pay the Contractor according to the rate schedule in Exhibit A. The total paid under "
              "this Agreement shall not exceed $85,000.00 without a written amendment approved by the Select Board."),
        ("h", "3. Term."),
        ("p", "This Agreement ends on June 30, 2027 unless terminated earlier under Section 8."),
        ("h", "4. Laboratory."),
        ("p", "Samples shall be analysed by a laboratory certified by the Commonwealth. The Contractor may use "
              "Alderwick Laboratories, Inc. for that purpose and shall pass its charges through at cost."),
        ("h", "5. Limitation of Liability."),
        ("p", "The Contractor's aggregate liability for claims arising under this Agreement, other than claims for "
              "bodily injury or for its indemnity duties, shall not exceed $250,000.00."),
        *insurance,
        *_general_terms(7, "the Contractor", "Town",
                        ("Town Administrator, Ashby Crossing Town Hall, 14 Meeting House Road, Ashby Crossing, MA "
                         "01436", "Greyfield Environmental Services, Inc., 310 Tannery Street, Holcott, MA 01540"),
                        "Massachusetts"),
        *_signatures(
            ["TOWN OF ASHBY CROSSING", "By its Select Board"],
            ["GREYFIELD ENVIRONMENTAL SERVICES, INC.", "By: Noreen Platt, President"],
        ),
        ("page", ""),
        ("title", "EXHIBIT A - RATE SCHEDULE"),
        ("cols", (56, 360, 460)),
        ("row", ("Service", "Unit", "Rate")),
        ("row", ("Quarterly sampling event, all wells", "per event", "$6,800.00")),
        ("row", ("Laboratory analysis, per well", "per sample", "$385.00")),
        ("row", ("Well repair, senior technician", "per hour", "$118.00")),
        ("row", ("Annual report to the Town", "per report", "$3,400.00")),
    ]  # fmt: skip
    prices = [
        Price("$85,000.00", "85000.00", contractor), Price("$6,800.00", "6800.00", contractor),
        Price("$385.00", "385.00", contractor), Price("$118.00", "118.00", contractor, "hour"),
        Price("$3,400.00", "3400.00", contractor),
    ]  # fmt: skip
    return Paper(
        blocks,
        [_vendor(contractor, "seller", "Contractor", "GREYFIELD ENVIRONMENTAL SERVICES, INC."),
         _vendor("Alderwick Laboratories, Inc.", "subcontractor")],
        [_agency("Town of Ashby Crossing", "buyer", "Town", "TOWN OF ASHBY CROSSING"),
         _agency("Massachusetts Department of Environmental Protection", "mentioned")],
        prices,
        [("$250,000.00", "250000.00", "liability cap"), *limits],
    )  # fmt: skip


def proprietary_information_form() -> Paper:
    vendor = "Ostrander Signal Corp."
    blocks: list[Block] = [
        ("title", "OSTRANDER SIGNAL CORP."),
        ("h", "CUSTOMER LICENSE AGREEMENT"),
        ("cols", (56, 200)),
        ("row", ("Customer:", "Pemberton County Sheriff's Office")),
        ("row", ("Address:", "8 Jailhouse Lane, Corriveau, ME 04911")),
        ("row", ("Contact:", "Lt. Marcus Vey")),
        ("row", ("Product:", "SignalTrace call-analysis software, 5 seats")),
        ("row", ("Annual License Fee:", "$7,200.00")),
        ("row", ("Setup Fee:", "$1,150.00")),
        ("row", ("Start Date:", "October 1, 2025")),
        ("h", "TERMS AND CONDITIONS"),
        ("p", "1. License. Ostrander Signal Corp. (\"Licensor\") grants Customer a non-exclusive license to use the "
              "software named above during the term for its law enforcement purposes."),
        ("p", "2. Term. The license runs for one year from the Start Date and renews each year unless either party "
              "gives thirty (30) days' notice."),
        ("p", "3. Fees. The Annual License Fee is invoiced on the Start Date and on each renewal; the Setup Fee is "
              "invoiced once."),
        ("p", "4. Proprietary Information. Each party may receive the other's non-public technical, business or "
              "investigative information. The Receiving Party shall protect it with the care it gives its own such "
              "information, shall use it only under this Agreement and shall not make it available to others, "
              "except as a court order or a public records law requires."),
        ("p", "5. Support. Licensor answers support requests by telephone and e-mail on business days and fixes "
              "critical faults within two (2) business days."),
        ("p", "6. Limitation of Liability. Licensor's liability shall not exceed the fees paid in the prior twelve "
              "months."),
        ("page", ""),
        ("p", "7. Export. Customer shall not export the software in breach of the export laws of the United States."),
        ("p", "8. Entire Agreement. This form and its terms are the parties' entire agreement about the software."),
        *_signatures(
            ["PEMBERTON COUNTY SHERIFF'S OFFICE", "By: Sheriff Donna Thibeault"],
            ["OSTRANDER SIGNAL CORP.", "By: Felix Aubertin, Contracts Manager"],
        ),
    ]  # fmt: skip
    prices = [Price("$7,200.00", "7200.00", vendor, "year"), Price("$1,150.00", "1150.00", vendor)]
    return Paper(
        blocks,
        [_vendor(vendor, "seller", "Licensor", "OSTRANDER SIGNAL CORP.")],
        [_agency("Pemberton County Sheriff's Office", "buyer", "Customer", "PEMBERTON COUNTY SHERIFF'S OFFICE")],
        prices,
        [],
        "4. Proprietary Information. ... The Receiving Party shall protect it ... shall use it only under this "
        "Agreement and shall not make it available to others",
    )  # fmt: skip


def maintenance_agreement() -> Paper:
    contractor = "Lanthorn Mechanical, Inc."
    insurance, limits = _insurance(8, "Contractor", "$2,000,000", "$4,000,000", "$1,000,000")
    blocks: list[Block] = [
        ("title", "HVAC MAINTENANCE AGREEMENT"),
        ("p", "THIS AGREEMENT is made on January 12, 2026 between the Brenlow Unified School District (the "
              "\"District\") and Lanthorn Mechanical, Inc., a California corporation (\"Contractor\")."),
        ("h", "1. Work."),
        ("p", "Contractor shall inspect, service and repair the heating, ventilation and air-conditioning equipment "
              "at the District's nine schools, most of it made by Verrick Climate Systems Corp., on the schedule "
              "in Exhibit A, and answer service calls within four hours."),
        ("h", "2. Payment."),
        ("p", "The District shall pay Contractor the amounts in Exhibit A. Contractor shall invoice monthly; the "
              "District pays within thirty (30) days."),
        ("h", "3. Parts."),
        ("p", "Parts are billed at Contractor's cost plus ten percent, with a copy of the supplier's invoice."),
        ("h", "4. Prevailing Wages."),
        ("p", "Contractor shall pay prevailing wages as the California Department of Industrial Relations "
              "determines them, and shall keep certified payroll records."),
        ("h", "5. Fingerprinting."),
        ("p", "Contractor's employees who work at a school while students are present shall be fingerprinted and "
              "cleared by the California Department of Justice."),
        ("h", "6. Use of District Data."),
        ("p", "Building-control passwords, floor plans and student information that Contractor sees in its work "
              "shall be held in confidence and shall not be disclosed to anyone outside Contractor's staff who "
              "need them; Contractor shall return or destroy them when this Agreement ends."),
        ("h", "7. Term."),
        ("p", "This Agreement runs from February 1, 2026 to January 31, 2029."),
        *insurance,
        *_general_terms(9, "Contractor", "District",
                        ("Director of Facilities, Brenlow Unified School District, 400 Almendro Way, Brenlow, CA "
                         "93301", "Contractor at 1250 Foundry Road, Lessing, CA 93306"),
                        "California"),
        *_signatures(
            ["BRENLOW UNIFIED SCHOOL DISTRICT", "By: Dr. Celia Navarro, Superintendent"],
            ["CONTRACTOR", "By: Hugo Lanthorn, President"],
        ),
        ("page", ""),
        ("title", "EXHIBIT A - COMPENSATION"),
        ("cols", (56, 330, 460)),
        ("row", ("Service", "Frequency", "Price")),
        ("row", ("Preventive maintenance, all schools", "quarterly", "14,250.00")),
        ("row", ("Filter replacement, all units", "semiannual", "6,380.00")),
        ("row", ("Service call, first hour", "each", "165.00")),
        ("row", ("Each additional hour", "each", "132.00")),
        ("row", ("Annual amount, scheduled work", "", "69,760.00")),
    ]  # fmt: skip
    prices = [
        Price("14,250.00", "14250.00", contractor), Price("6,380.00", "6380.00", contractor),
        Price("165.00", "165.00", contractor), Price("132.00", "132.00", contractor),
        Price("69,760.00", "69760.00", contractor, "year"),
    ]  # fmt: skip
    return Paper(
        blocks,
        [_vendor(contractor, "seller", "Contractor"), _vendor("Verrick Climate Systems Corp.", "mentioned")],
        [_agency("Brenlow Unified School District", "buyer", "District", "BRENLOW UNIFIED SCHOOL DISTRICT"),
         _agency("California Department of Industrial Relations", "mentioned"),
         _agency("California Department of Justice", "mentioned")],
        prices,
        limits,
        "6. Use of District Data. ... shall be held in confidence and shall not be disclosed to anyone outside "
        "Contractor's staff",
    )  # fmt: skip


def consulting_with_subconsultant() -> Paper:
    consultant, sub = "Pallister & Moon Consulting Group, LLC", "Trident Geodata Inc."
    blocks: list[Block] = [
        ("title", "CONSULTING SERVICES AGREEMENT"),
        ("p", "This Agreement is entered into as of March 30, 2026 by the Cobalt Springs Water District, a special "
              "district of the State of Colorado (\"District\"), and Pallister & Moon Consulting Group, LLC, a "
              "Colorado limited liability company (\"Consultant\")."),
        ("h", "Section 1. Purpose"),
        ("p", "The District needs a master plan for the replacement of its water mains over the next twenty years, "
              "and Consultant has the staff and experience to prepare it."),
        ("h", "Section 2. Services"),
        ("p", "Consultant shall inventory the District's mains, rate their condition, model the system and prepare "
              "the master plan described in Exhibit A. Consultant shall meet with District staff every month and "
              "present the draft plan to the Board of Directors."),
        ("h", "Section 3. Compensation"),
        ("p", "For the services, the District shall pay Consultant a total not to exceed $62,000.00: $20,000.00 "
              "when the inventory is accepted, $27,000.00 when the draft plan is presented and $15,000.00 when the "
              "Board adopts the final plan. Consultant may engage Trident Geodata Inc. to map the mains, and shall "
              "pay Trident Geodata Inc. from these amounts; the District has no obligation to Trident Geodata Inc."),
        ("h", "Section 4. Schedule"),
        ("p", "Consultant shall present the draft plan within six months and the final plan within nine months of "
              "this Agreement."),
        ("h", "Section 5. Ownership of Work Product"),
        ("p", "The plan, the model and the maps prepared under this Agreement belong to the District, which may use "
              "them without further payment."),
        ("h", "Section 6. Conflicts of Interest"),
        ("p", "Consultant shall not, during this Agreement, work for a developer seeking new water service from the "
              "District."),
        ("h", "Section 7. Assignment"),
        ("p", "Consultant shall not assign this Agreement without the District's written consent."),
        ("page", ""),
        ("h", "Section 8. Authority"),
        ("p", "The signers represent that they are authorized to sign for the parties."),
        *_signatures(
            ["COBALT SPRINGS WATER DISTRICT", "By: Ingrid Hollis, General Manager"],
            ["PALLISTER & MOON CONSULTING GROUP, LLC", "By: Owen Pallister, Managing Partner"],
        ),
    ]  # fmt: skip
    prices = [
        Price("$62,000.00", "62000.00", consultant), Price("$20,000.00", "20000.00", consultant),
        Price("$27,000.00", "27000.00", consultant), Price("$15,000.00", "15000.00", consultant),
    ]  # fmt: skip
    return Paper(
        blocks,
        [_vendor(consultant, "seller", "Consultant", "PALLISTER & MOON CONSULTING GROUP, LLC"),
         _vendor(sub, "subcontractor", "Trident Geodata")],
        [_agency("Cobalt Springs Water District", "buyer", "District", "COBALT SPRINGS WATER DISTRICT")],
        prices,
    )  # fmt: skip


PAPERS: dict[str, Callable[[], Paper]] = {
    "reseller_order_form": reseller_order_form,
    "master_agreement_exhibit_pricing": master_agreement_exhibit_pricing,
    "preamble_contractor": preamble_contractor,
    "amendment_not_to_exceed": amendment_not_to_exceed,
    "saas_terms": saas_terms,
    "interlocal_agreement": interlocal_agreement,
    "subscription_renewal": subscription_renewal,
    "cooperative_purchase": cooperative_purchase,
    "services_with_insurance": services_with_insurance,
    "proprietary_information_form": proprietary_information_form,
    "maintenance_agreement": maintenance_agreement,
    "consulting_with_subconsultant": consulting_with_subconsultant,
}
WRITTEN_FROM = (
    "reseller_order_form",
    "master_agreement_exhibit_pricing",
    "preamble_contractor",
    "amendment_not_to_exceed",
    "saas_terms",
    "interlocal_agreement",
)
HELD_OUT = tuple(name for name in PAPERS if name not in WRITTEN_FROM)

_WIDTH = 92  # characters a printed line holds
_LEADING = 13.0


def _draw(blocks: Sequence[Block], path: Path) -> list[str]:
    """Draw the blocks into `path`; the text drawn on each page (to find a price's page)."""
    pdf = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    pages: list[list[str]] = [[]]
    y = 740.0
    columns: tuple[int, ...] = (56,)

    def new_page() -> None:
        nonlocal y
        pdf.showPage()
        pages.append([])
        y = 740.0

    def line(text: str, font: str = "Helvetica", x: float = 56, size: int = 10) -> None:
        nonlocal y
        if y < 60:
            new_page()
        pdf.setFont(font, size)
        pdf.drawString(x, y, text)
        pages[-1].append(text)
        y -= _LEADING

    for kind, body in blocks:
        if kind == "page":
            new_page()
        elif kind == "title":
            y -= 4
            line(str(body), "Helvetica-Bold", 56, 12)
            y -= 4
        elif kind == "h":
            y -= 4
            line(str(body), "Helvetica-Bold")
        elif kind == "p":
            for printed in textwrap.wrap(str(body), _WIDTH):
                line(printed)
            y -= 5
        elif kind == "cols":
            columns = tuple(body)  # type: ignore[arg-type]
        elif kind == "row":
            if y < 60:
                new_page()
            for x, cell in zip(columns, body, strict=False):  # type: ignore[call-overload]
                pdf.setFont("Helvetica", 10)
                pdf.drawString(x, y, cell)
                pages[-1].append(cell)
            y -= _LEADING
        elif kind == "sig":
            left, right = body  # type: ignore[misc]
            y -= 10
            if y < 60 + _LEADING * max(len(left), len(right)):
                new_page()
            for at in range(max(len(left), len(right))):
                for x, side in ((56, left), (320, right)):
                    if at < len(side):
                        pdf.setFont("Helvetica", 10)
                        pdf.drawString(x, y, side[at])
                        pages[-1].append(side[at])
                y -= _LEADING
    pdf.showPage()
    pdf.save()
    return ["\n".join(page) for page in pages]


def _page_of(pages: list[str], written: str) -> int:
    return next((number for number, text in enumerate(pages, 1) if written in text), 1)


def truth(paper: Paper, pages: list[str]) -> dict:
    return {
        "kind": "contract",
        "pages": len(pages),
        "vendors": paper.vendors,
        "agencies": paper.agencies,
        "agency_units": [],
        "other_orgs": [],
        "prices": [
            {
                "amount": p.amount,
                "currency": "USD",
                "period": p.period,
                "vendor": p.vendor,
                "page": _page_of(pages, p.written),
                "context": p.written,
            }
            for p in paper.prices
        ],
        "non_price_amounts": [
            {"amount": f"{Decimal(amount):.2f}", "why": why, "page": _page_of(pages, written)}
            for written, amount, why in paper.non_prices
        ],
        "nda": bool(paper.nda),
        "nda_evidence": paper.nda,
        "capability_claims": [],
        "emails": 0,
        "scored_pages": None,
    }


def make(out: Path, only: tuple[str, ...] = ()) -> dict[str, dict]:
    """Draw every paper (or `only` these) into `out`; each paper's truth by its file name."""
    out.mkdir(parents=True, exist_ok=True)
    truths: dict[str, dict] = {}
    for name, build in PAPERS.items():
        if only and name not in only:
            continue
        paper = build()
        pages = _draw(paper.blocks, out / f"{name}.pdf")
        entry = truth(paper, pages)
        (out / f"{name}.json").write_text(json.dumps(entry, indent=1), encoding="utf-8")
        truths[f"{name}.pdf"] = entry
    return truths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/contracts"))
    args = parser.parse_args()
    for name in make(args.out):
        print(args.out / name)


if __name__ == "__main__":
    main()
