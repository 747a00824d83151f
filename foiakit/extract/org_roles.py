"""A place's name acting as its government.

"Marlow County" and "State of Alder" are places by their words ("Marlow County, Oregon" in an address, "Marlow County
residents", "in Marlow County"); the sentence or the page's structure makes them the body: the subject of a verb
of acting ("Marlow County approved the budget"), a party to an agreement ("between Marlow County and …", "the State
of Alder, acting by and through its Department of Roads"), the buyer of a sale's paper ("Sold to: Marlow County"),
a signer's employer under the job title ("Records Clerk / Marlow County")."""

from __future__ import annotations

import functools
import re

from foiakit.extract.lexicon import words

_CAPITALISED = re.compile(r"^[A-Z][\w.'’-]*$")


def bare_place(tokens: list[str]) -> bool:
    """ "Marlow County", "Alder Creek County", "State of Alder", "Commonwealth of Tamsin": a place's name with no
    head noun of a body ("Marlow County Board" is a body by its words already)."""
    written = [t.strip(",") for t in tokens if t.strip(", \n\t")]
    lower = [t.lower() for t in written]
    org_words = words("org_words")
    heads = org_words["agency_heads"] | org_words["agency_strong_heads"] | org_words["unit_heads"]
    if len(written) < 2 or any(w in heads or w in org_words["title_words"] for w in lower):
        return False
    if lower[0] == "the":
        written, lower = written[1:], lower[1:]
    if 2 <= len(written) <= 4 and lower[-1] in {"county", "parish"}:
        return all(_CAPITALISED.match(w) and w.lower() not in org_words["connectors"] for w in written[:-1])
    if 3 <= len(written) <= 5 and lower[0] in {"state", "commonwealth"} and lower[1] == "of":
        return all(_CAPITALISED.match(w) for w in written[2:])
    return False


@functools.cache
def _acting_after() -> re.Pattern[str]:
    verbs = "|".join(sorted(words("org_words")["body_acting_verbs"], key=len, reverse=True))
    # "Marlow County approved …", "Marlow County has approved …", "the State of Alder, acting by and through …"
    return re.compile(
        rf"[ \t]*(?:,[ \t]*(?:a[ \t]+[\w ]{{2,40}}?,[ \t]*)?)?(?:(?:has|have|had|hereby|also|then|formally|jointly)"
        rf"[ \t]+)?(?:{verbs})\b"
    )


@functools.cache
def _party_before() -> re.Pattern[str]:
    labels = "|".join(re.escape(label).replace(r"\ ", r"[ \t]+") for label in sorted(words("prices")["buyer_labels"]))
    # "an agreement between Marlow County and …", "by and between the State of Alder and …", "Sold to: Marlow County"
    return re.compile(rf"(?:{_AGREEMENT}|^[ \t]*(?:{labels})[ \t]*:)[ \t]*(?:the[ \t]+)?$", re.I | re.M)


# "between" names an agreement's parties only after an agreement's word ("roads between Marlow County and …" do not)
_AGREEMENT = (
    r"(?:\b(?:agreement|contract|memorandum|understanding|lease|made|entered[ \t]+into|executed|by[ \t]+and)\b"
    r"[^.;\n]{0,60}?\bbetween)"
)
_AGREEMENT_AND = re.compile(rf"{_AGREEMENT}\b[^.;:\n]{{2,80}}?\band[ \t]+(?:the[ \t]+)?$", re.I)


def acts_as_body(text: str, start: int, end: int) -> bool:
    """Whether the place's name at `text[start:end]` acts in its sentence or stands as a party in the page's
    structure: a verb of acting after it, an agreement's "between" or a buyer's label before it."""
    if _acting_after().match(text, end):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 100) : start]
    if _party_before().search(before) or _AGREEMENT_AND.search(before):
        return True
    line_end = text.find("\n", end)
    alone = not text[line_start:start].strip() and not text[end : len(text) if line_end < 0 else line_end].strip()
    if line_start >= 2 and not text[line_start:start].strip():
        above_start = text.rfind("\n", 0, line_start - 1) + 1
        above = text[above_start : line_start - 1].strip()
        if _party_before().search(above):
            return True  # a buyer's label alone on the line above ("Sold To:" / "Marlow County")
        return alone and _job_title(above)  # a signature: "Records Clerk" / "Marlow County", the signer's employer
    return False


def _job_title(line: str) -> bool:
    """ "Records Clerk", "Assistant Attorney General": a signer's job title on its own line."""
    tokens = {t.strip(",.").lower() for t in line.split()}
    return 0 < len(line.split()) <= 6 and bool(tokens & words("org_words")["signature_titles"])


OFFICIALS = frozenset({"mayor", "governor", "sheriff", "attorney", "comptroller", "treasurer", "auditor"})


def official_possessive(leading: list[str]) -> bool:
    """ "Mayor's", "Governor’s": an official's possessive before an office names whose office it is."""
    joined = "".join(leading)  # spaCy splits the possessive off: ["mayor", "'s"]
    return joined.endswith(("'s", "’s")) and joined[:-2] in OFFICIALS
