"""Store backends on a synthetic corpus: load time and query times, ratios vs rdflib Memory.

python -m bench.store_bench [N_PAPERS]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from rdflib import Dataset

from extract.pipeline import extract_file
from kg.config import ROOT
from kg.ingest import base_graphs
from kg.mapping import paper_graphs
from kg.store import MemoryStore, OxigraphStore
from kg.vocab import SHARED_GRAPH

QUERIES = {
    "papers": "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a <https://w3id.org/dekg/ontology#Paper> }",
    "support": """PREFIX dekg: <https://w3id.org/dekg/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?m (COUNT(DISTINCT ?p) AS ?n) WHERE { ?a dekg:asserts ?m ; prov:wasDerivedFrom ?p } GROUP BY ?m
        ORDER BY DESC(?n) LIMIT 10""",
    "union": """PREFIX dekg: <https://w3id.org/dekg/ontology#>
        SELECT (COUNT(*) AS ?n) WHERE { { ?m dekg:cause ?c } UNION { ?m dekg:effect ?c } UNION { ?a dekg:via ?c } }""",
    "text": """PREFIX dekg: <https://w3id.org/dekg/ontology#>
        SELECT (COUNT(*) AS ?n) WHERE { ?a dekg:quote ?q FILTER(CONTAINS(LCASE(?q), "digital economy")) }""",
}


def quads(extractions):
    for iri, g in base_graphs():
        for s, p, o in g:
            yield s, p, o, iri
    shared = set()
    for x in extractions:
        pg = paper_graphs(x)
        for s, p, o in pg.own:
            yield s, p, o, pg.graph_iri
        shared.update(pg.shared)
    for s, p, o in sorted(shared):
        yield s, p, o, SHARED_GRAPH


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def main(n: int = 300) -> None:  # noqa: C901 - a linear script of measurements
    from bench.synthetic import synthetic

    base = [extract_file(p) for p in sorted((ROOT / "corpus").glob("0*.txt"))]
    xs = synthetic(base, n)
    all_quads = list(quads(xs))
    print(f"synthetic corpus: {n} papers, {len(all_quads):,} quads")
    tmp = Path(tempfile.mkdtemp())
    results = {}

    def load_memory():
        s = MemoryStore()
        for q in all_quads:
            s.ds.graph(q[3]).add(q[:3])
        return s

    def load_ox_bulk():
        s = OxigraphStore(tmp / "bulk")
        s.bulk_load(all_quads)
        return s

    def load_ox_tx():
        s = OxigraphStore(tmp / "tx")
        for x in xs:
            s.replace_paper(paper_graphs(x))
        return s

    def load_oxrdflib():
        ds = Dataset(store="Oxigraph")
        ds.store.open(str(tmp / "oxrdflib"))
        for q in all_quads:
            ds.graph(q[3]).add(q[:3])
        return ds

    for name, fn in (
        ("rdflib Memory", load_memory),
        ("Oxigraph bulk", load_ox_bulk),
        ("Oxigraph per-paper transactions", load_ox_tx),
        ("rdflib + oxrdflib", load_oxrdflib),
    ):
        secs, store = timed(fn)
        results[name] = {"load": secs, "store": store}
    base_load = results["rdflib Memory"]["load"]
    print(f"{'backend':34} {'load s':>8} {'vs Memory':>9}  " + "  ".join(f"{q:>10}" for q in QUERIES))
    for name, r in results.items():
        cells = []
        for q in QUERIES.values():
            st = r["store"]
            if isinstance(st, Dataset):
                secs, _ = timed(lambda st=st, q=q: list(st.query(q)))
            else:
                secs, _ = timed(lambda st=st, q=q: st.query(q).rows)
            cells.append(secs)
        r["queries"] = cells
        print(
            f"{name:34} {r['load']:8.2f} {base_load / r['load']:8.1f}x  "
            + "  ".join(f"{c * 1000:8.1f}ms" for c in cells)
        )
    mem = results["rdflib Memory"]["queries"]
    ox = results["Oxigraph bulk"]["queries"]
    speedups = ", ".join(f"{q} {m / o:.1f}x" for q, m, o in zip(QUERIES, mem, ox, strict=True))
    print("Oxigraph query speed-up vs Memory: " + speedups)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
