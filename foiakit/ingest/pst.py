"""Outlook archives (.pst, and .ost offline caches: the same format) through Debian's `readpst` (pst-utils).

readpst unpacks the archive into a scratch folder in the run's work folder, a file per item in folders named as in
Outlook ("Inbox/Projects/12.eml", "Calendar/3.ics", "Contacts/1.vcf"); the messages are then parsed one at a time,
in folder order, as .eml files are (so only one message's bytes are in memory), and the scratch folder is removed.
Each message is a message of the release and a page whose header block names its folder ("Folder: Inbox/Projects"),
so search, findings and the messages table cite where in the mailbox it was filed; its attachments are written out
and read as files of their own ("archive.pst!Inbox/Projects/12/bid.pdf"), as an .eml's are. Calendar items and
contacts become .ics/.vcf files of their own (ingest/cards.py reads them).

An archive readpst cannot open is one error row; a missing readpst is one row naming the package to install.
Deleted items that readpst can recover (-D) are left out: nothing in its output would mark them as deleted.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from foiakit.errors import FileFailure
from foiakit.ingest.email import NATIVE_REASON, ParsedMessage, parse_message, unreadable_message, write_attachment
from foiakit.ingest.sniff import sniff_file
from foiakit.model import Document, IngestError, Message, Page, Settings, SourceFile

PST_MAGIC = b"!BDN"  # the first four bytes of every .pst and .ost (ANSI and Unicode)
# seconds readpst may take: a floor for small archives, then a second per MB (readpst writes ~20-50 MB/s)
BASE_TIMEOUT = 300
SECONDS_PER_MB = 1.0
_ITEM = re.compile(r"(\d+)\.(eml|ics|vcf)")
# readpst stamps each calendar item with the time of the conversion: dropped, or every run would see a new file
_CONVERSION_STAMP = re.compile(rb"^DTSTAMP:[0-9TZ]+\r?\n", re.MULTILINE)
# readpst opens each attached message with a quoted mbox separator (">From ...") and its own "Status:" line, which
# hide the attached message's headers from the sniffer: both dropped, only right after a message/rfc822 part header
_ATTACHED_SEPARATOR = re.compile(
    rb"(^Content-Type: message/rfc822[^\n]*\n(?:[^\n]+\n)*\r?\n)>From [^\n]*\n(?:Status: [^\n]*\n)?", re.MULTILINE
)


def ingest_pst(source: SourceFile, settings: Settings) -> Document:
    readpst = shutil.which("readpst")
    if readpst is None:
        raise FileFailure("missing-tool", "reading an Outlook .pst/.ost needs readpst (apt-get install pst-utils)")
    work_dir = settings.work_dir or Path(".foiakit-work")
    work_dir.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f"pst-{source.sha256[:12]}-", dir=work_dir))
    try:
        _unpack(readpst, source, scratch)
        return _read_items(source, scratch, work_dir)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _unpack(readpst: str, source: SourceFile, scratch: Path) -> None:
    # -e: a file per item with its extension; -8: UTF-8 bodies; -b: no copy of the RTF body as an attachment;
    # -j 0: one process (the pipeline already runs a file per core); -q: errors only
    command = [readpst, "-e", "-8", "-b", "-q", "-j", "0", "-o", str(scratch), str(source.path)]
    timeout = BASE_TIMEOUT + source.size / 1_000_000 * SECONDS_PER_MB
    try:
        done = subprocess.run(command, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        raise FileFailure("timeout", f"readpst took over {timeout:.0f} s on this Outlook archive; not read") from None
    if done.returncode != 0:
        said = (done.stderr + done.stdout).decode("utf-8", "replace").strip().splitlines()
        detail = said[-1].strip() if said else f"exit code {done.returncode}"
        raise FileFailure("corrupt", f"Outlook archive (.pst/.ost) unreadable: readpst: {detail}")


def _items(scratch: Path) -> Iterator[tuple[str, Path]]:
    """(folder, file) for every item readpst wrote: folders in name order, items in Outlook's order within one."""
    for root, folders, files in os.walk(scratch):
        folders.sort()
        folder = Path(root).relative_to(scratch).as_posix()
        numbered = [(int(m.group(1)), name) for name in files if (m := _ITEM.fullmatch(name))]
        for _, name in sorted(numbered):
            yield ("" if folder == "." else folder), Path(root) / name


def _read_items(source: SourceFile, scratch: Path, work_dir: Path) -> Document:
    pages: list[Page] = []
    messages: list[Message] = []
    attachments: list[SourceFile] = []
    errors: list[IngestError] = []
    for folder, path in _items(scratch):
        if path.suffix != ".eml":
            attachments.append(_item_file(source, folder, path, work_dir))
            continue
        position = len(messages) + 1
        data = _ATTACHED_SEPARATOR.sub(rb"\1", path.read_bytes())
        try:
            parsed = parse_message(data, source.sha256, position)
        except (Exception, RecursionError) as exc:  # a nested-MIME bomb, a header the parser rejects
            parsed = unreadable_message(data, source.sha256, position, exc)
        del data
        parsed = _with_folder(parsed, folder)
        pages.append(Page(position, parsed.page_text, False, NATIVE_REASON))
        messages.append(parsed.message)
        where = f"{source.display_path}#{position}"
        errors.extend(IngestError(where, source.sha256, "ingest", kind, why) for kind, why in parsed.problems)
        for index, (name, blob) in enumerate(parsed.attachments, 1):
            inside = f"{folder}/{position}/{name}" if folder else f"{position}/{name}"
            attachments.append(write_attachment(source, parsed.message, index, name, blob, work_dir, inside=inside))
    if not messages and not attachments:
        raise FileFailure("empty", "no message, event or contact in the Outlook archive")
    return Document(
        source=source,
        pages=tuple(pages),
        messages=tuple(messages),
        attachments=tuple(attachments),
        errors=tuple(errors),
        title=messages[0].subject if messages else "",
    )


def _with_folder(parsed: ParsedMessage, folder: str) -> ParsedMessage:
    """The folder as the header block's last line: a reader of the page sees where the message was filed."""
    message = parsed.message
    start = message.body_start
    if start is None or not folder:
        return parsed
    header, body = parsed.page_text[:start], parsed.page_text[start:]
    line = f"Folder: {folder}\n"
    header = header[:-1] + line + "\n" if header.endswith("\n\n") else header + line
    return replace(parsed, page_text=header + body, message=replace(message, body_start=len(header)))


def message_folder(page_text: str) -> str | None:
    """The folder a PST message's page names in its header block (None for other pages)."""
    header = page_text.split("\n\n", 1)[0]
    match = re.search(r"^Folder: (.+)$", header, re.MULTILINE)
    return match.group(1) if match else None


def _item_file(source: SourceFile, folder: str, path: Path, work_dir: Path) -> SourceFile:
    """A calendar item or contact, copied out of the scratch folder as a file of its own."""
    data = path.read_bytes()
    if path.suffix == ".ics":
        data = _CONVERSION_STAMP.sub(b"", data)
    digest = hashlib.sha256(data).hexdigest()
    target = work_dir / "attachments" / source.sha256[:16] / "items" / digest[:16] / path.name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    inside = f"{folder}/{path.name}" if folder else path.name
    return SourceFile(
        path=target,
        display_path=f"{source.display_path}!{inside}",
        sha256=digest,
        size=len(data),
        file_type=sniff_file(target),
        parent_sha256=source.sha256,
    )
