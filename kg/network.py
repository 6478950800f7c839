"""networkx projection of the mechanism graph: concepts as nodes, mechanisms as edges.

Used for paths ("how does A lead to B?"), centrality and the map layout.
"""

from __future__ import annotations

import itertools

import networkx as nx

from kg.store import Store
from kg.summary import Summary, summarise


def mechanism_graph(store: Store, summary: Summary | None = None) -> nx.MultiDiGraph:
    """Nodes: concept ids (label); edges keyed by mechanism IRI with polarity, family, support, papers.

    Built from the support table (``kg.summary``), read once per graph version by the web app.
    """
    g = nx.MultiDiGraph()
    rows = (summary or summarise(store)).mechanisms
    for m in sorted(rows, key=lambda m: m.iri):
        g.add_node(m.cause_id, label=m.cause)
        g.add_node(m.effect_id, label=m.effect)
        g.add_edge(
            m.cause_id,
            m.effect_id,
            key=m.iri,
            mechanism=m.iri,
            polarity=m.polarity,
            family=m.family,
            evidence=list(m.evidence),
            papers=list(m.papers),
            support=m.support,
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
