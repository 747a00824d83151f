"""Whose voice a sentence of an agency's report or memo is in (foiakit/extract/claim_voice.py): an audit's procedure,
a reviewer's finding and the agency's own doings are no claims, also with a section word run into them; what the
agency repeats of a vendor ("according to …", "the vendor states that …") is the vendor's claim. Every name here is
invented."""

from __future__ import annotations

import pytest

from foiakit.extract.capabilities import claim_parts


@pytest.mark.parametrize(
    ("sentence", "is_claim"),
    [
        # an audit's procedure: an imperative verb of inquiry, after a section word or a list marker
        ("Procedure Determine that the data collected by the Kestrel cameras is destroyed on schedule.", False),
        ("b. Obtain a log of all access to plate data captured by Kestrel cameras for the period.", False),
        ("c. Walkthrough the hotlist process and verify that plate reads are matched against the state list.", False),
        ("Verify that the Brightfen system logs every search of the plate data.", False),
        # a feature list opens on the product's verbs, not an auditor's
        ("Search full, partial and temporary plates by time at every Brightfen camera.", True),
        ("Identify faces in any crowd with Brightfen Vision.", True),
    ],
)
def test_an_audits_procedure_is_no_claim(sentence: str, is_claim: bool) -> None:
    assert (claim_parts(sentence, named_subject=True) is not None) == is_claim


@pytest.mark.parametrize(
    ("sentence", "is_claim"),
    [
        # a reviewer's finding: "we" or "I" then a verb of inquiry in the past
        ("We observed one hit on the Kestrel camera and traced it back to the hotlist file.", False),
        ("Using a random sample, we determined that 40 plate reads matched the Kestrel hotlist.", False),
        ("We reviewed 1,204 alerts from the Quillon sensors and interviewed 16 officers.", False),
        ("I also tested whether the Brightfen cameras capture plates at night.", False),
        # a vendor's "we" of what its product does or has done stays a claim
        ("We detect over 90% of gunshots in the coverage area of the Quillon array.", True),
        ("We have logged more than 2 billion plate reads across 40 states.", True),
        # the agency or its people, with a section word run in, or a past tense that does not end in -ed
        ("Findings Finding 1: Officers found evidence of gunfire at 212 of the 1,204 Quillon alerts.", False),
        ("Background In 2025 the Police Department answered 41,200 calls with its Kestrel cameras.", False),
        ("The Department made 19 arrests after a Kestrel camera alert.", False),
        ("The audit found that 27 Quillon alerts reached dispatch more than five minutes late.", False),
    ],
)
def test_a_finding_of_the_agency_is_no_claim(sentence: str, is_claim: bool) -> None:
    assert (claim_parts(sentence, named_subject=True) is not None) == is_claim


@pytest.mark.parametrize(
    ("sentence", "is_claim"),
    [
        # what a vendor is said to say of its product
        ("According to Pellworth, NexusGrid brings live video from up to 2,000 cameras onto one map.", True),
        ("The vendor also says that alerts reach dispatchers within 60 seconds of a shot.", True),
        ("Tarrow's proposal states that EarWatch locates each shot to within 25 meters.", True),
        ("Quillmark says its cameras read 98 percent of plates in daylight.", True),
        ("Dunmere reports that the software has been deployed in more than 300 transit systems.", True),
        # the agency, a report or its terms are not a vendor's claim
        ("According to the Department, 14 queries lacked a case number.", False),
        ("Staff states that the purchase is within the approved budget.", False),
        ("This report notes that the program expanded to six intersections.", False),
        ("The vendor states that its price holds until June 30.", False),
    ],
)
def test_what_the_agency_repeats_of_a_vendor_is_a_claim(sentence: str, is_claim: bool) -> None:
    assert (claim_parts(sentence) is not None) == is_claim


@pytest.mark.parametrize(
    ("sentence", "is_claim"),
    [
        # a system word and its capability verb in the present: what the system does, whatever it acts on
        ("The Kestrel system logs every search with the user's name, the time and the reason.", True),
        ("The Brightfen platform compares every read against the state hot lists in under two seconds.", True),
        ("Our cameras scan every lane of the Harlow bridge.", True),
        # not in the present, not the system's verb, or the system not its subject
        ("The Kestrel system logged 40 searches during the audit.", False),
        ("The system maintains a log of user access for a rolling period.", False),
        ("It logs the stated reason for the Harlow County records.", False),
    ],
)
def test_what_a_system_does_is_a_claim(sentence: str, is_claim: bool) -> None:
    assert (claim_parts(sentence) is not None) == is_claim
