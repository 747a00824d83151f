"""Capability claims in the long documents agencies write and receive (audits, use policies, staff reports, vendor
papers, agreements): what a product does or can do is a claim; an agency's rule, duty or use, a report of what
happened, a heading, a form's field, a citation or a piece of a sentence cut at a printed line is not. Every name
here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from foiakit.extract import extract_document
from foiakit.extract.capabilities import claim_parts, quantities_in
from foiakit.model import Document, FileType, Page, Settings, SourceFile


@pytest.mark.parametrize(
    ("sentence", "is_claim"),
    [
        # headings and tables of contents state nothing
        ("7.2 DATA COLLECTION AND RETENTION", False),
        ("Kestrel camera detects plates ........ 12", False),
        ("IDENTIFY UP TO 40 PEOPLE IN A SINGLE FRAME WITH KESTREL VISION.", True),  # a headline with a figure
        # a lead-in to a list and a form's filled-in fields
        ("The Brightfen platform protects the plate data it collects in the following ways:", False),
        ("Brightfen cameras capture plates Impact report N/A Privacy assessment N/A", False),
        # a question put as a bullet after a page header
        ("Page 3 of 9 RFI 2041 Plate Readers • Does the system allow searching vehicles with no plate", False),
        # a reference in a paper's bibliography
        ("Marlow, T. (2018). Tracking vehicles with roadside cameras, Journal of Road Sensing 12(3), 45-67.", False),
        # a piece of a sentence cut by the end of a printed line
        ("Quillon cameras capture license plates and vehicle images for the", False),
        ("ALPR) for vehicles captured by Quillon cameras across the network", False),
        # an agreement's limits of liability in capitals
        (
            "TO CAPTURE FOOTAGE; OR (F) FOR ANY AMOUNTS THAT, TOGETHER WITH AMOUNTS OF ALL OTHER CLAIMS, EXCEED THE "
            "FEES PAID BY AGENCY",
            False,
        ),
        ("IN NO EVENT WILL KETTLE CAMERAS DETECTING PLATES BE THE GROUNDS OF ANY CLAIM", False),
    ],
)
def test_what_states_nothing_is_no_claim(sentence: str, is_claim: bool) -> None:
    assert (claim_parts(sentence, named_subject=True) is not None) == is_claim


@pytest.mark.parametrize(
    ("sentence", "is_claim"),
    [
        # the agency or its people as the subject: policy and practice, not a product's ability
        ("Agency is responsible for exporting the footage captured by Brightfen cameras.", False),
        ("Members approved to search plate data query the Brightfen system for a stated case.", False),
        ("Private entities are also able to join the Brightfen network and access its plate data.", False),
        ("WHEREAS, Customer desires access to the Kettle platform to search and archive footage;", False),
        ("The Records Supervisor reviews each search of the plate data made through Kettle.", False),
        # "officers can …" is how vendors write what their product lets officers do
        ("Officers can search Brightfen plate data from every camera in seconds.", True),
        # the agency's policy, a reported use, a paper about itself, its thanks
        ("The policy of the Lakeport Police Department is to use ALPR technology to capture plate images.", False),
        ("This equipment is used to retrieve data from cellular telephones during exigent circumstances.", False),
        ("The present work shows how Quillon sensors locate gunshots in a dense city.", False),
        ("We also thank the Quillon field team for deploying an array that detects gunshots.", False),
        ("WHEREAS, Kettle desires to provide Agency the platform that detects vehicles;", False),
        ("Kettle retains all right, title and interest in the software that reads plates.", False),
        ("Learn how to identify suspects faster and how to close your cases with Quillon.", False),
        # what the product does, in the vendor's words
        ("WHEREAS, Kettle deletes all footage on a rolling thirty (30) day basis.", True),
        ("Kettle stores plate reads in an encrypted cloud archive in real time.", True),
    ],
)
def test_a_claim_is_about_the_product(sentence: str, is_claim: bool) -> None:
    assert (claim_parts(sentence, named_subject=True) is not None) == is_claim


@pytest.mark.parametrize(
    ("sentence", "is_claim"),
    [
        # past tense: a report of what happened in a test, a pilot or a meeting
        ("These tests were analyzed to find which Quillon algorithm locates gunshots best.", False),
        ("Lakeport was selected as the study area because its array of sensors detects many shots.", False),
        ("During the pilot the Kestrel camera detected a stolen vehicle near Elm Street.", False),
        ("Over the year the Kestrel cameras detected 14,000 plates on the county's roads.", False),
        ("• Recommended placing a resolution to buy Kestrel cameras that read license plates.", False),
        ("Discussed a contract for cameras that detect vehicles at the Harlow depot.", False),
        # present, present perfect, and an opening participle that modifies a noun
        ("Automated alerts notify officers when Kestrel cameras detect a listed plate.", True),
        ("Kestrel has logged over 2 million plate reads across 40 cities.", True),
        ("Data collected by Kestrel cameras are stored in a shared database.", True),
        ("Kestrel, which was founded in 2015, reads 3,000 plates per minute on any road.", True),  # a relative clause
        # a modal ability with a share, led by the system's parts
        ("With eight participating sensors, 97% of shots can be located to within 10 m.", True),
    ],
)
def test_reports_of_the_past_are_no_claims(sentence: str, is_claim: bool) -> None:
    assert (claim_parts(sentence) is not None) == is_claim


def _claims_on(tmp_path: Path, text: str) -> list[str]:
    source = SourceFile(tmp_path / "agreement.txt", "agreement.txt", "5" * 64, 1, FileType.TEXT)
    document = Document(source=source, pages=(Page(1, text, False, ""),))
    found = extract_document(document, Settings())
    return [text[f.start : f.end] for f in found if f.kind == "capability_claim"]


def test_a_recital_wrapped_over_lines_is_one_claim(tmp_path: Path) -> None:
    """A clause wrapped over printed lines is read whole, the clause after it on its own: the vendor's recital is
    one claim (not its lines), the agency's wish none."""
    text = (
        "Kettle Systems, Inc. Government Agency Agreement\n"
        "RECITALS\n"
        "WHEREAS, Kettle offers a hardware and software solution for license plate and audio detection,\n"
        "and upon detection the Kettle Services are capable of capturing video, image and audio data\n"
        "and can provide notifications to Agency of a listed vehicle;\n"
        "WHEREAS, Agency desires access to the Kettle Services on existing cameras in order to view,\n"
        "search and archive footage and receive notifications from other users of the service;\n"
        "WHEREAS, Kettle deletes all footage on a rolling thirty (30) day basis;\n"
    )
    claims = _claims_on(tmp_path, text)
    assert [c.split("\n")[0] for c in claims] == [
        "WHEREAS, Kettle offers a hardware and software solution for license plate and audio detection,",
        "WHEREAS, Kettle deletes all footage on a rolling thirty (30) day basis;",
    ]
    assert "can provide notifications to Agency of a listed vehicle;" in claims[0]  # the whole clause, not a line


def test_a_table_is_still_read_line_by_line(tmp_path: Path) -> None:
    """Rows of a feature table, no clause closing them, are claims one row at a time."""
    text = (
        "Kettle Features | Description\n"
        "Plate Search | Search full, partial and temporary plates by time at any Kettle camera\n"
        "Hot List Alerts | Alert sent when a listed vehicle passes by a Kettle camera\n"
        "Unlimited Users | Every sworn member may hold an account\n"
    )
    claims = _claims_on(tmp_path, text)
    assert claims == [
        "Plate Search | Search full, partial and temporary plates by time at any Kettle camera",
        "Hot List Alerts | Alert sent when a listed vehicle passes by a Kettle camera",
    ]


def test_a_brochures_features_are_read_block_by_block(tmp_path: Path) -> None:
    """A feature list printed as blocks a blank line parts (a name, then what it does), OCR'd as one "sentence"
    that a stray parenthesis vetoes as a whole: the block that says what the product does is its own claim; a
    clause wrapped over a blank line after "and" stays whole."""
    text = (
        "Lookup: Only)\n"
        "\n"
        "Statewide Network (Plate Lookup Only)\n"
        "\n"
        "Allows deputies to look up license plates on all Tamsin cameras in Harlow County.\n"
        "\n"
        "WHEREAS, Tamsin offers a platform that is capable of capturing video, image, and\n"
        "\n"
        "audio data for the Agency;\n"
    )
    claims = [c.strip() for c in _claims_on(tmp_path, text)]
    assert claims == [
        "Allows deputies to look up license plates on all Tamsin cameras in Harlow County.",
        "WHEREAS, Tamsin offers a platform that is capable of capturing video, image, and\n\n"
        "audio data for the Agency;",
    ]


@pytest.mark.parametrize(
    ("sentence", "is_claim"),
    [
        # a name as the subject of a present perfect, with a count of note: what the vendor says it has done so far
        ("As of June 2021, Quillon has driven its cars over 3 million miles in 14 towns.", True),
        ("Harrow Signal has now captured more than 2 billion plate reads.", True),
        ("Quillon has driven its cars 40 miles in Wexbury.", False),  # a small count
        ("The City has received over 1,200 complaints about the cameras.", False),  # the agency, not a vendor
        # advice to the reader is no claim, whatever it names
        ("We recommend you also add plate fields to the Kestrel data capture form.", False),
        ("It is recommended that Brightfen cameras capture video of every lane.", False),
        # a form's instruction asks for "any" of something, with or without "you"
        ("Identify any person involved in the collision (driver, passenger, cyclist.", False),
        ("Identify faces in any crowd with Brightfen Vision.", True),
    ],
)
def test_a_vendors_record_and_advice(sentence: str, is_claim: bool) -> None:
    assert (claim_parts(sentence) is not None) == is_claim


@pytest.mark.parametrize(
    ("sentence", "quantities"),
    [
        # a figure after an initialism or a label names a file, a case or an order: it counts nothing
        ("The attached memo answers your questions on the Brightfen PO 40518 submission.", []),
        ("Kettle cameras were approved under Resolution No. 2024 amendments of the Lakeport code.", []),
        ("Our comments concern Case 23041 vehicles towed from the Harrowgate lot.", []),
        # a count keeps its figure, with or without a word before it
        ("Our platform has logged 2,000,000 detections across the Quillon network.", ["2,000,000 detections"]),
        ("Brightfen reads over 3,000 plates per minute.", ["over 3,000 plates per minute"]),
    ],
)
def test_an_identifier_is_no_quantity(sentence: str, quantities: list[str]) -> None:
    assert quantities_in(sentence) == quantities


def test_a_letter_citing_a_file_number_is_no_claim() -> None:
    sentence = "Dear Ms. Okafor, The attached file holds our comments on your initial EUA 31572 submission."
    assert claim_parts(sentence) is None
