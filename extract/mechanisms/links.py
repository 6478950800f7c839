"""Causal links of one sentence, one reader per kind of cue (verb, signed neutral verb, phrasal
verb, backward cue, effect noun incl. mediation, support noun, adjective, correlation); the
``READERS`` table maps cue labels to them."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from extract.cues import cue_at, cues
from extract.mechanisms.clauses import (
    REASON_MARKERS,
    SUBJ,
    acts,
    as_change,
    find_cause,
    fronted_change,
    is_actor,
    is_causal_cue,
    is_support_noun,
    kept_from_acting,
    phrasal_prep,
    relative_antecedent,
    route_channel,
)
from extract.mechanisms.constructions import (
    comparative_links,
    compared_links,
    covariation_links,
    holder_links,
    key_links,
    likelihood_links,
    made_links,
    placed_links,
    standing_links,
    unable_links,
)
from extract.mechanisms.lexicon import (
    ACHIEVING,
    CAUSATIVE,
    CHANGE_NOUNS,
    DOWN,
    ENABLING,
    FALLING_VERBS,
    FAVOURING,
    FRAME,
    HINDERING,
    INHIBITING_NOUNS,
    INSTRUMENT_VERBS,
    LIGHT_VERBS,
    LINK_NOUNS,
    LOWER,
    MEASURE,
    MEMBER_VERBS,
    MODERATING_VERBS,
    NAMED_DOWN,
    NAMED_UP,
    PROMOTING_NOUNS,
    QUALITIES,
    REGARDING_VERBS,
    RISING_VERBS,
    SPATIAL,
    STRENGTH_GRADES,
)
from extract.mechanisms.misreads import misread_participle, misread_subject, swallowed_subject
from extract.mechanisms.modifiers import (
    channels,
    hedged,
    in_question,
    modifier_polarity,
    negated,
    realized_by,
    reflected_in,
    restated_channels,
    routes_named,
)
from extract.mechanisms.phrases import (
    accompanying,
    bare_change,
    conjuncts,
    frames_a_link,
    idiom_object,
    lacked_list,
    measured,
    moved,
    names_a_kind,
    names_a_link,
    next_door,
    particle_objects,
    prep_objects,
    split_ends,
    usable,
)
from extract.mechanisms.raw import FLIP, RawLink
from extract.mechanisms.rewrites import named_effect_of, reversals, through_measure, through_products

RESULT_NOUN_POLARITY = {"role": "positive"}
SIGN_NOUNS = {w: "positive" for w in PROMOTING_NOUNS} | {w: "negative" for w in INHIBITING_NOUNS}


def verb_links(sent: Span, verb: Token, sign: str, rule_id: str) -> list[RawLink]:
    """'X promotes A and B' (one link per object), passives ('Y is reduced by X', 'Y triggered
    by X'), causatives and fronted changes ('With the rise of X, the gap has narrowed')."""
    if misread_participle(verb):
        return []  # "a stronger promoting effect on Y": the effect noun reads the link
    if cue_at(verb, {"CAUSE_ORIGIN"}) and prep_objects(verb, {"from"}):
        return []  # "Y benefits from X": the cue reads backwards (see origin_links)
    cause, effects, purpose = _passive_ends(verb) or _active_ends(verb)
    if (act := kept_from_acting(verb)) is not None and cue_at(act, {"CAUSE_NEG"}):
        sign = FLIP.get(sign, sign)  # "prevents firms from reducing emissions": X keeps emissions up
    maker, hinders, framed = _made_easier(verb)
    if framed:  # "X makes it difficult for regions to foster Y": X works against Y
        cause, purpose = maker, False
        sign = FLIP.get(sign, sign) if hinders else sign
    chain = _change_before(verb, cause)
    if chain is not None:  # "With the rise of X, A has fallen, promoting Y": X -> Y through A
        mover, moved_, fell = chain
        cause, steps = (mover, [moved_]) if mover is not None else (moved_, [])
        sign = FLIP.get(sign, sign) if fell and mover is None else sign
    else:
        steps = []
    if cause is None:
        return []
    changed, falls = as_change(verb)
    if cause == changed and falls:
        sign = FLIP.get(sign, sign)  # "As X declines, Y rises": X works against Y
    confidence = 0.7 if not purpose else 0.55
    route = route_channel(verb)  # "M is a key channel for X to widen Y": X -> Y via M
    steps = steps + _steps_before(verb)
    steps = [] if cause in steps else steps  # "it is necessary to V A and V B, thereby promoting Y": A, B cause
    via = channels(verb) + (conjuncts(route) if route is not None else []) + steps
    links = [RawLink(cause, e, sign, rule_id, via, hedged(verb), negated(verb), purpose, confidence) for e in effects]
    return links + [replace(k, cause=c, negated=True, via=[]) for c in _elided_denials(verb) for k in links]


def _change_before(verb: Token, cause: Token | None) -> tuple[Token | None, Token, bool] | None:
    """'A has fallen (sharply), promoting Y' / 'A has been improved, which promotes Y': a result
    clause after a clause in which A only changes. What moved A (a fronted 'With the rise of X',
    a reason, an agent) reaches Y through A; with nothing named A is the cause, and a fall of A
    works against Y. Also the third value: whether A fell."""
    relative = verb.dep_ == "relcl" and verb.head.dep_ in {"nsubj", "nsubjpass"} and verb.i > verb.head.head.i
    if not (relative or (verb.dep_ == "advcl" and verb.tag_ == "VBG")):
        return None
    main = verb.head.head if relative else verb.head
    if verb.i < main.i or any(c.dep_ in {"dobj", "attr", "acomp"} for c in main.children):
        return None  # "X lowers A, promoting Y": X acts; see _steps_before
    subject = next((c for c in main.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    subject = subject if subject is not None else swallowed_subject(main)
    if subject is None or (cause is not None and cause != subject) or subject.pos_ not in {"NOUN", "PROPN"}:
        return None
    passive = any(c.dep_ == "auxpass" for c in main.children)
    if passive and cue_at(main, {"CAUSE_POS", "CAUSE_NEG"}):
        fell = cue_at(main, {"CAUSE_NEG"})
    elif not passive and main.lemma_ in RISING_VERBS | FALLING_VERBS:
        fell = main.lemma_ in FALLING_VERBS
    else:
        return None
    agent = next((o for a in main.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)
    return (agent if agent is not None else fronted_change(main)), subject, fell


def _elided_denials(verb: Token) -> list[Token]:
    """'A and B promote Y, whereas C does not': C is denied the same link (the verb phrase is
    left out after 'does not')."""
    out = []
    for clause in verb.children:
        if clause.dep_ not in {"advcl", "conj"} or clause.lemma_ != "do" or clause.i < verb.i:
            continue
        if not any(c.dep_ == "neg" for c in clause.children) or any(
            c.dep_ in {"dobj", "xcomp", "ccomp", "acomp"} for c in clause.children
        ):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ in {"NOUN", "PROPN"}:
            out += conjuncts(subject)
    return out


def _steps_before(verb: Token) -> list[Token]:
    """'X improves A, thereby promoting B' / 'X lowers A and thus increases B' / 'X lowers A,
    promoting B' / 'X lowers A, which raises B' (said of the lowering, X the cause): A is the step
    through which X reaches B, a channel of X -> B."""
    if verb.dep_ == "relcl" and verb.i >= 2 and verb.nbor(-2).text == "," and verb.nbor(-1).lower_ == "which":
        said_of = relative_antecedent(verb)  # the clause, or a noun (then the cause, no step: see verb_links)
        verbal = said_of.pos_ in {"VERB", "AUX"}
        acted_on = next((c for c in said_of.children if c.dep_ == "dobj"), None) if verbal else said_of
        cued = acted_on is not None and acted_on.dep_ == "dobj" and cue_at(acted_on.head, {"CAUSE_POS", "CAUSE_NEG"})
        return conjuncts(acted_on) if cued else []
    # "X lowers A, promoting B" (not "X lowers A through two paths: promoting B ...", its channels)
    result = verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i and verb.nbor(-1).text == ","
    if verb.dep_ not in {"advcl", "conj"} or not (result or any(c.lower_ in CONSEQUENTLY for c in verb.children)):
        return []
    first = verb.head
    if not cue_at(first, {"CAUSE_POS", "CAUSE_NEG"}):
        return []
    while first.dep_ == "conj" and first.head.pos_ in {"VERB", "AUX"}:
        first = first.head  # "X reduces A, lowers B, and improves C, thereby promoting Y": A, B and C
    steps = [v for v in (first, *first.conjuncts) if v.i < verb.i and cue_at(v, {"CAUSE_POS", "CAUSE_NEG"})]
    return [e for v in steps for d in v.children if d.dep_ == "dobj" for e in conjuncts(d)]


CONSEQUENTLY = {"thereby", "thus", "hence", "consequently", "therefore"}


def _passive_ends(verb: Token) -> tuple[Token | None, list[Token], bool] | None:
    """Cause and effects of a passive cue, None when the cue is active."""
    swallowed = swallowed_subject(verb)  # "With X such as A and B, the ability of Y has been improved"
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), swallowed)
    if passive is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        passive = verb.head  # "the digitalization of consumption triggered by X": X causes it
        while passive.dep_ == "pobj" and passive.head.head.pos_ == "NOUN" and _measured_by(passive.head):
            passive = passive.head.head  # "the decline in costs caused by X": the decline
    if passive is None:
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    cause = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if cause is None and (passive.dep_ == "nsubjpass" or passive == swallowed):
        cause = fronted_change(verb) or _done_by(verb)  # "With the rise of X, Y has been greatly improved"
    return cause, conjuncts(passive) if cause is not None else [], False


def _measured_by(prep: Token) -> bool:
    """'of' after any noun, 'in' after a change ('the decline in costs'): the noun the phrase
    hangs on is what a participle after it describes."""
    return prep.lower_ == "of" or (prep.lower_ == "in" and prep.head.lemma_ in DOWN | CHANGE_NOUNS)


def _done_by(verb: Token) -> Token | None:
    """With no agent, the means: 'Only by improving X can Y be released', 'Y can be reduced
    through the optimization of X' (not 'through the mediating effect of M', a channel); a fronted
    means serves every passive clause it heads ('Through X, A is improved and B is reduced')."""
    preps = [p for p in verb.children if p.dep_ == "prep"]
    if verb.dep_ == "conj" and not any(p.lower_ in {"by", "through", "via"} for p in preps):
        preps = [p for p in verb.head.children if p.dep_ == "prep" and p.i < verb.head.i]
    by = [g for p in preps if p.lower_ in {"by", "through", "via"} for g in p.children]
    gerunds = [g for g in by if g.dep_ == "pcomp" and g.tag_ == "VBG" and g.head.lower_ == "by"]
    done = next((o for g in gerunds for o in g.children if o.dep_ == "dobj"), None)
    means = [o for o in by if o.dep_ == "pobj" and o.head.lower_ != "by" and o.lemma_ not in LINK_NOUNS]
    return done or next((o for o in means if usable(o) and not is_actor(o)), None)


def _active_ends(verb: Token) -> tuple[Token | None, list[Token], bool]:
    objects = [d for d in verb.children if d.dep_ == "dobj"] + particle_objects(verb)
    effects = [e for d in objects for e in conjuncts(d) if not _support_only(e)]
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and effects and all(_own_change(e, verb, subject) for e in effects):
        if verb.dep_ in {"ccomp", "xcomp"} and verb.head.lemma_ in CAUSATIVE:  # "helps firms achieve growth"
            return find_cause(verb)[0], effects, False  # the helper causes their change (see achieved_change)
        return fronted_change(verb), [_changed(e, subject) for e in effects], False
    if (act := kept_from_acting(verb)) is not None:  # "hinders farmers from accessing Y": Y
        effects = [e for d in act.children if d.dep_ == "dobj" for e in conjuncts(d)]
    elif (
        effects
        and verb.lemma_ in CAUSATIVE
        and all(acts(e) or (e.pos_ == "PRON" and _infinitive_after(verb)) for e in effects)
    ):
        effects = _agent_goal(verb)  # "enables firms (them) to cut costs": the effect is what the agent does
    elif effects and verb.lemma_ in CAUSATIVE and (goals := _agent_goal(verb)) and _acts_on(verb):
        effects = goals  # "encouraged rural migrants to start businesses": the businesses, not the migrants
    elif not effects and verb.lemma_ in CAUSATIVE and not any(c.dep_ == "ccomp" for c in verb.children):
        effects = _agent_goal(verb)  # "helps to build trust" (not "helps farmers sell ...": they act)
    elif verb.lemma_ in CAUSATIVE:
        effects = _moving(verb, effects)  # "enables resources to flow freely": the flow
    cause, purpose = find_cause(verb)
    change = (fronted_change(verb) or as_change(verb)[0]) if not effects else None
    if change is not None and subject is not None and not is_actor(subject):
        return change, conjuncts(subject), False  # "With the rise of X, the gap has narrowed"
    return cause, effects, purpose


def _support_only(obj: Token) -> bool:
    """'injects new momentum (into Y)': the support noun is how X acts, not what it changes;
    'bargaining power' or 'purchasing power' (a compound) is a concept of its own. So too an
    obstacle a light verb deals ('has dealt a blow to Y', 'brings a shock to Y'); one that is
    removed ('reduces barriers') is what changes."""
    named = any(c.dep_ == "compound" or (c.dep_ == "nmod" and c.pos_ == "NOUN") for c in obj.children)
    if named or split_ends(obj) != [obj]:  # "employment and entrepreneurship opportunities": nmod, as parsed
        return False  # ... nor one standing for its examples ('creates opportunities such as A and B')
    return is_support_noun(obj) or (cue_at(obj, {"OBSTACLE_NOUN"}) and obj.head.lemma_ in LIGHT_VERBS)


def _own_change(obj: Token, verb: Token, subject: Token) -> bool:
    """'Y accelerated its rise', 'Y has achieved transformation and upgrading': the subject changes,
    it does not cause; the cause, if any, is a fronted reason ('Thanks to X, ...', 'Driven by X, ...').
    Not where the pronoun cannot be the subject's ('a lack of funds, which restricts their
    transformation': a plural owner, a singular subject)."""
    if obj.lemma_ not in CHANGE_NOUNS:
        return False
    if verb.lemma_ in ACHIEVING and bare_change(obj):  # "Y has achieved (rapid) growth"
        return True
    owner = subject if subject.lower_ not in {"which", "that"} else relative_antecedent(verb)
    if owner.lemma_ in FRAME:  # "a number of platform enterprises have accelerated their rise"
        owner = next(iter(prep_objects(owner, {"of"})), owner)
    plural = owner.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in owner.children)
    agrees = {"its": not plural, "their": plural or owner.pos_ == "PRON"}
    return any(c.dep_ == "poss" and agrees.get(c.lower_, False) for c in obj.children)


def _changed(obj: Token, subject: Token) -> Token:
    """What changes: 'their digital transformation' names itself, a bare 'their rise' its owner."""
    return obj if names_a_kind(obj) else subject


def _made_easier(verb: Token) -> tuple[Token | None, bool, bool]:
    """'X makes it difficult/easier (for A) to V Y' (or 'Due to X, A find it difficult to V Y'):
    X, whether it hinders, and whether the verb is in such a frame at all (then with no X the
    frame's 'it' is no cause)."""
    adj = verb.head if verb.dep_ in {"advcl", "xcomp", "ccomp"} else None
    if adj is None or adj.pos_ != "ADJ" or adj.lower_ not in HINDERING | ENABLING:
        return None, False, False
    make = adj.head
    if make.lemma_ not in {"make", "find"} or not any(c.lower_ == "it" for c in (*adj.children, *make.children)):
        return None, False, False
    if make.lemma_ == "find":  # the finders only act: what makes it so is the reason given
        return fronted_change(make), adj.lower_ in HINDERING, True
    subject = next((c for c in make.children if c.dep_ == "nsubj"), None)
    return subject, adj.lower_ in HINDERING, True


def _agent_goal(verb: Token) -> list[Token]:
    """The objects of 'to V' after 'enable/help/encourage <agent>' (unless V is a cue of its own);
    with no object, an act the lexicon names ('encourages enterprises to innovate': the verb, read
    as 'innovation of enterprise')."""
    goals = _goal_verbs(verb)
    return [e for g in goals for d in g.children if d.dep_ == "dobj" for e in conjuncts(d)] or [
        g for g in goals if moved(g) is not None
    ]


def _goal_verbs(verb: Token) -> list[Token]:
    """What a causative verb's agent is to do, coordinated goals included ('to return home and
    start businesses'), unless a goal is a cue of its own."""
    goals = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and not is_causal_cue(c)]
    return goals + [v for g in goals for v in g.conjuncts if v.i > g.i and not is_causal_cue(v)]


def _infinitive_after(verb: Token) -> bool:
    """Whether a causative verb's object is told to do something ('encourage them to V')."""
    return any(c.dep_ in {"xcomp", "ccomp"} and any(a.lower_ == "to" for a in c.children) for c in verb.children)


def _acts_on(verb: Token) -> bool:
    """Whether the object of a causative verb is made to act on something ('encouraged migrants to
    start businesses'), not to move or change itself ('enables resources to flow')."""
    return any(d.dep_ == "dobj" for g in _goal_verbs(verb) for d in g.children)


def _moving(verb: Token, effects: list[Token]) -> list[Token]:
    """'enabling resources to flow freely', 'allow data to circulate': what the cause brings about
    is the movement (read as the moving verb, whose name says what moves), not what moves."""
    moving = [c for c in verb.children if moved(c) is not None and not is_causal_cue(c)]
    if moving and all(e == moved(moving[0]) for e in effects):
        return moving[:1]
    return effects


def phrasal_links(sent: Span, verb: Token, rule_id: str) -> list[RawLink]:
    """lead to / contribute to / result in / give rise to."""
    if verb.lemma_ in {"rely", "depend"}:  # "Y relies on X": X causes Y
        return reliance_links(sent, verb, rule_id)
    wanted = phrasal_prep(verb)  # "X acts on Y": X works on Y
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == wanted]
    if verb.lemma_ == "give":  # "give rise to Y", "give birth to Y" (the 'to' may hang on the verb or the noun)
        rise = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in {"rise", "birth"}), None)
        preps = [c for c in (rise.children if rise is not None else []) if c.dep_ == "prep" and c.lower_ == "to"]
        preps += [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" and rise is not None]
    objects = [o for p in preps for o in p.children if o.dep_ in {"pobj", "pcomp"}]
    # "contributes to reducing Y": the gerund, a cue of its own, reads the link with its sign
    effects = [e for o in objects if not (o.dep_ == "pcomp" and is_causal_cue(o)) for e in conjuncts(o)]
    if verb.lemma_ == "lead" and not preps and not any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children):
        effects = [e for d in verb.children if d.dep_ == "dobj" for e in conjuncts(d)]  # "X leads industrial change"
    cause, purpose = find_cause(verb)
    if cause is None:
        return []
    pol = modifier_polarity(sent, effects)
    if pol == "none" and not any(cue_at(e, {"EFFECT_NOUN"}) or e.lemma_ in MEASURE for e in effects):
        pol = None  # "led to weak growth momentum": less of a concept (its name drops 'weak'), not no effect
    pol = pol or "positive"
    return [RawLink(cause, e, pol, rule_id, channels(verb), hedged(verb), negated(verb), purpose, 0.6) for e in effects]


def reliance_links(sent: Span, verb: Token, rule_id: str) -> list[RawLink]:
    """'Y relies on X': X causes Y. A fronted 'Relying on X, ...' has no Y of its own: X is the
    means of the main clause, which its own cue reads."""
    if verb.dep_ == "advcl" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return []
    causes = [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in {"on", "upon"}
        for o in p.children
        if o.dep_ == "pobj"
        for o in conjuncts(o)
    ]
    effect, _ = find_cause(verb)
    if effect is None:
        return []
    return [RawLink(c, effect, "positive", rule_id, [], hedged(verb), negated(verb), False, 0.55) for c in causes]


def _whose(noun: Token) -> Token | None:
    """X in 'the effect of X' or 'X's effect'."""
    of = next(
        (o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"),
        None,
    )
    return of or next((c for c in noun.children if c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"}), None)


def _realized_by(noun: Token, verb: Token) -> list[Token]:
    """'The impact of X on Y is realized (mainly) by improving A': A is the link's channel."""
    return realized_by(verb) if noun.dep_ == "nsubjpass" and noun.head == verb else []


def _achieved_through(sent: Span, links: list[RawLink]) -> list[RawLink]:
    """'X promotes Y, and this effect is achieved mainly by promoting A': the effect the clause
    before states comes about through A, its channel; so too 'X promotes Y, in which A plays a
    mediating role'."""
    for noun in sent:
        if via := _channels_named_after(noun):
            links = [replace(k, via=via) if k.effect.i < noun.i and not k.via else k for k in links]
    return links


def _channels_named_after(noun: Token) -> list[Token]:
    """The channels a clause after a link names for it, with ``noun`` its subject ('this effect',
    as a later sentence's is read in the anaphora step), its role ('a mediating role') or the route
    a coordinated clause names ('..., and A is an important channel'); [] for any other noun."""
    if (mediator := _mediating_in_which(noun)) is not None:
        return conjuncts(mediator)
    if noun.dep_ == "attr" and noun.head.dep_ in {"conj", "ROOT"}:
        return routes_named(noun.head)  # "X raises Y, and A is an important channel"
    return restated_channels(noun)


def _mediating_in_which(role: Token) -> Token | None:
    """A in ', in which A plays a mediating role' (a relative clause on the link before)."""
    verb = role.head
    if role.lemma_ != "role" or role.dep_ != "dobj" or verb.dep_ != "relcl":
        return None
    if not any(c.dep_ in {"amod", "compound"} and c.lower_.startswith(MEDIATING) for c in role.children):
        return None
    if not any(o.lower_ == "which" for p in verb.children if p.dep_ == "prep" for o in p.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None)


def _owner_pronoun(noun: Token) -> Token | None:
    """'Its effect on Y is negative': 'its', which the anaphora step points back."""
    return next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}), None)


def noun_links(sent: Span, noun: Token, rule_id: str) -> list[RawLink]:
    """'has a positive effect on Y', 'plays a key role in (promoting) Y', 'the effect of X on Y'."""
    roles = MEDIATING + MODERATING
    mediating = any(c.dep_ in {"amod", "compound"} and c.lower_.startswith(roles) for c in noun.children)
    if noun.lemma_ == "role" and mediating:
        return mediation_links(sent, noun, rule_id)
    of = _whose(noun) or _owner_pronoun(noun)
    if (changes := _named_change_links(noun, of, rule_id)) is not None:
        return changes
    scope = _spillover_scope(noun)
    effects = [e for e in _effect_targets(noun, of) if not (scope and next_door(e))]
    if not effects:
        return []
    pol, head_verb = _effect_sign(sent, noun)
    pol = pol or _gerund_sign(noun, effects[0])
    unsigned = ""
    if pol is None:
        pol, unsigned = "positive", "drop"
    if effects[0].pos_ == "VERB" and cue_at(effects[0], {"CAUSE_NEG"}):  # "a key role in alleviating Y"
        pol = FLIP.get(pol, pol)
    cause, purpose = (of, False) if of is not None else find_cause(head_verb, skip=noun)
    if cause is None:
        return []
    neg = negated(head_verb) or _denied(noun)
    neg = neg or (noun.dep_ == "nsubj" and head_verb.lemma_ in COPULAS and _insignificant(head_verb))
    return [
        RawLink(
            cause,
            e,
            pol,
            rule_id,
            channels(head_verb) + reflected_in(noun) + _realized_by(noun, head_verb),
            hedged(head_verb),
            neg,
            purpose,
            0.65,
            scope=scope,
            unsigned=unsigned,
        )
        for eff in effects
        for e in conjuncts(eff)
    ]


def _spillover_scope(noun: Token) -> str:
    """'the spatial spillover effect of X on Y', 'a spillover effect to neighbouring provinces':
    the effect is seen in the regions around the cause's, named as the sentence names them
    ('neighbouring regions' when it does not); '' for any other effect, a technology spillover's
    included ('the technology spillover effect of FDI on Y': Y where FDI is)."""
    mods = [c for c in noun.children if c.dep_ in {"amod", "compound"}]
    if noun.lemma_ != "spillover" and not any(m.lemma_ == "spillover" for m in mods):
        return ""
    places = [o for o in prep_objects(noun, {"to", "in", "on", "into", "upon"}) if next_door(o)]
    if places:
        return " ".join(t.text for t in places[0].subtree if t.dep_ != "det")
    return "neighbouring regions" if any(m.lower_ in SPATIAL for m in mods) else ""


def _spilled_over(sent: Span, links: list[RawLink]) -> list[RawLink]:
    """'X suppresses Y, with a spatial spillover effect to neighbouring provinces', '..., and there
    exists a spatial spillover effect': a spillover that names no link of its own carries those of
    its clause, or of the clauses joined before it, to the regions around (with its own sign, if
    it gives one: 'but has a negative spillover effect on neighbouring regions')."""
    out = []
    for noun in sent:
        scope = _spillover_scope(noun) if noun.pos_ == "NOUN" else ""
        targets = prep_objects(noun, {"on", "upon"})
        if not scope or _whose(noun) is not None or any(not next_door(t) for t in targets):
            continue
        verb = _clause_verb(noun)
        clauses = {verb.i} | {c.i for c in verb.conjuncts if c.i < verb.i}
        sign = modifier_polarity(sent, [noun])
        out += [
            replace(k, scope=scope, polarity=sign or k.polarity, rule_id=f"{k.rule_id}+spillover")
            for k in links
            if not k.scope and _clause_verb(k.effect).i in clauses
        ]
    return out


def _clause_verb(tok: Token) -> Token:
    """The verb of the clause a token sits in."""
    while tok.pos_ not in {"VERB", "AUX"} and tok.head.i != tok.i:
        tok = tok.head
    return tok


COPULAS = {"be", "become", "remain", "stay", "turn"}  # "the effect of X on Y becomes / remains positive"
EFFECT_VERBS = {"have", "exert", "produce", "play"}  # verbs that hold an effect ('has a strong effect')
SIZES = {"significant", "strong", "weak", "great", "large", "small", "obvious", "notable", "marked", "substantial"}


def _effect_targets(noun: Token, of: Token | None) -> list[Token]:
    """What an effect noun or role is on, wherever the parser hung it."""
    target_prep = {"on", "upon", "in", "to"} if noun.lemma_ != "role" else {"in"}
    effects = prep_objects(noun, target_prep)
    on = [o for o in effects if o.head.lower_ in {"on", "upon"}]
    if on and noun.lemma_ != "role":  # "an effect on employment in manufacturing": where, not a second effect
        effects = [o for o in effects if o.head.lower_ != "in" or o.i < on[0].i]
    if not effects and noun.lemma_ != "role":  # "both a substitution effect and a creation effect on Y"
        effects = [
            o
            for c in noun.conjuncts
            if c.i > noun.i and c.lemma_ == noun.lemma_
            for o in prep_objects(c, {"on", "upon"})
        ]
    if not effects and of is not None:
        effects = prep_objects(of, {"on", "upon"})  # "the effect of X on Y" with 'on Y' hung on X by the parser
    if not effects and noun.dep_ == "dobj" and noun.lemma_ != "role":  # ... or on the verb: "M strengthens
        effects = [o for o in prep_objects(noun.head, {"on", "upon"}) if o.i > noun.i]  # the effect of X on Y"
    if not effects and noun.lemma_ == "role" and noun.dep_ in {"dobj", "pobj"}:
        # "In poverty alleviation, X has played a key role": the fronted field is the effect;
        # "underscores the role of X in reshaping Y" with 'in' hung on the verb by the parser
        # "X plays a key role in (promoting) Y" with 'in' hung on 'plays' by the parser, too;
        # "attention should be paid to the role of X in alleviating Y" ('in' on 'paid')
        verb = noun.head if noun.dep_ == "dobj" else noun.head.head
        fields = prep_objects(verb, {"in"})
        later = of is not None or verb.lemma_ == "play"
        effects = [o for o in fields if (o.i < verb.i and noun.dep_ == "dobj") or (later and o.i > noun.i)]
    return effects


def _named_change_links(noun: Token, of: Token | None, rule_id: str) -> list[RawLink] | None:
    """'X has a stronger poverty-reducing effect in the west', 'the employment-creating effect of
    X': the name says what changes ('in' gives where); None when the noun is not so named."""
    named = _named_change(noun)
    held = noun.dep_ == "dobj" and noun.head.lemma_ in EFFECT_VERBS | {"show"}
    if named is None or (of is None and not held) or prep_objects(noun, {"on", "upon", "to"}):
        return None
    changed, sign = named
    if any(c.dep_ == "compound" and c.i < changed.left_edge.i for c in noun.children):
        return None  # "carbon dioxide | emission reduction effect" split by the parser: the name is cut
    cause = of if of is not None else find_cause(noun.head, skip=noun)[0]
    if cause is None:
        return []
    neg = negated(noun.head) or _denied(noun)
    return [RawLink(cause, changed, sign, rule_id, [], hedged(noun.head), neg, False, 0.6)]


def _gerund_sign(noun: Token, target: Token) -> str | None:
    """'a weaker effect on reducing Y': a size, not a sign; the gerund signs it ('positive' here,
    turned by the caller for a reducing verb). A bare 'the impact of X on creating Y' (a study's
    topic) gets none."""
    sized = any(c.dep_ == "amod" and (c.tag_ in {"JJR", "JJS"} or c.lemma_ in SIZES) for c in noun.children)
    return "positive" if sized and target.pos_ == "VERB" and cue_at(target, {"CAUSE_POS", "CAUSE_NEG"}) else None


def _own_named_change(link: RawLink) -> RawLink:
    """'X achieves its carbon emission reduction effect by V-ing M': X lowers carbon emissions
    (through M); an effect of the cause's own that names what it changes is that change."""
    effect = link.effect
    own = any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in effect.children)
    named = _named_change(effect) if own and cue_at(effect, {"EFFECT_NOUN"}) else None
    if named is None or link.polarity != "positive":
        return link
    return replace(link, effect=named[0], polarity=named[1])


def _named_change(noun: Token) -> tuple[Token, str] | None:
    """What an effect noun's own name says changes, and which way: 'the employment creation
    effect' raises employment, 'the carbon emission reduction effect' lowers carbon emissions."""
    for word in (c for c in noun.children if c.dep_ in {"compound", "amod"}):
        sign = "positive" if word.lemma_ in NAMED_UP or word.lower_ in NAMED_UP else None
        sign = "negative" if word.lemma_ in NAMED_DOWN or word.lower_ in NAMED_DOWN else sign
        named = [c for c in word.children if c.dep_ in {"compound", "npadvmod", "nmod"} and c.pos_ == "NOUN"]
        what = named[-1] if named else None  # the nearest: 'emission' in 'carbon dioxide emission reduction'
        if sign and what is not None:
            return what, sign
    return None


def _effect_sign(sent: Span, noun: Token) -> tuple[str | None, Token]:
    """The sign an effect noun carries ('a positive effect', 'the effect ... is negative', 'has a
    significant negative impact') and the verb that governs it."""
    pol = modifier_polarity(sent, [noun]) or RESULT_NOUN_POLARITY.get(noun.lemma_) or _participle_sign(noun)
    head_verb = noun.head
    if noun.dep_ == "conj" and head_verb.lemma_ == noun.lemma_:
        head_verb = head_verb.head  # "has both a substitution effect and a creation effect on Y"
    if misread_participle(head_verb):  # "has a stronger promoting effect on Y" parsed as 'promoting' the effect
        pol = pol or ("negative" if cue_at(head_verb, {"CAUSE_NEG"}) else "positive")
        head_verb = head_verb.head
    if pol is None and head_verb.lemma_ in EFFECT_VERBS:
        pol = modifier_polarity(sent, [head_verb])
    if noun.dep_ == "nsubj" and head_verb.lemma_ in COPULAS:  # "the effect of X on Y is (becomes) negative"
        told = [c for c in head_verb.children if c.dep_ in {"acomp", "attr"}]
        pol = _estimate_sign(head_verb) or pol or modifier_polarity(sent, told)
    if pol is None and noun.dep_ == "pobj" and noun.head.lower_ in {"in", "of"}:
        # "a U-shaped trajectory in the impact of X on Y" ('in' on the noun or on its verb): its shape
        frame = noun.head.head
        shapes = [frame] if frame.pos_ == "NOUN" else [c for c in frame.children if c.dep_ in {"dobj", "attr"}]
        pol = "mixed" if any(_shaped(sent, f) for f in shapes) else None
    elif pol is None and noun.dep_ == "nsubj":  # "the impact of X on Y exhibits an inverted U-shaped trend"
        shapes = [c for c in head_verb.children if c.dep_ in {"dobj", "attr"}]
        pol = "mixed" if any(_shaped(sent, f) for f in shapes) else None
    if (pol is None and _turns(sent)) or (pol in {"positive", "negative"} and _turns_to(head_verb, pol)):
        pol = "mixed"
    return pol, head_verb


def _turns_to(verb: Token, pol: str) -> bool:
    """'the effect of X on Y is positive, but after 2015 it turns negative': the sign it turns to,
    in a clause joined to the one that gave the first."""
    for clause in verb.conjuncts:
        if clause.lemma_ not in {"turn", "become", "change"} or clause.i < verb.i:
            continue
        said = [c.lower_ for c in clause.children if c.dep_ in {"acomp", "attr", "oprd"}]
        if any(w in {"positive", "negative"} and w != pol for w in said):
            return True
    return False


def _participle_sign(noun: Token) -> str | None:
    """'the empowering effect of X on Y', 'an inhibiting effect': a cue participle names the sign."""
    for c in noun.children:
        if c.dep_ == "amod" and c.tag_ in {"VBG", "VBN"} and cue_at(c, {"CAUSE_POS", "CAUSE_NEG"}):
            return "negative" if cue_at(c, {"CAUSE_NEG"}) else "positive"
    return None


def _turns(sent: Span) -> bool:
    """'its effect on Y changes from inhibition to promotion': a sign that turns (read from the
    words, since the parser often takes the verb for a noun: 'innovation changes')."""
    for start in (t for t in sent if t.lower_ == "from"):
        first = next((o for o in start.children if o.dep_ == "pobj"), None)
        if first is None or first.lower_ not in SIGN_NOUNS:
            continue
        tos = [p for p in (*first.children, *start.head.children) if p.dep_ == "prep" and p.lower_ == "to"]
        then = [o for p in tos for o in p.children if o.dep_ == "pobj" and o.lower_ in SIGN_NOUNS]
        if any(SIGN_NOUNS[o.lower_] != SIGN_NOUNS[first.lower_] for o in then):
            return True
    return False


def _shaped(sent: Span, noun: Token) -> bool:
    """'a U-shaped trajectory', 'an inverted-N relationship': a shape among the noun's modifiers."""
    return any(
        c.label_ == "MIXED_MOD" and noun.left_edge.i <= c.start < noun.i and SHAPE.search(c.text) for c in cues(sent)
    )


SHAPE = re.compile(r"shaped|inverted|linear", re.I)  # a shape, not a difference ('heterogeneous')


ESTIMATE = re.compile(r"[-\u2212\u2013]?\d*\.?\d+")


def _estimate_sign(copula: Token) -> str | None:
    """'the coefficient of X on Y is -0.132 and significant': the estimate's own sign (the parser
    reads a signed number as punctuation or a name, so the text decides)."""
    after = (c for c in copula.children if c.i > copula.i and c.dep_ in {"attr", "acomp", "punct"})
    number = next((t for t in after if ESTIMATE.fullmatch(t.text)), None)
    if number is None:
        return None
    return "negative" if number.text[0] in "-\u2212\u2013" else "positive"


def _denied(noun: Token) -> bool:
    """'has no effect on Y', 'no relationship between X and Y': the noun itself is denied."""
    return any(c.lower_ == "no" or c.dep_ == "neg" for c in noun.children)


def _insignificant(copula: Token) -> bool:
    """'the effect of X on Y is positive but not (statistically) significant': no effect shown."""
    told = [p for c in copula.children if c.dep_ in {"acomp", "attr"} for p in (c, *c.conjuncts)]
    return any(
        p.lower_ in {"insignificant", "nonsignificant", "non-significant"}
        or (p.lower_ == "significant" and any(n.dep_ == "neg" for n in p.children))
        for p in told
    )


MEDIATING = ("mediat", "intermediar", "transmi")
MODERATING = ("moderat",)


def _with_moderator(link: RawLink) -> RawLink:
    """A link read from a moderation ('Z plays a moderating role in the effect of X on Y'): Z is
    the condition, not the channel."""
    return replace(link, via=[], moderators=link.via)


def mediation_links(sent: Span, role: Token, rule_id: str) -> list[RawLink]:
    """'M plays a mediating role between A and B' / 'in the impact of A on B': A -> B via M; with a
    moderating role, A -> B moderated by M."""
    if any(c.dep_ in {"amod", "compound"} and c.lower_.startswith(MODERATING) for c in role.children):
        return [_with_moderator(k) for k in _role_links(sent, role, rule_id)]
    return _role_links(sent, role, rule_id)


def _role_links(sent: Span, role: Token, rule_id: str) -> list[RawLink]:
    mediator, _ = find_cause(role.head, skip=role)
    ends: list[tuple[Token, Token, str | None]] = []
    for owner in (role, role.head):
        for a in prep_objects(owner, {"between"}):
            ends += [(a, b, None) for b in conjuncts(a)[1:]]  # "between A and B" gives no sign
        for frame in prep_objects(owner, {"in"}):
            # "in the relationship between A and B" gives no sign either
            ends += [(a, b, None) for a in prep_objects(frame, {"between"}) for b in conjuncts(a)[1:]]
            cause = next(iter(prep_objects(frame, {"of"})), None)
            effect = next(iter(prep_objects(frame, {"on"}) or prep_objects(cause, {"on"}) if cause else []), None)
            if cause is not None and effect is not None:
                ends.append((cause, effect, modifier_polarity(sent, [frame])))
    if mediator is None:
        return []
    return [
        RawLink(
            a,
            b,
            pol or "positive",
            rule_id,
            [mediator],
            hedged(role.head),
            negated(role.head),
            False,
            0.6,
            _keep(pol),
        )
        for a, b, pol in ends
    ]


def bare_mediators(sent: Span) -> list[Token]:
    """'TI plays a partial mediating role', 'the mediating effect of TI is significant': a mediator
    named without the link it mediates (in a paper's results that is its main link, which the
    caller knows); none where the sentence names the link or denies the role."""
    out = []
    for noun in sent:
        mediating = any(c.dep_ in {"amod", "compound"} and c.lower_.startswith(MEDIATING) for c in noun.children)
        if noun.lemma_ not in {"role", "effect"} or not mediating or negated(noun.head) or _denied(noun):
            continue
        if _share_of(noun) is not None:
            continue  # "... accounts for 23% of the total effect of X on Y": the link is named
        framed = prep_objects(noun, {"between", "in", "on", "of"}) + prep_objects(noun.head, {"between", "in", "on"})
        whose = _whose(noun)
        if [o for o in framed if o is not whose]:
            continue  # "a mediating role between A and B", "in the effect of A on B": the link is named
        if whose is not None and noun.dep_ in {"nsubj", "nsubjpass"}:
            mediator = whose  # "the mediating effect of TI is significant"
        elif noun.dep_ == "dobj" and noun.head.lemma_ in {"play", "have", "exert", "pose", "show"}:
            mediator = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)  # "TI plays a ... role"
        else:
            continue  # "a model constructed on the intermediary effect": no mediator named
        if mediator is not None and usable(mediator) and not is_actor(mediator) and mediator.pos_ != "PRON":
            out += conjuncts(mediator)
    return out


def _keep(pol: str | None) -> str:
    """No sign in the sentence: keep the default unless the paper signs the link elsewhere."""
    return "" if pol is not None else "keep"


def moderated(sent: Span, links: list[RawLink]) -> list[RawLink]:
    """'Z strengthens (weakens) the effect of X on Y': the link X -> Y read from the effect noun has
    Z for a moderator (the link Z -> 'effect' names no concept and is dropped later); so has 'Z
    moderates the effect of X on Y' / 'the relationship between X and Y' (or 'is moderated by Z'),
    which gives the link where the noun gave none ('relationship' states no sign); so have 'the
    effect of X on Y is weakened by Z' and 'is stronger in regions with higher Z'."""
    for k in list(links):
        noun = k.effect  # "Z strengthens the effect of X on Y", "the effect of X on Y is weakened by Z"
        moderating = noun.head.lemma_ in MODERATING_VERBS and noun.head.dep_ != "relcl"
        if moderating and noun.dep_ in {"dobj", "nsubjpass"} and frames_a_link(noun):
            links = _moderate(links, _read_from(links, noun), [e for c in conjuncts(k.cause) for e in split_ends(c)])
    for noun, conditions in _stronger_where(sent):
        links = _moderate(links, _read_from(links, noun), conditions)
    for mediator, noun in _mediated_shares(sent):
        read = _read_from(links, noun)  # "... accounts for 23% of the total effect of X on Y": X -> Y via M
        links = [
            replace(j, via=[*j.via, mediator], unsigned=j.unsigned and "keep") if id(j) in read else j for j in links
        ]
    for verb in (t for t in sent if t.lemma_ == "moderate" and t.pos_ == "VERB"):
        for found in mediating_verb_links(sent, verb, "cue-verb-moderate"):
            ends = (found.cause, found.effect)
            if not _moderators(found.via):
                continue
            same = {id(j) for j in links if (j.cause, j.effect) == ends}  # the effect noun's own link
            links = _moderate(links, same, found.via) if same else [*links, _with_moderator(found)]
    return links


def _without_named_links(links: list[RawLink]) -> list[RawLink]:
    """'Data generates a positive effect on Y': the verb's object names the link data -> Y, which
    the effect noun reads; it is no concept the verb brings about (an unsigned one, 'generates
    multiplier effects on Y', may still be: the noun's link is then dropped unless signed elsewhere)."""
    read = {(k.cause.i, k.effect.i) for k in links if not k.unsigned}
    return [
        k
        for k in links
        if not (
            k.effect.lemma_ in LINK_NOUNS
            and any((k.cause.i, e.i) in read for o in prep_objects(k.effect, {"on"}) for e in conjuncts(o))
        )
    ]


def kept_links(sent: Span) -> list[RawLink]:
    """'The lack of skills keeps farmers from using e-commerce platforms' with a verb that is no cue
    of its own ('keep', 'stop'): those who act are kept from what the act reaches, so the subject
    works against it (a cue such as 'hinder' reads this itself, see verb_links)."""
    out = []
    for verb in sent:
        act = kept_from_acting(verb) if verb.pos_ == "VERB" and not is_causal_cue(verb) else None
        cause, purpose = find_cause(verb) if act is not None else (None, False)
        if act is None or cause is None:
            continue
        sign = "positive" if cue_at(act, {"CAUSE_NEG"}) else "negative"
        effects = [e for d in act.children if d.dep_ == "dobj" for e in conjuncts(d)]
        out += [
            RawLink(cause, e, sign, "cue-kept-from", [], hedged(verb), negated(verb), purpose, 0.55) for e in effects
        ]
    return out


def _mediated_shares(sent: Span) -> list[tuple[Token, Token]]:
    """'The mediating effect of M accounts for 23% of the total effect of X on Y': the mediator and
    the link noun whose share it takes."""
    out = []
    for noun in sent:
        whole = _share_of(noun)
        mediator = next(iter(prep_objects(noun, {"of"})), None) if whole is not None else None
        if mediator is not None and usable(mediator):
            out.append((mediator, whole))
    return out


def _share_of(noun: Token) -> Token | None:
    """The link noun a mediating effect is said to be a share of ('accounts for 23% of the total
    effect of X on Y'), or None."""
    mediating = any(c.dep_ in {"amod", "compound"} and c.lower_.startswith(MEDIATING) for c in noun.children)
    if not mediating or noun.dep_ != "nsubj" or noun.head.lemma_ not in {"account", "constitute", "represent"}:
        return None
    return next((t for t in noun.head.subtree if t.i > noun.head.i and frames_a_link(t)), None)


def _read_from(links: list[RawLink], noun: Token) -> set[int]:
    """The ids of the links read from a link noun: both ends in its phrase."""
    inside = {t.i for t in noun.subtree}
    return {id(j) for j in links if j.cause.i in inside and j.effect.i in inside and j.effect is not noun}


def _stronger_where(sent: Span) -> list[tuple[Token, list[Token]]]:
    """'The effect of X on Y is stronger in regions with a higher level of Z': the link noun and
    what its strength depends on, Z (the condition the places or firms have)."""
    out = []
    for be in (t for t in sent if t.lemma_ == "be"):
        noun = next((c for c in be.children if c.dep_ == "nsubj" and (frames_a_link(c) or names_a_link(c))), None)
        grade = next((c for c in be.children if c.dep_ == "acomp" and c.lower_ in STRENGTH_GRADES), None)
        if noun is None or grade is None:
            continue
        where = [o for h in (be, grade) for o in prep_objects(h, {"in", "for", "among"})]
        conditions = [
            z
            for w in where
            for p in w.children
            if p.dep_ == "prep" and p.lower_ == "with"
            for o in p.children
            if o.dep_ == "pobj"
            for z in conjuncts(o)
        ]
        if conditions:
            out.append((noun, [measured(z) for z in conditions]))
    return out


def _moderators(tokens: list[Token]) -> bool:
    """Whether tokens can be a link's moderators: concepts, not actors or pronouns."""
    return bool(tokens) and all(usable(t) and not is_actor(t) and t.pos_ != "PRON" for t in tokens)


def _moderate(links: list[RawLink], which: set[int], moderators: list[Token]) -> list[RawLink]:
    """``links`` with ``moderators`` added to those whose id is in ``which``. A moderated link
    exists, whatever its sign: with none in the sentence it keeps the default unless the paper
    signs it elsewhere, as a mediated one does."""
    if not _moderators(moderators):
        return links
    return [
        replace(j, moderators=[*j.moderators, *moderators], unsigned=j.unsigned and "keep") if id(j) in which else j
        for j in links
    ]


def mediating_verb_links(sent: Span, verb: Token, rule_id: str) -> list[RawLink]:
    """'M mediates the effect of A on B' / 'the relationship between A and B'; passive 'the effect
    of A on B is mediated by M': A -> B via M."""
    ends = _passive_ends(verb)
    if ends is not None:
        mediator, frames = ends[0], next(([c] for c in verb.children if c.dep_ == "nsubjpass"), [])
    else:
        mediator = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        frames = [c for c in verb.children if c.dep_ == "dobj"]
    links = []
    for frame in frames:
        pairs = [(a, b) for a in prep_objects(frame, {"between"}) for b in conjuncts(a)[1:]]
        cause = next(iter(prep_objects(frame, {"of"})), None)
        effect = next(iter(prep_objects(frame, {"on"}) or (prep_objects(cause, {"on"}) if cause else [])), None)
        if cause is not None and effect is not None:
            pairs.append((cause, effect))
        pol = modifier_polarity(sent, [frame])  # none in "the relationship between A and B"
        links += [
            RawLink(a, b, pol or "positive", rule_id, [mediator], hedged(verb), negated(verb), False, 0.6, _keep(pol))
            for a, b in pairs
        ]
    return links if mediator is not None else []


def _one_of(noun: Token) -> Token:
    """'One' in 'One of the key drivers of Y': the word that stands in the noun's place; else the
    noun."""
    of = noun.head
    if noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ == "one" and of.head.dep_ == "nsubj":
        return of.head
    return noun


def support_links(sent: Span, noun: Token, rule_id: str, sign: str = "positive") -> list[RawLink]:
    """'provides strong impetus for Y', 'has become the cornerstone of promoting Y', 'an engine for Y';
    with ``sign`` negative, obstacles: 'is a major barrier to Y', 'poses a threat to Y'."""
    slot = _one_of(noun)  # "One of the key drivers of Y is X": the subject is 'One'
    if slot.dep_ == "nsubj" and slot.head.lemma_ in {"be"} | MEMBER_VERBS:  # "A key driver of Y is X"
        verb = slot.head
        told = {"attr"} if verb.lemma_ == "be" else {"dobj"}  # "the main drivers of Y include X"
        said = [a for a in verb.children if a.dep_ in told and a.pos_ in {"NOUN", "PROPN"}]
        effects = _supported(noun) if said and usable(said[0]) and not is_actor(said[0]) else []
        return [RawLink(said[0], e, sign, rule_id, [], hedged(verb), negated(verb), False, 0.55) for e in effects]
    if noun.dep_ == "conj" and noun.head.dep_ == "dobj" and _for_people(noun):
        effects, verb = [noun.head, noun], noun.head.head  # "provided more jobs and new opportunities for workers"
    elif noun.dep_ not in {"dobj", "attr", "pobj", "oprd"}:  # oprd: "X is considered an engine of Y"
        return []
    else:
        effects = _supported(noun)
        verb = noun.head if noun.dep_ != "pobj" else noun.head.head
    if not effects:
        return []
    if noun.dep_ == "pobj" and (described := _described_as(noun)) is not None:
        return [RawLink(described, e, sign, rule_id, [], hedged(verb), False, False, 0.55) for e in effects]
    if verb.lemma_ not in LIGHT_VERBS | REGARDING_VERBS | {"use", "pose"}:
        if noun.dep_ != "dobj" or not cue_at(verb, {"CAUSE_POS", "CAUSE_NEG"}) or not _support_only(noun):
            return []  # "weakened the bargaining power of workers": the power is what changes
        if rule_id != "cue-support-noun" or any(acts(e) for e in effects):
            return []  # an obstacle removed ('relieves the constraints of SMEs') is what changes
        # "activate the key driving force for Y", "weaken the foundation for Y": the verb's sign
        sign = sign if cue_at(verb, {"CAUSE_POS"}) else FLIP.get(sign, sign)
    seen = _regarded(verb, noun)
    cause, purpose = (seen, False) if seen is not None else find_cause(verb, skip=noun)
    if cause is None:
        return []
    return [
        RawLink(cause, e, sign, rule_id, channels(verb), hedged(verb), negated(verb), purpose, 0.55) for e in effects
    ]


def _described_as(noun: Token) -> Token | None:
    """X in a fronted 'As an important engine of Y, X has grown rapidly' (or one set off after X):
    the subject the phrase describes (its clause says something else about X)."""
    prep, verb = noun.head, noun.head.head
    if prep.lower_ != "as" or prep.dep_ != "prep" or verb.pos_ not in {"VERB", "AUX"}:
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
        return None
    set_off = prep.i > subject.i and subject.right_edge.i == prep.i - 2 and prep.nbor(-1).text == ","
    return subject if prep.i < subject.i or set_off else None  # "X, as an engine of Y, has ..." too


def _regarded(verb: Token, noun: Token) -> Token | None:
    """X in 'X is seen as an engine of Y' and 'they regard X as an engine of Y': what is seen so."""
    if verb.lemma_ not in REGARDING_VERBS:
        return None
    seen = (c for c in verb.children if c.dep_ == "nsubjpass" or (c.dep_ == "dobj" and c != noun))
    return next(seen, None)


def _supported(noun: Token) -> list[Token]:
    """What a support noun goes to: 'impetus for Y' gives Y; 'vitality into Y' gives the vitality
    itself, named with Y (Y's vitality changes); none where a cue verb follows ('an engine for
    promoting Y' finds its own link)."""
    preps = [p for p in noun.children if p.dep_ == "prep" and p.lower_ in {"for", "of", "to", "into", "on"}]
    if not preps and noun.dep_ == "dobj":  # "laid the foundation for Y" / "injected momentum into Y" on the verb
        on_verb = [p for p in noun.head.children if p.dep_ == "prep" and p.lower_ in {"for", "to", "into"}]
        preps = [p for p in on_verb if p.i > noun.i]
    objects = [o for p in preps for o in p.children]
    if noun.lemma_ in QUALITIES:
        return [noun] if any(o.dep_ == "pobj" for o in objects) else []
    if _for_people(noun):
        return [noun]  # "more employment opportunities for workers": the opportunities are what grows
    effects = []
    for o in objects:
        if o.dep_ == "pcomp" and o.pos_ == "VERB":
            if is_causal_cue(o):
                return []
            effects.extend(c for c in o.children if c.dep_ == "dobj")
        elif o.dep_ == "pobj":
            effects.extend(conjuncts(o))
    return effects


def _for_people(noun: Token) -> bool:
    """'a better employment platform for high-skilled workers', 'more employment and entrepreneurial
    opportunities for workers': a support noun that names what it offers ('employment') and goes to
    people, who benefit from it rather than being the effect."""
    # a listed one ('employment and entrepreneurial opportunities') is named by the list's head
    named = noun.dep_ == "conj" or any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in noun.children)
    fors = [p for p in noun.children if p.dep_ == "prep" and p.lower_ == "for"]
    obj = noun.head if noun.dep_ == "conj" else noun
    if not fors and obj.dep_ == "dobj":  # "created more jobs and new opportunities for residents"
        fors = [p for p in obj.head.children if p.dep_ == "prep" and p.lower_ == "for" and p.i > noun.i]
    whom = [o for p in fors for o in p.children if o.dep_ == "pobj"]
    return named and bool(whom) and all(acts(measured(o)) for o in whom)  # "for a large number of workers"


def adjective_links(sent: Span, adj: Token, sign: str, rule_id: str) -> list[RawLink]:
    """'X is conducive to Y', 'which is detrimental to Y' (a cue verb after 'to' finds its own link)."""
    effects = []
    for p in adj.children:
        if p.dep_ == "prep" and p.lower_ in {"to", "for"}:
            for o in p.children:
                if o.dep_ == "pobj":
                    effects.extend(conjuncts(o))
                elif o.dep_ == "pcomp" and o.pos_ == "VERB" and not is_causal_cue(o):
                    effects.extend(e for c in o.children if c.dep_ == "dobj" for e in conjuncts(c))
    cause, purpose = find_cause(adj) if effects else (None, False)
    if cause is None:
        return []
    denied = negated(adj.head)
    if denied and sign == "positive" and adj.lemma_ in FAVOURING and not _tested(adj):
        sign, denied = "negative", False  # "the shortage of talent is not conducive to Y": it hinders Y
    return [RawLink(cause, e, sign, rule_id, [], hedged(adj.head), denied, purpose, 0.6) for e in effects]


def _tested(adj: Token) -> bool:
    """'X is not significantly conducive to Y': an estimate that shows nothing, not a hindrance."""
    return any(t.lower_ in {"significantly", "statistically"} for t in adj.head.subtree if t.i < adj.i)


def origin_links(sent: Span, tok: Token, rule_id: str) -> list[RawLink]:
    """'Y stems/arises/results from X', 'Y is attributed/due to X', 'Y is inseparable from X': X
    causes Y (the cue reads backwards)."""
    if tok.dep_ in {"prep", "advcl"} and tok.head.pos_ in {"VERB", "AUX"} and tok.lower_ in REASON_MARKERS:
        return []  # "Y has fallen owing to X": the verb's reading gives the sign (see fronted_change)
    to_adjective = tok.pos_ == "ADJ" and rule_id != "cue-inseparable-from"  # "Y is inseparable from X"
    prep = "to" if to_adjective or tok.lower_ == "due" or tok.lemma_ in {"attribute", "ascribe", "owe"} else "from"
    causes = [
        e
        for p in tok.children
        if p.dep_ in {"prep", "pcomp"} and p.lower_ == prep
        for o in p.children
        if o.dep_ == "pobj"
        for e in conjuncts(o)
    ]
    clause = tok.head if tok.dep_ == "acomp" else tok  # "Y is due to X"
    passive = next((c for c in clause.children if c.dep_ == "nsubjpass"), None)  # "Y is attributed to X"
    if tok.dep_ == "prep" and tok.head.pos_ == "NOUN":
        passive = tok.head  # "a significant reduction in Y due to X": the noun it qualifies
    subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None)
    subject = None if subject is None or is_actor(subject) else subject  # "The Company derives its revenue from X"
    if subject is not None and negated(tok) and fronted_change(tok) is not None:
        return []  # "Due to A, residents cannot benefit from X": A explains the denial, X is not idle
    if passive is None and subject is not None and causes:
        passive = subject  # "Rural residents benefit from X": the residents, not a reason before them
    effect, purpose = (passive, False) if passive is not None else find_cause(tok) if causes else (None, False)
    if effect is None or purpose:
        return []  # "bridging the divide to benefit from X": who benefits is left unsaid
    return [RawLink(c, effect, "positive", rule_id, [], hedged(tok), negated(tok), False, 0.55) for c in causes]


def correlation_links(sent: Span, tok: Token, rule_id: str) -> list[RawLink]:
    """'X is significantly negatively correlated with Y', 'X has a significant negative correlation with Y'."""
    loose = tok.lower_ in {"related", "linked"}  # "positively related to Y": only with a sign
    preps = {"with", "to"} if loose else {"with"}
    with_obj = [
        o for p in tok.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children if o.dep_ == "pobj"
    ]
    head = tok if any(c.dep_ in SUBJ for c in tok.children) else tok.head
    subj = next((c for c in head.children if c.dep_ in SUBJ), None)
    between = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "between" for o in p.children]
    pair = conjuncts(between[0]) if between and between[0].dep_ == "pobj" else []
    if tok.pos_ == "NOUN" and len(pair) == 2:  # "an inverted U-shaped association between X and Y"
        subj, with_obj = pair[0], [pair[1]]
    if subj is not None and not with_obj and not between:  # "X and Y exhibit a nonlinear relationship"
        with_obj = [c for c in subj.children if c.dep_ == "conj"][:1]
    if subj is None or not with_obj:
        return []
    pol = modifier_polarity(sent, [tok])
    if pol is None and (tok.pos_ == "NOUN" or loose):
        return []  # "has a relationship with Y" / "is related to Y" says nothing about the sign
    denied = negated(head) or _denied(tok)  # "there is no significant relationship between X and Y"
    return [
        RawLink(subj, e, pol or "positive", rule_id, [], hedged(head), denied, False, 0.6)
        for o in with_obj
        for e in conjuncts(o)
    ]


def signed_verb_links(sent: Span, verb: Token, rule_id: str) -> list[RawLink]:
    """'X positively/negatively affects Y': a neutral verb whose adverb gives the sign (none: no
    link); 'does not affect Y' is a link with no effect."""
    # "significantly and positively affects": the sign may sit on a coordinated adverb
    adverbs = [a for c in verb.children if c.dep_ == "advmod" for a in (c, *c.conjuncts)]
    sign = modifier_polarity(sent, adverbs) or ("none" if negated(verb) else None)
    if sign is None:  # "X affects Y (through M)": the paper's own X -> Y signs it, or it is dropped
        return [replace(k, unsigned="drop") for k in verb_links(sent, verb, "positive", rule_id)]
    return verb_links(sent, verb, sign, rule_id) if sign else []


READERS = {
    "CAUSE_POS": lambda sent, tok, rid: verb_links(sent, tok, "positive", rid),
    "CAUSE_NEG": lambda sent, tok, rid: verb_links(sent, tok, "negative", rid),
    "CAUSE_PHRASAL": phrasal_links,
    "CAUSE_SIGNED": signed_verb_links,
    "EFFECT_NOUN": noun_links,
    "SUPPORT_NOUN": support_links,
    "OBSTACLE_NOUN": lambda sent, tok, rid: support_links(sent, tok, rid, "negative"),
    "CAUSE_ADJ_POS": lambda sent, tok, rid: adjective_links(sent, tok, "positive", rid),
    "CAUSE_ADJ_NEG": lambda sent, tok, rid: adjective_links(sent, tok, "negative", rid),
    "CAUSE_ORIGIN": lambda sent, tok, rid: origin_links(sent, tok, rid),
    "CAUSE_CORR": correlation_links,
    "CAUSE_MEDIATE": mediating_verb_links,
}
"""Which reader turns a cue of each label into links; the anchor is the cue's first token."""


def find_links(sent: Span) -> list[RawLink]:
    """Every causal link a sentence asserts (scope filtering is the caller's job)."""
    links: list[RawLink] = []
    for cue in cues(sent):
        reader = READERS.get(cue.label_)
        if reader is None or in_question(cue.root):
            continue  # "we study whether X promotes Y" asserts nothing
        misread = cue.root.dep_ == "amod" or (cue.root.dep_ == "compound" and misread_subject(cue.root) is not None)
        if cue.label_ in {"CAUSE_POS", "CAUSE_NEG"} and cue.root.pos_ == "VERB" and misread:
            sign = "positive" if cue.label_ == "CAUSE_POS" else "negative"
            listed = _listed_participle_links(cue.root, sign, cue.id_)
            links.extend(listed or _misread_verb_links(cue.root, sign, cue.id_))
            continue  # "the promoting effect": handled by the effect noun
        links.extend(reader(sent, sent.doc[cue.start], cue.id_))
    links += comparative_links(sent) + covariation_links(sent) + made_links(sent) + holder_links(sent)
    links += likelihood_links(sent) + kept_links(sent) + unable_links(sent)
    links += standing_links(sent) + placed_links(sent) + compared_links(sent) + key_links(sent)
    links = _without_named_links(moderated(sent, _achieved_through(sent, links)))
    links = through_products(links)
    links = [named_effect_of(k) for k in links]
    links += _coordinated_purposes(links)
    links = [_removal_serves(k) for k in links]
    links = reversals(links)
    links = [replace(k, cause=idiom_object(k.cause) or k.cause) for k in links]  # "take advantage of X": X
    links = [_own_named_change(k) for k in links]
    links = _cause_named_on_effect(links)
    links = [_listed_members(k) for k in links]
    links += _spilled_over(sent, links)
    return [
        # a member beside the cause ("the lack of A, along with B, hinders Y") or joined to it as a
        # cause of its own ("hindered by high costs and a lack of B") is outside the cause's measure
        replace(k, cause=c, effect=e, polarity=through_measure(replace(k, cause=c) if c in own else k))
        for k in links
        for each in [k.purpose or _each_a_cause(k.cause)]
        for own in [
            [m for a in accompanying(k.cause) for m in conjuncts(a)]
            + (conjuncts(k.cause) if each else [])
            + lacked_list(k.cause)  # "the lack of A and weak B": B's own grade turns its sign
        ]
        for c in (conjuncts(k.cause) if each else split_ends(k.cause))
        for e in split_ends(k.effect)
    ]


def _listed_members(link: RawLink) -> RawLink:
    """'The factors that promote Y include A and B': A and B promote Y. A noun whose relative clause
    states the link, and whose members the main verb lists, gives way to them."""
    cause = link.cause
    listed = cause.dep_ == "nsubj" and cause.head.lemma_ in MEMBER_VERBS
    if not listed or not any(c.dep_ == "relcl" for c in cause.children):
        return link
    members = [o for o in cause.head.children if o.dep_ == "dobj" and o.pos_ in {"NOUN", "PROPN"}]
    return replace(link, cause=members[0]) if members else link


def _cause_named_on_effect(links: list[RawLink]) -> list[RawLink]:
    """'This enables people to share the convenience brought about by X': the convenience names its
    own cause, X; what enables the sharing does not bring the convenience about."""
    named = {k.effect.i: k.cause.i for k in links if k.cause.i in _agents(k.effect)}
    return [k for k in links if named.get(k.effect.i, k.cause.i) == k.cause.i or _acted_on(k.effect)]


def _acted_on(noun: Token) -> bool:
    """'reduce the unemployment risk caused by automation': a cue verb acts on the noun itself,
    a second cause beside the one it names (unlike 'enables people to share' it)."""
    head = noun.head if noun.dep_ == "conj" else noun
    return head.dep_ == "dobj" and is_causal_cue(head.head)


def _agents(noun: Token) -> set[int]:
    """The token after 'by' of a passive participle on a noun or on the list it belongs to."""
    heads = [noun, noun.head] if noun.dep_ == "conj" else [noun]
    return {
        o.i
        for h in heads
        for acl in h.children
        if acl.dep_ == "acl" and acl.tag_ == "VBN"
        for a in acl.children
        if a.dep_ == "agent"
        for o in a.children
        if o.dep_ == "pobj"
    }


def _removal_serves(link: RawLink) -> RawLink:
    """'reduce X to promote Y', 'To promote Y, we must break down X', 'promote Y by reducing X',
    'By reducing X, firms can expand Y', 'Reducing X is a way to promote Y': the cause is what a
    removing verb acts on, so removing X is what serves Y and X itself works against Y (the sign
    turns)."""
    removed = link.cause.dep_ == "dobj" and cue_at(link.cause.head, {"CAUSE_NEG"})
    # "prevent X from widening Y": X's own act is the link, and what is prevented states it
    held = any(p.lower_ == "from" for t in (link.cause, link.cause.head) for p in t.children)
    removed = removed and not held
    return replace(link, polarity=FLIP.get(link.polarity, link.polarity)) if removed else link


def _coordinated_purposes(links: list[RawLink]) -> list[RawLink]:
    """'accelerate A and improve B, so as to promote Y': the purpose hangs on one of the
    coordinated actions, but every action's object serves it; so in 'accelerate A, leveraging X to
    drive Y', where the purpose hangs on the means the action is taken with."""
    out = []
    for k in links:
        if not k.purpose or k.cause.dep_ != "dobj" or k.cause.head.pos_ != "VERB":
            continue
        if k.cause.head.lemma_ in CAUSATIVE:
            continue  # "builds A and encourages firms to expand Y": the firms act, no purpose of building A
        fronted = k.effect.i < k.cause.head.i  # "To promote Y, we must break down A and promote B"
        means = k.cause.head
        taken_with = means.dep_ == "advcl" and means.tag_ == "VBG" and means.lemma_ in INSTRUMENT_VERBS
        for verb in [*means.conjuncts, *([means.head] if taken_with else [])]:
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
                continue  # "use X to improve A and take B to promote Y": 'to improve A' is a goal itself
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if obj is None or (obj.i > k.effect.i and not fronted):
                continue
            if any(o.cause == obj and o.effect == k.effect for o in links + out):
                continue
            out.append(replace(k, cause=obj))
    return out


def _listed_participle_links(verb: Token, sign: str, rule_id: str) -> list[RawLink]:
    """'X has spawned A, injected B, and improved C': the parser reads the last past participle as
    an adjective on C, a conjunct of the first verb's object; it is that verb's coordinate."""
    obj = verb.head
    first = obj.head
    if first.dep_ == "dobj" and first.pos_ in {"NOUN", "PROPN"}:
        first = first.head  # "X has reduced A and expanded B": B a conjunct of A, the object
    after_and = verb.i > 0 and verb.doc[verb.i - 1].lower_ in {"and", ","}
    if verb.tag_ not in {"VBD", "VBN"} or obj.dep_ != "conj" or first.pos_ not in {"VERB", "AUX"} or not after_and:
        return []
    cause, purpose = find_cause(first)
    if cause is None:
        return []
    if verb.lower_ in LOWER:
        sign = FLIP[sign]  # the signs are settled later, where 'reduced' on the object turns the sign again
    return [
        RawLink(cause, e, sign, rule_id, channels(first), hedged(first), negated(first), purpose, 0.6)
        for e in conjuncts(obj)
    ]


def _misread_verb_links(verb: Token, sign: str, rule_id: str) -> list[RawLink]:
    """'Internet use increased farm income by 20%': with no verb left for the clause, the parser
    makes a noun its root and the past-tense verb an adjective on the object; the verb follows
    its subject directly, so it is the clause's verb (see :func:`misread_subject`)."""
    subject = misread_subject(verb)
    if subject is None:
        return []
    if verb.lower_ in LOWER:
        sign = FLIP[sign]  # as for a listed participle: 'reduced' on the object turns the sign again later
    effects = conjuncts(verb.head)
    return [RawLink(subject, e, sign, rule_id, [], hedged(verb), negated(verb), False, 0.55) for e in effects]


def _each_a_cause(cause: Token) -> bool:
    """'A and B (jointly) drive Y', 'both A and B', 'neither A nor B', 'A, B and C all play a role
    in Y': each subject is a cause, as each object is an effect (a recommendation's 'establish A
    and B to foster Y' likewise). A plain coordinated subject was kept as one phrase while that
    measured better on the seed papers; it no longer does (0.687 either way, session 6) and one
    phrase hid the second cause."""
    if cause.dep_ == "dobj" and cause.head.lemma_ in MEMBER_VERBS:  # "the factors that promote Y include A and B"
        return True
    agent = cause.dep_ == "pobj" and cause.head.dep_ == "agent"  # "Y is hindered by A and B"
    if cause.dep_ != "nsubj" and not agent:
        return False
    if any(c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} for c in cause.children) or accompanying(cause):
        return True
    listed = [a for a in cause.children if a.dep_ == "appos"]
    members = [cause, *listed, *(c for a in listed for c in a.conjuncts)]
    return any(c.dep_ == "appos" and c.lower_ in {"all", "each"} for m in members for c in m.children)
