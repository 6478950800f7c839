"""Links read from a whole sentence's shape rather than from one cue word: the comparative
correlative ('the higher X, the lower Y'), covariation ('as X improves, Y rises'), a made
state ('X makes Y difficult') and a place's standing for a reason ('Due to X, Hebei ranks among
the top in Y', 'X keeps Hebei at the lower end of the chain') and a group compared with its
complement ('Compared with non-pilot cities, pilot cities have higher Y'), and where the key to an
effect lies ('The key to Y lies in X')."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.cues import cue_at
from extract.mechanisms.clauses import (
    REASON_MARKERS,
    acts,
    as_change,
    find_cause,
    fronted_change,
    is_actor,
    is_causal_cue,
    is_support_noun,
)
from extract.mechanisms.lexicon import (
    ADOPTING,
    COMPARATIVES_DOWN,
    COMPARATIVES_UP,
    ENABLING,
    FAILING,
    FALLING_VERBS,
    HINDERING,
    INQUIRY,
    LEVEL_DOWN,
    LEVEL_UP,
    PLACING_VERBS,
    POSITIONS,
    QUALITY_ADJECTIVES,
    RANKING_VERBS,
    RISING_VERBS,
    STANDING_DOWN,
    STANDING_UP,
    UNDENIABLE,
)
from extract.mechanisms.modifiers import hedged, negated
from extract.mechanisms.phrases import conjuncts, graded_low, measured, prep_objects
from extract.mechanisms.raw import FLIP, RawLink


def comparative_links(sent: Span) -> list[RawLink]:
    """'The higher the level of X, the lower Y (is)': a comparative correlative; the sign is
    whether the two comparatives move the same way. Read from the words, as the parser rarely
    builds this construction well."""
    marks = [
        t
        for t in sent
        if t.lower_ == "the"
        and t.i + 1 < sent.end
        and sent.doc[t.i + 1].lower_ in COMPARATIVES_UP | COMPARATIVES_DOWN
        and (t.i == sent.start or sent.doc[t.i - 1].text == ",")
    ]
    if len(marks) != 2 or marks[0].i != _first_word(sent).i:
        return []
    first, second = (sent.doc[m.i + 1] for m in marks)
    cause = _head_noun(sent.doc[first.i + 1 : marks[1].i])
    effect = _head_noun(sent.doc[second.i + 1 : sent.end])
    if cause is None or effect is None:
        return []
    same = (first.lower_ in COMPARATIVES_UP) == (second.lower_ in COMPARATIVES_UP)
    polarity = "positive" if same else "negative"
    polarity = _counted_once(polarity, cause, effect)
    return [RawLink(cause, effect, polarity, "cue-comparative", base_confidence=0.6)]


HOLDING_VERBS = {"have", "show", "exhibit", "enjoy", "experience", "achieve", "record", "display", "face", "suffer"}


def holder_links(sent: Span) -> list[RawLink]:
    """'Enterprises with a higher degree of digital transformation have higher productivity': what
    the holders have more of goes with what they show more of (the sign is whether the two
    comparatives move the same way)."""
    out = []
    for verb in sent:
        if verb.lemma_ not in HOLDING_VERBS:
            continue
        owners = [verb, *([verb.head] if verb.dep_ == "xcomp" else [])]  # "Provinces with X tend to have Y"
        holder = next((c for v in owners for c in v.children if c.dep_ == "nsubj"), None)
        shown = next((c for c in verb.children if c.dep_ == "dobj"), None)
        up_shown = _comparative(shown) if shown is not None else None
        if holder is None or up_shown is None:
            continue
        for with_ in (p for p in holder.children if p.dep_ == "prep" and p.lower_ == "with"):
            for had in (o for o in with_.children if o.dep_ == "pobj"):
                up_had = _comparative(had)
                if up_had is not None:
                    sign = "positive" if up_had == up_shown else "negative"
                    sign = _counted_once(sign, had, shown)
                    link = RawLink(had, shown, sign, "cue-comparative", [], hedged(verb), negated(verb), False, 0.55)
                    out.append(link)
        for had in _taken_up(holder):  # "Enterprises that have undergone X show higher Y"
            sign = _counted_once("positive" if up_shown else "negative", shown)
            out.append(RawLink(had, shown, sign, "cue-comparative", [], hedged(verb), negated(verb), False, 0.5))
    return out


def likelihood_links(sent: Span) -> list[RawLink]:
    """'Firms with a higher degree of digital transformation are more likely to engage in green
    innovation' (or 'Households with internet access are more likely to start businesses'): what
    the holders have (more of) makes what they are more or less likely to do more or less likely."""
    out = []
    for be in (t for t in sent if t.lemma_ == "be"):
        likely = next((c for c in be.children if c.dep_ == "acomp" and c.lower_ == "likely"), None)
        holder = next((c for c in be.children if c.dep_ == "nsubj"), None)
        grade = {c.lower_ for c in likely.children if c.dep_ == "advmod"} if likely is not None else set()
        if holder is None or not grade & {"more", "less"}:
            continue
        doings = [c for c in likely.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        done = [e for a in doings for e in _act_objects(a)]
        for with_ in (p for p in holder.children if p.dep_ == "prep" and p.lower_ == "with"):
            for had in (o for o in with_.children if o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"}):
                up_had = _comparative(had) is not False  # having X at all counts as more of it
                sign = "positive" if up_had == ("more" in grade) else "negative"
                out += [
                    RawLink(
                        had, e, _counted_once(sign, had), "cue-comparative", [], hedged(be), negated(be), False, 0.5
                    )
                    for e in done
                ]
    return out


def _act_objects(act: Token) -> list[Token]:
    """What an act reaches: its object, else the object of its preposition ('engage in Y')."""
    objects = [e for c in act.children if c.dep_ == "dobj" for e in conjuncts(c)]
    return objects or [
        e for p in act.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj" for e in conjuncts(o)
    ]


def _taken_up(holder: Token) -> list[Token]:
    """X in 'enterprises that have adopted / undergone X' (a relative clause on the holders)."""
    return [
        o
        for r in holder.children
        if r.dep_ == "relcl" and r.lemma_ in ADOPTING and not any(c.dep_ == "neg" for c in r.children)
        for o in r.children
        if o.dep_ == "dobj" and o.pos_ in {"NOUN", "PROPN"}
    ]


def _counted_once(sign: str, *ends: Token) -> str:
    """A comparative's 'lower' hung on an end is read again as a lower level there (see
    rewrites.through_measure): turn the sign back so it counts once."""
    lowered = sum(graded_low(end) for end in ends)
    return FLIP[sign] if lowered % 2 else sign


def _comparative(noun: Token) -> bool | None:
    """True for 'higher/more X', False for 'lower/less X', None without a comparative."""
    for c in noun.children:
        if c.dep_ == "amod" and c.lower_ in COMPARATIVES_UP:
            return True
        if c.dep_ == "amod" and c.lower_ in COMPARATIVES_DOWN:
            return False
    return None


def covariation_links(sent: Span) -> list[RawLink]:
    """'As X improves, Y rises / declines': two changes, the 'as' clause's subject causing the
    main clause's (the sign is whether they move the same way); likewise a fronted 'With the
    popularization of X' or 'Due to X' before 'Y has dropped'."""
    out = []
    for verb in sent:
        if verb.lemma_ not in RISING_VERBS | FALLING_VERBS or any(c.dep_ == "dobj" for c in verb.children):
            continue
        x, x_falls = as_change(verb)
        if x is None and not is_causal_cue(verb):  # "With the popularization of X, the cost of Y has dropped"
            x = fronted_change(verb)  # (a cue verb such as 'increase' reads its fronted reason itself)
        held = held_back_by(verb) if x is None else None  # "Limited by X, Y has grown slowly": X holds Y back
        x = x if held is None else held
        y = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in REASON_MARKERS), None)
        if x is None or y is None or is_actor(y):  # ('Thanks to X, Y has grown': 'Thanks' read as a subject)
            continue
        slow = any(c.dep_ == "advmod" and c.lower_ in {"slowly", "sluggishly"} for c in verb.children)
        same = x_falls == (verb.lemma_ in FALLING_VERBS or slow)  # "Y develops slowly because of weak X"
        polarity = "none" if negated(verb) else "positive" if same and held is None else "negative"
        back = FALLING_VERBS if verb.lemma_ in RISING_VERBS else RISING_VERBS
        if any(c.dep_ == "conj" and c.lemma_ in back for c in verb.children):
            polarity = "mixed"  # "Y first rises and then falls"
        out += [RawLink(x, e, polarity, "cue-covariation", [], hedged(verb), False, False, 0.6) for e in conjuncts(y)]
    return out


def _first_word(sent: Span) -> Token:
    return next((t for t in sent if not t.is_punct), sent[0])


def _head_noun(span: Span) -> Token | None:
    """The noun a stretch of words is about: the one whose head lies outside the stretch."""
    nouns = [t for t in span if t.pos_ in {"NOUN", "PROPN"}]
    outer = [t for t in nouns if not span.start <= t.head.i < span.end or t.head == t]
    return (outer or nouns or [None])[0]


def _graded_quality(adj: Token) -> str | None:
    """'more convenient and efficient' (positive), 'less efficient' (negative): a quality made
    greater or smaller; None for any other adjective."""
    if adj.lower_ not in QUALITY_ADJECTIVES:
        return None
    grade = next((c.lower_ for c in adj.children if c.dep_ == "advmod" and c.lower_ in {"more", "less"}), None)
    return {"more": "positive", "less": "negative"}.get(grade or "")


def _made_to_do(adj: Token) -> Token | None:
    """'X makes it easier for households to obtain market information': what the act reaches (a
    causal verb in the clause reads its own link)."""
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in (*adj.children, *adj.head.children)):
        return None
    acts = [c for c in adj.children if c.dep_ in {"advcl", "xcomp"} and c.pos_ == "VERB" and not is_causal_cue(c)]
    acts = [a for a in acts if a.lemma_ not in INQUIRY]  # "makes it difficult to explain the paradox": research
    return next((o for a in acts for o in a.children if o.dep_ == "dobj"), None)


def made_links(sent: Span) -> list[RawLink]:
    """'X makes Y difficult / challenging / easier': X works against (or for) Y; so does X in 'Due
    to X, poor areas find it difficult to undertake Y' (the finders only act)."""
    out = []
    for make in sent:
        if make.lemma_ not in {"make", "find"}:
            continue
        for adj in make.children:
            graded = _graded_quality(adj)
            if adj.dep_ not in {"ccomp", "oprd"} or (adj.lower_ not in HINDERING | ENABLING and graded is None):
                continue
            if make.lemma_ == "find" and not any(c.lower_ == "it" for c in (*adj.children, *make.children)):
                continue  # "find Y difficult" is a judgement
            effect = next((c for c in adj.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None)
            effect = effect or _made_to_do(adj)
            if effect is None:
                cause, purpose = None, False
            elif make.lemma_ == "find":
                cause, purpose = fronted_change(make), False
            else:
                cause, purpose = find_cause(make)
            if cause is not None:
                sign = graded or ("negative" if adj.lower_ in HINDERING else "positive")
                out.append(RawLink(cause, effect, sign, "cue-made", [], hedged(make), negated(make), purpose, 0.55))
    return out


def unable_links(sent: Span) -> list[RawLink]:
    """'Due to X, SMEs are unable to (cannot, fail to) carry out Y' and 'Constrained by X, ...': X
    works against Y, as in 'find it difficult to'; 'Without X, farmers cannot use Y': X works for Y.
    Those who fail only act; an act that is a cue of its own ('cannot reduce Y') reads its own link."""
    out = []
    for act in sent:
        clause = _failing_clause(act)
        if clause is None or is_causal_cue(act) or act.lemma_ in INQUIRY:
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None or not acts(measured(subject)):
            continue
        reason, sign = fronted_change(clause) or fronted_change(act) or held_back_by(clause), "negative"
        if reason is None:
            reason, sign = next((o for o in prep_objects(clause, {"without"}) if o.i < clause.i), None), "positive"
        effects = [e for o in act.children if o.dep_ == "dobj" for e in conjuncts(o)]
        if reason is not None:
            out += [RawLink(reason, e, sign, "cue-unable", [], hedged(clause), False, False, 0.5) for e in effects]
    return out


def _failing_clause(act: Token) -> Token | None:
    """The verb whose subject is said not to manage ``act``: 'are unable to V', 'fail (struggle)
    to V', 'cannot V'."""
    if act.pos_ != "VERB" or act.lemma_ in UNDENIABLE:
        return None  # "cannot ignore Y" asserts the act
    if act.dep_ == "xcomp" and act.head.lower_ in FAILING:
        return act.head.head if act.head.pos_ == "ADJ" and act.head.dep_ == "acomp" else act.head
    cannot = any(c.dep_ == "aux" and c.lemma_ in {"can", "could"} for c in act.children)
    return act if cannot and any(c.dep_ == "neg" for c in act.children) else None


def held_back_by(clause: Token) -> Token | None:
    """X in a fronted 'Constrained by X, ...' / 'Limited by X, ...' (a participle of a negative cue
    verb with its agent)."""
    for c in clause.children:
        if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i < clause.i and cue_at(c, {"CAUSE_NEG"}):
            by = (a for a in c.children if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by"))
            return next((o for a in by for o in a.children if o.dep_ == "pobj"), None)
    return None


WHOLE_PLACES = {"country", "world", "nation"}  # 'ranks first in the country': where, not in what


def _standing(verb: Token) -> str | None:
    """The sign of a ranking verb's position ('ranks among the top', 'ranks first', 'leads' up;
    'ranks last', 'lags behind' down), None for no position."""
    if verb.lemma_ not in RANKING_VERBS:
        return None
    parts = (c for c in verb.children if c.dep_ in {"prep", "advmod", "npadvmod", "prt", "oprd"})
    words = {verb.lemma_, *(t.lower_ for c in parts for t in c.subtree)}
    up, down = bool(words & STANDING_UP), bool(words & STANDING_DOWN)
    return None if up == down else "positive" if up else "negative"


def _ranked_in(verb: Token) -> list[Token]:
    """What a place ranks in: 'in (terms of) Y', not 'in the country'."""
    out = []
    for obj in prep_objects(verb, {"in"}):
        if obj.lemma_ == "term":
            out += prep_objects(obj, {"of"})
        elif not is_actor(obj) and obj.ent_type_ not in {"GPE", "LOC"} and obj.lower_ not in WHOLE_PLACES:
            out.append(obj)
    return out


def _level_held(verb: Token) -> tuple[Token | None, str | None]:
    """'has high carbon emissions' (positive), 'has weak innovation capacity' (negative)."""
    if verb.lemma_ not in HOLDING_VERBS:  # 'Due to X, Shanxi has high Y'
        return None, None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if obj is None:
        return None, None
    mods = {c.lower_ for c in obj.children if c.dep_ == "amod"}
    up, down = bool(mods & LEVEL_UP), bool(mods & LEVEL_DOWN)
    return (obj, "positive" if up else "negative") if up != down else (None, None)


def standing_links(sent: Span) -> list[RawLink]:
    """'Due to X, Hebei ranks among the top in the country in terms of Y' / '... has high Y':
    a place's standing in Y, given a reason, is that reason's effect on Y (the place is where,
    not what, causes it)."""
    out = []
    for verb in sent:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or not is_actor(subject):
            continue
        sign = _standing(verb)
        effects = _ranked_in(verb) if sign else []
        if not effects:
            held, sign = _level_held(verb)
            effects = [held] if held is not None else []
        cause = fronted_change(verb) if effects else None
        if cause is None:
            continue
        for e in (m for eff in effects for m in conjuncts(eff)):
            out.append(RawLink(cause, e, sign, "cue-standing", [], hedged(verb), negated(verb), False, 0.55))
    return out


def placed_links(sent: Span) -> list[RawLink]:
    """'Limited innovation keeps Hebei at the lower end of the industrial chain': what holds its
    object at a position brings that position about (the position is the effect)."""
    out = []
    for verb in sent:
        if verb.lemma_ not in PLACING_VERBS or is_causal_cue(verb):
            continue
        if not any(c.dep_ == "dobj" for c in verb.children):
            continue
        positions = [o for o in prep_objects(verb, {"at", "in"}) if o.lemma_ in POSITIONS | {"position"}]
        cause, purpose = find_cause(verb) if positions else (None, False)
        if cause is not None:
            out += [
                RawLink(cause, p, "positive", "cue-placed", [], hedged(verb), negated(verb), purpose, 0.55)
                for p in positions
            ]
    return out


def _complement_group(verb: Token) -> Token | None:
    """The 'non-A' group of a fronted 'Compared with non-A areas, ...' on ``verb``."""
    for c in verb.children:
        if c.lemma_ == "compare" and c.i < verb.i:
            for base in prep_objects(c, {"with", "to"}):
                if any(m.lower_ in {"non", "non-"} or m.lower_.startswith("non-") for m in base.children):
                    return base
    return None


def _same_group(group: Token, base: Token) -> bool:
    """'ethnic areas' against 'non-ethnic areas': the same head, the same modifier without 'non'."""
    named = {m.lower_ for m in group.children if m.dep_ in {"amod", "compound"}}
    based = {m.lower_.removeprefix("non-") for m in base.children if m.dep_ in {"amod", "compound"}}
    return group.lemma_ == base.lemma_ and bool(named) and named <= based


def _graded(adj: Token) -> str | None:
    """The sign of a comparative adjective ('longer', 'higher' up; 'shorter', 'lower' down)."""
    if adj.lower_ in COMPARATIVES_UP:
        return "positive"
    return "negative" if adj.lower_ in COMPARATIVES_DOWN else None


def compared_links(sent: Span) -> list[RawLink]:
    """'Compared with non-A areas, Y in A areas is significantly longer' / '..., A cities have
    higher Y': what sets the group apart from its complement raises (or lowers) Y there."""
    out = []
    for verb in sent:
        base = _complement_group(verb)
        if base is None:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        adj = next((c for c in verb.children if c.dep_ == "acomp"), None)
        shown = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if adj is not None and (sign := _graded(adj)):  # "Y in A areas is longer"
            group = next((g for g in prep_objects(subject, {"in", "of", "for"}) if _same_group(g, base)), None)
            effect = subject
        elif shown is not None and _same_group(subject, base):  # "A cities have higher Y"
            up = _comparative(shown)
            group, effect, sign = subject, shown, None if up is None else "positive" if up else "negative"
        else:
            continue
        if group is not None and sign is not None:
            sign = _counted_once(sign, group, effect)
            out.append(RawLink(group, effect, sign, "cue-compared", [], hedged(verb), negated(verb), False, 0.55))
    return out


def key_links(sent: Span) -> list[RawLink]:
    """'The key to narrowing Y lies in improving X', 'The foundation for Y lies in X': the support
    noun's 'to / for' names the effect, 'lies in' the cause (signed by the verb before Y; a
    removing verb before X turns it, see links._removal_serves)."""
    out = []
    for verb in sent:
        key = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if verb.lemma_ != "lie" or key is None or not is_support_noun(key):
            continue
        ins = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children]
        tos = [o for p in key.children if p.dep_ == "prep" and p.lower_ in {"to", "for", "of"} for o in p.children]
        causes = [c for c in map(_acted_on, ins) if c is not None]
        effects = [e for e in map(_acted_on, tos) if e is not None]
        out += [
            RawLink(cause, effect, sign, "cue-key-lies-in", [], hedged(verb), negated(verb), False, 0.6)
            for cause, _ in causes
            for effect, sign in effects
        ]
    return out


def _acted_on(obj: Token) -> tuple[Token, str] | None:
    """What a 'to / in' phrase names: a noun, or what its gerund acts on, with the gerund's sign."""
    if obj.dep_ == "pobj" and obj.pos_ in {"NOUN", "PROPN"}:
        return obj, "positive"
    if obj.dep_ != "pcomp" or obj.pos_ != "VERB":
        return None
    acted = next((c for c in obj.children if c.dep_ == "dobj"), None)
    if acted is None:
        return None
    return acted, "negative" if cue_at(obj, {"CAUSE_NEG"}) else "positive"
