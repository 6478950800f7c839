"""Repairs of the small parser's misreadings that recur in the field's prose: a clause's verb
read as an adjective ('internet use reduced farm income'), an adjective read as a verb ('a
stronger promoting effect'). Each names what the sentence says despite the parse."""

from __future__ import annotations

from spacy.tokens import Token

from extract.cues import cue_at


def misread_subject(verb: Token) -> Token | None:
    """The subject of a past-tense cue verb the parser read as an adjective on its object, with a
    noun for the clause's root: 'internet use reduced farm income' parsed as 'use' governing
    'income' (or 'income' governing 'use'), and '..., but increased farm income' after it."""
    own = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if verb.dep_ in {"amod", "compound"} and own is not None and own.pos_ in {"NOUN", "PROPN"} and verb.head.i > verb.i:
        # "we find evidence that digital finance alleviates poverty": the parser gave the verb its
        # subject, though it hangs the verb on the object as a modifier
        return own if cue_at(verb, {"CAUSE_POS", "CAUSE_NEG"}) else None
    if verb.dep_ != "amod" or verb.tag_ not in {"VBD", "VBN"} or verb.i == 0:
        return None
    obj, before = verb.head, verb.doc[verb.i - 1]
    if obj.i < verb.i or not cue_at(verb, {"CAUSE_POS", "CAUSE_NEG"}):
        return None
    if before.dep_ == "cc" and obj.dep_ == "conj" and misread_cut(obj.head) == -1 and _has_misread(obj.head):
        return obj.head  # "... reduced A for some households but increased A for others"
    if before.pos_ not in {"NOUN", "PROPN"}:
        return None
    if obj.head == before and obj.dep_ in {"dobj", "conj", "npadvmod", "appos"} and _clause_level(before):
        return before
    if before.head == obj and before.dep_ in {"nmod", "compound"} and _clause_level(obj):
        return before
    return None


def _clause_level(noun: Token) -> bool:
    """A noun standing where the clause's verb should: the root, a complement clause, or the
    object of 'showed that'."""
    return noun.dep_ in {"ROOT", "ccomp"} or (noun.dep_ == "dobj" and any(c.dep_ == "mark" for c in noun.children))


def _has_misread(subject: Token) -> bool:
    return any(o.dep_ == "dobj" and any(misread_subject(v) == subject for v in o.children) for o in subject.children)


def misread_cut(head: Token) -> int:
    """Where a misread clause's object begins inside ``head``'s phrase (-1: no such clause)."""
    for v in head.children:
        subject = misread_subject(v) if v.dep_ in {"amod", "compound"} else None
        if subject is not None and subject.head in {head, v}:
            return v.i
    return -1


def misread_participle(verb: Token) -> bool:
    """'a stronger promoting effect': the parser makes the participle a verb with the effect noun
    as its object, though a determiner before it shows it is an adjective on the noun."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in {"dobj", "attr", "pobj"}
        and any(c.dep_ == "det" for c in verb.children)
        and any(cue_at(o, {"EFFECT_NOUN"}) for o in objs)
    )


def swallowed_subject(verb: Token) -> Token | None:
    """'With the rise of X such as A, B and C, the ability of Y has been improved': the parser
    takes 'the ability of Y' for one more member of the fronted list and leaves the passive verb
    with no subject. A member after a comma and ending just before the verb's auxiliaries, in a
    list that hangs on the verb's own fronted phrase, is that subject; so is an apposition there
    ('As a result of the expansion of X, rural logistics networks have improved': the networks
    read as naming X)."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    if not auxes or any(c.dep_.startswith("nsubj") for c in verb.children):
        return None
    if not any(c.dep_ == "auxpass" for c in auxes) and any(c.dep_ == "dobj" for c in verb.children):
        return None  # an active verb with an object: its subject acts, not what the fronted phrase changed
    end = min(auxes, key=lambda t: t.i).i - 1
    members = [
        tok
        for tok in verb.doc[verb.sent.start : end + 1]
        if tok.dep_ in {"conj", "appos"}
        and tok.pos_ == "NOUN"
        and tok.right_edge.i == end
        and tok.left_edge.i > 0
        and verb.doc[tok.left_edge.i - 1].text == ","
        and any(a.dep_ == "prep" and a.head == verb and a.i < tok.i for a in tok.ancestors)
    ]
    # one opening with a determiner ("..., the ability of Y has been improved": not 'storage' in
    # it), else the last to open (a member that heads the list ends where the list does too)
    fronted = [t for t in members if any(c.dep_ == "det" and c.i == t.left_edge.i for c in t.children)]
    return next(iter(fronted), None) or max(members, key=lambda t: t.left_edge.i, default=None)
