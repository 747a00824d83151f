"""Threads and duplicates across a release: the corpus step, and `foiakit run` / `search` on emails end to end."""

from __future__ import annotations

import csv
import io
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from pdfgen import text_pdf

from foiakit.cli import main
from foiakit.ingest.threads import (
    _names_match,
    _Row,
    assign_threads,
    body_key,
    find_duplicates,
    normalize_subject,
    sender_key,
)


@pytest.mark.parametrize(
    ("subject", "normalized"),
    [
        ("RE: Stratus pilot", "stratus pilot"),
        ("Re: FW: Fwd:  Stratus   pilot", "stratus pilot"),
        ("AW: WG: Stratus pilot", "stratus pilot"),
        ("RE[2]: Stratus pilot", "stratus pilot"),
        ("Return of equipment", "return of equipment"),
        ("", ""),
    ],
)
def test_normalize_subject(subject: str, normalized: str) -> None:
    assert normalize_subject(subject) == normalized


def test_sender_key_survives_printing() -> None:
    assert sender_key("Dana Whitfield", "Dana.Whitfield@StratusVision.example") == "danawhitfield"
    assert sender_key("Whitfield, Dana", None) == sender_key("Dana Whitfield", "") == "dana whitfield"


@pytest.mark.parametrize(
    ("native", "printed", "same"),
    [
        ("tracihughes", "bega hughes traci", True),  # traci.hughes@ vs "Hughes, Traci (BEGA)"
        ("thughes", "bega hughes traci", True),  # t.hughes@
        ("johnniebarton2", "barton bega johnnie", True),  # johnnie.barton2@
        ("tracihughes", "bega neal louis", False),
        ("dw", "dana whitfield", False),  # too short to tell
    ],
)
def test_an_address_matches_the_printed_name(native: str, printed: str, same: bool) -> None:
    assert _names_match(native, printed) is same
    assert _names_match(printed, native) is same


def test_body_key_ignores_quotes_case_and_punctuation() -> None:
    native = "Ray,\n\nThe price stays the SAME.\n\n> What will the pilot cost?\n"
    printed = "Ray,  the price stays the same\n"
    assert body_key(native) == body_key(printed) == "raythepricestaysthesame"


def row(
    ident: str,
    sender: str,
    when: str | None,
    body: str,
    subject: str = "pilot",
    message_id: str | None = None,
    parents: tuple[str, ...] = (),
) -> _Row:
    return _Row(
        ident,
        ident.split(":")[0],
        int(ident.split(":")[1]),
        sender,
        datetime.fromisoformat(when) if when else None,
        subject,
        body_key(body),
        message_id,
        parents,
    )


BODY = "Ray, the annual license stays at $48,000 for up to 120 users, onboarding included."


def test_duplicates_match_sender_minute_and_fuzzy_body() -> None:
    rows = [
        row("a.eml:1", "danawhitfield", "2018-03-05T16:02:31-05:00", BODY),
        # the same email printed (no offset, local time) and OCR'd with a few misread characters
        row("b.pdf:2", "danawhitfield", "2018-03-05T16:02:00", BODY.replace("license", "licensc").replace("$", "S")),
        # printed with the seconds rounded up, and with the time in UTC (a whole-hour shift)
        row("b.pdf:3", "danawhitfield", "2018-03-05T16:03:00", BODY),
        row("c.pdf:1", "danawhitfield", "2018-03-05T21:02:00", BODY),
        # same sender and minute, different body: a different message
        row("d.pdf:1", "danawhitfield", "2018-03-05T16:02:00", "Please resend the NDA, the signed copy is missing."),
        # same body, a different sender
        row("e.pdf:1", "raymondocampo", "2018-03-05T16:02:00", BODY),
        # same body and sender, minutes later
        row("f.pdf:1", "danawhitfield", "2018-03-05T16:05:00", BODY),
        # no date: never a duplicate
        row("g.pdf:1", "danawhitfield", None, BODY),
    ]
    assert find_duplicates(rows) == {"b.pdf:2": "a.eml:1", "b.pdf:3": "a.eml:1", "c.pdf:1": "a.eml:1"}


def test_duplicates_are_deterministic_and_point_at_the_first() -> None:
    rows = [row(f"{name}:1", "danawhitfield", "2018-03-05T16:02:00", BODY) for name in ("a.pdf", "b.pdf", "c.pdf")]
    assert find_duplicates(rows) == {"b.pdf:1": "a.pdf:1", "c.pdf:1": "a.pdf:1"}
    assert find_duplicates(list(rows)) == find_duplicates(rows)


def test_threads_follow_ids_then_subjects() -> None:
    rows = [
        row("a.mbox:1", "x", "2018-03-01T09:00:00", "one", "pilot", "<1@x>"),
        row("a.mbox:2", "y", "2018-03-02T09:00:00", "two", "a new subject line", "<2@x>", ("<1@x>",)),
        row("b.pdf:1", "z", "2018-03-03T09:00:00", "three", "pilot"),
        row("c.pdf:1", "z", "2018-03-03T09:00:00", "four", "unrelated budget"),
    ]
    threads = assign_threads(rows, {})
    assert threads["a.mbox:1"] == threads["a.mbox:2"] == threads["b.pdf:1"] != threads["c.pdf:1"]
    assert assign_threads(rows, {}) == threads  # stable ids


def test_a_printed_reply_and_the_messages_below_it_are_one_thread() -> None:
    """OCR garbles one quoted subject and another is not printed: still one thread, unless the subject differs."""
    rows = [
        _Row("t.pdf:1", "t.pdf", 1, "a", None, "oog-0003 oma complaint", "x", None, (), False, 1, 1),
        _Row("t.pdf:2", "t.pdf", 2, "b", None, "o0g-0003 oma complaint", "y", None, (), True, 1, 2),
        _Row("t.pdf:3", "t.pdf", 3, "c", None, "oog-0003 oma complaint", "z", None, (), True, 2, 2),
        _Row("t.pdf:4", "t.pdf", 4, "d", None, "budget hearing", "w", None, (), True, 2, 3),
        _Row("u.mbox:1", "u.mbox", 1, "a", None, "notice", "x", None, ()),
        _Row("u.mbox:2", "u.mbox", 2, "e", None, "other", "x", None, ()),
        _Row("u.mbox:3", "u.mbox", 3, "f", None, "", "x", None, (), True, 1, 1),  # quoted inside message 1
    ]
    threads = assign_threads(rows, {})
    assert threads["t.pdf:1"] == threads["t.pdf:2"] == threads["t.pdf:3"] != threads["t.pdf:4"]
    assert threads["u.mbox:3"] == threads["u.mbox:1"] != threads["u.mbox:2"]


EML = """From: Dana Whitfield <dana.whitfield@stratusvision.example>
To: "Ocampo, Raymond" <raymond.ocampo@marrowridgesheriff.gov>
Date: Mon, 05 Mar 2018 16:02:00 -0500
Subject: RE: Stratus pilot pricing
Message-ID: <p2@stratusvision.example>
In-Reply-To: <p1@marrowridgesheriff.gov>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Ray, the annual license stays at $48,000 for up to 120 users, with onboarding and booking-photo import included.
"""

MBOX = """From raymond.ocampo@marrowridgesheriff.gov Fri Mar  2 09:30:00 2018
From: "Ocampo, Raymond" <raymond.ocampo@marrowridgesheriff.gov>
To: Dana Whitfield <dana.whitfield@stratusvision.example>
Date: Fri, 02 Mar 2018 09:30:00 -0500
Subject: Stratus pilot pricing
Message-ID: <p1@marrowridgesheriff.gov>

What will the pilot cost for patrol? The board meets on the 14th.

From raymond.ocampo@marrowridgesheriff.gov Wed Mar  7 11:00:00 2018
From: "Ocampo, Raymond" <raymond.ocampo@marrowridgesheriff.gov>
To: Purchasing <purchasing@marrowridgesheriff.gov>
Date: Wed, 07 Mar 2018 11:00:00 -0500
Subject: Body-worn camera storage
Message-ID: <q1@marrowridgesheriff.gov>

Please open a requisition for the camera storage renewal.
"""

PRINTED = """From: Ocampo, Raymond
Sent: Tuesday, March 6, 2018 10:14 AM
To: Whitfield, Dana
Subject: RE: Stratus pilot pricing

Dana, the board approved the pilot. Please send the signed NDA.

From: Whitfield, Dana
Sent: Monday, March 5, 2018 4:02 PM
To: Ocampo, Raymond
Subject: RE: Stratus pilot pricing

Ray, the annual license stays at $48,000 for up to 120 users, with onboarding and
booking-photo import included.
"""


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("release")
    (root / "in").mkdir()
    (root / "in" / "pricing.eml").write_text(EML, encoding="utf-8")
    (root / "in" / "ocampo.mbox").write_text(MBOX, encoding="utf-8")
    text_pdf(root / "in" / "printed_thread.pdf", [PRINTED])
    result = CliRunner().invoke(main, ["run", str(root / "in"), "-o", str(root / "out"), "-j", "1"])
    assert result.exit_code == 0, result.output
    return root / "out"


def test_run_writes_messages_csv_with_threads_and_duplicates(release: Path) -> None:
    rows = list(csv.DictReader((release / "messages.csv").open(encoding="utf-8")))
    by = {(r["file"], r["position"]): r for r in rows}
    assert len(rows) == 5
    eml, printed_copy = by[("pricing.eml", "1")], by[("printed_thread.pdf", "2")]
    assert eml["from_address"] == "dana.whitfield@stratusvision.example" and eml["date"] == "2018-03-05T16:02:00-05:00"
    assert printed_copy["from_name"] == "Whitfield, Dana" and printed_copy["quoted"] == "1"
    # the printed copy of the native email is found as its duplicate, whichever comes first in path order
    assert {eml["duplicate_of"], printed_copy["duplicate_of"]} == {"", min(eml["message"], printed_copy["message"])}
    assert sum(1 for r in rows if r["duplicate_of"]) == 1
    # one thread: the mbox's first message (by Message-ID), the .eml replying to it, and the printed replies
    pricing = {by[k]["thread_id"] for k in [("ocampo.mbox", "1"), ("pricing.eml", "1"), ("printed_thread.pdf", "1")]}
    assert len(pricing) == 1 and by[("ocampo.mbox", "2")]["thread_id"] not in pricing


def test_search_hits_carry_the_message(release: Path) -> None:
    db = str(release / "foiakit.db")
    found = CliRunner().invoke(main, ["search", "requisition", "--csv", "--db", db])
    assert found.exit_code == 0, found.output
    (hit,) = list(csv.DictReader(io.StringIO(found.output)))
    conn = sqlite3.connect(db)
    sha = conn.execute("SELECT sha256 FROM files WHERE path = 'ocampo.mbox'").fetchone()[0]
    assert hit["file"] == "ocampo.mbox" and hit["message"] == f"{sha[:16]}:2"
    printed = list(csv.DictReader(io.StringIO(CliRunner().invoke(main, ["search", "NDA", "--csv", "--db", db]).output)))
    assert [h["message"].endswith(":1") for h in printed if h["file"] == "printed_thread.pdf"] == [True]
    # the same page holds two printed messages: a hit in the lower one is that one
    older = CliRunner().invoke(main, ["search", "onboarding", "--csv", "--db", db]).output
    hits = {h["file"]: h["message"] for h in csv.DictReader(io.StringIO(older))}
    assert hits["printed_thread.pdf"].endswith(":2") and hits["pricing.eml"].endswith(":1")
