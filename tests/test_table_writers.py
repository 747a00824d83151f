"""The fast table writers give the bytes the plain ones give: `json_indented` is `json.dumps(indent=1)`, one pass
over a table's rows writes the CSV and the JSON that two passes wrote, and a cell loses its control characters
whether or not the fast test lets it skip the pattern."""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from foiakit.export.writers import (
    json_indented,
    spreadsheet_safe,
    write_csv_and_json_atomic,
    write_csv_atomic,
    write_json_atomic,
)

_SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text()
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=400)
@given(_VALUES, st.integers(min_value=0, max_value=3))
def test_json_indented_is_json_dumps_with_indent_one(value: object, level: int) -> None:
    expected = json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n" + " " * level)
    assert json_indented(value, level) == expected


def test_json_indented_leaves_odd_values_to_json() -> None:
    assert json_indented({"a": (1, "b"), 2: [float("nan"), float("-inf")]}, 1) == json.dumps(
        {"a": (1, "b"), 2: [float("nan"), float("-inf")]}, ensure_ascii=False, indent=1
    ).replace("\n", "\n ")


_ROWS = st.lists(
    st.fixed_dictionaries(
        {
            "kind": st.sampled_from(["price", "vendor", "=SUM(A1)"]),
            "value": st.text(),
            "detail": st.dictionaries(st.text(max_size=5), _SCALARS, max_size=3).map(json.dumps),
            "page": st.none() | st.integers(min_value=1, max_value=900),
            "confidence": st.floats(min_value=0, max_value=1),
        }
    ),
    max_size=8,
)


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(_ROWS)
def test_one_pass_writes_the_csv_and_json_of_two(rows: list[dict[str, object]]) -> None:
    columns = ("kind", "value", "detail", "page", "confidence")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_csv_atomic(folder / "two.csv", columns, iter(rows))
        write_json_atomic(folder / "two.json", columns, iter(rows))
        write_csv_and_json_atomic(folder / "one.csv", folder / "one.json", columns, iter(rows))
        assert (folder / "one.csv").read_bytes() == (folder / "two.csv").read_bytes()
        assert (folder / "one.json").read_bytes() == (folder / "two.json").read_bytes()
        assert sorted(p.name for p in folder.iterdir()) == ["one.csv", "one.json", "two.csv", "two.json"]


def test_a_failed_one_pass_write_leaves_no_file() -> None:
    def rows() -> Iterator[dict[str, object]]:
        yield {"kind": "price"}
        raise RuntimeError("the store went away")

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with pytest.raises(RuntimeError):
            write_csv_and_json_atomic(folder / "t.csv", folder / "t.json", ("kind",), rows())
        assert list(folder.iterdir()) == []


@given(st.text())
def test_spreadsheet_safe_removes_every_control_character(text: str) -> None:
    cleaned = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text)
    expected = "'" + cleaned if cleaned.startswith(("=", "+", "-", "@", "\t", "\r")) else cleaned
    assert spreadsheet_safe(text) == expected
