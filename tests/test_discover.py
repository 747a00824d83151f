"""Discovery: sniffing by bytes, duplicates, and safe archive unpacking (each unsafe case a test)."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest

from foiakit.ingest.discover import discover
from foiakit.ingest.sniff import sniff_bytes
from foiakit.model import FileType

SNIFF_CASES = [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "report.txt", FileType.PDF),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "scan.pdf", FileType.PNG),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "photo", FileType.JPEG),
    (b"II*\x00\x08\x00\x00\x00", "fax.tif", FileType.TIFF),
    (b"PK\x03\x04\x14\x00\x00\x00\x08\x00batch/a.pdf", "release", FileType.ZIP),
    (b"PK\x03\x04\x14\x00\x06\x00\x08\x00[Content_Types].xml", "memo.docx", FileType.OFFICE),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "mail.msg", FileType.MSG),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "budget.xls", FileType.OFFICE),
    (b"From MAILER-DAEMON Mon Apr  3 10:00:00 2017\nFrom: a@b.gov\n", "inbox", FileType.MBOX),
    (b"Received: from mx.example.gov\nFrom: Ann <a@b.gov>\nSubject: pilot\n\nbody", "msg.txt", FileType.EML),
    (b"From: Ann <a@b.gov>\r\nTo: b@c.com\r\nSubject: hi\r\n\r\nbody", "x", FileType.EML),
    (b"Meeting notes\nFrom: the chief's office, a memo.\n", "notes.eml", FileType.TEXT),
    (b"", "empty.pdf", FileType.EMPTY),
    (b"\x00\x01\x02\x03garbage\x00", "data.pdf", FileType.UNKNOWN),
    # a zip that stores a PDF uncompressed (zip -0) is a zip; a letter that mentions the marker is text
    (b"PK\x03\x04\x0a\x00\x00\x00\x00\x00letter.pdf%PDF-1.4\n1 0 obj", "stored.zip", FileType.ZIP),
    (b"Dear clerk,\nthe file header reads %PDF-1.4 and then stops.\n", "note.txt", FileType.TEXT),
    (b"Received: from mx.example.gov\nFrom: a@b.gov\nSubject: %PDF-1.4 broken\n\nhi", "m.eml", FileType.EML),
    # junk a PDF reader skips before the marker
    (b"\xef\xbb\xbf\n%PDF-1.5\n", "bom.pdf", FileType.PDF),
    (b"\x00\x81\x92\x03\x04%PDF-1.6\n1 0 obj", "junk.pdf", FileType.PDF),
]


@pytest.mark.parametrize(("head", "name", "expected"), SNIFF_CASES)
def test_sniff_by_bytes_not_suffix(head: bytes, name: str, expected: FileType) -> None:
    assert sniff_bytes(head, name) is expected


def test_duplicates_processed_once_and_every_path_kept(tmp_path: Path) -> None:
    src = tmp_path / "release"
    (src / "a").mkdir(parents=True)
    (src / "a" / "letter.txt").write_text("same bytes")
    (src / "copy.txt").write_text("same bytes")
    (src / "other.txt").write_text("different")
    found = discover([src], tmp_path / "work")
    assert [f.display_path for f in found.files] == ["a/letter.txt", "other.txt"]
    assert found.files[0].other_paths == ("copy.txt",)


def _zip(path: Path, entries: list[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries:
            zf.writestr(name, data)
    return path


def test_zip_entries_unpacked_and_named_inside_archive(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "release.zip", [("batch/a.txt", b"alpha"), ("batch/b.pdf", b"%PDF-1.4 fake")])
    found = discover([archive], tmp_path / "work")
    names = {f.display_path: f.file_type for f in found.files}
    assert names == {
        "release.zip": FileType.ZIP,
        "release.zip!batch/a.txt": FileType.TEXT,
        "release.zip!batch/b.pdf": FileType.PDF,
    }
    assert all(str(tmp_path / "work") in str(f.path) for f in found.files if "!" in f.display_path)


@pytest.mark.parametrize(
    ("entry", "reason"),
    [("../../evil.txt", "traversal"), ("/etc/evil.txt", "absolute path"), ("a/../../evil.txt", "traversal")],
)
def test_zip_traversal_entry_refused_rest_unpacked(tmp_path: Path, entry: str, reason: str) -> None:
    archive = _zip(tmp_path / "bad.zip", [(entry, b"owned"), ("ok.txt", b"fine")])
    found = discover([archive], tmp_path / "work")
    assert [f.display_path for f in found.files] == ["bad.zip", "bad.zip!ok.txt"]
    assert len(found.errors) == 1 and reason in found.errors[0].message
    assert not (tmp_path / "evil.txt").exists() and not Path("/etc/evil.txt").exists()


def test_zip_symlink_entry_refused(tmp_path: Path) -> None:
    link = zipfile.ZipInfo("link")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    archive = _zip(tmp_path / "links.zip", [(link, b"/etc/passwd"), ("ok.txt", b"fine")])
    found = discover([archive], tmp_path / "work")
    assert [e.kind for e in found.errors] == ["unsafe-archive"]
    assert "symbolic link" in found.errors[0].message
    assert not [p for p in (tmp_path / "work").rglob("*") if p.name == "link"]


def test_zip_bomb_refused_not_unpacked(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "bomb.zip", [("zeros.bin", b"\0" * (64 * 1024 * 1024))])
    found = discover([archive], tmp_path / "work")
    assert [f.display_path for f in found.files] == ["bomb.zip"]
    assert [e.kind for e in found.errors] == ["zip-bomb"]
    assert not list((tmp_path / "work").rglob("zeros.bin"))


def test_corrupt_zip_is_an_error_not_a_crash(tmp_path: Path) -> None:
    archive = tmp_path / "broken.zip"
    archive.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    found = discover([archive], tmp_path / "work")
    assert [e.kind for e in found.errors] == ["corrupt-archive"]


EXCLUDE_CASES = [
    ("gold.json", ("gold.json",), True),
    ("notes/gold.json", ("gold.json",), True),  # a bare name matches at any depth
    ("MANIFEST.tsv", ("*.tsv",), True),
    ("drafts/memo.pdf", ("drafts/*",), True),
    ("release.zip!drafts/memo.pdf", ("drafts/*",), True),  # inside an archive
    ("release.zip!letter.pdf", ("release.zip!*",), True),
    ("letters/letter.pdf", ("*.tsv", "gold.json"), False),
    ("letters/gold.json.pdf", ("gold.json",), False),
    ("letters/letter.pdf", (), False),
]


@pytest.mark.parametrize(("display", "globs", "expected"), EXCLUDE_CASES)
def test_exclude_globs(display: str, globs: tuple[str, ...], expected: bool) -> None:
    from foiakit.ingest.discover import is_excluded

    assert is_excluded(display, globs) is expected


def test_excluded_paths_are_left_out_archive_entries_too(tmp_path: Path) -> None:
    src = tmp_path / "release"
    src.mkdir()
    (src / "letter.txt").write_text("A letter from the City of Alder Falls.\n")
    (src / "gold.json").write_text('{"answers": true}\n')
    with zipfile.ZipFile(src / "batch.zip", "w") as zf:
        zf.writestr("keep.txt", "kept entry\n")
        zf.writestr("skip/answer.txt", "left out\n")
    found = discover([src], tmp_path / "work", exclude=("gold.json", "skip/*"))
    names = sorted(f.display_path for f in found.files)
    assert names == ["batch.zip", "batch.zip!keep.txt", "letter.txt"]
    assert found.excluded == 2 and not found.errors


def test_a_zip_storing_pdfs_uncompressed_is_unpacked(tmp_path: Path) -> None:
    """Records portals send `zip -0` archives; the first member's "%PDF-" must not make the zip a PDF."""
    import zipfile

    from pdfgen import text_pdf

    first = text_pdf(tmp_path / "a.pdf", ["Lakeport purchase order"])
    second = text_pdf(tmp_path / "b.pdf", ["Wexford invoice"])
    archive = tmp_path / "release.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_STORED) as zipped:
        zipped.write(first, "a.pdf")
        zipped.write(second, "b.pdf")
    found = discover([archive], tmp_path / "work")
    assert sorted(
        f.display_path.rsplit("/", 1)[-1].rsplit("!", 1)[-1] for f in found.files if f.file_type is FileType.PDF
    ) == [
        "a.pdf",
        "b.pdf",
    ]


def test_a_named_pipe_is_a_row_not_a_hang(tmp_path: Path) -> None:
    import os

    release = tmp_path / "release"
    release.mkdir()
    (release / "letter.txt").write_text("The Town of Wexford answered.\n", encoding="utf-8")
    os.mkfifo(release / "pipe.pdf")
    found = discover([release], tmp_path / "work")
    assert [f.display_path for f in found.files] == ["letter.txt"]
    assert [(e.display_path, e.kind) for e in found.errors] == [("pipe.pdf", "not-a-file")]


def test_two_entries_of_one_name_are_both_read(tmp_path: Path) -> None:
    import warnings
    import zipfile

    archive = tmp_path / "release.zip"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns of the duplicate name: that is the point
        with zipfile.ZipFile(archive, "w") as zipped:
            zipped.writestr("letter.txt", "The Town of Wexford paid Harlow Signal $400.\n")
            zipped.writestr("letter.txt", "The Lakeport Police Department denied the request.\n")
    found = discover([archive], tmp_path / "work")
    texts = sorted(f.path.read_text(encoding="utf-8") for f in found.files if f.file_type is FileType.TEXT)
    assert len(texts) == 2 and "Wexford" in texts[1] and "Lakeport" in texts[0]
    assert [e.kind for e in found.errors] == ["duplicate-entry"]


def test_paths_do_not_depend_on_the_working_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A relative source is stored by its absolute path; two sources that both hold a letter.txt name each with
    its source folder."""
    for folder, text in (("city", "The Town of Wexford answered.\n"), ("county", "Lane County answered.\n")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "letter.txt").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    found = discover([Path("city"), Path("county")], tmp_path / "work")
    assert sorted(f.display_path for f in found.files) == ["city/letter.txt", "county/letter.txt"]
    assert all(f.path.is_absolute() for f in found.files)
    alone = discover([Path("city")], tmp_path / "work")
    assert [f.display_path for f in alone.files] == ["letter.txt"]


def test_tar_archives_are_unpacked_with_the_care_of_zips(tmp_path: Path) -> None:
    import io
    import tarfile

    archive = tmp_path / "release.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        for name, data in (("letters/a.txt", b"The Town of Wexford answered."), ("../escape.txt", b"no"),
                           ("/etc/owned.txt", b"no")):  # fmt: skip
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        link = tarfile.TarInfo("link.txt")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        tar.addfile(link)
    found = discover([archive], tmp_path / "work")
    assert [f.display_path for f in found.files if f.file_type is FileType.TEXT] == ["release.tar.gz!letters/a.txt"]
    refused = sorted(e.display_path.rpartition("!")[2] for e in found.errors if e.kind == "unsafe-archive")
    assert refused == ["../escape.txt", "/etc/owned.txt", "link.txt"]
    assert not (tmp_path / "escape.txt").exists() and not (tmp_path / "work" / "escape.txt").exists()


def test_a_single_gzip_file_is_its_content(tmp_path: Path) -> None:
    import gzip

    (tmp_path / "minutes.txt.gz").write_bytes(gzip.compress(b"The Lakeport council met on May 4.\n"))
    found = discover([tmp_path / "minutes.txt.gz"], tmp_path / "work")
    texts = [f for f in found.files if f.file_type is FileType.TEXT]
    assert [f.display_path for f in texts] == ["minutes.txt.gz!minutes.txt"]
    assert texts[0].path.read_text(encoding="utf-8").startswith("The Lakeport council")


def test_a_folder_that_cannot_be_listed_is_a_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """os.walk skips a folder it cannot list without a word; discover names it. The folder is refused by
    chmod, and for root (whom chmod does not stop) by a listing that raises EACCES, as chmod would."""
    import errno
    import os

    release = tmp_path / "release"
    (release / "private").mkdir(parents=True)
    (release / "private" / "memo.txt").write_text("hidden memo", encoding="utf-8")
    (release / "letter.txt").write_text("a letter", encoding="utf-8")
    (release / "private").chmod(0)
    try:
        if os.access(release / "private", os.R_OK):  # root
            real = os.scandir

            def scandir(path: object = ".") -> object:
                if Path(os.fsdecode(path)) == release / "private":  # type: ignore[arg-type]
                    raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
                return real(path)  # type: ignore[arg-type]

            monkeypatch.setattr(os, "scandir", scandir)
        found = discover([release], tmp_path / "work")
    finally:
        (release / "private").chmod(0o755)
    assert [f.display_path for f in found.files] == ["letter.txt"]
    (row,) = found.errors
    assert row.display_path == "private" and row.kind == "unreadable" and "cannot be read" in row.message
