"""Exports: the whole graph or one paper as Turtle, TriG, N-Quads, JSON-LD, GraphML or CSV."""

from __future__ import annotations

import csv
import io
import json
from importlib import resources

import networkx as nx
from rdflib import Dataset, Graph

from kg.errors import KgError
from kg.mapping import paper_graph_iri
from kg.store import Store
from kg.vocab import BIBO, CITO, DCTERMS, DEKG, FABIO, FOAF, PROV, SKOS, XSD

FORMATS = ("ttl", "trig", "nq", "jsonld", "graphml", "csv")
PREFIXES = {
    "dekg": DEKG._NS,
    "skos": SKOS,
    "prov": PROV,
    "dcterms": DCTERMS,
    "fabio": FABIO,
    "bibo": BIBO,
    "cito": CITO,
    "foaf": FOAF,
    "xsd": XSD,
    "id": "https://w3id.org/dekg/id/",
}


def context() -> dict:
    """The published JSON-LD @context (also served at /context.jsonld)."""
    return json.loads((resources.files("kg") / "context.jsonld").read_text(encoding="utf-8"))


def _dataset(store: Store, paper_id: str | None) -> Dataset:
    ds = Dataset()
    for k, v in PREFIXES.items():
        ds.bind(k, v)
    wanted = paper_graph_iri(paper_id) if paper_id else None
    found = False
    for s, p, o, g in store.quads():
        if wanted is not None and g != wanted:
            continue
        found = True
        ds.graph(g).add((s, p, o))
    if paper_id and not found:
        raise KgError(f"no paper {paper_id!r} in the store")
    return ds


def _union(ds: Dataset) -> Graph:
    g = Graph()
    for k, v in PREFIXES.items():
        g.bind(k, v)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def export(store: Store, fmt: str, paper_id: str | None = None) -> bytes:
    if fmt not in FORMATS:
        raise KgError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt in {"graphml", "csv"}:
        return _graphml(store) if fmt == "graphml" else _csv(store, paper_id)
    ds = _dataset(store, paper_id)
    if fmt == "trig":
        return ds.serialize(format="trig").encode()
    if fmt == "nq":
        return ds.serialize(format="nquads").encode()
    g = _union(ds)
    if fmt == "ttl":
        return g.serialize(format="turtle").encode()
    return g.serialize(format="json-ld", context=context()["@context"], auto_compact=True).encode()


def _graphml(store: Store) -> bytes:
    from kg.network import mechanism_graph

    g = mechanism_graph(store)
    flat = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        flat.add_node(n, label=d.get("label", n))
    for u, v, k, d in g.edges(keys=True, data=True):
        flat.add_edge(
            u,
            v,
            key=k,
            polarity=d["polarity"],
            family=d["family"],
            support=d["support"],
            papers=" ".join(d["papers"]),
            mechanism=d["mechanism"],
        )
    buf = io.BytesIO()
    nx.write_graphml(flat, buf)
    return buf.getvalue()


def _csv(store: Store, paper_id: str | None) -> bytes:
    from kg.queries import list_mechanisms

    rows = list_mechanisms(store, paper_id)
    cols = [
        "paper",
        "cause",
        "effect",
        "via",
        "moderators",
        "polarity",
        "family",
        "evidence",
        "method",
        "confidence",
        "hedged",
        "section",
        "quote",
        "start",
        "end",
        "mechanism",
    ]
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({**r, "via": "; ".join(r["via"]), "moderators": "; ".join(r["moderators"])})
    return buf.getvalue().encode()
