"""Property tests (hypothesis): the parsers never raise on any text, keep their spans inside it, and the exports
give back what they were given."""

from __future__ import annotations

import csv
import io
import json
import tempfile
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from foiakit.export.writers import json_text, spreadsheet_safe, write_csv, write_json_atomic
from foiakit.extract.money import find_prices
from foiakit.extract.people import find_dates
from foiakit.foia.exemptions import find_codes
from foiakit.ingest.sniff import sniff_bytes
from foiakit.model import FileType

# text shaped like what releases hold: money, dates, codes, punctuation, and anything else
PIECES = st.sampled_from(
    ["$", "4,200.00", "$1.2M", "USD ", "€", "(b)(6)", "5 ILCS 140/7(1)(c)", "ORS 192.345(23)", "March 5, 2024",
     "03/05/2024", "2024-03-05", " ", "\n", "-", "to", "Total ", "per month", "k", "million", "(", ")", "§", "0.00"]
)  # fmt: skip
TEXTS = st.one_of(st.text(max_size=300), st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=40).map("".join))
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(TEXTS)
def test_prices_never_raise_and_stay_inside_the_text(text: str) -> None:
    for start, end, low, high, _detail in find_prices(text):
        assert 0 <= start < end <= len(text)
        assert isinstance(low, Decimal) and low <= high and low > 0


@FAST
@given(TEXTS)
def test_dates_are_iso_days_inside_the_text(text: str) -> None:
    for start, end, iso in find_dates(text):
        assert 0 <= start < end <= len(text)
        assert len(iso) == 10 and iso[4] == "-" and iso[7] == "-"


@FAST
@given(TEXTS, st.booleans())
def test_exemption_codes_point_at_their_text(text: str, beside: bool) -> None:
    for match in find_codes(text, beside_redaction=beside):
        assert 0 <= match.start < match.end <= len(text)
        assert match.code


@FAST
@given(st.binary(max_size=2048), st.sampled_from(["", "x.pdf", "mail.msg", "a.txt"]))
def test_sniffing_any_bytes_names_a_type(head: bytes, name: str) -> None:
    assert isinstance(sniff_bytes(head, name), FileType)


@FAST
@given(st.lists(st.text(max_size=60), min_size=1, max_size=4))
def test_csv_gives_back_what_it_was_given(values: list[str]) -> None:
    """Cells come back as written, but made spreadsheet-safe (no formula start, no control characters)."""
    columns = [f"c{i}" for i in range(len(values))]
    stream = io.StringIO()
    write_csv(stream, columns, [dict(zip(columns, values, strict=True))])
    header, row = list(csv.reader(io.StringIO(stream.getvalue(), newline="")))
    assert header == columns
    assert row == [spreadsheet_safe(v) for v in values]


CELLS = st.one_of(st.none(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20))
DETAILS = st.dictionaries(st.text(max_size=5), st.one_of(CELLS, st.lists(CELLS, max_size=3)), max_size=3)


@FAST
@given(st.lists(st.tuples(CELLS, DETAILS.map(json.dumps), CELLS), max_size=6))
def test_json_written_row_by_row_is_the_same_bytes(rows: list[tuple[object, str, object]]) -> None:
    """findings.json is streamed (a 10,000-page release's did not fit in memory as one string): byte for byte
    what the whole-list dump gave, nested details, newlines in values and the empty table included."""
    columns = ("value", "detail", "page")
    dicts = [dict(zip(columns, row, strict=True)) for row in rows]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "findings.json")
        write_json_atomic(path, columns, iter(dicts))
        assert path.read_bytes() == json_text(columns, dicts).encode("utf-8")
