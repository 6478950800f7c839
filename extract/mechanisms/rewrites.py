"""Rewrites of a sentence's links once all are read: a reversed sign on a pronoun ('promotes Y
but later inhibits it'), the sign through measure nouns ('a decline in Y'), and effects an agent
produces ('the scale effect brought about by X')."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from extract.mechanisms.clauses import is_actor, is_causal_cue
from extract.mechanisms.lexicon import DOWN, LEVEL_DOWN, LEVEL_NOUNS, LINK_NOUNS, RANKED_POSITIONS
from extract.mechanisms.phrases import conjuncts, graded_low, looked_through, said_to_be_low
from extract.mechanisms.raw import FLIP, RawLink


def _points_back_to(later: RawLink, first: RawLink) -> bool:
    """'X promotes Y but later inhibits them': the second verb's pronoun object is the first's Y."""
    return (
        later.effect.pos_ == "PRON"
        and later.effect.lower_ in {"it", "them"}
        and later.effect.head.dep_ == "conj"
        and later.effect.head.head == first.effect.head
        and later.cause == first.cause
    )


def reversals(links: list[RawLink]) -> list[RawLink]:
    """'X hinders Y first and then promotes it' / 'promotes Y but later inhibits them': a second,
    opposite verb on a pronoun for the same Y makes one link with a changing (mixed) sign; with
    the same sign ('directly reduces Y but also indirectly reduces them through M') the pronoun
    is Y, so the statement with the channel counts."""
    pairs = [(first, later) for first in links for later in links if _points_back_to(later, first)]
    again = {id(later): first.effect for first, later in pairs if later.polarity == first.polarity}
    turned = {id(first) for first, later in pairs if {first.polarity, later.polarity} == {"positive", "negative"}}
    return [
        replace(k, effect=again.get(id(k), k.effect), polarity="mixed" if id(k) in turned else k.polarity)
        for k in links
    ]


def through_measure(link: RawLink) -> str:
    """'leads to a decline in A (and B)': the link is to A (and B), with the decline's sign; 'lower
    X' grades X and turns the sign too (a shortage is named, not looked through: 'the lack of X
    hinders Y' is the lack's link, with the sign the sentence states)."""
    polarity = link.polarity
    for end in (link.cause, link.effect):
        for _ in (t for t in looked_through(end)[:-1] if t.lemma_ in DOWN):  # "offsets part of the reduction in Y"
            polarity = FLIP.get(polarity, polarity)
        if end.lower_ not in RANKED_POSITIONS and graded_low(end):
            polarity = FLIP.get(polarity, polarity)  # "higher X is associated with lower Y": negative on Y
        elif end.lemma_ in LEVEL_NOUNS and any(c.dep_ == "amod" and c.lower_ in LEVEL_DOWN for c in end.children):
            polarity = FLIP.get(polarity, polarity)  # "the low level of X limits Y": X works for Y
        elif end is link.cause and said_to_be_low(end):
            polarity = FLIP.get(polarity, polarity)  # "the innovation capacity is weak, limiting Y"
    return polarity


def _producer(tok: Token) -> Token | None:
    """'the scale effect brought about by X': X, the agent of a passive participle on the cause
    (or on its 'of' object, where the parser hangs one that closes the whole phrase: 'the
    digitalization of consumption triggered by X')."""
    owned = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    for acl in (c for t in (tok, *owned) for c in t.children):
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and is_causal_cue(acl):
            agent = next((c for c in acl.children if c.dep_ == "agent"), None)
            obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if obj is not None:
                return obj
    return None


def named_effect_of(link: RawLink) -> RawLink:
    """'The substitution effect of AI (on routine tasks) reduces the demand for Y': a named effect
    of X as a cause is X's channel (the cause was the effect itself, or nothing where it was on
    something); a spillover's own reading stays (see links), and so does a place's or an actor's
    effect."""
    cause = link.cause
    named = [c for c in cause.children if c.dep_ == "compound" and c.pos_ == "NOUN"]  # not "the positive effect"
    if cause.lemma_ != "effect" or not named or any(c.lemma_ == "spillover" for c in named):
        return link
    owner = next((o for p in cause.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children), None)
    if owner is None or owner.dep_ != "pobj" or owner.pos_ not in {"NOUN", "PROPN"} or is_actor(owner):
        return link  # "the siphon effect of central cities": the places' pull is the cause, named so
    return replace(link, cause=owner, via=[cause, *link.via])


def through_products(links: list[RawLink]) -> list[RawLink]:
    """'The digitalization of consumption triggered by X creates Y' also asserts X -> Y through
    it; 'the scale effect (and B) brought about by X enhances Y' is only that: an effect X has is
    its channel, not a concept X causes and that causes Y."""
    products = {k.cause for k in links if _producer(k.cause) is not None}
    through = [
        replace(k, cause=_producer(k.cause), via=[*conjuncts(k.cause), *k.via], base_confidence=k.base_confidence - 0.1)
        for k in links
        if k.cause in products
    ]
    channels_only = {m for p in products if p.lemma_ in LINK_NOUNS for m in conjuncts(p)}
    return [k for k in links if k.cause not in channels_only and k.effect not in channels_only] + through
