"""Claims: the paper's own findings, hypotheses, definitions and recommendations.

A sentence is classified from its cues and its place in the paper: "H1:" lines are hypotheses;
"X refers to"/"the essence of X is" are definitions; should/must/need to (or a numbered list of
measures in the conclusion) are recommendations; result-reporting sentences, and causal
assertions in the abstract, results and conclusion, are findings.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from extract.cues import cues

HYPOTHESIS = re.compile(r"^\s*\(?H(\d+[a-z]?)\)?\s*[:.]")
FINDING_SECTIONS = {"abstract", "results", "conclusion"}
HEDGE_WORDS = {"can", "may", "might", "could", "likely", "possibly", "potentially", "perhaps", "suggest", "suggests"}


def classify(sent: Span, section_kind: str, has_link: bool) -> tuple[str, str, float] | None:
    """(type, rule_id, confidence) for a claim sentence, else None."""
    text = sent.text.strip()
    m = HYPOTHESIS.match(text)
    if m:
        return "hypothesis", "claim-hypothesis-label", 0.95
    found = {c.label_: c.id_ for c in reversed(cues(sent)) if c.label_ in {"DEFINITION", "RECOMMENDATION", "FINDING"}}
    if "DEFINITION" in found and section_kind not in {"results"}:
        return "definition", found["DEFINITION"], 0.7
    if "RECOMMENDATION" in found:
        return "recommendation", found["RECOMMENDATION"], 0.7
    if "FINDING" in found and section_kind in FINDING_SECTIONS:
        return "finding", found["FINDING"], 0.7
    if has_link and section_kind in FINDING_SECTIONS:
        return "finding", "claim-finding-causal", 0.55
    return None


def is_hedged(sent: Span) -> bool:
    return any(t.lower_ in HEDGE_WORDS for t in sent)


def hypothesis_id(sent: Span) -> str | None:
    m = HYPOTHESIS.match(sent.text)
    return f"H{m.group(1)}" if m else None
