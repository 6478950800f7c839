"""Cause and effect spans read off an explicit connective, for sentences the trained detector
calls causal but the mechanism rules (written for economics prose) find no link in.

News and filings mark causality with clause connectives more than with causal verbs: "... after
police fired on them", "... because demand fell", "marched to demand wages", "protested over the
killing of X". The connective's clause (or object) is the cause; the clause it attaches to is the
effect. The spans are contiguous token runs, as the benchmarks annotate them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

CAUSE_MARKS = {"because", "since", "as", "after", "following", "so"}
CAUSE_PREPS = {"over", "after", "following", "amid", "against", "for", "because", "due", "owing", "thanks"}


def _run(tokens: list[Token]) -> tuple[int, int] | None:
    """Character offsets of a token run (None when empty)."""
    words = [t for t in tokens if not t.is_punct]
    if not words:
        return None
    return words[0].idx, words[-1].idx + len(words[-1])


def _clause_without(head: Token, part: Token) -> list[Token]:
    """The contiguous side of ``head``'s clause that does not hold ``part``'s subtree."""
    clause = list(head.doc[head.left_edge.i : head.right_edge.i + 1])
    start, end = part.left_edge.i, part.right_edge.i
    before = [t for t in clause if t.i < start]
    after = [t for t in clause if t.i > end]
    return before if len(before) >= len(after) else after


def _pair(cause: list[Token], effect: list[Token]) -> tuple[tuple[int, int], tuple[int, int]] | None:
    c, e = _run(cause), _run(effect)
    return (c, e) if c and e else None


def _sentence_pairs(sent: Span) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    out = []
    for tok in sent:
        head = tok.head
        if tok.dep_ == "advcl" and head != tok:
            mark = next((m for m in tok.children if m.dep_ == "mark"), None)
            purpose = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            if (mark is not None and mark.lower_ in CAUSE_MARKS) or purpose:
                cause = [t for t in tok.subtree if t != mark and not (purpose and t.lower_ == "to" and t.head == tok)]
                pair = _pair(cause, _clause_without(head, tok))  # "marched to demand X": the demand motivates
                if pair:
                    out.append(pair)
        elif tok.dep_ == "prep" and tok.lower_ in CAUSE_PREPS and head.pos_ in {"VERB", "AUX"}:
            obj = next((o for o in tok.children if o.dep_ in {"pobj", "pcomp"}), None)
            if obj is not None:
                pair = _pair(list(obj.subtree), _clause_without(head, tok))
                if pair:
                    out.append(pair)
    return out


def connective_pairs(doc: Doc) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(cause chars, effect chars) for each causal connective in the text."""
    return [p for sent in doc.sents for p in _sentence_pairs(sent)]
