"""One attachment sent in two e-mails: stored once, named by its smallest path whichever e-mail is read first
(the tables of a parallel or Dask run depended on it), and a re-run finds everything unchanged (it re-read one
of the e-mails on every run, its attachment being filed under the other)."""

from __future__ import annotations

import csv
import io
from email.message import EmailMessage
from pathlib import Path

from click.testing import CliRunner
from pdfgen import text_pdf

from foiakit.cli import main


def _mail(path: Path, subject: str, attachment: bytes, padding: int) -> None:
    mail = EmailMessage()
    mail["From"] = "Sales <sales@harlow.example>"
    mail["To"] = "records@wexford.example"
    mail["Subject"] = subject
    mail["Date"] = "Tue, 03 Mar 2020 10:00:00 -0500"
    mail.set_content("The invoice is attached.\n" + "Regards.\n" * padding)
    mail.add_attachment(attachment, maintype="application", subtype="pdf", filename="invoice.pdf")
    path.write_bytes(bytes(mail))


def _run(release: Path, out: Path) -> str:
    result = CliRunner().invoke(main, ["run", str(release), "-o", str(out), "-j", "1", "--ocr", "never"])
    assert result.exit_code == 0, result.output
    return result.output


def test_a_shared_attachment_is_named_the_same_whichever_email_comes_first(tmp_path: Path) -> None:
    invoice = text_pdf(tmp_path / "invoice.pdf", ["Harlow Signal, Inc. invoice: $4,200.00 to the Town of Wexford."])
    outputs = []
    for first in ("a", "b"):  # the bigger e-mail is read first
        release = tmp_path / f"release-{first}"
        release.mkdir()
        for name in ("a", "b"):
            _mail(release / f"{name}.eml", f"Invoice ({name})", invoice.read_bytes(), 500 if name == first else 1)
        out = tmp_path / f"out-{first}"
        _run(release, out)
        documents = (out / "documents.csv").read_text(encoding="utf-8")
        assert "a.eml!invoice.pdf" in documents and "b.eml!invoice.pdf" in documents  # kept as another path
        assert documents.index("a.eml!invoice.pdf") < documents.index("b.eml!invoice.pdf")
        files = [row["file"] for row in csv.DictReader(io.StringIO(documents))]
        assert "a.eml!invoice.pdf" in files and "b.eml!invoice.pdf" not in files  # never the file's own name
        again = _run(release, out)
        assert "0 files processed" in again and "2 unchanged" in again, again
        invoice_rows = [
            line
            for name in ("documents.csv", "findings.csv")
            for line in (out / name).read_text(encoding="utf-8").splitlines()
            if line.startswith(("a.eml!invoice.pdf", "b.eml!invoice.pdf")) or ",a.eml!invoice.pdf," in line
        ]
        outputs.append([",".join(line.split(",")[:3]) if line.startswith("a.eml") else line for line in invoice_rows])
    assert len(outputs[0]) > 2 and outputs[0] == outputs[1]
