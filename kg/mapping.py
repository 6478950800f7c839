"""PaperExtraction → RDF: the paper's own named graph plus the triples it shares with others.

Identity comes from content: a mechanism's IRI hashes (cause id, effect id, polarity) so every
paper asserting the same link points at one node; assertions, claims and statistics hash the
paper id with their own key, so re-mapping the same extraction gives the same IRIs.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from decimal import Decimal

from rdflib import BNode, Graph, Literal, URIRef

from extract.model import Mechanism, PaperExtraction
from kg.vocab import BIBO, CITO, DCTERMS, DEKG, FABIO, FOAF, GRAPH, ID, PROV, RDF, RDFS, SKOS, XSD


def _h(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:16]


def paper_iri(paper_id: str) -> URIRef:
    return ID[f"paper/{paper_id}"]


def paper_graph_iri(paper_id: str) -> URIRef:
    return GRAPH[f"paper/{paper_id}"]


def concept_iri(concept_id: str) -> URIRef:
    return ID[f"concept/{concept_id}"]


def mechanism_key(m: Mechanism) -> tuple[str, str, str]:
    return (m.cause_id, m.effect_id, m.polarity)


def mechanism_iri(cause_id: str, effect_id: str, polarity: str) -> URIRef:
    return ID[f"mechanism/{_h(cause_id, effect_id, polarity)}"]


@dataclass
class PaperGraphs:
    """What one paper contributes: its own graph, and triples shared with other papers."""

    paper_id: str
    graph_iri: URIRef
    own: Graph
    shared: Graph


def _lit(value: object, datatype: URIRef | None = None) -> Literal:
    return Literal(value, datatype=datatype) if datatype else Literal(value)


def _add_paper(g: Graph, x: PaperExtraction) -> URIRef:
    p = x.paper
    s = paper_iri(p.id)
    g.add((s, RDF.type, DEKG.Paper))
    g.add((s, RDF.type, FABIO.ResearchPaper))
    g.add((s, DEKG.paperId, Literal(p.id)))
    g.add((s, DCTERMS.title, Literal(p.title or p.file)))
    for n, name in enumerate(p.authors):
        a = ID[f"paper/{p.id}/author/{n + 1}"]
        g.add((s, DCTERMS.creator, a))
        g.add((a, RDF.type, FOAF.Person))
        g.add((a, FOAF.name, Literal(name)))
        g.add((a, DEKG.position, Literal(n + 1)))
    for prop, values in (
        (DEKG.affiliation, p.affiliations),
        (DEKG.email, p.emails),
        (DEKG.keyword, p.keywords),
        (DEKG.sectionTitle, p.sections),
    ):
        for v in values:
            g.add((s, prop, Literal(v)))
    if p.abstract:
        g.add((s, DCTERMS.abstract, Literal(p.abstract)))
    if p.year:
        g.add((s, FABIO.hasPublicationYear, Literal(str(p.year), datatype=XSD.gYear)))
    if p.doi:
        g.add((s, BIBO.doi, Literal(p.doi)))
    if p.venue:
        g.add((s, DEKG.venue, Literal(p.venue)))
    g.add((s, DEKG.fileName, Literal(p.file)))
    g.add((s, DEKG.sourceFormat, Literal(p.format)))
    g.add((s, DEKG.sha256, Literal(p.sha256)))
    g.add((s, DEKG.extractor, Literal(x.extractor)))
    for place in x.entities.places:
        g.add((s, DEKG.place, Literal(place)))
    for org in x.entities.organizations:
        g.add((s, DEKG.organization, Literal(org)))
    _add_references(g, s, x)
    return s


def _add_references(g: Graph, s: URIRef, x: PaperExtraction) -> None:
    for n, ref in enumerate(x.paper.references):
        r = ID[f"reference/{_h(x.paper.id, n, ref.raw)}"]
        g.add((s, CITO.cites, r))
        g.add((r, RDF.type, FABIO.Work))
        g.add((r, DEKG.rawCitation, Literal(ref.raw)))
        g.add((r, DEKG.position, Literal(n + 1)))
        if ref.title:
            g.add((r, DCTERMS.title, Literal(ref.title)))
        if ref.year:
            g.add((r, FABIO.hasPublicationYear, Literal(str(ref.year), datatype=XSD.gYear)))
        if ref.doi:
            g.add((r, BIBO.doi, Literal(ref.doi)))
        if ref.venue:
            g.add((r, DEKG.venue, Literal(ref.venue)))
        for name in ref.authors:
            g.add((r, DCTERMS.creator, Literal(name)))


def _add_concepts(own: Graph, shared: Graph, x: PaperExtraction, paper: URIRef) -> None:
    for c in x.concepts:
        iri = concept_iri(c.id)
        own.add((paper, DEKG.mentions, iri))
        for alias in c.aliases:
            own.add((iri, SKOS.altLabel, Literal(alias, lang="en")))
        if not c.in_thesaurus:
            shared.add((iri, RDF.type, SKOS.Concept))
            shared.add((iri, RDF.type, DEKG.CandidateConcept))
            shared.add((iri, SKOS.prefLabel, Literal(c.label, lang="en")))
            for b in c.broader:
                shared.add((iri, SKOS.broader, concept_iri(b)))
            if c.family:
                shared.add((iri, DEKG.familyAffinity, Literal(c.family)))


def _add_evidence(
    g: Graph,
    node: URIRef,
    paper: URIRef,
    quote: str,
    start: int,
    end: int,
    section: str,
    rule_id: str,
    confidence: float,
    hedged: bool,
) -> None:
    g.add((node, DEKG.quote, Literal(quote)))
    g.add((node, DEKG.startOffset, Literal(start)))
    g.add((node, DEKG.endOffset, Literal(end)))
    g.add((node, DEKG.section, Literal(section)))
    g.add((node, DEKG.ruleId, Literal(rule_id)))
    # a Decimal value, not a float: an in-memory graph then holds a well-typed xsd:decimal (the shapes check it)
    g.add((node, DEKG.confidence, Literal(Decimal(str(confidence)), datatype=XSD.decimal)))
    g.add((node, DEKG.hedged, Literal(hedged)))
    g.add((node, PROV.wasDerivedFrom, paper))


def _add_mechanisms(own: Graph, shared: Graph, x: PaperExtraction, paper: URIRef) -> None:
    labels = {c.id: c.label for c in x.concepts}
    for m in x.mechanisms:
        mech = mechanism_iri(*mechanism_key(m))
        shared.add((mech, RDF.type, DEKG.Mechanism))
        shared.add((mech, DEKG.cause, concept_iri(m.cause_id)))
        shared.add((mech, DEKG.effect, concept_iri(m.effect_id)))
        shared.add((mech, DEKG.polarity, Literal(m.polarity)))
        cause, effect = labels.get(m.cause_id, m.cause), labels.get(m.effect_id, m.effect)
        shared.add((mech, RDFS.label, Literal(f"{cause} → {effect} ({m.polarity})")))
        a = ID[f"assertion/{_h(x.paper.id, *mechanism_key(m), m.cause, m.effect)}"]  # one per wording
        own.add((a, RDF.type, DEKG.MechanismAssertion))
        own.add((a, DEKG.asserts, mech))
        own.add((a, DEKG.polarity, Literal(m.polarity)))
        own.add((a, DEKG.family, Literal(m.family)))
        own.add((a, DEKG.evidenceType, Literal(m.evidence)))
        own.add((a, DEKG.negated, Literal(m.negated)))
        own.add((a, DEKG.causeLabel, Literal(m.cause)))  # the paper's own words for the ends
        own.add((a, DEKG.effectLabel, Literal(m.effect)))
        if m.method:
            own.add((a, DEKG.method, Literal(m.method)))
        for v in m.via_ids:
            own.add((a, DEKG.via, concept_iri(v)))
        for z in m.moderator_ids:
            own.add((a, DEKG.moderator, concept_iri(z)))
        _add_evidence(own, a, paper, m.quote, m.start, m.end, m.section, m.rule_id, m.confidence, m.hedged)
        _add_statements(own, a, m, paper)


def _add_statements(g: Graph, assertion: URIRef, m: Mechanism, paper: URIRef) -> None:
    """The paper's other sentences stating the link, each with its quote, channels and moderators."""
    for st in m.statements:
        node = ID[f"statement/{_h(str(assertion), st.start, st.end)}"]
        g.add((assertion, DEKG.statement, node))
        g.add((node, RDF.type, DEKG.Statement))
        g.add((node, DEKG.evidenceType, Literal(st.evidence)))
        for v in st.via_ids:
            g.add((node, DEKG.via, concept_iri(v)))
        for z in st.moderator_ids:
            g.add((node, DEKG.moderator, concept_iri(z)))
        _add_evidence(g, node, paper, st.quote, st.start, st.end, st.section, st.rule_id, st.confidence, st.hedged)


def _add_claims(g: Graph, x: PaperExtraction, paper: URIRef) -> None:
    for c in x.claims:
        node = ID[f"claim/{_h(x.paper.id, c.start, c.end, c.type)}"]
        g.add((node, RDF.type, DEKG.Claim))
        if c.type == "hypothesis":
            g.add((node, RDF.type, DEKG.Hypothesis))
        g.add((node, DEKG.claimType, Literal(c.type)))
        if c.hypothesis_id:
            g.add((node, DEKG.hypothesisId, Literal(c.hypothesis_id)))
        if c.status:
            g.add((node, DEKG.hypothesisStatus, Literal(c.status)))
        _add_evidence(g, node, paper, c.quote, c.start, c.end, c.section, c.rule_id, c.confidence, c.hedged)


def _add_statistics(g: Graph, x: PaperExtraction, paper: URIRef) -> None:
    for n, s in enumerate(x.statistics):
        node = ID[f"statistic/{_h(x.paper.id, n, s.model, s.variable)}"]
        g.add((node, RDF.type, DEKG.Statistic))
        g.add((node, DEKG.model, Literal(s.model)))
        g.add((node, DEKG.variable, Literal(s.variable)))
        g.add((node, DEKG.position, Literal(n + 1)))
        g.add((node, PROV.wasDerivedFrom, paper))
        g.add((node, DEKG.significance, Literal(s.significance)))
        if s.table:
            g.add((node, DEKG.table, Literal(s.table)))
        for prop, value in ((DEKG.coefficient, s.coef), (DEKG.stdError, s.std_err), (DEKG.hazardRatio, s.hazard_ratio)):
            if value is not None:
                g.add((node, prop, Literal(float(value), datatype=XSD.double)))
        if s.n_obs is not None:
            g.add((node, DEKG.nObs, Literal(int(s.n_obs))))


def paper_graphs(x: PaperExtraction) -> PaperGraphs:
    """Map one extraction to its own graph and its shared triples (no blank nodes)."""
    own, shared = Graph(), Graph()
    paper = _add_paper(own, x)
    _add_concepts(own, shared, x, paper)
    _add_mechanisms(own, shared, x, paper)
    _add_claims(own, x, paper)
    _add_statistics(own, x, paper)
    assert not any(isinstance(t, BNode) for triple in own for t in triple)
    return PaperGraphs(x.paper.id, paper_graph_iri(x.paper.id), own, shared)
