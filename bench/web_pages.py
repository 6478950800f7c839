"""Server time of the explorer's pages on the seed corpus and on a synthetic 1,000-paper corpus.

    python -m bench.web_pages [N_PAPERS]

Times Flask's test client (the full request → response path in-process), first request (cold,
computes the cached layout) and the median of the next five (warm).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.store_bench import quads
from bench.synthetic import synthetic
from extract.pipeline import extract_file
from kg.config import ROOT
from kg.store import OxigraphStore


def build(xs, path: Path) -> None:
    s = OxigraphStore(path)
    s.bulk_load(quads(xs))
    s.close()


def measure(path: Path, corpus: Path, label: str) -> None:
    from web import create_app

    app = create_app({"KG_STORE": str(path), "KG_CORPUS": str(corpus), "TESTING": True})
    c = app.test_client()
    t = time.perf_counter()
    o = c.get("/api/overview").get_json()
    overview_ms = (time.perf_counter() - t) * 1000
    mid = o["top"][0]["id"]
    pid = o["papers"][0]["id"]
    routes = ["/", "/map", f"/mechanism/{mid}", f"/paper/{pid}", "/concept/digital-economy", "/contested"]
    print(
        f"{label}: {o['counts']['papers']} papers, {o['counts']['mechanisms']} mechanisms, "
        f"{o['counts']['concepts']} concepts; overview computed in {overview_ms:.0f} ms, then cached"
    )
    for r in routes:
        t = time.perf_counter()
        resp = c.get(r)
        cold = time.perf_counter() - t
        warm = []
        for _ in range(5):
            t = time.perf_counter()
            c.get(r)
            warm.append(time.perf_counter() - t)
        print(
            f"  {r[:40]:42} {resp.status_code}  cold {cold * 1000:8.1f} ms   warm median "
            f"{statistics.median(warm) * 1000:8.1f} ms   {len(resp.data) / 1024:7.0f} KiB",
            flush=True,
        )
    app.extensions["kg"].close()
    warmed(path, corpus)


def warmed(path: Path, corpus: Path) -> None:
    """What `kg serve` does before its first visitor: compute the overview and the map, then
    time the first requests a visitor makes."""
    from web import create_app
    from web.store import start_warming

    app = create_app({"KG_STORE": str(path), "KG_CORPUS": str(corpus), "TESTING": True})
    st = app.extensions["kg"]
    t = time.perf_counter()
    start_warming(app)
    st.warm()  # waits for the background computations (one per view) and returns when all are cached
    warm_s = time.perf_counter() - t
    c = app.test_client()
    first = {}
    for r in ("/api/overview", "/", "/map"):
        t = time.perf_counter()
        c.get(r)
        first[r] = (time.perf_counter() - t) * 1000
    print(
        f"  warmed at start-up ({warm_s:.1f} s in the background, as `kg serve` does): first request "
        + ", ".join(f"{r} {ms:.1f} ms" for r, ms in first.items()),
        flush=True,
    )
    st.close()


def main(n: int = 1000) -> None:
    base = [extract_file(p) for p in sorted((ROOT / "corpus").glob("0*.txt"))]
    tmp = Path(tempfile.mkdtemp())
    build(base, tmp / "seeds")
    measure(tmp / "seeds", ROOT / "corpus", "seed corpus")
    t = time.perf_counter()
    build(synthetic(base, n), tmp / "big")
    print(f"(built the {n}-paper store in {time.perf_counter() - t:.1f} s)")
    measure(tmp / "big", ROOT / "corpus", f"synthetic {n}-paper corpus")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
