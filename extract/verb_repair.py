"""The ``kg_verb_repair_v1`` spaCy component (versioned: bump when output changes).

The small tagger sometimes reads a verb after a modal as an adjective ('it can also indirectly
suppress carbon emissions': 'suppress' JJ), though the parser gives it the modal and an object;
the cue patterns, which ask for a verb, would then miss the clause's predicate. A word with a
modal auxiliary and a direct object is a verb whatever its tag, so it is retagged before the cues
are marked.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def repair_verbs(doc: Doc) -> Doc:
    for tok in doc:
        if tok.pos_ != "ADJ":
            continue
        deps = {(c.dep_, c.tag_) for c in tok.children}
        if ("aux", "MD") in {(d, t) for d, t in deps} and any(d == "dobj" for d, _ in deps):
            tok.pos_, tok.tag_ = "VERB", "VB"
            tok.lemma_ = tok.lower_
    return doc


@Language.factory("kg_verb_repair_v1", default_config={})
def make_verb_repair(nlp: Language, name: str):
    return repair_verbs
