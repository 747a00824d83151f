"""Messages on the sample release and the real corpus: counts, senders, dates, subjects, threads, duplicates."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from corpus import CORPUS

from foiakit.cli import main
from foiakit.ingest import ingest
from foiakit.ingest.discover import discover
from foiakit.model import Document, FileType, Settings

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
TRUTH = json.loads((Path(__file__).parent / "data" / "sample_truth.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def messages(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, str]]:
    out = tmp_path_factory.mktemp("samples-out")
    result = CliRunner().invoke(main, ["run", str(SAMPLES), "-o", str(out), "-j", "2"])
    assert result.exit_code == 0, result.output
    export = CliRunner().invoke(main, ["export", "messages", "--db", str(out / "foiakit.db")])
    assert export.exit_code == 0, export.output
    assert export.output == (out / "messages.csv").read_text(encoding="utf-8").replace("\r\n", "\n")
    return list(csv.DictReader(io.StringIO(export.output)))


def by_file(rows: list[dict[str, str]], name: str) -> list[dict[str, str]]:
    return [r for r in rows if r["file"] == name]


def test_printed_thread_is_split_into_its_messages(messages: list[dict[str, str]]) -> None:
    thread = by_file(messages, "email_thread_printed.pdf")
    assert len(thread) == TRUTH["email_thread_printed.pdf"]["messages"] == 3
    assert [r["from_name"] for r in thread] == ["Ocampo, Raymond", "Dana Whitfield", "Ocampo, Raymond"]
    assert [r["date"] for r in thread] == ["2018-03-06T10:14:00", "2018-03-05T16:02:00", "2018-03-02T09:30:00"]
    assert thread[0]["subject"] == "RE: Stratus Recognize rollout to patrol"
    assert [r["quoted"] for r in thread] == ["0", "1", "1"]
    # the second header starts at the foot of page 1 and ends on page 2
    assert (thread[1]["page_start"], thread[1]["page_end"]) == ("1", "2")
    assert thread[0]["cc"] == "Lindqvist, Howard <howard.lindqvist@marrowridgesheriff.gov>"
    assert len({r["thread_id"] for r in thread}) == 1


def test_native_messages_decode_headers_and_link_replies(messages: list[dict[str, str]]) -> None:
    box = by_file(messages, "mrcso_mailbox.mbox")
    assert len(box) == TRUTH["mrcso_mailbox.mbox"]["messages"] == 4
    assert box[1]["from_name"] == "José Alvarez"  # RFC 2047 encoded-word
    assert box[1]["date"] == "2017-10-12T09:15:00-07:00"
    assert box[1]["subject"] == "Re: Stratus onboarding schedule – booking photo import"
    assert box[2]["in_reply_to"] == "" and box[1]["in_reply_to"] == "<a7c2-2017-10-11@marrowridgesheriff.gov>"
    assert box[0]["thread_id"] == box[1]["thread_id"] == box[2]["thread_id"] != box[3]["thread_id"]
    eml = by_file(messages, "re_stratus_onboarding.eml")
    assert len(eml) == 1 and eml[0]["attachments"] == "stratus_invoice_2017-1031.pdf"
    # the same email released twice (the .eml and inside the mailbox) is one message and a duplicate
    assert eml[0]["duplicate_of"] == box[1]["message"]
    assert sum(1 for r in messages if r["duplicate_of"]) == 1


def test_memo_headers_are_not_email(messages: list[dict[str, str]]) -> None:
    assert by_file(messages, "afpd_mixed_records.pdf") == []


def corpus_message_count(document: Document) -> int:
    """A mailbox counts its native messages; any other file every message printed or quoted in it."""
    if document.source.file_type is FileType.MBOX:
        return sum(1 for m in document.messages if m.page_start is None)
    return len(document.messages)


def test_message_counts_match_gold_on_the_real_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Native emails and text-layer PDFs are read for real; scanned pages are not re-OCR'd here (too slow for
    the suite), so only files whose text needs no OCR are checked: the closing note has the full figure."""
    from foiakit.ingest import pdf as pdf_ingest

    gold = json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))
    monkeypatch.setattr(pdf_ingest, "ocr_image", _no_ocr)
    found = discover([CORPUS], tmp_path / "work")
    checked, matched = [], []
    for source in found.files:
        expected = gold.get(source.display_path, {}).get("emails", 0)
        if not expected or "scan" in source.display_path:
            continue
        document = ingest(source, Settings(work_dir=tmp_path / "work"))
        checked.append(source.display_path)
        if corpus_message_count(document) == expected:
            matched.append(source.display_path)
    assert len(checked) >= 5
    assert len(matched) / len(checked) >= 0.9, sorted(set(checked) - set(matched))


def _no_ocr(image: object, lang: str, timeout: int) -> object:
    from foiakit.ocr.tesseract import OcrResult

    return OcrResult("", 0.0, 0, 0)
