"""Outlook .pst archives through readpst: chosen by their bytes, every message a message of the release with its
folder, attachments (an attached message, its own attachments) read as files of their own, calendar items and
contacts as .ics/.vcf files, and a one-line error row for an archive readpst cannot open."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from foiakit.cli import main
from foiakit.errors import FileFailure
from foiakit.extract import finding_at
from foiakit.extract.placement import with_placement
from foiakit.ingest import ingest
from foiakit.ingest.pst import ingest_pst, message_folder
from foiakit.ingest.sniff import sniff_bytes, sniff_file
from foiakit.model import FileType, Settings, SourceFile

DATA = Path(__file__).parent / "data"
# provenance of both: tests/data/README.md
NESTED_PST = DATA / "pst-extractor-alpha-beta-gamma-delta.pst"  # one message, an attached message chain, 4 PNGs
ITEMS_PST = DATA / "java-libpst-dist-list.pst"  # a calendar item and a contact, no mail


@pytest.fixture(autouse=True)
def _readpst() -> None:
    # `make test` installs pst-utils (system-deps): a missing readpst fails the tests, it does not skip them
    assert shutil.which("readpst"), "readpst missing: run `make test`, which installs pst-utils"


def _source(path: Path, name: str | None = None) -> SourceFile:
    import hashlib

    data = path.read_bytes()
    return SourceFile(path, name or path.name, hashlib.sha256(data).hexdigest(), len(data), sniff_file(path))


def test_an_outlook_archive_is_chosen_by_its_bytes() -> None:
    assert sniff_file(NESTED_PST) is FileType.PST
    assert sniff_bytes(ITEMS_PST.read_bytes()[:4096], "archive.bin") is FileType.PST
    assert sniff_bytes(b"!BDN" + b"\x00" * 60, "mail.ost") is FileType.PST


def test_every_message_is_stored_with_its_folder_and_its_attachments_are_read(tmp_path: Path) -> None:
    source = _source(NESTED_PST, "release/mailbox.pst")
    document = ingest_pst(source, Settings(work_dir=tmp_path / "work"))
    assert [m.subject for m in document.messages] == ["Alpha"]
    (page,) = document.pages
    message = document.messages[0]
    assert page.number == message.position == 1
    assert message_folder(page.text) == "alpha-beta-gamma-delta"
    assert page.text[message.body_start :].startswith("This is message alpha.")
    assert "Folder: alpha-beta-gamma-delta\n\n" in page.text
    assert message.attachments == ("attachment-1.eml", "alpha.png")
    names = {a.display_path: a for a in document.attachments}
    attached = names["release/mailbox.pst!alpha-beta-gamma-delta/1/attachment-1.eml"]
    image = names["release/mailbox.pst!alpha-beta-gamma-delta/1/alpha.png"]
    assert attached.file_type is FileType.EML  # readpst's ">From" line before it is dropped
    assert image.file_type is FileType.PNG and image.path.read_bytes().startswith(b"\x89PNG")
    assert attached.parent_sha256 == source.sha256 and attached.parent_message == message.id
    # the attached message is read as an email of its own, with its own attachments: as for an .eml
    inner = ingest(attached, Settings(work_dir=tmp_path / "work"))
    assert [m.subject for m in inner.messages] == ["Beta"]
    assert {a.path.name for a in inner.attachments} == {"attachment-1.eml", "beta.png"}
    # nothing of readpst's scratch folder is left behind
    assert not list((tmp_path / "work").glob("pst-*"))


def test_a_finding_in_an_archived_message_names_its_folder(tmp_path: Path) -> None:
    document = ingest_pst(_source(NESTED_PST), Settings(work_dir=tmp_path / "work"))
    page = document.pages[0]
    start = page.text.index("message alpha")
    finding = finding_at(document, page, "phrase", (start, start + 13), "message alpha")
    (placed,) = with_placement(document, [finding])
    assert placed.detail_dict["folder"] == "alpha-beta-gamma-delta"
    assert placed.message == document.messages[0].id


def test_calendar_items_and_contacts_become_files_of_their_own(tmp_path: Path) -> None:
    settings = Settings(work_dir=tmp_path / "work")
    document = ingest_pst(_source(ITEMS_PST), settings)
    assert document.messages == () and document.pages == ()
    paths = sorted(a.display_path for a in document.attachments)
    assert paths == [
        "java-libpst-dist-list.pst!Personal Folders/Calendar/1.ics",
        "java-libpst-dist-list.pst!Personal Folders/Contacts/1.vcf",
    ]
    event, contact = sorted(document.attachments, key=lambda a: a.display_path)
    assert "Summary: Test appointment" in ingest(event, settings).pages[0].text
    assert "contact1@rjohnson.id.au" in ingest(contact, settings).pages[0].text
    # readpst stamps calendar items with the conversion's time: dropped, so a re-run sees the same file
    again = ingest_pst(_source(ITEMS_PST), Settings(work_dir=tmp_path / "again"))
    assert sorted(a.sha256 for a in again.attachments) == sorted(a.sha256 for a in document.attachments)


@pytest.mark.parametrize(
    "content", [b"!BDN", b"!BDN" + b"\x00" * 200, NESTED_PST.read_bytes()[:600]], ids=["magic", "zeros", "cut"]
)
def test_an_archive_readpst_cannot_open_is_a_one_line_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.pst"
    path.write_bytes(content)
    with pytest.raises(FileFailure) as failure:
        ingest_pst(_source(path), Settings(work_dir=tmp_path / "work"))
    assert failure.value.kind in ("corrupt", "empty")
    assert "\n" not in str(failure.value)
    assert not list((tmp_path / "work").glob("pst-*"))


def test_a_missing_readpst_names_the_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(FileFailure, match="pst-utils") as failure:
        ingest_pst(_source(NESTED_PST), Settings(work_dir=tmp_path / "work"))
    assert failure.value.kind == "missing-tool"


def test_run_reads_an_archive_and_gives_a_broken_one_an_error_row(tmp_path: Path) -> None:
    release = tmp_path / "release"
    release.mkdir()
    shutil.copy(NESTED_PST, release / "mailbox.pst")
    (release / "offline.ost").write_bytes(b"!BDN" + b"\x00" * 100)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(release), "-o", str(out), "--ocr", "never"])
    assert result.exit_code == 0, result.output
    with (out / "messages.csv").open(encoding="utf-8") as handle:
        subjects = sorted(row["subject"] for row in csv.DictReader(handle))
    assert subjects == ["Alpha", "Beta", "Delta", "Gamma"]  # the archived one and the chain attached to it
    with (out / "errors.csv").open(encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle) if row["file"] == "offline.ost"]
    assert len(rows) == 1 and "readpst" in rows[0]["message"]
