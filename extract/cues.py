"""The ``kg_cues_v4`` spaCy component (versioned: bump when output changes).

Marks causal, polarity, hedge, negation, attribution, method and claim cues from the JSONL
pattern files into ``doc.spans["kg_cues"]``.

Patterns are data (``extract/data/patterns/*.jsonl``, spaCy's ``{"label","pattern","id"}`` shape);
each span's ``id_`` is the pattern id, which becomes a mechanism's or claim's ``rule_id``.
"""

from __future__ import annotations

from importlib import resources

import srsly
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

PATTERN_FILES = (
    "causal_cues",
    "polarity_modifiers",
    "hedges",
    "negation",
    "attribution",
    "methods",
    "claims_definition",
    "claims_recommendation",
    "claims_finding",
)
SPAN_KEY = "kg_cues"


def load_patterns(names: tuple[str, ...] = PATTERN_FILES) -> list[dict]:
    base = resources.files("extract") / "data" / "patterns"
    rows: list[dict] = []
    for name in names:
        rows.extend(srsly.read_jsonl(str(base / f"{name}.jsonl")))
    return rows


class CueMarker:
    def __init__(self, nlp: Language, patterns: list[dict]) -> None:
        self.matcher = Matcher(nlp.vocab, validate=True)
        self.ids: dict[int, tuple[str, str]] = {}
        for n, row in enumerate(patterns):
            key = f"{row['label']}|{row['id']}|{n}"
            self.matcher.add(key, [row["pattern"]])
            self.ids[nlp.vocab.strings[key]] = (row["label"], row["id"])

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for match_id, start, end in self.matcher(doc):
            label, pid = self.ids[match_id]
            span = Span(doc, start, end, label=label, span_id=pid)
            spans.append(span)
        spans.sort(key=lambda s: (s.start, s.end, s.label_, s.id_))
        doc.spans[SPAN_KEY] = spans
        return doc


@Language.factory("kg_cues_v4", assigns=["doc.spans"], default_config={})
def make_cue_marker(nlp: Language, name: str) -> CueMarker:
    return CueMarker(nlp, load_patterns())


def cues(sent: Span, label: str | None = None) -> list[Span]:
    """Cue spans inside a sentence, optionally of one label."""
    return [
        s
        for s in sent.doc.spans[SPAN_KEY]
        if s.start >= sent.start and s.end <= sent.end and (label is None or s.label_ == label)
    ]


def cue_at(tok: Token, labels: set[str]) -> bool:
    """Whether a cue of one of ``labels`` starts at ``tok``."""
    return any(s.start == tok.i and s.label_ in labels for s in tok.doc.spans.get(SPAN_KEY, []))
