"""Typed values passed between the stages of the flow (discover → ingest → extract → store)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from foiakit.timing import StageTime


class FileType(StrEnum):
    """A file's real type, sniffed from its bytes (never from its suffix)."""

    PDF = "pdf"
    PNG = "png"
    JPEG = "jpeg"
    TIFF = "tiff"
    GIF = "gif"
    BMP = "bmp"
    EML = "eml"
    MBOX = "mbox"
    MSG = "msg"
    PST = "pst"  # an Outlook archive (.pst) or offline cache (.ost)
    ZIP = "zip"
    TAR = "tar"  # tar, .tar.gz/.tgz/.tar.bz2/.tar.xz, or one .gz/.bz2/.xz file
    OFFICE = "office"
    MHTML = "mhtml"  # a saved web page in one file (multipart/related)
    TEXT = "text"
    EMPTY = "empty"
    UNKNOWN = "unknown"


ARCHIVE_TYPES = frozenset({FileType.ZIP, FileType.TAR})
IMAGE_TYPES = frozenset({FileType.PNG, FileType.JPEG, FileType.TIFF, FileType.GIF, FileType.BMP})
EMAIL_TYPES = frozenset({FileType.EML, FileType.MBOX, FileType.MSG, FileType.PST})


@dataclass(frozen=True, slots=True)
class SourceFile:
    """One distinct file (by content) found in the sources.

    `path` is where the bytes are on disk (for a zip entry: its unpacked copy in the work folder);
    `display_path` is the name a reader cites: relative to the source root, `archive.zip!inner/path`
    for archive entries, `mail.eml!attachment.pdf` for attachments.
    """

    path: Path
    display_path: str
    sha256: str
    size: int
    file_type: FileType
    other_paths: tuple[str, ...] = ()
    parent_sha256: str | None = None
    parent_message: str | None = None


@dataclass(frozen=True, slots=True)
class OcrDecision:
    """Whether a page is OCR'd, and why (recorded with the page)."""

    ocr: bool
    reason: str


@dataclass(frozen=True, slots=True)
class Page:
    """One page's stored text. `number` is 1-based."""

    number: int
    text: str
    ocr: bool
    ocr_reason: str
    confidence: float | None = None  # mean tesseract word confidence, 0..100, OCR pages only
    width: float = 0.0  # points (PDF) or pixels (image)
    height: float = 0.0
    rotation: int = 0  # degrees the page image was turned before OCR
    bates: str | None = None

    @property
    def char_count(self) -> int:
        return len(self.text)


@dataclass(frozen=True, slots=True)
class Address:
    name: str
    address: str

    def __str__(self) -> str:
        if self.name and self.address:
            return f"{self.name} <{self.address}>"
        return self.name or self.address


@dataclass(frozen=True, slots=True)
class Message:
    """An email message, native or found printed in a PDF."""

    id: str  # stable: "<sha256[:16]>:<position>"
    position: int  # 1-based order within its file
    sender: Address | None
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    bcc: tuple[Address, ...] = ()
    date: str | None = None  # ISO 8601 with offset when known
    subject: str = ""
    body: str = ""
    message_id: str | None = None  # the Message-ID header
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    attachments: tuple[str, ...] = ()
    page_start: int | None = None  # printed emails: the page span
    page_end: int | None = None
    quoted: bool = False  # printed emails: an older message quoted inside a later one
    thread_id: str | None = None
    duplicate_of: str | None = None
    body_start: int | None = None  # offset of the body in page_start's text
    header_start: int | None = None  # printed/quoted emails: offset of the header block in page_start's text


@dataclass(frozen=True, slots=True)
class IngestError:
    """A problem with one file (or part of one): becomes a row in errors.csv."""

    display_path: str
    sha256: str | None
    stage: str  # discover, ingest, ocr, extract, …
    kind: str  # short machine-readable reason: corrupt, encrypted, empty, unsupported, unsafe-archive, …
    message: str  # one plain line for a person


@dataclass(frozen=True, slots=True)
class Finding:
    """One extracted fact with its provenance (see DESIGN.md, "A finding")."""

    kind: str
    value: str
    normalized: str
    file: str
    sha256: str
    page: int | None
    start: int | None
    end: int | None
    quote: str
    method: str
    ocr: bool = False
    confidence: float = 1.0
    message: str | None = None
    detail: tuple[tuple[str, Any], ...] = ()  # kind-specific fields; a tuple so the value stays immutable

    @property
    def detail_dict(self) -> dict[str, Any]:
        return dict(self.detail)

    def detail_json(self) -> str:
        return json.dumps(self.detail_dict, sort_keys=True, ensure_ascii=False, default=str)


def make_detail(**fields: Any) -> tuple[tuple[str, Any], ...]:
    """Build a Finding.detail from keyword fields, dropping None, in a stable order."""
    return tuple(sorted((k, v) for k, v in fields.items() if v is not None))


@dataclass(frozen=True, slots=True)
class Document:
    """What ingesting one file produced."""

    source: SourceFile
    pages: tuple[Page, ...] = ()
    messages: tuple[Message, ...] = ()
    attachments: tuple[SourceFile, ...] = ()  # written to the work folder; ingested as files of their own
    layout_findings: tuple[Finding, ...] = ()  # found while the file was open (e.g. redaction boxes)
    errors: tuple[IngestError, ...] = ()
    title: str = ""


@dataclass(frozen=True, slots=True)
class FileResult:
    """A worker's hand-back for one file: the parent process alone writes it to the store."""

    document: Document | None
    findings: tuple[Finding, ...] = ()
    errors: tuple[IngestError, ...] = ()
    seconds: float = 0.0
    stages: tuple[StageTime, ...] = ()  # where the worker's time went (foiakit.timing), for `run --profile`


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything that changes what a run produces. Fingerprinted per stage for incremental runs."""

    ocr_mode: str = "auto"  # auto | always | never
    dpi: int = 300
    lang: str = "eng"
    ocr_timeout: int = 300  # seconds per page
    jobs: int = 0  # 0 = all cores
    patterns: tuple[str, ...] = ()  # extra EntityRuler JSONL files
    spacy_model: str | None = None
    withheld_names: tuple[str, ...] = ()  # names left out of the shipped lists (eval --without-lists)
    claims: str = "rules"  # rules | model | both: how capability claims are decided (extract/claim_model.py)
    orgs: str = "rules"  # rules | model | both: who decides what an organisation-shaped name is (extract/org_model.py)
    work_dir: Path | None = field(default=None, compare=False)

    def ingest_fingerprint(self, file_type: FileType | None = None) -> dict[str, Any]:
        """What a file's stored text depends on: the reading settings and, given its type, the versions of its
        readers that changed (foiakit/ingest/readers.py)."""
        payload: dict[str, Any] = {"ocr_mode": self.ocr_mode, "dpi": self.dpi, "lang": self.lang}
        if file_type is not None:
            from foiakit.ingest.readers import changed_readers

            if readers := changed_readers(file_type):  # only when one changed: older stores keep their fingerprint
                payload["readers"] = readers
        return payload

    def extract_fingerprint(self) -> dict[str, Any]:
        # a pattern file's content counts, not only its name: editing the list re-runs extraction
        from foiakit.extract import rules_digest

        patterns = [[p, _file_digest(Path(p))] for p in self.patterns]
        payload = {"patterns": patterns, "spacy_model": self.spacy_model, "rules": rules_digest()}
        if self.withheld_names:  # only when set, so stores made before keep their fingerprint
            payload["withheld_names"] = sorted(self.withheld_names)
        if self.claims != "rules":
            payload["claims"] = self.claims
        if self.orgs != "rules":
            payload["orgs"] = self.orgs
        return payload


def _file_digest(path: Path) -> str | None:
    import hashlib

    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    except OSError:
        return None
