"""networkx projection of the mechanism graph: concepts as nodes, mechanisms as edges.

Used for paths ("how does A lead to B?"), centrality and the map layout.
"""

from __future__ import annotations

import itertools
from collections import Counter

import networkx as nx

from kg.store import Store

EDGES = """
PREFIX dekg: <https://w3id.org/dekg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?m ?c ?cl ?e ?el ?pol ?family ?evidence ?pid WHERE {
  ?m a dekg:Mechanism ; dekg:cause ?c ; dekg:effect ?e ; dekg:polarity ?pol .
  ?c skos:prefLabel ?cl . ?e skos:prefLabel ?el .
  ?a dekg:asserts ?m ; dekg:family ?family ; dekg:evidenceType ?evidence ; prov:wasDerivedFrom ?p .
  ?p dekg:paperId ?pid .
}
"""


def _cid(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


def mechanism_graph(store: Store) -> nx.MultiDiGraph:
    """Nodes: concept ids (label); edges keyed by mechanism IRI with polarity, family, support, papers."""
    g = nx.MultiDiGraph()
    agg: dict[str, dict] = {}
    for r in store.query(EDGES).dicts():
        d = agg.setdefault(
            r["m"],
            {
                "c": _cid(r["c"]),
                "e": _cid(r["e"]),
                "cl": r["cl"],
                "el": r["el"],
                "pol": r["pol"],
                "fam": Counter(),
                "ev": Counter(),
                "papers": set(),
            },
        )
        d["fam"][r["family"]] += 1
        d["ev"][r["evidence"]] += 1
        d["papers"].add(r["pid"])
    for m in sorted(agg):
        d = agg[m]
        g.add_node(d["c"], label=d["cl"])
        g.add_node(d["e"], label=d["el"])
        g.add_edge(
            d["c"],
            d["e"],
            key=m,
            mechanism=m,
            polarity=d["pol"],
            family=sorted(d["fam"].items(), key=lambda kv: (-kv[1], kv[0]))[0][0],
            evidence=sorted(d["ev"]),
            papers=sorted(d["papers"]),
            support=len(d["papers"]),
        )
    return g


def find_paths(g: nx.MultiDiGraph, source: str, target: str, max_len: int = 4, limit: int = 20) -> list[list[dict]]:
    """Simple paths source → target (≤ max_len hops), best supported first; each hop an edge dict."""
    if source not in g or target not in g:
        return []
    simple = nx.DiGraph()
    for u, v, data in g.edges(data=True):
        if not simple.has_edge(u, v) or data["support"] > simple[u][v]["support"]:
            simple.add_edge(u, v, **data)
    paths = []
    for n, nodes in enumerate(nx.all_simple_paths(simple, source, target, cutoff=max_len)):
        if n >= 500:  # bounded work per request
            break
        hops = [{"from": a, "to": b, **simple[a][b]} for a, b in itertools.pairwise(nodes)]
        paths.append(hops)
    paths.sort(key=lambda hops: (len(hops), -min(h["support"] for h in hops), [h["to"] for h in hops]))
    return paths[:limit]


def resolve_concept(g: nx.MultiDiGraph, text: str) -> str | None:
    """A concept id from an id or a label (case-insensitive)."""
    if text in g:
        return text
    low = text.strip().lower()
    for node, data in g.nodes(data=True):
        if data.get("label", "").lower() == low:
            return node
    return None
