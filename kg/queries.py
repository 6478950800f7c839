"""Named SPARQL queries (``kg/queries/*.rq``) shared by the CLI, the web pages and the JSON API.

Each file starts with ``# title:``, ``# description:`` and ``# params:`` comment lines.
Parameters are bound by substitution (never string concatenation) and every run is capped
at a row limit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from rdflib import Literal, URIRef

from kg.errors import QueryError
from kg.store import Store

DEFAULT_MAX_ROWS = 10_000


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    params: str
    sparql: str


def _parse(name: str, text: str) -> NamedQuery:
    head = dict(re.findall(r"^#\s*(title|description|params):\s*(.*)$", text, re.M))
    return NamedQuery(name, head.get("title", name), head.get("description", ""), head.get("params", ""), text)


@cache
def named_queries(folder: str = "queries") -> dict[str, NamedQuery]:
    base = resources.files("kg") / folder
    return {
        p.name[:-3]: _parse(p.name[:-3], p.read_text(encoding="utf-8"))
        for p in sorted(base.iterdir(), key=lambda p: p.name)
        if p.name.endswith(".rq")
    }


def run(store: Store, name: str, max_rows: int | None = DEFAULT_MAX_ROWS, **params: object) -> list[dict]:
    """Run a named query; params become bound variables (str → literal, URIRef kept; a list
    binds the variable to each of its terms in turn)."""
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no named query {name!r}")
    bindings = {k: _term(v) for k, v in params.items() if v is not None}
    return store.query(queries[name].sparql, bindings, max_rows=max_rows).dicts()


def _term(v: object) -> object:
    if isinstance(v, (list, tuple)):
        return [_term(x) for x in v]
    return v if isinstance(v, (URIRef, Literal)) else Literal(v)


def list_papers(store: Store) -> list[dict]:
    rows = run(store, "papers")
    for r in rows:
        r["authors"] = [a.split(":", 1)[1] for a in sorted(filter(None, (r.get("authors") or "").split("|")))]
    return rows


def channel_pairs(raw: str | None) -> list[list[str]]:
    """'id=label|id=label' (a GROUP_CONCAT of channels) as [id, label] pairs, sorted by id."""
    return [v.split("=", 1) for v in sorted(filter(None, (raw or "").split("|")))]


def statements_of(
    store: Store, assertions: list[str] | None = None, paper: str | None = None, max_rows: int | None = None
) -> dict[str, list[dict]]:
    """The further statements of the given assertions (or of one paper's), by assertion IRI, each
    in the shape of a ``statements`` item of ``kg extract --json``, in reading order."""
    out: dict[str, list[dict]] = {}
    if assertions is not None and not assertions:
        return out
    bound = [URIRef(a) for a in assertions] if assertions is not None else None
    for r in run(store, "restatements", max_rows=max_rows, a=bound, paper_id=paper):
        via, moderators = channel_pairs(r.get("via")), channel_pairs(r.get("moderators"))
        out.setdefault(r["a"], []).append(
            {
                "quote": r["quote"],
                "start": int(r["start"]),
                "end": int(r["end"]),
                "section": r["section"],
                "rule_id": r["rule_id"],
                "confidence": float(r["confidence"]),
                "hedged": bool(r["hedged"]),
                "evidence": r["evidence"],
                "via": [v[1] for v in via],
                "via_ids": [v[0] for v in via],
                "moderators": [z[1] for z in moderators],
                "moderator_ids": [z[0] for z in moderators],
            }
        )
    for found in out.values():
        found.sort(key=lambda st: st["start"])
    return out


def list_mechanisms(store: Store, paper: str | None = None, family: str | None = None) -> list[dict]:
    """Mechanism objects in the shape of ``kg extract --json`` (plus ``paper``), read by SPARQL."""
    out = []
    statements = statements_of(store, paper=paper, max_rows=DEFAULT_MAX_ROWS)
    for r in run(store, "mechanisms", paper_id=paper, family=family):
        via, moderators = channel_pairs(r.get("via")), channel_pairs(r.get("moderators"))
        out.append(
            {
                "paper": r["paper_id"],
                "cause": r["cause"],
                "effect": r["effect"],
                "via": [v[1] for v in via],
                "polarity": r["polarity"],
                "family": r["family"],
                "evidence": r["evidence"],
                "quote": r["quote"],
                "start": int(r["start"]),
                "end": int(r["end"]),
                "confidence": float(r["confidence"]),
                "hedged": bool(r["hedged"]),
                "negated": bool(r["negated"]),
                "section": r["section"],
                "rule_id": r["rule_id"],
                "method": r.get("method"),
                "cause_id": r["cause_id"],
                "effect_id": r["effect_id"],
                "via_ids": [v[0] for v in via],
                "statements": statements.get(r["assertion"], []),
                "moderators": [z[1] for z in moderators],
                "moderator_ids": [z[0] for z in moderators],
                "mechanism": r["mechanism"],
                "assertion": r["assertion"],
            }
        )
    return out


def list_concepts(store: Store) -> list[dict]:
    rows = run(store, "concepts")
    for r in rows:
        r["candidate"] = bool(r["candidate"])
    return rows
