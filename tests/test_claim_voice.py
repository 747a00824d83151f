"""Who speaks decides what a claim is: in a report, minutes or a policy an agency writes, a sentence is a claim
only when a named product or vendor is its subject or the sentence reports the vendor's words; the same
sentences on a vendor's letterhead are decided by the capability rules alone. Every name here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from foiakit.extract import extract_document
from foiakit.extract.claim_voice import speaks_for_a_product
from foiakit.model import Document, FileType, Page, Settings, SourceFile

AGENCY_TOP = "CITY OF LAKEPORT\nPOLICE DEPARTMENT\nAnnual Surveillance Technology Report\n\n"
VENDOR_TOP = "Kestrel Vision Inc.\n1200 Harbor Road, Suite 4\nAlder Falls, OR 97001\nwww.kestrelvision.com\n\n"

SENTENCES = {
    "class": "Automated license plate readers capture images of every passing vehicle and its plate.",
    "class_the": "The technology can identify vehicles by make, model and color in real time.",
    "named": "Kestrel Vision Inc. cameras read up to 3,000 plates a minute in real time.",
    "attributed": "According to Kestrel Vision Inc., its cameras identify 99% of plates automatically.",
    "policy": "The policy of the Lakeport Police Department is to use ALPR technology to capture plate images.",
}


def _claims(tmp_path: Path, top: str) -> set[str]:
    text = top + "\n".join(SENTENCES.values()) + "\n"
    source = SourceFile(tmp_path / "report.txt", "report.txt", "7" * 64, 1, FileType.TEXT)
    document = Document(source=source, pages=(Page(1, text, False, ""),))
    found = extract_document(document, Settings())
    quotes = [text[f.start : f.end] for f in found if f.kind == "capability_claim"]
    return {key for key, sentence in SENTENCES.items() if any(sentence in q for q in quotes)}


def test_an_agency_report_claims_only_for_a_named_product(tmp_path: Path) -> None:
    assert _claims(tmp_path, AGENCY_TOP) == {"named", "attributed"}


def test_a_vendor_letterhead_leaves_the_capability_rules_to_decide(tmp_path: Path) -> None:
    assert _claims(tmp_path, VENDOR_TOP) >= {"class_the", "named", "attributed"}


class _Mention:
    def __init__(self, start: int) -> None:
        self.start = start


@pytest.mark.parametrize(
    ("sentence", "named_at", "named_before", "speaks"),
    [
        # a named product or vendor as the subject, before the capability word
        ("Brightfen cameras detect plates at night.", 0, False, True),
        # a name after the capability word is its object or a passing mention, not its subject
        ("Plate readers detect vehicles such as those Brightfen sells.", 36, False, False),
        # a demonstrative points at the product the document discusses
        ("This kit extracts messages from handsets.", None, False, True),
        # "the platform" is the product only right after a sentence naming it
        ("The platform searches footage by vehicle color.", None, True, True),
        ("The platform searches footage by vehicle color.", None, False, False),
        # reported words: a named source, or "the vendor" itself
        ("The vendor states that the sensors locate gunshots within 25 meters.", None, False, True),
        ("According to the audit, cameras captured plates at every intersection.", None, False, False),
        # a kind of technology in general
        ("Cell-site simulators mimic towers to collect phone identifiers.", None, False, False),
    ],
)
def test_what_speaks_for_a_product(sentence: str, named_at: int | None, named_before: bool, speaks: bool) -> None:
    named = [_Mention(named_at)] if named_at is not None else []
    verb = next(w for w in ("detect", "extracts", "searches", "locate", "captured", "mimic") if w in sentence)
    assert speaks_for_a_product(sentence, 0, named, verb, named_before) is speaks
