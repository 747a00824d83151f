"""The hostile release: the run ends with exit 0 and no traceback, every file is read or has its error row,
the good files' findings are there, and a second run changes nothing."""

from __future__ import annotations

import csv
from pathlib import Path

from click.testing import CliRunner
from hostile import make_hostile

from foiakit.cli import main


def test_a_hostile_release_loses_nothing(tmp_path: Path) -> None:
    expect = make_hostile(tmp_path / "release")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(tmp_path / "release"), "-o", str(out), "-j", "2"])
    assert result.exit_code == 0, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)

    def files(table: str) -> set[str]:  # a name starting with "-" is written "'-…" (no spreadsheet formula)
        rows = csv.DictReader((out / table).open(encoding="utf-8", newline=""))
        return {row["file"].removeprefix("'") for row in rows}

    read, rows = files("documents.csv"), files("errors.csv")
    for name, fate in expect.items():
        top = {f for f in read | rows if f == name or f.startswith(f"{name}!")}
        assert top, f"{name!r} was neither read nor given a row"
        if fate == "read":
            assert name in read, name
        elif fate == "row":
            assert name in rows, name
    assert "Harlow Signal" in (out / "vendors.csv").read_text(encoding="utf-8")
    assert "bundle.tar.gz!inside.txt" in read and any(f.startswith("double.gz!") for f in read)
    errors = {row["file"]: row for row in csv.DictReader((out / "errors.csv").open(encoding="utf-8", newline=""))}
    assert errors["records.7z"]["kind"] == "unsupported-archive" and "7-Zip" in errors["records.7z"]["message"]
    assert errors["records.rar"]["kind"] == "unsupported-archive" and "RAR" in errors["records.rar"]["message"]
    unsafe = {name.removeprefix("unsafe.zip!"): row["kind"] for name, row in errors.items() if "unsafe.zip!" in name}
    assert unsafe == {
        "sealed.txt": "encrypted",
        "link.txt": "unsafe-archive",
        "/tmp/absolute.txt": "unsafe-archive",
        "../../escaped.txt": "unsafe-archive",
    }
    assert errors["locked.pdf"]["kind"] == "encrypted"
    vendors = (out / "vendors.csv").read_text(encoding="utf-8")
    assert "Brightwater Analytics" in vendors and "Corvane" in vendors  # the JavaScript and owner-locked PDFs
    again = CliRunner().invoke(main, ["run", str(tmp_path / "release"), "-o", str(out), "-j", "2"])
    assert again.exit_code == 0, again.output


def test_each_message_of_a_big_mailbox_is_found_by_its_page() -> None:
    """Findings name their message through a page index (a scan of every message per finding was quadratic)."""
    from foiakit.extract import message_for
    from foiakit.model import Document, FileType, Message, Page, SourceFile

    source = SourceFile(Path("box.mbox"), "box.mbox", "ab" * 32, 1, FileType.MBOX)
    count = 3_000
    messages = tuple(Message(id=f"x:{n}", position=n, sender=None, body="hi") for n in range(1, count + 1))
    pages = tuple(Page(n, "hi", False, "native email") for n in range(1, count + 1))
    document = Document(source=source, pages=pages, messages=messages)
    assert [message_for(document, n, 0).position for n in range(1, count + 1)] == list(range(1, count + 1))
    assert message_for(document, count + 1, 0) is None and message_for(document, None, 0) is None
