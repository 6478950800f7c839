"""Every namespace in one place, and our own vocabulary as a closed namespace.

``DEKG`` is a ``DefinedNamespace`` with ``_fail = True``: a typo raises instead of minting a
new IRI. Terms are documented in ``kg/ontology.ttl``.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

BASE = "https://w3id.org/dekg/"
ID = Namespace(BASE + "id/")  # every resource we mint
GRAPH = Namespace(BASE + "graph/")
FABIO = Namespace("http://purl.org/spar/fabio/")
CITO = Namespace("http://purl.org/spar/cito/")
BIBO = Namespace("http://purl.org/ontology/bibo/")
SH = Namespace("http://www.w3.org/ns/shacl#")

SHARED_GRAPH = GRAPH["shared"]
THESAURUS_GRAPH = GRAPH["thesaurus"]
ONTOLOGY_GRAPH = GRAPH["ontology"]


class DEKG(DefinedNamespace):
    """The project's ontology: mechanisms, their assertions by papers, claims, statistics."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # classes
    Paper: URIRef  # a research paper in the corpus
    Mechanism: URIRef  # cause → effect with a polarity, shared by every paper asserting it
    MechanismAssertion: URIRef  # one paper's assertion of a mechanism, with its quote
    Statement: URIRef  # a further sentence of the paper stating a link it asserts
    Claim: URIRef  # a finding, hypothesis, definition or recommendation of a paper
    Hypothesis: URIRef  # a claim of type hypothesis (H1, H2, ...)
    Statistic: URIRef  # one coefficient row of a regression table
    CandidateConcept: URIRef  # a concept found in papers but not (yet) in the thesaurus
    # mechanism and assertion properties
    cause: URIRef
    effect: URIRef
    via: URIRef
    moderator: URIRef  # what an assertion says the link's strength depends on
    causeLabel: URIRef  # the paper's own words for the cause of its assertion
    effectLabel: URIRef
    polarity: URIRef
    family: URIRef
    familyAffinity: URIRef
    asserts: URIRef
    statement: URIRef  # assertion → a further sentence stating the same link
    evidenceType: URIRef
    method: URIRef
    confidence: URIRef
    hedged: URIRef
    negated: URIRef
    quote: URIRef
    startOffset: URIRef
    endOffset: URIRef
    section: URIRef
    ruleId: URIRef
    # claims
    claimType: URIRef
    hypothesisId: URIRef
    hypothesisStatus: URIRef
    # statistics
    model: URIRef
    variable: URIRef
    coefficient: URIRef
    stdError: URIRef
    significance: URIRef
    hazardRatio: URIRef
    nObs: URIRef
    table: URIRef
    # papers
    paperId: URIRef
    fileName: URIRef
    sourceFormat: URIRef
    sha256: URIRef
    extractor: URIRef
    keyword: URIRef
    affiliation: URIRef
    email: URIRef
    venue: URIRef
    sectionTitle: URIRef
    mentions: URIRef
    place: URIRef
    organization: URIRef
    position: URIRef
    rawCitation: URIRef


__all__ = [
    "BASE",
    "BIBO",
    "CITO",
    "DCTERMS",
    "DEKG",
    "FABIO",
    "FOAF",
    "GRAPH",
    "ID",
    "ONTOLOGY_GRAPH",
    "OWL",
    "PROV",
    "RDF",
    "RDFS",
    "SH",
    "SHARED_GRAPH",
    "SKOS",
    "THESAURUS_GRAPH",
    "XSD",
]
