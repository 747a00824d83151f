"""Legacy PowerPoint .ppt through catppt (Debian's catdoc package): chosen by its streams, the deck's text as one
page (catppt does not mark where slides end), each block once; an encrypted or damaged deck is one error row."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from foiakit.errors import FileFailure
from foiakit.ingest import ingest
from foiakit.ingest.legacy_office import PPT_REASON, ole_kind
from foiakit.ingest.sniff import sniff_file
from foiakit.model import FileType, Settings, SourceFile

DATA = Path(__file__).parent / "data"
PUBLIC_PPT = DATA / "poi-basic-test.ppt"  # provenance of both: tests/data/README.md
ENCRYPTED_PPT = DATA / "oletools-encrypted.ppt"


@pytest.fixture(autouse=True)
def _catppt() -> None:
    # `make test` installs catdoc (system-deps), which brings catppt: a missing tool fails, it does not skip
    assert shutil.which("catppt"), "catppt missing: run `make test`, which installs catdoc"


def _source(path: Path) -> SourceFile:
    data = path.read_bytes()
    return SourceFile(path, path.name, hashlib.sha256(data).hexdigest(), len(data), sniff_file(path))


def test_a_ppt_deck_is_read_as_one_page_of_its_slides_text(tmp_path: Path) -> None:
    renamed = tmp_path / "deck.bin"  # chosen by its streams, not its name
    shutil.copy(PUBLIC_PPT, renamed)
    source = _source(renamed)
    assert source.file_type is FileType.OFFICE and ole_kind(renamed) == "ppt"
    (page,) = ingest(source, Settings(work_dir=tmp_path / "work")).pages
    assert page.ocr_reason == PPT_REASON
    assert page.text.startswith("This is a test title\nThis is a test subtitle\nThis is on page 1\n")
    assert "This is the title on page 2\nThis is page two\nIt has several blocks of text" in page.text
    assert page.text.count("This is a test title") == 1  # catppt printed it three times


def test_an_encrypted_ppt_is_an_error_row_that_says_so(tmp_path: Path) -> None:
    with pytest.raises(FileFailure, match="password-protected PowerPoint") as failure:
        ingest(_source(ENCRYPTED_PPT), Settings(work_dir=tmp_path / "work"))
    assert failure.value.kind == "encrypted"


def test_a_damaged_ppt_is_an_error_row(tmp_path: Path) -> None:
    cut = tmp_path / "cut.ppt"
    cut.write_bytes(PUBLIC_PPT.read_bytes()[:8000])
    with pytest.raises(FileFailure) as failure:
        ingest(_source(cut), Settings(work_dir=tmp_path / "work"))
    assert failure.value.kind == "corrupt" and "\n" not in str(failure.value)
