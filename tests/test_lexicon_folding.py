"""The phrase searches' substring shortcut (`lexicon.folds_like_ascii`) holds for exactly the text where re.I
folds nothing but ASCII to an ASCII letter: the four characters it names are all there are, a text holding one
is searched by the pattern, and the claims' whole-word test finds what the pattern finds."""

from __future__ import annotations

import re

from foiakit.extract.capabilities import _first
from foiakit.extract.lexicon import folds_like_ascii, phrase_pattern


def test_the_characters_re_i_folds_to_ascii_letters_are_the_four_named() -> None:
    every = "".join(chr(i) for i in range(128, 0x110000) if not 0xD800 <= i < 0xE000)
    folding = set(re.compile("[a-z]", re.I).findall(every))
    assert folding == {"\u0130", "\u0131", "\u017f", "\u212a"}
    assert all(not folds_like_ascii(f"a {c} b") for c in folding)
    assert folds_like_ascii("the vendor’s “platform” – tracks plates • 24/7 café")


def test_a_phrase_is_found_in_text_with_dashes_and_curly_quotes_as_by_the_pattern() -> None:
    pattern = phrase_pattern(("license plates", "faces"))
    for text, found in [
        ("reads license plates – in real time", "license plates"),
        ("it reads “License  Plates”", None),  # two spaces: no phrase
        ("surfaces – and more", None),  # inside a word
        ("“faces”", "faces"),
        ("reads licenſe plates – fast", "licenſe plates"),  # long s: re.I folds it to "s", the pattern decides
    ]:
        match = pattern.search(text)
        assert (match.group(0) if match else None) == found
        assert (match is None) == (pattern.pattern.search(text) is None)


def test_the_claims_first_phrase_is_the_patterns_on_non_ascii_text() -> None:
    phrases = frozenset({"faces", "license plates", "plates", "vehicles"})

    def by_pattern(lowered: str) -> str | None:
        ordered = sorted(phrases, key=lambda p: (-len(p), p))
        return next((p for p in ordered if phrase_pattern((p,)).pattern.search(lowered)), None)

    for text in [
        " identifies faces – and vehicles ",
        " “license plates” • ",
        " surfaces—plates’ ",
        " platesx – vehicles ",
        " licenſe plates – ",
        " café faces ",
        " éfaces – ",
        " nothing here – at all ",
    ]:
        assert _first(text, phrases) == by_pattern(text), text
