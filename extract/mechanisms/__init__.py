"""Causal mechanisms from the dependency parse: cause → effect (via channels), with polarity.

Each causal cue (a verb such as *promote*/*reduce*, a phrasal *lead to*, a noun such as
*effect*/*role*, or *correlated with*) is anchored in the parse; the cause is found by walking
up to the clause's subject (through coordination, relative clauses, purpose clauses and
copular frames such as "X is an engine for promoting Y"), the effects are the object and its
conjuncts, channels come from *by/through/via* phrases.

Modules: ``links`` (one function per cue kind), ``constructions`` (links read from a whole
sentence's shape), ``rewrites`` (sign and ends revised once a sentence's links are read),
``raw`` (the link record), ``clauses`` (cause and purpose), ``modifiers`` (channels, hedging,
negation), ``phrases`` (the noun phrase naming each end), ``anaphora`` (pointing back across
sentences), ``lexicon`` (word lists, from data).
"""

from extract.mechanisms.clauses import is_actor, is_anaphor
from extract.mechanisms.links import bare_mediators, find_links
from extract.mechanisms.phrases import measured, np_tokens, phrase, usable
from extract.mechanisms.raw import RawLink

__all__ = [
    "RawLink",
    "bare_mediators",
    "find_links",
    "is_actor",
    "is_anaphor",
    "measured",
    "np_tokens",
    "phrase",
    "usable",
]
