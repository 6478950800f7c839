"""The ``kg_pair_repair_v1`` spaCy component (versioned: bump when output changes).

'between' takes a pair, but the small parser sometimes reads 'between the digital economy and
carbon emissions' as one noun phrase, [digital [economy and carbon] emissions], so the relation
('an inverted U-shaped relationship between X and Y') has no second member and the names run
together. When the object of 'between' has no conjunct of its own but a noun modifier that does,
the tree is rewired to the pair the preposition asks for: 'the digital economy' and 'carbon
emissions'.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token


def _split_member(obj: Token) -> Token | None:
    """The noun modifier of ``obj`` that carries the pair's 'and' (None when the parse is sound)."""
    if any(c.dep_ == "conj" for c in obj.children):
        return None
    for mod in obj.children:
        conj = [c for c in mod.children if c.dep_ == "conj"]
        if (
            mod.dep_ in {"nmod", "compound"}
            and mod.pos_ in {"NOUN", "PROPN"}
            and len(conj) == 1
            and any(c.dep_ == "cc" for c in mod.children)
            and conj[0].i < obj.i
            and all(t.head == obj for t in obj.doc[conj[0].i + 1 : obj.i])
        ):
            return mod
    return None


def repair_pairs(doc: Doc) -> Doc:
    for prep in doc:
        if prep.lower_ != "between":
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        first = _split_member(obj) if obj is not None else None
        if first is None:
            continue
        second = next(c for c in first.children if c.dep_ == "conj")
        first.head, first.dep_ = prep, "pobj"  # detach first: nothing above it hangs on obj any more
        obj.head, obj.dep_ = first, "conj"
        for t in [c for c in obj.children if c.i < first.i]:  # 'the digital': the first member's words
            t.head = first
        second.head, second.dep_ = obj, "compound" if second.pos_ in {"NOUN", "PROPN"} else "amod"
    return doc


@Language.factory("kg_pair_repair_v1", default_config={})
def make_pair_repair(nlp: Language, name: str):
    return repair_pairs
