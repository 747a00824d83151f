"""Native email (.eml, .mbox, .msg): headers, charsets, dates, HTML bodies, attachments, and bad input."""

from __future__ import annotations

import base64
import tracemalloc
from pathlib import Path

import pytest

from foiakit.errors import FileFailure
from foiakit.ingest import ingest
from foiakit.ingest.discover import discover
from foiakit.ingest.email import ingest_email
from foiakit.model import Document, FileType, Settings, SourceFile

HEADERS = (
    "From: =?utf-8?q?Jos=C3=A9_Alvarez?= <jose.alvarez@stratusvision.example>\n"
    'To: "Ocampo, Raymond" <raymond.ocampo@marrowridgesheriff.gov>, dana@county.example\n'
    "Cc: =?iso-8859-1?b?Qmr2cm4gTWV5ZXI=?= <bjorn@county.example>\n"
    "Subject: =?utf-8?b?UmU6IFN0cmF0dXMgb25ib2FyZGluZyDigJMgcGhvdG8gaW1wb3J0?=\n"
    "Message-ID: <b81d-2017-10-12@stratusvision.example>\n"
    "In-Reply-To: <a7c2-2017-10-11@marrowridgesheriff.gov>\n"
    "References: <a6f0-2017-10-10@marrowridgesheriff.gov> <a7c2-2017-10-11@marrowridgesheriff.gov>\n"
)


def read(tmp_path: Path, name: str, data: bytes) -> Document:
    path = tmp_path / "in" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    source = discover([path], tmp_path / "work").files[0]
    return ingest_email(source, Settings(work_dir=tmp_path / "work"))


def eml(headers: str, body: str, content: str = "text/plain; charset=utf-8", cte: str = "8bit") -> bytes:
    return (f"{headers}MIME-Version: 1.0\nContent-Type: {content}\nContent-Transfer-Encoding: {cte}\n\n{body}").encode(
        "utf-8", "surrogateescape"
    )


def test_encoded_headers_dates_and_ids(tmp_path: Path) -> None:
    data = eml(HEADERS + "Date: Thu, 12 Oct 2017 09:15:00 -0700\n", "Booking photos go first.\n")
    doc = read(tmp_path, "reply.eml", data)
    (message,) = doc.messages
    assert message.sender is not None and message.sender.name == "José Alvarez"
    assert message.sender.address == "jose.alvarez@stratusvision.example"
    assert [a.name for a in message.to] == ["Ocampo, Raymond", ""]
    assert message.cc[0].name == "Björn Meyer"
    assert message.subject == "Re: Stratus onboarding – photo import"
    assert message.date == "2017-10-12T09:15:00-07:00"
    assert message.message_id == "<b81d-2017-10-12@stratusvision.example>"
    assert message.in_reply_to == "<a7c2-2017-10-11@marrowridgesheriff.gov>"
    assert len(message.references) == 2
    assert message.id == f"{doc.source.sha256[:16]}:1"
    # one page per message: the printed header block, then the body at body_start
    (page,) = doc.pages
    assert page.number == message.position == 1
    assert page.text.startswith("From: José Alvarez <jose.alvarez@stratusvision.example>\n")
    assert message.body_start is not None and page.text[message.body_start :].startswith("Booking photos go first.")
    assert doc.errors == ()


def test_html_only_body_becomes_readable_text(tmp_path: Path) -> None:
    html = (
        "<html><head><style>p {color: red}</style><script>alert('x')</script></head><body>"
        "<p>Dear Records Officer,</p><p>Please find the <b>quote</b> attached.<br>Total: $12,500</p>"
        "<table><tr><td>Item</td><td>Price</td></tr></table></body></html>"
    )
    doc = read(tmp_path, "html.eml", eml(HEADERS + "Date: Mon, 5 Mar 2018 16:02:00 +0000\n", html, "text/html"))
    body = doc.messages[0].body
    assert "Dear Records Officer," in body.splitlines()
    assert "Please find the quote attached." in body.splitlines()
    assert "Total: $12,500" in body.splitlines()
    assert "alert" not in body and "color" not in body and "<" not in body


@pytest.mark.parametrize(
    ("date_header", "why"),
    [("", "no Date header"), ("Date: Thu, 45 Foo 2017 99:99:99 -0700\n", "impossible date")],
)
def test_missing_or_impossible_date_keeps_the_message(tmp_path: Path, date_header: str, why: str) -> None:
    doc = read(tmp_path, "nodate.eml", eml(HEADERS + date_header, "Still a message.\n"))
    assert doc.messages[0].date is None
    assert doc.messages[0].body == "Still a message.\n"
    assert [(e.kind, e.message.startswith(why)) for e in doc.errors] == [("bad-date", True)]


def test_unknown_charset_is_read_as_latin1_with_an_error_row(tmp_path: Path) -> None:
    data = (
        HEADERS + "Date: Mon, 5 Mar 2018 16:02:00 +0000\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=x-klingon\nContent-Transfer-Encoding: 8bit\n\n"
    ).encode()
    doc = read(tmp_path, "charset.eml", data + "Pr\xe9cis: the caf\xe9 invoice.\n".encode("latin-1"))
    assert doc.messages[0].body == "Précis: the café invoice.\n"
    assert [e.kind for e in doc.errors] == ["charset"]


def test_malformed_headers_keep_the_message(tmp_path: Path) -> None:
    data = (
        b"From: <<<not an address\nTo: ;;;,,\nDate: Mon, 5 Mar 2018 16:02:00 +0000\nSubject: =?utf-8?q?broken\n"
        b"X-Garbage\n\nBody survives.\n"
    )
    doc = read(tmp_path, "malformed.eml", data)
    assert len(doc.messages) == 1 and "Body survives." in doc.messages[0].body
    assert doc.messages[0].date == "2018-03-05T16:02:00+00:00"


def mbox_message(index: int, filler: str = "") -> str:
    return (
        f"From sender{index}@vendor.example Mon Mar  5 16:02:00 2018\n"
        f"From: Sender {index} <sender{index}@vendor.example>\nTo: records@county.example\n"
        f"Date: Mon, 5 Mar 2018 16:{index % 60:02d}:00 +0000\nSubject: Quote {index}\n"
        f"Message-ID: <{index}@vendor.example>\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n"
        f"<html><head><style>{filler}</style></head><body><p>Quote number {index} for the pilot.</p></body></html>\n\n"
    )


def test_truncated_mbox_keeps_the_messages_before_the_cut(tmp_path: Path) -> None:
    text = "".join(mbox_message(i) for i in range(1, 4))
    doc = read(tmp_path, "cut.mbox", text[: len(text) - 40].encode())
    assert [m.subject for m in doc.messages] == ["Quote 1", "Quote 2", "Quote 3"]
    assert [m.position for m in doc.messages] == [p.number for p in doc.pages] == [1, 2, 3]
    assert "Quote number 2 for the pilot." in doc.messages[1].body
    assert any(e.kind == "truncated" for e in doc.errors)


def big_mbox_message(index: int, attachment_b64: str) -> str:
    return (
        f"From sender@vendor.example Mon Mar  5 16:02:00 2018\n"
        f"From: Sender <sender@vendor.example>\nTo: records@county.example\n"
        f"Date: Mon, 5 Mar 2018 16:{index % 60:02d}:00 +0000\nSubject: Scan {index}\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="S"\n\n--S\nContent-Type: text/plain\n\n'
        f"Scan {index} attached.\n--S\nContent-Type: application/octet-stream\n"
        f'Content-Disposition: attachment; filename="scan{index}.bin"\nContent-Transfer-Encoding: base64\n\n'
        f"{attachment_b64}\n--S--\n\n"
    )


@pytest.mark.slow
def test_large_mbox_is_streamed_with_flat_memory(tmp_path: Path) -> None:
    """A ~15 MB mailbox whose bytes are mostly attachments (written to disk, not kept): beyond what the document
    keeps, reading holds about one message at a time, not the file or a parsed mailbox. (The 10,000-message
    figure is in tools/bench_messages.py; 200 big messages keep this test quick.)"""
    path = tmp_path / "in" / "big.mbox"
    path.parent.mkdir(parents=True)
    payload = base64.encodebytes(bytes(range(256)) * 220).decode()
    with path.open("w", encoding="utf-8") as handle:
        for i in range(1, 201):
            handle.write(big_mbox_message(i, payload))
    read(tmp_path, "warm-up.mbox", big_mbox_message(0, "aGVsbG8=").encode())  # lazy imports, not counted
    source = discover([path], tmp_path / "work").files[0]
    tracemalloc.start()
    doc = ingest_email(source, Settings(work_dir=tmp_path / "work"))
    kept, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(doc.messages) == len(doc.attachments) == 200 and doc.messages[-1].subject == "Scan 200"
    assert source.size > 14_000_000
    assert peak - kept < source.size / 5, f"transient {(peak - kept) / 1e6:.1f} MB for {source.size / 1e6:.0f} MB"
    assert kept < source.size / 10


def test_msg_that_is_not_ole_fails_as_a_file(tmp_path: Path) -> None:
    path = tmp_path / "fake.msg"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)  # OLE magic, then nothing
    source = SourceFile(path, "fake.msg", "0" * 64, path.stat().st_size, FileType.MSG)
    with pytest.raises(FileFailure):
        ingest_email(source, Settings(work_dir=tmp_path / "work"))


def test_text_named_msg_is_not_read_as_outlook(tmp_path: Path) -> None:
    path = tmp_path / "notes.msg"
    path.write_text("just some notes, not an Outlook file\n", encoding="utf-8")
    source = discover([path], tmp_path / "work").files[0]
    assert source.file_type is not FileType.MSG


def with_attachment(name_param: str, payload: str, content_type: str = "application/pdf") -> bytes:
    return (
        HEADERS + "Date: Mon, 5 Mar 2018 16:02:00 +0000\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="XYZ"\n\n'
        "--XYZ\nContent-Type: text/plain; charset=utf-8\n\nInvoice attached.\n"
        f"--XYZ\nContent-Type: {content_type}\nContent-Disposition: attachment; {name_param}\n"
        f"Content-Transfer-Encoding: base64\n\n{payload}\n--XYZ--\n"
    ).encode()


def test_hostile_attachment_name_stays_in_the_work_folder(tmp_path: Path) -> None:
    doc = read(tmp_path, "evil.eml", with_attachment('filename="../../../../etc/passwd"', "aGVsbG8=", "text/plain"))
    (attachment,) = doc.attachments
    root = (tmp_path / "work" / "attachments" / doc.source.sha256[:16]).resolve()
    assert attachment.path.resolve().is_relative_to(root)
    assert attachment.path.read_bytes() == b"hello"
    assert attachment.display_path == "evil.eml!passwd"
    assert attachment.parent_sha256 == doc.source.sha256 and attachment.parent_message == doc.messages[0].id
    assert not (tmp_path / "etc").exists()


def test_broken_attachment_fails_alone(tmp_path: Path) -> None:
    """A PDF attachment whose bytes are garbage: the message is kept, the attachment fails as a file of its own."""
    doc = read(tmp_path, "broken.eml", with_attachment('filename="quote.pdf"', "JVBERi0xLjQKZ2FyYmFnZQ=="))
    assert doc.messages[0].attachments == ("quote.pdf",) and "Invoice attached." in doc.messages[0].body
    (attachment,) = doc.attachments
    assert attachment.file_type is FileType.PDF and attachment.display_path == "broken.eml!quote.pdf"
    with pytest.raises(FileFailure):
        ingest(attachment, Settings(work_dir=tmp_path / "work"))


def test_attached_email_is_an_email_again(tmp_path: Path) -> None:
    inner = eml(HEADERS + "Date: Fri, 2 Mar 2018 09:30:00 -0500\n", "What will the pilot cost?\n").decode()
    outer = (
        "From: Dana Whitfield <dana@county.example>\nTo: records@county.example\n"
        "Date: Mon, 5 Mar 2018 16:02:00 -0500\nSubject: FW: pilot\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="B"\n\n--B\nContent-Type: text/plain\n\nSee below.\n'
        '--B\nContent-Type: message/rfc822\nContent-Disposition: attachment; filename="pilot.eml"\n\n'
        f"{inner}\n--B--\n"
    )
    doc = read(tmp_path, "fw.eml", outer.encode())
    (attachment,) = doc.attachments
    assert attachment.file_type is FileType.EML
    inner_doc = ingest_email(attachment, Settings(work_dir=tmp_path / "work"))
    assert inner_doc.messages[0].subject == "Re: Stratus onboarding – photo import"
    assert inner_doc.messages[0].date == "2018-03-02T09:30:00-05:00"


def test_unknown_charset_in_encoded_headers(tmp_path: Path) -> None:
    data = (
        b"From: =?x-klingon?q?Ren=E9e_Fa=EFs?= <renee@vendor.example>\nTo: records@county.example\n"
        b"Date: Mon, 5 Mar 2018 16:02:00 +0000\nSubject: =?x-klingon?q?Caf=E9_quote?=\n\nThe quote.\n"
    )
    doc = read(tmp_path, "klingon.eml", data)
    message = doc.messages[0]
    assert message.sender is not None and message.sender.name == "Renée Faïs"
    assert message.subject == "Café quote"
    assert sorted(e.kind for e in doc.errors) == ["charset", "charset"]


def test_raw_8bit_and_encoded_comma_names(tmp_path: Path) -> None:
    data = (
        "From: Björn Meyer <bjorn@county.example>\n"
        'To: =?utf-8?q?Ocampo=2C_Raymond?= <raymond.ocampo@marrowridgesheriff.gov>, "Whitfield, Dana" <d@x.example>\n'
        "Cc: Ren\xe9e <renee@vendor.example>\n"
        "Date: Mon, 5 Mar 2018 16:02:00 +0000\nSubject: names\n\nBody.\n"
    ).encode()
    data = data.replace("Ren\xe9e".encode(), b"Ren\xe9e")  # a latin-1 byte where UTF-8 was expected
    doc = read(tmp_path, "names.eml", data)
    message = doc.messages[0]
    assert message.sender is not None and message.sender.name == "Björn Meyer"
    assert [(a.name, a.address) for a in message.to] == [
        ("Ocampo, Raymond", "raymond.ocampo@marrowridgesheriff.gov"),
        ("Whitfield, Dana", "d@x.example"),
    ]
    assert [a.name for a in message.cc] == ["Renée"]
    assert [e.kind for e in doc.errors] == ["charset"]


def test_one_bad_message_costs_only_itself(tmp_path: Path) -> None:
    """A malformed encoded-word in To: and a deeply nested MIME message: the mailbox's good messages are kept,
    the bad header is kept as written, the bomb is one error row with its raw text kept."""
    from foiakit.ingest.email import ingest_email
    from foiakit.model import FileType, Settings, SourceFile

    nested = b"Content-Type: multipart/mixed; boundary=b0\n\n"
    for depth in range(1, 1500):
        nested += f"--b{depth - 1}\nContent-Type: multipart/mixed; boundary=b{depth}\n\n".encode()
    box = tmp_path / "box.mbox"
    box.write_bytes(
        b"From a@lakeport.example Mon Apr  3 10:00:00 2017\nFrom: a@lakeport.example\n"
        b"To: =?utf-8?B?!!!notbase64?= <c@wexford.example>\nSubject: first\n\nGood body one.\n\n"
        b"From b@lakeport.example Mon Apr  3 11:00:00 2017\nFrom: b@lakeport.example\nSubject: bomb\n"
        + nested
        + b"\n\n"
        b"From c@lakeport.example Mon Apr  3 12:00:00 2017\nFrom: c@lakeport.example\nSubject: third\n\nGood three.\n"
    )
    source = SourceFile(box, "box.mbox", "9" * 64, box.stat().st_size, FileType.MBOX)
    document = ingest_email(source, Settings(work_dir=tmp_path / "work"))
    assert document.messages[0].subject == "first"
    assert document.messages[-1].subject == "third" and len(document.messages) == 3
    assert document.messages[0].to and document.messages[0].to[0].address == "c@wexford.example"
    kinds = {e.kind for e in document.errors}
    assert "header" in kinds or "unreadable" in kinds


def test_attachments_never_stored_are_read_on_the_next_run(tmp_path: Path) -> None:
    """A run killed after an email was stored but before its attachment was: the next run must not call the email
    unchanged and leave the attachment unread."""
    import sqlite3

    from click.testing import CliRunner

    from foiakit.cli import main

    release = tmp_path / "release"
    release.mkdir()
    (release / "quote.eml").write_bytes(
        with_attachment('filename="note.txt"', base64.b64encode(b"Harlow Signal, Inc. quoted $4,200.00.").decode(),
                        "text/plain")
    )  # fmt: skip
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["run", str(release), "-o", str(out), "-j", "1"]).exit_code == 0
    conn = sqlite3.connect(out / "foiakit.db")
    with conn:  # the state a kill leaves: the email stored, its attachment not
        attached = [r[0] for r in conn.execute("SELECT sha256 FROM files WHERE parent_sha256 IS NOT NULL")]
        assert attached
        for table in ("files", "file_paths", "pages", "documents", "findings"):
            conn.executemany(f"DELETE FROM {table} WHERE sha256 = ?", [(sha,) for sha in attached])
    conn.close()
    again = CliRunner().invoke(main, ["run", str(release), "-o", str(out), "-j", "1"])
    assert again.exit_code == 0 and "0 unchanged" in again.output, again.output
    assert "note.txt" in (out / "documents.csv").read_text(encoding="utf-8")
    steady = CliRunner().invoke(main, ["run", str(release), "-o", str(out), "-j", "1"])
    assert "0 files processed" in steady.output, steady.output
