"""A hostile release, made by code (no committed binaries): each file is one way real or malicious input goes
wrong. `make_hostile(folder)` writes them and returns what each should become: "read" or "row" (an error row)."""

from __future__ import annotations

import gzip
import io
import os
import tarfile
import zipfile
from pathlib import Path

from pdfgen import text_pdf

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def make_hostile(folder: Path) -> dict[str, str]:
    folder.mkdir(parents=True, exist_ok=True)
    expect: dict[str, str] = {}
    good = text_pdf(folder / "good.pdf", ["The Town of Wexford paid Harlow Signal, Inc. $4,200.00."])
    expect["good.pdf"] = "read"
    whole = good.read_bytes()
    (folder / "truncated.pdf").write_bytes(whole[: len(whole) // 2])
    expect["truncated.pdf"] = "any"  # a reader may recover the first page; either way, no crash
    (folder / "header_only.pdf").write_bytes(b"%PDF-1.7\n")
    expect["header_only.pdf"] = "row"
    (folder / "broken_xref.pdf").write_bytes(whole.replace(b"startxref", b"startxrfe"))
    expect["broken_xref.pdf"] = "any"
    text_pdf(folder / "locked.pdf", ["secret"], encrypt="owner-secret", user_password="user-secret")
    expect["locked.pdf"] = "row"
    (folder / "garbage.eml").write_bytes(os.urandom(2048))
    expect["garbage.eml"] = "row"
    (folder / "random.msg").write_bytes(OLE_MAGIC + os.urandom(4096))
    expect["random.msg"] = "row"
    (folder / "-leading dash.txt").write_text("The Lakeport Police Department replied.\n", encoding="utf-8")
    expect["-leading dash.txt"] = "read"
    (folder / "new\nline.txt").write_text("A name with a newline.\n", encoding="utf-8")
    expect["new\nline.txt"] = "read"
    (folder / "empty.pdf").write_bytes(b"")
    expect["empty.pdf"] = "row"
    inner = io.BytesIO()  # a zip nested 20 deep around one letter
    payload = b"The Town of Wexford answered."
    name = "letter.txt"
    for depth in range(20):
        inner = io.BytesIO()
        with zipfile.ZipFile(inner, "w") as zipped:
            zipped.writestr(name, payload)
        payload, name = inner.getvalue(), f"level{depth}.zip"
    (folder / "nested.zip").write_bytes(payload)
    expect["nested.zip"] = "any"  # unpacked to a safe depth, then one row
    with tarfile.open(folder / "bundle.tar.gz", "w:gz") as tar:
        data = b"Letter inside a tarball."
        info = tarfile.TarInfo("inside.txt")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    expect["bundle.tar.gz"] = "any"  # unpacked: its letter is read
    (folder / "double.gz").write_bytes(gzip.compress(gzip.compress(b"nested gzip")))
    expect["double.gz"] = "any"  # decompressed twice: its text is read
    # an empty 7-Zip archive (its 32-byte signature header, no entries) and a RAR 5 signature: not unpacked,
    # each a row that names its format
    (folder / "records.7z").write_bytes(b"7z\xbc\xaf\x27\x1c\x00\x04\x8d\x9b\xd5\x0f" + b"\x00" * 20)
    expect["records.7z"] = "row"
    (folder / "records.rar").write_bytes(b"Rar!\x1a\x07\x01\x00" + os.urandom(64))
    expect["records.rar"] = "row"
    return expect
