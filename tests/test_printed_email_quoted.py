"""Quoted and forwarded messages whose headers are printed in forms the line-per-label readers miss: a header run
into a paragraph ("From: … Sent: … To: … Subject: …" on one line, or wrapped), OCR's "wrote :" and the labels of
more mail clients' languages; and a message printed again on its own after the reply that quotes it. Each print
is counted as eval/README.md counts it (every message printed or quoted, each once per printing); ordinary prose
that says "from" and "date" opens no message, and a header repeated atop the next page of the same message opens
none either. All names, places, domains and wording are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
from test_printed_email_layouts import split, summary  # the same one-file print, pages given as text

from foiakit.ingest import ingest
from foiakit.ingest.discover import discover
from foiakit.model import Settings

REPLY = """From: Quist, Pella
Sent: Wednesday, October 1, 2025 9:05 AM
To: Vale, Orrin
Subject: RE: Gate code

Done, the code is 4471.

"""

RUN_IN_HEADERS = [
    # one line, as a flattened HTML reply prints it
    "From: Vale, Orrin <ovale@kestrelbay.example> Sent: Tuesday, September 30, 2025 3:30 PM To: Quist, Pella "
    "<pquist@kestrelbay.example> Subject: Gate code",
    # the same wrapped at the page's width, a date broken from its time
    "From: Vale, Orrin <ovale@kestrelbay.example> Sent: Tuesday, September 30, 2025\n"
    "3:30 PM To: Quist, Pella <pquist@kestrelbay.example> Subject: Gate code",
    # OCR of a header printed as two columns of label-value pairs
    "From: Vale, Orrin Sent: Tuesday, September 30, 2025 3:30 PM\nTo: Quist, Pella Subject: Gate code",
    # Gmail's bold labels, Outlook's [mailto:] address
    "*From:* Vale, Orrin [mailto:ovale@kestrelbay.example] *Sent:* Tuesday, September 30, 2025 3:30 PM "
    "*To:* Quist, Pella *Subject:* Gate code",
    # behind quote marks, with Date for Sent and a Cc
    "> From: Orrin Vale <ovale@kestrelbay.example> Date: Tue, Sep 30, 2025 at 3:30 PM\n"
    "> To: Pella Quist <pquist@kestrelbay.example> Cc: Records Desk Subject: Gate code",
    # below Outlook's separator, no Subject printed
    "-----Original Message-----\nFrom: Vale, Orrin Sent: Tuesday, September 30, 2025 3:30 PM To: Quist, Pella",
    # the separator run into the header's line too: Outlook's, Gmail's forward, Apple Mail's forward
    "-----Original Message----- From: Vale, Orrin Sent: Tuesday, September 30, 2025 3:30 PM To: Quist, Pella "
    "Subject: Gate code",
    "---------- Forwarded message --------- From: Orrin Vale <ovale@kestrelbay.example> Date: Tue, Sep 30, 2025 "
    "at 3:30 PM Subject: Gate code To: Pella Quist <pquist@kestrelbay.example>",
    "Begin forwarded message: From: Orrin Vale <ovale@kestrelbay.example> Date: September 30, 2025 at 3:30:00 PM "
    "PDT To: Pella Quist <pquist@kestrelbay.example> Subject: Gate code",
]


@pytest.mark.parametrize("header", RUN_IN_HEADERS)
def test_a_header_run_into_a_paragraph_is_a_quoted_message(header: str, tmp_path: Path) -> None:
    messages = split([REPLY + header + "\n\nWhat is the new gate code?\n"], tmp_path)
    assert len(messages) == 2
    quoted = messages[1]
    assert quoted.quoted
    assert quoted.sender is not None and "Vale" in quoted.sender.name + quoted.sender.address
    assert quoted.date is not None and quoted.date.startswith("2025-09-30T15:30")
    assert "What is the new gate code?" in quoted.body
    assert "Sent:" not in quoted.body and "Subject:" not in quoted.body


def test_run_in_fields_are_read_apart(tmp_path: Path) -> None:
    messages = split([REPLY + RUN_IN_HEADERS[0] + "\n\nWhat is the new gate code?\n"], tmp_path)
    quoted = messages[1]
    assert quoted.sender is not None and quoted.sender.address == "ovale@kestrelbay.example"
    assert [a.address for a in quoted.to] == ["pquist@kestrelbay.example"]
    assert quoted.subject == "Gate code"


PROSE = [
    # a sentence that starts with a label word and names a date and a recipient-like word
    "From: the north gate to the culvert is 300 feet. Sent: by courier on Monday. To: be confirmed.",
    # a schedule line: From and Date, but no sender and no To or Subject
    "From: 9:00 AM to noon Date: Tuesday, September 30, 2025 the crew walks the culvert.",
    # From with a sender's shape and a date, but neither To nor Subject: a sign-up line, not a header
    "From: Orrin Vale Date: September 30, 2025 Signature: on file",
    # a sender and a day but no minute: mail prints the time it was sent
    "From: Orrin Vale Date: September 30, 2025 To: the records desk, about the culvert walk.",
    # labels in the middle of a sentence, not at its start
    "Please copy the line From: Orrin Vale Sent: Tuesday, September 30, 2025 To: Pella Subject: gate into the log.",
]


@pytest.mark.parametrize("prose", PROSE)
def test_prose_with_label_words_opens_no_message(prose: str, tmp_path: Path) -> None:
    assert len(split([REPLY + prose + "\n"], tmp_path)) == 1


def test_a_run_in_header_printed_again_atop_the_next_page_is_one_message(tmp_path: Path) -> None:
    header = RUN_IN_HEADERS[0]
    pages = [REPLY + header + "\n\nWhat is the new gate code?", header + "\n\nAnd the padlock key?\n"]
    assert len(split(pages, tmp_path)) == 2


@pytest.mark.parametrize(
    ("quote", "sender"),
    [
        ("On Tue, Sep 30, 2025 at 3:30 PM Orrin Vale <ovale@kestrelbay.example> wrote :", "Orrin Vale"),
        ("On Sep 30, 2025, at 3:30 PM, Vale, Orrin wrote :", "Vale, Orrin"),
        ("On Tue, Sep 30, 2025 at 3:30 PM Orrin Vale <ovale@kestrelbay.example> wrote;", "Orrin Vale"),
    ],
)
def test_wrote_with_its_colon_spaced_or_misread(quote: str, sender: str, tmp_path: Path) -> None:
    messages = split([REPLY + quote + "\n> What is the new gate code?\n"], tmp_path)
    assert summary(messages)[1][:2] == (sender, "2025-09-30T15:30:00")


LANGUAGES = {
    "Spanish": "De: Vale, Orrin\nEnviado el: martes, 30 de septiembre de 2025 15:30\nPara: Quist, Pella\n"
    "Asunto: Clave de la puerta",
    "Portuguese": "De: Vale, Orrin\nEnviado: terça-feira, 30 de setembro de 2025 15:30\nPara: Quist, Pella\n"
    "Assunto: Código do portão",
    "Dutch": "Van: Vale, Orrin\nVerzonden: dinsdag 30 september 2025 15:30\nAan: Quist, Pella\nOnderwerp: Poortcode",
    "Italian": "Da: Vale, Orrin\nInviato: martedì 30 settembre 2025 15:30\nA: Quist, Pella\n"
    "Oggetto: Codice del cancello",
}


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_quoted_headers_in_more_clients_languages(language: str, tmp_path: Path) -> None:
    messages = split([REPLY + LANGUAGES[language] + "\n\nHola / Olá / Hallo / Ciao\n"], tmp_path)
    assert len(messages) == 2
    assert messages[1].sender is not None and messages[1].sender.name == "Vale, Orrin"
    assert messages[1].subject != ""


def test_a_run_in_thread_through_a_pdf(tmp_path: Path) -> None:
    """A two-page print whose quoted headers are run-in lines, read through ingest: three messages."""
    path = tmp_path / "thread.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pages = [
        [*REPLY.splitlines(), *RUN_IN_HEADERS[2].split("\n")],
        [
            "What is the new gate code?",
            "",
            "From: Quist, Pella <pquist@kestrelbay.example> Sent: Monday, September 29, 2025 8:00 AM To: Vale, Orrin",
            "Subject: Gate code",
            "",
            "The gate code changes on Tuesday.",
        ],
    ]
    for rows in pages:
        for row, line in enumerate(rows):
            pdf.drawString(54, 720 - 14 * row, line)
        pdf.showPage()
    pdf.save()
    document = ingest(discover([path], tmp_path / "work").files[0], Settings(work_dir=tmp_path / "work"))
    assert [m.date for m in document.messages] == [
        "2025-10-01T09:05:00",
        "2025-09-30T15:30:00",
        "2025-09-29T08:00:00",
    ]


QUOTED = """From: Vale, Orrin
Sent: Tuesday, September 30, 2025 3:30 PM
To: Quist, Pella
Subject: Gate code

What is the new gate code? The crew needs it by Thursday morning.
"""
FOOT = "\n                                                       KBAY-0002001"


@pytest.mark.parametrize(
    ("pages", "count"),
    [
        # a production printing each message on its own, the reply (quoting the older one) first: 3 printings
        ([REPLY + QUOTED + FOOT, QUOTED], 3),
        # the same, the quote behind quote marks and the reprint below a Bates number and a page number
        ([REPLY + "".join(f"> {line}\n" for line in QUOTED.splitlines()), "Page 2\n" + QUOTED], 3),
        # the older message first, then the reply that quotes it
        ([QUOTED, REPLY + QUOTED], 3),
        # the header repeated atop the next page, the body going on below it: one message continued
        ([QUOTED.rstrip("\n") + " The padlock" + FOOT, QUOTED.split("\n\n")[0] + "\n\nkey is with the clerk.\n"], 1),
        ([REPLY + QUOTED + FOOT, QUOTED.split("\n\n")[0] + "\n\nkey is with the clerk.\n"], 2),
    ],
)
def test_a_message_printed_again_on_its_own_is_another_printing(pages: list[str], count: int, tmp_path: Path) -> None:
    assert len(split(pages, tmp_path)) == count
