"""The ``kg_verb_repair_v2`` spaCy component (versioned: bump when output changes).

The small tagger sometimes reads a verb as another part of speech, so the cue patterns, which ask
for a verb, miss the clause's predicate:
- as an adjective ('it can also indirectly suppress carbon emissions': 'suppress' JJ; 'Digital
  technologies lower the cost of information': 'lower' JJR), though the parser gives it a modal or
  a subject and an object: an adjective takes no direct object, so such a word is a verb (the
  subject case is v2);
- after a counted subject, as the head noun of one phrase ('The three promote and complement each
  other ...': [The three promote] read as a noun phrase): a sentence root that is a noun with
  nothing before it but a determiner and a number, coordinated with a verb, is that verb's
  coordinate and the number its subject (v2).
Both are retagged (and the subject attached) before the cues are marked.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token


def _adjective_with_object(tok: Token) -> bool:
    """An adjective takes no direct object: with one and a modal or a subject it is a verb."""
    deps = {(c.dep_, c.tag_) for c in tok.children}
    subject = ("aux", "MD") in deps or any(d in {"nsubj", "nsubjpass"} for d, _ in deps)
    return tok.pos_ == "ADJ" and subject and any(d == "dobj" for d, _ in deps)


def _counted_subject(tok: Token) -> Token | None:
    """The number a misread root verb has for its subject ('The three' of 'The three promote ...')."""
    if tok.dep_ != "ROOT" or tok.pos_ != "NOUN" or not any(c.dep_ == "conj" and c.pos_ == "VERB" for c in tok.children):
        return None
    left = list(tok.lefts)
    if not left or any(c.dep_ not in {"det", "nummod", "predet"} for c in left):
        return None
    return next((c for c in reversed(left) if c.dep_ == "nummod"), None)


def repair_verbs(doc: Doc) -> Doc:
    for tok in doc:
        if _adjective_with_object(tok):
            tok.pos_, tok.tag_ = "VERB", "VB"
            tok.lemma_ = tok.lower_
        elif (subject := _counted_subject(tok)) is not None:
            for det in (c for c in tok.lefts if c.dep_ in {"det", "predet"}):
                det.head = subject
            subject.dep_ = "nsubj"
            tok.pos_, tok.tag_ = "VERB", "VBZ" if tok.tag_ == "NNS" else "VBP"
    return doc


@Language.factory("kg_verb_repair_v2", default_config={})
def make_verb_repair(nlp: Language, name: str):
    return repair_verbs
