"""The ``kg_verb_repair_v10`` spaCy component (versioned: bump when output changes).

The small tagger sometimes reads a verb as another part of speech, so the cue patterns, which ask
for a verb, miss the clause's predicate:
- as an adjective ('it can also indirectly suppress carbon emissions': 'suppress' JJ; 'Digital
  technologies lower the cost of information': 'lower' JJR), though the parser gives it a modal or
  a subject and an object: an adjective takes no direct object, so such a word is a verb (the
  subject case is v2);
- after a counted subject, as the head noun of one phrase ('The three promote and complement each
  other ...': [The three promote] read as a noun phrase): a sentence root that is a noun with
  nothing before it but a determiner and a number, coordinated with a verb, is that verb's
  coordinate and the number its subject (v2).
- at the end of a sentence, as a plural noun ('the entrepreneurial activity of low-income groups
  increases': 'groups increases' read as one noun phrase): in a sentence with no verb at all whose
  root is a noun, a last word (before a 'by 12%' since v9) that is a plural noun of change
  ('increases', 'falls') is the verb,
  the root its subject, the noun before it the object of the preposition, and what opened the
  sentence ('Consequently,') hangs on the verb (v3);
- as the plural head noun of its own subject ('Digital finance exerts a significant negative effect
  on Y': [Digital finance exerts] read as one noun phrase): a noun takes no direct object, so a
  root plural noun with an object and a noun modifier before it is a verb, that modifier its
  subject (v4);
- listed with the object before it ('X creates new jobs and crowds out Y': 'crowds' a coordinate
  of 'jobs', 'out' a particle of 'creates' or a preposition over Y): a noun takes no particle, so
  it is the verb's coordinate and Y its object (v5);
- as a clause between an owner and its noun ('The digital economy's promoting effect on Y'): an
  owner marked by "'s" is no subject, so the participle modifies the noun (v5);
- after 'first' as a noun ('The impact of X on the gap first increases and then decreases'): the
  change noun is the sentence's verb, as in v3 (v5);
- as the root of a sentence with no verb, its object read as an apposition ('High-speed rail
  shortens the travel time', 'Fintech development crowds out bank lending'): as in v4, with the
  apposition as the object and a particle read as a preposition as the particle (v6);
- as a noun modifier of its own object before an infinitive ('Environmental regulation forces
  enterprises to upgrade Y', the root 'to upgrade'): an infinitive is no main verb, so the plural
  noun between two nouns is, the infinitive its complement (v6);
- a past form coordinated with a present-tense root after a relative perfect ('X relies on Y,
  which has dealt A, achieved B, and absorbed C': 'achieved' hung on 'relies', so X achieved B):
  it continues the relative clause, whose 'has' and 'which' it shares (v6);
- listed with the first verb's prepositional object ('X may lead to monopoly and harm consumer
  welfare': 'harm' a coordinate of 'monopoly'): a verb with its own object is that verb's
  coordinate, not a noun's (v6);
- as a noun modifier right after the 'and' of an object list ('relaxes liquidity constraints and
  lowers transaction costs'): a cue verb's name there is the first verb's coordinate (v6);
- as a noun modifier between its subject and its object in a sentence with no verb outside a
  relative clause ('The digital economy fosters entrepreneurship, which in turn boosts Y',
  'Digital finance curbs carbon emissions through two channels'): a cue verb's plural name there
  is the verb (v7);
- as an adjective right after the 'and' of a past verb's object list ('has intensified market
  concentration and weakened competition': 'weakened' JJ on 'competition'): a cue verb's past form
  there is the first verb's coordinate, unless it names a kind ('and advanced manufacturing'), and
  so is a base form after the comma or 'and' of a base-form verb's object list ('reduce A, lower
  search costs, and improve B': 'lower' JJR), unless the list's objects are graded ('higher
  incomes, lower costs'); an adjective coordinated with a verb shares its subject, so with an
  object it is a verb ('can expand credit, narrow the income gap'); and a cue verb that keeps its
  tag but hangs on its object after 'This' or 'It' ('This stimulates innovation.' read as one noun
  phrase) is the verb, as a plural name is in v7 (v8);
- before a participle that modifies its object ('Environmental regulation forces polluting
  enterprises to carry out Y': 'forces' the subject of a root 'polluting'): a participle with no
  auxiliary between a cue or causative verb's plural name and its own object is no main verb; and
  a causative's complement read as a participle with the object ('encourages [polluting
  enterprises] to V Y'): the participle modifies the noun, the causative's object; and a subject
  list split in two ('Big data, cloud computing and AI have accelerated Y': 'data' and 'computing'
  both subjects) is one list again; and a cue verb's past form read as an adjective after the
  'and' of a verb's object list also where the parser hangs its noun on the verb itself ('has
  shortened the cycle and improved customer satisfaction'); a cue verb's participle read as an
  adjective on its object after a comma ('..., further aggravating regional imbalance'), which
  continues the main clause; and a cue verb read as the last noun of the root's 'of' phrase, its
  object as the root's apposition ('The improvement of transportation infrastructure shortens the
  distance ...') (v9);
- as a plural noun listed with a noun modifier of the object ('harms consumer welfare and
  suppresses innovation': 'suppresses' a conjunct of 'welfare', both modifying 'innovation'): a
  cue verb's plural name right after the 'and', right before the noun, is the first verb's
  coordinate, that noun its object (v10).
All are retagged (and the subject attached) before the cues are marked.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Any

import numpy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extract.cues import load_patterns
from extract.mechanisms.clauses import REASON_MARKERS
from extract.mechanisms.lexicon import (
    CAUSATIVE,
    FALLING_VERBS,
    KIND_PARTICIPLES,
    PARTICLES,
    RISING_VERBS,
    SEQUENCE_OPENERS,
    SHIFTING_VERBS,
)

# the lemmas the causal verb cues ask for (a plural noun with one of these names may be a misread verb)
CUE_VERBS = frozenset(
    lemma
    for row in load_patterns(("causal_cues",))
    if row["label"] in {"CAUSE_POS", "CAUSE_NEG"} and isinstance(row["pattern"][0].get("LEMMA"), dict)
    for lemma in row["pattern"][0]["LEMMA"].get("IN", [])
)

CHANGE_VERBS = RISING_VERBS | FALLING_VERBS | SHIFTING_VERBS


def _adjective_with_object(tok: Token) -> bool:
    """An adjective takes no direct object: with one and a modal or a subject (or coordinated with a
    verb, whose subject it shares: 'can expand credit, narrow the income gap') it is a verb."""
    deps = {(c.dep_, c.tag_) for c in tok.children}
    subject = ("aux", "MD") in deps or any(d in {"nsubj", "nsubjpass"} for d, _ in deps)
    subject = subject or (tok.dep_ == "conj" and tok.head.pos_ == "VERB")
    return tok.pos_ == "ADJ" and subject and any(d == "dobj" for d, _ in deps)


def _counted_subject(tok: Token) -> Token | None:
    """The number a misread root verb has for its subject ('The three' of 'The three promote ...')."""
    if tok.dep_ != "ROOT" or tok.pos_ != "NOUN" or not any(c.dep_ == "conj" and c.pos_ == "VERB" for c in tok.children):
        return None
    left = list(tok.lefts)
    if not left or any(c.dep_ not in {"det", "nummod", "predet"} for c in left):
        return None
    return next((c for c in reversed(left) if c.dep_ == "nummod"), None)


def _final_verb(sent: Span) -> Token | None:
    """The change verb read as the last noun of a verbless sentence ('... low-income groups increases.')."""
    root = sent.root
    if root.pos_ != "NOUN" or any(t.pos_ in {"VERB", "AUX"} for t in sent):
        return None
    last = next((t for t in reversed(sent) if not t.is_punct), None)
    size = next((t for t in sent if t.lower_ == "by" and t.dep_ == "prep" and t.i > root.i), None)
    if last is not None and size is not None and last in size.subtree and size.i > sent.start:
        last = sent.doc[size.i - 1]  # "... the risk of poverty decreases by 12%": the size comes after
    if last is None or last.i <= root.i or last.tag_ != "NNS" or last.lemma_ not in CHANGE_VERBS:
        return None
    if last.dep_ != "pobj" or not any(c.dep_ == "compound" and c.i == last.i - 1 for c in last.children):
        return None
    return last


def _glued_subject(tok: Token) -> Token | None:
    """The subject a root verb read as a plural noun has swallowed ('finance' of 'Digital finance
    exerts a ... effect'): a noun takes no direct object; nor is a sentence without a verb, whose
    object the parser then reads as an apposition ('High-speed rail shortens [the travel time]',
    'Fintech development crowds out [bank lending]')."""
    if (
        tok.dep_ != "ROOT"
        or tok.tag_ != "NNS"
        or not (any(c.dep_ == "dobj" for c in tok.children) or _apposed_object(tok) is not None)
    ):
        return None
    left = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"}]
    return left[-1] if left and left[-1].i == tok.i - 1 else None


def _apposed_object(tok: Token) -> Token | None:
    """The object of a verbless sentence's root read as its apposition, right after it (or after
    its particle, read as a preposition): the noun that opens the phrase after the root."""
    if any(t.pos_ in {"VERB", "AUX"} for t in tok.sent):
        return None
    start = tok.i + 1
    if start < len(tok.doc) and tok.doc[start].lower_ in PARTICLES:
        start += 1  # "crowds out [bank lending]"
    noun = next((c for c in tok.children if c.dep_ == "appos"), None)
    return noun if noun is not None and noun.left_edge.i == start else None


def _particle_verb(tok: Token) -> tuple[Token, Token] | None:
    """The verb of a phrasal verb read as a plural noun listed with the object before it ('X creates
    new jobs and crowds out Y': 'crowds' a coordinate of 'jobs', its 'out' on 'creates'): a noun
    takes no particle, so the word is the verb's coordinate; returns (verb, particle)."""
    if tok.tag_ != "NNS" or tok.dep_ != "conj" or tok.i + 1 >= len(tok.doc) or tok.head.dep_ != "dobj":
        return None
    particle, verb = tok.doc[tok.i + 1], tok.head.head
    if verb.pos_ != "VERB" or particle.lower_ not in PARTICLES:
        return None
    if particle.dep_ == "prt" and particle.head == verb:
        return verb, particle
    # or 'out' read as a preposition of the object ('raises rates and crowds out [private investment]')
    taken = particle.dep_ == "prep" and particle.head in {tok, tok.head}
    return (verb, particle) if taken and any(c.dep_ == "pobj" for c in particle.children) else None


def _owned_modifier(tok: Token) -> tuple[Token, Token] | None:
    """A participle between an owner and its noun read as a clause ('The digital economy's promoting
    effect on Y is stronger ...': 'economy' the subject of 'promoting', 'effect' its object): an
    owner marked by "'s" is no subject, so the participle modifies the noun; returns (owner, noun)."""
    if tok.tag_ != "VBG" or tok.i + 1 >= len(tok.doc):
        return None
    owner = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    noun = tok.doc[tok.i + 1]
    if owner is None or not any(c.dep_ == "case" and c.tag_ == "POS" for c in owner.children):
        return None
    return (owner, noun) if noun.head == tok and noun.dep_ == "dobj" and noun.pos_ == "NOUN" else None


def _sequence_verb(sent: Span) -> Token | None:
    """The first change verb of a sequence read as a noun ('The impact of X on the gap first
    increases and then decreases': 'gap first increases' one noun phrase, 'decreases' a verb): a
    change noun after 'first' or 'initially' with the noun before it as a modifier is the verb."""
    root = sent.root
    if root.pos_ != "NOUN":
        return None
    for tok in sent:
        if tok.tag_ != "NNS" or tok.lemma_ not in CHANGE_VERBS or tok.dep_ != "pobj" or tok.i < 2:
            continue
        first, noun = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
        if first.lower_ in SEQUENCE_OPENERS and first.head == tok and noun.head == tok and noun.pos_ == "NOUN":
            return tok
    return None


def _glued_causative(sent: Span) -> Token | None:
    """The verb read as a noun modifier of its own object when an infinitive follows
    ('Environmental regulation forces enterprises to upgrade Y': 'regulation forces enterprises' one
    noun phrase, the subject of a root 'to upgrade'): an infinitive with 'to' is no sentence's main
    verb, so the plural noun between two nouns before it is the verb."""
    root = sent.root
    if root.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in root.children):
        return None
    obj = next((c for c in root.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    verb = sent.doc[obj.i - 1] if obj is not None and obj.i > sent.start + 1 else None
    if verb is None or verb.tag_ != "NNS" or verb.dep_ != "compound" or verb.head != obj:
        return None
    subject = sent.doc[verb.i - 1]
    return verb if subject.pos_ in {"NOUN", "PROPN"} and subject.head == verb else None


def _as_causative(sent: Span, verb: Token) -> None:
    """Hang the sentence on ``verb``: the noun before it its subject, the noun after it its object,
    the infinitive its complement (all heads set at once: spaCy keeps the sentence whole)."""
    doc, root = sent.doc, sent.root
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    obj, subject = doc[verb.i + 1], doc[verb.i - 1]
    heads[verb.i], deps[verb.i] = verb.i, "ROOT"
    heads[subject.i], deps[subject.i] = verb.i, "nsubj"
    heads[obj.i], deps[obj.i] = verb.i, "dobj"
    heads[root.i], deps[root.i] = verb.i, "xcomp"
    for c in root.children:
        if c.is_punct and c.i == sent.end - 1:
            heads[c.i] = verb.i  # the full stop
    _set_heads(doc, heads, deps)


def _glued_verb(sent: Span) -> Token | None:
    """The verb read as a noun modifier of its own object in a sentence with no verb outside a
    relative clause ('The digital economy fosters entrepreneurship, which in turn boosts Y' and
    'Digital finance curbs carbon emissions through two channels': [economy fosters
    entrepreneurship] one noun phrase, the root): a cue verb's name, plural, between the noun it
    hangs on and the noun before it, is the verb."""
    root = sent.root
    verbs = [
        t for t in sent if t.pos_ in {"VERB", "AUX"} and not any(a.dep_ in {"relcl", "acl"} for a in (t, *t.ancestors))
    ]
    if root.pos_ not in {"NOUN", "PROPN"} or len(verbs) > 1:
        return None
    for verb in sent.doc[sent.start + 1 : root.i]:
        subject = sent.doc[verb.i - 1]
        if verbs and verb != verbs[0]:
            continue
        # "This stimulates innovation": the verb kept its tag but hangs on the noun, 'This' its determiner
        glued = verb.tag_ == "NNS" or (verb.tag_ in {"VBZ", "VBD"} and subject.lower_ in {"this", "it"})
        if (
            glued
            and verb.dep_ == "compound"
            and verb.lemma_ in CUE_VERBS
            and (verb.head == root or root in verb.head.ancestors)
            and (subject.pos_ in {"NOUN", "PROPN"} or subject.lower_ in {"this", "it"})
            and subject.head in {verb, root}
        ):
            return verb
    return None


def _as_glued_verb(sent: Span, verb: Token) -> None:
    """Hang the sentence on ``verb``: the noun before it (with its determiner and modifiers) its
    subject, the root noun phrase it sat in its object, anything fronted and the full stop on it."""
    doc, root = sent.doc, sent.root
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    subject = doc[verb.i - 1]
    for t in sent:
        if t.i < subject.i and t.head == root:
            heads[t.i] = subject.i if t.dep_ in {"det", "amod", "compound", "nummod", "poss", "nmod"} else verb.i
        if t.is_punct and t.i == sent.end - 1 and t.head == root:
            heads[t.i] = verb.i
    heads[verb.i], deps[verb.i] = verb.i, "ROOT"
    heads[subject.i], deps[subject.i] = verb.i, "nsubj"
    heads[root.i], deps[root.i] = verb.i, "dobj"  # the noun phrase the verb hung in is its object
    _set_heads(doc, heads, deps)
    if doc[subject.i].pos_ == "DET":
        doc[subject.i].pos_ = "PRON"  # "This stimulates Y": a demonstrative standing alone


def _listed_verb(tok: Token) -> Token | None:
    """The verb a second predicate belongs to when the parser lists it with the first one's
    prepositional object ('X may lead to monopoly and harm consumer welfare': 'harm' a coordinate
    of 'monopoly'): a noun is not coordinated with a verb that has an object of its own."""
    noun = tok.head
    if tok.dep_ != "conj" or tok.pos_ != "VERB" or tok.tag_ not in {"VB", "VBZ", "VBP", "VBD"}:
        return None
    if noun.dep_ != "pobj" or noun.pos_ != "NOUN" or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    has_object = any(c.dep_ == "dobj" for c in tok.children)
    return verb if verb.pos_ == "VERB" and has_object else None


def _listed_noun_verb(tok: Token) -> Token | None:
    """The verb a cue verb read as a noun modifier continues ('relaxes liquidity constraints and
    lowers transaction costs': 'lowers' a compound of 'costs', 'costs' a conjunct of the object):
    a cue verb's name right after the 'and' of an object list, before a noun, is the verb's
    coordinate, the noun its object."""
    if tok.tag_ != "NNS" or tok.dep_ != "compound" or _s_lemma(tok.lower_) is None:
        return None
    return _object_list_verb(tok, {"and"})


def _modifier_list_verb(tok: Token) -> Token | None:
    """The verb a cue verb read as a noun listed with its object's modifier continues ('harms
    consumer welfare and suppresses innovation': 'suppresses' a conjunct of 'welfare', both noun
    modifiers of 'innovation', the object): a cue verb's plural name right after the 'and', right
    before the noun its list modifies, is the verb's coordinate, that noun its object."""
    first, obj = tok.head, tok.head.head
    if tok.tag_ != "NNS" or tok.dep_ != "conj" or _s_lemma(tok.lower_) is None or tok.doc[tok.i - 1].lower_ != "and":
        return None
    if first.dep_ not in {"nmod", "compound"} or obj.dep_ != "dobj" or obj.i != tok.i + 1:
        return None
    return obj.head if obj.head.pos_ == "VERB" else None


def _as_modifier_list_verb(tok: Token, verb: Token) -> None:
    """'suppresses' in 'harms A and suppresses B': the first verb's coordinate, with B as its object
    and A, the list's first member, the first verb's."""
    first, obj = tok.head, tok.head.head
    for cc in (c for c in first.children if c.dep_ == "cc" and c.i == tok.i - 1):
        cc.head = verb
    first.head, first.dep_ = verb, "dobj"
    tok.head, tok.dep_ = verb, "conj"
    obj.head, obj.dep_ = tok, "dobj"
    tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBZ", _s_lemma(tok.lower_)


def _object_list_verb(tok: Token, after: set[str]) -> Token | None:
    """The verb whose object list ``tok`` sits in: right after one of ``after`` ('and', ','), on a
    noun that is a conjunct of the verb's object, or of the verb itself ('has shortened the cycle
    and improved customer satisfaction': 'satisfaction' hung on 'shortened')."""
    noun = tok.head
    if tok.i == 0 or tok.doc[tok.i - 1].lower_ not in after or noun.dep_ != "conj":
        return None
    verb = noun.head.head if noun.head.dep_ == "dobj" else noun.head
    if noun.head.dep_ != "dobj" and not any(c.dep_ == "dobj" for c in verb.children):
        return None  # a noun listed with the verb, but no object list
    return verb if verb.pos_ == "VERB" else None


def _relative_coordinate(tok: Token) -> Token | None:
    """The relative clause verb a past participle continues ('X relies on Y, which has dealt A,
    achieved B, and absorbed C': 'achieved' hung on 'relies'): a past form without subject or
    auxiliary coordinated with a present-tense root belongs with the perfect ('has dealt') of the
    relative clause between them, which lends it its 'has' and its 'which'."""
    root = tok.head
    if tok.dep_ != "conj" or tok.tag_ not in {"VBD", "VBN"} or root.dep_ != "ROOT" or root.tag_ not in {"VBZ", "VBP"}:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in tok.children):
        return None
    relatives = [
        t
        for t in tok.doc[root.i + 1 : tok.i]
        if t.dep_ == "relcl" and t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in t.children)
    ]
    return relatives[-1] if relatives and root in relatives[-1].ancestors else None


def _set_heads(doc: Doc, heads: list[int], deps: list[str]) -> None:
    """Set every head and label at once (spaCy keeps the sentence whole)."""
    offsets = numpy.array([h - i for i, h in enumerate(heads)], dtype="int64").astype("uint64")
    labels = numpy.array([doc.vocab.strings.add(d) for d in deps], dtype="uint64")
    doc.from_array([HEAD, DEP], numpy.stack([offsets, labels], axis=1))


def _make_root(sent: Span, verb: Token) -> None:
    """Hang the sentence on ``verb`` (all heads set at once: spaCy keeps the sentence whole)."""
    doc, root = sent.doc, sent.root
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    adverb = doc[verb.i - 1] if doc[verb.i - 1].lower_ in SEQUENCE_OPENERS else None
    noun = doc[verb.i - 2] if adverb is not None else doc[verb.i - 1]
    heads[noun.i], deps[noun.i] = verb.head.i, "pobj"  # 'groups', the object of 'of'
    for c in verb.children:
        if c.i < noun.i:
            heads[c.i] = noun.i  # its other modifiers go with it
    if adverb is not None:
        deps[adverb.i] = "advmod"
    heads[verb.i], deps[verb.i] = verb.i, "ROOT"
    heads[root.i], deps[root.i] = verb.i, "nsubj"
    subject_start = min(
        [root.i, *(c.i for c in root.children if c.dep_ in {"det", "amod", "compound", "poss", "nummod"})]
    )
    for c in root.children:
        if c.i < subject_start or (c.i > verb.i and (c.is_punct or c.dep_ in {"cc", "conj"})):
            heads[c.i] = verb.i  # 'Consequently,', 'In this case,', the full stop and 'and then decreases' too
    _set_heads(doc, heads, deps)


def _as_modifier(tok: Token, owner: Token, noun: Token) -> None:
    """'promoting' in "The digital economy's promoting effect on Y": the noun takes the
    participle's place, the owner and the participle hang on it, and so does 'on Y'."""
    rest = [c for c in tok.children if c.i > noun.i]
    noun.head, noun.dep_ = tok.head, "nsubj" if tok.dep_ in {"csubj", "nsubj"} else tok.dep_
    tok.head, tok.dep_, owner.head, owner.dep_ = noun, "amod", noun, "poss"
    for c in rest:
        c.head = noun
    tok.pos_, tok.tag_ = "ADJ", "JJ"


def _as_coordinate(tok: Token, verb: Token, particle: Token) -> None:
    """'crowds' in 'creates new jobs and crowds out Y': a coordinate of the verb, with its particle
    and the object after it."""
    after = [c for c in (*verb.children, *particle.children) if c.dep_ in {"dobj", "pobj"} and c.i > particle.i]
    tok.head, particle.head, particle.dep_ = verb, tok, "prt"
    for obj in after:
        obj.head, obj.dep_ = tok, "dobj"
    tok.pos_, tok.tag_ = "VERB", "VBZ"


def _listed_adjective_verb(tok: Token) -> Token | None:
    """The past verb a cue verb's participle, read as an adjective, continues ('has intensified
    market concentration and weakened competition': 'weakened' JJ on 'competition', a conjunct of
    the object): right after the 'and' of a past verb's object list it is that verb's coordinate
    (not a participle that names a kind: 'and advanced manufacturing')."""
    if tok.tag_ != "JJ" or tok.dep_ != "amod" or tok.lower_ in KIND_PARTICIPLES or _past_lemma(tok.lower_) is None:
        return None
    verb = _object_list_verb(tok, {"and"})
    return verb if verb is not None and verb.tag_ in {"VBD", "VBN"} else None


def _listed_base_verb(tok: Token) -> Token | None:
    """The verb a cue verb's base form continues where the tagger reads it as an adjective on the
    next object ('reduce information asymmetry, lower search costs, and improve Y': 'lower' JJR on
    'costs', a conjunct of the first object): after the comma or 'and' of a base-form verb's object
    list (not one of adjectives: 'bring higher incomes, lower costs')."""
    if tok.tag_ not in {"JJ", "JJR"} or tok.dep_ != "amod" or tok.lower_ not in CUE_VERBS:
        return None
    if any(c.dep_ == "amod" and c.tag_ in {"JJR", "JJS"} for c in tok.head.head.children):
        return None  # "higher incomes, lower costs": a list of graded objects
    verb = _object_list_verb(tok, {",", "and"})
    return verb if verb is not None and verb.tag_ in {"VB", "VBP"} else None


def _listed_form(tok: Token) -> tuple[Token, str] | None:
    """The verb a cue verb read as an adjective in an object list continues, and the cue's lemma."""
    if (verb := _listed_base_verb(tok)) is not None:
        return verb, tok.lower_
    if (verb := _listed_adjective_verb(tok)) is not None:
        return verb, _past_lemma(tok.lower_) or tok.lower_
    return None


def _ing_lemma(word: str) -> str | None:
    """The cue verb a present participle belongs to ('aggravating', 'promoting'), if any."""
    if not word.endswith("ing"):
        return None
    return next((s for s in (word[:-3], word[:-3] + "e") if s in CUE_VERBS), None)


def _past_lemma(word: str) -> str | None:
    """The cue verb a past form belongs to ('weakened', 'reduced', 'intensified'), if any."""
    if not word.endswith("ed"):
        return None
    stems = (word[:-2], word[:-1], word[:-3] + "y", word[:-3])  # weaken, reduce, intensify, cut-ted
    return next((s for s in stems if s in CUE_VERBS), None)


def _s_lemma(word: str) -> str | None:
    """The cue verb a third-person form belongs to ('lowers', 'reduces', 'suppresses'), if any."""
    if not word.endswith("s"):
        return None
    return next((s for s in (word[:-1], word[:-2], word[:-3] + "y") if s in CUE_VERBS), None)


def _continued_verb(tok: Token) -> Token | None:
    """The verb a misattached coordinate continues (see the two readers above)."""
    relative = _relative_coordinate(tok)
    return relative if relative is not None else _listed_verb(tok)


def _as_listed_verb(tok: Token, verb: Token) -> None:
    """'lowers' in 'relaxes A and lowers B': the first verb's coordinate, with B as its object."""
    noun = tok.head
    for cc in (c for c in (*noun.head.children, *noun.children) if c.dep_ == "cc" and c.i == tok.i - 1):
        cc.head = verb
    tok.head, tok.dep_ = verb, "conj"
    noun.head, noun.dep_ = tok, "dobj"
    tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBZ", _s_lemma(tok.lower_)


def _rehang_coordinate(tok: Token, relative: Token) -> None:
    """'achieved' (and the 'and' before it) hung on the verb it continues."""
    for cc in (c for c in tok.head.children if c.dep_ == "cc" and c.i == tok.i - 1):
        cc.head = relative
    tok.head = relative


def _as_subject_verb(tok: Token, subject: Token) -> None:
    """A root plural noun as the verb of the noun before it, with an apposition as its object."""
    apposed = _apposed_object(tok)
    for mod in [c for c in tok.lefts if c.i < subject.i]:
        mod.head = subject  # "Digital" goes with "finance"
    subject.dep_ = "nsubj"
    if apposed is not None:
        apposed.dep_ = "dobj"
        particle = tok.doc[tok.i + 1]
        if particle.lower_ in PARTICLES and particle.head == tok:
            particle.dep_, particle.pos_, particle.tag_ = "prt", "ADP", "RP"
    tok.pos_, tok.tag_ = "VERB", "VBZ"


def _as_counted_verb(tok: Token, subject: Token) -> None:
    for det in (c for c in tok.lefts if c.dep_ in {"det", "predet"}):
        det.head = subject
    subject.dep_ = "nsubj"
    tok.pos_, tok.tag_ = "VERB", "VBZ" if tok.tag_ == "NNS" else "VBP"


def _as_listed_form(tok: Token, listed: tuple[Token, str]) -> None:
    verb, lemma = listed
    _as_listed_verb(tok, verb)
    tok.tag_, tok.lemma_ = verb.tag_, lemma


def _sequence_or_final_verb(sent: Span) -> Token | None:
    verb = _final_verb(sent)
    return verb if verb is not None else _sequence_verb(sent)


def _verb_before_participle(sent: Span) -> Token | None:
    """The verb read as the subject of a participle that modifies its object ('Environmental
    regulation forces polluting enterprises to carry out Y': 'forces' a plural noun, the subject of
    a root 'polluting'): a participle with no auxiliary, right after that noun and right before its
    own object, is no main verb, so a cue or causative verb's name before it, after its own
    subject, is the verb."""
    root = sent.root
    if root.tag_ != "VBG" or any(c.dep_ in {"aux", "auxpass"} for c in root.children):
        return None
    verb = next((c for c in root.children if c.dep_ == "nsubj" and c.i == root.i - 1), None)
    obj = next((c for c in root.children if c.dep_ == "dobj" and c.i == root.i + 1 and c.pos_ == "NOUN"), None)
    if verb is None or obj is None or verb.tag_ not in {"NNS", "VBZ"} or verb.lemma_ not in CUE_VERBS | CAUSATIVE:
        return None
    subject = next((c for c in verb.children if c.i == verb.i - 1 and c.pos_ in {"NOUN", "PROPN"}), None)
    return verb if subject is not None and subject.dep_ in {"compound", "nmod"} else None


def _participle_object(tok: Token) -> Token | None:
    """The object a participle modifies when read as a causative verb's complement ('encourages
    polluting enterprises to carry out Y': 'polluting' the complement, 'enterprises' its object,
    the infinitive its): the causative's object is the noun, which the infinitive's act is of."""
    verb = tok.head
    if tok.tag_ != "VBG" or tok.dep_ != "xcomp" or verb.lemma_ not in CAUSATIVE or tok.i != verb.i + 1:
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i == tok.i + 1 and c.pos_ == "NOUN"), None)
    infinitive = any(c.dep_ in {"xcomp", "advcl"} and any(a.lower_ == "to" for a in c.children) for c in tok.children)
    return obj if infinitive else None


def _as_participle_modifier(tok: Token, obj: Token) -> None:
    verb = tok.head
    for c in tok.children:
        if c is not obj:
            c.head = verb  # "to carry out Y"
    obj.head, obj.dep_ = verb, "dobj"
    tok.head, tok.dep_ = obj, "amod"


def _comma_participle(tok: Token) -> Token | None:
    """The verb a cue verb's participle, read as an adjective on its own object after a comma,
    continues ('X may lead to a Matthew effect, further aggravating regional imbalance':
    'aggravating' JJ on 'imbalance', which the parser made the verb's object): a participle
    clause after the main clause; returns that main verb."""
    if tok.tag_ != "JJ" or tok.dep_ != "amod" or _ing_lemma(tok.lower_) is None:
        return None
    noun, before = tok.head, tok.doc[tok.i - 1] if tok.i > 0 else tok
    while before.pos_ == "ADV" and before.i > 0:
        before = tok.doc[before.i - 1]  # "further", "thereby"
    verb = noun.head
    if before.text != "," or noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.i > before.i:
        return None
    return verb


def _as_comma_participle(tok: Token, verb: Token) -> None:
    noun = tok.head
    for adverb in (t for t in tok.doc[max(0, tok.i - 3) : tok.i] if t.pos_ == "ADV" and t.head == noun):
        adverb.head = tok
    tok.head, tok.dep_ = verb, "advcl"
    noun.head, noun.dep_ = tok, "dobj"
    tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBG", _ing_lemma(tok.lower_) or tok.lemma_


def _as_verb_before_participle(sent: Span, verb: Token) -> None:
    """Hang the sentence on ``verb``: the noun before it its subject, the participle a modifier of
    its object, which is the verb's, and the rest of the participle's clause on the verb."""
    doc, root = sent.doc, sent.root
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    subject, obj = doc[verb.i - 1], doc[root.i + 1]
    for c in verb.children:
        if c.i < subject.i:
            heads[c.i] = subject.i  # "Environmental" goes with "regulation"
    heads[verb.i], deps[verb.i] = verb.i, "ROOT"
    heads[subject.i], deps[subject.i] = verb.i, "nsubj"
    heads[root.i], deps[root.i] = obj.i, "amod"
    heads[obj.i], deps[obj.i] = verb.i, "dobj"
    for c in root.children:
        if c.i not in {verb.i, obj.i}:
            heads[c.i] = verb.i  # "to carry out Y", the full stop
    _set_heads(doc, heads, deps)


# sentence repairs, first match wins: the misread verb's finder and what rehangs the sentence on it
def _of_object_verb(sent: Span) -> Token | None:
    """The verb read as the last noun of the root's 'of' phrase, its object as the root's
    apposition ('The improvement of transportation infrastructure shortens the distance ...':
    [infrastructure shortens] one noun phrase): a cue verb's plural name there, right before the
    apposition, is the verb."""
    root = sent.root
    if root.pos_ != "NOUN":
        return None
    for tok in sent:
        if tok.tag_ != "NNS" or tok.dep_ != "pobj" or tok.lemma_ not in CUE_VERBS or tok.i + 1 >= sent.end:
            continue
        of, noun_before = tok.head, tok.doc[tok.i - 1]
        if of.lower_ == "of" and of.head == root and _apposed_after(tok) is not None and noun_before.head == tok:
            return tok
    return None


def _apposed_after(tok: Token) -> Token | None:
    """The root's apposition that opens right after ``tok`` (the object of a verb misread there)."""
    return next((c for c in tok.sent.root.children if c.dep_ == "appos" and c.left_edge.i == tok.i + 1), None)


def _as_of_object_verb(sent: Span, verb: Token) -> None:
    """Hang the sentence on ``verb`` as at a sentence's end (the noun before it the 'of' object),
    the apposition its object and verbs listed with that object its coordinates."""
    obj = _apposed_after(verb)
    _make_root(sent, verb)
    if obj is None:
        return
    obj.head, obj.dep_ = verb, "dobj"
    for c in obj.children:
        if c.dep_ in {"cc", "conj"} and (c.pos_ == "VERB" or c.dep_ == "cc"):
            c.head = verb  # "... and promotes the formation of Y"


SENTENCE_REPAIRS = (
    (_glued_causative, _as_causative),
    (_verb_before_participle, _as_verb_before_participle),
    (_glued_verb, _as_glued_verb),
    (_of_object_verb, _as_of_object_verb),
    (_sequence_or_final_verb, _make_root),
)


# word repairs, first match wins: the finder (what it finds, or None) and what rehangs the word
WORD_REPAIRS: tuple[tuple[Callable[[Token], Any], Callable[[Token, Any], None]], ...] = (
    (_counted_subject, _as_counted_verb),
    (_owned_modifier, lambda tok, found: _as_modifier(tok, *found)),
    (_particle_verb, lambda tok, found: _as_coordinate(tok, *found)),
    (_continued_verb, _rehang_coordinate),
    (_listed_noun_verb, _as_listed_verb),
    (_modifier_list_verb, _as_modifier_list_verb),
    (_listed_form, _as_listed_form),
    (_glued_subject, _as_subject_verb),
    (_participle_object, _as_participle_modifier),
    (_comma_participle, _as_comma_participle),
)


def _repair_word(tok: Token) -> None:
    if _adjective_with_object(tok):
        tok.pos_, tok.tag_ = "VERB", "VB"
        tok.lemma_ = tok.lower_
        return
    for find, fix in WORD_REPAIRS:
        if (found := find(tok)) is not None:
            fix(tok, found)
            return


def _join_split_subjects(doc: Doc) -> None:
    """'Big data, cloud computing and AI have accelerated Y': the parser gave the verb two
    subjects, 'data' and 'computing' (with 'AI' its conjunct); a subject right after the comma that
    closes the one before it is that one's next member."""
    for verb in doc:
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}]
        for first, second in pairwise(subjects):
            comma = second.left_edge.i - 1  # the parser may hang it on either subject
            if first.lower_ in REASON_MARKERS:
                continue  # "Thanks to X, Y has grown": a reason read as a subject
            if doc[comma].text == "," and first.right_edge.i in {comma - 1, comma}:
                second.head, second.dep_ = first, "conj"
                doc[comma].head = first


def repair_verbs(doc: Doc) -> Doc:
    _join_split_subjects(doc)
    for sent in list(doc.sents):
        for find, rehang in SENTENCE_REPAIRS:
            if (verb := find(sent)) is not None:
                index = verb.i
                rehang(sent, verb)
                doc[index].pos_, doc[index].tag_ = "VERB", "VBZ"  # a fresh token: the old one saw old heads
                break
    for tok in doc:
        _repair_word(tok)
    return doc


@Language.factory("kg_verb_repair_v10", default_config={})
def make_verb_repair(nlp: Language, name: str):
    return repair_verbs
