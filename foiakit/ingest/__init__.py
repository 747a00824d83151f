"""One ingestor per format, chosen by the type sniffed from the file's bytes."""

from __future__ import annotations

from collections.abc import Callable

from foiakit.errors import FileFailure
from foiakit.model import EMAIL_TYPES, IMAGE_TYPES, Document, FileType, Settings, SourceFile
from foiakit.timing import BATES, PRINTED_EMAIL, REDACTIONS, timed

Ingestor = Callable[[SourceFile, Settings], Document]

_UNSUPPORTED = {
    FileType.EMPTY: ("empty", "empty file (0 bytes)"),
    FileType.UNKNOWN: ("unsupported", "unknown file type (not PDF, image, email, zip or text)"),
}


def ingestor_for(file_type: FileType) -> Ingestor:
    """The function that reads `file_type`; raises FileFailure for types foiakit cannot read."""
    if file_type is FileType.PDF:
        from foiakit.ingest.pdf import ingest_pdf

        return ingest_pdf
    if file_type in IMAGE_TYPES:
        from foiakit.ingest.image import ingest_image

        return ingest_image
    if file_type in (FileType.EML, FileType.MBOX, FileType.MSG):
        from foiakit.ingest.email import ingest_email

        return ingest_email
    if file_type is FileType.PST:
        from foiakit.ingest.pst import ingest_pst

        return ingest_pst
    if file_type is FileType.TEXT:
        from foiakit.ingest.text import ingest_text

        return ingest_text
    if file_type is FileType.MHTML:
        from foiakit.ingest.mhtml import ingest_mhtml

        return ingest_mhtml
    if file_type is FileType.OFFICE:
        from foiakit.ingest.office import ingest_office

        return ingest_office
    kind, message = _UNSUPPORTED.get(file_type, ("unsupported", f"unsupported file type: {file_type}"))
    raise FileFailure(kind, message)


PostIngestStep = Callable[[Document, Settings], Document]


def post_ingest_steps(file_type: FileType) -> list[PostIngestStep]:
    """Steps that refine a freshly read document (printed-email splitting, layout analysis), in order."""
    from foiakit.ingest.printed_email import split_printed_email

    steps: list[PostIngestStep] = []
    if file_type is FileType.PDF or file_type in IMAGE_TYPES:
        from foiakit.foia.bates import read_bates
        from foiakit.foia.redactions import find_redactions

        steps.extend((read_bates, find_redactions))
    if file_type is FileType.PDF or file_type in IMAGE_TYPES:
        from foiakit.ingest.titles import choose_title

        steps.append(choose_title)  # after Bates reading: the whole first page is known by then
    if file_type is FileType.PDF or file_type in IMAGE_TYPES or file_type in EMAIL_TYPES:
        steps.append(split_printed_email)
    return steps


def resplits(file_type: FileType) -> bool:
    """Whether re-extraction splits a stored document's printed email again (PDFs and scans: their messages
    come from the text alone, so new rules reach old stores without OCR; native mail keeps its own)."""
    return file_type is FileType.PDF or file_type in IMAGE_TYPES


# archives foiakit does not unpack, named in their row so the reader knows what to do with them
_OTHER_ARCHIVES = (
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive (.7z)", "7z x FILE"),
    (b"Rar!\x1a\x07", "RAR archive (.rar)", "unrar x FILE, or unar FILE"),
    (b"MSCF\x00\x00\x00\x00", "Microsoft Cabinet archive (.cab)", "cabextract FILE"),
    (b"xar!", "XAR archive (.xar, .pkg)", "xar -xf FILE"),
)


def _unknown_type(source: SourceFile) -> FileFailure:
    with source.path.open("rb") as handle:
        head = handle.read(8)
    for magic, name, command in _OTHER_ARCHIVES:
        if head.startswith(magic):
            return FileFailure(
                "unsupported-archive",
                f"{name}: not unpacked (foiakit unpacks zip and tar); unpack it ({command}) and run on the folder",
            )
    kind, message = _UNSUPPORTED[FileType.UNKNOWN]
    return FileFailure(kind, message)


def ingest(source: SourceFile, settings: Settings) -> Document:
    if source.file_type is FileType.UNKNOWN:
        raise _unknown_type(source)
    return run_post_ingest_steps(ingestor_for(source.file_type)(source, settings), settings)


def run_post_ingest_steps(document: Document, settings: Settings) -> Document:
    """The post-ingest steps of the document's type, in order, each timed as its own stage (`--profile`)."""
    for step in post_ingest_steps(document.source.file_type):
        stage = _STEP_STAGES.get(step.__name__)
        if stage is None:  # a step too small for a row of its own (the title): its time stays with reading
            document = step(document, settings)
            continue
        with timed(stage, len(document.pages)):
            document = step(document, settings)
    return document


_STEP_STAGES = {"read_bates": BATES, "find_redactions": REDACTIONS, "split_printed_email": PRINTED_EMAIL}
