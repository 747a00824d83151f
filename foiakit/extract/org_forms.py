"""What an organization-shaped name is, by its words alone: a company (corporate suffix), a public agency (head
noun: "… Police Department", "Board of …", "City of …"), a unit inside an agency ("Legal Department", "Gang
Investigations Division"), or nothing (a title, a place, a law named after a body, a bare reference such as
"the Board"). The word lists are `data/org_words.json`."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from foiakit.extract.lexicon import words
from foiakit.extract.org_roles import official_possessive

_SPACES = re.compile(r"\s+")
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "at", "to", "de"})


@dataclass(frozen=True, slots=True)
class OrgMention:
    kind: str  # vendor | agency | agency_unit | product
    canonical: str
    page: int
    start: int
    end: int
    text: str
    quote: str
    method: str
    confidence: float
    ocr: bool
    product: str | None = None
    maker: str | None = None  # a product's vendor: named by the product, not in the text
    role: str | None = None  # seller, bidder, subcontractor: what the document's structure says the party is

    @property
    def vendor(self) -> str | None:
        """The vendor this mention names (a vendor) or implies (a product's maker)."""
        return self.canonical if self.kind == "vendor" else self.maker if self.kind == "product" else None


def classify(tokens: list[str]) -> str | None:
    """'vendor', 'agency', 'agency_unit' or None for an organization-shaped name, by its words alone."""
    org_words = words("org_words")
    lower = [t.lower().strip(",") for t in tokens if t.strip(", \n\t")]
    while lower and lower[0] == "the":
        lower = lower[1:]  # "the Board" is "Board": a reference, judged as such below
    if len(lower) >= 2 and lower[-1] == "pd":
        return "agency"  # "Eugene PD"
    if lower and _office_of_official(lower):
        return "agency"  # "Office of the Chief Financial Officer", "Mayor's Office of Legal Counsel"
    if not lower or lower[-1] in org_words["title_words"]:
        return None  # "Senior Attorney Advisor": a person's title, not a body
    titles = org_words["title_words"] | {"sheriff", "mayor", "governor"}
    if len(lower) > 2 and lower[0] in titles and lower[1] in {"of", "for", "and"}:
        return None  # "Chief of Police", "Superintendent of Police", "Mayor and the Council"
    if lower[-1] in org_words["title_ends"]:
        return None  # "Department of Defense Federal Acquisition Regulation": a rule named after a body
    if not _body_form(tokens, lower):
        return None
    has_head = any(t in org_words["agency_heads"] for t in lower)
    strong_head = any(t in org_words["agency_strong_heads"] for t in lower)
    joined = " ".join(lower)
    place = joined.startswith(_forms(org_words["place_forms"]))
    if lower[-1] in org_words["corporate_suffixes"] and lower[-1] not in org_words["not_vendor_suffix_before"]:
        named = [t for t in lower if t not in org_words["corporate_suffixes"] and t not in org_words["connectors"]]
        company = lower[-1] in org_words["legal_forms"]  # "Brightline Marketing Agency, LLC": a company all the same
        company = company or _trade_after_head(lower, org_words)  # "Crestline Police Supply Co.": police its trade
        if (strong_head and not company) or not named or all(t in org_words["generic_first_words"] for t in named):
            return None  # "Billing Company", "Oregon Municipal Corporation": a description, not a name
        return "vendor"
    if _public_body_form(lower):
        return "agency"  # "Fenwick Middle School", "Alder Creek School Dist # 12": a school or college is public
    if strong_head or place or (has_head and len(lower) >= 3 and lower[0] not in org_words["connectors"]):
        if len(lower) == 1 or not (place or _headed(lower, org_words["agency_heads"])):
            return None
        if place and not has_head and not joined.startswith(_forms(org_words["place_forms_alone_ok"])):
            return None  # "State of Oregon", "District of Columbia": a place, not a body
        if not place:
            generic = _generic_kind(lower)
            if generic != "agency":
                return generic
        if not place and (lower[-1] in org_words["unit_heads"] or lower[0] == "bureau"):
            return "agency_unit"  # "Gang Investigations Division", "Bureau of Organized Crime": part of an agency
        return "agency"
    weak = lower[-1] in org_words["weak_suffixes"] and lower[0] not in org_words["generic_first_words"]
    no_connector = not any(t in org_words["connectors"] for t in lower)
    if weak and no_connector and len(lower) >= 2 and not has_head and all(t[:1].isalpha() for t in lower):
        return "vendor"
    return None


def _office_of_official(lower: list[str]) -> bool:
    """ "Office of the Chief Financial Officer", "Office of Legal Counsel", "Mayor's Office of Legal Counsel": the
    office of an official, named by the official's title with a word that says which one ("Office of the Director"
    does not say, nor "Office of the City Administrator" of which city)."""
    org_words = words("org_words")
    merged: list[str] = []
    for word in lower:  # a tokenizer splits the possessive off: ["mayor", "'s", "office", …]
        if word in {"'s", "’s"} and merged:
            merged[-1] += word
        else:
            merged.append(word)
    lower = merged
    if "office" not in lower[:2] or lower[-1] not in org_words["title_words"]:
        return False
    at = lower.index("office")
    if at + 1 >= len(lower) or lower[at + 1] != "of":
        return False
    owner = lower[:at]
    if owner and not (len(owner) == 1 and official_possessive(owner)):
        return False  # "Senior Office of …": no office of an official's
    plain = org_words["title_words"] | org_words["generic_body_words"] | org_words["connectors"]
    qualifiers = [w for w in lower[at + 2 : -1] if w not in plain]
    return bool(qualifiers) or bool(owner)


def _trade_after_head(lower: list[str], org_words: dict) -> bool:
    """A head noun that only says whom a business serves, its trade's noun after it ("Police Supply", "Sheriff's
    Equipment"): the name is a company's when a corporate suffix ends it."""
    heads = org_words["agency_strong_heads"]
    return any(w in heads and lower[i + 1] in org_words["business_nouns"] for i, w in enumerate(lower[:-1]))


_TITLE_PLACES = frozenset({"city", "county", "town", "village", "township", "borough", "state", "assistant", "deputy"})


def _body_form(tokens: list[str], lower: list[str]) -> bool:
    """False for the forms that hold an agency's head noun but name no body: a form's instruction ("(Specify
    Authority)"), a title with its place ("City Manager of Alder Falls"), a street or building ("Waynetowne
    Court"), a head noun in lower case after capitalised words ("City Hall office hours")."""
    org_words = words("org_words")
    if lower[0] in org_words["instruction_verbs"] and len(lower) <= 3:
        return False
    if len(lower) >= 3 and lower[0] in _TITLE_PLACES and lower[1] in org_words["title_words"]:
        return False
    heads = [w for w in lower if w in org_words["agency_heads"] or w in org_words["agency_strong_heads"]]
    if lower[-1] == "court" and heads == ["court"] and not any(w in org_words["court_kinds"] for w in lower):
        return False
    written = [t.strip(",") for t in tokens if t.strip(", \n\t")]
    last = written[-1] if written else ""
    lower_head = last.isalpha() and last.islower() and lower[-1] in org_words["agency_heads"]
    return not (lower_head and written[0][:1].isupper())


_NUMBER_TOKEN = re.compile(r"^(?:#|no\.?|#?\d+[a-z]?)$")


def _public_body_form(lower: list[str]) -> bool:
    """A name that ends like a public school or college ("… School District", "… Community College", a district
    number after it) or opens like a university's governing body ("Regents of …")."""
    org_words = words("org_words")
    end = len(lower)
    while end > 1 and _NUMBER_TOKEN.match(lower[end - 1]):
        end -= 1
    named = " ".join(lower[:end])
    if named.startswith(_forms(org_words["public_body_starts"], after=" ")):
        return True
    return named.endswith(_forms(org_words["public_body_ends"], before=" "))


@functools.lru_cache(maxsize=64)
def _forms(forms: frozenset[str], before: str = "", after: str = "") -> tuple[str, ...]:
    """A list's forms as one tuple for str.startswith / str.endswith (one C call, not a generator per name)."""
    return tuple(before + form + after for form in sorted(forms))


# head nouns that name no field of their own: "… of Department" ends before the body's name, "… of Corrections" not
_BARE_HEADS = frozenset(
    {"department", "departments", "dept", "dept.", "office", "offices", "agency", "division", "bureau", "board"}
    | {"commission", "council", "administration", "authority", "committee"}
)
_GOVERNING_HEADS = frozenset({"authority", "commission", "council"})


def _generic_kind(lower: list[str]) -> str | None:
    """An agency-headed name with no place: None when no word says which body ("the Board", "State Circuit
    Court", "Services Procured Outside of Department", "MuckRock News DEPT"), 'agency_unit' when its words
    only name a function every body has ("Legal Department", "Office of Legal Affairs"), else 'agency'.
    Police, sheriff and attorney-general forms stay agencies: the document's place resolves them later."""
    org_words = words("org_words")
    if any(w in {"police", "sheriff", "sheriff's", "attorney"} for w in lower):
        return "agency"
    if len(lower) >= 2 and lower[-2] == "of" and lower[-1] in _BARE_HEADS:
        return None  # "… Outside of Department": a phrase cut before the body's name ("… of Corrections" names one)
    if lower[-1] in {"dept", "dept."} and not any(
        w in org_words["department_fields"] or w in org_words["function_words"] for w in lower[:-1]
    ):
        return None  # "MuckRock News DEPT MR 193913": a mail stop in an address
    heads = org_words["agency_heads"] | org_words["unit_heads"] | {"departments", "offices", "committee"}
    content = [w for w in lower if w not in org_words["connectors"] and w not in heads]
    if all(w in org_words["generic_body_words"] for w in content):
        return None
    formal = lower[:2] == ["department", "of"]  # "Department of Procurement": a city's department, an agency
    if not formal and all(w in org_words["generic_body_words"] or w in org_words["function_words"] for w in content):
        # "Public Finance Authority", "Government Records Council": a governing body's head with two words of
        # what it governs is a body of its own; "Finance Committee", "Records Division" are some agency's units
        return "agency" if lower[-1] in _GOVERNING_HEADS and len(content) >= 2 else "agency_unit"
    return "agency"


def _headed(lower: list[str], heads: frozenset[str]) -> bool:
    """Whether a head noun governs the name: it ends it ("… Police Department") or opens a complement ("Council
    of the District …"). "Sheriff Howard Lindqvist" has a head word, but it is a person's title there."""
    if lower[-1] in heads or lower[-1] in {"county", "sheriff"}:
        return True
    return any(w in heads and lower[i + 1] in {"of", "for", "on"} for i, w in enumerate(lower[:-1]))


_SUFFIX_TRIM = re.compile(
    r"(?:,?\s+(?:inc\.?|incorporated|llc|l\.l\.c\.|corp\.?|corporation|co\.?|company|ltd\.?|limited|l\.?p\.|plc|gmbh))+$",
    re.I,
)


def canonical_name(text: str, kind: str) -> str:
    name = _SPACES.sub(" ", text).strip(" ,.;:")
    if kind == "agency" and name.endswith(" PD"):
        name = name[:-3] + " Police Department"
    if kind == "vendor":
        name = _SUFFIX_TRIM.sub("", name).strip(" ,")
    if name.lower().startswith("the "):
        name = name[4:]
    if kind == "agency":
        name = _without_own_initialism(name)
    if name.isupper() and len(name) > 5:  # "CITY OF EUGENE" → "City of Eugene"
        name = _POSSESSIVE_CAPITAL.sub(lambda m: m.group(0).lower(), name.title())  # "Sheriff'S" → "Sheriff's"
    words_ = name.split(" ")  # "City Of Chicago" → "City of Chicago": one body, one spelling
    name = " ".join(w.lower() if i and w.istitle() and w.lower() in _SMALL_WORDS else w for i, w in enumerate(words_))
    if kind == "agency":
        name = state_attorney_general(name) or _COUNCIL_OF.sub(r"\2 \1", name)
    return name


_POSSESSIVE_CAPITAL = re.compile(r"(?<=\w)['’]S\b")  # str.title() capitalises the s after an apostrophe


def _without_own_initialism(name: str) -> str:
    """ "DMV DEPARTMENT OF MOTOR VEHICLES DMV": a letterhead prints the body's initialism before or after its
    name; the name alone is the body's."""
    words_ = name.split(" ")
    core = [w for w in words_ if not _initialism_of(w, words_)]
    return " ".join(core) if core and len(core) < len(words_) else name


def _initialism_of(word: str, words_: list[str]) -> bool:
    """Whether `word` is the initialism of the other words of a name, itself among them at the start or end."""
    if len(word) < 2 or not word.isupper() or not word.isalpha() or word not in (words_[0], words_[-1]):
        return False
    others = [w for w in words_ if w != word and re.match(r"[A-Za-z]", w) and w.lower() not in _SMALL_WORDS]
    return len(others) == len(word) and word == "".join(w[0].upper() for w in others)


# "City Council of Alder Falls" is the "Alder Falls City Council": one body, one spelling
_COUNCIL_OF = re.compile(
    r"^((?:City|Town|Village|Borough|Township) Council) of (?:the (?:City|Town|Village) of )?([A-Z][\w .'-]+)$"
)


def state_attorney_general(name: str) -> str | None:
    """ "Office of the Illinois Attorney General", "Oregon Attorney General's Office", "Attorney General of Texas"
    → "<State> Attorney General": one name for one office."""
    states = "|".join(sorted(words("org_words")["states"], key=len, reverse=True))
    match = re.fullmatch(
        rf"(?:(?:the\s+)?Office\s+of\s+(?:the\s+)?)?({states})\s+Attorney\s+General(?:['’]s\s+Office)?"
        rf"|(?:(?:the\s+)?Office\s+of\s+)?(?:the\s+)?Attorney\s+General\s+(?:of|for)\s+(?:the\s+State\s+of\s+)?({states})",
        name,
        re.I,
    )
    if not match:
        return None
    state = next(g for g in match.groups() if g)
    return f"{next(s for s in words('org_words')['states'] if s.lower() == state.lower())} Attorney General"
