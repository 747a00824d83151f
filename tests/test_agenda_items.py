"""An agenda's items are separate matters. Each item's amount belongs to the company its own item names (or to
none), not to the company of another item, nor to the one whose name happens to weigh a little more in the
document; a ceiling stated for one agreement ("in an amount not to exceed $18,000") is its price, while a cap on a
class of purchases is a threshold. Names and places are invented."""

from __future__ import annotations

from collections import Counter

import pytest
from test_structural_names import SETTINGS, _document

from foiakit.extract import extract_document
from foiakit.extract.context import _leader
from foiakit.extract.deal_phrases import deal_role
from foiakit.extract.money_clauses import not_a_price
from foiakit.extract.spans import item_start

AGENDA = """TOWN OF BRAMWELL
SELECT BOARD MEETING AGENDA
Monday, June 8, 2026 - 7:00 PM

CONSENT ITEMS
A. Approval of the minutes of May 18, 2026.
B. Authorize the purchase of a dump truck from Fernholt Truck Center in the amount of $142,310.00.
C. Approve a two-year agreement with Quarrystone Records Systems, Inc. for permit software, not to exceed $36,900 per
year.
D. Award the 2026 crack sealing contract to Tennick Pavement Maintenance LLC, the lowest responsible bidder, at
$58,775.25.
E. Ratify payment to Oakhurst Tree Care for emergency storm cleanup ($9,480).

OTHER BUSINESS
1. Proposal from Emberly Signal Works to replace the school zone beacons. Cost: $21,600.
2. Budget transfer of $80,000 from the General Fund to the Capital Reserve Fund.
"""


def _ties(text: str) -> dict[str, str | None]:
    found = extract_document(_document(text), SETTINGS)
    return {f.normalized: f.detail_dict.get("vendor") for f in found if f.kind == "price"}


def test_each_agenda_item_pays_its_own_company() -> None:
    assert _ties(AGENDA) == {
        "142310.00": "Fernholt Truck Center",
        "36900.00": "Quarrystone Records Systems",  # one agreement's ceiling: its price
        "58775.25": "Tennick Pavement Maintenance",  # "award the … contract to" with words between
        "9480.00": "Oakhurst Tree Care",  # "payment to": a seller although "Care" is no company word
        "21600.00": "Emberly Signal Works",
        "80000.00": None,  # a budget transfer names no company: not the one of the item above
    }


@pytest.mark.parametrize(
    ("weights", "main"),
    [
        ({"Fernholt Truck Center": 14, "Tennick Pavement Maintenance": 4}, "Fernholt Truck Center"),
        ({"Fernholt Truck Center": 14, "Quarrystone Records Systems": 11}, None),  # no clear lead
        ({"Fernholt Truck Center": 6, "Tennick Pavement Maintenance": 6}, None),  # a tie: not the first sorted
        ({"Oakhurst Tree Care": 1}, "Oakhurst Tree Care"),
        ({}, None),
    ],
)
def test_a_main_vendor_leads_by_twice_the_next(weights: dict[str, int], main: str | None) -> None:
    assert _leader(Counter(weights)) == main


@pytest.mark.parametrize(
    ("text", "marker", "opens_at"),
    [
        ("HEADING\nB. Authorize a purchase for $500.\n", "$500", "B. Authorize"),
        ("A. First matter.\n2) Second matter costs\n$1,200 in all.\n", "$1,200", "2) Second"),
        ("Intro line\n(c) Ratify the invoice of $75.\n", "$75", "(c) Ratify"),
        ("• Replace the beacons: $4,000\n", "$4,000", "• Replace"),
        ("iv. Fourth item $90\n", "$90", "iv. Fourth"),
        ("The Board approved $3,000 for paint.\n", "$3,000", None),  # prose: no item
        ("U.S. Bank fees of $40 a month.\n", "$40", None),  # initials are no item marker
        ("A. Item\n" + "plain line\n" * 7 + "cost $10\n", "$10", None),  # too far below its item's start
    ],
)
def test_item_start(text: str, marker: str, opens_at: str | None) -> None:
    start = item_start(text, text.index(marker))
    assert (text[start : start + len(opens_at)] if start is not None else None) == opens_at


@pytest.mark.parametrize(
    ("sentence", "is_price"),
    [
        ("Enter into a contract with Wyndale Fence Co. in an amount not to exceed $18,000.", True),
        ("Approve an agreement with Coldspring Mapping, Inc. for aerial imagery, not to exceed $7,500.", True),
        ("Total Not-to-Exceed Contract Amount $99,800.00", True),
        ("The fee shall be for a total not to exceed $12,000 over three years.", True),
        ("The Town Administrator may approve purchases not to exceed $5,000 without Board action.", False),
        ("Under the agreement with the County, purchases not to exceed $5,000 need no bid.", False),
        ("Contracts exceeding $25,000 require a formal bid.", False),
        ("Repairs of $2,500 or more need a second quote.", False),
    ],
)
def test_one_agreements_ceiling_is_its_price_and_a_class_cap_is_not(sentence: str, is_price: bool) -> None:
    start = sentence.index("$")
    end = start + len(sentence[start:].split()[0].rstrip(".,"))
    assert not_a_price(sentence, start, end) is not is_price


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Award the 2026 crack sealing contract to Tennick Pavement Maintenance at $5.",
            "Tennick Pavement Maintenance",
            "seller",
        ),
        ("The Board awarded the Elm Street project to Ravensholt Builders on May 3.", "Ravensholt Builders", "seller"),
        ("Ratify payment to Oakhurst Tree Service for the cleanup.", "Oakhurst Tree Service", "seller"),
        ("An agreement with New Horizon Mapping covers the survey.", "New Horizon Mapping", "seller"),
        ("An agreement with Marlow County covers the survey.", "Marlow County", None),  # a public body
        ("Award the paving contract to Dana Quill for review.", "Dana Quill", None),  # a person
        ("Awarded the grant to Alder Regional Dispatch.", "Alder Regional Dispatch", None),
    ],
)
def test_sellers_named_by_award_and_payment_phrases(sentence: str, name: str, role: str | None) -> None:
    start = sentence.index(name)
    assert deal_role(sentence, start, start + len(name)) == role


MEMO = """CITY OF HARROWFIELD
INTEROFFICE MEMORANDUM

Quotes received
Strandberg Video Systems quoted $4,950 per vehicle, or $118,800 for the fleet, including installation. Corvane
Technologies, Inc. quoted $5,400 per vehicle ($129,600) with five years of cloud storage at $3,000 per year.
Lindqvist Mobile Solutions declined to quote.

Recommendation
Staff recommends an agreement with Strandberg Video Systems in an amount not to exceed $118,800.
"""


def test_a_wrapped_paragraphs_prices_go_to_the_company_of_their_sentence() -> None:
    found = extract_document(_document(MEMO), SETTINGS)
    ties = sorted((f.normalized, f.detail_dict.get("vendor")) for f in found if f.kind == "price")
    assert ties == [
        ("118800.00", "Strandberg Video Systems"),  # its line ends in the next sentence's "Corvane"
        ("118800.00", "Strandberg Video Systems"),
        ("129600.00", "Corvane Technologies"),  # the name wrapped over two printed lines
        ("3000.00", "Corvane Technologies"),
        ("4950.00", "Strandberg Video Systems"),
        ("5400.00", "Corvane Technologies"),
    ]
    vendors = {f.normalized for f in found if f.kind == "vendor"}
    assert vendors == {"Strandberg Video Systems", "Corvane Technologies", "Lindqvist Mobile Solutions"}


@pytest.mark.parametrize(
    ("text", "first_line_word", "joined"),
    [
        (
            "Of the three offers we received, Corvane\nTechnologies, Inc. quoted first.",
            "Corvane",
            "Corvane Technologies",
        ),
        ("1. Summary\nCorvane Technologies, Inc. proposes a pilot.", "Summary", None),  # a numbered heading
        ("The lowest offer came from Orrin Bay\nSignal LLC on Monday.", "Bay", "Orrin Bay Signal"),
        ("Quotes\nCorvane Technologies, Inc.", "Quotes", None),  # a name alone on its line, under a heading
        ("Billed to Harrowfield County\nCorvane Technologies, Inc. remits", "County", None),  # a body's head
        ("Two bidders: Fallbrook Corp.\nCorvane Technologies, Inc.", "Corp.", None),  # a legal form ends a name
        ("The report by Tennick\nwas filed late.", "Tennick", None),  # no legal form on the next line
    ],
)
def test_a_company_wrapped_over_a_line_break(text: str, first_line_word: str, joined: str | None) -> None:
    names = {f.normalized for f in extract_document(_document(text), SETTINGS) if f.kind == "vendor"}
    next_line_word = text.split("\n")[1].split()[0].strip(",.")
    across = [name for name in names if first_line_word in name.split() and next_line_word in name.split()]
    assert across == ([joined] if joined else [])


@pytest.mark.parametrize(
    ("text", "marker", "unit"),
    [  # the unit a price's vendor is looked for in: its sentence when prose, else its printed line
        ("Alder Optics bid $90. Fern Labs\nbid more than the others did in May.", "$90", "Alder Optics bid $90."),
        ("Camera   2   $500.00\nMount   1   $80.00", "$500.00", "Camera   2   $500.00"),  # a table's row
        ("ITEM QTY\nCamera 2 $500.00 Fern Labs\n", "$500.00", "Camera 2 $500.00 Fern Labs"),  # few words a line
    ],
)
def test_prose_sentence(text: str, marker: str, unit: str) -> None:
    from foiakit.extract.spacy_pipeline import build_nlp
    from foiakit.extract.spans import line_bounds, prose_sentence

    doc = build_nlp()(text)
    sentences = [(s.start_char, s.end_char) for s in doc.sents]
    start = text.index(marker)
    span = prose_sentence(text, sentences, start, line_bounds(text, start, start + len(marker)))
    assert text[slice(*span)].strip() == unit


@pytest.mark.parametrize(
    ("text", "marker", "quote"),
    [
        ("Camera   2   $500.00\nSubtotal   1,000.00\nShipping   25.00\n", "1,000.00", "Subtotal 1,000.00"),
        ("Mount 1 80.00\nTotal Due $4,210.00\nThank you.", "$4,210.00", "Total Due $4,210.00"),
    ],
)
def test_a_totals_short_line_is_quoted_as_it_stands(text: str, marker: str, quote: str) -> None:
    from foiakit.extract.money import _quote

    start = text.index(marker)
    assert _quote(text, start, start + len(marker)) == quote


def test_a_sentence_longer_than_prose_is_no_unit() -> None:
    from foiakit.extract.spans import PROSE_SENTENCE_AT_MOST, line_bounds, prose_sentence

    text = "Alder Optics bid $90 on the cameras today.\n" * (PROSE_SENTENCE_AT_MOST // 40)
    start = text.index("$90")
    line = line_bounds(text, start, start + 3)
    # one run-on "sentence" over the whole list: the line decides, as on a table's rows
    assert prose_sentence(text, [(0, len(text))], start, line) == line
    assert prose_sentence(text, [(0, 42)], start, line) == (0, 42)
