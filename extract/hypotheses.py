"""Hypotheses H1…Hn and whether the paper's own results support them.

A hypothesis is linked to its test by concept overlap: its content words (stemmed, ordinals
mapped to their sector names, "first" = "primary") against the regression variables of
``parse_statistics`` and against the results/conclusion sentences.

Status, in order of authority:
1. the paper's own verdict ("H2 is supported", "hypothesis 1 is rejected");
2. the regression rows of the best-matching variable: significant at 5% (``**``/``***``) in every
   model → supported, in some → partial, in none → not_supported (a lone ``*`` is 10%, too weak);
3. result sentences about the hypothesis' concepts: "not significant"/"limited effect" →
   not_supported, "significant(ly)" → supported;
else untested. The sign is not judged from coefficients: models of a duration and of a hazard
give opposite signs for the same effect, and the table does not say which is which.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.claims import HYPOTHESIS, PROPOSED
from extract.document import Document
from extract.model import Claim, Statistic

STATUSES = ("supported", "not_supported", "partial", "untested")
RESULT_KINDS = {"results", "conclusion", "abstract"}
ORDINALS = {"first": "primary", "second": "secondary", "third": "tertiary"}
STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "or",
        "in",
        "on",
        "for",
        "to",
        "by",
        "with",
        "its",
        "their",
        "this",
        "that",
        "these",
        "those",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "than",
        "more",
        "higher",
        "lower",
        "degree",
        "level",
        "index",
        "variable",
        "effect",
        "impact",
        "role",
        "significant",
        "significantly",
        "positive",
        "positively",
        "negative",
        "negatively",
        "important",
        "development",
        "developed",
        "developing",
        "which",
        "will",
        "can",
        "may",
        "hypothesis",
        "plays",
        "play",
        "promoting",
        "promote",
    ]
)
VERDICT = re.compile(
    r"\b(?:H|hypothesis\s*)(\d+[a-z]?)\b[^.;]{0,60}?\b(?:is|was|are|were|has been|have been|gets?|got)\s+"
    r"(not\s+|partially\s+|partly\s+)?(supported|verified|confirmed|accepted|valid|validated|established|rejected|refuted)",
    re.I,
)
NEGATIVE_RESULT = re.compile(
    r"\b(not (statistically )?significant|insignificant|no significant|limited (effect|impact|role)|"
    r"fail(s|ed)? to|did not|does not|no (obvious|clear) (effect|impact))\b",
    re.I,
)
POSITIVE_RESULT = re.compile(r"\bsignificant(ly)?\b", re.I)


@dataclass
class HypothesisTest:
    """One hypothesis, its decided status and the evidence that decided it."""

    id: str
    text: str
    status: str = "untested"
    evidence: list[str] = field(default_factory=list)


def stems(text: str) -> set[str]:
    """Content-word stems: lower case, ordinals as sector names, first six letters."""
    out = set()
    for w in re.findall(r"[a-z]+", text.lower()):
        w = ORDINALS.get(w, w)
        if w in STOP or len(w) < 3:
            continue
        out.add(w[:6])
    return out


def _overlap(hyp: set[str], other: set[str]) -> float:
    return len(hyp & other) / len(other) if other else 0.0


def _explicit(hid: str, sentences: list[str]) -> tuple[str, str] | None:
    for s in sentences:
        for m in VERDICT.finditer(s):
            if f"H{m.group(1)}".upper() != hid.upper():
                continue
            modifier, verb = (m.group(2) or "").strip().lower(), m.group(3).lower()
            if verb in {"rejected", "refuted"} or modifier == "not":
                return "not_supported", s
            return ("partial" if modifier else "supported"), s
    return None


def _from_statistics(hyp: set[str], stats: list[Statistic]) -> tuple[str, str] | None:
    names = sorted({s.variable for s in stats})
    # best share of the variable's words, then most words shared ("Industry" loses to "Industry Integration")
    scored = sorted(((round(_overlap(hyp, stems(n)), 3), len(hyp & stems(n)), n) for n in names), reverse=True)
    if not scored or scored[0][0] < 0.6 or (len(scored) > 1 and scored[1][:2] == scored[0][:2]):
        return None
    best = scored[0][2]
    rows = [s for s in stats if s.variable == best]
    strong = [s for s in rows if s.significance.count("*") >= 2]
    status = "supported" if len(strong) == len(rows) else ("partial" if strong else "not_supported")
    detail = ", ".join(f"{s.model} {s.coef}{s.significance}" for s in rows)
    return status, f"{best}: {detail}"


def _from_sentences(hyp: set[str], sentences: list[str]) -> tuple[str, str] | None:
    about = [s for s in sentences if len(hyp & stems(s)) >= max(2, int(0.6 * len(hyp)))]
    for s in about:
        if NEGATIVE_RESULT.search(s):
            return "not_supported", s
    for s in about:
        if POSITIVE_RESULT.search(s):
            return "supported", s
    return None


def result_sentences(document: Document) -> list[str]:
    """Sentences of the results, conclusion and abstract, split plainly (no parse needed)."""
    out = []
    for p in document.paragraphs:
        if p.section_kind in RESULT_KINDS:
            out += [s.strip() for s in re.split(r"(?<=[.;!])\s+", p.text) if s.strip()]
    return out


def decide_hypotheses(claims: list[Claim], document: Document, stats: list[Statistic]) -> list[HypothesisTest]:
    """Decide every hypothesis claim's status; sets ``Claim.status`` and returns the decisions."""
    sentences = result_sentences(document)
    tests = []
    for claim in claims:
        if claim.type != "hypothesis":
            continue
        proposed = PROPOSED.search(claim.quote)  # "we propose the following hypothesis: X" tests X
        text = claim.quote[proposed.end() - 1 :] if proposed else HYPOTHESIS.sub("", claim.quote)
        text = text.strip()
        hyp = stems(text)
        decided = (_explicit(claim.hypothesis_id, sentences) if claim.hypothesis_id else None) or _from_statistics(
            hyp, stats
        )
        decided = decided or _from_sentences(hyp, sentences)
        status, why = decided or ("untested", "")
        claim.status = status
        if claim.hypothesis_id:
            tests.append(HypothesisTest(claim.hypothesis_id, text, status, [why] if why else []))
    return tests
