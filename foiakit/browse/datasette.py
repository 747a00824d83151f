"""The Datasette invocation for a store: its metadata (canned queries, facets, full-text search over pages, from
`data/metadata.json`) and the plugin that serves page pictures (`plugins/foiakit_pages.py`).

Datasette is an optional extra (`pip install 'foiakit[browse]'`): a web stack most runs do not need. The store is
not opened immutable (`-i`): that mode ignores the write-ahead log, where a run's last writes may still be.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from foiakit.errors import MissingDependencyError
from foiakit.store import db

HERE = Path(__file__).resolve().parent
METADATA = HERE / "data" / "metadata.json"
PLUGINS = HERE / "plugins"
REMEDY = "pip install 'foiakit[browse]'"
DEFAULT_PORT = 8001


def datasette_installed() -> bool:
    return importlib.util.find_spec("datasette") is not None


def browse_metadata(db_path: Path) -> dict[str, Any]:
    """The shipped metadata, its tables and queries filed under the store's database name (its file's stem)."""
    shipped = json.loads(METADATA.read_text(encoding="utf-8"))
    database = {key: copy.deepcopy(shipped[key]) for key in ("tables", "queries")}
    return {
        "title": shipped["title"],
        "description": shipped["description"],
        "databases": {db_path.stem: database},
    }


def write_metadata(db_path: Path, folder: Path) -> Path:
    """Write the metadata beside nothing of the user's: into `folder` (a temporary one for a session)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "foiakit-datasette.json"
    target.write_text(json.dumps(browse_metadata(db_path), indent=2), encoding="utf-8")
    return target


def datasette_args(
    db_path: Path, metadata_path: Path, host: str = "127.0.0.1", port: int = DEFAULT_PORT, open_browser: bool = False
) -> list[str]:
    """The command line that serves the store (run with the current Python, so the same environment's
    Datasette and foiakit are used)."""
    args = [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        str(db_path),
        "--metadata",
        str(metadata_path),
        "--plugins-dir",
        str(PLUGINS),
        "--host",
        host,
        "--port",
        str(port),
        "--setting",
        "sql_time_limit_ms",
        "5000",
    ]
    return [*args, "--open"] if open_browser else args


def browse(db_path: Path, work_folder: Path, host: str, port: int, open_browser: bool) -> int:
    """Serve the store until interrupted; returns Datasette's exit status."""
    if not datasette_installed():
        raise MissingDependencyError("Datasette is not installed", REMEDY)
    db.connect(db_path).close()  # a missing or foreign store fails here, with its remedy, not in Datasette
    metadata_path = write_metadata(db_path, work_folder)
    env = {**os.environ, "FOIAKIT_BROWSE_DB": str(db_path.resolve())}
    return subprocess.call(datasette_args(db_path, metadata_path, host, port, open_browser), env=env)
