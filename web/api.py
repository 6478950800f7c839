"""JSON API: the same read models as the pages (see README, "JSON API")."""

from __future__ import annotations

from flask import Blueprint, abort, jsonify, request, url_for

from kg import explore
from kg.errors import KgError
from kg.queries import list_concepts, list_mechanisms, list_papers
from web.pages import map_filter_from_request
from web.store import cached, get_store, state
from web.views import (
    concept_page,
    contested_page,
    map_payload,
    mechanism_page,
    paths_between,
    summary,
    upload_paper,
)

bp = Blueprint("api", __name__, url_prefix="/api")


@bp.errorhandler(404)
def api_404(err):
    return jsonify(error=getattr(err, "description", "not found")), 404


@bp.errorhandler(400)
def api_400(err):
    return jsonify(error=getattr(err, "description", "bad request")), 400


@bp.get("/overview")
def overview():
    return jsonify(cached(("overview",), lambda: explore.overview(get_store(), summary())))


@bp.get("/papers")
def papers():
    return jsonify(list_papers(get_store()))


@bp.get("/papers/<pid>")
def paper(pid: str):
    p = explore.paper(get_store(), pid)
    if p is None:
        abort(404, f"No paper {pid}")
    return jsonify(p)


@bp.get("/mechanisms")
def mechanisms():
    return jsonify(list_mechanisms(get_store(), request.args.get("paper"), request.args.get("family")))


@bp.get("/mechanisms/<mid>")
def mechanism(mid: str):
    m = mechanism_page(mid)
    return jsonify(m)


@bp.get("/concepts")
def concepts():
    return jsonify(list_concepts(get_store()))


@bp.get("/concepts/<cid>")
def concept(cid: str):
    return jsonify(concept_page(cid))


@bp.get("/map")
def map_data():
    return jsonify(map_payload(map_filter_from_request()))


@bp.get("/paths")
def paths():
    return jsonify(paths_between(request.args.get("from", ""), request.args.get("to", "")))


@bp.get("/contested")
def contested():
    return jsonify(contested_page())


@bp.get("/search")
def search():
    return jsonify(explore.search(get_store(), request.args.get("q", "")[:200]))


@bp.post("/papers")
def add_paper():
    try:
        result = upload_paper(request)
    except PermissionError as exc:
        return jsonify(error=str(exc)), 403
    except KgError as exc:
        return jsonify(error=str(exc)), 400
    state().changed()
    return jsonify(
        paper=result.paper_id,
        status=result.status,
        mechanisms=result.mechanisms,
        claims=result.claims,
        url=url_for("pages.paper", pid=result.paper_id),
    ), 201
