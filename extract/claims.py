"""Claims: the paper's own findings, hypotheses, definitions and recommendations.

One sentence at a time, from its parse and its place in the paper. Cue words are data
(``extract/data/patterns/claims_*.jsonl``, ``hedges.jsonl``, marked by the ``kg_cues`` component);
this module adds the structure: the root verb and its subject, modal auxiliaries, copular
"X is a ..." frames, imperatives, "H1:" labels. A rule's measured precision on annotated papers
sets its confidence, so a higher confidence means a more reliable claim.

Sentences that report cited work, questions, headings and methods boilerplate are never claims;
the caller passes only sentences in the paper's own voice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from extract.cues import cues
from extract.mechanisms.lexicon import CONCEPT_MODIFIERS
from extract.model import Claim

HYPOTHESIS = re.compile(
    r"^\s*(?:\(\s*(?:H|Hypothesis\s*)(\d+[a-z]?)\s*\)\s*[:.]?"
    r"|(?:H|Hypothesis\s*)(\d+[a-z]?)\s*(?:\(\s*H\d+[a-z]?\s*\)\s*)?[:.)])",  # also "Hypothesis 1 (H1): ..."
    re.I,
)
# "Based on this, we propose the following hypothesis: X ..." / "this paper puts forward Hypothesis 2: X"
PROPOSED = re.compile(
    r"\b(?:propose[sd]?|put(?:s)? forward|posits?|formulates?|advances?)\b[^:]{0,80}?\bhypothes[ie]s\b"
    r"(?:\s*(?:H\s*)?(\d+[a-z]?))?[^:]{0,20}:\s*\S"
    # "the following hypothesis is proposed: ...", "hypotheses are put forward as follows: ..."
    r"|\bhypothes[ie]s\b(?:\s*(?:H\s*)?(\d+[a-z]?))?\s+(?:is|are)\s+(?:thus\s+|therefore\s+|hereby\s+)?"
    r"(?:proposed|put forward|formulated|advanced|posited|developed)\b[^:]{0,20}:\s*\S",
    re.I,
)


def states_hypothesis(text: str) -> bool:
    """A hypothesis the paper sets out to test (labelled or proposed): a claim, not an asserted link."""
    return bool(HYPOTHESIS.match(text) or PROPOSED.search(text))


SKIP_SECTIONS = {"references", "acknowledgments", "related_work"}
REPORT_SECTIONS = {"abstract", "results", "conclusion"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}
# The paper describing itself ("this paper uses ...", "Table 2 shows ...") is not a claim.
BOILERPLATE = re.compile(
    r"\b(this|the present|our) (paper|study|article|research|chapter|section)\s+"
    r"(first |then |further |also |mainly )?(uses|use|selects|select|adopts|adopt|constructs|construct|takes|take|"
    r"employs|employ|collects|is organized|is structured|consists|discusses|introduces|describes|reviews|"
    r"analyzes|analyses|explores|aims|examines|investigates|proposes|puts forward|summarizes|tentatively)\b"
    r"|^(table|figure|fig\.?)\s*\d|^as (is )?(shown|seen|presented|reported) in (the )?(above |following )?"
    r"(table|figure)|^in the [\w\s-]{0,30}\b(model|regression)\b\s*,|^for (example|instance)\b|"
    r"\b(data (are|is|were) (obtained|collected|taken|derived|sourced))\b",
    re.I,
)
YEAR = re.compile(r"\b(1[89]|20)\d\d(s|\b)")
EFFECT_SUBJECTS = {"effect", "impact", "influence", "role", "relationship"}
DEFINITION_HEADS = {"essence", "core", "connotation", "nature", "meaning", "definition", "crux"}
ANAPHORS = {"this", "that", "these", "those", "there", "they", "which", "what", "it", "such", "we", "its"}
CAN_BE_NEUTRAL = {"seen", "divided", "classified", "included", "summarized", "summarised", "defined", "regarded"}


@dataclass(frozen=True)
class Verdict:
    """A sentence's claim type, the rule that decided it and that rule's confidence."""

    type: str
    rule_id: str
    confidence: float


def _root(sent: Span) -> Token:
    return sent.root


def _subjects(tok: Token) -> list[Token]:
    """Its subjects, or a fronted gerund the parser left as an adverbial clause ('Integrating X
    into Y can enhance Z')."""
    found = [c for c in tok.children if c.dep_ in SUBJECTS]
    if not found:
        found = [c for c in tok.lefts if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i == tok.sent.start]
    return found


def _main_verbs(sent: Span) -> list[Token]:
    """The root and the verbs coordinated with it: the sentence's main assertions."""
    root = _root(sent)
    out = [root]
    out += [c for c in root.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}]
    out += [c for c in root.children if c.dep_ == "xcomp"]
    return out


def is_heading(sent: Span) -> bool:
    """Short verbless lines and numbered titles are headings, not claims."""
    text = sent.text.strip()
    if not any(t.pos_ in {"VERB", "AUX"} for t in sent):
        return True
    return len(sent) < 12 and not text.endswith((".", ";", "!")) and not HYPOTHESIS.match(text)


def is_imperative(sent: Span) -> bool:
    """ "Establish and improve X ..." / "At the same time, encourage X ...": a base-form root, no subject."""
    root = _root(sent)
    if root.tag_ != "VB" or _subjects(root) or any(c.dep_ in {"aux", "auxpass"} for c in root.children):
        return False
    first = next((t for t in sent if not t.is_punct and t.dep_ not in {"advmod", "prep", "pobj", "det", "amod"}), None)
    lead_ins = [t for t in sent[: max(0, root.i - sent.start)] if t.dep_ == "mark" and t.head == root]
    return first is not None and not lead_ins and not sent.text.strip().lower().startswith("to ")


def _copular_definition(sent: Span) -> bool:
    """ "X is a/an (adj) noun ..." with a nominal subject (also after "it can be seen that"): a definition of X."""
    root = _root(sent)
    if root.lemma_ == "see":
        root = next((c for c in root.children if c.dep_ == "ccomp"), root)
    if root.lemma_ != "be" or len(sent) > 40:
        return False
    subj = [s for s in _subjects(root) if s.dep_ != "expl"]
    attrs = [c for c in root.children if c.dep_ == "attr" and c.pos_ in {"NOUN", "PROPN"}]
    if not subj or not attrs:
        return False
    s = subj[0]
    if s.lower_ in ANAPHORS or any(_proper(t) for t in s.subtree):
        return False
    if any(c.dep_ in {"aux", "neg"} or c.lower_ in {"also", "still"} for c in root.children):
        return False
    det = [c.lower_ for c in attrs[0].children if c.dep_ == "det"]
    kinds = not det and attrs[0].tag_ == "NNS" and s.tag_ == "NNS"  # "Data elements are production factors"
    return det[:1] in (["a"], ["an"]) or kinds or (s.lower_ in DEFINITION_HEADS)


def _self_report(sent: Span) -> bool:
    """ "This study reveals/finds/points out that ...": the paper stating its own finding."""
    own = {"claim-find-results-show", "claim-find-we-find", "claim-find-it-is-found", "claim-find-it-can-be-seen"}
    return any(c.id_ in own for c in cues(sent, "FINDING"))


def _general_subject(subj: Token) -> bool:
    """A subject naming a concept, not an anaphor ("this", "such progress"), a person or a named actor."""
    if subj.pos_ == "PRON" or _proper(subj) or subj.lower_ in ANAPHORS:
        return False
    sub = list(subj.subtree)
    anaphoric = [t for t in sub if t.lower_ in ANAPHORS and t.dep_ in {"det", "amod"} and t.nbor(1).lower_ != "as"]
    return not anaphoric and not any(_proper(t) for t in sub)


def _proper(tok: Token) -> bool:
    """A name (a firm, a place, a person); not 'Digital' in 'Digital finance raises Y', which the
    tagger reads as a name at the start of a sentence."""
    return tok.pos_ == "PROPN" and not (tok.i == tok.sent.start and tok.lower_ in CONCEPT_MODIFIERS)


def _main_causal(sent: Span) -> Token | None:
    """The main verb (or its xcomp: "can help promote") when it is a causal cue; returns its subject."""
    causal = {t.i for c in cues(sent) if c.label_ in {"CAUSE_POS", "CAUSE_NEG", "CAUSE_PHRASAL"} for t in c}
    for verb in _main_verbs(sent):
        heads = [verb, *[c for c in verb.children if c.dep_ == "xcomp"]]
        subj = _subjects(verb) or _subjects(verb.head)
        if any(h.i in causal for h in heads) and subj:
            return subj[0]
    return None


def _means_end(sent: Span) -> bool:
    """ "By doing X, Y can achieve Z": an asserted means to an end, whoever the actor."""
    root = _root(sent)
    by = [c for c in root.children if c.dep_ == "prep" and c.lower_ == "by" and c.i < root.i]
    return bool(by) and any(g.tag_ == "VBG" for b in by for g in b.children) and _modal(sent)


def _modal(sent: Span) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "can" for c in _root(sent).children)


def _modal_or_perfect(sent: Span) -> bool:
    """ "X can promote Y" (a general capacity) or "X has driven Y" (an observed outcome)."""
    root = _root(sent)
    return any(c.dep_ == "aux" and c.lower_ in {"can", "has", "have"} for c in root.children)


def _we_subject(sent: Span) -> bool:
    return any(s.lower_ == "we" for v in _main_verbs(sent) for s in _subjects(v))


def _recommendation(sent: Span, kind: str) -> Verdict | None:
    rec = [c for c in cues(sent, "RECOMMENDATION")]
    if any(c.id_ == "claim-rec-modal" and any(t.dep_ == "neg" for t in c[0].head.children) for c in rec):
        rec = [c for c in rec if c.id_ != "claim-rec-modal"]
    in_conclusion = kind == "conclusion"
    if rec:
        if kind == "results" or (kind == "introduction" and _we_subject(sent)):
            return None  # measured: results narrate others' policy; "we must ..." in an introduction is motivation
        conf = 0.85 if in_conclusion else (0.4 if kind == "introduction" else 0.7)
        return Verdict("recommendation", rec[0].id_, conf)
    if is_imperative(sent):
        return Verdict("recommendation", "claim-rec-imperative", 0.75 if in_conclusion else 0.35)
    return None


def _definition(sent: Span, kind: str) -> Verdict | None:
    if kind == "results" or YEAR.search(sent.text):
        return None
    found = cues(sent, "DEFINITION")
    if found:
        return Verdict("definition", found[0].id_, 0.75)
    engine = any(c.id_ == "claim-find-is-engine" for c in cues(sent, "FINDING"))  # "X is an important engine of Y"
    if _copular_definition(sent) and not cues(sent, "CAUSE_POS") and not cues(sent, "CAUSE_NEG") and not engine:
        return Verdict("definition", "claim-def-copular", 0.55)
    return None


def _finding(sent: Span, kind: str, has_link: bool, estimated: bool) -> Verdict | None:
    found = {c.id_ for c in cues(sent, "FINDING")}
    if _self_report(sent):
        return Verdict("finding", "claim-find-results-show", 0.8)
    if "claim-find-hypothesis-verified" in found and kind not in {"introduction", "methods"}:
        return Verdict("finding", "claim-find-hypothesis-verified", 0.8)  # "Therefore, Hypothesis 1 is verified."
    root_subj = _subjects(_root(sent))
    general = not root_subj or _general_subject(root_subj[0])
    if general and found & {"claim-find-in-conclusion", "claim-find-all-in-all", "claim-find-to-sum-up"}:
        return Verdict("finding", "claim-find-in-conclusion", 0.75)
    if general and kind in {"results", "conclusion"} and found & {"claim-find-significant", "claim-find-correlated"}:
        return Verdict("finding", "claim-find-significant", 0.7)
    if kind in {"abstract", "conclusion"} and "claim-find-show-that" in found:
        return Verdict("finding", "claim-find-show-that", 0.7)
    asserted = found & {"claim-find-conducive", "claim-find-plays-role", "claim-find-is-engine"}
    if asserted and kind not in {"methods", "introduction"} and root_subj and general:
        return Verdict("finding", sorted(asserted)[0], 0.55)
    if kind in REPORT_SECTIONS and _means_end(sent):
        return Verdict("finding", "claim-find-means-end", 0.5)
    # a link a paper that estimates reports; its subject may be 'it' for the cause just named, as
    # the link was resolved ("Initially, it promotes carbon emissions but later inhibits them")
    named = bool(root_subj) and (general or root_subj[0].lower_ in {"it", "they"})
    if estimated and kind in {"results", "abstract", "conclusion"} and has_link and named:
        return Verdict("finding", "claim-find-result-link", 0.6)
    return _reported_finding(found, root_subj, kind, estimated) or _causal_finding(sent, kind, has_link)


def _reported_finding(found: set[str], root_subj: list[Token], kind: str, estimated: bool) -> Verdict | None:
    """What only a paper's reported results say: that they survive robustness checks, or where
    an effect is stronger."""
    if not (kind in {"abstract", "conclusion"} or (kind == "results" and estimated)):
        return None
    if "claim-find-robust" in found:
        return Verdict("finding", "claim-find-robust", 0.7)  # "The conclusions still hold after robustness tests."
    if "claim-find-heterogeneity" in found and root_subj and root_subj[0].lemma_ in EFFECT_SUBJECTS:
        return Verdict("finding", "claim-find-heterogeneity", 0.65)  # "The effect is stronger in eastern cities."
    return None


def _causal_finding(sent: Span, kind: str, has_link: bool) -> Verdict | None:
    """A sentence whose main verb is causal: a finding when it states a capacity or an outcome."""
    # outside the abstract/results/conclusion, a causal sentence is a claim only if a mechanism was resolved in it
    subj = _main_causal(sent) if has_link or kind in REPORT_SECTIONS else None
    if subj is None or not _general_subject(subj) or kind not in REPORT_SECTIONS | {"theory", "body", "introduction"}:
        return None
    if _modal_or_perfect(sent) and (kind != "introduction" or _modal(sent)):
        return Verdict("finding", "claim-find-causal-modal", 0.6)
    return None  # a bare present-tense causal sentence is usually narrative: measured precision below 1/3


def classify(sent: Span, section_kind: str, has_link: bool, estimated: bool = False) -> Verdict | None:
    """The claim a sentence makes in the paper's own voice, or None; ``has_link``: a mechanism was
    found in it; ``estimated``: the paper estimates a model of its own (its 'results' are results,
    not a descriptive 'Analysis of ...' section)."""
    text = sent.text.strip()
    if HYPOTHESIS.match(text):
        return Verdict("hypothesis", "claim-hypothesis-label", 0.95)
    if PROPOSED.search(text) and section_kind not in SKIP_SECTIONS - {"related_work"}:
        return Verdict("hypothesis", "claim-hypothesis-proposed", 0.85)
    if section_kind in SKIP_SECTIONS or text.endswith(("?", ":")) or is_heading(sent) or len(sent) < 6:
        return None
    if BOILERPLATE.search(text):
        return None
    return (
        _recommendation(sent, section_kind)
        or _definition(sent, section_kind)
        or _finding(sent, section_kind, has_link, estimated)
    )


def is_hedged(sent: Span) -> bool:
    """A hedge cue (can/may/might/likely/suggest that ...), except "can be seen/divided ..." which state facts."""
    for cue in cues(sent, "HEDGE"):
        tok = cue[0]
        nxt = tok.nbor(1) if tok.i + 2 < len(tok.doc) else None
        if tok.lower_ == "can" and nxt is not None and nxt.lower_ == "be" and nxt.nbor(1).lower_ in CAN_BE_NEUTRAL:
            continue
        return True
    return False


def hypothesis_id(sent: Span) -> str | None:
    m = HYPOTHESIS.match(sent.text)
    if m:
        return f"H{m.group(1) or m.group(2)}"
    proposed = PROPOSED.search(sent.text)
    number = proposed and (proposed.group(1) or proposed.group(2))
    return f"H{number}" if number else None


def make_claim(sent: Span, verdict: Verdict, quote: str, start: int, end: int, section: str) -> Claim:
    return Claim(
        quote=quote,
        type=verdict.type,
        hedged=is_hedged(sent),
        start=start,
        end=end,
        confidence=verdict.confidence,
        section=section,
        rule_id=verdict.rule_id,
        hypothesis_id=hypothesis_id(sent) if verdict.type == "hypothesis" else None,
    )


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _same(a: set[str], b: set[str], overlap: float) -> bool:
    return len(a & b) >= overlap * max(1, len(a), len(b))


def dedupe(claims: list[Claim], overlap: float = 0.8) -> list[Claim]:
    """A claim restated (abstract and conclusion, say) is kept once: the first, most confident wording."""
    out: list[Claim] = []
    for c in claims:
        w = _words(c.quote)
        dup = next((k for k, o in enumerate(out) if _same(w, _words(o.quote), overlap)), None)
        if dup is None:
            out.append(c)
        elif c.confidence > out[dup].confidence:
            out[dup] = c
    return out
