"""The plain data model of one paper's extraction: what extract/ produces and kg/ maps to RDF.

Nothing here knows RDF or spaCy. Field names match the JSON of ``kg extract --json``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from extract.document import Reference

POLARITIES = ("positive", "negative", "none", "mixed")
FAMILIES = ("digital_industrialization", "industrial_digitization", "integration", "general", "other")
EVIDENCE_TYPES = ("theoretical", "empirical", "case_study", "policy")
CLAIM_TYPES = ("finding", "hypothesis", "definition", "recommendation")


@dataclass
class Paper:
    id: str  # stable: from DOI if printed, else from the content hash
    title: str
    authors: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    year: int | None = None
    abstract: str = ""
    doi: str | None = None
    venue: str | None = None
    file: str = ""  # file name inside corpus/
    format: str = ""
    sha256: str = ""
    sections: list[str] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)


@dataclass
class Concept:
    """A concept used by the paper: from the thesaurus (``scheme``) or a new candidate."""

    id: str  # slug, stable: "digital-economy"
    label: str
    aliases: list[str] = field(default_factory=list)
    family: str | None = None  # family affinity from the thesaurus
    broader: list[str] = field(default_factory=list)  # concept ids
    in_thesaurus: bool = True
    definition: str | None = None


@dataclass
class Statement:
    """Another sentence of the same paper stating a link it already asserts: kept so that every
    channel of the link stays traceable to the sentence that names it."""

    quote: str
    start: int = 0
    end: int = 0
    section: str = ""
    rule_id: str = ""
    confidence: float = 0.5
    hedged: bool = False
    evidence: str = "theoretical"
    via: list[str] = field(default_factory=list)
    via_ids: list[str] = field(default_factory=list)
    moderators: list[str] = field(default_factory=list)
    moderator_ids: list[str] = field(default_factory=list)


@dataclass
class Mechanism:
    """cause → effect (via channels), asserted by the paper in one quote (and restated in others)."""

    cause: str  # as the paper names it (canonical form); cause_id is the shared concept
    effect: str
    via: list[str] = field(default_factory=list)  # channel concepts' labels
    polarity: str = "positive"
    family: str = "general"
    evidence: str = "theoretical"  # evidence *type*; provenance is in the fields below
    quote: str = ""
    start: int = 0
    end: int = 0
    confidence: float = 0.5
    hedged: bool = False
    negated: bool = False
    section: str = ""
    rule_id: str = ""
    method: str | None = None  # OLS, fixed effects, DID, IV/2SLS, SDM, mediation, threshold, Cox, ...
    cause_id: str = ""
    effect_id: str = ""
    via_ids: list[str] = field(default_factory=list)
    # the paper's other sentences stating this link, in reading order; ``via`` is the union of
    # the channels they and ``quote`` name, ``moderators`` of the moderators
    statements: list[Statement] = field(default_factory=list)
    # what the link's strength depends on ('Z strengthens the effect of X on Y'): labels and ids
    moderators: list[str] = field(default_factory=list)
    moderator_ids: list[str] = field(default_factory=list)


@dataclass
class Claim:
    quote: str
    type: str  # finding|hypothesis|definition|recommendation
    hedged: bool = False
    start: int = 0
    end: int = 0
    confidence: float = 0.5
    section: str = ""
    rule_id: str = ""
    hypothesis_id: str | None = None  # "H1" for hypotheses
    status: str | None = None  # supported|not_supported|partial|untested (hypotheses)


@dataclass
class Statistic:
    model: str
    variable: str
    coef: float | None = None
    std_err: float | None = None
    significance: str = ""
    hazard_ratio: float | None = None
    n_obs: int | None = None
    table: str = ""


@dataclass
class Entities:
    places: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)


@dataclass
class PaperExtraction:
    paper: Paper
    concepts: list[Concept] = field(default_factory=list)
    mechanisms: list[Mechanism] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    statistics: list[Statistic] = field(default_factory=list)
    entities: Entities = field(default_factory=Entities)
    extractor: str = ""  # pipeline name and version, e.g. "kg.extract.v1"
