"""Links whose cause points back ('It promotes Y', 'Such progress enables Y', 'The three promote Y'):
what they point at, from the earlier sentences of the same paragraph.

Why a module of its own: pointing back needs state carried from sentence to sentence, which the
per-sentence readers must not hold; :class:`Antecedents` is that state, one value per paragraph.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from extract.cues import cue_at
from extract.mechanisms.clauses import SUBJ, counts_back, is_actor, is_anaphor
from extract.mechanisms.lexicon import (
    ACTION_ANAPHORS,
    DEMONSTRATIVES,
    DEONTIC,
    DIMENSIONS,
    GAPS,
    POLICY_NOUNS,
    RESULT_ANAPHORS,
    WRAPPERS,
)
from extract.mechanisms.modifiers import effect_pointing_back, named_channels, reason_channels, restated_channels
from extract.mechanisms.phrases import conjuncts, measured, phrase, points_back, usable
from extract.mechanisms.raw import RawLink


@dataclass(frozen=True)
class Antecedents:
    """What a later sentence of the same paragraph can point back to."""

    doc: Doc | None = None  # the paragraph these belong to
    cause: Token | None = None  # the last explicit cause ('It', 'This')
    effect: Token | None = None  # what the last sentence brought about ('Such progress')
    topic: Token | None = None  # the field concept the last sentence is about ('This', 'The three')
    gap: Token | None = None  # the last gap the paragraph named ('... can bridge these differences')
    link: RawLink | None = None  # the last sentence's first explicit link ('This effect is achieved through M')
    effects: tuple[Token, ...] = ()  # what that cause brought about in the sentences just before ('These effects')


def topic(sent: Span, is_field_concept: Callable[[str, str], bool]) -> Token | None:
    """What a sentence is about: its main subject, when that names a field concept
    ('the industrial Internet is developing rapidly ...')."""
    subj = _named_subject(sent)
    return subj if subj is not None and is_field_concept(phrase(subj), measured(subj).text) else None


def _named_subject(sent: Span) -> Token | None:
    """A sentence's main subject, when it names something (not an actor or a word pointing back)."""
    subj = next((c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.pos_ not in {"NOUN", "PROPN"} or is_actor(subj) or is_anaphor(subj) or not usable(subj):
        return None
    return subj


def resolve(
    links: list[RawLink], sent: Span, before: Antecedents, is_field_concept: Callable[[str, str], bool]
) -> Antecedents:
    """Point each anaphoric cause in ``links`` (edited in place) at its antecedent; return what the
    next sentence may point back to. 'It/This' and a bare 'As a result,' take the previous cause,
    or with none the field concept the previous sentence is about (a cause earlier in the same
    sentence comes first); 'Its effect on Y' a subject named earlier in the sentence, else the
    subject of the sentence before; 'These improvements/Such progress' what the previous sentence
    brought about (after another such anaphor, the same thing again); 'the three/both' each member
    the previous subject listed; 'these factors' each of the things the sentence just before named.
    An object 'it' is the subject of the sentence before. A link with nothing to point back to (or
    only one thing, for a plural such as 'these factors') is dropped."""
    if before.doc is not sent.doc:
        before = Antecedents(sent.doc)
    gap = _gaps(links, sent, before.gap)
    _objects(links, sent)
    _owned(links, sent)
    _named_policy(links)
    links += _carried_through(sent, before.link, bool(links))
    _effects_at_work(links, before)
    carried = None
    for link in list(links):
        if not is_anaphor(link.cause):
            continue
        result = link.cause.lemma_ in RESULT_ANAPHORS
        listed = counts_back(link.cause)
        target = _antecedent(link, links, sent, before)
        if target is None or (not listed and not result and not _agrees(link.cause, target, sent)):
            links.remove(link)
            continue
        if listed or (link.cause.tag_ == "NNS" and link.cause.pos_ != "PRON"):  # "these factors": each one
            confidence = link.base_confidence - 0.1
            links += [replace(link, cause=c, base_confidence=confidence) for c in conjuncts(target)[1:]]
        if target == before.cause and before.effects and _in_turn(link.cause):
            link.via = [*before.effects, *link.via]  # "X broadens A. This in turn stimulates Y": through A
        link.cause = target
        link.base_confidence -= 0.1
        carried = target if result else carried
    if carried is not None:
        return Antecedents(sent.doc, carried, carried, None, gap)  # the next 'such progress' is this one again
    explicit = [k for k in links if not is_anaphor(k.cause)]
    if not explicit:
        return Antecedents(sent.doc, before.cause, None, topic(sent, is_field_concept), gap)
    cause = explicit[0].cause
    effects = tuple(k.effect for k in explicit if k.cause == cause and not k.negated)
    if before.cause is not None and before.cause == cause:
        effects = before.effects + effects  # "First, X promotes A. Second, it reduces B. Both effects ..."
    return Antecedents(sent.doc, cause, explicit[0].effect, topic(sent, is_field_concept), gap, explicit[0], effects)


def _in_turn(pronoun: Token) -> bool:
    """'This in turn stimulates Y': the pronoun's verb says what the last sentence's change leads to."""
    verb = pronoun.head
    return any(
        p.dep_ == "prep" and p.lower_ == "in" and any(o.lower_ == "turn" for o in p.children) for p in verb.children
    )


def _effects_at_work(links: list[RawLink], before: Antecedents) -> None:
    """'X reduces A and improves B. These effects raise Y': the effects X brought about carry X's
    influence on to Y, so X -> Y through A and B (edited in place; 'the effect of A on B' names a
    link of its own)."""
    if before.cause is None or not before.effects:
        return
    for link in links:
        if effect_pointing_back(link.cause, DEMONSTRATIVES):
            link.cause, link.via = before.cause, [*before.effects, *link.via]
            link.base_confidence -= 0.1


CARRIED = "+carried"  # appended to the rule id of a link a later sentence restates through its channel


def _carried_through(sent: Span, before: RawLink | None, own_links: bool) -> list[RawLink]:
    """'X narrows Y. This effect is mainly achieved through promoting Z' (or 'This is because it
    V-s Z', or in a sentence with no link of its own 'Z and W are the main transmission
    channels'): the link the sentence before stated, through Z (a restatement, which the paper's
    other statements of X -> Y join)."""
    subject = next((c for c in sent.root.children if c.dep_ in SUBJ), None)
    if before is None or subject is None:
        return []
    via = restated_channels(subject) or reason_channels(sent) or ([] if own_links else named_channels(sent))
    carried = replace(before, via=via, rule_id=before.rule_id + CARRIED, base_confidence=before.base_confidence - 0.1)
    return [carried] if via else []


def _owned(links: list[RawLink], sent: Span) -> None:
    """'Digital finance is spreading. Its popularization raises Y': a cause owned by 'its/their'
    belongs to the subject named before (in the sentence, else the one before it; a fronted 'For X,'
    first), and so does a bare 'the scale' in a sentence with such an 'its'. A wrapper
    ('its development, popularization, application') names the owner itself, so the owner is the
    cause; any other bare noun ('Their monopoly suppresses Y') keeps its word and is named with its
    owner, while a modified one ('its mobile payments') names a thing of its own (edited in place;
    left as it was with no owner to find)."""
    for link in links:
        cause = link.cause
        pronoun = next((c for c in cause.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}), None)
        if pronoun is None and _bare_dimension(cause):  # "its cost falls as the scale expands": its scale
            pronoun = next((t for t in sent if t.dep_ == "poss" and t.lower_ in {"its", "their"}), None)
        if pronoun is None or cause.pos_ != "NOUN" or cue_at(cause, {"EFFECT_NOUN"}):
            continue  # "Its effect on Y": the effect-noun reading points back itself
        earlier = [k.cause for k in links if k.cause.i < pronoun.i and k.cause.pos_ in {"NOUN", "PROPN"}]
        owner = earlier[-1] if earlier else _fronted_for(pronoun) or _subject_before(pronoun) or _previous_subject(sent)
        if owner is None:
            continue
        if cause.lemma_ in WRAPPERS:
            link.cause = owner
        elif not any(c.dep_ in {"amod", "compound", "nmod"} for c in cause.children):
            link.owner = owner


def _bare_dimension(noun: Token) -> bool:
    """'the scale' with nothing to say whose (lexicon dimension nouns)."""
    return noun.lemma_ in DIMENSIONS and all(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _fronted_for(pronoun: Token) -> Token | None:
    """X in 'For X, its Y ...': the fronted topic an 'its' / 'their' after it belongs to."""
    verb = next((t for t in pronoun.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return None
    topic = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" and p.i < pronoun.i for o in p.children]
    return next((o for o in topic if o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"}), None)


def _named_policy(links: list[RawLink]) -> None:
    """'This paper takes the Broadband China pilot policy as a quasi-natural experiment. The policy
    raised Y': a bare 'the policy' (or pilot, programme, strategy ...) is the one the paragraph
    named before, by a proper name ('Broadband China'); edited in place, left as it was with none."""
    for link in links:
        cause = link.cause
        bare = all(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in cause.children)
        if cause.lemma_ not in POLICY_NOUNS or cause.pos_ != "NOUN" or not bare or not cause.children:
            continue
        named = (t for t in reversed(cause.doc[: cause.i]) if _proper_name(t) and not is_actor(t))
        link.cause = next(named, cause)


def _proper_name(tok: Token) -> bool:
    """A name of two or more capitalised words ('Broadband China', 'the Smart City pilot'), whose
    head is a proper noun or a policy noun; not a single place or organisation ('China')."""
    names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return bool(names) and (tok.pos_ == "PROPN" or tok.lemma_ in POLICY_NOUNS) and tok.dep_ != "compound"


def _antecedent(link: RawLink, links: list[RawLink], sent: Span, before: Antecedents) -> Token | None:
    """What the anaphoric cause of ``link`` points at (see :func:`resolve`)."""
    if counts_back(link.cause):
        return before.topic
    if link.cause.lemma_ in RESULT_ANAPHORS:
        return before.effect
    if link.cause.lemma_ in ACTION_ANAPHORS and before.link is not None and _recommends(before.link):
        return before.effect  # "Hebei should use X to increase A. This approach can ...": increasing A
    # "X can reduce A; on the other hand, it can improve B": 'it' is X, the cause just before
    earlier = [k.cause for k in links if not is_anaphor(k.cause) and k.cause.i < link.cause.i]
    if not earlier and (first := _first_clause_subject(link.cause)) is not None:
        earlier = [first]  # "X will replace A, but it will create B"
    if earlier:
        return earlier[-1]
    if link.cause.lower_ in {"its", "their"}:  # "X also affects Z. Its effect on Y is negative": X
        return _subject_before(link.cause) or _previous_subject(sent)
    return before.cause or before.topic


def _recommends(link: RawLink) -> bool:
    """Whether a link is what a recommendation would do ('Hebei should use X to increase A')."""
    return link.purpose or any(t.dep_ == "aux" and t.lower_ in DEONTIC for t in link.effect.sent)


def _objects(links: list[RawLink], sent: Span) -> None:
    """'Technological innovation drives green development. X accelerates it by reducing Y': the
    object 'it' is the subject of the sentence just before (edited in place; dropped with none).
    After an effect the sentence named ('X hinders Y first and then promotes it') it is that one,
    whose turn of sign the mixed-sign rules read: nothing to add; for another cause ('X promotes Y,
    whereas Z inhibits it') it is that effect, of Z's link."""
    for link in list(links):
        if link.effect.dep_ != "dobj" or link.effect.lower_ not in {"it", "them"}:
            continue
        before = [k for k in links if k.effect.pos_ != "PRON" and sent.start <= k.effect.i < link.effect.i]
        if before:
            if all(k.cause != link.cause for k in before):  # another cause: the effect named before
                link.effect = max(before, key=lambda k: k.effect.i).effect
            continue
        target = _previous_subject(sent)
        if target is None or target.lower_ == link.cause.lower_:
            links.remove(link)
            continue
        link.effect = target
        link.base_confidence -= 0.1


def _subject_before(pronoun: Token) -> Token | None:
    """'When the level of X exceeds a threshold, its effect on Y ...': a subject earlier in the sentence."""
    subjects = [
        t
        for t in pronoun.sent
        if t.i < pronoun.i and t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ in {"NOUN", "PROPN"} and usable(t)
    ]
    subjects = [t for t in subjects if not is_actor(t)]
    return measured(subjects[-1]) if subjects else None


def _previous_subject(sent: Span) -> Token | None:
    """The main subject of the sentence before ``sent`` in its paragraph, when it names something."""
    return _named_subject(sent.doc[sent.start - 1].sent) if sent.start > 0 else None


def _agrees(anaphor: Token, target: Token, sent: Span) -> bool:
    """'These factors' point at several things the sentence just before named: not at the one cause
    it named ('Z attracts investment, facilitating A and B. These factors contribute to Y' is not
    Z -> Y), nor at things named further back."""
    if anaphor.tag_ != "NNS" or anaphor.pos_ == "PRON":
        return True
    previous = target.sent.end == sent.start or target.sent == sent
    return previous and (target.tag_ in {"NNS", "NNPS"} or len(conjuncts(target)) > 1)


def _gaps(links: list[RawLink], sent: Span, before: Token | None) -> Token | None:
    """Point 'these differences' (an effect edited in place) at the gap the paragraph named last
    ('There is a large gap between A and B. X can bridge these differences.'); return the gap the
    next sentence may point back to."""
    for link in links:
        if before is not None and link.effect.lemma_ in GAPS and points_back(link.effect):
            link.effect = before
            link.base_confidence -= 0.1
    named = (t for t in reversed(sent) if t.lemma_ in GAPS and t.pos_ == "NOUN" and not points_back(t))
    return next(named, before)


def _first_clause_subject(pronoun: Token) -> Token | None:
    """'X will replace some jobs, but it will create new ones': 'it' is the subject of the clause
    its own clause is coordinated with (when that subject names something, not an actor)."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or pronoun.lower_ != "it" or verb.dep_ != "conj":
        return None
    subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"} or is_actor(subject) or not usable(subject):
        return None
    return subject
