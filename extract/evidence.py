"""Evidence type, estimation method and mechanism family for a causal link.

Evidence type: *policy* for recommendations, *empirical* for results estimated on the paper's
own data, *case_study* for the described experience of one named organisation, else
*theoretical*. The family comes from the cause's thesaurus affinity, else the first channel's.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from extract.cues import cues
from extract.mechanisms.clauses import is_actor
from extract.model import Concept

EMPIRICAL_WORDS = re.compile(
    r"\b(significant(ly)?|coefficients?|correlat\w+|regression|estimat\w+|index|p\s*<|"
    r"results? (show|indicate|reveal)|robust\w*|at the \d+% level|empirical(ly)?)\b"
    # a finding reported as one: "the mechanism analysis finds that", "It is found that", "The study identified"
    r"|\b(?:(?:study|analysis|paper|research|article|tests?|we) (?:also |further )?"
    r"(?:finds?|found|identifie[sd]|identify|reveals?|revealed|demonstrates?|demonstrated)"
    r"|it (?:is|was) (?:found|shown|revealed))\b",
    re.I,
)
DIGITAL = re.compile(r"\bdigit|\binternet|\bict\b|\bdata\b|\bplatform|\bintelligen|\bsmart\b|e-commerce|\bonline", re.I)
TRADITIONAL = re.compile(r"\b(traditional|manufactur|agricultur|industr(y|ies)|enterprise|firm|service)", re.I)


def is_policy(sent: Span, purpose: bool) -> bool:
    """A recommendation: its cue ('should', 'it is necessary to'), or a means-for-purpose that is
    told or can be done ('strengthen X to promote Y'), not one narrated ('Smart farms use X to
    monitor crops')."""
    told = any(t.tag_ in {"MD", "VB"} and t.dep_ in {"aux", "ROOT"} for t in sent)
    advice = cues(sent, "RECOMMENDATION")
    return (
        (purpose and told)
        or any(c.id_ in POLICY_CUES and not _valued_thing(c) for c in advice)
        or any(_advises_actor(c) for c in advice if c.id_ == "claim-rec-we-recommend")
    )


def _valued_thing(cue: Span) -> bool:
    """'The inclusiveness of X is essential for promoting Y' says what a thing is worth, argued;
    'Strengthening X is vital to Y' and 'it is essential to focus on X' urge an action."""
    if cue.id_ != "claim-rec-is-vital":
        return False
    subjects = [c for c in cue[0].children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(s.pos_ in {"NOUN", "PROPN"} and s.tag_ != "VBG" for s in subjects)


POLICY_CUES = frozenset(
    {
        "claim-rec-modal",
        "claim-rec-need",
        "claim-rec-necessary",
        "claim-rec-is-vital",
        "claim-rec-it-is-suggested",
        "claim-rec-advised-to",
    }
)


def _advises_actor(cue: Span) -> bool:
    """'We suggest that policymakers encourage X': advice to someone who acts (not 'we suggest
    that X reduces Y', an argued finding)."""
    said = [c for c in cue[-1].children if c.dep_ == "ccomp"]
    return any(is_actor(s) for c in said for s in c.children if s.dep_ == "nsubj")


def evidence_type(
    sent: Span,
    section_kind: str,
    paper_is_empirical: bool,
    purpose: bool,
    case_orgs: tuple[str, ...],
    case_place: str | None = None,
) -> str:
    """``case_orgs``: the organisations the paper names (empty when it estimates models);
    ``case_place``: the one place the paper's title is about, if any ('... in Hebei Province')."""
    if is_policy(sent, purpose):
        return "policy"
    text = sent.text
    # an abstract's opening ("background") sets the scene ("X varies significantly"): no estimate of the paper's
    estimates = section_kind != "background" and paper_is_empirical
    if estimates and (EMPIRICAL_WORDS.search(text) or section_kind in {"results", "abstract"}):
        return "empirical"
    if case_orgs and _names_an_organisation(sent, case_orgs):
        return "case_study"
    if case_place and case_place in sent.text and _narrates(sent):
        return "case_study"  # what happened or is so in the place studied, not what could happen
    return "theoretical"


def _narrates(sent: Span) -> bool:
    """States what happened or holds there: no modal or hedge ('can', 'has the potential to'
    argue what could be) and not a copular characterisation ('X is an important engine for Y')."""
    if any(t.tag_ == "MD" for t in sent):
        return False
    root = sent.root
    told = [c for c in root.children if c.dep_ in {"attr", "dobj"}]
    support = {c.start for c in cues(sent, "SUPPORT_NOUN")}
    if root.lemma_ == "be" and any(c.i in support for c in told):
        return False  # "X is an important engine for Y in Hebei": a characterisation, argued
    return not (root.lemma_ == "have" and any(c.lemma_ == "potential" for c in told))


def title_place(title: str, places: list[str]) -> str | None:
    """The place a paper is about when its title names exactly one ('... in Hebei Province')."""
    named = [p for p in places if re.search(rf"\b{re.escape(p)}\b", title)]
    return named[0] if len(named) == 1 else None


CASE_WORDS = {"company", "group", "subsidiary", "subsidiaries", "firm's", "company's"}


def _names_an_organisation(sent: Span, orgs: tuple[str, ...]) -> bool:
    """The described experience of one organisation: one the paper names, or 'the company'.
    (Matching the paper's organisation list rather than any NER hit: the small model tags
    capitalised phrases such as 'Digital government' as ORG.)"""
    return any(o in sent.text for o in orgs) or any(t.lower_ in CASE_WORDS for t in sent)


def methods_in(sent: Span) -> list[str]:
    return sorted({c.label_ for c in cues(sent) if c.id_.startswith("method-")})


def names_a_method(tok: Token) -> bool:
    """'The entropy method reduces the subjectivity of weights': an estimation or measurement
    method is how the paper works, not a cause in the field it studies."""
    words = [tok, *(c for c in tok.children if c.dep_ in {"compound", "amod", "nmod"})]  # 'entropy' method
    spans = [c for c in cues(tok.sent) if c.id_.startswith("method-")]
    return any(c.start <= w.i < c.end for c in spans for w in words)


def family(cause: Concept, via: list[Concept], effect: Concept) -> str:
    """The pathway: cause's affinity; a general digital cause takes its first channel's family."""
    fam = cause.family or _guess(cause.label)
    if not cause.in_thesaurus and _guess(cause.label) == "integration":
        fam = (
            "integration"  # "integration of digital technology and industry": the head decides, not the nearest concept
        )
    if fam == "general" and via:
        vfam = via[0].family or _guess(via[0].label)
        if vfam in {"digital_industrialization", "industrial_digitization", "integration"}:
            return vfam
    if fam == "general" and effect.label and TRADITIONAL.search(effect.label) and "digital technology" in cause.label:
        return "industrial_digitization"
    return fam


def _guess(label: str) -> str:
    if "integrat" in label and re.search(
        r"industr|digital|real economy|business|sector|primary|secondary|tertiary", label
    ):
        return "integration"
    if DIGITAL.search(label):
        if TRADITIONAL.search(label):
            return "industrial_digitization"
        if re.search(r"industr|infrastructure|platform|data|ict|sector", label):
            return "digital_industrialization"
        return "general"
    return "other"
