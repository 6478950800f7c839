"""The link a reader finds in one sentence, before its ends are resolved to concepts."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

FLIP = {"positive": "negative", "negative": "positive"}


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
    # False when the sentence gives no sign ('M mediates the relationship between X and Y'): the
    # polarity is a default, which the paper's own statement of X -> Y elsewhere overrides
    signed: bool = True
