"""CSV and TSV files are read as spreadsheets (a line per row, "r<N>" first), with their delimiter sniffed and
UTF-8 or Windows-1252 text; a file that is not a table stays plain text."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from foiakit.cli import main
from foiakit.ingest.text import ingest_text
from foiakit.model import FileType, Settings, SourceFile


@pytest.mark.parametrize(
    ("name", "data", "text", "reason"),
    [
        (
            "ledger.csv",
            b'Date,Payee,Amount\r\n2025-01-14,"Harlow Signal, Inc.",4200.50\r\n',
            "Sheet: ledger\nr1\tDate\tPayee\tAmount\nr2\t2025-01-14\tHarlow Signal, Inc.\t4200.50",
            "','-separated",
        ),
        (
            "europe.csv",  # semicolons, Windows-1252, a byte that is no UTF-8
            "Datum;Empfänger;Betrag\n2025-03-02;Société Quillon;1250,00\n".encode("cp1252"),
            "Sheet: europe\nr1\tDatum\tEmpfänger\tBetrag\nr2\t2025-03-02\tSociété Quillon\t1250,00",
            "';'-separated",
        ),
        (
            "payments.tsv",
            "\ufeffVendor\tAmount\nQuillon Labs, LLC\t99.00\n\nBrightfen\t12.00\n".encode(),
            "Sheet: payments\nr1\tVendor\tAmount\nr2\tQuillon Labs, LLC\t99.00\nr4\tBrightfen\t12.00",
            "tab-separated",
        ),
        (
            "notes.csv",  # a quoted cell across two lines is one cell of one row
            b'Item,Note\n1,"first line\nsecond line"\n2,plain\n',
            "Sheet: notes\nr1\tItem\tNote\nr2\t1\tfirst line second line\nr3\t2\tplain",
            "','-separated",
        ),
        ("list.csv", b"one\ntwo\nthree\n", "one\ntwo\nthree\n", "plain text file"),  # one column: no table
        ("letter.txt", b"Dear Ann,\nthe camera, the pole, the fee.\n", None, "plain text file"),
    ],
)
def test_delimited_tables(tmp_path: Path, name: str, data: bytes, text: str | None, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    (page,) = ingest_text(SourceFile(path, name, "0" * 64, len(data), FileType.TEXT), Settings()).pages
    assert page.text == (data.decode() if text is None else text)
    assert reason in page.ocr_reason


def test_a_csv_in_a_zip_is_a_table_and_its_prices_name_the_row(tmp_path: Path) -> None:
    import zipfile

    release = tmp_path / "release"
    release.mkdir()
    with zipfile.ZipFile(release / "export.zip", "w") as archive:
        archive.writestr("2025/payments.csv", "Date,Payee,Amount\n2025-01-14,Harlow Signal Inc.,4200.50\n")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(release), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    prices = list(csv.DictReader((out / "prices.csv").open(encoding="utf-8")))
    assert [(p["file"], p["amount_low"], p["quote"][:3]) for p in prices] == [
        ("export.zip!2025/payments.csv", "4200.50", "r2 ")
    ]
