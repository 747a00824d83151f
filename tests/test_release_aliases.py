"""Initialisms learned across a release, and --exclude removing what an earlier run stored."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from foiakit.cli import main

DEFINES = (
    "From: Hughes, Traci (BEGA)\n"
    "It is my hope that the OOG's authority to enforce the Open Meetings Act will be respected.\n\n"
    "Traci L. Hughes, Director\nDistrict of Columbia Office of Open Government\n"
    "Board of Ethics and Government Accountability\n"
)
USES = (
    "Rodney,\nThank you for your help. However, OOG would like to get a copy of the closed session.\n\n"
    "Waddah M. Kittab\nApplication Engineer\nBoard of Ethics and Government Accountability\n"
)
UNRELATED = "Minutes of the Lakeside Book Club. The OOG reading list (our own shorthand) is attached.\n"


def run(sources: list[Path], out: Path, *extra: str) -> str:
    result = CliRunner().invoke(main, ["run", *map(str, sources), "-o", str(out), "--ocr", "never", *extra])
    assert result.exit_code == 0, result.output
    return result.output


def release_rows(out: Path) -> list[tuple[str, str, str, str]]:
    with sqlite3.connect(out / "foiakit.db") as conn:
        return conn.execute(
            "SELECT file, value, normalized, detail FROM findings WHERE stage='release' ORDER BY file"
        ).fetchall()


def test_an_initialism_learned_in_one_document_names_the_agency_in_a_related_one(tmp_path: Path) -> None:
    release = tmp_path / "release"
    release.mkdir()
    (release / "opinion_email.txt").write_text(DEFINES, encoding="utf-8")
    (release / "hearing_email.txt").write_text(USES, encoding="utf-8")
    (release / "book_club.txt").write_text(UNRELATED, encoding="utf-8")
    out = tmp_path / "out"
    run([release], out)
    rows = release_rows(out)
    assert [(f, v, n) for f, v, n, _ in rows] == [
        ("hearing_email.txt", "OOG", "District of Columbia Office of Open Government")
    ]
    assert '"learned_from": ["opinion_email.txt"]' in rows[0][3]
    agencies = list(csv.DictReader(io.StringIO((out / "agencies.csv").read_text(encoding="utf-8"))))
    office = next(r for r in agencies if r["agency"] == "District of Columbia Office of Open Government")
    assert office["documents"] == "2"

    # the defining document leaves the release: nothing is learned any more, and nothing stale is left
    (release / "opinion_email.txt").unlink()
    run([release], out, "--exclude", "opinion_email.txt")
    assert release_rows(out) == []


def test_exclude_removes_files_an_earlier_run_stored(tmp_path: Path) -> None:
    release = tmp_path / "release"
    release.mkdir()
    (release / "letter.txt").write_text("A letter from the City of Alder Falls Police Department.\n", encoding="utf-8")
    (release / "gold.json").write_text('{"agencies": ["Marrow Ridge County Sheriff\'s Office"]}\n', encoding="utf-8")
    out = tmp_path / "out"
    run([release], out)
    assert "Marrow Ridge County Sheriff's Office" in (out / "agencies.csv").read_text(encoding="utf-8")
    output = run([release], out, "--exclude", "gold.json")
    assert "1 excluded, 1 removed from the store" in output
    assert "Marrow Ridge" not in (out / "agencies.csv").read_text(encoding="utf-8")
    with sqlite3.connect(out / "foiakit.db") as conn:
        assert conn.execute("SELECT path FROM files").fetchall() == [("letter.txt",)]


def test_one_name_per_agency_across_the_release(tmp_path: Path) -> None:
    release = tmp_path / "release"
    release.mkdir()
    (release / "memo.txt").write_text(
        "The Board of Ethics and Government Accountability met on Monday.\n", encoding="utf-8"
    )
    (release / "letter.txt").write_text(
        "Traci L. Hughes, Director\nD.C. Board of Ethics and Government Accountability\n", encoding="utf-8"
    )
    (release / "other.txt").write_text("The Police Department of the City of Salem replied.\n", encoding="utf-8")
    out = tmp_path / "out"
    run([release], out)
    agencies = list(csv.DictReader(io.StringIO((out / "agencies.csv").read_text(encoding="utf-8"))))
    board = [r for r in agencies if "Ethics" in r["agency"]]
    assert [(r["agency"], r["documents"]) for r in board] == [
        ("D.C. Board of Ethics and Government Accountability", "2")
    ]
    findings = (out / "findings.csv").read_text(encoding="utf-8")
    assert '{""name_in_document"": ""Board of Ethics and Government Accountability""}' in findings
    run([release], out)  # nothing changed: the same tables, byte for byte
    assert (out / "findings.csv").read_text(encoding="utf-8") == findings

    run([release], out, "--exclude", "letter.txt")  # the longer name leaves the release: the document's own returns
    agencies = (out / "agencies.csv").read_text(encoding="utf-8")
    assert "Board of Ethics and Government Accountability" in agencies and "D.C. Board" not in agencies
    assert "name_in_document" not in (out / "findings.csv").read_text(encoding="utf-8")
