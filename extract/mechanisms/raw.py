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
    # how to sign a link whose sentence gives no sign: "" (it does), "keep" the default polarity
    # unless the paper's own statement of X -> Y elsewhere signs it ('M mediates the relationship
    # between X and Y'), or "drop" the link unless one does ('X affects Y through M')
    unsigned: str = ""
    # where the effect is seen when not where the cause is: a spatial spillover's "neighboring
    # provinces" ('the spatial spillover effect of X on Y'); "" for the cause's own place
    scope: str = ""
    # whose the cause is when the sentence says so with a pronoun ('Their monopoly suppresses Y'):
    # the thing an earlier sentence named, which the cause's name then carries ('monopoly of A')
    owner: Token | None = None
    # what the link's strength depends on ('Z strengthens the effect of X on Y', 'Z moderates the
    # relationship between X and Y'): conditions, unlike the channels in ``via``
    moderators: list[Token] = field(default_factory=list)
