"""Computations shared by pages and API: map payload, paths, paper text segments, uploads."""

from __future__ import annotations

import hmac
import itertools
import shutil
import tempfile
from pathlib import Path

from flask import Request, abort, current_app, request
from werkzeug.utils import secure_filename

from kg.errors import KgError, ReadError
from kg.network import find_paths, mechanism_graph, resolve_concept
from kg.summary import Summary, summarise
from web.mapdata import MapFilter, filtered, layout, strongest, vis_data
from web.store import cached, get_store, state

ALLOWED = {".pdf", ".txt", ".md", ".html", ".htm"}
MAX_TEXT = 400_000


def summary() -> Summary:
    """The support table (kg.summary), read once per graph version and shared by every page."""
    return cached(("summary",), lambda: summarise(get_store()))


def graph():
    return cached(("graph",), lambda: mechanism_graph(get_store(), summary()))


def page_arg(name: str = "page") -> int:
    """A page number from the query string: a whole number from 1 on, else 400 with the reason."""
    raw = request.args.get(name, "1")
    if not raw.isdigit() or int(raw) < 1 or len(raw) > 9:
        abort(400, f"{name} must be a whole number from 1 on (got {raw[:40]!r})")
    return int(raw)


def check_page(listing: dict, name: str = "page") -> dict:
    """404 for a page past the last one (page 1 always exists, even when the list is empty)."""
    if listing["page"] > listing["pages"]:
        abort(404, f"No {name} {listing['page']}: there are {listing['pages']}")
    return listing


def map_payload(f: MapFilter) -> dict:
    """vis-network data for a filter; the layout of the full graph is computed once per version."""

    def compute() -> dict:
        g = graph()
        sub = filtered(g, f)
        if f.focus or f.papers:  # a local map: its own layout of its best-supported edges only
            cap = int(current_app.config["KG_LOCAL_MAP_MAX_EDGES"])
            shown = strongest(sub, cap)
            data = vis_data(shown, layout(shown), cap)
            return {
                **data,
                "capped": shown is not sub,
                "total_edges": sub.number_of_edges(),
                "total_nodes": sub.number_of_nodes(),
            }
        pos = cached(("layout",), lambda: layout(g))
        return vis_data(sub, pos, int(current_app.config["KG_MAP_MAX_EDGES"]))

    return cached(("map", f.key()), compute)


def concept_page(cid: str) -> dict:
    """A concept with the requested page of each list (``?outgoing_page=2``, ``?papers_page=3``, ...)."""
    from kg.explore import CONCEPT_LISTS, concept

    pages = {k: page_arg(f"{k}_page") for k in CONCEPT_LISTS}
    c = concept(get_store(), cid, summary(), pages, int(current_app.config["KG_PAGE_SIZE"]))
    if c is None:
        abort(404, f"No concept {cid}")
    for k in CONCEPT_LISTS:
        check_page(c[k], f"{k}_page")
    return c


def contested_page() -> dict:
    from kg.explore import contested

    page, size = page_arg(), int(current_app.config["KG_CONTESTED_PAGE"])
    return check_page(cached(("contested", page, size), lambda: contested(get_store(), summary(), page, size)))


def mechanism_page(mid: str) -> dict:
    from kg.explore import mechanism

    m = mechanism(get_store(), mid, page_arg(), int(current_app.config["KG_PAGE_SIZE"]))
    if m is None:
        abort(404, f"No mechanism {mid}")
    return check_page(m["assertions"]) and m


def paths_between(a: str, b: str, max_len: int = 4) -> dict:
    g = graph()
    src, dst = resolve_concept(g, a), resolve_concept(g, b)
    found = find_paths(g, src, dst, max_len) if src and dst else []
    labels = {n: d.get("label", n) for n, d in g.nodes(data=True)}
    for hops in found:
        for h in hops:
            h["from_label"], h["to_label"] = labels[h["from"]], labels[h["to"]]
            h["id"] = h["mechanism"].rsplit("/", 1)[-1]
    return {"source": src, "target": dst, "paths": found}


def paper_segments(path: Path, p: dict) -> list[dict]:
    """The paper's text cut at every highlighted span; each segment knows what covers it."""
    if not path.is_file():
        return []
    from extract.readers import read_file

    def read() -> str | None:
        try:
            return read_file(path).text[:MAX_TEXT]
        except KgError:
            return None

    text = cached(("text", str(path), path.stat().st_mtime_ns), read)  # parsed once per file version
    if text is None:
        return []
    spans = [
        (st["start"], st["end"], "mechanism", f"{m['cause']} → {m['effect']} ({m['polarity']})")
        for m in p["mechanisms"]
        for st in (m, *m.get("statements", []))
    ]
    spans += [(int(c["start"]), int(c["end"]), "claim", f"{c['type']}") for c in p["claims"]]
    cuts = sorted(
        {0, len(text), *(s for s, _, _, _ in spans if s < len(text)), *(e for _, e, _, _ in spans if e < len(text))}
    )
    starts = {s for s, _, _, _ in spans}
    out = []
    for a, b in itertools.pairwise(cuts):
        cover = [(k, t) for s, e, k, t in spans if s <= a and e >= b]
        out.append(
            {
                "text": text[a:b],
                "kinds": sorted({k for k, _ in cover}),
                "titles": sorted({t for _, t in cover}),
                "anchor": f"q{a}" if a in starts else "",  # the target of a quote's link: /paper/ID#q<start>
            }
        )
    return out


def upload_paper(request: Request):
    """Check an upload (token, name, size, sniffed type), then add it through the server's store."""
    token = current_app.config.get("KG_ADMIN_TOKEN")
    if token:
        given = request.form.get("token") or request.headers.get("X-KG-Token", "")
        if not hmac.compare_digest(str(given), str(token)):
            raise PermissionError("Adding papers needs the admin token.")
    file = request.files.get("file")
    if file is None or not file.filename:
        raise ReadError("Choose a .pdf, .txt, .md or .html file to upload.")
    name = secure_filename(file.filename)
    suffix = Path(name).suffix.lower()
    if not name or suffix not in ALLOWED:
        raise ReadError(f"{file.filename}: unsupported file type; use .pdf, .txt, .md or .html")
    tmpdir = Path(tempfile.mkdtemp(prefix="kg-upload-"))
    try:
        dest = tmpdir / name
        file.save(dest)
        from kg.ingest import add_files

        st = state()
        with st.write_lock:
            result = add_files([dest], st.get(), Path(current_app.config["KG_CORPUS"]))[0]
        return result
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
