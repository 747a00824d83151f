"""Legacy binary Office files (OLE2 compound files, the format before .docx/.xlsx): Word .doc through Debian's
`antiword` (else `catdoc`), Excel .xls through xlrd (a page per sheet, a line per row, as the .xlsx reader) and
PowerPoint .ppt through `catppt` (Debian's catdoc package) as one page: catppt does not mark where slides end.
Which one a file is comes from the names of the streams inside it, not from its suffix; Outlook .msg files are OLE
files too and are read as email (ingest/msg.py).

A password-protected file (a Word or Excel file with its encryption flag set, a PowerPoint deck with an encrypted
summary) is an error row that says so, never a crash; so is a missing tool, with the package that brings it. An
encrypted .docx/.xlsx/.pptx (Office stores it as an OLE file holding an "EncryptedPackage") is opened when a
default password opens it (ingest/encrypted_office.py).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from foiakit.errors import FileFailure
from foiakit.model import Document, IngestError, Page, Settings, SourceFile

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
TOOL_TIMEOUT = 120  # seconds for one document: a Word file that takes longer is broken or hostile
MAX_TOOL_OUTPUT = 50 * 1024 * 1024

# Stream names that tell the kinds of OLE file apart (the first match wins).
_STREAM_KINDS = (
    ("msg", ("__properties_version1.0",)),
    ("encrypted", ("EncryptedPackage", "EncryptionInfo")),
    ("doc", ("WordDocument",)),
    ("xls", ("Workbook", "Book")),
    ("ppt", ("PowerPoint Document",)),
)


def ole_kind(path: Path) -> str | None:
    """ "msg", "encrypted", "doc", "xls" or "ppt" by the streams the compound file holds; None when it is not a
    readable OLE file or holds none of these."""
    import olefile

    try:
        if not olefile.isOleFile(str(path)):
            return None
        with olefile.OleFileIO(str(path)) as ole:
            names = {"/".join(entry) for entry in ole.listdir(streams=True, storages=False)}
    except Exception:  # olefile raises many kinds on a broken directory; sniffing must never stop a run
        return "damaged"
    if any(name.startswith("__substg1.0_") for name in names):
        return "msg"
    for kind, streams in _STREAM_KINDS:
        if any(stream in names for stream in streams):
            return kind
    return None


def ingest_legacy_office(source: SourceFile, settings: Settings) -> Document:
    kind = ole_kind(source.path)
    if kind == "doc":
        return _word(source)
    if kind == "xls":
        return _excel(source)
    if kind == "ppt":
        return _powerpoint(source)
    if kind == "encrypted":  # opened when a default password opens it, else a row saying it is protected
        from foiakit.ingest.encrypted_office import ingest_encrypted_ooxml

        return ingest_encrypted_ooxml(source, settings)
    if kind == "msg":  # sniffed as an Office file but holds an Outlook message: read as one
        from dataclasses import replace

        from foiakit.ingest.email import ingest_email
        from foiakit.model import FileType

        return ingest_email(replace(source, file_type=FileType.MSG), settings)
    if kind == "damaged":
        raise FileFailure("corrupt", "legacy Office file damaged or cut short (its OLE directory is unreadable)")
    raise FileFailure("unsupported", "an OLE compound file that is no Word, Excel, PowerPoint or Outlook file")


# ---- Word ----------------------------------------------------------------------------------------------


def _word(source: SourceFile) -> Document:
    if _word_encrypted(source.path):
        raise FileFailure("encrypted", "password-protected Word .doc file; not read")
    if shutil.which("antiword"):
        # -w 0: a paragraph per line (no wrapping); -m UTF-8.txt: the characters as they are, not ASCII stand-ins
        text = _run(["antiword", "-w", "0", "-m", "UTF-8.txt", str(source.path)], "antiword")
        reason = "Word .doc: text read with antiword"
    elif shutil.which("catdoc"):
        text = _run(["catdoc", "-w", "-d", "utf-8", str(source.path)], "catdoc")
        reason = "Word .doc: text read with catdoc"
    else:
        raise FileFailure(
            "missing-tool", "reading a legacy Word .doc needs antiword or catdoc (apt-get install antiword)"
        )
    return Document(source=source, pages=(Page(1, _tidy(text), False, reason),))


def _word_encrypted(path: Path) -> bool:
    """The File Information Block's fEncrypted bit (byte 11, bit 0 of the WordDocument stream)."""
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole, ole.openstream("WordDocument") as stream:
            fib = stream.read(12)
    except (OSError, ValueError, IndexError, AssertionError):
        return False  # the tool will say what is wrong with it
    return len(fib) == 12 and bool(fib[11] & 0x01)


def _run(command: list[str], tool: str) -> str:
    try:
        done = subprocess.run(command, capture_output=True, timeout=TOOL_TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        raise FileFailure("timeout", f"{tool} took over {TOOL_TIMEOUT} s on this file; not read") from None
    if done.returncode != 0:
        said = done.stderr.decode("utf-8", "replace").strip().splitlines()
        detail = said[-1] if said else f"exit code {done.returncode}"
        if "encrypt" in detail.lower() or "password" in detail.lower():
            raise FileFailure("encrypted", f"password-protected file ({tool}: {detail})")
        raise FileFailure("corrupt", f"{tool} could not read this file: {detail}")
    said = done.stderr.decode("utf-8", "replace")
    if "is not OLE file or Error" in said:  # what catdoc and catppt say, exiting 0, of a damaged file
        raise FileFailure("corrupt", f"{tool} could not read this file (damaged or cut short)")
    return done.stdout[:MAX_TOOL_OUTPUT].decode("utf-8", "replace")


def _tidy(text: str) -> str:
    lines = (line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return "\n".join(lines).strip("\n")


# ---- PowerPoint ----------------------------------------------------------------------------------------

PPT_REASON = "PowerPoint .ppt: text read with catppt, the whole deck as one page (catppt does not mark slides)"


def _powerpoint(source: SourceFile) -> Document:
    if _ppt_encrypted(source.path):
        raise FileFailure("encrypted", "password-protected PowerPoint .ppt file; not read")
    if not shutil.which("catppt"):
        raise FileFailure("missing-tool", "reading a legacy PowerPoint .ppt needs catppt (apt-get install catdoc)")
    text = _run(["catppt", "-d", "utf-8", str(source.path)], "catppt")
    # catppt prints a slide's text once for each record that holds it (the outline, the slide, the notes): blocks
    # between its form feeds are kept once, in the order first seen
    blocks = dict.fromkeys(block for block in (_tidy(b) for b in text.split("\f")) if block)
    return Document(source=source, pages=(Page(1, "\n\n".join(blocks), False, PPT_REASON),))


def _ppt_encrypted(path: Path) -> bool:
    """PowerPoint keeps an encrypted deck's summary in an "EncryptedSummary" stream."""
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole:
            return bool(ole.exists("EncryptedSummary"))
    except Exception:  # olefile raises many kinds on a broken directory: catppt will say what is wrong
        return False


# ---- Excel ---------------------------------------------------------------------------------------------


def _excel(source: SourceFile) -> Document:
    import xlrd

    from foiakit.extract.placement import hidden_lines
    from foiakit.ingest.office import MAX_ROWS, excel_cell

    try:
        # formatting_info: the row and column records, where hidden rows and columns are marked
        book = xlrd.open_workbook(str(source.path), on_demand=True, formatting_info=True)
    except xlrd.XLRDError as exc:
        if "encrypted" in str(exc).lower():
            raise FileFailure("encrypted", "password-protected Excel .xls workbook; not read") from exc
        raise FileFailure("corrupt", f"Excel .xls workbook unreadable: {exc}") from exc
    except Exception as exc:  # xlrd raises assorted errors on a damaged stream
        raise FileFailure("corrupt", f"Excel .xls workbook unreadable: {type(exc).__name__}: {exc}") from exc
    pages: list[Page] = []
    errors: list[IngestError] = []
    try:
        for number in range(book.nsheets):
            try:
                sheet = book.sheet_by_index(number)
            except Exception as exc:  # one damaged sheet (found by fuzzing) costs only its page, with a row
                pages.append(Page(number + 1, "", False, "Excel .xls sheet damaged: not read"))
                errors.append(
                    IngestError(
                        source.display_path, source.sha256, "ingest", "corrupt-sheet",
                        f"sheet {number + 1}: {type(exc).__name__}: {exc}"[:300],
                    )
                )  # fmt: skip
                continue
            hidden = sheet.visibility != 0  # 1 hidden, 2 "very hidden" (only a macro can show it)
            lines = [f"Sheet: {sheet.name}" + (" (hidden)" if hidden else "")]
            hidden_rows = [r + 1 for r, info in sheet.rowinfo_map.items() if info.hidden and r < sheet.nrows]
            hidden_columns = [c + 1 for c, info in sheet.colinfo_map.items() if info.hidden and c < sheet.ncols]
            lines += hidden_lines(hidden_rows, hidden_columns)
            for index in range(sheet.nrows):
                if index >= MAX_ROWS:
                    lines.append(f"[sheet cut at {MAX_ROWS} rows]")
                    break
                cells = [excel_cell(_xls_value(cell, book.datemode)) for cell in sheet.row(index)]
                while cells and not cells[-1]:
                    cells.pop()
                if cells:
                    lines.append(f"r{index + 1}\t" + "\t".join(cells))
            reason = "Excel .xls sheet" + (", hidden in the workbook" if hidden else "") + ": values read from the file"
            pages.append(Page(number + 1, "\n".join(lines), False, reason))
            book.unload_sheet(number)
    finally:
        book.release_resources()
    if not pages:
        raise FileFailure("empty", "the workbook has no sheet")
    if not any(p.text for p in pages):
        raise FileFailure("corrupt", f"Excel .xls workbook unreadable: {errors[0].message}")
    return Document(source=source, pages=tuple(pages), errors=tuple(errors))


def _xls_value(cell: object, datemode: int) -> object:
    """A cell's value as openpyxl would give it: dates as datetimes, booleans as bools, errors as their code."""
    import xlrd

    ctype, value = cell.ctype, cell.value  # type: ignore[attr-defined]
    if ctype == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate_as_datetime(value, datemode)
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return value
    if ctype == xlrd.XL_CELL_BOOLEAN:
        return bool(value)
    if ctype == xlrd.XL_CELL_ERROR:
        return xlrd.error_text_from_code.get(value, "#ERROR")
    if ctype == xlrd.XL_CELL_NUMBER and float(value).is_integer():
        return int(value)
    return value
