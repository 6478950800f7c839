"""Mechanism-map data: filter the networkx projection, lay it out once, hand vis-network JSON.

Nodes and edges are assembled with pyvis (its option schema and node/edge shapes); the page
renders them with our own template and vis-network from the installed pyvis package, with
positions computed here (physics off), so the map is drawn at once and never jitters.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import networkx as nx
from pyvis.network import Network

FAMILY_COLOURS = {
    "digital_industrialization": "#1f77b4",
    "industrial_digitization": "#2ca02c",
    "integration": "#9467bd",
    "general": "#ff7f0e",
    "other": "#7f7f7f",
}
FAMILY_NAMES = {
    "digital_industrialization": "Digital industrialization",
    "industrial_digitization": "Industrial digitization",
    "integration": "Integration",
    "general": "Digital economy in general",
    "other": "Other (non-digital cause)",
}
POLARITY_DASH = {"positive": False, "negative": [8, 6], "none": [2, 6], "mixed": [12, 4, 2, 4]}


@dataclass
class MapFilter:
    families: tuple[str, ...] = ()
    papers: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    polarity: tuple[str, ...] = ()
    min_support: int = 1
    focus: str | None = None
    hops: int = 1

    def key(self) -> tuple:
        return (self.families, self.papers, self.evidence, self.polarity, self.min_support, self.focus, self.hops)


def filtered(g: nx.MultiDiGraph, f: MapFilter) -> nx.MultiDiGraph:
    sub = nx.MultiDiGraph()
    for u, v, k, d in g.edges(keys=True, data=True):
        papers = [p for p in d["papers"] if not f.papers or p in f.papers]
        if not papers or len(papers) < f.min_support:
            continue
        if f.families and d["family"] not in f.families:
            continue
        if f.polarity and d["polarity"] not in f.polarity:
            continue
        if f.evidence and not set(d["evidence"]) & set(f.evidence):
            continue
        sub.add_node(u, **g.nodes[u])
        sub.add_node(v, **g.nodes[v])
        sub.add_edge(u, v, key=k, **{**d, "papers": papers, "support": len(papers)})
    if f.focus and f.focus in sub:
        near = nx.ego_graph(sub.to_undirected(as_view=True), f.focus, radius=max(1, f.hops))
        sub = sub.subgraph(near.nodes).copy()
    elif f.focus:
        sub = nx.MultiDiGraph()
    return sub


def strongest(g: nx.MultiDiGraph, max_edges: int) -> nx.MultiDiGraph:
    """The max_edges best-supported edges of g (ties by key, so the choice is stable)."""
    if g.number_of_edges() <= max_edges:
        return g
    edges = sorted(g.edges(keys=True, data=True), key=lambda e: (-e[3]["support"], e[2]))[:max_edges]
    out = nx.MultiDiGraph()
    for u, v, k, d in edges:
        out.add_node(u, **g.nodes[u])
        out.add_node(v, **g.nodes[v])
        out.add_edge(u, v, key=k, **d)
    return out


def layout(g: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Deterministic positions (seeded spring layout per component, components on a grid)."""
    if not g:
        return {}
    und = nx.Graph(g)
    comps = sorted(nx.connected_components(und), key=lambda c: (-len(c), min(c)))
    pos: dict[str, tuple[float, float]] = {}
    cols = max(1, int(math.sqrt(len(comps))))
    x_off = y_off = row_h = 0.0
    for i, comp in enumerate(comps):
        sg = und.subgraph(comp)
        size = 60 * math.sqrt(len(comp)) + 40
        p = (
            nx.spring_layout(sg, seed=7, iterations=60 if len(comp) < 500 else 25, scale=size)
            if len(comp) > 1
            else {next(iter(comp)): (0.0, 0.0)}
        )
        for n, (x, y) in p.items():
            pos[n] = (x + x_off + size, y + y_off + size)
        x_off += 2 * size + 40
        row_h = max(row_h, 2 * size + 40)
        if (i + 1) % cols == 0:
            x_off, y_off, row_h = 0.0, y_off + row_h, 0.0
    return pos


def vis_data(g: nx.MultiDiGraph, pos: dict, max_edges: int) -> dict:
    """Nodes, edges and options for vis-network, built with pyvis; capped at max_edges."""
    edges = sorted(g.edges(keys=True, data=True), key=lambda e: (-e[3]["support"], e[2]))
    capped = len(edges) > max_edges
    edges = edges[:max_edges]
    keep = {u for u, _, _, _ in edges} | {v for _, v, _, _ in edges}
    net = Network(directed=True, cdn_resources="remote")
    degree = dict(g.degree())
    for n in sorted(keep):
        x, y = pos.get(n, (0.0, 0.0))
        net.add_node(
            n,
            label=g.nodes[n].get("label", n),
            x=round(x, 1),
            y=round(y, 1),
            physics=False,
            size=10 + 3 * math.sqrt(degree.get(n, 1)),
            shape="dot",
            color="#d9e2ec",
        )
    for u, v, k, d in edges:
        net.add_edge(
            u,
            v,
            id=k.rsplit("/", 1)[-1],
            color=FAMILY_COLOURS.get(d["family"], "#7f7f7f"),
            width=1 + 1.5 * (d["support"] - 1),
            dashes=POLARITY_DASH[d["polarity"]],
            arrows="to",
            family=d["family"],
            polarity=d["polarity"],
            support=d["support"],
        )
    nodes = [{k: n[k] for k in ("id", "label", "x", "y", "size", "shape", "color", "physics")} for n in net.nodes]
    for n in nodes:
        n["tooltip"] = f"{n['label']} (degree {degree.get(n['id'], 0)})"
    out_edges = []
    for e in net.edges:
        out_edges.append(
            {
                "id": e["id"],
                "from": e["from"],
                "to": e["to"],
                "color": e["color"],
                "width": e["width"],
                "dashes": e["dashes"],
                "arrows": "to",
                "family": e["family"],
                "polarity": e["polarity"],
                "support": e["support"],
                "tooltip": f"{g.nodes[e['from']]['label']} → {g.nodes[e['to']]['label']}: {e['polarity']}, "
                f"{FAMILY_NAMES[e['family']]}, {e['support']} paper(s)",
            }
        )
    return {
        "nodes": nodes,
        "edges": out_edges,
        "capped": capped,
        "total_edges": g.number_of_edges(),
        "total_nodes": g.number_of_nodes(),
    }
