"""`foiakit browse`: the Datasette command line and metadata it builds, and its canned queries and page pictures
answered by a real Datasette (`datasette --get`, no server started)."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from foiakit.browse import datasette as browse_module
from foiakit.browse.datasette import PLUGINS, browse_metadata, datasette_args, write_metadata
from foiakit.cli import main
from foiakit.model import Settings
from foiakit.pipeline import run

QUOTE = [
    "Stratus Analytics LLC",
    "Quote for the Washington County Sheriff's Office",
    "Pole camera system, two units: total price $48,500.00.",
    "The parties agree to a non-disclosure agreement covering this quote.",
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    release = tmp_path_factory.mktemp("release")
    c = canvas.Canvas(str(release / "quote.pdf"), pagesize=letter, invariant=1)
    for row, line in enumerate(QUOTE):
        c.drawString(72, 720 - 18 * row, line)
    c.showPage()
    c.save()
    out = release.parent / (release.name + "-out")
    run([release], out, Settings(ocr_mode="never", jobs=1))
    return out / "foiakit.db"


def test_the_invocation(tmp_path: Path) -> None:
    db_path = tmp_path / "out" / "foiakit.db"
    args = datasette_args(db_path, tmp_path / "m.json", port=8123)
    assert args[:4] == [sys.executable, "-m", "datasette", "serve"]
    assert args[4] == str(db_path) and "-i" not in args  # immutable mode would miss the write-ahead log
    assert args[args.index("--metadata") + 1] == str(tmp_path / "m.json")
    assert args[args.index("--plugins-dir") + 1] == str(PLUGINS) and (PLUGINS / "foiakit_pages.py").is_file()
    assert args[args.index("--port") + 1] == "8123" and args[args.index("--host") + 1] == "127.0.0.1"
    assert "--open" not in args and "--open" in datasette_args(db_path, tmp_path / "m.json", open_browser=True)


def test_the_metadata_files_queries_under_the_store_name(tmp_path: Path) -> None:
    metadata = browse_metadata(tmp_path / "release.db")
    database = metadata["databases"]["release"]
    assert {"findings_by_kind", "prices_by_amount", "vendors", "ndas", "claims", "withheld_pages"} <= set(
        database["queries"]
    )
    assert database["tables"]["pages"]["fts_table"] == "pages_fts"
    assert "kind" in database["tables"]["findings"]["facets"]
    written = write_metadata(tmp_path / "release.db", tmp_path / "session")
    assert json.loads(written.read_text(encoding="utf-8")) == metadata


def test_without_datasette_the_command_gives_the_remedy(monkeypatch: pytest.MonkeyPatch, store: Path) -> None:
    monkeypatch.setattr(browse_module, "datasette_installed", lambda: False)
    result = CliRunner().invoke(main, ["browse", "--db", str(store), "--no-open"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "foiakit: error: Datasette is not installed (pip install 'foiakit[browse]')"
    ]


def _get(store: Path, tmp_path: Path, path: str) -> subprocess.CompletedProcess[bytes]:
    metadata = write_metadata(store, tmp_path)
    args = datasette_args(store, metadata)
    serve = args.index("serve")
    command = [*args[: serve + 2], "--metadata", str(metadata), "--plugins-dir", str(PLUGINS), "--get", path]
    return subprocess.run(command, capture_output=True, timeout=120, check=False)


@pytest.mark.slow  # a Datasette process per request
def test_canned_queries_answer_with_rows(store: Path, tmp_path: Path) -> None:
    done = _get(store, tmp_path, "/foiakit/prices_by_amount.json?_shape=array")
    assert done.returncode == 0, done.stderr.decode()
    prices = json.loads(done.stdout)
    assert prices and prices[0]["amount"] == 48500.0 and prices[0]["file"] == "quote.pdf" and prices[0]["page"] == 1
    link = prices[0]["page_image"]
    assert link.startswith("/-/foiakit/page/") and link.endswith("/1.png")
    vendors = json.loads(_get(store, tmp_path, "/foiakit/vendors.json?_shape=array").stdout)
    assert "Stratus Analytics" in {row["vendor"] for row in vendors}  # the canonical name
    by_kind = json.loads(_get(store, tmp_path, "/foiakit/findings_by_kind.json?kind=nda&_shape=array").stdout)
    assert by_kind and {row["kind"] for row in by_kind} == {"nda"}
    searched = json.loads(_get(store, tmp_path, "/foiakit/pages.json?_search=camera&_shape=array").stdout)
    assert [row["page"] for row in searched] == [1]
    # the link leads to the page's picture, drawn by the plugin (bytes: asked in process, `--get` prints text)
    from datasette.app import Datasette

    served = Datasette([str(store)], metadata=browse_metadata(store), plugins_dir=str(PLUGINS))
    picture = asyncio.run(served.client.get(link))
    assert picture.status_code == 200 and picture.content.startswith(b"\x89PNG")
    assert asyncio.run(served.client.get(link.replace("/1.png", "/9.png"))).status_code == 404  # no page 9
    # and the HTML of the query shows it as a link
    html = _get(store, tmp_path, "/foiakit/prices_by_amount").stdout.decode()
    assert f'<a href="{link}">page 1</a>' in html
