"""HTML pages of the explorer: overview, map, mechanism, concept, paper, paths, contested, add."""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, Response, abort, current_app, redirect, render_template, request, url_for

from kg import explore
from kg.errors import KgError
from web.mapdata import FAMILY_COLOURS, FAMILY_NAMES, MapFilter
from web.store import cached, get_store, state
from web.views import (
    concept_page,
    contested_page,
    map_payload,
    mechanism_page,
    paper_segments,
    paths_between,
    summary,
    upload_paper,
)

bp = Blueprint("pages", __name__)


@bp.app_context_processor
def common() -> dict:
    return {"family_names": FAMILY_NAMES, "family_colours": FAMILY_COLOURS}


@bp.app_errorhandler(404)
def not_found(err):
    return render_template("error.html", code=404, message=getattr(err, "description", "Not found")), 404


@bp.app_errorhandler(400)
def bad_request(err):
    return render_template("error.html", code=400, message=getattr(err, "description", "Bad request")), 400


@bp.app_errorhandler(413)
def too_large(err):
    return render_template("error.html", code=413, message="The file is too large."), 413


@bp.get("/")
def index():
    return render_template("index.html", o=cached(("overview",), lambda: explore.overview(get_store(), summary())))


def map_filter_from_request() -> MapFilter:
    args = request.args
    try:
        min_support = max(1, int(args.get("min_support", 1)))
        hops = max(1, min(4, int(args.get("hops", 1))))
    except ValueError:
        abort(400, "min_support and hops must be whole numbers")
    return MapFilter(
        families=tuple(sorted(args.getlist("family"))),
        papers=tuple(sorted(args.getlist("paper"))),
        evidence=tuple(sorted(args.getlist("evidence"))),
        polarity=tuple(sorted(args.getlist("polarity"))),
        min_support=min_support,
        focus=args.get("focus") or None,
        hops=hops,
    )


@bp.get("/map")
def mechanism_map():
    f = map_filter_from_request()
    data = map_payload(f)
    from kg.queries import run

    # the filter's list (ids and titles only), once per graph version
    papers = cached(("paper_titles",), lambda: run(get_store(), "paper_titles", max_rows=None))
    return render_template("map.html", data=data, f=f, papers=papers)


@bp.get("/mechanism/<mid>")
def mechanism(mid: str):
    m = mechanism_page(mid)
    return render_template("mechanism.html", m=m)


@bp.get("/concept/<cid>")
def concept(cid: str):
    c = concept_page(cid)
    local = map_payload(MapFilter(focus=cid, hops=1))
    return render_template("concept.html", c=c, data=local)


@bp.get("/paper/<pid>")
def paper(pid: str):
    p = explore.paper(get_store(), pid)
    if p is None:
        abort(404, f"No paper {pid}")
    corpus = Path(current_app.config["KG_CORPUS"])
    segments = paper_segments(corpus / p["file"], p)
    local = map_payload(MapFilter(papers=(pid,)))
    return render_template("paper.html", p=p, segments=segments, data=local)


@bp.get("/paper/<pid>.<fmt>")
def paper_rdf(pid: str, fmt: str):
    from kg.export import export

    if fmt not in {"ttl", "jsonld", "trig", "nq"}:
        abort(404, f"No format {fmt}")
    try:
        data = export(get_store(), fmt, pid)
    except KgError:
        abort(404, f"No paper {pid}")
    mime = {
        "ttl": "text/turtle",
        "jsonld": "application/ld+json",
        "trig": "application/trig",
        "nq": "application/n-quads",
    }[fmt]
    return Response(data, mimetype=mime, headers={"Content-Disposition": f"attachment; filename={pid}.{fmt}"})


@bp.get("/paths")
def paths():
    a, b = request.args.get("from", ""), request.args.get("to", "")
    result = paths_between(a, b) if a and b else None
    return render_template("paths.html", a=a, b=b, result=result)


@bp.get("/contested")
def contested():
    return render_template("contested.html", r=contested_page())


@bp.get("/search")
def search():
    q = request.args.get("q", "")[:200]
    return render_template("search.html", q=q, r=explore.search(get_store(), q))


@bp.route("/add", methods=["GET", "POST"])
def add():
    needs_token = bool(current_app.config.get("KG_ADMIN_TOKEN"))
    if request.method == "GET":
        return render_template("add.html", needs_token=needs_token, error=None)
    try:
        result = upload_paper(request)
    except PermissionError as exc:
        return render_template("add.html", needs_token=needs_token, error=str(exc)), 403
    except KgError as exc:
        return render_template("add.html", needs_token=needs_token, error=str(exc)), 400
    state().changed()
    return redirect(url_for("pages.paper", pid=result.paper_id, added=result.status))
