"""Exports in every format (CSV injection guarded, XLSX typed) and the report in every rendering, on the samples
and on a hostile document; the HTML report rendered by a real headless browser."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from foiakit.cli import main
from foiakit.export.tables import load_tables

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report-out")
    result = CliRunner().invoke(main, ["run", str(SAMPLES), "-o", str(out), "-j", "2"])
    assert result.exit_code == 0, result.output
    return out / "foiakit.db"


def export(store: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["export", *args, "--db", str(store)])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("kind", sorted(load_tables()))
def test_every_table_exports_in_every_text_format(store: Path, kind: str) -> None:
    table = load_tables()[kind]
    rows = list(csv.reader(io.StringIO(export(store, kind))))
    assert tuple(rows[0]) == table.columns
    as_json = json.loads(export(store, kind, "--format", "json"))
    lines = export(store, kind, "--format", "jsonl").splitlines()
    assert len(as_json) == len(lines) == len(rows) - 1
    assert all(list(item) == list(table.columns) for item in as_json)


def test_csv_is_rfc4180_with_crlf(store: Path, tmp_path: Path) -> None:
    target = tmp_path / "prices.csv"
    export(store, "prices", "-o", str(target))
    data = target.read_bytes()
    assert data.count(b"\r\n") == data.count(b"\n") > 5 and data.endswith(b"\r\n")
    data.decode("utf-8")
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask  # written atomically, yet not private


def test_unknown_kind_and_xlsx_to_stdout_are_usage_errors(store: Path) -> None:
    assert CliRunner().invoke(main, ["export", "nope", "--db", str(store)]).exit_code == 2
    assert CliRunner().invoke(main, ["export", "prices", "--format", "xlsx", "--db", str(store)]).exit_code == 2


HOSTILE = [
    '=HYPERLINK("http://evil.example/x","click me") pays $1,000.00 a month',
    "+1 555 0100 call now",
    "-2+3 cmd|' /C calc'!A0",
    "@SUM(A1:A9) Stratus Cloud Services, Inc. invoice",
]


def test_csv_and_xlsx_neutralize_formulas_from_a_hostile_document(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    release = tmp_path / "release"
    release.mkdir()
    (release / "hostile.txt").write_text("\n".join(HOSTILE) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["run", str(release), "-o", str(out), "-j", "1"]).exit_code == 0
    db = out / "foiakit.db"
    findings = list(csv.DictReader(io.StringIO(export(db, "findings"))))
    quotes = [f["quote"] for f in findings if f["quote"]]
    assert any(q.startswith("'=HYPERLINK") for q in quotes)
    for row in findings:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
    workbook_path = tmp_path / "all.xlsx"
    result = CliRunner().invoke(main, ["export", "all", "--format", "xlsx", "-o", str(workbook_path), "--db", str(db)])
    assert result.exit_code == 0, result.output
    workbook = load_workbook(workbook_path)
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows(values_only=True):
            for value in row:
                assert not (isinstance(value, str) and value.startswith(("=", "+", "@"))), (sheet.title, value)


def test_xlsx_has_typed_cells_and_frozen_headers(store: Path, tmp_path: Path) -> None:
    from datetime import datetime

    from openpyxl import load_workbook

    path = tmp_path / "tables.xlsx"
    result = CliRunner().invoke(main, ["export", "all", "--format", "xlsx", "-o", str(path), "--db", str(store)])
    assert result.exit_code == 0, result.output
    workbook = load_workbook(path)
    assert set(load_tables()) == {ws.title for ws in workbook.worksheets}
    prices = workbook["prices"]
    assert prices.freeze_panes == "A2"
    header = [c.value for c in prices[1]]
    amounts = [row[header.index("amount_low")] for row in prices.iter_rows(min_row=2, values_only=True)]
    assert amounts and all(isinstance(a, int | float) for a in amounts)
    messages = workbook["messages"]
    header = [c.value for c in messages[1]]
    dates = [row[header.index("date")] for row in messages.iter_rows(min_row=2, values_only=True)]
    assert dates and all(isinstance(d, datetime) for d in dates if d is not None)


def test_report_numbers_agree_with_the_tables(store: Path, tmp_path: Path) -> None:
    vendors = list(csv.DictReader(io.StringIO(export(store, "vendors"))))
    agencies = list(csv.DictReader(io.StringIO(export(store, "agencies"))))
    findings = list(csv.DictReader(io.StringIO(export(store, "findings"))))
    md = tmp_path / "report.md"
    result = CliRunner().invoke(main, ["report", "--db", str(store), "--md", str(md)])
    assert result.exit_code == 0, result.output
    text = md.read_text(encoding="utf-8")
    assert vendors and agencies
    for row in vendors + agencies:
        name = row.get("vendor") or row.get("agency")
        if f"| {name} |" in text:
            assert f"| {name} | {row['mentions']} | {row['documents']} |" in text
    top_vendor = max(vendors, key=lambda r: int(r["mentions"]))
    assert f"| {top_vendor['vendor']} | {top_vendor['mentions']} |" in text
    assert f"{len(findings)} findings" in text
    for section in (
        "## Vendors",
        "## Agencies",
        "## Vendor × agency",
        "## Prices",
        "## NDAs",
        "## Capability claims",
        "## Withheld",
    ):
        assert section in text
    assert "between $6 and $12 a month" in text and "stratus_pricing_proposal.pdf p.2 (MRCSO-000002)" in text
    terminal = CliRunner().invoke(main, ["report", "--db", str(store)])
    assert terminal.exit_code == 0 and "Stratus Cloud Services" in terminal.output


def test_report_stays_readable_at_10000_findings(store: Path, tmp_path: Path) -> None:
    import sqlite3

    big = tmp_path / "big.db"
    shutil.copy(store, big)
    with sqlite3.connect(big) as conn:
        rows = conn.execute("SELECT * FROM findings WHERE kind IN ('price', 'vendor')").fetchall()
        columns = [d[0] for d in conn.execute("SELECT * FROM findings LIMIT 1").description][1:]
        copies = [row[1:] for _ in range(10_000 // len(rows) + 1) for row in rows][:10_000]
        names = ",".join(f'"{c}"' for c in columns)
        marks = ",".join("?" * len(columns))
        conn.executemany(f"INSERT INTO findings ({names}) VALUES ({marks})", copies)
    html = tmp_path / "big.html"
    assert CliRunner().invoke(main, ["report", "--db", str(big), "--html", str(html), "--top", "10"]).exit_code == 0
    text = html.read_text(encoding="utf-8")
    assert text.count("<tr>") < 200 and "(top 10 of" in text


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def test_html_report_renders_in_a_headless_browser(store: Path, tmp_path: Path) -> None:
    html = tmp_path / "report.html"
    assert CliRunner().invoke(main, ["report", "--db", str(store), "--html", str(html)]).exit_code == 0
    assert "<script" not in html.read_text(encoding="utf-8") and "http" not in html.read_text(encoding="utf-8")
    base = [CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0"]
    dom = subprocess.run([*base, "--dump-dom", html.as_uri()], capture_output=True, text=True, timeout=120)
    for section in ("corpus", "vendors", "agencies", "pairs", "prices", "ndas", "claims", "withheld"):
        assert f'id="{section}"' in dom.stdout
    assert "Stratus Cloud Services" in dom.stdout
    console_errors = [line for line in dom.stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line]
    assert console_errors == []
    shot = tmp_path / "report.png"
    subprocess.run(
        [*base, f"--screenshot={shot}", "--window-size=1200,2000", html.as_uri()],
        capture_output=True,
        timeout=120,
        check=True,
    )
    from PIL import Image

    image = Image.open(shot).convert("L")
    assert image.size == (1200, 2000)
    assert sum(1 for count in image.histogram() if count) > 10  # not a blank page


def _check(value: object, schema: dict, where: str) -> None:
    """The JSON Schema subset findings.schema.json uses: type (with null), enum, required, pattern, min/max."""
    import re

    types = schema.get("type")
    names = [types] if isinstance(types, str) else (types or [])
    python = {"array": list, "object": dict, "string": str, "integer": int, "number": (int, float), "null": type(None)}
    if names:
        assert any(isinstance(value, python[n]) and not (n == "integer" and isinstance(value, bool)) for n in names), (
            where
        )
    if "enum" in schema:
        assert value in schema["enum"], (where, value)
    if isinstance(value, str) and "pattern" in schema:
        assert re.match(schema["pattern"], value), where
    if isinstance(value, int | float) and not isinstance(value, bool):
        assert value >= schema.get("minimum", value) and value <= schema.get("maximum", value), where
    if isinstance(value, dict) and "properties" in schema:
        assert set(schema.get("required", [])) <= set(value), where
        if schema.get("additionalProperties") is False:
            assert set(value) <= set(schema["properties"]), where
        for key, sub in schema["properties"].items():
            if key in value:
                _check(value[key], sub, f"{where}.{key}")
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            _check(item, schema["items"], f"{where}[{index}]")


def test_findings_json_matches_its_schema(store: Path) -> None:
    schema_path = Path(__file__).resolve().parents[1] / "foiakit" / "export" / "findings.schema.json"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    findings = json.loads((store.parent / "findings.json").read_text(encoding="utf-8"))
    assert len(findings) > 50
    _check(findings, schema, "findings")
    with pytest.raises(AssertionError):
        _check([{**findings[0], "page": "one"}], schema, "broken")


def test_control_characters_never_break_an_export(tmp_path: Path) -> None:
    """A signed agreement's text layer holds control bytes beside its envelope id: the workbook is written, the
    CSV holds no control bytes, and the stored text keeps the original."""
    from openpyxl import load_workbook

    release = tmp_path / "release"
    release.mkdir()
    text = "Envelope ID: 4F2A\x10\x1b\x15 Harlow Signal, Inc. quoted $4,200.00 to the Town of Wexford.\n" + (
        "The parties signed this agreement electronically and each keeps a copy of it.\n" * 6
    )
    (release / "signed.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["run", str(release), "-o", str(out), "-j", "1"]).exit_code == 0
    db = out / "foiakit.db"
    exported = export(db, "findings")
    assert "Harlow Signal" in exported and not any(c in exported for c in "\x10\x1b\x15")
    workbook_path = tmp_path / "all.xlsx"
    result = CliRunner().invoke(main, ["export", "all", "--format", "xlsx", "-o", str(workbook_path), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert load_workbook(workbook_path).sheetnames
    stored = sqlite3.connect(db).execute("SELECT text FROM pages").fetchone()[0]
    assert "\x10\x1b\x15" in stored


def test_markdown_report_carries_no_markup_from_documents(tmp_path: Path) -> None:
    """File names and quotes reach the Markdown as text: no HTML, no links or images a viewer would render."""
    release = tmp_path / "release"
    release.mkdir()
    hostile = (
        "Harlow Signal, Inc. <script>alert(1)</script> quoted $4,200.00 to the Town of Wexford "
        "[see](http://example.invalid) ![x](http://example.invalid/x.png) <img src=x onerror=alert(2)>.\n"
    )
    (release / "<b>quote.txt").write_text(hostile * 3, encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["run", str(release), "-o", str(out), "-j", "1"]).exit_code == 0
    md = tmp_path / "report.md"
    result = CliRunner().invoke(main, ["report", "--db", str(out / "foiakit.db"), "--md", str(md)])
    assert result.exit_code == 0, result.output
    text = md.read_text(encoding="utf-8")
    assert "4,200" in text or "4200" in text
    for markup in ("<script", "<img", "<b>", "![x]"):
        assert markup not in text, markup
    assert not re.search(r"(?<!\\)\]\(http", text)  # a link needs an unescaped "](": none is left
