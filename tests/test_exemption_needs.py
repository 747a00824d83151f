"""Every exemption form's `needs` (a quick search that lets find_codes skip the form's pattern on a page) occurs in
every text the form's pattern matches: else a page holding a code would be skipped. Property-tested with strings
hypothesis draws from each pattern itself."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from foiakit.foia.exemptions import rules

FORMS = [form for form in rules().forms if form.needs is not None]


def test_most_forms_have_a_quick_test() -> None:
    assert len(FORMS) >= len(rules().forms) - 2


@pytest.mark.parametrize("index", range(len(FORMS)))
def test_a_forms_needs_is_in_every_match(index: int) -> None:
    form = FORMS[index]
    matched: list[str] = []

    @settings(max_examples=50, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
    @given(st.from_regex(form.pattern, fullmatch=True))
    def holds(text: str) -> None:
        match = form.pattern.fullmatch(text)
        if match is not None:  # drawn to match; a lookaround may reject a draw at its edges
            matched.append(text)
            assert form.needs.search(match.group(0)), (form.pattern.pattern, text)

    holds()
    assert matched, form.pattern.pattern  # the property was tried on real matches
