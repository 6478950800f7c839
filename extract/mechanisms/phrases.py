"""Noun phrases for the ends of a link: which tokens name the cause or the effect."""

from __future__ import annotations

from spacy.tokens import Token

from extract.cues import cue_at
from extract.mechanisms.lexicon import (
    ABILITIES,
    ACHIEVING,
    ACTORS,
    APPLYING,
    BINOMIALS,
    CAUSATIVE,
    CHANCES,
    CHANGE_NOUNS,
    DEFICIENCY,
    DOWN,
    EMPTY_MODIFIERS,
    EVALUATIVE,
    FIRMS,
    FOR_SCOPED,
    FRAME,
    GENERIC,
    GEOGRAPHIC,
    IDIOMS,
    IN_SCOPED,
    INQUIRY_NOUNS,
    INTO_SCOPED,
    KINDS,
    LINK_NOUNS,
    LOWER,
    MEASURE,
    MODIFIER_WORDS,
    MOVING,
    NEIGHBOURS,
    NOVELTY,
    ON_SCOPED,
    PEOPLE,
    PHENOMENA,
    POSITIONS,
    PREP_OBJECTS,
    RANKED_POSITIONS,
    RELATIONAL,
    SECTORS,
    SHORT,
    TAKING,
    TIME_NOUNS,
    TO_SCOPED,
    TRANSITIONS,
    UNITS,
    WRAPPERS,
)
from extract.mechanisms.misreads import misread_cut

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
    "parataxis",
    "preconj",
}

MODIFIER_DEPS = {"amod", "compound", "nmod"}
APPLIED_PREPS = {"into", "in", "with", "to"}  # where an applied thing goes


def np_tokens(head: Token) -> list[Token]:
    """The noun phrase headed by ``head``: modifiers and 'of'-complements, no clauses, no grading
    adjectives ('significant gap'), no place names ('Hebei's competitiveness': the place is context)."""
    if listed := _listed_name(head):
        return listed
    if (stood := stands_for(head)) is not None:  # "raises the wages of A while lowering those of B"
        antecedent, prep = stood
        own = {t.i for p in antecedent.children if p.dep_ == "prep" and p.lower_ == prep.lower_ for t in p.subtree}
        return sorted({*(t for t in np_tokens(antecedent) if t.i not in own), *prep.subtree}, key=lambda t: t.i)
    out = [head, *_fixed_parts(head)]
    for child in head.children:
        if child.dep_ == "prep":
            if _owner_name(child):
                continue  # "the trading platform of Fellisen Technology": the owner is context
            if _part_of_concept(child, head):
                out.append(child)
                out.extend(t for gc in child.children if gc.dep_ in {"pobj", "pcomp"} for t in np_with_conj(gc))
        elif (child.dep_ == "dobj" and head.pos_ in {"NOUN", "PROPN"}) or child.i <= misread_cut(head):
            continue  # "internet use reduced farm income": a misread clause; neither end holds the other
        elif _turning(child, head) or (
            (child.dep_ not in SKIP_IN_NP or _written_into(child, head)) and not _context_modifier(child, head)
        ):
            out.extend(np_tokens(child))  # a number written into a word ("5G networks") is part of the name
        else:
            out.extend(_coordinated_part(child, head))
    shared = _shared_of(head) + _shared_tail(head) + _shared_owner(head)
    out = _with_outside_parts(head, out + _flat_compounds(head, out) + _misplaced_members(head) + shared)
    for prep in _scope_on_verb(head):  # "promoting the participation of all, ..., in the digital economy"
        out.append(prep)
        out.extend(t for gc in prep.children if gc.dep_ == "pobj" for t in np_with_conj(gc))
    out += _whose_act(head, out)
    return sorted(set(out), key=lambda t: t.i)


def stands_for(pronoun: Token) -> tuple[Token, Token] | None:
    """'wages' for 'those' in 'raises the wages of A while lowering those of B' ('the demand for
    A ... that for B'): a demonstrative with a prepositional phrase names the last noun before it
    with a phrase of the same preposition, if that noun has the demonstrative's number; returns
    (that noun, the demonstrative's phrase)."""
    if pronoun.lower_ not in {"that", "those"} or pronoun.dep_ not in {"dobj", "nsubj", "nsubjpass", "pobj"}:
        return None
    prep = _demonstrative_prep(pronoun)
    if prep is None:
        return None
    for tok in reversed(pronoun.sent[: pronoun.i - pronoun.sent.start]):
        if tok.pos_ == "NOUN" and any(p.dep_ == "prep" and p.lower_ == prep.lower_ for p in tok.children):
            return (tok, prep) if (tok.tag_ == "NNS") == (pronoun.lower_ == "those") else None
    return None


def _demonstrative_prep(pronoun: Token) -> Token | None:
    """The phrase right after 'that' / 'those' ('that for B'; the parser may hang it on the verb)."""
    if pronoun.i + 1 >= len(pronoun.doc):
        return None
    prep = pronoun.doc[pronoun.i + 1]
    if prep.dep_ != "prep" or prep.lower_ not in {"of", "for", "in", "on"} or prep.head not in {pronoun, pronoun.head}:
        return None
    return prep


def _whose_act(head: Token, named: list[Token]) -> list[Token]:
    """'lowered the threshold for SMEs to enter international markets': what the threshold is for,
    an act, which the parser hangs on the verb as a clause of its own."""
    if head.lower_ not in FOR_SCOPED or head.dep_ != "dobj":
        return []
    end = max(t.i for t in named)
    # "for farmers to access X": the clause follows people the name holds (not "demand for labour
    # to improve Y", a purpose)
    acting = any(t.dep_ == "pobj" and t.head.lower_ == "for" and t.lower_ in ACTORS | PEOPLE for t in named)
    for clause in head.head.children:
        to = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        marked = any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)
        if clause.dep_ == "advcl" and to and (marked or (acting and clause.left_edge.i == end + 1)):
            return [t for t in clause.subtree if not t.is_punct]
    return []


def noun_chain(head: Token) -> list[Token]:
    """``head`` and the nouns listed after it, as the parser chains them ('A, B and C': A -> B -> C)."""
    chain = [head]
    while (nxt := next((c for c in chain[-1].children if c.dep_ == "conj" and c.pos_ == "NOUN"), None)) is not None:
        chain.append(nxt)
    return chain


def _shared_of(head: Token) -> list[Token]:
    """'the allocation efficiency and utilization rate of resources': a modified noun listed before
    the one that carries the 'of' phrase shares it (bare ones name one concept with it, see
    :func:`conjuncts`); returns the shared phrase's words, or []."""
    first = head
    while first.dep_ == "conj" and first.head.pos_ == "NOUN":
        first = first.head
    chain = noun_chain(first)
    last = chain[-1]
    if head.pos_ != "NOUN" or head is last or len(chain) < 2 or head not in chain:
        return []
    modified = any(c.dep_ in {"amod", "compound"} and c.i < head.i for c in head.children)
    own = any(c.dep_ == "prep" for t in chain[:-1] for c in t.children)
    # one determiner before the whole list ("the A, B and C of X"; not "high A and economies of scale")
    one_det = any(c.dep_ == "det" for c in first.children) and not any(
        c.dep_ in {"det", "poss"} for t in chain[1:] for c in t.children
    )
    shared = [p for p in last.children if p.dep_ == "prep" and p.lower_ == "of" and not _owner_name(p)]
    if not modified or own or not one_det or not shared or _next_door(shared[0]):
        return []
    if any(o.ent_type_ in {"GPE", "LOC"} for o in shared[0].children):
        return []  # "the coastal areas and inland areas of Hebei": the place is context
    return [shared[0], *(t for o in shared[0].children if o.dep_ == "pobj" for t in np_with_conj(o))]


def _shared_owner(head: Token) -> list[Token]:
    """'the government's digital services and governance capabilities': a later member with no
    determiner of its own shares the first member's owner (kept where the first keeps it: not a
    pronoun, not a place); returns the owner's words, or []."""
    if head.dep_ != "conj" or head.pos_ != "NOUN" or any(c.dep_ in {"det", "poss"} for c in head.children):
        return []
    first = head
    while first.dep_ == "conj" and first.head.pos_ == "NOUN":
        first = first.head
    owner = next((c for c in first.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ == "PRON" or _context_modifier(owner, first):
        return []
    return np_tokens(owner)


def _of_object(tok: Token) -> Token | None:
    """The object of ``tok``'s one 'of' phrase (None with none or several)."""
    objs = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return objs[0] if len(objs) == 1 else None


def _shared_tail(head: Token) -> list[Token]:
    """'the breadth of coverage, depth of usage and level of digitalization of X': when every
    member is 'A of B' and only the last goes on with 'of X', the members are X's dimensions and
    each shares 'of X'; returns that phrase's words for an earlier member, or []."""
    first = head
    while first.dep_ in {"conj", "appos"} and first.head.pos_ == "NOUN":
        first = first.head
    members, todo = [], [first]
    while todo:
        m = todo.pop(0)
        members.append(m)
        todo += [c for c in m.children if c.dep_ in {"conj", "appos"} and c.pos_ == "NOUN"]
    if len(members) < 2 or head not in members[:-1] or head.pos_ != "NOUN":
        return []
    inner = [_of_object(m) for m in members]
    if any(o is None for o in inner):
        return []
    tail = _of_object(inner[-1])
    if tail is None or any(_of_object(o) is not None for o in inner[:-1]):
        return []
    return [tail.head, *np_with_conj(tail)]


def _misplaced_members(head: Token) -> list[Token]:
    """Members of the name the parser hung elsewhere: B of 'the integration of A and B' read as a
    second subject, 'micro' of 'micro and small businesses' read as the head."""
    out = []
    if partner := _dangling_partner(head):
        out += [c for c in head.children if c.dep_ == "cc"] + [t for t in partner.subtree if t.dep_ != "det"]
    if head.dep_ == "conj" and _bare_modifier(head.head):
        out += [head.head, *(c for c in head.head.children if c.dep_ in {"cc", "punct"} and c.i < head.i)]
    return out


def _dangling_partner(head: Token) -> Token | None:
    """B in 'The integration of A and B improves Y' when the parser hangs the 'and' on
    'integration' and makes B a second subject of the verb: the relation's other partner."""
    if head.lemma_ not in RELATIONAL or any(c.dep_ == "conj" for c in head.children):
        return None
    cc = next((c for c in head.children if c.dep_ == "cc"), None)
    if cc is None or not any(p.dep_ == "prep" and p.lower_ == "of" for p in head.children):
        return None
    after = [t for t in head.head.children if t.dep_ == head.dep_ and t.i > cc.i and t.pos_ in {"NOUN", "PROPN"}]
    return after[0] if after and after[0].left_edge.i == cc.i + 1 else None


def _listed_name(head: Token) -> list[Token]:
    """A list of bare nouns that is one name: sharing a trailing 'of' phrase ('the confirmation,
    evaluation, and trading of X') or one 'their' ('their transformation and upgrading')."""
    if owned := _owned_list(head):
        listed = [t for t in head.doc[head.i : owned[-1].i + 1] if t.dep_ in {"cc", "conj"} or t in owned]
        return sorted({*listed, *_owners(head)}, key=lambda t: t.i)
    if chain := _trailing_complement(head):
        between = [t for t in head.doc[head.i : chain[-1].i] if t.dep_ in {"cc", "conj"} or t in chain]
        return sorted({*between, *np_tokens(chain[-1])}, key=lambda t: t.i)
    return []


def _flat_compounds(head: Token, out: list[Token]) -> list[Token]:
    """'carbon dioxide emission reduction': the parser hangs 'dioxide' beside 'emission' on
    'reduction'; the compounds right before a compound head are part of its name."""
    if head.dep_ != "compound":
        return []
    run = [c for c in head.head.children if c.dep_ == "compound" and c.i < head.i]
    start, more = min(t.i for t in out), []
    while run and run[-1].i + 1 == start:
        more += list(run[-1].subtree)
        start = min(t.i for t in run.pop().subtree)
    return more


def _with_outside_parts(head: Token, out: list[Token]) -> list[Token]:
    """Parts of the name outside the noun phrase proper: the act a chance is of ('the likelihood
    of households participating in entrepreneurship') and the people 'their' points back to."""
    if head.lemma_ in CHANCES:
        acts_ = [c for t in out if t.dep_ == "pobj" and t.head.head == head for c in t.children if c.dep_ == "acl"]
        out = out + [t for c in acts_ if c.tag_ == "VBG" for t in c.subtree]
        # "the probability that households face credit constraints": the chance of what the clause says
        said = [c for c in head.children if c.dep_ in {"relcl", "acl"} and any(m.lower_ == "that" for m in c.children)]
        out = out + [t for c in said for t in c.subtree]
    if head.lemma_ in CHANCES | ABILITIES:  # "the ability of farmers to use e-commerce platforms"
        to_do = [c for c in head.children if c.dep_ == "acl" and any(a.lower_ == "to" for a in c.children)]
        out = out + [t for c in to_do for t in c.subtree]
    if owners := _owners(head):
        out = [t for t in out if not (t.dep_ == "poss" and t.head == head)] + owners
    return out


OWNER_TAGS = {"their": {"NNS", "NNPS"}, "its": {"NN", "NNP"}}  # what each pronoun agrees with


def _owner_pronoun(head: Token) -> str | None:
    return next((c.lower_ for c in head.children if c.dep_ == "poss" and c.lower_ in OWNER_TAGS), None)


def _owners(head: Token) -> list[Token]:
    """'train farmers so as to raise their income': 'their' points back to the people named before
    (the nearest earlier people noun in the sentence), who stay in the name: 'farmers income'.
    'its' / 'their' after a coordinated verb is the object the first verb named (below)."""
    pronoun = _owner_pronoun(head)
    if pronoun is None:
        return []
    before = [t for t in head.sent if t.i < head.i and t.lower_ in PEOPLE and t.tag_ in {"NNS", "NNPS"}]
    # "farmers sell products to consumers, which raises their income"; "enable farmers to sell ...": the agent acts
    doers = [t for t in before if t.dep_ == "nsubj" or (t.dep_ == "dobj" and t.head.lemma_ in CAUSATIVE)]
    if before and pronoun == "their":
        return (doers or before)[-1:]
    if pronoun == "its" and any(c.dep_ in MODIFIER_DEPS for c in head.children):
        return []  # "its mobile payments": a thing of its own (whose: the cause, most often), not a change of A
    # "X empowers traditional industries and accelerates their upgrading" (or "... traditional
    # manufacturing and accelerates its transformation"): the things the same clause named just
    # before, with their modifiers ('traditional industry upgrading')
    verb = head.head
    while verb.dep_ in {"conj", "prep", "pobj", "pcomp"} and verb.pos_ not in {"VERB", "AUX"}:
        verb = verb.head
    named = []  # not a subject's own ('firms reduce their costs' are costs, as 'platforms expand their reach')
    if verb.dep_ == "conj" and head.dep_ not in {
        "nsubj",
        "nsubjpass",
    }:  # "X empowers A and accelerates their upgrading": A
        doer = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if doer is not None and doer.tag_ in OWNER_TAGS[pronoun] and doer.lower_ in ACTORS | PEOPLE:
            return []  # "helps enterprises expand markets and enhance their competitiveness": the doers' own
        named = [o for o in verb.head.children if o.dep_ == "dobj" and o.i < head.i]
    named = sorted((o for o in named if o.tag_ in OWNER_TAGS[pronoun]), key=lambda t: t.i)
    if not named:
        return []
    owner = named[-1]
    # "alleviates the financing constraints of small firms and stimulates their innovation": the firms'
    owner = next((o for o in prep_objects(owner, {"of"}) if o.tag_ in OWNER_TAGS[pronoun]), owner)
    return [*(t for c in owner.children if c.dep_ in {"amod", "compound"} and c.i < owner.i for t in c.subtree), owner]


def _owned_list(head: Token) -> list[Token]:
    """'their (its) transformation and upgrading': bare nouns sharing one owner name one change."""
    if _owner_pronoun(head) is None or head.dep_ == "conj":
        return []
    chain = noun_chain(head)
    if len(chain) < 2 or not all(all(d.dep_ in {"cc", "punct", "conj"} for d in t.children) for t in chain[1:]):
        return []
    return chain


def particle_objects(verb: Token) -> list[Token]:
    """'breaks down the barriers': the parser sometimes makes the object the particle's; 'substitutes
    for low-skilled labour': a verb whose object comes with a preposition (lexicon) has it there."""
    out = [o for p in verb.children if p.dep_ == "prt" for o in p.children if o.dep_ == "pobj"]
    if not out and verb.lemma_ in PREP_OBJECTS and not any(c.dep_ == "dobj" for c in verb.children):
        out = [o for o in prep_objects(verb, {PREP_OBJECTS[verb.lemma_]}) if o.dep_ == "pobj"]
    return out


def _scope_on_verb(head: Token) -> list[Token]:
    """The phrase a noun that needs one ('participation in', 'access to', 'cooperation with',
    'demand for') lost to its verb: the parser hangs 'fill the gaps in X' / 'promote the
    participation of A in X' on the verb, after the object, though it names the object's scope."""
    target = head.dep_ == "pobj" and head.head.lower_ in {"on", "upon"} and head.head.head.pos_ == "NOUN"
    if head.dep_ != "dobj" and not (head.dep_ == "pobj" and head.head.dep_ == "prt") and not target:
        return []
    # "a negative effect on employment in manufacturing": 'in' hung on the effect noun
    verb = head.head if head.dep_ == "dobj" else head.head.head
    later = [p for p in verb.children if p.dep_ == "prep" and p.i > head.i and p.lower_ != "of"]
    own = {c.lower_ for c in head.children if c.dep_ == "prep"}
    return [p for p in later[:1] if p.lower_ not in own and _part_of_concept(p, head)]  # not "in the long run"


def _coordinated_part(child: Token, head: Token) -> list[Token]:
    """The tokens a coordinated child adds to the head's name (none for a member of its own)."""
    if child.dep_ in {"cc", "conj"} and _joined_member(child, head):
        return np_tokens(child) if child.dep_ == "conj" else [child]  # "integration of A and B"
    if _shares_complement(child, head) or (
        child.dep_ == "cc" and any(_shares_complement(c, head) for c in head.children)
    ):
        return [child]  # "the transformation and upgrading of X"
    if _modifier_coordination(child, head):
        return np_tokens(child)  # "primary and tertiary industries": one coordinated modifier
    if _coordinated_modifier(child):  # "data monopoly and privacy risks": the last member names the head's kind
        last = [c for c in child.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.right_edge.i == head.i - 1]
        return [t for c in last for t in c.subtree if t.dep_ not in {"cc", "punct"}]
    return []


def _shares_complement(conj: Token, head: Token) -> bool:
    """'the transformation and upgrading of X': a bare noun joined to one with an 'of' phrase
    shares it; the two name one concept."""
    if conj.dep_ != "conj" or conj.head != head or conj.pos_ not in {"NOUN", "PROPN", "VERB"}:
        return False
    bare = not any(d.dep_ not in {"cc", "punct", "det"} for d in conj.children)
    return bare and any(d.dep_ == "prep" and d.lower_ == "of" for d in head.children)


def _bare(tok: Token) -> bool:
    return not any(d.dep_ not in {"cc", "punct", "det", "conj"} for d in tok.children)


def _trailing_complement(head: Token) -> list[Token]:
    """'the confirmation, evaluation, and trading of desensitized data': bare nouns chained to a
    last one that carries the 'of' phrase share it (returns the chain, or [] if not so)."""
    chain = noun_chain(head)
    last = chain[-1]
    if len(chain) < 2 or not all(_bare(t) for t in chain[:-1]) or head.dep_ == "conj":
        return []
    det = [any(d.dep_ == "det" for d in t.children) for t in chain]
    if not det[0] or any(det[1:]):
        return []  # one determiner before the whole list: "the A, B and C of X"
    has_of = any(d.dep_ == "prep" and d.lower_ == "of" for d in last.children)
    return chain if has_of and _bare_except_of(last) else []


def _bare_except_of(tok: Token) -> bool:
    return all(d.dep_ in {"cc", "punct", "det"} or (d.dep_ == "prep" and d.lower_ == "of") for d in tok.children)


def _joined_member(child: Token, head: Token) -> bool:
    """'the integration of the digital economy and the real economy': the parser hangs 'the real
    economy' on 'integration'; for a relational head with an 'of' phrase it is the second member,
    unless it has an 'of' phrase of its own ('the integration of A and B and the equalization of
    public services': a second effect)."""
    own_of = any(p.dep_ == "prep" and p.lower_ == "of" for p in child.children)
    relational = head.lemma_ in RELATIONAL and any(p.dep_ == "prep" and p.lower_ == "of" for p in head.children)
    return relational and not own_of


def _modifier_coordination(child: Token, head: Token) -> bool:
    """'and communication' in 'information and communication technologies' (not the 'and' of a
    split-off conjunct such as 'the scale effect and ...')."""
    first = head
    while first.dep_ == "conj" and first.head.pos_ == first.pos_:
        first = first.head  # "economic, social and educational environments": the 'and' hangs on 'social'
    return (
        child.dep_ in {"cc", "conj"}
        and first.dep_ in MODIFIER_DEPS
        and child.pos_ in {"ADJ", "NOUN", "CCONJ"}
        and not _coordinated_modifier(first)
    )


def _part_of_concept(prep: Token, head: Token) -> bool:
    """'of' phrases always; others only where the head needs them ('collaboration with
    universities', 'investment in R&D', 'the transition to an innovation-driven economy')."""
    word = prep.lower_
    if any(o.dep_ == "pobj" and o.lower_ in TIME_NOUNS for o in prep.children):
        return False  # "in the short term", "over the years": when, not what
    if word in {"from", "to"} and any(t.lemma_ in POSITIONS for t in prep.subtree if t.dep_ == "pobj"):
        return False  # "the transformation of X from low-end to high-end": X's transformation
    if word in {"in", "across", "within"} and any(o.ent_type_ in {"GPE", "LOC"} for o in prep.children):
        return False  # "the integration of A and B in China": the country is context, as an owner is
    return (
        word == "of"
        or word == "per"  # "energy consumption per unit of GDP", "income per capita": a rate is its own concept
        or (word in {"between", "among", "with"} and head.lemma_ in RELATIONAL)
        or (word in {"between", "among"} and _in_gap(head))
        or (word == "with" and _joined_by(head))
        or (word == "in" and head.lower_ in IN_SCOPED)
        or (word == "in" and _in_sector(prep))
        or (word in {"in", "of"} and _next_door(prep))
        or (word in {"into", "in"} and head.lower_ in INTO_SCOPED)
        or (word == "for" and head.lower_ in FOR_SCOPED)
        or (word == "on" and head.lower_ in ON_SCOPED and not _link_target(head))
        or _past_the_of(head, word)  # "the dependence of growth on resources"
        or (word == "to" and head.lower_ in TO_SCOPED)
        or (word in {"from", "to", "towards", "toward"} and head.lemma_ in TRANSITIONS)
        # a gerund in a noun phrase keeps its complement ("the cost of searching for jobs")
        or (head.tag_ == "VBG" and head.dep_ == "pcomp" and word in APPLIED_PREPS | {"for", "on"})
    )


def _past_the_of(noun: Token, word: str) -> bool:
    """'the dependence of economic growth on natural resources', 'the vulnerability of households to
    poverty': the parser hangs the head's own 'on' / 'to' phrase on its 'of' object; it still says
    what the dependence is on."""
    owner = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return owner is not None and owner.lower_ in {"on": ON_SCOPED, "to": TO_SCOPED}.get(word, ())


def _in_gap(noun: Token) -> bool:
    """'the gap in educational resources between urban and rural areas': the parser hangs 'between'
    on what the gap is in; it still says between whom the gap is."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.lemma_ in RELATIONAL


def _in_sector(prep: Token) -> bool:
    """'employment in manufacturing' is manufacturing employment; not 'transfers, particularly in
    manufacturing', which narrows by example."""
    narrowed = prep.i > 0 and prep.doc[prep.i - 1].lower_ in {"particularly", "especially", "notably", "mainly"}
    return not narrowed and any(o.lower_ in SECTORS for o in prep.children if o.dep_ == "pobj")


def _link_target(head: Token) -> bool:
    """'the impact of resource dependence on economic growth': the 'on' phrase the parser hangs on
    an on-scoped head is the target of the link noun whose 'of' object the head is, when that
    noun has no 'on' phrase of its own."""
    noun = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    return noun is not None and noun.lemma_ in LINK_NOUNS and not prep_objects(noun, {"on"})


def _next_door(prep: Token) -> bool:
    """'innovation in neighbouring regions': a spillover's place is part of what changes."""
    return any(next_door(o) for o in prep.children if o.dep_ in {"pobj", "pcomp"})


def next_door(place: Token) -> bool:
    """'neighbouring provinces', 'surrounding cities': the places around the one studied."""
    return place.lower_ in NEIGHBOURS or any(m.lower_ in NEIGHBOURS for m in place.children)


def _joined_by(obj: Token) -> bool:
    """'the integration of digital technologies with manufacturing': the parser hangs 'with B' on
    A, the object of a relational head's 'of'; it names the other partner, so it stays."""
    prep = obj.head
    return obj.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_ in RELATIONAL


def _owner_name(prep: Token) -> bool:
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return (
        prep.lower_ == "of"
        and obj is not None
        and obj.pos_ == "PROPN"
        and obj.ent_type_ in {"ORG", "GPE", "PERSON", "NORP", "LOC"}
        and prep.head.pos_ == "NOUN"
        and prep.head.lemma_ not in WRAPPERS
    )


def _coordinated_modifier(child: Token) -> bool:
    """'the scale effect and resource allocation effect': the parser often hangs the first
    conjunct on the second as a modifier that carries the 'and'; so too a bare noun whose 'and'
    joins nothing ('infrastructure and inadequate resource endowment')."""
    if child.dep_ not in {"nmod", "compound"} or child.pos_ != "NOUN":
        return False
    if not any(c.dep_ == "cc" for c in child.children):
        return False
    if child.lemma_ == child.head.lemma_ or any(c.dep_ in {"compound", "amod"} for c in child.children):
        return True
    dangling = not any(c.dep_ == "conj" for c in child.children)
    return dangling and any(
        c.dep_ in {"compound", "amod"} and c.i > child.i and any(g.dep_ == "amod" for g in c.children)
        for c in child.head.children
    )  # not "information and communication technologies": one head with coordinated modifiers


def _glued(tok: Token) -> bool:
    """Written together with the next token as one word ('5G', 'large-scale')."""
    return not tok.whitespace_ and tok.i + 1 < len(tok.doc) and not tok.doc[tok.i + 1].is_space


DASHES = {"-", "–", "—"}


def _turning(child: Token, head: Token) -> bool:
    """'less developed regions' are not developed ones: the adverb turns the adjective it grades."""
    graded = head.dep_ == "amod" or (head.dep_ == "conj" and head.pos_ in {"ADJ", "VERB"})
    return child.dep_ == "advmod" and child.lower_ in {"less", "least"} and graded


def _written_into(child: Token, head: Token) -> bool:
    """Part of the head's word though the parser made it a modifier: '5G', 'well-being'."""
    if child.dep_ == "nummod":
        return _glued(child)
    if child.dep_ == "appos" and child.i > child.head.i + 1:  # "the technology–infrastructure–industry model"
        dash = child.doc[child.i - 1]
        return dash.text in DASHES and dash.head.i == child.head.i and not child.doc[child.i - 2].whitespace_
    return child.dep_ == "advmod" and _glued(child) and child.i + 2 == head.i and child.doc[child.i + 1].text == "-"


PERFECT = {"has", "have", "had"}


def _context_modifier(child: Token, head: Token) -> bool:
    if _coordinated_modifier(child):
        return True
    if child.dep_ == "amod" and child.lower_ in {"large", "larger", "big", "bigger"} and head.lower_ in ACTORS | PEOPLE:
        return False  # "large cities", "large firms": a group the paper compares, not a grade
    if child.dep_ == "amod" and head.lower_ in RANKED_POSITIONS:
        return False  # "the lower end of the value chain": a place in the chain, named by its grade
    if child.dep_ == "compound" and child.ent_type_ == "GPE" and head.lemma_ in TRANSITIONS:
        return True  # "help Hebei transition to Y": the place is who moves, as "Hebei's transition" is
    if child.dep_ in {"amod", "advmod"} and child.lower_ in EVALUATIVE and not _glued(child):
        return True  # "large-scale" is one word, not a grading "large"
    if child.dep_ == "amod" and child.tag_ == "VBN" and child.i > 0 and child.doc[child.i - 1].lower_ in PERFECT:
        return True  # "Hebei has leveraged policies": a verb after 'has', not part of the object's name
    hyphened = child.i > 0 and child.doc[child.i - 1].text == "-"  # "innovation-driven" is one word
    if (
        child.dep_ == "amod"
        and child.tag_ in {"VBN", "VBD"}
        and not hyphened
        and cue_at(child, {"CAUSE_POS", "CAUSE_NEG"})
    ):
        return True  # "improved product added value": a change the sentence states, not part of the name
    graded = any(
        c.dep_ == "advmod" and c.lower_ in {"more", "less"} and c.i and c.doc[c.i - 1].lower_ == "the"
        for c in child.children
    )
    if child.dep_ == "amod" and graded:
        return True  # "the more developed X (is), the ...": a graded property, not part of the name
    return child.dep_ == "poss" and child.ent_type_ == "GPE" and head.ent_type_ != "GPE"


def category(tok: Token) -> Token | None:
    """'capital, labor, technology and other production factors': a last member marked by
    'other' names the class the list gives examples of, and the list means that class (not when
    the class is a generic word: 'human capital and other factors' keeps its members, nor when
    the members are partners of an integration)."""
    if _joined_by(tok):
        return None  # "the integration of digital industries and other industries": partners
    for c in tok.conjuncts:
        mods = [d.lower_ for d in c.children if d.dep_ in {"amod", "compound", "nmod"}]
        if c.i > tok.i and "other" in mods and (c.lower_ not in GENERIC or set(mods) - EMPTY_MODIFIERS):
            return c
    return None


def np_with_conj(head: Token) -> list[Token]:
    if (cat := category(head)) is not None:
        return [t for t in np_tokens(cat) if not (t.head == cat and t.lower_ == "other")]
    toks = np_tokens(head)
    for member in (head, *(c for c in head.conjuncts if c.i > head.i)):  # "agriculture, rural areas and farmers"
        for child in member.children:
            if child.dep_ in {"cc", "conj"}:
                toks.extend(np_tokens(child) if child.dep_ == "conj" else [child])
            elif _coordinated_modifier(child):  # "of the industrial chain and supply chain"
                toks.extend(np_with_conj(child))
    return sorted(set(toks), key=lambda t: t.i)


def measured(head: Token) -> Token:
    """'a huge leap in productivity' names productivity, 'a series of measures' names measures:
    look through measure and frame nouns to their object."""
    return looked_through(head)[-1]


def looked_through(head: Token) -> list[Token]:
    """``head`` and each noun :func:`measured` passes on its way ('part of the reduction of Y':
    part, reduction, Y), so a caller can count the downward measures among them."""
    path = [head]
    for _ in range(3):
        nxt = _measured_step(head)
        if nxt is None:
            break
        head = nxt
        path.append(head)
    return path


def _measured_step(head: Token) -> Token | None:
    if (used := idiom_object(head)) is not None:
        return used
    if head.lemma_ in TRANSITIONS and (arrived := _arrival(head)) is not None:
        return arrived
    if head.lemma_ in UNITS and (counted := prep_objects(head, {"of", "in"})):
        return counted[0]  # "each additional unit of the index raises Y": the index
    framed = head.lemma_ in FRAME and not any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in head.children)
    framed = framed and not _new_kind(head)
    preps = {"in", "of"} if head.lemma_ in MEASURE else {"of"} if framed else set()  # not "the market scope of X"
    objs = [o for p in head.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children]
    # "an increase of one unit in X", also with 'in X' hung on the unit: X
    objs = [x for o in objs for x in ([o] if o.lemma_ not in UNITS else prep_objects(o, {"in"}))]
    obj = next((o for o in objs if o.dep_ == "pobj"), None)
    named = [  # not a unit: "each 1% increase in X" is X's increase
        c
        for c in head.children
        if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == head.i - 1 and c.lemma_ not in UNITS
    ]
    if head.lemma_ in MEASURE and named and obj is not None and obj.i > head.i and _in_only(head):
        return named[0]  # "carbon reduction in resource-based cities": carbon is reduced, the cities are where
    if obj is None and head.lemma_ in DOWN and head.dep_ != "compound":  # "productivity setbacks"
        obj = next((c for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
    if obj is None or (
        head.lemma_ in WRAPPERS and (obj.lower_ in ACTORS | GEOGRAPHIC or (named and obj.lower_ in PEOPLE))
    ):
        return None  # "the growth of peripheral regions", "the income growth of households": theirs, not them
    if head.lemma_ == "number" and obj.lemma_ in FIRMS and any(c.lower_ == "the" for c in head.children):
        return None  # "the number of new firms" counts them ("a number of firms" is some firms)
    return obj


def _arrival(head: Token) -> Token | None:
    """Where a transition arrives: 'the transformation of X from A to B' names B. 'to B' hangs on
    the head, inside its from-phrase ('from a resource-dependent to an innovative economy') or, with
    a from-phrase, on the verb ('supports the transition from A to B')."""
    froms = [f for f in head.children if f.dep_ == "prep" and f.lower_ == "from"]
    if head.dep_ == "dobj":  # "supporting Hebei's transition from A to B": the parser gives 'from' to the verb
        froms += [f for f in head.head.children if f.dep_ == "prep" and f.lower_ == "from" and f.i > head.i]
    scope = [head, *(t for f in froms for t in f.subtree)]
    if head.dep_ == "dobj" and froms:
        scope.append(head.head)
    dest = [
        o
        for t in scope
        for p in t.children
        if p.dep_ == "prep" and p.lower_ in {"to", "towards", "toward"} and p.i > head.i
        for o in p.children
        if o.dep_ == "pobj" and o.lower_ not in {"one", "ones"}  # 'one driven by X': see canonical_label
    ]
    if not dest or dest[0].lemma_ in POSITIONS:  # "from low-end to high-end" names no place to arrive
        return None
    bare = not any(c.dep_ in {"amod", "compound", "nmod"} for c in dest[0].children)
    if bare and prep_objects(head, {"of"}):
        return None  # "the transformation of manufacturing towards intelligence": named whole
    return dest[0]


def _new_kind(head: Token) -> bool:
    """'new forms of employment', 'emerging types of business': a new kind of X is a concept of
    its own, not X."""
    return head.lemma_ in KINDS and any(c.dep_ == "amod" and c.lower_ in NOVELTY for c in head.children)


def _in_only(head: Token) -> bool:
    """The measure noun's only complement is an 'in' phrase (no 'of': 'a reduction of X')."""
    return {p.lower_ for p in head.children if p.dep_ == "prep"} == {"in"}


def prep_objects(tok: Token, preps: set[str]) -> list[Token]:
    """The objects of ``tok``'s prepositions among ``preps`` ('the effect of X on Y': on → Y)."""
    return [
        o
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ in preps
        for o in p.children
        if o.dep_ in {"pobj", "pcomp"}
    ]


def idiom_object(head: Token) -> Token | None:
    """'take advantage of X', 'make (full) use of X', 'give full play to (the role of) X': the
    idiom's noun names nothing, X does (the parser hangs 'of X' on the noun or on the verb)."""
    if IDIOMS.get(head.lemma_) != head.head.lemma_ or head.dep_ != "dobj":
        return None
    preps = [p for p in (*head.children, *head.head.children) if p.dep_ in {"prep", "dative"} and p.i > head.i]
    obj = next((o for p in preps if p.lower_ in {"of", "to"} for o in p.children if o.dep_ == "pobj"), None)
    if obj is not None and obj.lemma_ == "role":  # "give full play to the role of X"
        obj = next((o for p in obj.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), obj)
    return obj


def _bare_wrapper(tok: Token) -> bool:
    """'the (vigorous) development of X': a wrapper noun with no modifier of its own."""
    return tok.lemma_ in WRAPPERS and not any(
        c.dep_ in {"amod", "compound"} and c.lower_ not in EVALUATIVE for c in tok.children
    )


def split_ends(tok: Token) -> list[Token]:
    """'a series of A and B' / 'the development of A and B' name two concepts, A and B (a frame,
    measure or wrapper noun over a coordination); 'the lack of A and B' names the lack of each."""
    examples = _examples(tok)
    if examples:
        return examples
    if lacking := lacked_list(tok):
        return lacking
    inner = measured(tok)
    if inner == tok and _bare_wrapper(tok):  # "the development of A and B" names A and B
        inner = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children), tok)
    if inner != tok and (examples := _examples(inner)):  # "the level of factors such as A and B"
        return examples
    parts = conjuncts(inner) if inner != tok else []
    return parts if len(parts) > 1 else [tok]  # one part: keep the measure noun (its polarity counts)


def lacked_list(tok: Token) -> list[Token]:
    """The members of a deficiency noun's list ('the lack of A and B': A and B), none for one."""
    if tok.lemma_ not in DEFICIENCY:
        return []
    listed = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    members = conjuncts(listed[0]) if listed and listed[0].dep_ == "pobj" else []
    return members if len(members) > 1 else []


def graded_low(tok: Token, grades: frozenset[str] = LOWER) -> bool:
    """'lower carbon intensity', 'weak resource endowment': the noun (or a compound of it, where the
    parser may hang the adjective: 'weak resource') is graded down."""
    named = [tok, *(c for c in tok.children if c.dep_ == "compound")]
    return any(c.dep_ == "amod" and c.lower_ in grades for t in named for c in t.children)


def _lacked(tok: Token) -> Token | None:
    """The deficiency noun over a list ``tok`` is a member of, so the member is named with it ('the
    lack of A and B': the lack of B), unless the member has a grade of its own ('the lack of A and
    inadequate B': B is inadequate, not lacking)."""
    up = tok
    while up.dep_ in {"conj", "nmod", "compound", "pobj", "prep"} and up.head != up:  # up a list to its head
        up = up.head
        if up.lemma_ in DEFICIENCY:
            return up if tok in lacked_list(up) and not graded_low(tok, LOWER | SHORT) else None
    return None


def bare_change(tok: Token) -> bool:
    """A change noun that names no one's change ('transformation', 'rapid growth'), unlike 'their
    rise', 'industrial upgrading' or 'the growth of X'."""
    owned = any(c.dep_ in {"poss", "det"} for c in tok.children) or bool(prep_objects(tok, {"of"}))
    return tok.lemma_ in CHANGE_NOUNS and not owned and not names_a_kind(tok)


def names_a_kind(change: Token) -> bool:
    """'digital transformation', 'industrial upgrading': a modifier that says what kind of change,
    unlike how fast or how much ('rapid growth')."""
    return any(c.dep_ == "compound" or (c.dep_ == "amod" and c.lower_ not in EVALUATIVE) for c in change.children)


def achieved_by(tok: Token) -> Token | None:
    """Who makes a bare change that a causative's goal names ('helps enterprises achieve
    transformation and upgrading', 'empowers traditional industries to realize upgrading'): the
    change is theirs, and is named so ('transformation of enterprise')."""
    if not bare_change(tok):
        return None
    first = tok
    while first.dep_ == "conj":
        first = first.head
    verb = first.head
    if first.dep_ != "dobj" or verb.lemma_ not in ACHIEVING:
        return None
    agent = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if agent is None and verb.dep_ in {"xcomp", "advcl"} and verb.head.lemma_ in CAUSATIVE:
        agent = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    caused = verb.dep_ in {"ccomp", "xcomp", "advcl"} and verb.head.lemma_ in CAUSATIVE
    return agent if caused and agent is not None and agent.pos_ in {"NOUN", "PROPN"} else None


def achieved_change(tok: Token) -> str | None:
    """The name of a change :func:`achieved_by` gives an owner, its bare conjuncts with it
    ('transformation and upgrading of traditional industry'); None for any other end."""
    owner = achieved_by(tok)
    if owner is None:
        return None
    changes = [tok, *(c for c in tok.children if c.dep_ == "conj" and achieved_by(c) is not None)]
    return f"{' and '.join(_own_phrase(c) for c in changes)} of {phrase(owner)}"


def _examples(tok: Token) -> list[Token]:
    """'brought problems such as A and B': a generic noun that names nothing itself stands for
    its examples (none when the noun is usable on its own)."""
    if tok.lower_ not in GENERIC or usable(tok):
        return []
    listed = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in EXAMPLE_PREPS for o in p.children]
    return [e for o in listed if o.dep_ == "pobj" for e in conjuncts(o) if usable(e)]


def said_to_be_low(subject: Token, words: frozenset[str] = LOWER) -> bool:
    """'X is limited / weak' (or, with ``words``, 'X is insufficient'): the clause grades X down."""
    verb = subject.head
    low = [c for c in verb.children if c.dep_ == "acomp" and c.lower_ in words]
    return (
        subject.dep_ == "nsubj"
        and verb.lemma_ == "be"
        and bool(low)
        and not any(c.dep_ == "neg" for c in verb.children)
        and not any(x.dep_ == "xcomp" for t in (verb, *low) for x in t.children)  # "is insufficient to promote Y"
    )


def falls_short(subject: Token) -> bool:
    """'the water supply is insufficient, resulting in Y': the clause names a shortage of X, a cause
    of its own with the link's sign (as 'the lack of X' is), where 'X is weak' says how much X there
    is (X works against Y)."""
    return said_to_be_low(subject, SHORT)


def phrase(head: Token) -> str:
    """An end's name: a change an agent is helped to achieve is theirs (see :func:`achieved_change`),
    and a subject said to fall short names its shortage ('the water supply is insufficient')."""
    if (change := achieved_change(head)) is not None:
        return change
    name = _end_phrase(head)
    return f"shortage of {name}" if falls_short(head) else name


def _end_phrase(head: Token) -> str:
    taken = head.dep_ == "dobj" and head.head.lemma_ in TAKING and head.head.pos_ == "VERB"
    taking = TAKING[head.head.lemma_] if taken else ""
    if (lack := _lacked(head)) is not None:
        return f"{lack.lemma_} of {_own_phrase(measured(head))}"
    head = measured(head)
    return f"{taking} of {_own_phrase(head)}" if taking else _own_phrase(head)  # "absorbs labor": its absorption


def _own_phrase(head: Token, leave_out: frozenset[int] = frozenset()) -> str:
    toks = [t for t in np_tokens(head) if t.i not in leave_out]
    if head.pos_ in {"VERB", "AUX"} and (what := moved(head)) is not None:
        return f"{MOVING[head.lemma_]} of {phrase(what)}"  # "enabling resources to flow": flow of resources
    if head.pos_ in {"VERB", "AUX"}:  # a gerund: "promoting X" → X
        obj = next((c for c in head.children if c.dep_ in {"dobj", "pobj"}), None)
        if obj is not None and (applied := _applied(head, obj)):
            return applied
        if obj is not None:
            toks = np_tokens(obj)
        else:  # "help Hebei transition to Y": who makes the move is the agent, not part of its name
            agents = [t.i for c in head.children if c.dep_ == "nsubj" and c.i < head.i for t in c.subtree]
            toks = [t for t in toks if t.i not in agents]
    toks = [t for t in toks if t.text not in {"-", "–"}]  # a hyphen the tagger read as a word ("cross - regional")
    chosen, owners = {t.i for t in toks}, set(_owners(head))
    return "".join(
        _word(t, t in owners) + ("" if t.whitespace_ == "" and t.i + 1 in chosen and t.like_num else " ") for t in toks
    ).strip()  # "5G" stays one word


def channel_phrase(tok: Token, cause: Token) -> str:
    """A channel's name: 'the substitution effect of X', as X's channel, is the substitution effect
    (X is the cause; see rewrites.named_effect_of)."""
    owned = frozenset(
        t.i for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" and cause in p.children for t in p.subtree
    )
    return _own_phrase(tok, owned) if owned else phrase(tok)


def _word(tok: Token, owner: bool = False) -> str:
    """A plural owner is named singular, as a modifier is ("farmers' income", "raise their income"
    after "farmers": farmer income); ``owner``: 'their' points back to it."""
    owner = owner or any(c.tag_ == "POS" and c.text in {"'", "’"} for c in tok.children)
    return tok.lemma_ if owner and tok.tag_ == "NNS" and tok.lemma_.isalpha() else tok.text


def moved(verb: Token) -> Token | None:
    """What 'to flow' moves in 'enabling resources to flow between regions' (the object of the
    verb it completes, or its own subject: 'allow data to circulate'); None unless a moving verb
    (lexicon) with no object of its own."""
    if verb.lemma_ not in MOVING or verb.dep_ not in {"xcomp", "ccomp", "advcl"}:
        return None
    if any(c.dep_ == "dobj" for c in verb.children) or not any(c.lower_ == "to" for c in verb.lefts):
        return None
    own = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None)
    return own or next((c for c in verb.head.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}), None)


def _applied(gerund: Token, obj: Token) -> str | None:
    """'Integrating X into Y': the act, named as a noun ('integration of X into Y'); X alone loses
    what the sentence says the act does. Only with where X goes (on the gerund or on X)."""
    noun = APPLYING.get(gerund.lemma_)
    if noun is None:
        return None
    preps = [p for p in (*gerund.children, *obj.children) if p.dep_ == "prep" and p.lower_ in APPLIED_PREPS]
    target = next((o for p in preps for o in p.children if o.dep_ == "pobj"), None)
    if target is None:
        return None
    return f"{noun} of {phrase(obj)} {target.head.lower_} {phrase(target)}"


def _bare_modifier(tok: Token) -> bool:
    """'micro' in 'micro and small businesses': a qualifying word the tagger made a noun, alone,
    joined to a noun that has modifiers of its own; it qualifies that noun."""
    return (
        tok.lower_ in MODIFIER_WORDS
        and all(c.dep_ in {"cc", "conj", "punct"} for c in tok.children)
        and any(c.dep_ == "conj" and any(m.dep_ in {"amod", "compound"} for m in c.children) for c in tok.children)
    )


def conjuncts(tok: Token) -> list[Token]:
    """The token and its later conjuncts, except bare nouns sharing one complement ('the
    transformation and upgrading of X', 'the efficiency and depth of X' are one effect each)."""
    if _bare_modifier(tok):
        return conjuncts(next(c for c in tok.children if c.dep_ == "conj"))
    if _trailing_complement(tok) or _owned_list(tok):
        return [tok]
    if (cat := category(tok)) is not None:
        return [cat]
    out = [tok, *(c for c in tok.children if _coordinated_modifier(c))]
    out += _low_conjuncts(tok)
    for a in tok.children:  # "the breadth of coverage, depth of usage, and level of X": a listed appositive
        if a.dep_ == "appos" and a.pos_ == "NOUN" and any(c.dep_ == "conj" for c in a.children):
            out += [a, *(c for c in a.conjuncts if c.pos_ in {"NOUN", "PROPN"} and c.i > a.i)]
    for c in tok.conjuncts:
        if c.i <= tok.i or c.pos_ not in {"NOUN", "PROPN", "VERB"} or c == binomial_partner(tok):
            continue
        if _shares_complement(c, tok) or _joined_member(c, tok) or _listed_with_own_verb(c):
            continue
        if achieved_by(c) is not None:
            continue  # "achieve transformation and upgrading": one change of theirs, named whole
        out.append(c)
    return out + [m for a in accompanying(tok) for m in conjuncts(a)]


def accompanying(tok: Token) -> list[Token]:
    """'X, together with / along with / alongside Y, raises Z' and 'X as well as Y raises Z': Y is
    a second member (set off by a comma, or a second subject of the same verb)."""
    out = []
    for p in tok.children:
        if p.dep_ != "prep" or p.i == 0 or p.doc[p.left_edge.i - 1].text != ",":
            continue
        marker = p.left_edge.lower_
        if p.lower_ == "along":  # 'along' -> 'with' -> Y
            p = next((c for c in p.children if c.dep_ == "prep" and c.lower_ == "with"), p)
        if marker in {"together", "along", "alongside"}:
            out += [o for o in p.children if o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"}]
    if tok.dep_ in {"nsubj", "nsubjpass"}:
        for other in tok.head.children:
            words = [t.lower_ for t in tok.doc[tok.i + 1 : other.left_edge.i]]
            if other.i > tok.i and other.dep_ == tok.dep_ and words[-3:] == ["as", "well", "as"]:
                out.append(other)
    return out


def _listed_with_own_verb(conj: Token) -> bool:
    """'X has reduced A and expanded B': the parser hangs 'expanded B' on A as a modified conjunct;
    B is the object of its own verb, not a second object of the first."""
    return any(
        v.dep_ == "amod"
        and v.tag_ in {"VBD", "VBN"}
        and v.i > 0
        and v.doc[v.i - 1].lower_ in {"and", ","}
        and cue_at(v, {"CAUSE_POS", "CAUSE_NEG"})
        for v in conj.children
    )


def _low_conjuncts(tok: Token) -> list[Token]:
    """'the specialized evolution within enterprises and collaborative production between them':
    the parser often joins the second member to the object of a preposition that is not part of
    the first one's name; a modified noun there is a member of its own."""
    out = []
    for prep in tok.children:
        if prep.dep_ != "prep" or _part_of_concept(prep, tok) or prep.lower_ in EXAMPLE_PREPS:
            continue  # "X such as A and B": examples, not members
        for obj in prep.children:
            if obj.dep_ == "pobj":
                out += [c for c in obj.conjuncts if c.i > obj.i and any(d.dep_ == "amod" for d in c.children)]
    return out


EXAMPLE_PREPS = frozenset({"as", "like", "including"})


def _fixed_parts(head: Token) -> list[Token]:
    """What a head cannot be named without: the second word of a fixed pair ('innovation and
    entrepreneurship'), the clause that says which 'one' ('from A to one driven by B')."""
    if (partner := binomial_partner(head)) is not None:
        return [head.doc[head.i + 1], *np_tokens(partner)]
    if head.lower_ in {"one", "ones"} and head.dep_ == "pobj":
        return [t for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN" for t in c.subtree]
    if (gerund := _split_gerund(head)) is not None:
        return [gerund]
    return []


def _split_gerund(head: Token) -> Token | None:
    """'changing' in 'achieved lane changing': a bare object noun and the bare gerund right after
    it, which the parser makes a clause of the verb, are one compound noun."""
    if head.dep_ != "dobj" or head.i + 1 >= len(head.doc) or any(c.dep_ != "compound" for c in head.children):
        return None
    gerund = head.doc[head.i + 1]
    bare = all(c.dep_ in {"cc", "conj"} for c in gerund.children)
    return gerund if gerund.tag_ == "VBG" and gerund.dep_ == "advcl" and gerund.head == head.head and bare else None


def binomial_partner(tok: Token) -> Token | None:
    """'entrepreneurship' in 'innovation and entrepreneurship': the second word of a fixed pair
    that names one thing (the lexicon's binomials), joined to ``tok`` by a bare 'and'."""
    if tok.i + 2 >= len(tok.doc) or tok.doc[tok.i + 1].lower_ != "and":
        return None
    partner = tok.doc[tok.i + 2]
    joined = partner.dep_ == "conj" and partner.head == tok
    return partner if joined and f"{tok.lower_} and {partner.lower_}" in BINOMIALS else None


def is_r_and_d(tok: Token) -> bool:
    """'research and development': R&D, a concept, not the paper's (or anyone's) research."""
    return tok.lower_ == "research" and any(c.dep_ == "conj" and c.lower_ == "development" for c in tok.children)


def is_data_analysis(tok: Token) -> bool:
    """'big data analysis', 'data analysis': a technology at work, not the paper's (or anyone's)
    inquiry."""
    return tok.lower_ in {"analysis", "analyses"} and any(
        c.dep_ == "compound" and c.lower_ == "data" for c in tok.children
    )


def usable(tok: Token) -> bool:
    """A phrase head that names something: not a pronoun, not a bare generic noun."""
    word = tok.pos_ in {"NOUN", "PROPN", "VERB", "ADJ", "X"} or any(_written_into(c, tok) for c in tok.children)
    if stands_for(tok) is not None:
        return True
    inquiry = tok.lower_ in INQUIRY_NOUNS and not (is_r_and_d(tok) or is_data_analysis(tok))
    if not word or inquiry:  # "well-being" is read as an AUX
        return False  # the paper's research is no cause; 'research and development' (R&D) is
    if tok.lower_ in GENERIC:  # "other factors such as A and B": examples do not name the head either
        return any(
            (c.dep_ in {"amod", "compound", "prep", "nmod"} and c.lower_ not in EMPTY_MODIFIERS | EXAMPLE_PREPS)
            or (
                c.dep_ == "acl" and tok.lemma_ in CHANCES | ABILITIES and bool(_owners(tok))
            )  # farmers' "their ability to use X"
            for c in tok.children
        )
    return True


RELATIONS = frozenset({"relationship", "relation", "association", "correlation", "nexus", "link"})


def frames_a_link(tok: Token) -> bool:
    """'the moderating effect of M strengthens the impact of X on Y': an end that is itself a link
    or a moderation names no concept."""
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    if tok.lemma_ in RELATIONS and "between" in preps:
        return True  # "a moderating effect on the relationship between X and Y"
    if tok.lemma_ not in LINK_NOUNS:
        return False
    moderating = any(c.dep_ == "amod" and c.lower_.startswith("moderat") for c in tok.children)
    # "the effect of X on Y", also with 'on Y' hung on X by the parser
    inner = {t.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree}
    return moderating or ("of" in preps and "on" in preps | inner)


def names_a_link(tok: Token) -> bool:
    """An effect 'the (emission reduction) effect of X': strengthening it moderates X's link, it
    is no concept of its own; a named phenomenon ('the siphon effect of central cities') is."""
    if any(c.dep_ in {"amod", "compound", "nmod"} and c.lower_ in PHENOMENA for c in tok.children):
        return False
    return tok.lemma_ in LINK_NOUNS and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def restates(tok: Token, other: Token) -> bool:
    """'X has a negative effect on the income gap, that is, it narrows the gap': a bare definite
    noun repeating the head of a fuller name in the same sentence is that name again."""
    bare = all(c.dep_ == "det" for c in tok.children) and not _scope_on_verb(tok)
    fuller = any(c.dep_ in {"amod", "compound", "nmod", "prep"} for c in other.children)
    return bare and fuller and tok.i != other.i and tok.lemma_ == other.lemma_


def points_back(tok: Token) -> bool:
    """'bridge these differences': an effect named only by pointing back, with nothing of its own."""
    det = any(c.dep_ == "det" and c.lower_ in {"these", "those", "such"} for c in tok.children)
    return det and not any(c.dep_ in {"amod", "compound", "prep", "nmod"} for c in tok.children)
