"""Places and organisations from spaCy's named entities, cleaned, merged and deduplicated.

The small English model tags many non-entities (figure labels, method names, capitalised
common words, cited authors) and prints the same entity in several forms ("Hebei Province" /
"Hebei", "X Co., Ltd" / "X"). Cleaning is general: strip determiners, possessives, punctuation
and legal or administrative suffixes; split enumerations; drop numbers, single letters,
statistical method names, bare compass words and names of cited authors.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span

from extract.document import Reference
from extract.model import Entities

PLACE_LABELS = {"GPE", "LOC"}
ORG_LABELS = {"ORG"}
JUNK = re.compile(
    r"^(table|figure|fig|model|index|appendix|section|eq|equation|h\d+)\b|[\d%<>=*]|"
    r"^(ols|cox|gmm|did|iv|2sls|sdm|sem|sar|fsqca|qca|vif|anova|pca|var|logit|probit|tobit)$",
    re.I,
)
COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "central"}
PLACE_SUFFIX = re.compile(
    r"\s+(province|city|county|municipality|prefecture|district|autonomous region)$",
    re.I,
)
ORG_SUFFIX = re.compile(r"[\s,]+(co\.?,?\s*ltd\.?|co\.?|ltd\.?|inc\.?|corp\.?|llc|plc|gmbh|limited)$", re.I)
CONNECTORS = {"of", "and", "for", "the", "de", "&", "on", "in", "at"}


def clean(text: str) -> str:
    """Whitespace, surrounding punctuation, a leading determiner and a trailing possessive removed."""
    text = re.sub(r"\s+", " ", text).split("(")[0]
    text = text.strip(" ,.;:()[]\"'“”‘’*-–")
    text = re.sub(r"^(the|a|an)\s+", "", text, flags=re.I)
    text = re.sub(r"['’]s?$", "", text).strip(" ,.;:")
    return text


def _plausible(name: str, authors: set[str]) -> bool:
    """Not junk: capitalised, short, no digits or symbols, not a method, direction or cited author."""
    words = name.split()
    if len(name) < 3 or not name[0].isupper() or len(words) > 8 or JUNK.search(name):
        return False
    if name.lower() in COMPASS or name.lower() in authors:
        return False
    # a real name capitalises its content words ("National Economic and Social development" is a phrase)
    return all(w[0].isupper() or w.lower() in CONNECTORS or not w[0].isalpha() for w in words)


def _names(ent: Span) -> list[str]:
    """An entity's text split at commas/"and" when it enumerates several capitalised names."""
    base = ORG_SUFFIX.sub("", clean(ent.text))
    parts = [clean(p) for p in re.split(r",\s*|\s+and\s+", base)] if "," in base else [base]
    return [p for p in parts if p]


def _capitalised_modifier(ent: Span) -> bool:
    """'Digital finance raises ...': a sentence's capitalised first word modifying a lower-case
    noun is an ordinary word, whatever the tagger says."""
    tok = ent[0]
    return (
        len(ent) == 1
        and ent.start == ent.sent.start
        and tok.dep_ in {"amod", "compound", "nmod"}
        and tok.head.i > tok.i
        and tok.head.text.islower()
    )


def _author_surnames(references: Iterable[Reference]) -> set[str]:
    out = set()
    for ref in references:
        for a in ref.authors:
            bits = [b for b in re.split(r"[\s,.]+", a) if len(b) > 1]
            out.update(b.lower() for b in bits)
    return out


def _merge(names: set[str], suffix: re.Pattern[str]) -> set[str]:
    """Drop a legal/administrative suffix; the variants then collapse into one name."""
    return {suffix.sub("", n).strip(" ,") for n in names} - {""}


def collect_entities(docs: list[Doc], references: Iterable[Reference] = ()) -> Entities:
    """Sorted, deduplicated places and organisations of a paper's paragraphs."""
    authors = _author_surnames(references)
    places: set[str] = set()
    orgs: set[str] = set()
    for doc in docs:
        for ent in doc.ents:
            if ent.label_ not in PLACE_LABELS | ORG_LABELS:
                continue
            if _capitalised_modifier(ent):
                continue
            for name in _names(ent):
                if not _plausible(name, authors):
                    continue
                (places if ent.label_ in PLACE_LABELS else orgs).add(name)
    places = _merge(places, PLACE_SUFFIX)
    orgs = _merge(orgs, ORG_SUFFIX)
    # a one-word name the paper also writes in lower case ("Digital", "Group") is a common word
    common = {t.text for doc in docs for t in doc if t.text.islower()}
    places = {p for p in places if " " in p or p.lower() not in common}
    orgs = {o for o in orgs - places if " " in o or o.lower() not in common}
    return Entities(places=sorted(places), organizations=sorted(orgs))
