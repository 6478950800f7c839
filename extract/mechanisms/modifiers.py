"""What a causal verb carries besides its ends: channels ('by V-ing A', 'through A and B'), hedges,
negation, signed modifiers, and whether it sits inside a question or an inquiry.

Why a module of its own: these read the verb's own modifiers, where ``clauses`` finds the verb's
cause; the link readers in ``links`` ask both.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.cues import cue_at, cues
from extract.mechanisms.clauses import ATTRIBUTING, CHANNEL_PREPS, SUBJ, continues_channel, is_actor, with_help_of
from extract.mechanisms.lexicon import (
    CARRYING,
    CHANNEL_NOUNS,
    DEFINING_VERBS,
    ESTIMATE_NOUNS,
    FINDING_VERBS,
    FOCUSING,
    INQUIRY,
    POINTING,
    REASONS,
    RESEARCHERS,
    STUDYING,
)
from extract.mechanisms.phrases import conjuncts, prep_objects


def channels(verb: Token) -> list[Token]:
    """What a link runs through: 'by V-ing A', 'through A and B', 'through four ways: V-ing A, ...';
    'the effect of X on Y can be attributed to A and B'."""
    out: list[Token] = []
    preps = CHANNEL_PREPS | ({"to"} if verb.lemma_ in ATTRIBUTING else set())
    objects = [d for d in verb.children if d.dep_ == "dobj"]  # "improves Y through A": 'through' hung on Y
    inherits = verb.dep_ == "xcomp" or (verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children))
    for owner in (verb, verb.head if inherits else None, *objects):
        if owner is None:
            continue
        # "not only directly but also indirectly through M": the parser joins 'through' to the adverb
        joined = [c for a in owner.children if a.dep_ == "advmod" for c in a.conjuncts if c.dep_ == "conj"]
        for prep in (*owner.children, *(j for j in joined if j.lower_ in {"through", "via"} and owner is verb)):
            if owner in objects and prep.lower_ not in {"through", "via"}:
                continue
            helper = with_help_of(prep, changes=False) if prep.dep_ == "prep" and prep.lower_ == "with" else None
            if helper is not None:
                out.append(helper)  # "with the help of X": X is the channel, unless it is the cause
            if (prep.dep_ == "prep" or prep in joined) and prep.lower_ in preps:
                out.extend(o for obj in prep.children for o in _through(obj, owner))
    out += reflected_in(verb) + _reason_steps(verb)
    return [c for c in dict.fromkeys(out) if not _magnitude(c) and not is_actor(c)]  # not "by enterprises"


def _reason_steps(verb: Token) -> list[Token]:
    """'X facilitates Y because it lowers A': what the subject itself does in the reason clause
    is the step through which it reaches Y (a channel, as in 'X facilitates Y by lowering A')."""
    out = []
    for clause in verb.children:
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        if clause.dep_ == "advcl" and marks & {"because", "since"}:
            out += _reason_steps_of(clause)
    return out


def _reason_steps_of(clause: Token) -> list[Token]:
    """What 'it' / 'they' does in a reason clause ('because it lowers A and B'): A and B, when the
    clause's verb (or a verb coordinated with it) is a cue."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in {"it", "they"}:
        return []
    verbs = [v for v in (clause, *clause.conjuncts) if cue_at(v, {"CAUSE_POS", "CAUSE_NEG"})]
    return [o for v in verbs for d in v.children if d.dep_ == "dobj" for o in conjuncts(d)]


def realized_by(verb: Token) -> list[Token]:
    """'... is realized (mainly) by improving A': how an effect comes about (the parser makes 'by'
    the passive's agent, which names a cause elsewhere)."""
    gerunds = [
        g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pcomp" and g.tag_ == "VBG"
    ]
    return [o for g in gerunds for o in gerund_objects(g)]


def restated_channels(noun: Token) -> list[Token]:
    """'This effect is achieved through M' / '..., and this effect is realized by promoting M':
    the channels of the link an effect noun points back to; [] unless ``noun`` is such a noun
    ('this effect', not 'the effect of A on B', which names its own link), the subject of a
    carrying verb (lexicon)."""
    verb = noun.head
    if noun.dep_ not in SUBJ or verb.lemma_ not in CARRYING or not effect_pointing_back(noun, POINTING):
        return []
    return list(dict.fromkeys([*channels(verb), *realized_by(verb)]))


def effect_pointing_back(noun: Token, determiners: frozenset[str]) -> bool:
    """An effect noun that stands for a link stated before ('this effect', 'its effect', 'these
    effects' with ``determiners``), not one that names its own ('the effect of A on B', 'Hebei's
    effect')."""
    if not cue_at(noun, {"EFFECT_NOUN"}):
        return False
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if any(c.dep_ == "prep" for c in noun.children) or any(c.lower_ not in {"its", "their"} for c in owners):
        return False
    return bool(owners) or any(c.dep_ in {"det", "predet"} and c.lower_ in determiners for c in noun.children)


def named_channels(sent: Span) -> list[Token]:
    """'A and B are the main transmission channels' / 'The main channels are A and B': channels a
    sentence names without a link of its own (none when the channel noun states one: 'channels
    through which X reduces Y', 'channels for X to V Y')."""
    for verb in (t for t in sent if t.lemma_ == "be"):
        if named := routes_named(verb):
            return named
    return []


def routes_named(verb: Token) -> list[Token]:
    """What a copula names as a route with no link of its own ('A and B are the main channels', 'The
    main channel is A', 'easing credit constraints is the main channel': what the gerund acts on,
    as 'through easing credit constraints' names it); [] for any other verb."""
    if verb.lemma_ != "be" or negated(verb):
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None)
    attr = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    gerund = next((c for c in verb.children if c.dep_ == "csubj" and c.tag_ == "VBG"), None)
    if subject is None and gerund is not None and attr is not None and attr.lemma_ in CHANNEL_NOUNS:
        subject = next((c for c in gerund.children if c.dep_ == "dobj"), None)
    if subject is None or attr is None:
        return []
    route, named = (attr, subject) if attr.lemma_ in CHANNEL_NOUNS else (subject, attr)
    if route.lemma_ not in CHANNEL_NOUNS or named.lemma_ in CHANNEL_NOUNS:
        return []
    if any(c.dep_ in {"relcl", "acl", "prep"} for c in route.children):
        return []  # "channels through which X reduces Y", "the channel of X": a link of its own
    return conjuncts(named)


def reason_channels(sent: Span) -> list[Token]:
    """'This is because it relaxes A and lowers B' / 'The reason is that it relaxes A': what the
    cause itself does in the reason a sentence gives for the link before (its channels)."""
    root = sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if root.lemma_ != "be" or subject is None or not (subject.lower_ in {"this", "that"} or subject.lemma_ in REASONS):
        return []
    clauses = [c for c in root.children if c.dep_ in {"advcl", "ccomp"}]
    marked = [c for c in clauses if any(m.dep_ == "mark" and m.lower_ in {"because", "that"} for m in c.children)]
    return [o for c in marked for o in _reason_steps_of(c)]


def reflected_in(tok: Token) -> list[Token]:
    """'The role of X in promoting Y is mainly reflected in A and B': A and B are how X does it
    (``tok`` is the role noun or the verb it hangs on)."""
    role = tok
    if tok.dep_ == "pcomp" and tok.head.lower_ == "in":
        role = tok.head.head
    if role.lemma_ not in {"role", "effect", "impact"}:
        return []
    frame = role.head
    if role.dep_ not in SUBJ or frame.lemma_ not in DEFINING_VERBS:
        return []
    return [o for c in prep_objects(frame, {"in"}) for o in conjuncts(c)]


def _through(obj: Token, owner: Token) -> list[Token]:
    """The channels one object of a channel preposition names."""
    if obj.dep_ == "pcomp" and obj.pos_ == "VERB":  # "by promoting A and optimizing B": A, B
        later = [g for g in owner.children if continues_channel(g)]  # ", improving C"
        return [*gerund_objects(obj), *(o for g in later for o in gerund_objects(g))]
    if obj.dep_ in {"pobj", "pcomp"} and obj.lower_ in {"which", "whom"}:
        return _routes_named(owner)  # "A and B are channels through which X V Y"
    if obj.dep_ in {"pobj", "pcomp"}:
        if (obj.lemma_ in CHANNEL_NOUNS or obj.lower_ in CHANNEL_NOUNS) and (routed := prep_objects(obj, {"of"})):
            obj = routed[0]  # "via the channel of talent agglomeration": talent agglomeration
            if obj.dep_ == "pcomp" and obj.pos_ == "VERB":
                return gerund_objects(obj)  # "by means of improving A": A
        items = listed(obj)
        return items if items != [obj] else conjuncts(obj)
    return []


def _routes_named(verb: Token) -> list[Token]:
    """What 'through which' points back to: the channels a copula names ('A and B are the main
    channels through which X reduces Y': A and B), else the antecedent noun itself."""
    if verb.dep_ != "relcl":
        return []
    route = verb.head
    if route.dep_ == "attr" and route.head.lemma_ in {"be", "become", "remain"}:
        subject = next((c for c in route.head.children if c.dep_ in {"nsubj", "csubj"}), None)
        if subject is not None and subject.pos_ == "VERB":  # "reducing A and easing B are two channels ..."
            return gerund_objects(subject)
        if subject is not None:
            return [subject, *(c for c in subject.conjuncts if c.i > subject.i)]
    return [route]


def listed(tok: Token) -> list[Token]:
    """'four ways: strengthening A, reducing B' / 'three effects: A, B and C': the items a colon
    right after a noun introduces stand for it (wherever the parser hung them)."""
    doc = tok.doc
    colon = tok.i + 1
    if colon >= len(doc) or doc[colon].text != ":":
        return [tok]
    end = tok.sent.end
    roots = [t for t in doc[colon + 1 : end] if not colon < t.head.i < end or t.head == t]
    root = next((t for t in roots if t.pos_ in {"NOUN", "PROPN", "VERB"}), None)
    if root is None:
        return [tok]
    return (gerund_objects(root) if root.tag_ == "VBG" else conjuncts(root)) or [tok]


def gerund_objects(gerund: Token) -> list[Token]:
    """The objects of 'strengthening A, reducing B, and improving C' (the parser chains the
    gerunds as conjuncts or adverbial clauses)."""
    chain, todo = [], [gerund]
    while todo:
        g = todo.pop()
        chain += [g, *g.conjuncts]
        todo += [c for x in (g, *g.conjuncts) for c in x.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    chain = sorted(set(chain), key=lambda t: t.i)
    objects = [o for g in chain for o in g.children if o.dep_ == "dobj"]
    objects = list(dict.fromkeys(c for o in objects for c in _listed_objects(o)))  # "reducing A and B": A, B
    # "promoting A and easing B" with 'easing' hung on A
    late = [d for o in objects for c in o.children if c.dep_ == "conj" and c.tag_ == "VBG" for d in c.children]
    # ... or read as an adjective on B, a conjunct of A ("reducing A and easing B")
    eased = [c for o in objects for c in o.conjuncts if any(a.dep_ == "amod" and a.tag_ == "VBG" for a in c.children)]
    return objects + [d for d in late if d.dep_ == "dobj"] + eased


def _listed_objects(obj: Token) -> list[Token]:
    """A gerund's object and the later members of its list ('reducing A and B'); the object alone
    where the parser nested the list ('strengthening A capabilities, B and C capabilities, ...')."""
    members = [obj, *(c for c in obj.conjuncts if c.i > obj.i)]
    if any(sum(c.dep_ == "conj" for c in m.children) > 1 for m in members):
        return [obj]
    return [c for c in conjuncts(obj) if c.i >= obj.i]


def _magnitude(tok: Token) -> bool:
    """'increased income by 20.1%' / 'by two points': a size, not a channel."""
    return (
        tok.like_num
        or tok.text == "%"
        or tok.ent_type_ in {"PERCENT", "CARDINAL", "QUANTITY", "MONEY"}
        or any(c.dep_ == "nummod" and c.tag_ != "LS" for c in tok.children)  # "by two points", not "(2) A"
    )


def hedged(verb: Token) -> bool:
    """'may / can promote Y', 'is expected / likely to promote Y', 'does not necessarily promote Y'."""
    scope = [verb, *([verb.head] if verb.dep_ in {"xcomp", "conj"} else [])]
    modal = any(
        c.dep_ == "aux" and c.lower_ in {"can", "may", "might", "could", "would"} for t in scope for c in t.children
    )
    expected = verb.dep_ == "xcomp" and verb.head.lower_ in {"expected", "likely", "unlikely", "tends", "tend"}
    return modal or expected or any(c.lower_ in NOT_ALWAYS for c in verb.children)


NOT_ALWAYS = {"necessarily", "always"}  # "does not necessarily promote Y": not always, which is not never


def negated(verb: Token) -> bool:
    """'does not promote Y', and 'fails to reduce Y' (a failed effect is no effect)."""
    scope = [verb, *([verb.head] if verb.dep_ in {"xcomp", "conj"} else [])]
    failed = verb.dep_ == "xcomp" and verb.head.lemma_ == "fail"
    # "has yet to show an effect on Y": none shown so far
    failed = failed or (verb.dep_ == "xcomp" and any(c.lower_ == "yet" for c in verb.head.children))
    if any(p.dep_ == "prep" and p.lower_ == "without" and p.i < verb.i for t in scope for p in t.children):
        return failed  # "Without X, farmers cannot benefit from Y": a condition, not a denial
    # "neither increases nor decreases Y": no effect either way
    neither = any(c.lower_ in {"neither", "nor"} and c.dep_ in {"preconj", "cc"} for t in scope for c in t.children)
    # "Neither A nor B affects Y": no effect from either
    subjects = [c for t in scope for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}]
    neither = neither or any(neither_nor(s) for s in subjects)
    partly = any(
        c.dep_ == "advmod" and c.lower_ in {"fully", "completely", "entirely", *NOT_ALWAYS} for c in verb.children
    )
    if partly:
        return failed or neither  # "the role of X in Y has not been fully exerted": short of full, not none
    return failed or neither or any(c.dep_ == "neg" and not _not_only(c) for t in scope for c in t.children)


def neither_nor(noun: Token) -> bool:
    """'Neither A nor B': a noun opened by 'neither' and joined by 'nor'."""
    return any(c.lower_ == "neither" and c.dep_ in {"det", "preconj"} for c in noun.children) and any(
        c.lower_ == "nor" and c.dep_ == "cc" for c in noun.children
    )


def _not_only(neg: Token) -> bool:
    """'is not only an engine of Y but also ...': an addition, not a negation."""
    return neg.i + 1 < len(neg.doc) and neg.doc[neg.i + 1].lower_ == "only"


def modifier_polarity(sent: Span, tokens: list[Token]) -> str | None:
    """Polarity named by modifiers ('positive', 'limited', 'inverted U') of the cue tokens."""
    own = [t for tok in tokens for t in _own_subtree(tok)]
    mods = {t.i for t in own if t.dep_ in {"amod", "advmod", "compound", "acomp"}}
    joined = {t.i for t in own if t.dep_ == "conj" and t.head.i in mods}  # "positive and negative"
    idx = mods | joined | {t.i for t in tokens}
    marked = {
        c.start: c.label_
        for c in cues(sent)
        if c.label_.endswith("_MOD") and c.start in idx and not _technical(sent.doc[c.start])
    }
    # "both positive and negative effects": two opposite signs joined on one noun (not "a significant
    # and negative effect", whose first word grades)
    if any(
        {marked.get(t.i), marked.get(t.head.i)} == {"NEG_MOD", "POS_MOD"}
        and {t.lower_, t.head.lower_} & {"positive", "positively"}
        for t in own
        if t.dep_ == "conj"
    ):
        return "mixed"
    found = set(marked.values())  # "a significant and negative effect": negative
    for label, pol in (("MIXED_MOD", "mixed"), ("NONE_MOD", "none"), ("NEG_MOD", "negative"), ("POS_MOD", "positive")):
        if label in found:
            return pol
    return None


def _own_subtree(tok: Token) -> list[Token]:
    """``tok``'s subtree without a coordinated noun's ('a creation effect and a substitution
    effect': the second effect's modifiers are not the first's)."""
    out = [tok]
    for c in tok.children:
        if not (c.dep_ == "conj" and c.pos_ == tok.pos_ == "NOUN"):
            out += _own_subtree(c)
    return out


def _if_estimate(clause: Token) -> bool:
    """'if the coefficient is significantly negative': a condition on an estimate."""
    return (
        clause.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "if" for c in clause.children)
        and any(c.dep_ in SUBJ and _names_an_estimate(c) for c in clause.children)
    )


def _names_an_estimate(subject: Token) -> bool:
    """'the coefficient', 'the coefficient β1', 'β1'."""
    words = [subject, *(c for c in subject.children if c.dep_ in {"amod", "compound", "nmod"})]
    return any(w.lemma_ in ESTIMATE_NOUNS or w.text[:1] in GREEK for w in words)


GREEK = "αβγδθλρφψ"


def _defines(verb: Token) -> bool:
    """Whether ``verb`` is part of a definition frame ('is manifested in', 'refers to')."""
    return any(c.start <= verb.i < c.end for c in cues(verb.sent, "DEFINITION"))


def _instead(prep: Token) -> bool:
    """'rather than', 'instead of'."""
    return (prep.lower_ == "than" and any(c.lower_ == "rather" for c in prep.children)) or (
        prep.lower_ == "of" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "instead"
    )


def _technical(word: Token) -> bool:
    """'the marginal effect of X on Y is increasing': the econometric term (a derivative), not a
    negligible effect ('has only a marginal effect')."""
    return word.lower_ == "marginal" and any(d.lower_ == "the" for d in word.head.children)


def _inquiry(verb: Token) -> bool:
    """'explores', 'examines' (not 'it is explored that'), or 'This paper focuses on': what a study
    looks into, not what it asserts."""
    reported = any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children)  # "it is explored that"
    # "banks can evaluate creditworthiness": an actor's own work, not a study's question
    working = any(c.dep_ == "nsubj" and is_actor(c) and c.lower_ not in RESEARCHERS for c in verb.children)
    if verb.pos_ == "VERB" and verb.lemma_ in INQUIRY and not reported and not working:
        return True
    return verb.lemma_ in FOCUSING and any(c.dep_ == "nsubj" and c.lemma_ in STUDYING for c in verb.children)


def in_question(tok: Token) -> bool:
    """Whether a cue asserts nothing: inside an embedded question ('whether X promotes Y', 'if X
    affects Y'), the object of an inquiry ('this paper explores the potential for X to optimize
    Y') or of evidence denied ('there is no evidence that X reduces Y'), in what a definition frame
    introduces ('X is manifested in achieving Y'), or under a condition on an estimate ('if the
    coefficient is negative, X reduces Y'). A finding verb on the way up ('... and finds that X
    improves Y') ends the search: what it reports is asserted."""
    path = [tok, *tok.ancestors]
    for below, t in zip([None, *path], path, strict=False):
        if t.lemma_ in {"evidence", "proof", "sign"} and any(c.lower_ in {"no", "little"} for c in t.children):
            return True
        if any(_if_estimate(c) for c in t.children):
            return True  # "If the coefficient is significantly negative, X reduces Y": how to read a result
        if t.dep_ == "pcomp" and _instead(t.head):
            return True  # "Rather than reducing X, Y ...": what did not happen
        if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in t.children):
            return True
        # "X is manifested in ... achieving Y", "X refers to promoting Y": what X is (but "The role of
        # X in promoting Y is reflected in ...": the subject's own link stands)
        if below is not None and below.dep_ not in SUBJ and t.lemma_ in DEFINING_VERBS and _defines(t):
            return True
        if t != tok and t.pos_ == "VERB" and t.lemma_ in FINDING_VERBS:
            return False  # "investigates the impact of X and finds that X improves Y": a finding
        if t != tok and _inquiry(t):
            return True
        if t.dep_ in {"ROOT"}:
            break
    return False
