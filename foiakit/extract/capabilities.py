"""Capability claims: sentences in which a product, a vendor or their system is said to do something
(identify, recognize, track, detect, search …) to faces, people, plates, vehicles, devices …, with the
quantities ("up to 100 people in a single image", "tens of millions of faces") and qualities ("in real time",
"99% accuracy") they state. Negated, hedged and hypothetical sentences and questions are not claims."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from itertools import pairwise

from foiakit.extract import message_for, register
from foiakit.extract.claim_quantities import bounds_a_performance, has_count_of_note, quantities_in
from foiakit.extract.claim_vetoes import heading, leaves_open, tokens_of, vetoed
from foiakit.extract.claim_voice import vendor_says
from foiakit.extract.lexicon import PhrasePattern, folds_like_ascii, phrase_pattern, words
from foiakit.model import Document, Finding, Settings, make_detail

_SPACES = re.compile(r"\s+")


# a question without its question mark ("• Does the system allow for searching … in the absence of a plate")
_QUESTION_START = re.compile(r"^[\W\d]*(?:does|do|did|can|could|is|are|will|would|has|have|should)\s", re.I)
# two or more capitalised words in a row, not at the start of the sentence: a name or a heading
_TITLE_RUN = re.compile(r"(?<=[\w,;(] )(?:[A-Z][a-z]+(?:[ -]|$)){2,}|^(?:[A-Z][a-z]+[ -]){2,}(?=[A-Z])")


def claim_parts(
    sentence: str, product_names: frozenset[str] = frozenset(), named_subject: bool = False
) -> dict[str, object] | None:
    """What a claim sentence says: its verb and object, the readable predicate, quantities and qualities; None
    when it is no claim. A claim is a capability verb with what it acts on ("identify … faces"), a capability
    phrase with an object and a quantity or a quality ("can read 3,000 plates a minute"), or a superlative
    ("the only platform that …")."""
    lexicon = words("claims")
    flat = _SPACES.sub(" ", sentence).strip()
    if not flat or flat.endswith("?") or len(flat) > 900 or _QUESTION_START.match(flat):
        return None
    # a verb inside a product's name ("Stratus Recognize") is a name, not a verb
    unnamed = flat
    for name in product_names:
        unnamed = unnamed.replace(name, " ")
    # so is a verb inside any name in title case ("License Plate Recognition Systems", "Public Access Counselor")
    unnamed = _TITLE_RUN.sub(" ", unnamed)
    lowered = f" {unnamed.lower()} "
    unnamed_tokens = tokens_of(unnamed)
    verb = next((t for t in unnamed_tokens if t in lexicon["verbs"]), None)
    # lists are sets once loaded: a total order (longest first, then alphabetical) keeps output the same on
    # every run, whatever PYTHONHASHSEED is
    obj = _first(lowered, lexicon["objects"])
    phrase = _first(lowered, lexicon["capability_phrases"])
    superlative = _first(lowered, lexicon["superlatives"])
    if superlative in _RANKS_WITH_COMPLEMENT and not _RANKING.search(lowered):
        superlative = None  # "for the first ninety days", "the only remedy": an order or a limit, not a rank
    flat_lower = flat.lower()  # once, not once per quality
    qualities = sorted(q for q in lexicon["qualities"] if q in flat_lower)
    first = (unnamed_tokens or [""])[0]
    we = bool({"we", "our"} & set(tokens_of(flat)))
    # "The Kettle platform has logged over 2 billion detections", "With six participating sensors, 96% of shots can
    # be located …": a system word in the sentence's opening words (its subject, or a phrase setting the scene)
    opening = unnamed_tokens[:10]
    system_led = bool(set(opening) & (lexicon["subjects"] - _NOT_A_SYSTEM))
    # "The Kestrel system logs every search …": a system word and its capability verb in the present, what the
    # system does whatever it acts on
    system_does = any(
        word in lexicon["subjects"] and word not in _NOT_A_SYSTEM and _agrees(word, after, lexicon)
        for word, after in pairwise(opening)
    )
    # a claim is a verb with its object, a capability phrase with its object and a verb, a quantity, a quality or
    # the phrase first, a superlative, or a subject's quantity of note; the quantities (the costly part) are
    # looked for only when a test needs them
    quantities: list[str] | None = None
    claimed = bool((verb and obj) or superlative or system_does)
    if not claimed and phrase and obj:
        quantities = quantities_in(flat)
        claimed = bool(verb or quantities or qualities or first == phrase.split()[0])
    # "As of May, Quillon has driven over 4 million miles": a name as the subject of a present perfect, what a
    # vendor says it has done so far, whether or not the name is one the lists know
    named_record = bool(_NAME_HAS_DONE.search(flat))
    if (
        not claimed
        and (named_subject or we or system_led or named_record)
        and sentence.count("\n") <= 2
        and len(flat) <= 400
    ):
        quantities = quantities_in(flat) if quantities is None else quantities
        # "The Tessaline cameras read plates … at up to 70 mph": a system's bound on how fast, far or long it works
        claimed = has_count_of_note(quantities) or (system_led and bounds_a_performance(quantities))
    # "According to Kettle, its cameras …", "The vendor states that …": what the agency repeats of a vendor's
    if not claimed and (said := vendor_says(flat, set(unnamed_tokens), lexicon, named_subject)) is not None:
        claimed = _states_a_doing(said, lexicon)
    if not claimed or vetoed(flat):
        return None
    quantities = quantities_in(flat) if quantities is None else quantities
    trigger = verb if verb and obj else phrase or superlative or verb
    return {
        "verb": trigger,
        "object": obj,
        "predicate": predicate(flat, str(trigger)),
        "qualities": qualities or None,
        "quantities": quantities or None,
    }


_NOT_A_SYSTEM = frozenset({"that", "which", "it", "data"})  # subjects that may stand for anything


def _agrees(subject: str, verb: str, lexicon: dict) -> bool:
    """Whether `verb` is a capability verb in the present agreeing with `subject`: "system logs", "cameras scan";
    not a noun after it ("system access", "camera detection") or a past ("system logged")."""
    if verb not in lexicon["verbs"] or verb.endswith(("ed", "ing", "ion", "ss", "ance", "able")):
        return False
    return verb.endswith("s") != subject.endswith("s")


def _states_a_doing(clause: str, lexicon: dict) -> bool:
    """Whether a clause a vendor is reported to say tells what something does: a capability verb, phrase or object,
    a superlative, a quantity or a quality ("its cameras read 98 percent of plates"); not its terms ("that the
    price holds until June")."""
    lowered = f" {_TITLE_RUN.sub(' ', clause).lower()} "
    if set(tokens_of(lowered)) & lexicon["verbs"] or any(q in lowered for q in lexicon["qualities"]):
        return True
    found = (_first(lowered, lexicon[key]) for key in ("capability_phrases", "objects", "superlatives"))
    return any(found) or bool(quantities_in(clause))


# a clause opening on a name of one to three capitalised words with a present perfect after it ("Quillon has
# logged", "Harrow Signal has now completed"), at the sentence's start or after an opening phrase and its comma
_NAME_HAS_DONE = re.compile(
    r"(?:^|,\s)(?:[A-Z][\w’'&.-]*\s+){0,2}[A-Z][\w’'&.-]*\s+(?:has|have)\s+(?:[a-z]+ly\s+|now\s+)?"
    r"[a-z]+(?:ed|en|wn|ne|lt|ht)\b"
)


# "the first" and "the only" rank a vendor only with what it is first or only at: "the only vendor that …",
# "the first agency to …", "the first and only …", "the first-ever"; a clause's subject between them is a reason
# or an order told, not a rank ("the only reason I agreed to …")
_RANKS_WITH_COMPLEMENT = frozenset({"the first", "the only"})
_RANKING = re.compile(
    r"\bthe (?:first|only)(?:\s+and\s+only|-ever|(?:\s+(?!(?:i|we|you|he|she|they)\b)[\w-]+){0,3}?"
    r"\s+(?:to|that|which|who|with|in the)\b)"
)


def _first(lowered: str, phrases: frozenset[str]) -> str | None:
    """The longest of `phrases` the text holds as whole words (ties alphabetical)."""
    # In ASCII text (or text re.I folds as ASCII) an ASCII phrase is found by C substring searches with its two
    # neighbours checked (the pattern's look-arounds), not by the pattern: 69 searches of a sentence with a dash
    # in it cost a millisecond.
    ascii_text = folds_like_ascii(lowered)
    for phrase, key, pattern in _ordered(phrases):
        if key is not None and ascii_text:
            if key in lowered and _whole_word_in(key, lowered):
                return phrase
        elif pattern.search(lowered):
            return phrase
    return None


def _whole_word_in(key: str, text: str) -> bool:
    """Whether ASCII `key` occurs in lower-case `text` with no letter right before or after it: what
    `(?<![a-z])key(?![a-z])` with re.I finds in text `folds_like_ascii` (where re.I's [a-z] is an ASCII letter)."""
    size, at = len(key), text.find(key)
    while at >= 0:
        before = text[at - 1] if at else ""
        after = text[at + size] if at + size < len(text) else ""
        if not (before.isascii() and before.isalpha()) and not (after.isascii() and after.isalpha()):
            return True
        at = text.find(key, at + 1)
    return False


@functools.cache
def _ordered(phrases: frozenset[str]) -> tuple[tuple[str, str | None, PhrasePattern], ...]:
    ordered = sorted(phrases, key=lambda phrase: (-len(phrase), phrase))
    return tuple((p, p.lower() if p.isascii() else None, phrase_pattern((p,))) for p in ordered)


def predicate(sentence: str, trigger: str) -> str:
    """The readable claim: the sentence from its capability word to the end of the clause ("can identify up to
    100 people in a single image"), at most 160 characters."""
    at = re.search(rf"(?<![a-z]){re.escape(trigger)}(?![a-z])", sentence, re.I)
    start = at.start() if at else 0
    # an auxiliary right before the verb belongs to it ("can identify", "is able to")
    aux = re.search(r"(?:\b(?:can|will|is able to|are able to)\s+)$", sentence[:start], re.I)
    if aux:
        start = aux.start()
    rest = sentence[start:]
    end = re.search(r"[;.!](?:\s|$)", rest)
    clause = rest[: end.start()] if end else rest
    return clause.strip()[:160]


def _claims_in(
    text: str, sentences: list[tuple[int, int]], products: frozenset[str], subjects: list[tuple[int, int]] = ()
) -> Iterator[tuple[int, int, dict[str, object]]]:
    """(start, end, parts) of each claim: sentence by sentence; but a "sentence" spanning many printed lines (a
    table, a form, a list) that holds no claim as a whole is read line by line. `subjects` are the spans of the
    vendors and products named on the page."""
    starts = sorted(s for s, _ in subjects)

    def names_one(lo: int, hi: int) -> bool:  # a vendor or product named in [lo, hi): bisect, not a scan
        at = bisect_left(starts, lo)
        return at < len(starts) and starts[at] < hi

    for start, end in sentences:
        named = names_one(start, end)
        parts = claim_parts(text[start:end], products, named)
        if parts is not None or text.count("\n", start, end) < 3:
            if parts is not None:
                yield start, end, parts
            continue
        for unit_start, unit_end in _units(text, start, end):
            unit = text[unit_start:unit_end]
            if (unit_parts := claim_parts(unit, products, names_one(unit_start, unit_end))) is not None:
                yield unit_start, unit_end, unit_parts
            elif unit.count("\n") >= 2 and ("|" in unit or not unit.rstrip().endswith((".", ";", "!", "?"))):
                # no clause closes it, or OCR drew a table's column rules ("|"): a table or a list
                yield from _lines(text, unit_start, unit_end, products, names_one)


# a line that opens an item: a bullet, "(a)", "2.", "4.1", a recital ("WHEREAS, …", "NOW, THEREFORE, …")
# ("(30) days" after "thirty" at a line's start is a figure repeated, not an item)
_OPENS_ITEM = re.compile(
    r"^(?:[•●▪◦‣*–-]\s|\([a-z]{1,4}\)\s|\(\d\)\s|[a-z0-9]{1,2}[.)]\s|\d+(?:\.\d+)+\s|whereas\b|now,? therefore\b)", re.I
)


def _units(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """A "sentence" of many printed lines cut where a line ends a clause (".", ";", ":"), opens an item or is a
    heading in capitals: a recital or a numbered clause wrapped over lines stays whole ("WHEREAS, Kettle offers …
    and can provide notifications …;"), and what is left is a table or a list, read line by line."""
    unit_start = offset = start
    last_line = ""  # the last printed line with text on it
    for line in text[start:end].split("\n"):
        line_end = offset + len(line)
        stripped = line.strip()
        if not stripped:
            # a blank line after a line that closes its words ends a block: a brochure's feature, a table's cell,
            # a paragraph ("Allows agencies to look up plates …" under "Statewide Lookup"); a clause wrapped over a
            # blank line ("capturing audio, video, and ⏎⏎ recording data") goes on
            if text[unit_start:offset].strip() and not leaves_open(last_line):
                yield unit_start, offset
                unit_start = offset
            offset = line_end + 1
            continue
        last_line = stripped
        if _OPENS_ITEM.match(stripped) and text[unit_start:offset].strip():
            yield unit_start, offset  # a new recital, bullet or numbered clause ends the one before
            unit_start = offset
        if stripped and heading(stripped):
            if text[unit_start:offset].strip():
                yield unit_start, offset
            yield offset, line_end
            unit_start = line_end + 1
        elif stripped.endswith((".", ";", ":", "!", "?")):
            yield unit_start, line_end
            unit_start = line_end + 1
        offset = line_end + 1
    if text[unit_start:end].strip():
        yield unit_start, end


def _lines(
    text: str, start: int, end: int, products: frozenset[str], names_one: Callable[[int, int], bool]
) -> Iterator[tuple[int, int, dict[str, object]]]:
    """The claims of a table's or a list's lines, each line on its own."""
    offset = start
    for line in text[start:end].split("\n"):
        stripped = line.strip()
        # a line opening in lower case is a sentence's middle, not a row
        opens_a_row = len(stripped) >= 20 and not stripped[0].islower()
        if opens_a_row and (parts := claim_parts(line, products, names_one(offset, offset + len(line)))) is not None:
            yield offset, offset + len(line), parts
        offset += len(line) + 1


def _decided(
    mode: str, text: str, sentences: list[tuple[int, int]], products: frozenset[str], named: list[tuple[int, int]]
) -> Iterator[tuple[int, int, dict[str, object]]]:
    """The claims of a page as `mode` decides them: `rules`, `model` (the trained classifier alone) or `both`
    (a rule's claim the model does not reject, and a sentence the model is sure of)."""
    if mode == "rules":
        yield from _claims_in(text, sentences, products, named)
        return
    from foiakit.extract import claim_model

    by_rules = {(s, e): parts for s, e, parts in _claims_in(text, sentences, products, named)}
    for start, end in sorted({*by_rules, *_pieces(text, sentences)}):
        probability = claim_model.claim_probability(text[start:end])
        parts = by_rules.get((start, end))
        if mode == "both" and parts is not None and probability >= claim_model.KEEP:
            yield start, end, parts
        elif probability >= (0.5 if mode == "model" else claim_model.SURE) and (mode == "model" or parts is None):
            flat = _SPACES.sub(" ", text[start:end]).strip()
            yield (
                start,
                end,
                parts
                or {
                    "verb": None,
                    "object": None,
                    "predicate": flat[:160],
                    "qualities": sorted(q for q in words("claims")["qualities"] if q in flat.lower()) or None,
                    "quantities": quantities_in(flat) or None,
                },
            )


def _pieces(text: str, sentences: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Sentences, and the lines of a "sentence" spanning many printed lines (a table, a form, a list)."""
    for start, end in sentences:
        if text.count("\n", start, end) < 3:
            if len(text[start:end].strip()) >= 20:
                yield start, end
            continue
        offset = start
        for line in text[start:end].split("\n"):
            if len(line.strip()) >= 20:
                yield offset, offset + len(line)
            offset += len(line) + 1


@register(35, "claims")
def extract_claims(document: Document, settings: Settings) -> Iterator[Finding]:
    from foiakit.extract.context import document_context

    context = document_context(document, settings)
    source = document.source
    subjects = words("claims")["subjects"]
    products = frozenset(m.product for m in context.organizations if m.product)
    said: set[str] = set()  # one row per distinct claim: a sentence repeated on another page is the same claim
    for page in document.pages:
        sentences = context.sentences.get(page.number, [(0, len(page.text))])
        named = [
            (m.start, m.end)
            for m in context.between(page.number, 0, len(page.text) + 1)
            if m.kind in {"vendor", "product"}
        ]
        for start, end, parts in _decided(settings.claims, page.text, sentences, products, named):
            sentence = page.text[start:end]
            key = " ".join(tokens_of(sentence))
            if key in said:
                continue
            said.add(key)
            orgs = context.between(page.number, start, end)
            # who or what does it: a vendor or product named in the sentence, a system word ("the platform", "our
            # cameras", "it"), or the document's main vendor or product. Requiring the sentence's own subject
            # was tried: dev F1 0.45 -> 0.46, test 0.23 -> 0.20 (recall 0.40 -> 0.26); reverted on that figure.
            has_subject = (
                bool(orgs)
                or bool(set(tokens_of(sentence)) & subjects)
                or bool(context.main_product or context.main_vendor)
            )
            if not has_subject:
                continue
            vendor = (
                next((m.canonical for m in orgs if m.kind == "vendor"), None)
                or next((m.maker for m in orgs if m.maker), None)
                or context.main_vendor
            )
            product = next((m.product for m in orgs if m.product), None) or context.main_product
            text = sentence.strip()
            lead = len(sentence) - len(sentence.lstrip())
            message = message_for(document, page.number, start)
            yield Finding(
                kind="capability_claim",
                value=_SPACES.sub(" ", text)[:200],
                normalized=str(parts["predicate"] or text)[:160],
                file=source.display_path,
                sha256=source.sha256,
                page=page.number,
                start=start + lead,
                end=start + lead + len(text),
                quote=_SPACES.sub(" ", text)[:500],
                method="rule",
                ocr=page.ocr,
                confidence=0.7 + 0.1 * bool(parts["quantities"]) + 0.1 * bool(parts["qualities"]),
                message=message.id if message else None,
                detail=make_detail(
                    subject=product or vendor,
                    vendor=vendor,
                    product=product,
                    quantities=parts["quantities"],
                    qualities=parts["qualities"],
                ),
            )
