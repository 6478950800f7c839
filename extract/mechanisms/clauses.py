"""Clause structure around a causal cue: its cause (subject, actor, relative or purpose clause),
channels, hedging, negation, and polarity modifiers."""

from __future__ import annotations

from spacy.tokens import Token

from extract.cues import cue_at
from extract.mechanisms.lexicon import (
    ACTORS,
    ANAPHORIC,
    CAUSATIVE,
    CHANGE_NOUNS,
    CHANNEL_NOUNS,
    CONCEPT_MODIFIERS,
    CONSEQUENCE_OPENERS,
    DEONTIC,
    DOWN,
    FALLING_VERBS,
    GEOGRAPHIC,
    IMPELLING,
    INQUIRY,
    INSTRUMENT_NOUNS,
    INSTRUMENT_VERBS,
    INTENTIONS,
    LIGHT_VERBS,
    LINK_NOUNS,
    LISTING_VERBS,
    MEASURE,
    NUMERALS,
    OUTCOME_VERBS,
    PEOPLE,
    PLACE_ACRONYMS,
    PREP_OBJECTS,
    PREVENTING_VERBS,
    PRONOUNS,
    PROVIDING,
    REGARDING_VERBS,
    RISING_VERBS,
    SECTORS,
)
from extract.mechanisms.phrases import is_r_and_d, prep_objects

SUBJ = {"nsubj", "csubj", "nsubjpass"}
WALK_UP = {"pcomp", "pobj", "prep", "attr", "acl", "xcomp", "advcl", "conj", "ccomp", "relcl", "acomp", "dobj"}
CHANNEL_PREPS = {"by", "through", "via", "thereby"}
ATTRIBUTING = {"attribute", "ascribe", "owe"}  # "the effect of X on Y is attributed to A": A is the channel


def counts_back(tok: Token) -> bool:
    """'The three promote each other', 'Both raise Y': the members the previous sentence listed."""
    return (
        tok.lower_ in NUMERALS
        and tok.dep_ in {"nsubj", "nsubjpass"}
        and (tok.lower_ == "both" or any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children))
    )


def opens_a_consequence(tok: Token) -> bool:
    """'Consequently, ...', 'As a result, ...' opening a sentence: what the one before said brings it about."""
    if tok.i != tok.sent.start:
        return False
    if tok.lower_ == "as" and tok.dep_ == "prep":
        result = _result_noun(tok)
        return result is not None and not any(p.dep_ == "prep" for p in result.children)
    return tok.dep_ == "advmod" and tok.lower_ in CONSEQUENCE_OPENERS


def is_anaphor(tok: Token) -> bool:
    """'it', 'this', 'the three', or 'such progress' / 'these factors': refers back to an earlier
    sentence; so does 'Consequently' or 'As a result' where it stands for the cause."""
    if (tok.pos_ == "PRON" and tok.lower_ in PRONOUNS) or counts_back(tok) or opens_a_consequence(tok):
        return True
    return tok.lemma_ in ANAPHORIC and any(
        c.dep_ in {"det", "amod"} and c.lower_ in {"this", "these", "such", "those", "that"} for c in tok.children
    )


def is_support_noun(tok: Token) -> bool:
    return cue_at(tok, {"SUPPORT_NOUN"})


def is_actor(tok: Token) -> bool:
    """Who acts (a government, a province, 'this paper'), as opposed to what causes."""
    if counts_back(tok) or is_r_and_d(tok):
        return False  # "the three": what the previous sentence listed; R&D is no researcher
    if tok.ent_type_ in {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY"}:
        return True
    if any(c.dep_ in {"amod", "compound"} and c.lower_ in CONCEPT_MODIFIERS for c in tok.children):
        return False  # "digital government", "smart cities": concepts, not actors
    if tok.text.isupper() and len(tok.text) <= 4 and tok.lower_ not in PLACE_ACRONYMS:
        return False  # "AI", which the small tagger reads as a place: an acronym names a concept
    return (
        tok.lower_ in ACTORS
        or _told_to_act(tok)
        or (
            tok.ent_type_ in {"GPE", "PERSON", "NORP"}
            and not any(c.dep_ in {"amod", "compound"} and c.ent_type_ == "" for c in tok.children)
        )
    )


def _told_to_act(tok: Token) -> bool:
    """'Hebei should increase X', 'Alibaba must invest in Y': a named organisation (or a place the
    small tagger takes for one) that should or must act is an actor, not a cause."""
    verb = tok.head
    return (
        tok.ent_type_ == "ORG"
        and tok.dep_ == "nsubj"
        and (
            any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in verb.children)
            or (verb.lemma_ == "need" and any(c.dep_ == "xcomp" for c in verb.children))
        )
    )


def acts(tok: Token) -> bool:
    """Someone a cause helps, enables or gives a way to act: an actor, or people ('farmers') who
    unlike actors can still be the ones who benefit."""
    return is_actor(tok) or tok.lower_ in PEOPLE


def instrument(verb: Token, actions_only: bool = False) -> Token | None:
    """The means an actor uses, which is the cause: 'By leveraging X, Hebei can modernize Y',
    'With the help of X, governments can ...', 'Relying on X, cities ...'. With ``actions_only``
    (the subject may itself be the cause) a bare 'through X' and an outcome gerund ('By reducing
    costs, X ...') do not count: they name channels."""
    for child in verb.children:
        found = _means_in(child, actions_only)
        if found is not None:
            return found
    return None


def _means_in(child: Token, actions_only: bool) -> Token | None:
    """The means one dependent of a verb names, if any (see :func:`instrument`)."""
    if child.dep_ == "prep" and child.lower_ in {"by", "through", "via"}:
        for g in child.children:
            if g.dep_ == "pcomp" and g.pos_ == "VERB" and not (actions_only and g.lemma_ in OUTCOME_VERBS):
                obj = next((c for c in g.children if c.dep_ == "dobj"), None)
                if obj is not None:
                    return obj
            elif g.dep_ == "pobj" and not actions_only:
                return g
        return None
    if child.dep_ == "prep" and child.lower_ == "with":
        return with_help_of(child, changes=not actions_only)  # a fronted change is background here
    if child.dep_ == "prep" and child.lower_ == "without" and child.i < child.head.i:
        # "Without X, farmers cannot raise Y": what they need, as a means is what they use (not so
        # where the subject is the effect: "Without X, rural areas cannot benefit from Y")
        denied = any(c.dep_ == "neg" for c in child.head.children) and not cue_at(child.head, {"CAUSE_ORIGIN"})
        return next((o for o in child.children if o.dep_ == "pobj"), None) if denied else None
    if child.dep_ == "advcl" and child.lemma_ in INSTRUMENT_VERBS and child.tag_ == "VBG":
        return _object(child)
    if child.dep_ == "xcomp" and child.lemma_ in INSTRUMENT_VERBS and not actions_only:
        return _object(child)  # "Hebei needs to use X to strengthen A, ..., and achieve Y": X
    return None


def with_help_of(prep: Token, changes: bool = True) -> Token | None:
    """'With the help of X' (a means) or a fronted 'With the development of X,' (a change that
    brings about what the clause says)."""
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    clause = prep.head.head if prep.head.lower_ == "along" else prep.head  # "Along with the rise of X, ..."
    fronted = changes and noun is not None and noun.lemma_ in CHANGE_NOUNS and prep.i < clause.i
    if noun is None or not (noun.lemma_ in INSTRUMENT_NOUNS or fronted):
        return None
    return next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children), None)


def fronted_change(verb: Token) -> Token | None:
    """X in a fronted 'With the development of X, ...' or a reason ('As a result of X', 'Due to
    X', 'Thanks to X', 'Because of X') on ``verb``, fronted or not ('Y rose due to X'; a 'with'
    after the verb is no reason: 'Y rose with X')."""
    for c in verb.children:
        if c.i > verb.i:  # "Y narrowed due to X / as a result of X"
            x = _reason(c) if c.lower_ in REASON_MARKERS or _result_noun(c) is not None else None
        else:
            if c.dep_ == "prep" and c.lower_ == "along":  # "Along with the development of X, ..."
                c = next((w for w in c.children if w.dep_ == "prep" and w.lower_ == "with"), c)
            x = with_help_of(c) if c.dep_ == "prep" and c.lower_ == "with" else _reason(c) or _driven_by(c)
            x = x if x is not None else _impelled_by(c)
            x = x if x is not None or not opens_a_consequence(c) else c  # "Consequently, Y rises": see anaphora
        if x is not None:
            return x
    return None


def _driven_by(clause: Token) -> Token | None:
    """X in a fronted 'Driven by X, ...' / 'Supported by X, ...' (a participle of a positive cue
    verb with its agent): what moves the main clause."""
    if clause.dep_ != "advcl" or clause.tag_ != "VBN" or not cue_at(clause, {"CAUSE_POS"}):
        return None
    return next((o for a in clause.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)


def _impelled_by(prep: Token) -> Token | None:
    """X in a fronted 'Under the influence / impetus of X, ...' (lexicon: impelling nouns)."""
    if prep.dep_ != "prep" or prep.lower_ != "under":
        return None
    push = next((o for o in prep.children if o.dep_ == "pobj" and o.lemma_ in IMPELLING), None)
    owners = (o for p in (push.children if push is not None else []) if p.lower_ == "of" for o in p.children)
    return next((o for o in owners if o.dep_ == "pobj"), None)


REASON_MARKERS = frozenset({"due", "owing", "thanks", "because"})


def as_change(verb: Token) -> tuple[Token | None, bool]:
    """X in 'As X improves, Y decreases' or 'Y decreases as X expands' (an 'as' clause of change),
    or in 'For every one-unit increase in X, Y falls by 12%', and whether X falls ('As X
    declines, ...' turns the sign)."""
    if (step := _per_step(verb)) is not None:
        return step
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.lemma_ not in RISING_VERBS | FALLING_VERBS:
            continue  # before the verb or after it: "Y decreases as X expands"
        markers = {"as", "if", "when", "once", "because"}  # "Y fell because X was optimized": a reason
        if not any(c.dep_ in {"mark", "advmod"} and c.lower_ in markers for c in clause.children):
            continue  # also a condition: "If X increases by one unit, Y will increase"
        if any(c.dep_ == "dobj" for c in clause.children):
            continue  # "As firms adopt X, ...": an action, not a change of X
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.pos_ in {"NOUN", "PROPN"} and not is_actor(subject):
            return subject, clause.lemma_ in FALLING_VERBS
    return None, False


def _per_step(verb: Token) -> tuple[Token, bool] | None:
    """X in 'For every (one-unit) increase in X, Y falls', and whether the step is down."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
        for step in (o for o in prep.children if o.dep_ == "pobj" and o.lemma_ in MEASURE):
            if not any(d.lower_ in {"every", "each"} for d in step.subtree if d.i < step.i):
                continue  # 'every' may hang on 'unit'
            x = next(iter(prep_objects(step, {"in", "of"})), None)
            if x is not None and x.pos_ in {"NOUN", "PROPN"}:
                return x, step.lemma_ in DOWN
    return None


def _result_noun(marker: Token) -> Token | None:
    """'result' in 'as a result (of X)'."""
    return next((o for o in marker.children if o.dep_ == "pobj" and o.lemma_ == "result"), None)


def _reason(marker: Token) -> Token | None:
    """X in 'as a result of X', 'due / owing to X', 'thanks to X', 'because of X' (the parser
    hangs X on the marker itself or on its 'to' / 'of')."""
    if marker.lower_ == "as":  # "as a result of X": X hangs on 'of' under 'result'
        result = _result_noun(marker)
        objs = [o for p in (result.children if result is not None else []) if p.lower_ == "of" for o in p.children]
    elif marker.lower_ == "for":  # "For every one-unit increase in X, Y decreases to 0.95 times"
        step = [o for o in marker.children if o.dep_ == "pobj" and o.lemma_ in {"increase", "rise", "improvement"}]
        step = [o for o in step if any(d.lower_ in {"every", "each"} for d in o.children)]
        objs = [o for s in step for p in s.children if p.lower_ in {"in", "of"} for o in p.children if o.dep_ == "pobj"]
    elif marker.lower_ in {"due", "owing", "thanks", "because"}:
        objs = [o for o in marker.children if o.dep_ == "pobj"]
        objs += [o for p in marker.children if p.dep_ in {"prep", "pcomp"} for o in p.children if o.dep_ == "pobj"]
    else:
        return None
    x = objs[0] if objs else None
    if x is not None and x.lemma_ in CHANGE_NOUNS:  # "due to the rise of e-commerce": e-commerce
        x = next((o for p in x.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children), x)
    return x


def _object(verb: Token) -> Token | None:
    """A verb's object, direct ('using X') or prepositional ('relying on X')."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        obj = next((o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"), None)
    return obj


def _subject(tok: Token, verb: Token, skip: Token | None, means: bool = False) -> Token | None:
    """``means``: ``verb`` is a means ('by improving X') of ``tok``, whose passive subject is then
    what the means brings about, not who uses it ('Only by improving X can Y be released')."""
    subj = next((c for c in tok.children if c.dep_ in {"nsubj", "csubj"} and c != skip), None)
    if subj is not None and _misread_subject(subj, tok):
        subj = None
    if subj is None and tok is not verb and not means:
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass" and c != skip), None)
    if subj is None and tok.pos_ in {"VERB", "AUX"}:
        subj = _gerund_subject(tok)
    return subj


def _misread_subject(subj: Token, verb: Token) -> bool:
    """'from A to B, big model training, content review, to finally realize Y': an infinitive whose
    'subject' a comma cuts off from it is a list item the parser took for one (a 'to V' has none)."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if verb.dep_ not in {"ROOT", "conj"} or to is None or subj.i > to.i:
        return False
    return to.i > 0 and verb.doc[to.i - 1].text == ","


def _gerund_subject(tok: Token) -> Token | None:
    """'Integrating X into Y can enhance Z': a fronted gerund parsed as an adverbial clause is
    the subject when the verb has no other."""
    for c in tok.lefts:
        if (
            c.dep_ == "advcl"
            and c.tag_ == "VBG"
            and c.i == c.left_edge.i == tok.sent.start
            and not any(d.dep_ in {"mark", "nsubj", "nsubjpass"} for d in c.children)
            and c.lemma_ not in INSTRUMENT_VERBS
        ):
            return c
    return None


def continues_channel(gerund: Token) -> bool:
    """'improves Y through reducing A, improving B and optimizing C': the parser hangs 'improving'
    on the main verb as an adverbial clause; right after the channel's gerund and a comma, it
    continues the list of channels."""
    if gerund.dep_ != "advcl" or gerund.tag_ != "VBG" or gerund.left_edge.i < 2:
        return False
    doc = gerund.doc
    if doc[gerund.left_edge.i - 1].text != ",":
        return False
    before = doc[gerund.left_edge.i - 2]
    return any(
        p.dep_ == "prep"
        and p.lower_ in CHANNEL_PREPS
        and g.dep_ == "pcomp"
        and g.tag_ == "VBG"
        and before.i == g.right_edge.i
        for p in gerund.head.children
        for g in p.children
    )


def _blocked(tok: Token) -> bool:
    """Stop walking up where a cue hangs off a noun that is not the predicate of its clause
    ('progress in promoting X' says nothing about the sentence subject causing X), or is an
    action listed by 'include/involve/require' ('This includes fostering X'): a plan, not a cause."""
    if tok.tag_ == "VBG" and tok.dep_ in {"dobj", "xcomp", "ccomp", "conj"} and tok.head.lemma_ in LISTING_VERBS:
        return True
    if tok.dep_ == "pcomp" and kept_from_acting(tok.head.head) is tok:
        return True  # "hinders farmers from accessing Y": the hindering verb reads it
    if tok.dep_ in {"pobj", "dobj"} and tok.pos_ in {"NOUN", "PROPN"}:
        owner = tok.head.head if tok.dep_ == "pobj" else tok.head
        regarded = tok.dep_ == "pobj" and tok.head.lower_ == "as" and owner.lemma_ in REGARDING_VERBS
        return (
            not (tok.dep_ == "dobj" and tok.head.lemma_ in LIGHT_VERBS)
            and not regarded
            and not (
                tok.dep_ == "pobj" and owner.dep_ in {"attr", "dobj", "acomp"} and owner.head.lemma_ in LIGHT_VERBS
            )
        )
    if tok.dep_ == "pcomp" and tok.head.lower_ == "in" and any(c.lemma_ == "role" for c in tok.head.head.children):
        return True  # "underscores the role of X in reshaping Y": the role's reading, not the verb's subject
    if continues_channel(tok) and is_causal_cue(tok.head):
        return True  # "... through reducing A, improving B": B is a channel too
    if tok.dep_ == "pcomp" and tok.head.lower_ in CHANNEL_PREPS:
        owner = tok.head.head  # "X promotes Y by improving Z": Z is a channel of a causal verb
        return (
            owner.pos_ in {"VERB", "AUX"}
            and owner.lemma_ not in LIGHT_VERBS
            and any(c.dep_ == "dobj" for c in owner.children)
            and is_causal_cue(owner)
        )
    return False


def is_causal_cue(tok: Token) -> bool:
    return cue_at(tok, {"CAUSE_POS", "CAUSE_NEG", "CAUSE_PHRASAL"})


def _served_object(purpose: Token) -> bool:
    """A purpose the parser hangs on the verb's object ('strengthen X for A to enhance Y'): X
    serves it, unless X is a support noun or an intention ('efforts to reduce Y')."""
    noun = purpose.head
    return (
        purpose.dep_ == "advcl"
        and noun.pos_ == "NOUN"
        and noun.dep_ == "dobj"
        and not is_support_noun(noun)
        and noun.lemma_ not in INTENTIONS
    )


def _purpose_cause(tok: Token) -> tuple[Token | None, bool]:
    """'strengthen X to promote Y' → X (a recommendation); 'X can be used to upgrade Y' → X;
    'efforts should be made to improve X in order to increase Y' → X."""
    in_order = _in_order_to(tok) or _seized_for(tok)
    if in_order is not None:
        return in_order, True
    if tok.dep_ not in {"advcl", "xcomp"} or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None, False
    if tok.head.lemma_ in CAUSATIVE:
        return None, False  # "X encourages firms to boost Y": walk on up to X
    if _served_object(tok):
        return tok.head, True  # "strengthen skills training for farmers to enhance Y": the training
    used = next((c for c in tok.head.children if c.dep_ == "nsubjpass"), None)
    if used is not None and tok.head.lemma_ in {"use", "apply", "adopt", "employ", "leverage"}:
        return used, False
    if tok.head.tag_ == "VBD":
        return None, False  # "the government unveiled its strategy to reduce poverty": an intention narrated
    obj = _action_object(tok.head)
    if obj is None and tok.i < tok.head.i:
        obj = _necessary_action(tok.head)  # "To promote Y, it is necessary to accelerate X": X
    if obj is not None and is_support_noun(obj):
        return None, False  # "X creates a foundation for firms to attract Y": walk on up to X
    if obj is not None and obj.lemma_ in INTENTIONS:
        return None, True  # "fulfilling its commitments to reduce Y": an aim, no cause
    return obj, obj is not None


def _action_object(verb: Token) -> Token | None:
    """What an action works on: its object, what comes in ('replace coal with clean energy'), or
    a prepositional object ('invest in X', 'focus on X')."""
    obj = _replacement(verb) or next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None and verb.lemma_ in PREP_OBJECTS:
        obj = next(iter(prep_objects(verb, {PREP_OBJECTS[verb.lemma_]})), None)
    return obj


def _replacement(verb: Token) -> Token | None:
    """'replace coal with clean energy to reduce Y': what comes in, clean energy, does it."""
    if verb.lemma_ != "replace":
        return None
    withs = [p for t in (verb, *(c for c in verb.children if c.dep_ == "dobj")) for p in t.children]
    return next((o for p in withs if p.dep_ == "prep" and p.lower_ == "with" for o in p.children), None)


def _seized_for(tok: Token) -> Token | None:
    """X in 'regions should seize X to achieve Y' (the purpose hung on the object an actor takes)."""
    obj = tok.head
    if tok.dep_ != "acl" or obj.dep_ != "dobj" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    subject = next((c for c in obj.head.children if c.dep_ == "nsubj"), None)
    return obj if subject is not None and is_actor(subject) and obj.head.lemma_ != "have" else None


def _in_order_to(tok: Token) -> Token | None:
    """X in '... V X in order to V2 Y' (the parser hangs 'to V2' on 'order'): the object of the
    main verb, or of the infinitive the main verb governs ('should be made to improve X'); fronted,
    'In order to V2 Y, it is necessary to V X' as 'To V2 Y, it is necessary to V X'."""
    order = tok.head
    if tok.dep_ != "acl" or order.lower_ != "order" or order.head.lower_ != "in":
        return None
    main = order.head.head
    obj = next((c for c in main.children if c.dep_ == "dobj"), None)
    if obj is None:
        inner = next((c for c in main.children if c.dep_ in {"advcl", "xcomp"} and c.i < order.i), None)
        obj = next((c for c in inner.children if c.dep_ == "dobj"), None) if inner is not None else None
    if obj is None and order.i < main.i:
        obj = _necessary_action(main)
    return obj


def _necessary_cause(verb: Token, copula: Token) -> tuple[Token | None, bool]:
    """After an empty 'it is necessary to ...': a means ('it is urgent to upgrade Y through X'),
    else what the necessary action works on, when ``verb`` is its 'thereby V-ing Y' (a purpose)."""
    means = instrument(verb)
    done = _action_done(verb, copula) if means is None else None
    return (done, True) if done is not None else (means, False)


def _action_done(participle: Token, frame: Token) -> Token | None:
    """X in 'it is necessary to V X, thereby promoting Y' (also 'to V W and V X, thereby ...',
    'Efforts should be made to V X, thereby ...' and '..., so as to promote Y'; ``frame`` is the
    'is' or 'made' the action's infinitive hangs on): what the necessary action works on brings Y
    about, as in 'it is necessary to V X to promote Y'."""
    action = participle.head
    purpose = _infinitive(participle) or participle.tag_ == "VBG"
    if action == frame and participle.dep_ == "advcl" and purpose:  # the parser hangs it on the frame too
        earlier = (c for c in frame.children if c.dep_ in {"xcomp", "advcl"} and c.i < participle.i)
        action = next(earlier, frame)
    elif participle.dep_ != "advcl" or participle.tag_ != "VBG" or participle.i < action.i:
        return None
    if action.pos_ != "VERB" or action == frame:
        return None
    first = action.head if action.dep_ == "conj" else action
    if first.dep_ not in {"xcomp", "advcl"} or first.head != frame or not _infinitive(first):
        return None
    return _action_object(action)


def _necessary_action(copula: Token) -> Token | None:
    """X in 'it is necessary / important to V X' (the object of the expletive's infinitive)."""
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if copula.lemma_ != "be" or subject is None or not _expletive(subject):
        return None
    holders = [copula, *(c for c in copula.children if c.dep_ in {"acomp", "attr"})]
    action = next(
        (c for h in holders for c in h.children if _postponed(c) and c.pos_ == "VERB" and c.i > copula.i), None
    )
    return _object(action) if action is not None else None


def _hung_far(relcl: Token) -> Token | None:
    """Where the parser hangs ', which' on a noun the comma does not close: on a subject ('Banks can
    evaluate Y more accurately, which eases Z': the clause) or on an agent ('eases the constraints
    faced by SMEs, which promotes Y': the constraints)."""
    head = relcl.head
    before = relcl.doc[max(0, relcl.left_edge.i - 2)]  # what the comma closes
    if head.dep_ in SUBJ and before.i > head.head.i and before not in head.subtree:
        return head.head
    if head.dep_ == "pobj" and head.head.dep_ == "agent" and head.head.head.dep_ == "acl":
        return head.head.head.head
    return None


def relative_antecedent(relcl: Token) -> Token:
    """What ', which ...' refers to: the noun it hangs on, unless agreement or position says
    otherwise. 'X provides support through core enterprises, which is conducive to Y' is about
    the clause (the noun sits in an adverbial phrase of the verb: returns the verb); in
    'innovation in small firms, which raises Y' the singular verb agrees with 'innovation'."""
    head = relcl.head
    if not _after_comma(relcl) or head.pos_ not in {"NOUN", "PROPN"}:
        return head
    if (hung := _hung_far(relcl)) is not None:
        return hung
    singular_verb = any(t.tag_ == "VBZ" for t in (relcl, *relcl.children))
    if not singular_verb and any(t.tag_ == "VBP" for t in (relcl, *relcl.children)) and head.tag_ in {"NNS", "NNPS"}:
        return head  # "tied to abundant mineral resources, which have supported Y": a plural verb, the nouns
    # "uses X to monitor crops, which improves Y": the clause, not the crops; nor "A and B" that a
    # verb acts on ("match supply and demand, which improves Y"; what a cue verb brings about may
    # cause in turn: "X promotes A and B, which improves Y")
    listed = any(c.dep_ == "conj" and c.pos_ == head.pos_ for c in head.children) and not is_causal_cue(head.head)
    if singular_verb and (head.tag_ in {"NNS", "NNPS"} or listed) and head.dep_ == "dobj":
        return head.head
    if singular_verb and head.tag_ in {"NNS", "NNPS"}:
        tok = head
        while tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in {"NOUN", "PROPN"}:
            tok = tok.head.head
            if tok.tag_ in {"NN", "NNP"}:
                return tok
    if (clause := _adverbial_of(head)) is not None:
        return clause
    return _place_owner(head) or head


def _place_owner(head: Token) -> Token | None:
    """The noun a place or actor after a comma belongs to, which ', which' is about: 'X has a siphon
    effect on nearby areas, which widens Y' (the effect), 'the transfer of industries from Beijing,
    which has accelerated Y' (the transfer); None otherwise."""
    owner = head.head.head if head.dep_ == "pobj" else head
    if owner.lemma_ in LINK_NOUNS and (is_actor(head) or head.lower_ in GEOGRAPHIC):
        return owner
    if head.dep_ == "pobj" and owner.pos_ == "NOUN" and not is_actor(owner) and head.ent_type_ in {"GPE", "LOC"}:
        return owner
    return None


def _adverbial_of(noun: Token) -> Token | None:
    """The verb whose adverbial phrase ``noun`` sits in ('provides support through core
    enterprises'); not a verb's own prepositional object ('X relies on Y, which reduces Z': Y)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ not in {"prep", "dative"} or prep.head.pos_ not in {"VERB", "AUX"}:
        return None
    return None if PREP_OBJECTS.get(prep.head.lemma_) == prep.lower_ else prep.head


def _event_object(noun: Token) -> Token | None:
    """'X breaks the limitations of traditional industries, which promotes Y': the parser hangs
    ', which' on the nearest noun, deep in a cue verb's object; what it refers back to is the
    change the clause states: the object itself, or (when the verb removes it) what removes it."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.i == 0:
        return None
    which = next((c for c in noun.children if c.dep_ == "relcl"), None)
    if which is None or not _after_comma(which):
        return None
    obj = noun.head.head
    while obj.dep_ == "pobj" and obj.head.lower_ == "of":
        obj = obj.head.head
    verb = obj.head
    if obj.dep_ != "dobj" or not cue_at(verb, {"CAUSE_POS", "CAUSE_NEG"}):
        return None
    if cue_at(verb, {"CAUSE_NEG"}):
        return find_cause(verb)[0]
    return obj


def _range_end(noun: Token) -> Token | None:
    """'a trend of convergence, from A to B, which promotes Y': the relative clause on B, the end
    of a range, is about the change the range spells out (the noun before ', from'), not about B."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "to":
        return None
    start = next((a for a in noun.head.ancestors if a.lower_ == "from" and a.dep_ == "prep"), None)
    if start is None:
        return None
    if start.head.pos_ in {"NOUN", "PROPN"}:
        return start.head  # "the shift from A to B, which ..."
    doc = noun.doc
    before = start.i - 1
    if before <= noun.sent.start or doc[before].text != ",":
        return None
    left = next((t for t in reversed(doc[noun.sent.start : before]) if not t.is_punct), None)
    if left is None or left.pos_ not in {"NOUN", "PROPN"}:
        return None
    while left.dep_ == "pobj" and left.head.lower_ == "of" and left.head.head.pos_ == "NOUN":
        left = left.head.head  # "a trend of cross-convergence": the trend
    return left


def _listed_example(noun: Token) -> Token | None:
    """'developable land, including tidal flats and saline land, which can support Y': a relative
    clause set off after the examples is about what they exemplify."""
    while noun.dep_ == "conj":
        noun = noun.head  # the clause hangs on the last example: the list starts at the first
    if noun.dep_ != "pobj":
        return None
    marker = noun.head
    before = [marker.nbor(-1)] if marker.i > 0 else []
    such_as = marker.lower_ == "as" and any(c.lower_ == "such" for c in (*marker.children, *before))
    if marker.lower_ not in {"including", "like"} and not such_as:
        return None
    last = max((noun, *noun.conjuncts), key=lambda t: t.i)
    held = marker.head
    if last.i + 1 >= len(noun.doc) or noun.doc[last.i + 1].text != "," or held.pos_ not in {"NOUN", "PROPN"}:
        return None
    if any(c.dep_ == "nummod" for c in held.children):  # "5 million mu of land, including ...": the land
        held = next(iter(prep_objects(held, {"of"})), held)
    return held


def _as_role(noun: Token) -> Token:
    """'use X as a catalyst to increase Y': the catalyst is X, the object of the verb 'as' hangs on;
    'X has become a new factor that drives Y': the factor is X, the subject of the copula;
    'X provides momentum that stimulates Y': the momentum is X's, the giver's."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ in {"VERB", "AUX"}:
        verb = noun.head.head
        held = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        if held is not None:
            return held
    if noun.dep_ == "attr" and noun.head.lemma_ in {"be", "become", "remain"}:
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ in {"NOUN", "PROPN"}:
            return subject
    if (event := _event_object(noun)) is not None:
        return event
    if (changed := _range_end(noun) or _listed_example(noun)) is not None:
        return changed
    given = is_support_noun(noun) or noun.lemma_ in LINK_NOUNS
    if noun.dep_ == "dobj" and noun.head.lemma_ in LIGHT_VERBS | {"have", "exert"} and given:
        giver, _ = find_cause(noun.head, skip=noun)
        if giver is not None:
            return giver  # "X provides momentum that stimulates Y": the momentum is X's
    return noun


def _causer(verb: Token) -> bool:
    """A causative verb with a subject that is no actor ('X helps A do Y', not 'the government
    helps A do Y'): X, not A, is the cause of what A does."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and not is_actor(subj) and subj.pos_ in {"NOUN", "PROPN"}


def find_cause(verb: Token, skip: Token | None = None) -> tuple[Token | None, bool]:
    """The subject governing ``verb``; second value True when it is a purpose clause cause."""
    tok, means = verb, False
    for _ in range(7):
        subj = _subject(tok, verb, skip, means)
        helped = subj is not None and acts(subj)
        if helped and any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children):
            subj = None  # "a foundation for cities to attract Y": the cities act, what laid the foundation causes
        if (helped or _causer(tok.head)) and tok.dep_ in {"ccomp", "xcomp"} and tok.head.lemma_ in CAUSATIVE:
            subj = None  # "X helps firms reduce Y", "X helps traditional industries cut Y": they act, X causes
        if subj is not None:
            return _cause_from_subject(subj, tok, verb)
        agent = _route_agent(tok) or _route_owner(tok) if _infinitive(tok) else None
        if agent is not None or (tok.dep_ in {"relcl", "acl"} and _infinitive(tok) and tok.head.lemma_ in INTENTIONS):
            return agent, False  # "a channel for X to widen Y": X; "efforts to reduce Y": none
        if tok.dep_ == "relcl":
            return _as_role(tok.head), False
        purpose = _purpose_cause(tok)
        if purpose[0] is not None or purpose[1]:
            return purpose
        if (outcome := _phrasal_outcome(tok) or _kept_from(tok)) is not None:
            return outcome, False
        if (tok.dep_ not in WALK_UP and not _listed_predicate(tok)) or tok.head == tok or _blocked(tok):
            break
        means = means or (tok.dep_ == "pcomp" and tok.head.lower_ in {"by", "through", "via"})
        tok = tok.head
    return None, False


def _kept_from(gerund: Token) -> Token | None:
    """'prevent the digital divide from widening the income gap': the divide would widen it."""
    if gerund.dep_ != "pcomp" or gerund.head.lower_ != "from":
        return None
    owner = gerund.head.head  # the verb, or its object when the parser hangs 'from' there
    if owner.dep_ == "dobj" and owner.head.lemma_ in PREVENTING_VERBS:
        return owner if owner.pos_ in {"NOUN", "PROPN"} else None
    if owner.lemma_ not in PREVENTING_VERBS:
        return None
    held = next((c for c in owner.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if held is not None and owner.dep_ != "dobj" and kept_from_acting(owner) is gerund:
        return None  # those who act are no cause
    return held if held is not None and held.pos_ in {"NOUN", "PROPN"} else None


def kept_from_acting(verb: Token) -> Token | None:
    """The act in 'X hinders farmers from accessing online markets' (those who act kept from it):
    the verb's own reading takes the act's object for its effect, so the act reads no link."""
    if verb.lemma_ not in PREVENTING_VERBS:
        return None
    held = [c for c in verb.children if c.dep_ == "dobj"]
    if not held or not all(acts(h) for h in held):
        return None
    return next(
        (
            g
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ == "from"
            for g in p.children
            if g.dep_ == "pcomp" and g.tag_ == "VBG"
        ),
        None,
    )


def _phrasal_outcome(participle: Token) -> Token | None:
    """'S contributes to E1, enabling E2': what S led to brings E2 about, not S itself."""
    main = participle.head
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or participle.i < main.i:
        return None
    if not cue_at(main, {"CAUSE_PHRASAL"}) or main.lemma_ in {"rely", "depend", "act"}:
        return None
    outcome = next(iter(prep_objects(main, {phrasal_prep(main)})), None)
    return outcome if outcome is not None and outcome.pos_ in {"NOUN", "PROPN"} else None


def phrasal_prep(verb: Token) -> str:
    """The preposition a phrasal cue takes its effect with: 'result in', 'act on', 'lead to'."""
    return {"result": "in", "act": "on"}.get(verb.lemma_, "to")


def _listed_predicate(tok: Token) -> bool:
    """'X can increase A, continuously improve B, and promote C': the parser often hangs the
    middle verb of such a list on the first as a bare 'dep'; it shares the first verb's subject."""
    return (
        tok.dep_ == "dep"
        and tok.pos_ == "VERB"
        and tok.head.pos_ in {"VERB", "AUX"}
        and tok.i > tok.head.i
        and tok.left_edge.i > 0
        and tok.doc[tok.left_edge.i - 1].text == ","
    )


def _meaning(tok: Token) -> Token | None:
    """X in 'X means that A can V Y' (tok is the clause's verb or one of its conjuncts)."""
    while tok.dep_ == "conj":
        tok = tok.head
    if tok.dep_ != "ccomp" or tok.head.lemma_ != "mean":
        return None
    defined = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    return defined if defined is not None and not is_actor(defined) and defined.pos_ in {"NOUN", "PROPN"} else None


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _route_noun(verb: Token) -> Token | None:
    """The route noun an infinitive hangs on ('a channel for X to V Y'), also when the parser
    hangs it on the copula ('M and N are two mechanisms for X to V Y')."""
    route = verb.head
    if verb.dep_ == "advcl" and route.lemma_ == "be":
        route = next((c for c in route.children if c.dep_ == "attr"), route)
    elif verb.dep_ not in {"relcl", "acl", "advcl"}:
        return None
    return route if route.lemma_ in CHANNEL_NOUNS else None


def _route_agent(verb: Token) -> Token | None:
    """X in 'a channel / mechanism for X to V Y'."""
    route = _route_noun(verb)
    if route is None:
        return None
    agent = next((o for p in route.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children), None)
    if agent is not None and acts(agent):
        return None  # "X provides a new way for farmers to raise Y": the farmers act, X's way causes
    return agent


def _route_owner(verb: Token) -> Token | None:
    """X in 'X is an important way to increase Y' (a route with no 'for' agent: X is the cause)."""
    route = _route_noun(verb)
    if route is None or route.dep_ not in {"attr", "dobj"}:
        return None  # "X is a way to V Y", "X provides a way (for people) to V Y"
    subject = next((c for c in route.head.children if c.dep_ in {"nsubj", "csubj"}), None)
    if subject is not None and subject.dep_ == "csubj":  # "Improving X is a way to V Y": X
        return next((c for c in subject.children if c.dep_ == "dobj"), None)
    return subject


def route_channel(verb: Token) -> Token | None:
    """The subject that is the route in 'M is a key channel for X to V Y' (X on a 'for' phrase of
    the route, or the infinitive's own subject after 'for')."""
    own_agent = any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children) and any(
        c.dep_ == "nsubj" for c in verb.children
    )
    return _route_owner(verb) if _route_agent(verb) is not None or own_agent else None


def _expletive(subj: Token) -> bool:
    """'it is necessary/urgent to ...': an empty subject, not a pronoun pointing back."""
    head = subj.head
    complements = [c for c in head.children if c.dep_ in {"acomp", "attr"}]
    return (
        subj.lower_ == "it"
        and bool(complements)
        and any(_postponed(c) and c.i > head.i for t in (head, *complements) for c in t.children)
    )  # also 'it is worth exploring whether ...' (the clause hangs on 'worth')


def _postponed(clause: Token) -> bool:
    """The real subject an expletive 'it' stands for: 'that ...', 'to V ...', 'for A to V ...'."""
    return clause.dep_ in {"xcomp", "ccomp"} or (
        clause.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    )


def _cause_from_subject(subj: Token, tok: Token, verb: Token) -> tuple[Token | None, bool]:
    """The cause once the clause subject of ``tok`` is known: a relative's antecedent, an
    actor's means (or, in a recommendation, what it is told to strengthen), a fronted means,
    else the subject itself. After an empty 'it is necessary to ...' only a means counts
    ('it is urgent to upgrade Y through digitalization'), or what the necessary action works on
    when a 'thereby V-ing Y' follows it."""
    if _expletive(subj):
        return _necessary_cause(verb, tok)
    if subj.dep_ == "csubj" and subj.lemma_ in INQUIRY:
        return None, False  # "Understanding X is crucial to advancing Y": the study of X, not X, helps
    if subj.lemma_ in INTENTIONS and subj.dep_ == "nsubjpass":
        # "Efforts should be made to improve X": an effort causes nothing, what it works on may
        # ("..., thereby increasing Y": X)
        done = _action_done(verb, tok)
        return done, done is not None
    if tok.lemma_ == "lie" and is_support_noun(subj):
        return None, False  # "The key to Y lies in improving X": see constructions.key_links
    if subj.lower_ == "which" and tok.dep_ == "advcl" and tok.head.pos_ in {"VERB", "AUX"}:
        return _what_was_done(*find_cause(tok.head), tok.head)  # "X enables farmers to V A, which reduces Y"
    if subj.lower_ in {"which", "that"} and tok.dep_ == "relcl":
        return _relative_cause(tok)
    agency = _agency(subj, tok, verb)
    if agency is not None:
        return agency
    means = instrument(tok, actions_only=True)
    helped = any(c.lower_ == "with" and with_help_of(c, changes=False) == means for c in tok.children)
    if means is not None and helped and subj.pos_ in {"NOUN", "PROPN"} and subj.lower_ not in PEOPLE:
        return subj, False  # "With the help of X, digital technology can ...": X is its channel (farmers: X causes)
    drawn = _drawn_on(subj, tok, means)
    return (drawn if drawn is not None else subj), False


def _drawn_on(subj: Token, verb: Token, means: Token | None) -> Token | None:
    """What people, a place or an industry that act draw on, which is then the cause: a fronted
    means ('By introducing X, manufacturers can raise Y'), a bare fronted 'Through X' ('Through the
    Internet, farmers can obtain Y') or what they remove ('By eliminating X, farmers can raise Y'),
    or with none a change or reason ('With the rise of X, farmers have increased their income',
    'Thanks to X, ...')."""
    if not _uses_means(subj):
        return None
    if means is None:  # a bare "Through X" or an outcome gerund ("By eliminating X, farmers ...") too
        means = instrument(verb)
        if means is None:
            return fronted_change(verb)
    return means if means.i < subj.i else None


def _uses_means(subj: Token) -> bool:
    """Who uses a fronted means, which then causes: an actor, people, a place or an industry ('By
    introducing X, traditional manufacturing can cut Y'). A concept of the field that does the
    promoting is the cause and the means its channel ('By promoting X, digital finance raises Y')."""
    return acts(subj) or bool({subj.lemma_, subj.lower_} & (SECTORS | GEOGRAPHIC))


def _relative_cause(relcl: Token) -> tuple[Token | None, bool]:
    """What ', which V Y' says causes Y: the noun it refers to, or what the clause it refers to
    did ('X are widely used in agriculture, which improves Y': X, in that use)."""
    antecedent = relative_antecedent(relcl)
    if _removed(antecedent, relcl):
        return find_cause(antecedent.head)  # "X reduces A, which eases B": reducing A eases B, X does
    if antecedent.pos_ not in {"VERB", "AUX"}:
        return _as_role(antecedent), False
    means = instrument(antecedent) if not is_causal_cue(antecedent) else None
    if means is not None and means.i < antecedent.i:
        return means, False  # "With the help of X, products can reach consumers, which raises Y": X made it so
    used = next((c for c in antecedent.children if c.dep_ == "nsubjpass"), None)
    if used is not None and not is_actor(used) and used.pos_ != "PRON":
        return used, False
    return _what_was_done(*find_cause(antecedent), antecedent)


def _removed(antecedent: Token, relcl: Token) -> bool:
    """', which ...' after what a verb lowers ('X reduces information asymmetry, which eases Y')
    refers to the lowering, not to the thing lowered (which does the opposite)."""
    return _after_comma(relcl) and antecedent.dep_ == "dobj" and cue_at(antecedent.head, {"CAUSE_NEG"})


def _after_comma(relcl: Token) -> bool:
    """', which ...': a relative clause set off by a comma (it may refer to a whole clause)."""
    return relcl.left_edge.i > 0 and relcl.doc[relcl.left_edge.i - 1].text == ","


def _what_was_done(cause: Token | None, purpose: bool, clause: Token) -> tuple[Token | None, bool]:
    """', which ...' after a clause whose subject is a named actor refers to what the actor made
    or did ('Origo has formed an industry cluster, ..., which can create Y': the cluster)."""
    if cause is None or not (is_actor(cause) or cause.pos_ == "PROPN"):
        return cause, purpose
    verb = clause
    while verb != cause.head and verb.dep_ in {"advcl", "conj", "xcomp", "prep", "pobj", "pcomp", "acl"}:
        verb = verb.head
    made = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb == cause.head else None
    return (made, False) if made is not None else (cause, purpose)


def _agency(subj: Token, tok: Token, verb: Token) -> tuple[Token | None, bool] | None:
    """The cause when the subject acts rather than causes (None: the subject is no agent):
    what a term means, what a named provider provides, an actor's means, or in a
    recommendation what the actor is told to strengthen."""
    if is_actor(subj) and (meant := _meaning(tok)) is not None:
        return meant, False  # "Data empowerment means that governments can enhance Y": what is defined
    if subj.pos_ == "PROPN" and tok.lemma_ in PROVIDING and tok is not verb:
        provided = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if provided is not None:  # "Origo provides BPM services, enhancing Y": the service works
            return provided, False
    if not is_actor(subj):
        return None
    # the verb coordinated with the subject's first verb that the cue sits under, if any
    clause = next((t for t in (verb, *verb.ancestors) if t.dep_ == "conj" and t.head == tok), tok)
    obj = _means_of(tok, clause)
    obj = obj if obj is not None else fronted_change(clause)  # "Thanks to X, firms have expanded Y": X
    if obj is not None:
        return obj, False
    # "unveiled its strategy to reduce Y" narrates an intention; "must increase X and raise Y" are two aims
    told = tok is not verb and tok.tag_ != "VBD" and verb not in tok.conjuncts
    obj = next((c for c in clause.children if c.dep_ == "dobj"), None) if told else None
    return _given_play(obj), obj is not None


def _means_of(tok: Token, clause: Token) -> Token | None:
    """The means an actor uses in ``clause``, the subject's first verb ``tok`` or a verb
    coordinated with it: the clause's own, else one of the first verb's that serves every verb
    sharing the subject, a fronted one ('By using X, Hebei can modernize A and upgrade B') or an
    instrument verb ('needs to use X to strengthen A, undertake B, ...'), but not a 'through / by
    X' after the first verb, which is that verb's own ('The company forms A through X, and
    cooperates with B to deepen C': not X -> C)."""
    own = instrument(clause)
    if own is not None or clause == tok:
        return own
    shared = (c for c in tok.children if c.dep_ != "prep" or c.i < tok.i)
    return next((m for c in shared if (m := _means_in(c, actions_only=False)) is not None), None)


def _given_play(obj: Token | None) -> Token | None:
    """'give full play to (the role of) X': X is what is to work, not the 'play'."""
    if obj is None or obj.lemma_ != "play":
        return obj
    to = next(
        (
            o
            for p in (*obj.children, *obj.head.children)
            if p.dep_ in {"prep", "dative"} and p.lower_ == "to"
            for o in p.children
            if o.dep_ == "pobj"
        ),
        None,
    )
    if to is None:
        return obj
    of = next((o for p in to.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children), None)
    return of if of is not None and to.lemma_ in {"role", "function", "advantage"} else to
