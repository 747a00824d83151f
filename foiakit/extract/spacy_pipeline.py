"""The spaCy pipeline extraction runs on every page: blank English (no model to download), a sentencizer, an
EntityRuler built from the vendor/agency lists, and a Matcher for organization-shaped names no list holds.

Built once per process (workers keep it between files). Page text keeps its line breaks: spaCy makes them
whitespace tokens, so a name never runs across two printed lines and every span maps straight back to the
page's stored text.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from foiakit.extract.lexicon import known_orgs, words

# heads written in lower case after a capitalised name ("Medford police department") still belong to it
_LOWERCASE_HEADS = frozenset({"police", "department", "departments", "sheriff", "sheriff's", "office", "county"})
_CAPITALISED = re.compile(r"^(?:[A-Z0-9][\w.'&\-/]*|U\.S\.|D\.C\.)$")


@functools.cache
def build_nlp(extra_patterns: tuple[str, ...] = (), spacy_model: str | None = None) -> Any:
    import spacy
    from spacy.tokens import Token

    if spacy_model:
        nlp = spacy.load(spacy_model, exclude=["lemmatizer"])
        if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
            nlp.add_pipe("sentencizer", first=True)
    else:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
    nlp.max_length = 5_000_000
    # "Jr.|IT Specialist|Office of …": signature blocks separate fields with bars
    from spacy.util import compile_infix_regex

    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, r"\|"]).finditer
    nlp.tokenizer = ChunkCachedTokenizer(nlp.tokenizer)
    org_words = words("org_words")
    blocked = org_words["not_org_words"]
    connectors = org_words["connectors"]

    def orgish(token: Token) -> bool:
        if token.is_space:  # a line break is its own token: names never run across printed lines
            return False
        return orgish_text(token.text)

    # The test depends on the token's text alone: a release repeats its words, so each is judged once.
    @functools.lru_cache(maxsize=200_000)
    def orgish_text(text: str) -> bool:
        if text.lower() in connectors or text in _LOWERCASE_HEADS:
            return True
        has_letter = any(c.isalpha() for c in text)
        return has_letter and _CAPITALISED.match(text) is not None and text.lower() not in blocked

    global _ORGISH, _ORGISH_TEXT
    _ORGISH, _ORGISH_TEXT = orgish, orgish_text
    if not Token.has_extension("orgish"):
        Token.set_extension("orgish", getter=_orgish_flag)
    # a trained pipeline's NER runs after the lists' rulers: it keeps their names and adds its own ORG spans
    first = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe("entity_ruler", name="foiakit_ruler", config={"phrase_matcher_attr": "ORTH"}, **first)
    exact, any_case = _ruler_patterns(extra_patterns, nlp)
    ruler.add_patterns(exact)
    # names of several words match in any case ("PEN-Link", "FLOCK GROUP INC"): a second, case-blind ruler
    lower = nlp.add_pipe("entity_ruler", name="foiakit_ruler_lower", config={"phrase_matcher_attr": "LOWER"}, **first)
    lower.add_patterns(any_case)
    return nlp


_CHUNK = re.compile(r"\S+|\s+")  # \s is str.isspace(), the tokenizer's own test for where a chunk ends
MAX_CACHED_CHUNKS = 200_000  # distinct chunks a process keeps tokenized (spaCy's default is 10,000)


class ChunkCachedTokenizer:
    """spaCy's tokenizer, its chunk cache filled one chunk at a time, so that a page's tokens come from the cache.

    spaCy caches the tokens of each whitespace-separated chunk it splits, but within one text it stops caching at
    the first chunk a special case touches ("Inc.", "Jan.", "don't": almost every page has one), and it caches
    10,000 chunks per process at most; on the dev fold's pages a third of the chunks were split again on every
    page that held them. Here every chunk a page holds that this process has not seen is first tokenized on its
    own (where no earlier special case stops its caching), then the page as spaCy always does. The tokens are
    the same: a chunk's tokens are a function of its text alone (the cache holds them by the chunk's hash, and a
    chunk a special case touches is still never cached), and the special cases are still applied to the page."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer
        tokenizer.max_cache_size = MAX_CACHED_CHUNKS
        self._seen: set[str] = set()

    def __call__(self, text: str) -> Any:
        if len(self._seen) < MAX_CACHED_CHUNKS:
            new = set(_CHUNK.findall(text)) - self._seen
            self._seen |= new
            for chunk in new:
                self.tokenizer(chunk)
        return self.tokenizer(text)

    def pipe(self, texts: Any, batch_size: int = 1000) -> Any:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:  # rules, vocab, prefix_search … of spaCy's own tokenizer
        return getattr(self.tokenizer, name)


def _ruler_patterns(extra_patterns: tuple[str, ...], nlp: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    patterns: list[dict[str, Any]] = []
    any_case: list[dict[str, Any]] = []
    for org in known_orgs(extra_patterns):
        label = "VENDOR" if org.kind == "vendor" else "AGENCY"
        for name in org.names:
            patterns.append({"label": label, "pattern": name, "id": org.canonical})
            tokens = [t.text for t in nlp.make_doc(name)]
            if len(tokens) > 1 and len(name) > 4:
                # several words match in any case ("PEN-Link", "FLOCK GROUP INC"); one word keeps its case, or
                # "a flock of" would be a vendor
                any_case.append({"label": label, "pattern": name, "id": org.canonical})
            elif len(name) > 4 and not name.isupper():  # one long word also in capitals, as letterheads print it
                patterns.append({"label": label, "pattern": name.upper(), "id": org.canonical})
        for product in org.products:
            patterns.append({"label": "PRODUCT", "pattern": product, "id": org.canonical})
    return patterns, any_case


_ORGISH: Any = None
_ORGISH_TEXT: Any = None  # the test on a token's text alone (what `orgish` asks of a token that is no space)
_FLAGS = "foiakit_orgish"  # doc.user_data key: one flag per token, set by mark_orgish


def _orgish_flag(token: Any) -> bool:
    flags = token.doc.user_data.get(_FLAGS)
    return bool(flags and flags[token.i])


def _wrapped(texts: list[str], spaces: list[bool], flags: list[bool], i: int) -> bool:
    """A name wrapped onto the next line of running text: the line ends inside "<Head> of …" ("… with the
    Department of Employment") and the next line starts with only the name's last word or two ("Services")."""
    j = i - 1
    run: list[str] = []
    while j >= 0 and flags[j] and not spaces[j]:
        run.append(texts[j].lower())
        j -= 1
    if len(run) < 3 or "of" not in run[:-1] or run[0] in {"of", "and", "for", "the"}:
        return False
    if j < 0 or "\n" in texts[j]:  # a name alone on its line is a heading ("CITY OF EUGENE" over "PURCHASE ORDER")
        return False
    heads = words("org_words")["agency_heads"] | {"city", "county", "town", "village", "township", "borough"}
    if not heads & set(run):
        return False
    k = i + 1
    while k < len(texts) and flags[k] and not spaces[k]:
        k += 1
    tail = k - (i + 1)
    return 1 <= tail <= 2


PROSE_TOKENS_BEFORE = 5  # tokens of running text before a name wrapped at its line's end


def _wrapped_company(texts: list[str], spaces: list[bool], flags: list[bool], i: int) -> bool:
    """A company's name wrapped in running text: the line ends in its first word or two, after prose on the same
    line ("… Corvane / Technologies, Inc. quoted …"), and the next line goes on to a legal form within three
    words. Not after a public body's head or a legal form (two names listed one per line), nor under a heading
    (a name alone on its line)."""
    org_words = words("org_words")
    j = i - 1
    while j >= 0 and flags[j] and not spaces[j] and i - j <= 3:
        j -= 1
    if j == i - 1 or j < 0 or spaces[j] or flags[j] or not texts[j + 1][:1].isupper():
        return False  # the run must follow prose on its line ("quoted $5,400. Corvane")
    words_before, k = 0, j
    while k >= 0 and "\n" not in texts[k] and words_before < PROSE_TOKENS_BEFORE:
        words_before += not spaces[k]
        k -= 1
    if words_before < PROSE_TOKENS_BEFORE:
        return False  # "1. Summary / Stratus Cloud Services, Inc.": a heading's words, not a wrapped paragraph
    last = texts[i - 1].lower()
    stops = org_words["corporate_suffixes"] | org_words["agency_heads"] | org_words["place_kind_words"]
    if last in stops or last in org_words["connectors"]:
        return False
    k = i + 1
    while k < len(texts) and flags[k] and not spaces[k] and k - i <= 3:
        if texts[k].lower() in org_words["legal_forms"]:
            return k > i + 1
        k += 1
    if k + 1 < len(texts) and k > i + 1 and texts[k] == ",":
        return texts[k + 1].lower() in org_words["legal_forms"]
    return False


def mark_orgish(doc: Any, text: str | None = None) -> None:
    """Set each token's `orgish` flag once, as a list in `doc.user_data` (read as `token._.orgish`; a list, not a
    per-token extension value: spaCy's `_` costs more than the test itself on every token). `text` is the doc's
    text when the caller has it (spaCy rebuilds `doc.text` from the tokens).

    A single line break inside a name is bridged when the line ends on a connector ("Commission on the Selection
    and / Tenure of …") or the next line starts with a head noun ("Lane County Circuit / Court")."""
    from spacy.attrs import IDX, IS_SPACE, LENGTH, SPACY

    # the tokens' texts and flags read in one array, not through a Token object per token and look-up (spaCy makes
    # each in Python: twice the cost of the tests themselves)
    source = doc.text if text is None else text
    rows = doc.to_array([IDX, LENGTH, IS_SPACE, SPACY]).tolist()
    texts = [source[start : start + length] for start, length, _, _ in rows]
    spaces = [bool(row[2]) for row in rows]
    trailing = [bool(row[3]) for row in rows]  # a token's whitespace_
    test = _ORGISH_TEXT
    org_words = words("org_words")
    heads = org_words["agency_heads"] | org_words["unit_heads"] | org_words["corporate_suffixes"]
    flags = [not space and test(word) for word, space in zip(texts, spaces, strict=True)]
    last = len(texts) - 1
    for i, word in enumerate(texts):
        if spaces[i] and word == " " and 0 < i < last and flags[i - 1] and flags[i + 1]:
            # a doubled space inside a name (HTML turned into text); a PDF's column gap (ingest.pdf_text.GAP:
            # three spaces, a space token of two) parts two names, as a line break does
            flags[i] = True
        elif (
            word in {"-", "–", "/"}
            and 0 < i < last
            and not trailing[i - 1]
            and not trailing[i]
            and flags[i - 1]
            and flags[i + 1]
        ):
            flags[i] = True  # a hyphen inside a name: "Kettle-Marsh Systems", "Pen-Link"
        elif spaces[i] and word.count("\n") == 1 and 0 < i < last and flags[i - 1]:
            before, after = texts[i - 1], texts[i + 1]
            then = texts[i + 2].lower() if i + 2 < len(texts) else ""
            label = spaces[i + 2] and "\n" not in then if i + 2 < len(texts) else False  # "Agency   Trans No"
            ends_name = after[:1].isupper() and after.lower() in heads and then not in {"of", "for", "on"} and not label
            if (
                (before.lower() in org_words["connectors"] and flags[i + 1])
                or ends_name
                or _wrapped(texts, spaces, flags, i)
                or _wrapped_company(texts, spaces, flags, i)
            ):
                flags[i] = True
    _join_words_before_legal_forms(texts, flags, org_words["legal_forms"])
    doc.user_data[_FLAGS] = flags


def _join_words_before_legal_forms(texts: list[str], flags: list[bool], legal_forms: frozenset[str]) -> None:
    """A capitalised word the lists keep out of names ("Services", "Maintenance", "Properties": words that end a
    name in running text) is part of one when a legal form follows it: "Tennick Pavement Maintenance LLC",
    "Harlow Sports Properties, LLC" (the issue's "Properties" cut from such a name)."""
    for i in range(1, len(texts)):
        if flags[i] or not flags[i - 1] or not texts[i][:1].isupper():
            continue
        j = i
        while j < len(texts) and j - i < 3 and not flags[j] and texts[j][:1].isupper() and texts[j].isalpha():
            j += 1
        after = j + 1 if j < len(texts) and texts[j] == "," else j
        if j > i and after < len(texts) and texts[after].lower() in legal_forms:
            flags[i:j] = [True] * (j - i)


@functools.cache
def org_matcher(extra_patterns: tuple[str, ...] = (), spacy_model: str | None = None) -> Any:
    """Organization-shaped spans: maximal runs of `orgish` tokens, and a run followed by ", Inc." and the like.
    One linear pass over the tokens: spaCy's Matcher with an unbounded "+" and greedy LONGEST allocates every
    sub-run (a roster of 4,000 capitalised words flattened to one line took 47 s and 3.7 GB)."""
    return OrgShapes(frozenset(words("org_words")["corporate_suffixes"]))


MAX_NAME_TOKENS = 40  # a longer run of capitalised words is a roster or a heading, not a name


class OrgShapes:
    def __init__(self, suffixes: frozenset[str]) -> None:
        self.suffixes = suffixes

    def __call__(self, doc: Any) -> list[tuple[int, int, int]]:
        spans: list[tuple[int, int, int]] = []
        flags = doc.user_data.get(_FLAGS) or [False] * len(doc)
        i, n = 0, len(doc)
        while i < n:
            if not flags[i]:
                i += 1
                continue
            j = i
            while j < n and flags[j]:
                j += 1
            end = j
            # "Pen-Link, Ltd.": a run, a comma, a corporate suffix and its full stop make one name, unless the
            # suffix word starts a longer run of its own ("USA, Corporation of Glen Rock NJ"): longest wins
            if j + 1 < n and doc[j].text == "," and doc[j + 1].lower_ in self.suffixes:
                k = j + 1
                while k < n and flags[k]:
                    k += 1
                with_suffix = j + 2 + (j + 2 < n and doc[j + 2].text == ".")
                if k - (j + 1) <= with_suffix - i:
                    end = with_suffix
            if end - i <= MAX_NAME_TOKENS:
                spans.append((0, i, end))
            i = max(j, end)
        return spans
