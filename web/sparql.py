"""SPARQL 1.1 Protocol endpoint (read-only, bounded), its editor page, and linked data.

``/sparql``: GET ?query=, POST form, POST application/sparql-query; default-graph-uri and
named-graph-uri; results as SPARQL JSON/XML, CSV, TSV; graphs as Turtle, N-Triples, JSON-LD,
RDF/XML. Without a query it returns the Service Description (HTML editor for browsers).
``/id/<path>``: every IRI the graph mints dereferences here (HTML → its page, RDF by conneg).
"""

from __future__ import annotations

import atexit
import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)
from rdflib import BNode, Graph, Literal, URIRef

from kg.errors import QueryError, QueryTimeout
from kg.export import context
from kg.queries import named_queries
from kg.sparql import BoundedRunner, ProcessRunner
from kg.store import QueryResult
from kg.vocab import BASE, ID
from web.store import cached, get_store, state

bp = Blueprint("sparql", __name__)

RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/ld+json": "json-ld",
    "application/rdf+xml": "xml",
    "application/json": "json-ld",
}
SPARQL_NS = "http://www.w3.org/2005/sparql-results#"


def run_bounded(sparql: str, default_graphs: list[str] | None, named_graphs: list[str] | None) -> QueryResult:
    """Run a user's query under the configured time limit and row cap.

    On the on-disk store, queries run in worker processes that are killed past the limit; other
    backends use worker threads (streaming queries stop at the deadline).
    """
    ext, cfg = current_app.extensions, current_app.config
    st = state()
    timeout, max_rows = float(cfg["KG_QUERY_TIMEOUT"]), int(cfg["KG_MAX_ROWS"])
    slots = int(cfg.get("KG_QUERY_SLOTS", 2))
    if "kg_sparql" not in ext:
        get_store()  # make sure the store exists before workers open it read-only
        disk = st.backend == "oxigraph"
        ext["kg_sparql"] = ProcessRunner(str(st.path), slots) if disk else BoundedRunner(slots)
        if disk:
            atexit.register(ext["kg_sparql"].close)
    runner = ext["kg_sparql"]
    if isinstance(runner, ProcessRunner):
        if st.store is not None:
            st.store.flush()
        return runner.run(sparql, timeout, max_rows, st.version, default_graphs, named_graphs)
    return runner.run(get_store(), sparql, timeout, max_rows, default_graphs, named_graphs)


def _wants_html() -> bool:
    best = request.accept_mimetypes.best_match(["text/html", *RESULT_TYPES, *GRAPH_TYPES])
    return best == "text/html" and request.args.get("format") is None


def _query_text() -> str | None:
    if request.method == "POST":
        if request.mimetype == "application/sparql-query":
            return request.get_data(as_text=True)
        if request.mimetype == "application/sparql-update" or "update" in request.form:
            raise QueryError("SPARQL Update is not allowed here: this endpoint is read-only")
        return request.form.get("query")
    if "update" in request.args:
        raise QueryError("SPARQL Update is not allowed here: this endpoint is read-only")
    return request.args.get("query")


@bp.route("/sparql", methods=["GET", "POST"])
def endpoint():
    try:
        sparql = _query_text()
    except QueryError as exc:
        return Response(str(exc) + "\n", status=403, mimetype="text/plain")
    if not sparql:
        if _wants_html():
            return editor()
        return Response(service_description(), mimetype="text/turtle")
    args = request.values
    try:
        res = run_bounded(sparql, args.getlist("default-graph-uri") or None, args.getlist("named-graph-uri") or None)
    except QueryTimeout as exc:
        return Response(str(exc) + "\n", status=503, mimetype="text/plain", headers={"Retry-After": "5"})
    except QueryError as exc:
        status = 403 if "read-only" in str(exc) else 400
        return Response(str(exc) + "\n", status=status, mimetype="text/plain")
    return render_result(res)


def _negotiate(options: dict[str, str], default: str) -> tuple[str, str]:
    fmt = request.args.get("format")
    if fmt:
        for mime, name in options.items():
            if name == fmt or mime == fmt:
                return mime, name
    best = request.accept_mimetypes.best_match(list(options), default=default)
    if request.accept_mimetypes.best in (None, "*/*") or best is None:
        best = default
    return best, options[best]


def render_result(res: QueryResult) -> Response:
    headers = {"X-KG-Truncated": "true"} if res.truncated else {}
    if res.kind == "graph":
        mime, fmt = _negotiate(GRAPH_TYPES, "text/turtle")
        body = res.graph.serialize(format=fmt)
        return Response(body, mimetype=mime if mime != "application/json" else "application/ld+json", headers=headers)
    mime, fmt = _negotiate(RESULT_TYPES, "application/sparql-results+json")
    if fmt == "json":
        body, mime = json.dumps(results_json(res), ensure_ascii=False), "application/sparql-results+json"
    elif fmt == "xml":
        body, mime = results_xml(res), "application/sparql-results+xml"
    else:
        body = results_delimited(res, "," if fmt == "csv" else "\t")
    return Response(body, mimetype=mime, headers=headers)


def _term_json(t: object) -> dict:
    if isinstance(t, URIRef):
        return {"type": "uri", "value": str(t)}
    if isinstance(t, BNode):
        return {"type": "bnode", "value": str(t)}
    out = {"type": "literal", "value": str(t)}
    if isinstance(t, Literal) and t.language:
        out["xml:lang"] = t.language
    elif isinstance(t, Literal) and t.datatype:
        out["datatype"] = str(t.datatype)
    return out


def results_json(res: QueryResult) -> dict:
    if res.kind == "ask":
        return {"head": {}, "boolean": bool(res.boolean)}
    bindings = [{v: _term_json(t) for v, t in zip(res.vars, row, strict=True) if t is not None} for row in res.rows]
    return {"head": {"vars": res.vars}, "results": {"bindings": bindings}}


def results_xml(res: QueryResult) -> str:
    root = ET.Element("sparql", xmlns=SPARQL_NS)
    head = ET.SubElement(root, "head")
    if res.kind == "ask":
        ET.SubElement(root, "boolean").text = str(bool(res.boolean)).lower()
        return ET.tostring(root, encoding="unicode", xml_declaration=True)
    for v in res.vars:
        ET.SubElement(head, "variable", name=v)
    results = ET.SubElement(root, "results")
    for row in res.rows:
        r = ET.SubElement(results, "result")
        for v, t in zip(res.vars, row, strict=True):
            if t is None:
                continue
            b = ET.SubElement(r, "binding", name=v)
            if isinstance(t, URIRef):
                ET.SubElement(b, "uri").text = str(t)
            elif isinstance(t, BNode):
                ET.SubElement(b, "bnode").text = str(t)
            else:
                attrs = {}
                if t.language:
                    attrs["xml:lang"] = t.language
                elif t.datatype:
                    attrs["datatype"] = str(t.datatype)
                ET.SubElement(b, "literal", **attrs).text = str(t)
    return ET.tostring(root, encoding="unicode", xml_declaration=True)


def results_delimited(res: QueryResult, sep: str) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\r\n" if sep == "," else "\n")
    if res.kind == "ask":
        w.writerow(["boolean"])
        w.writerow([str(bool(res.boolean)).lower()])
        return buf.getvalue()
    if sep == ",":
        w.writerow(res.vars)
        w.writerows([["" if t is None else str(t) for t in row] for row in res.rows])
    else:
        w.writerow([f"?{v}" for v in res.vars])
        w.writerows([["" if t is None else t.n3() for t in row] for row in res.rows])
    return buf.getvalue()


def service_description() -> str:
    url = request.base_url
    return f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix formats: <http://www.w3.org/ns/formats/> .
<{url}> a sd:Service ;
    sd:endpoint <{url}> ;
    sd:supportedLanguage sd:SPARQL11Query ;
    sd:resultFormat formats:SPARQL_Results_JSON, formats:SPARQL_Results_XML, formats:SPARQL_Results_CSV,
        formats:SPARQL_Results_TSV, formats:Turtle, formats:N-Triples, formats:JSON-LD, formats:RDF_XML ;
    sd:feature sd:UnionDefaultGraph ;
    sd:defaultDataset [ a sd:Dataset ; sd:defaultGraph [ a sd:Graph ] ] .
"""


def editor() -> str:
    examples = [
        {"name": q.name, "title": q.title, "description": q.description, "sparql": q.sparql}
        for q in named_queries("queries/examples").values()
    ]
    return render_template("sparql.html", examples=examples, query=request.args.get("q", ""))


@bp.get("/sparql/vocabulary")
def vocabulary():
    """Prefixes, classes, properties and concept labels of THIS graph, for autocompletion."""

    def compute() -> dict:
        store = get_store()
        classes = [
            str(r[0]) for r in store.query("SELECT DISTINCT ?c WHERE { ?s a ?c } ORDER BY ?c", max_rows=500).rows
        ]
        props = [str(r[0]) for r in store.query("SELECT DISTINCT ?p WHERE { ?s ?p ?o } ORDER BY ?p", max_rows=500).rows]
        concepts = store.query(
            "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT DISTINCT ?c ?l WHERE { ?c skos:prefLabel ?l } "
            "ORDER BY ?l",
            max_rows=5000,
        ).dicts()
        from kg.export import PREFIXES

        return {
            "prefixes": {k: str(v) for k, v in PREFIXES.items()},
            "classes": classes,
            "properties": props,
            "concepts": [{"iri": c["c"], "label": c["l"]} for c in concepts],
        }

    return jsonify(cached(("vocabulary",), compute))


@bp.get("/context.jsonld")
def jsonld_context():
    return Response(json.dumps(context(), indent=2), mimetype="application/ld+json")


PAGE_FOR = {"paper": "pages.paper", "concept": "pages.concept", "mechanism": "pages.mechanism"}


@bp.get("/id/<path:rest>")
def resource(rest: str):
    """Dereference a minted IRI: HTML → the explorer page, otherwise RDF by content negotiation."""
    iri = URIRef(ID + rest)
    kind, _, ident = rest.partition("/")
    if _wants_html():
        if kind in PAGE_FOR and "/" not in ident:
            arg = {"paper": "pid", "concept": "cid", "mechanism": "mid"}[kind]
            return redirect(url_for(PAGE_FOR[kind], **{arg: ident}), 303)
        paper = (
            get_store()
            .query(
                "PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX dekg: <https://w3id.org/dekg/ontology#> "
                "SELECT ?pid WHERE { ?x prov:wasDerivedFrom ?p . ?p dekg:paperId ?pid }",
                {"x": iri},
            )
            .rows
        )
        if paper:
            return redirect(url_for("pages.paper", pid=str(paper[0][0])), 303)
    res = get_store().query(
        "CONSTRUCT { ?x ?p ?o . ?s ?q ?x } WHERE { { ?x ?p ?o } UNION { ?s ?q ?x } }", {"x": iri}, max_rows=5000
    )
    if not res.graph:
        abort(404, f"No resource {iri}")
    g = Graph()
    g.bind("dekg", BASE + "ontology#")
    g.bind("id", str(ID))
    for t in res.graph:
        g.add(t)
    mime, fmt = _negotiate(GRAPH_TYPES, "text/turtle")
    return Response(g.serialize(format=fmt), mimetype=mime if mime != "application/json" else "application/ld+json")


@bp.get("/vendor/vis/<name>")
def vis_asset(name: str):
    """vis-network served from the installed pyvis package (no CDN, nothing copied around)."""
    import pyvis
    from flask import send_from_directory

    if name not in {"vis-network.min.js", "vis-network.css"}:
        abort(404, f"No asset {name}")
    return send_from_directory(Path(pyvis.__file__).parent / "lib" / "vis-9.1.2", name, max_age=86400)
