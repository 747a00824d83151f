"""The run's tables are written (and listed after a run) in one order, whichever module a process imported first:
with the CLI's commands loaded lazily, the worker path imports the FOIA and message tables before the findings'."""

from __future__ import annotations

import subprocess
import sys

ORDER = (
    "documents.csv, errors.csv, findings.csv, findings.json, vendors.csv, agencies.csv, products.csv, prices.csv,"
    " line_items.csv, ndas.csv, claims.csv, redactions.csv, withholdings.csv, messages.csv"
)


def _order(first_imports: str) -> str:
    code = (
        f"import {first_imports}\n"
        "from pathlib import Path\n"
        "from foiakit.export.tables import run_table_paths\n"
        "print(', '.join(p.name for p in run_table_paths(Path('.'))))\n"
    )
    return subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout.strip()


def test_table_order_does_not_depend_on_import_order() -> None:
    assert _order("foiakit.export.messages, foiakit.foia.rollup") == ORDER
    assert _order("foiakit.export.finding_tables") == ORDER
    assert _order("foiakit.pipeline") == ORDER
