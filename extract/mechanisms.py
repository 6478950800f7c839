"""Causal mechanisms from the dependency parse: cause → effect (via channels), with polarity.

Each causal cue (a verb such as *promote*/*reduce*, a phrasal *lead to*, a noun such as
*effect*/*role*, or *correlated with*) is anchored in the parse; the cause is found by walking
up to the clause's subject (through coordination, relative clauses, purpose clauses and
copular frames such as "X is an engine for promoting Y"), the effects are the object and its
conjuncts, channels come from *by/through/via* phrases.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from extract.cues import cues

SUBJ = {"nsubj", "csubj", "nsubjpass"}
WALK_UP = {"pcomp", "pobj", "prep", "attr", "acl", "xcomp", "advcl", "conj", "ccomp", "relcl", "acomp", "dobj"}
SKIP_IN_NP = {
    "det",
    "predet",
    "relcl",
    "acl",
    "appos",
    "punct",
    "cc",
    "conj",
    "advcl",
    "neg",
    "advmod",
    "prep",
    "nummod",
    "quantmod",
    "case",
    "mark",
    "aux",
    "auxpass",
    "nsubj",
    "dep",
}
GENERIC = {
    "it",
    "this",
    "that",
    "which",
    "they",
    "these",
    "role",
    "effect",
    "impact",
    "way",
    "aspect",
    "development",
    "means",
    "basis",
    "part",
    "what",
    "who",
    "one",
    "other",
    "thing",
    "all",
}
CHANNEL_PREPS = {"by", "through", "via", "thereby"}
RESULT_NOUN_POLARITY = {"role": "positive"}


@dataclass
class RawLink:
    """A causal link found in one sentence, before concepts are resolved."""

    cause: Token
    effect: Token
    polarity: str
    rule_id: str
    via: list[Token] = field(default_factory=list)
    hedged: bool = False
    negated: bool = False
    purpose: bool = False  # "strengthen X to promote Y": a recommendation
    base_confidence: float = 0.6


def np_tokens(head: Token) -> list[Token]:
    """The noun phrase headed by ``head``: modifiers and 'of'-complements, no clauses."""
    out = [head]
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in {"of", "between", "among"}:
            out.append(child)
            for gc in child.children:
                if gc.dep_ in {"pobj", "pcomp"}:
                    out.extend(np_with_conj(gc))
        elif child.dep_ not in SKIP_IN_NP:
            out.extend(np_tokens(child))
    return sorted(set(out), key=lambda t: t.i)


def np_with_conj(head: Token) -> list[Token]:
    toks = np_tokens(head)
    for child in head.children:
        if child.dep_ in {"cc", "conj"}:
            toks.extend(np_tokens(child) if child.dep_ == "conj" else [child])
    return sorted(set(toks), key=lambda t: t.i)


MEASURE = {
    "leap",
    "increase",
    "improvement",
    "rise",
    "reduction",
    "decline",
    "decrease",
    "enhancement",
    "boost",
    "surge",
    "drop",
    "change",
    "refinement",
    "expansion",
    "difference",
    "differences",
}
DOWN = {"reduction", "decline", "decrease", "drop"}


def measured(head: Token) -> Token:
    """'a huge leap in productivity' names productivity: look through measure nouns."""
    if head.lemma_ in MEASURE:
        for p in head.children:
            if p.dep_ == "prep" and p.lower_ in {"in", "of"}:
                obj = next((c for c in p.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
    return head


def phrase(head: Token) -> str:
    head = measured(head)
    toks = np_tokens(head)
    if head.pos_ in {"VERB", "AUX"}:  # a gerund: "promoting X" → X
        obj = next((c for c in head.children if c.dep_ in {"dobj", "pobj"}), None)
        if obj is not None:
            toks = np_tokens(obj)
    return " ".join(t.text for t in toks)


def conjuncts(tok: Token) -> list[Token]:
    """The token and its later conjuncts, except bare nominalisations sharing one complement
    ('the transformation and upgrading of X' is one effect, not two)."""
    out = [tok]
    for c in tok.conjuncts:
        if c.i <= tok.i or c.pos_ not in {"NOUN", "PROPN", "VERB"}:
            continue
        bare = not any(d.dep_ not in {"cc", "punct", "det"} for d in c.children)
        shared = any(d.dep_ == "prep" and d.lower_ == "of" for x in (tok, c) for d in x.children)
        if bare and shared and c.lower_.endswith(("ing", "tion", "ment", "sion")):
            continue
        out.append(c)
    return out


def _relative_head(verb: Token) -> Token | None:
    """For 'X, which promotes Y', the noun X the relative clause hangs on."""
    return verb.head if verb.dep_ == "relcl" else None


ACTORS = {
    "we",
    "i",
    "you",
    "they",
    "government",
    "governments",
    "enterprise",
    "enterprises",
    "firm",
    "firms",
    "company",
    "companies",
    "paper",
    "study",
    "article",
    "research",
    "author",
    "authors",
    "province",
    "region",
    "regions",
    "city",
    "cities",
    "country",
    "countries",
    "county",
    "counties",
    "state",
    "chapter",
    "section",
    "countermeasure",
    "countermeasures",
    "suggestion",
    "suggestions",
    "measure",
    "measures",
    "people",
    "scholar",
    "scholars",
    "department",
    "departments",
}
LIGHT_VERBS = {
    "be",
    "become",
    "provide",
    "play",
    "offer",
    "serve",
    "act",
    "lay",
    "inject",
    "constitute",
    "remain",
    "bring",
    "create",
    "give",
}
PRONOUNS = {"it", "this", "these", "they", "which", "that"}
ANAPHORIC = {
    "progress",
    "factor",
    "measure",
    "issue",
    "change",
    "improvement",
    "effort",
    "approach",
    "process",
    "trend",
    "condition",
    "way",
    "advantage",
    "problem",
    "challenge",
    "opportunity",
    "result",
}


def is_anaphor(tok: Token) -> bool:
    """'it', 'this', or 'such progress' / 'these factors': refers back to an earlier sentence."""
    if tok.pos_ == "PRON" and tok.lower_ in PRONOUNS:
        return True
    return tok.lemma_ in ANAPHORIC and any(
        c.dep_ in {"det", "amod"} and c.lower_ in {"this", "these", "such", "those", "that"} for c in tok.children
    )


def is_support_noun(tok: Token) -> bool:
    return any(c.start == tok.i and c.label_ == "SUPPORT_NOUN" for c in tok.doc.spans["kg_cues"])


def is_actor(tok: Token) -> bool:
    """Who acts (a government, a province, 'this paper'), as opposed to what causes."""
    if tok.ent_type_ in {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY"}:
        return True
    return tok.lower_ in ACTORS or (
        tok.ent_type_ in {"GPE", "PERSON", "NORP"}
        and not any(c.dep_ in {"amod", "compound"} and c.ent_type_ == "" for c in tok.children)
    )


def by_gerund_object(verb: Token) -> Token | None:
    """'By leveraging X, Hebei can modernize Y': X is the cause when the subject is an actor."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in {"by", "through", "via"}:
            for g in prep.children:
                if g.dep_ == "pcomp" and g.pos_ == "VERB":
                    obj = next((c for c in g.children if c.dep_ == "dobj"), None)
                    if obj is not None:
                        return obj
                elif g.dep_ == "pobj":
                    return g
    return None


def _subject(tok: Token, verb: Token, skip: Token | None) -> Token | None:
    subj = next((c for c in tok.children if c.dep_ in {"nsubj", "csubj"} and c is not skip), None)
    if subj is None and tok is not verb:
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass" and c is not skip), None)
    return subj


def _blocked(tok: Token) -> bool:
    """Stop walking up where a cue hangs off a noun that is not the predicate of its clause
    ('progress in promoting X' says nothing about the sentence subject causing X)."""
    if tok.dep_ in {"pobj", "dobj"} and tok.pos_ in {"NOUN", "PROPN"}:
        owner = tok.head.head if tok.dep_ == "pobj" else tok.head
        return not (tok.dep_ == "dobj" and tok.head.lemma_ in LIGHT_VERBS) and not (
            tok.dep_ == "pobj" and owner.dep_ in {"attr", "dobj", "acomp"} and owner.head.lemma_ in LIGHT_VERBS
        )
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
    return any(
        c.start == tok.i and c.label_ in {"CAUSE_POS", "CAUSE_NEG", "CAUSE_PHRASAL"} for c in tok.doc.spans["kg_cues"]
    )


def _purpose_cause(tok: Token) -> tuple[Token | None, bool]:
    """'strengthen X to promote Y' → X (a recommendation); 'X can be used to upgrade Y' → X."""
    if tok.dep_ not in {"advcl", "xcomp"} or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None, False
    used = next((c for c in tok.head.children if c.dep_ == "nsubjpass"), None)
    if used is not None and tok.head.lemma_ in {"use", "apply", "adopt", "employ", "leverage"}:
        return used, False
    obj = next((c for c in tok.head.children if c.dep_ == "dobj"), None)
    return obj, obj is not None


def find_cause(verb: Token, skip: Token | None = None) -> tuple[Token | None, bool]:
    """The subject governing ``verb``; second value True when it is a purpose clause cause."""
    tok = verb
    for _ in range(7):
        subj = _subject(tok, verb, skip)
        if subj is not None:
            if subj.lower_ in {"which", "that"} and tok.dep_ == "relcl":
                return tok.head, False
            if is_actor(subj):
                obj = by_gerund_object(tok)
                if obj is not None:
                    return obj, False
                obj = next((c for c in tok.children if c.dep_ == "dobj"), None) if tok is not verb else None
                return obj, obj is not None
            return subj, False
        if tok.dep_ == "relcl":
            return tok.head, False
        purpose = _purpose_cause(tok)
        if purpose[0] is not None:
            return purpose
        if tok.dep_ not in WALK_UP or tok.head is tok or _blocked(tok):
            break
        tok = tok.head
    return None, False


def channels(verb: Token) -> list[Token]:
    out: list[Token] = []
    for owner in (verb, verb.head if verb.dep_ in {"xcomp", "conj"} else None):
        if owner is None:
            continue
        for prep in owner.children:
            if prep.dep_ == "prep" and prep.lower_ in CHANNEL_PREPS:
                for obj in prep.children:
                    if obj.dep_ == "pcomp" and obj.pos_ == "VERB":
                        out.extend(c for c in obj.children if c.dep_ == "dobj")
                    elif obj.dep_ in {"pobj", "pcomp"}:
                        out.append(obj)
    return out


def hedged(verb: Token) -> bool:
    scope = [verb, *([verb.head] if verb.dep_ in {"xcomp", "conj"} else [])]
    return any(
        c.dep_ == "aux" and c.lower_ in {"can", "may", "might", "could", "would"} for t in scope for c in t.children
    )


def negated(verb: Token) -> bool:
    scope = [verb, *([verb.head] if verb.dep_ in {"xcomp", "conj"} else [])]
    return any(c.dep_ == "neg" for t in scope for c in t.children)


def modifier_polarity(sent: Span, tokens: list[Token]) -> str | None:
    """Polarity named by modifiers ('positive', 'limited', 'inverted U') of the cue tokens."""
    idx = {t.i for tok in tokens for t in tok.subtree if t.dep_ in {"amod", "advmod", "compound", "acomp"}}
    idx |= {t.i for t in tokens}
    found = {c.label_ for c in cues(sent) if c.label_.endswith("_MOD") and c.start in idx}
    for label, pol in (("MIXED_MOD", "mixed"), ("NONE_MOD", "none"), ("NEG_MOD", "negative"), ("POS_MOD", "positive")):
        if label in found:
            return pol
    return None


def verb_links(sent: Span, verb: Token, sign: str, rule_id: str) -> list[RawLink]:
    links = []
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is not None:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        cause = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        effects = conjuncts(passive) if cause is not None else []
        purpose = False
    else:
        effects = [e for d in verb.children if d.dep_ == "dobj" for e in conjuncts(d) if not is_support_noun(e)]
        cause, purpose = find_cause(verb)
    if cause is None:
        return []
    for effect in effects:
        links.append(
            RawLink(
                cause,
                effect,
                sign,
                rule_id,
                channels(verb),
                hedged(verb),
                negated(verb),
                purpose,
                0.7 if not purpose else 0.55,
            )
        )
    return links


def phrasal_links(sent: Span, verb: Token, rule_id: str) -> list[RawLink]:
    """lead to / contribute to / result in / give rise to."""
    if verb.lemma_ in {"rely", "depend"}:  # "Y relies on X": X causes Y
        return reliance_links(sent, verb, rule_id)
    wanted = {"result": "in"}.get(verb.lemma_, "to")
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == wanted]
    if verb.lemma_ == "give":
        rise = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "rise"), None)
        preps = [c for c in (rise.children if rise is not None else []) if c.dep_ == "prep" and c.lower_ == "to"]
    effects = [e for p in preps for o in p.children if o.dep_ in {"pobj", "pcomp"} for e in conjuncts(o)]
    cause, purpose = find_cause(verb)
    if cause is None:
        return []
    pol = modifier_polarity(sent, effects) or "positive"
    return [RawLink(cause, e, pol, rule_id, channels(verb), hedged(verb), negated(verb), purpose, 0.6) for e in effects]


def reliance_links(sent: Span, verb: Token, rule_id: str) -> list[RawLink]:
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


def noun_links(sent: Span, noun: Token, rule_id: str) -> list[RawLink]:
    """'has a positive effect on Y', 'plays a key role in (promoting) Y', 'the effect of X on Y'."""
    target_prep = {"on", "in", "to"} if noun.lemma_ != "role" else {"in"}
    effects = [
        o
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in target_prep
        for o in p.children
        if o.dep_ in {"pobj", "pcomp"}
    ]
    if not effects:
        return []
    pol = modifier_polarity(sent, [noun]) or RESULT_NOUN_POLARITY.get(noun.lemma_)
    head_verb = noun.head
    if pol is None and head_verb.lemma_ in {"have", "exert", "produce", "play"}:
        pol = modifier_polarity(sent, [head_verb])
    if pol is None:
        return []
    if effects[0].pos_ == "VERB" and effects[0].lemma_ in {"reduce", "inhibit", "curb", "narrow", "lower"}:
        pol = {"positive": "negative", "negative": "positive"}.get(pol, pol)
    of = next(
        (o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"),
        None,
    )
    cause, purpose = (of, False) if of is not None else find_cause(head_verb, skip=noun)
    if cause is None:
        return []
    neg = negated(head_verb) or any(c.lower_ == "no" for c in noun.children)
    return [
        RawLink(cause, e, pol, rule_id, channels(head_verb), hedged(head_verb), neg, purpose, 0.65)
        for eff in effects
        for e in conjuncts(eff)
    ]


def support_links(sent: Span, noun: Token, rule_id: str) -> list[RawLink]:  # noqa: C901 - one parse walk
    """'provides strong impetus for Y', 'has become the cornerstone of promoting Y', 'an engine for Y'."""
    if noun.dep_ not in {"dobj", "attr", "pobj"}:
        return []
    effects = []
    for p in noun.children:
        if p.dep_ == "prep" and p.lower_ in {"for", "of", "to"}:
            for o in p.children:
                if o.dep_ == "pcomp" and o.pos_ == "VERB":
                    if is_causal_cue(o):
                        return []  # "engine for promoting Y": the verb's own cue finds the link
                    effects.extend(c for c in o.children if c.dep_ == "dobj")
                elif o.dep_ == "pobj":
                    effects.extend(conjuncts(o))
    if not effects:
        return []
    verb = noun.head if noun.dep_ != "pobj" else noun.head.head
    if verb.lemma_ not in LIGHT_VERBS | {"use", "regard", "see", "consider"}:
        return []
    cause, purpose = find_cause(verb, skip=noun)
    if cause is None:
        return []
    return [
        RawLink(cause, e, "positive", rule_id, channels(verb), hedged(verb), negated(verb), purpose, 0.55)
        for e in effects
    ]


def correlation_links(sent: Span, tok: Token, rule_id: str) -> list[RawLink]:
    """'X is significantly negatively correlated with Y'."""
    with_obj = [
        o for p in tok.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"
    ]
    head = tok if any(c.dep_ in SUBJ for c in tok.children) else tok.head
    subj = next((c for c in head.children if c.dep_ in SUBJ), None)
    if subj is None or not with_obj:
        return []
    pol = modifier_polarity(sent, [tok]) or "positive"
    return [
        RawLink(subj, e, pol, rule_id, [], hedged(head), negated(head), False, 0.6)
        for o in with_obj
        for e in conjuncts(o)
    ]


def in_question(tok: Token) -> bool:
    """Inside an embedded question ('whether X promotes Y', 'if X affects Y')."""
    for t in [tok, *tok.ancestors]:
        if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in t.children):
            return True
        if t.dep_ in {"ROOT"}:
            break
    return False


def find_links(sent: Span) -> list[RawLink]:
    """Every causal link a sentence asserts (scope filtering is the caller's job)."""
    links: list[RawLink] = []
    for cue in cues(sent):
        if in_question(cue.root):
            continue  # "we study whether X promotes Y" asserts nothing
        if cue.label_ in {"CAUSE_POS", "CAUSE_NEG"} and cue.root.pos_ == "VERB" and cue.root.dep_ == "amod":
            continue  # "the promoting effect": handled by the effect noun
        tok = cue.root
        if cue.label_ in {"CAUSE_POS", "CAUSE_NEG"}:
            sign = "positive" if cue.label_ == "CAUSE_POS" else "negative"
            links.extend(verb_links(sent, tok, sign, cue.id_))
        elif cue.label_ == "CAUSE_PHRASAL":
            links.extend(phrasal_links(sent, tok, cue.id_))
        elif cue.label_ == "EFFECT_NOUN":
            links.extend(noun_links(sent, tok, cue.id_))
        elif cue.label_ == "SUPPORT_NOUN":
            links.extend(support_links(sent, tok, cue.id_))
        elif cue.label_ == "CAUSE_CORR":
            links.extend(correlation_links(sent, tok, cue.id_))
    return links


def usable(tok: Token) -> bool:
    """A phrase head that names something: not a pronoun, not a bare generic noun."""
    if tok.pos_ not in {"NOUN", "PROPN", "VERB", "ADJ", "X"}:
        return False
    if tok.lower_ in GENERIC:
        return any(
            c.dep_ in {"amod", "compound", "prep", "nmod"} and c.lower_ not in {"its", "their"} for c in tok.children
        )
    return True
