"""The tokenizer with its chunk cache filled chunk by chunk gives spaCy's own tokens, text after text."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import IDX, LENGTH, LOWER, NORM, ORTH, SPACY

from foiakit.extract.spacy_pipeline import ChunkCachedTokenizer

# special cases ("Inc.", "Jan.", "don't", ":)") early on a page, the same chunks again after them, affixes,
# infixes, URLs, runs of whitespace and line breaks
TEXTS = [
    'Flock Safety, Inc. signed on Jan. 5, 2021; we don\'t know (yet) why.\nFlock Safety, Inc. (the "Vendor")',
    "  Pen-Link, Ltd.  quoted $12,500.00 for PLX-5 :) see https://example.com/a?b=1 or sales@penlink.com\n\n\t",
    "Mr. Smith's e-mail: \"Call 555-0100 x12\" -- U.S. Dept. of Justice, St. Paul, MN. Don't!",
    'Flock Safety, Inc. signed on Jan. 5, 2021; we don\'t know (yet) why.\nFlock Safety, Inc. (the "Vendor")',
    "",
    " ",
    "\n",
]
ATTRS = [ORTH, LOWER, NORM, SPACY, IDX, LENGTH]


def tokens(doc: spacy.tokens.Doc) -> list[list[int]]:
    return doc.to_array(ATTRS).tolist()


@pytest.fixture(scope="module")
def pipelines() -> tuple[spacy.Language, spacy.Language]:
    """Blank English as spaCy makes it, and one with its tokenizer wrapped."""
    cached = spacy.blank("en")
    cached.tokenizer = ChunkCachedTokenizer(cached.tokenizer)
    return spacy.blank("en"), cached


def test_same_tokens_as_spacys_tokenizer_text_after_text(pipelines: tuple[spacy.Language, spacy.Language]) -> None:
    plain, cached = pipelines
    for _ in range(2):  # the second round reads every chunk from the cache
        for text in TEXTS:
            expected, got = plain.make_doc(text), cached.make_doc(text)
            assert [t.text for t in got] == [t.text for t in expected]
            assert [t.norm_ for t in got] == [t.norm_ for t in expected]
            assert tokens(got) == tokens(expected)
            assert got.text == text


def test_pipe_and_the_tokenizers_own_attributes(pipelines: tuple[spacy.Language, spacy.Language]) -> None:
    plain, cached = pipelines
    assert cached.tokenizer.rules == plain.tokenizer.rules  # read through to spaCy's tokenizer
    assert cached.tokenizer.max_cache_size > plain.tokenizer.max_cache_size
    assert [[t.text for t in doc] for doc in cached.tokenizer.pipe(["a b", "Inc. c"])] == [["a", "b"], ["Inc.", "c"]]
