"""Which readers made a file's stored text, and their versions: a store read by an older reader reads again.

A re-run skips a file whose bytes and settings are unchanged. That used to hold across foiakit upgrades too, so a
store kept the text an old reader made (text-layer pages without column gaps, OCR'd tables read one column at a
time) and a better reader never reached it: extraction re-runs over stored text, but the text itself was never
made again. Each reader now has a number here, bumped when the same file would be stored differently (its pages'
text, their layout findings, its messages); a file's ingest fingerprint holds the numbers of the readers of its
type, so the next run reads again only the files those readers read. Reading again costs what the first run did
(a scanned page is OCR'd again), which is why a number moves only when the stored text changes.

Numbers start at 1 and only a number above 1 enters the fingerprint, so stores made before this module keep
theirs. Bump a number in the same commit as the change to its reader, and say so in the CHANGELOG.
"""

from __future__ import annotations

import hashlib
import json
from types import MappingProxyType

from foiakit import __version__
from foiakit.model import EMAIL_TYPES, IMAGE_TYPES, FileType, Settings

READER_VERSIONS = MappingProxyType(
    {
        "pdf_text": 1,  # ingest/pdf.py, pdf_text.py, pdf_forms.py: a PDF's text layer, gaps and form fields
        "ocr": 2,  # ocr/: the text tesseract's words are put back into (2: a page of amounts keeps gaps and rows)
        "layout": 1,  # foia/: redaction boxes, Bates numbers, titles found while the page is open
        "email": 1,  # ingest/email.py, msg.py, pst.py: native mail, its bodies and attachments
        "office": 1,  # ingest/office.py, legacy_office.py, rtf.py, encrypted_office.py
        "web": 1,  # ingest/mhtml.py, html.py
        "text": 1,  # ingest/text.py, delimited.py, cards.py
    }
)

_SCANNED = ("ocr", "layout")
_READERS_BY_TYPE: dict[FileType, tuple[str, ...]] = {
    FileType.PDF: ("pdf_text", *_SCANNED),
    **{file_type: _SCANNED for file_type in IMAGE_TYPES},
    **{file_type: ("email",) for file_type in EMAIL_TYPES},
    FileType.OFFICE: ("office",),
    FileType.MHTML: ("web", "email"),
    FileType.TEXT: ("text",),
}


def readers_of(file_type: FileType) -> tuple[str, ...]:
    """The readers whose output a stored file of this type holds (none for archives, empty and unknown files)."""
    return _READERS_BY_TYPE.get(file_type, ())


def changed_readers(file_type: FileType) -> dict[str, int]:
    """The readers of `file_type` that changed since numbers were kept (version above 1), with their versions:
    what a file's ingest fingerprint holds besides the settings."""
    return {name: READER_VERSIONS[name] for name in readers_of(file_type) if READER_VERSIONS[name] > 1}


def fingerprint(payload: dict[str, object]) -> str:
    blob = json.dumps({"version": __version__, **payload}, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


class IngestFingerprints:
    """A file type's ingest fingerprint under one run's settings (its readers' versions differ by type)."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._by_type: dict[FileType, str] = {}

    def __call__(self, file_type: FileType) -> str:
        if file_type not in self._by_type:
            self._by_type[file_type] = fingerprint(self._settings.ingest_fingerprint(file_type))
        return self._by_type[file_type]
