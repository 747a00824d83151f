"""Sentences that are no capability claim whatever they name: negated, hedged, a duty or a definition of an
agreement, a disclaimer, an instruction, a question, a heading, a form's field, a citation, a piece of a sentence
cut at a printed line, the agency's policy or practice (its people as the subject), a report of what happened.
`capabilities.claim_parts` asks `vetoed` of every sentence that reads like a claim."""

from __future__ import annotations

import functools
import re
from itertools import pairwise

from foiakit.extract.claim_voice import agency_voice, past_labels, reports_a_doing
from foiakit.extract.lexicon import PhrasePattern, phrase_pattern, words

_SPACES = re.compile(r"\s+")


def tokens_of(sentence: str) -> list[str]:
    """The sentence's words, lower case (figures, "%", "/", "'" and "-" kept inside them)."""
    return re.findall(r"[a-z0-9%/'-]+", sentence.lower())


# a defined term of an agreement: '1.10 "Footage" means …' (a definition says what a word means in the contract)
_DEFINITION = re.compile(
    r"^[\W\d.,]*[\"“‘'][^\"”’']{2,60}[\"”’']\s*(?:\([^)]*\)\s*)?(?:means|shall mean|refers to)\b", re.I
)


# a term defined inside a sentence whose opening quote OCR lost: 'FlockOS® Essentials” means access to …'
_DEFINED_INSIDE = re.compile(r"[\"”’']\s*(?:\([^)]*\)\s*)?(?:means|shall mean)\b", re.I)
_FORM_LABEL = re.compile(r"\b[A-Z][A-Za-z]*(?: [A-Za-z]+)?:(?=\s|$)")
LONGEST_CLAIM = 800  # characters: past this a "sentence" is a form or a table OCR'd into one line


def vetoed(sentence: str) -> bool:
    """A sentence that cannot be a claim whatever it names: negated, hedged, a requirement, a term of an
    agreement (a duty, a definition), a disclaimer, an instruction or an invitation to the reader ('Identify …
    that you saw', 'Learn how to …'), a question, one about the records request, a run-on too long to be a
    sentence, text that states nothing (`not_a_statement`), the agency's rule, purpose or use ('policy_markers'),
    a sentence whose subject is the agency or its people, or a report of what happened."""
    lexicon = words("claims")
    flat = _SPACES.sub(" ", sentence).strip()
    tokens = tokens_of(flat)
    token_set = set(tokens)
    if token_set & lexicon["negations"] or token_set & lexicon["hedges"] or _DEFINITION.match(flat):
        return True
    if flat.endswith("?") or len(flat) > LONGEST_CLAIM or _DEFINED_INSIDE.search(flat):
        return True
    opening_verbs = _opening_verbs()
    # an imperative to the reader: it speaks to "you", or asks for "any" of something ("Identify any person …")
    if tokens and tokens[0] in opening_verbs and (token_set & lexicon["instruction_words"] or tokens[1:2] == ["any"]):
        return True
    if len(_FORM_LABEL.findall(flat)) >= 3:
        return True  # "Deployment dates: Quantity: Status: …": a form's labels, not a sentence
    if not_a_statement(flat) or _about_the_agency(tokens, lexicon) or _reports_the_past(flat, tokens, lexicon):
        return True
    # "Based on our observation of the software …, the City is maintaining …": the clause after an opening phrase
    if (opened := _OPENING_PHRASE.match(flat)) and _about_the_agency(tokens_of(flat[opened.end() :]), lexicon):
        return True
    if agency_voice(tokens, lexicon) or _a_rule_says(tokens, lexicon):
        return True
    return _vetoes().search(flat.lower()) is not None


# the lists' unions, made once (not once per sentence)
@functools.cache
def _opening_verbs() -> frozenset[str]:
    lexicon = words("claims")
    return lexicon["verbs"] | lexicon["invitation_verbs"]


@functools.cache
def _vetoes() -> PhrasePattern:
    lexicon = words("claims")
    return phrase_pattern(
        lexicon["legal_markers"] | lexicon["disclaimers"] | lexicon["request_words"] | lexicon["policy_markers"]
    )


# a question put as a bullet after other text ("… License Plate Recognition Systems • Does the system allow …")
_BULLET_QUESTION = re.compile(r"[•●▪◦‣]\s*(?:does|do|did|is|are|will|would|has|have|should)\s", re.I)
# a reference in a bibliography: "(2019)." after the authors, or "63(4), 280–291" (volume, issue, pages)
_CITATION = re.compile(r"\(\d{4}[a-z]?\)[.,]|\b\d+\(\d+\),\s*\d+\s*[–-]\s*\d+")
# a table of contents' dot leaders ("Scope of work ........ 4")
_LEADERS = re.compile(r"(?:\.\s?){4,}\s*\d+\s*$|…\s*\d+\s*$")
# a clause cut off by the end of a printed line: it ends on a word that cannot end a sentence
_DANGLING = frozenset(
    {"a", "an", "the", "of", "to", "for", "with", "and", "or", "by", "in", "on", "at", "from", "that"}
)


def leaves_open(line: str) -> bool:
    """Whether a printed line leaves its clause open for the next: it ends on a comma, a hyphen or a word that
    cannot end a sentence ("… audio, video, image, and")."""
    flat = line.strip()
    if flat.endswith((",", "-", "–", "(")):
        return True
    words = re.findall(r"[a-z]+", flat.split()[-1].lower()) if flat else []
    return bool(words) and words[-1] in _DANGLING and not flat.endswith((".", "!", ";", ":", ")"))


def not_a_statement(flat: str) -> bool:
    """Text that states nothing, whatever words it holds: a heading ("426.3 DATA COLLECTION AND RETENTION"), a
    lead-in to a list or a form's label ("… regarding access to stored data:"), a question in a bullet, a
    reference in a bibliography, a table of contents' line, or a piece of a sentence cut at a printed line."""
    if flat.endswith(":") or _BULLET_QUESTION.search(flat) or _CITATION.search(flat) or _LEADERS.search(flat):
        return True
    if heading(flat) or _shouted(flat) or len(re.findall(r"\bN/A\b", flat)) >= 2:
        return True  # … or a form filled in ("… impact reports N/A … assessments N/A")
    last_word = flat.split()[-1].lower() if flat else ""
    if not flat.endswith((".", "!", ";", ")", '"', "”")) and last_word in _DANGLING:
        return True
    return re.match(r"^[^(]{1,20}\)", flat) is not None  # "NCIC) for similar …": starts inside a parenthesis


def heading(flat: str) -> bool:
    """A heading: a few words in capitals, perhaps after a section number, with no figure and no full stop (a
    headline in capitals with a figure, "IDENTIFY UP TO 40 PEOPLE …", is a claim)."""
    letters = [c for c in flat if c.isalpha()]
    if len(letters) < 4 or sum(c.isupper() for c in letters) < 0.9 * len(letters):
        return False
    body = re.sub(r"^[\d.\s]+", "", flat)
    return len(body.split()) <= 8 and not re.search(r"\d", body) and not flat.endswith((".", "!"))


def _shouted(flat: str) -> bool:
    """A long passage in capitals with no figure in it: the limits of liability and warranty disclaimers of an
    agreement ("… TO CAPTURE FOOTAGE; OR (F) FOR ANY AMOUNTS THAT …"), not a product's headline."""
    letters = [c for c in flat if c.isalpha()]
    shouting = len(letters) >= 40 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)
    return shouting and not re.search(r"\d|%", flat)


# a phrase that sets the scene before a sentence's subject, up to its comma: a preposition or a participle and what
# follows it ("Based on our review of the logs, …", "During the trial, …", "In 2025, …")
_OPENING_PHRASE = re.compile(
    r"^[\W\d]*(?:based on|in|during|as|after|before|since|from|for|with|by|under|using|through|following|at|on|per|"
    r"of|over|within|between)\b[^,;:]{1,160},\s+",
    re.I,
)
# the words that carry a clause's tense or mood
_AUXILIARIES = frozenset({"is", "are", "was", "were", "will", "can", "may", "shall", "must", "should", "has", "have",
                          "had", "does", "do", "did", "be", "been", "would", "could", "might"})  # fmt: skip
_PAST = frozenset({"was", "were", "had", "did"})
_RELATIVE = frozenset({"which", "who"})
_ADVERBS = frozenset({"now", "already", "since", "also", "just", "together", "collectively"})
_OBJECT_START = frozenset({"a", "an", "the", "all", "every", "its", "their", "over", "more", "some"})
_LEADING = frozenset({"whereas", "the", "a", "an", "all", "any", "each", "every", "no"})


def _about_the_agency(tokens: list[str], lexicon: dict) -> bool:
    """The sentence is about the agency or its people, not a product: its subject is an agency word followed by a
    verb ("Agency is responsible …", "Members approved to access …", "WHEREAS, Customer desires …"). "Officers
    can …" is left alone: vendors write that of what their product lets officers do."""
    # a section word the text layer ran into the sentence is no part of it ("Background The Department …")
    words = [t for t in past_labels(tokens, lexicon)[:10] if t not in _LEADING]
    for at, word in enumerate(words[:4]):
        if word in lexicon["agency_subjects"]:
            after = words[at + 1] if at + 1 < len(words) else ""
            if after != "can" and (
                after in _AUXILIARIES or after in lexicon["agency_verbs"] or reports_a_doing(after, lexicon)
            ):
                return True
    return False


def _reports_the_past(flat: str, tokens: list[str], lexicon: dict) -> bool:
    """A report of what happened, not of what a product does: the clause's first auxiliary is past ("These tests
    were analyzed …", "Pittsburgh was selected …"), a line of minutes opens on a past verb taking an object and
    has no auxiliary ("Recommended placing a resolution …"), or a capability verb in the past takes an object
    ("the test vehicle detected a car approaching …"). Present perfect ("has logged over 2 billion detections")
    is not past."""
    # an auxiliary right after "which" or "who" is a relative clause's ("Kestrel, which was founded in 2015, reads …")
    first_auxiliary = next(
        (t for at, t in enumerate(tokens) if t in _AUXILIARIES and (at == 0 or tokens[at - 1] not in _RELATIVE)), None
    )
    if first_auxiliary in _PAST:
        return True
    # "Recommended placing a resolution …", "Discussed a resolution …"; not "Automated alerts reach …"
    opening = re.match(r"^[\W\d]*[A-Z][a-z]+ed\s+([a-z]+)", flat)
    if opening and first_auxiliary is None:
        following = opening.group(1)
        if following in _OBJECT_START or following.endswith("ing"):
            return True
    for at, token in enumerate(tokens[1:-1], start=1):
        # the auxiliary may stand one adverb back: "has now captured", "have already matched"
        helped = tokens[at - 1] in _AUXILIARIES or (
            at >= 2 and tokens[at - 2] in _AUXILIARIES and (tokens[at - 1] in _ADVERBS or tokens[at - 1].endswith("ly"))
        )
        if token in lexicon["verbs"] and token.endswith("ed") and not helped:
            following = tokens[at + 1]
            if following in _OBJECT_START or following[0].isdigit():
                return True
    return False


def _a_rule_says(tokens: list[str], lexicon: dict) -> bool:
    """A rule or a law as the subject, doing what rules do ("… Dissemination policies recognize that ALPR data …",
    "The policy allows officers to search …"): the agency's rule, whatever product it names."""
    body = past_labels(tokens, lexicon)[:20]
    return any(word in lexicon["rule_words"] and after in lexicon["rule_verbs"] for word, after in pairwise(body))
