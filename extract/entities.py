"""Places and organisations from spaCy's named entities, cleaned and deduplicated."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extract.model import Entities

PLACE_LABELS = {"GPE", "LOC"}
ORG_LABELS = {"ORG"}
JUNK = re.compile(r"^(the |a |an )|['’]s$|[\d%]|^(table|figure|fig|model|index|h\d)\b", re.I)


def clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,.;:()[]\"'“”*")
    text = re.sub(r"^(the|The)\s+", "", text)
    return re.sub(r"['’]s$", "", text).strip()


def collect_entities(docs: list[Doc]) -> Entities:
    places: set[str] = set()
    orgs: set[str] = set()
    for doc in docs:
        for ent in doc.ents:
            name = clean(ent.text)
            if len(name) < 3 or not name[0].isupper() or re.search(r"\d|[<>*=]", name) or len(name.split()) > 8:
                continue
            if ent.label_ in PLACE_LABELS:
                places.add(name)
            elif ent.label_ in ORG_LABELS and not JUNK.search(name):
                orgs.add(name)
    return Entities(places=sorted(places), organizations=sorted(orgs - places))
