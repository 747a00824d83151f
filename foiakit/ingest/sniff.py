"""A file's real type from its first bytes: a PDF named .txt is a PDF."""

from __future__ import annotations

import re
from pathlib import Path

from foiakit.model import FileType

SNIFF_BYTES = 4096

# Header names that open a message in RFC 5322 files (and in what Outlook's "save as" writes).
_EMAIL_HEADER = re.compile(
    rb"^(from|to|subject|date|received|return-path|message-id|mime-version|x-[a-z0-9-]+|delivered-to|"
    rb"cc|reply-to|thread-topic|thread-index|content-type):[ \t]",
    re.IGNORECASE | re.MULTILINE,
)
_MBOX_FROM = re.compile(rb"^From \S+.*\d{4}\s*$", re.MULTILINE)
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Stream names (UTF-16 in the compound file's directory) of an Outlook message and of Office documents.
_MSG_STREAMS = tuple(n.encode("utf-16-le") for n in ("__substg1.0_", "__properties_version1.0"))
_OFFICE_STREAMS = tuple(
    n.encode("utf-16-le") for n in ("WordDocument", "Workbook", "PowerPoint Document", "EncryptedPackage")
)


def sniff_bytes(head: bytes, name: str = "") -> FileType:
    """Classify a file from its first bytes (and, only to tell OLE files apart, its name)."""
    if not head:
        return FileType.EMPTY
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return FileType.PNG
    if head.startswith(b"\xff\xd8\xff"):
        return FileType.JPEG
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return FileType.TIFF
    if head.startswith((b"GIF87a", b"GIF89a")):
        return FileType.GIF
    if head.startswith(b"BM") and len(head) > 14:
        return FileType.BMP
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        # Office Open XML files are zips too; they are documents, not archives to unpack.
        if b"[Content_Types].xml" in head or b"word/" in head or b"xl/" in head or b"ppt/" in head:
            return FileType.OFFICE
        if b"mimetypeapplication/vnd.oasis.opendocument." in head:  # .odt, .ods, .odp: a document, not an archive
            return FileType.OFFICE
        return FileType.ZIP
    if head.startswith(_OLE):
        return _ole_type(head, name)
    if head.startswith(b"!BDN"):  # Outlook .pst and .ost
        return FileType.PST
    if _is_pdf(head):
        return FileType.PDF
    from foiakit.ingest.tarball import is_tar_or_compressed

    if is_tar_or_compressed(head):
        return FileType.TAR
    if head.startswith(b"From ") and _MBOX_FROM.match(head.split(b"\n", 1)[0] + b"\n"):
        return FileType.MBOX
    text_like = _looks_like_text(head)
    if text_like:
        first_lines = b"\n".join(head.lstrip().splitlines()[:40])
        if len(_EMAIL_HEADER.findall(first_lines)) >= 2 and _EMAIL_HEADER.match(head.lstrip()):
            return FileType.MHTML if _is_saved_web_page(head) else FileType.EML
        return FileType.TEXT
    return FileType.UNKNOWN


def _is_saved_web_page(head: bytes) -> bool:
    """A MIME message that is a saved web page (.mhtml/.mht): multipart/related at the top, and a browser's
    snapshot header, or none of the headers mail carries (recipients, Received, Message-ID)."""
    headers = re.split(rb"\r?\n\r?\n", head.lstrip(), maxsplit=1)[0]
    if not re.search(rb"^content-type:\s*multipart/related", headers, re.IGNORECASE | re.MULTILINE):
        return False
    if re.search(rb"^snapshot-content-location:", headers, re.IGNORECASE | re.MULTILINE):
        return True
    return not re.search(rb"^(to|cc|received|message-id):", headers, re.IGNORECASE | re.MULTILINE)


def _ole_type(head: bytes, name: str) -> FileType:
    """An OLE compound file: Outlook .msg, or a legacy (or encrypted) Office document, by the stream names when
    the directory is within `head` (sniff_file reads the whole directory); the name only breaks a tie."""
    if any(stream in head for stream in _MSG_STREAMS):
        return FileType.MSG
    if any(stream in head for stream in _OFFICE_STREAMS):
        return FileType.OFFICE
    return FileType.MSG if name.lower().endswith(".msg") else FileType.OFFICE


def _is_pdf(head: bytes) -> bool:
    """ "%PDF-" opening the file, or after only whitespace or binary junk a PDF reader skips (readers look in the
    first 1,024 bytes). A zip that stores a PDF uncompressed, or a letter that mentions "%PDF-1.4", is none:
    signatures of other formats are checked first, and text before the marker makes it a mention."""
    at = head.find(b"%PDF-", 0, 1024)
    if at < 0:
        return False
    prefix = head[:at]
    return not prefix.strip(b" \t\r\n\x00\xef\xbb\xbf\x0c") or not _looks_like_text(prefix)


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the sniff boundary is still text.
        if exc.start < len(head) - 4:
            try:
                head.decode("cp1252")
            except UnicodeDecodeError:
                return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls <= len(head) // 100


def sniff_file(path: Path) -> FileType:
    with path.open("rb") as handle:
        head = handle.read(SNIFF_BYTES)
    found = sniff_bytes(head, path.name)
    if head.startswith(_OLE):  # the directory may lie past the first bytes: list the streams
        from foiakit.ingest.legacy_office import ole_kind

        kind = ole_kind(path)
        if kind not in (None, "damaged"):  # a damaged one keeps what its first bytes and name say
            return FileType.MSG if kind == "msg" else FileType.OFFICE
    return found
