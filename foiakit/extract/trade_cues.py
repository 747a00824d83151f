"""A name the sentence sets in a trade, whatever the name's form: "cameras purchased from Brightfen", "a quote from
Harrowgate Imaging", "the software is supplied by Quillon Vision", "our agreement with Tamsin Paving", "Brightfen,
a Denver company that …", "the vendor Quillon".

Most vendors a report, a letter or an e-mail names carry no legal form ("Flock", "Axon"): their form decides nothing
(`org_forms.classify` returns None), and without a list they were dropped. The words around them say what they are.
A cue counts only for a name whose form says nothing else (a public body's form still makes it an agency: "an
agreement with the Town of Wexbury") and that is not a person's ("purchased from Dana Quillon": a given name
first), a title ("provided by Officer Reyes"), a state, or words that name no one ("provided by Staff").

Phrasings live in `data/org_words.json` (`trade_cues_before`, `trade_verbs_from`,
`trade_appositive_nouns`): general English, never a
sentence of one document.
"""

from __future__ import annotations

import functools
import re

from foiakit.extract.lexicon import given_names, words

_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss", "hon", "hon.", "sgt", "sgt."})
_PARTY_CUES = ("with",)
# the parties an agreement names by their part in it, besides its defined terms for sellers and public bodies
_PARTY_NOUNS = frozenset(
    {
        "party",
        "parties",
        "grantee",
        "grantor",
        "licensee",
        "customer",
        "client",
        "official",
        "owner",
        "purchaser",
        "buyer",
        "user",
        "recipient",
        "subrecipient",
        "lessee",
        "lessor",
    }
)  # "an agreement with X": a party to it; "from"/"by" and a seller's noun: the seller


@functools.cache
def _before_pattern() -> re.Pattern[str]:
    """The cue phrases right before a name (which may start the next line; "the" may stand between), or a verb of
    trade and "from" later in its clause ("bought twelve readers from …")."""
    org_words = words("org_words")
    cues = sorted(org_words["trade_cues_before"], key=lambda cue: (-len(cue), cue))
    alternatives = "|".join(r"\s+".join(re.escape(w) for w in cue.split()) for cue in cues)
    verbs = "|".join(sorted(re.escape(v) for v in org_words["trade_verbs_from"]))
    cue = rf"(?:{alternatives}|(?:{verbs})\b[^.;:!?\n]{{1,60}}?[ \t]from)"
    return re.compile(rf"(?<![\w-])(?P<cue>{cue})(?:\s+the)?[ \t]*\n?[ \t]*$", re.I)


@functools.cache
def _appositive_pattern() -> re.Pattern[str]:
    """ "Brightfen, a Denver company …", "Quillon Vision, the camera maker": a noun of trade within four words."""
    nouns = sorted(words("org_words")["trade_appositive_nouns"], key=lambda noun: (-len(noun), noun))
    alternatives = "|".join(re.escape(noun) for noun in nouns)
    return re.compile(rf"^,[ \t]+(?:a|an|the)[ \t]+(?:[\w.'’-]+[ \t]+){{0,4}}?(?:{alternatives})\b", re.I)


def trade_role(text: str, start: int, end: int) -> str | None:
    """The role ("seller", "party") a trade cue gives the name at `text[start:end]`, or None when no cue stands
    beside it or the name is a person's, a title, a place or no name."""
    name = text[start:end]
    if not _may_name_a_firm(name):
        return None
    if " " not in name.strip() and re.search(rf"(?<![\w-]){re.escape(name.strip().lower())}(?![\w-])", text):
        return None  # "provided by Staff" on a page that writes "staff": a word, not a name
    before = _before_pattern().search(text, max(0, start - 100), start)
    if before is not None:
        cue = before.group("cue").lower().split()
        return "party" if cue[-1] in _PARTY_CUES else "seller"
    if _appositive_pattern().match(text[end : end + 80]):
        return "seller"
    return None


def _may_name_a_firm(name: str) -> bool:
    tokens = [t.strip(".,;:()\"'“”‘’") for t in name.split()]
    lower = [t.lower() for t in tokens if t]
    if not lower or sum(c.isalpha() for c in name) < 3:
        return False
    org_words = words("org_words")
    if lower[0] in _HONORIFICS or lower[0] in org_words["title_words"] or lower[0] in {"officer", "deputy", "sheriff"}:
        return False  # "provided by Officer Reyes", "Chief Dana Roe"
    if lower[0] in given_names() and len(lower) <= 3:
        return False  # "purchased from Dana Quillon": a person's name opens with a given name
    roles = org_words["vendor_defined_terms"] | org_words["agency_defined_terms"] | _PARTY_NOUNS
    if len(lower) <= 2 and lower[-1] in roles:
        return False  # "provided by Contractor", "maintained by the Grantee": an agreement's defined party
    if " ".join(lower) in {s.lower() for s in org_words["states"]}:
        return False  # "purchased from Oregon"
    meaningless = org_words["not_org_words"] | org_words["generic_first_words"] | org_words["connectors"]
    return not all(t in meaningless for t in lower)
