"""Coverage-guided fuzzing (atheris / libFuzzer) of the sniffer and every reader, and extraction of what they read.

    python tools/fuzz.py --seed CORPUS          # seed CORPUS from samples/ and tests/data (and a few tiny files)
    python tools/fuzz.py CORPUS [libFuzzer flags, e.g. -max_total_time=600]
    FUZZ_CRASHES=DIR python tools/fuzz.py ...   # record each distinct crash in DIR and keep fuzzing

An input's first byte picks the reader (PDF, e-mail, mailbox, Outlook .msg, zip, tar, Office, web page, RTF, plain
text); the rest is the file. The sniffer sees every input. A reader may refuse a file only with FileFailure (the
error row a run records); any other exception, a hang past -timeout or memory past -rss_limit_mb is a crash.
libFuzzer stops at the first one and writes its input as crash-*; with FUZZ_CRASHES set (libFuzzer's -fork mode
does not work under atheris), an exception is recorded once per place it is raised (DIR/<id>: the input,
DIR/<id>.txt: the traceback) and fuzzing goes on. `make fuzz` runs this for FUZZ_SECONDS and fails if DIR is not
empty at the end.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import shutil
import sys
import tempfile
import traceback
import zipfile
from pathlib import Path

import atheris

# the readers and extractors are imported lazily by the code under test: imported here, they are instrumented
READER_MODULES = ("email", "msg", "office", "pdf", "printed_email", "text", "html", "rtf", "image")

with atheris.instrument_imports(include=["foiakit"]):
    from foiakit.errors import FileFailure
    from foiakit.extract import extract_document, extractors
    from foiakit.ingest import ingest
    from foiakit.ingest.discover import MAX_ENTRIES, MAX_RATIO, MAX_UNPACKED_BYTES, unpack_zip
    from foiakit.ingest.html import html_text
    from foiakit.ingest.rtf import rtf_text
    from foiakit.ingest.sniff import sniff_bytes, sniff_file
    from foiakit.ingest.tarball import unpack_tar
    from foiakit.model import Document, FileType, Page, Settings, SourceFile

    for module in (*(f"foiakit.ingest.{m}" for m in READER_MODULES), "foiakit.foia.bates", "foiakit.foia.redactions"):
        importlib.import_module(module)
    extractors()  # imports every extraction module

ROOT = Path(__file__).resolve().parents[1]
READERS = ("pdf", "eml", "mbox", "msg", "zip", "tar", "office", "html", "rtf", "text")
AS_FILE_TYPE = {
    "pdf": FileType.PDF,
    "eml": FileType.EML,
    "mbox": FileType.MBOX,
    "msg": FileType.MSG,
    "office": FileType.OFFICE,
    "text": FileType.TEXT,
}
SNIFFED_READER = {FileType.ZIP: "zip", FileType.TAR: "tar", **{t: r for r, t in AS_FILE_TYPE.items()}}

_scratch = Path(tempfile.mkdtemp(prefix="foiakit-fuzz-"))
_settings = Settings(ocr_mode="never", jobs=1, work_dir=_scratch / "work")


def _source(path: Path, data: bytes, file_type: FileType) -> SourceFile:
    return SourceFile(path, path.name, hashlib.sha256(data).hexdigest(), len(data), file_type)


def _extract(document: Document) -> None:
    extract_document(document, _settings)


def _text_document(path: Path, data: bytes, text: str) -> Document:
    return Document(source=_source(path, data, FileType.TEXT), pages=(Page(1, text, False, "fuzz"),))


def read(reader: str, path: Path, data: bytes) -> None:
    """What a run does with the file: unpack an archive, or read a document and extract its findings."""
    if reader in ("zip", "tar"):
        errors: list = []
        target = _scratch / "unpacked"
        if reader == "zip":
            members = unpack_zip(path, path.name, "0" * 64, target, errors)
        else:
            members = unpack_tar(path, path.name, target, errors, MAX_ENTRIES, MAX_UNPACKED_BYTES, MAX_RATIO)
        for member, _display in members:
            sniff_file(member)
        return
    if reader in ("html", "rtf"):
        text = data.decode("utf-8", errors="replace")
        _extract(_text_document(path, data, html_text(text) if reader == "html" else rtf_text(text)))
        return
    _extract(ingest(_source(path, data, AS_FILE_TYPE[reader]), _settings))


def one_input(data: bytes) -> None:
    if not data:
        return
    reader, body = READERS[data[0] % len(READERS)], data[1:]
    sniff_bytes(body[:4096], "fuzzed")
    shutil.rmtree(_scratch / "work", ignore_errors=True)
    shutil.rmtree(_scratch / "unpacked", ignore_errors=True)
    path = _scratch / "input"
    path.write_bytes(body)
    sniff_file(path)
    try:
        read(reader, path, body)
    except FileFailure:
        pass  # the file is refused with a row: what a reader is allowed to do
    except Exception as exc:
        if not CRASHES:
            raise
        _record(exc, data)


CRASHES = Path(os.environ["FUZZ_CRASHES"]) if os.environ.get("FUZZ_CRASHES") else None


def _record(exc: Exception, data: bytes) -> None:
    """Keep the first input of each distinct crash: the exception type and the innermost foiakit frame."""
    assert CRASHES is not None
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "/foiakit/" in f.filename] or frames
    where = f"{type(exc).__name__} {ours[-1].filename.rpartition('/foiakit/')[2]}:{ours[-1].lineno}"
    name = hashlib.sha1(where.encode()).hexdigest()[:12]
    CRASHES.mkdir(parents=True, exist_ok=True)
    if not (CRASHES / name).exists():
        (CRASHES / name).write_bytes(data)
        text = "".join(traceback.format_exception(exc))
        (CRASHES / f"{name}.txt").write_text(f"{where}\n\n{text}", encoding="utf-8")
        print(f"fuzz: new crash {name}: {where}", file=sys.stderr, flush=True)


TINY_SEEDS = {
    "html": b"<html><head><title>Quote</title><script>x()</script></head><body><p>Harlow Signal, Inc. quoted"
    b" $4,200.00 to the Town of Wexford.</p><table><tr><td>ALPR</td><td>$1,000</td></tr></table></body></html>",
    "rtf": rb"{\rtf1\ansi{\fonttbl{\f0 Times;}}\f0 The City of Wexford paid \b Harlow Signal, Inc.\b0  $4,200.00.\par"
    rb" Caf\'e9 \u8212? done.}",
    "text": b"From: a@b.example\nTo: c@d.example\nSubject: Quote\n\nThe Sheriff's Office paid $1,200.00 on 2020-03-01.",
}


def _docx() -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        package.writestr(
            "word/document.xml",
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            "<w:p><w:r><w:t>Harlow Signal, Inc. agreed to a non-disclosure agreement.</w:t></w:r></w:p>"
            "</w:body></w:document>",
        )
    return buffer.getvalue()


def seed(corpus: Path) -> int:
    """Every file of samples/ and tests/data under the reader its type calls for (and as text), plus tiny
    web page, RTF, mail and Word seeds. Returns how many seeds were written."""
    corpus.mkdir(parents=True, exist_ok=True)
    seeds: list[tuple[str, bytes]] = [(reader, data) for reader, data in TINY_SEEDS.items()]
    seeds.append(("office", _docx()))
    for folder in (ROOT / "samples", ROOT / "tests" / "data"):
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            data = path.read_bytes()
            reader = SNIFFED_READER.get(sniff_bytes(data[:4096], path.name), "text")
            seeds.append((reader, data))
            if reader == "zip":
                with zipfile.ZipFile(path) as zipped:
                    for info in zipped.infolist():
                        inner = zipped.read(info)
                        seeds.append((SNIFFED_READER.get(sniff_bytes(inner[:4096], info.filename), "text"), inner))
    for reader, data in seeds:
        item = bytes([READERS.index(reader)]) + data
        (corpus / hashlib.sha1(item).hexdigest()).write_bytes(item)
    return len(seeds)


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--seed":
        print(f"{seed(Path(sys.argv[2]))} seeds in {sys.argv[2]}")
        return
    atheris.Setup(sys.argv, one_input)
    try:
        atheris.Fuzz()
    finally:
        shutil.rmtree(_scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
