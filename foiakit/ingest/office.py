"""Office files: Word (.docx) as one page of paragraphs and table rows, Excel (.xlsx/.xlsm) as a page per sheet
with a line per row ("r17<TAB>cell<TAB>cell", so a finding's quote names its row), PowerPoint (.pptx) as a page
per slide with its speaker notes. Chosen by what the zip holds, not by the suffix. Legacy binary Office files
(.doc/.xls/.ppt, OLE compound files) are read by ingest/legacy_office.py.

Word is read from its XML with the standard library: paragraphs, tables (a row per line, cells by tabs), headers
and footers, comments, and tracked changes marked as such ("[inserted: …]", "[deleted: …]"), which python-docx
does not expose. Excel is read with openpyxl (read-only, cached values of formulas); hidden sheets are read and
marked hidden, since hiding is a way agencies have withheld and leaked.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import PurePosixPath
from xml.etree import ElementTree

from foiakit.errors import FileFailure
from foiakit.model import Document, Page, Settings, SourceFile

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_ROWS = 200_000  # per sheet: a bigger sheet is cut, with a row that says so
MAX_CELL = 2_000  # characters kept of one cell


# what a damaged zip package raises while its parts are read (a bad offset, a bad deflate stream, a method or
# encryption zipfile does not know): the file is refused with a row, never an "internal" error
_DAMAGED_PACKAGE = (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError, RuntimeError, ValueError)


def ingest_office(source: SourceFile, settings: Settings) -> Document:
    from foiakit.ingest.legacy_office import OLE_MAGIC, ingest_legacy_office

    with source.path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(OLE_MAGIC):  # checked first: an OLE file can hold an embedded zip that zipfile would find
        return ingest_legacy_office(source, settings)
    return read_package_file(source)


def read_package_file(source: SourceFile) -> Document:
    """An Office Open XML or OpenDocument package (a zip) at source.path."""
    with source.path.open("rb") as handle:
        head = handle.read(8)
    try:
        return _read_package(source, head)
    except _DAMAGED_PACKAGE as exc:
        raise FileFailure("corrupt", f"Office file damaged: {type(exc).__name__}: {exc}") from exc


def _read_package(source: SourceFile, head: bytes) -> Document:
    try:
        with zipfile.ZipFile(source.path) as package:
            names = set(package.namelist())
            if "word/document.xml" in names:
                return _word(source, package, names)
    except zipfile.BadZipFile:
        if head.startswith(b"PK\x03\x04"):  # an Office package whose zip directory is missing: cut short
            raise FileFailure("corrupt", "Office file cut short or damaged (its zip directory is missing)") from None
        raise FileFailure("unsupported", "an Office file of an unknown kind; convert it to PDF") from None
    if "xl/workbook.xml" in names:
        return _excel(source)
    if "content.xml" in names and "mimetype" in names:
        with zipfile.ZipFile(source.path) as package:
            return _open_document(source, package)
    if any(re.fullmatch(r"ppt/slides/slide\d+\.xml", n) for n in names):
        with zipfile.ZipFile(source.path) as package:
            return _slides(source, package, names)
    raise FileFailure("unsupported", "an Office package of an unknown kind; convert it to PDF")


# ---- Word ----------------------------------------------------------------------------------------------


def _word(source: SourceFile, package: zipfile.ZipFile, names: set[str]) -> Document:
    parts = ["word/document.xml"]
    parts += sorted(n for n in names if re.fullmatch(r"word/(header|footer)\d*\.xml", n))
    parts += [n for n in ("word/footnotes.xml", "word/comments.xml") if n in names]
    blocks = []
    for part in parts:
        try:
            root = ElementTree.fromstring(package.read(part))
        except (ElementTree.ParseError, KeyError, zipfile.BadZipFile) as exc:
            if part == "word/document.xml":
                raise FileFailure("corrupt", f"Word document unreadable: {exc}") from exc
            continue
        text = "\n".join(_word_lines(root)).strip()
        if text:
            label = PurePosixPath(part).stem
            blocks.append(text if part == "word/document.xml" else f"[{label}]\n{text}")
    if "word/document.xml" in names and not blocks:
        blocks.append("")
    return Document(
        source=source, pages=(Page(1, "\n\n".join(blocks), False, "Word document: text read from the file"),)
    )


def _word_lines(root: ElementTree.Element) -> list[str]:
    """Paragraphs in order; a table row is one line with its cells separated by tabs."""
    lines: list[str] = []
    body = root.find(f"{W}body")
    for element in body if body is not None else root:
        if element.tag == f"{W}tbl":
            for row in element.iter(f"{W}tr"):
                cells = [" ".join(_paragraph(p) for p in cell.iter(f"{W}p")).strip() for cell in row.iter(f"{W}tc")]
                lines.append("\t".join(cells))
        elif element.tag == f"{W}p":
            lines.append(_paragraph(element))
        else:  # comments, footnotes, sections: their paragraphs
            lines.extend(_paragraph(p) for p in element.iter(f"{W}p"))
    return lines


def _paragraph(paragraph: ElementTree.Element) -> str:
    out: list[str] = []
    for child in paragraph:
        if child.tag == f"{W}ins":
            out.append(f"[inserted: {_runs(child)}]")
        elif child.tag == f"{W}del":
            out.append(f"[deleted: {_runs(child, deleted=True)}]")
        else:
            out.append(_runs(child))
    return "".join(out)


def _runs(element: ElementTree.Element, deleted: bool = False) -> str:
    text = []
    for node in element.iter():
        if node.tag == f"{W}t" or (deleted and node.tag == f"{W}delText"):
            text.append(node.text or "")
        elif node.tag == f"{W}tab":
            text.append("\t")
        elif node.tag in (f"{W}br", f"{W}cr"):
            text.append("\n")
    return "".join(text)


# ---- PowerPoint ----------------------------------------------------------------------------------------

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _slides(source: SourceFile, package: zipfile.ZipFile, names: set[str]) -> Document:
    """A slide is a page: its text boxes paragraph by paragraph, then its speaker notes."""
    numbers = sorted(int(m.group(1)) for n in names if (m := re.fullmatch(r"ppt/slides/slide(\d+)\.xml", n)))
    pages = []
    for page, number in enumerate(numbers, 1):
        blocks = [_drawing_text(package, f"ppt/slides/slide{number}.xml")]
        notes = _drawing_text(package, f"ppt/notesSlides/notesSlide{number}.xml")
        if notes:
            blocks.append(f"[notes]\n{notes}")
        pages.append(
            Page(page, "\n\n".join(b for b in blocks if b), False, "PowerPoint slide: text read from the file")
        )
    return Document(source=source, pages=tuple(pages))


def _drawing_text(package: zipfile.ZipFile, part: str) -> str:
    try:
        root = ElementTree.fromstring(package.read(part))
    except (KeyError, ElementTree.ParseError, zipfile.BadZipFile):
        return ""
    lines = ["".join(t.text or "" for t in paragraph.iter(f"{A}t")) for paragraph in root.iter(f"{A}p")]
    return "\n".join(line for line in lines if line.strip())


# ---- OpenDocument (.odt, .ods, .odp) -------------------------------------------------------------------

ODF_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
ODF_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
ODF_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"


def _open_document(source: SourceFile, package: zipfile.ZipFile) -> Document:
    """A text document is one page; a spreadsheet a page per sheet with a line per row (as Excel); a
    presentation a page per slide."""
    try:
        root = ElementTree.fromstring(package.read("content.xml"))
    except (KeyError, ElementTree.ParseError, zipfile.BadZipFile) as exc:
        raise FileFailure("corrupt", f"OpenDocument file unreadable: {exc}") from exc
    sheets = list(root.iter(f"{ODF_TABLE}table"))
    slides = list(root.iter(f"{ODF_DRAW}page"))
    kind = package.read("mimetype").decode("ascii", "replace")
    if kind.endswith("spreadsheet") and sheets:
        pages = []
        for number, sheet in enumerate(sheets, 1):
            lines = [f"Sheet: {sheet.get(f'{ODF_TABLE}name', number)}"]
            for index, row in enumerate(sheet.iter(f"{ODF_TABLE}table-row"), 1):
                cells = [_odf_text(cell) for cell in row.iter(f"{ODF_TABLE}table-cell")]
                while cells and not cells[-1]:
                    cells.pop()
                if cells:
                    lines.append(f"r{index}\t" + "\t".join(cells))
            pages.append(Page(number, "\n".join(lines), False, "OpenDocument sheet: values read from the file"))
        return Document(source=source, pages=tuple(pages))
    if kind.endswith("presentation") and slides:
        pages = [Page(n, _odf_text(slide, "\n"), False, "OpenDocument slide") for n, slide in enumerate(slides, 1)]
        return Document(source=source, pages=tuple(pages))
    text = _odf_text(root, "\n")
    return Document(source=source, pages=(Page(1, text, False, "OpenDocument text: read from the file"),))


def _odf_text(element: ElementTree.Element, between: str = " ") -> str:
    """The paragraphs and headings under `element`, joined by `between`."""
    blocks = []
    for node in element.iter():
        if node.tag in (f"{ODF_TEXT}p", f"{ODF_TEXT}h"):
            blocks.append("".join(node.itertext()).strip())
    return between.join(b for b in blocks if b)


# ---- Excel ---------------------------------------------------------------------------------------------


def _excel(source: SourceFile) -> Document:
    import openpyxl

    from foiakit.extract.placement import hidden_lines

    # a handle, not the path: openpyxl refuses a name that does not end in .xlsx (a misnamed file, a decrypted copy)
    with source.path.open("rb") as handle:
        try:
            workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds on a broken or encrypted package
            raise FileFailure("corrupt", f"Excel workbook unreadable: {type(exc).__name__}: {exc}") from exc
        pages = []
        try:
            for number, sheet in enumerate(workbook.worksheets, 1):
                hidden = getattr(sheet, "sheet_state", "visible") != "visible"
                lines = [f"Sheet: {sheet.title}" + (" (hidden)" if hidden else "")]
                lines += hidden_lines(*_hidden_rows_columns(sheet))
                for index, row in enumerate(sheet.iter_rows(values_only=True), 1):
                    if index > MAX_ROWS:
                        lines.append(f"[sheet cut at {MAX_ROWS} rows]")
                        break
                    cells = [excel_cell(v) for v in row]
                    while cells and not cells[-1]:
                        cells.pop()
                    if cells:
                        lines.append(f"r{index}\t" + "\t".join(cells))
                reason = "Excel sheet" + (", hidden in the workbook" if hidden else "") + ": values read from the file"
                pages.append(Page(number, "\n".join(lines), False, reason))
        finally:
            workbook.close()
    if not pages:
        raise FileFailure("empty", "the workbook has no sheet")
    return Document(source=source, pages=tuple(pages))


def _hidden_rows_columns(sheet: object) -> tuple[set[int], set[int]]:
    """The sheet's hidden rows and columns (1-based), from its XML: openpyxl's read-only sheets, the only ones
    that keep a large workbook's memory small, do not parse row and column attributes. One streamed pass."""
    rows: set[int] = set()
    columns: set[int] = set()
    source = getattr(sheet, "_get_source", None)
    if source is None:
        return rows, columns
    row_number = 0
    rows_parent: ElementTree.Element | None = None
    with source() as stream:
        for event, element in ElementTree.iterparse(stream, events=("start", "end")):
            tag = element.tag.rpartition("}")[2]
            if event == "end":
                if tag == "row" and rows_parent is not None:
                    rows_parent.clear()  # the rows read so far and their cells: the pass keeps only the numbers
                continue
            if tag == "sheetData":
                rows_parent = element
            elif tag == "row":
                row_number = int(element.get("r") or row_number + 1)
                if element.get("hidden") in ("1", "true"):
                    rows.add(row_number)
            elif tag == "col" and element.get("hidden") in ("1", "true"):
                first, last = int(element.get("min") or 1), int(element.get("max") or 1)
                columns.update(range(first, min(last, 16_384) + 1))  # 16,384: Excel's last column (XFD)
    return rows, columns


def excel_cell(value: object) -> str:
    """A cell as the sheet shows it: money-like numbers with their cents (4200.5 is "4200.50"), dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}" if round(value, 2) == value else repr(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()[:19].replace("T00:00:00", "")
    return str(value)[:MAX_CELL].replace("\n", " ")
