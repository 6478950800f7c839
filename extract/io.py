"""JSON round trip of a PaperExtraction, so the CLI, the tests and the gold scorer need no RDF."""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from typing import Any

from extract.document import Reference
from extract.model import (
    Claim,
    Concept,
    Entities,
    Mechanism,
    Paper,
    PaperExtraction,
    Statement,
    Statistic,
)


def to_dict(extraction: PaperExtraction) -> dict[str, Any]:
    """Plain dict in the documented ``kg extract --json`` shape."""
    return asdict(extraction)


def to_json(extraction: PaperExtraction, indent: int | None = 2) -> str:
    """Deterministic JSON: same extraction, same bytes."""
    return json.dumps(to_dict(extraction), ensure_ascii=False, indent=indent, sort_keys=False)


def _build(cls: type, data: dict[str, Any]) -> Any:
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})


def _mechanism(data: dict[str, Any]) -> Mechanism:
    m = _build(Mechanism, data)
    m.statements = [_build(Statement, s) for s in data.get("statements", [])]
    return m


def from_dict(data: dict[str, Any]) -> PaperExtraction:
    """Inverse of :func:`to_dict`; unknown keys are ignored so older files still load."""
    paper_data = dict(data["paper"])
    paper_data["references"] = [_build(Reference, r) for r in paper_data.get("references", [])]
    return PaperExtraction(
        paper=_build(Paper, paper_data),
        concepts=[_build(Concept, c) for c in data.get("concepts", [])],
        mechanisms=[_mechanism(m) for m in data.get("mechanisms", [])],
        claims=[_build(Claim, c) for c in data.get("claims", [])],
        statistics=[_build(Statistic, s) for s in data.get("statistics", [])],
        entities=_build(Entities, data.get("entities", {})),
        extractor=data.get("extractor", ""),
    )


def from_json(text: str) -> PaperExtraction:
    return from_dict(json.loads(text))
