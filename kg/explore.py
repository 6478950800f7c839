"""Read models for the explorer's pages and JSON API (both call these same functions)."""

from __future__ import annotations

from collections import defaultdict

from rdflib import Literal, URIRef

from kg.mapping import concept_iri, paper_iri
from kg.queries import channel_pairs, list_mechanisms, run, statements_of
from kg.store import Store
from kg.summary import Summary
from kg.vocab import ID

OPPOSITE = {
    "positive": {"negative", "none"},
    "negative": {"positive", "none"},
    "none": {"positive", "negative"},
    "mixed": set(),
}


def mechanism_id(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


def _via(raw: str | None) -> list[dict]:
    return [{"id": i, "label": label} for i, label in channel_pairs(raw)]


def _channel_dicts(ids: list[str], labels: list[str]) -> list[dict]:
    return [{"id": i, "label": label} for i, label in zip(ids, labels, strict=True)]


PAGE_SIZE = 50  # rows per page of a long list (a concept's links and papers, assertions)
CONTESTED_PAGE = 20  # contested pairs per page
QUOTES_PER_SIDE = 3  # quotes shown per side of a contested pair; the mechanism page has the rest


def page_of(items: list, page: int, per_page: int = PAGE_SIZE) -> dict:
    """One page of a list with its total, so a page never shows more than ``per_page`` rows."""
    pages = max(1, -(-len(items) // per_page))
    return {
        "items": items[(page - 1) * per_page : page * per_page],
        "total": len(items),
        "page": page,
        "pages": pages,
        "per_page": per_page,
    }


def overview(store: Store, summary: Summary, top: int = 10) -> dict:
    """Counts, families, the most supported and most contested mechanisms and the newest papers."""
    return {
        "counts": run(store, "explore_overview")[0],
        "families": summary.families,
        "top": [m.brief() for m in summary.mechanisms[:top]],
        "contested": contested(store, summary, per_page=top)["items"],
        "papers": recent_papers(store),
    }


def recent_papers(store: Store) -> list[dict]:
    rows = run(store, "explore_recent_papers")
    for r in rows:
        r["authors"] = [a.split(":", 1)[1] for a in sorted(filter(None, (r.get("authors") or "").split("|")))]
    return rows


SIBLINGS = """PREFIX dekg: <https://w3id.org/dekg/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?m ?pol ?pid WHERE { ?m dekg:cause ?c ; dekg:effect ?e ; dekg:polarity ?pol .
  ?a dekg:asserts ?m ; prov:wasDerivedFrom ?p . ?p dekg:paperId ?pid }"""


def mechanism(store: Store, mid: str, page: int = 1, per_page: int = PAGE_SIZE) -> dict | None:
    """A mechanism with one page of its assertions (by paper, then position) and the consensus."""
    iri = ID[f"mechanism/{mid}"]
    res = store.query(
        "PREFIX dekg: <https://w3id.org/dekg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
        "SELECT ?c ?cl ?e ?el ?pol WHERE { ?m dekg:cause ?c ; dekg:effect ?e ; dekg:polarity ?pol . "
        "?c skos:prefLabel ?cl . ?e skos:prefLabel ?el }",
        {"m": iri},
    ).dicts()
    if not res:
        return None
    head = res[0]
    keys = _assertion_keys(store, [str(iri)])[str(iri)]
    assertions = page_of(keys, page, per_page)
    assertions["items"] = _assertion_details(store, assertions["items"])
    cid, eid = head["c"].rsplit("/", 1)[-1], head["e"].rsplit("/", 1)[-1]
    per_paper: dict[str, set[str]] = defaultdict(set)
    support: dict[str, set[str]] = defaultdict(set)
    polarity_of: dict[str, str] = {}
    for r in store.query(SIBLINGS, {"c": URIRef(head["c"]), "e": URIRef(head["e"])}).dicts():
        per_paper[r["pid"]].add(r["pol"])
        support[r["m"]].add(r["pid"])
        polarity_of[r["m"]] = r["pol"]
    by_polarity: dict[str, int] = defaultdict(int)
    for pols in per_paper.values():  # each paper counted once; both directions at once is "mixed"
        by_polarity[next(iter(pols)) if len(pols) == 1 else "mixed"] += 1
    return {
        "id": mid,
        "iri": str(iri),
        "cause": head["cl"],
        "cause_id": cid,
        "effect": head["el"],
        "effect_id": eid,
        "polarity": head["pol"],
        "support": len(support[str(iri)]),
        "assertions": assertions,
        "consensus": dict(sorted(by_polarity.items())),
        "alternatives": [
            {"id": mechanism_id(m), "polarity": pol, "support": len(support[m])}
            for m, pol in sorted(polarity_of.items())
            if m != str(iri)
        ],
    }


CONCEPT_LISTS = ("outgoing", "incoming", "channel", "papers")


def concept(
    store: Store, cid: str, summary: Summary, pages: dict[str, int] | None = None, per_page: int = PAGE_SIZE
) -> dict | None:
    """A concept with one page of each of its lists (links by support, then label; papers by title)."""
    pages = pages or {}
    iri = concept_iri(cid)
    q = (
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX dekg: <https://w3id.org/dekg/ontology#> "
        "SELECT ?pref ?alt ?broader ?bl ?narrower ?nl ?fam ?cand WHERE { ?c skos:prefLabel ?pref . "
        "OPTIONAL { ?c skos:altLabel ?alt } OPTIONAL { ?c skos:broader ?broader . ?broader skos:prefLabel ?bl } "
        "OPTIONAL { ?narrower skos:broader ?c . ?narrower skos:prefLabel ?nl } "
        "OPTIONAL { ?c dekg:familyAffinity ?fam } BIND(EXISTS { ?c a dekg:CandidateConcept } AS ?cand) }"
    )
    rows = store.query(q, {"c": iri}).dicts()
    if not rows:
        return None
    channel_ids = {r["m"] for r in run(store, "explore_concept_channels", max_rows=None, c=iri)}
    lists: dict[str, list] = {"outgoing": [], "incoming": [], "channel": []}
    for m in summary.mechanisms:  # already by support, then cause and effect label
        if m.cause_id == cid:
            lists["outgoing"].append(m.brief())
        if m.effect_id == cid:
            lists["incoming"].append(m.brief())
        if m.iri in channel_ids:
            lists["channel"].append(m.brief())
    lists["papers"] = store.query(
        "PREFIX dekg: <https://w3id.org/dekg/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> "
        "SELECT DISTINCT ?id ?title WHERE { ?p dekg:mentions ?c ; dekg:paperId ?id ; dcterms:title ?title } "
        "ORDER BY ?title ?id",
        {"c": iri},
    ).dicts()
    label = rows[0]["pref"]
    definitions = store.query(
        "PREFIX dekg: <https://w3id.org/dekg/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> "
        'SELECT ?quote ?pid WHERE { ?cl dekg:claimType "definition" ; dekg:quote ?quote ; prov:wasDerivedFrom ?p . '
        "?p dekg:paperId ?pid . FILTER(CONTAINS(LCASE(?quote), LCASE(?label))) } ORDER BY ?pid LIMIT 5",
        {"label": Literal(label)},
    ).dicts()
    return {
        "id": cid,
        "iri": str(iri),
        "label": label,
        "aliases": sorted({r["alt"] for r in rows if r.get("alt")}),
        "broader": sorted({(r["broader"].rsplit("/", 1)[-1], r["bl"]) for r in rows if r.get("broader")}),
        "narrower": sorted({(r["narrower"].rsplit("/", 1)[-1], r["nl"]) for r in rows if r.get("narrower")}),
        "family": rows[0].get("fam"),
        "candidate": bool(rows[0].get("cand")),
        **{k: page_of(v, pages.get(k, 1), per_page) for k, v in lists.items()},
        "definitions": definitions,
    }


def paper(store: Store, pid: str) -> dict | None:
    iri = paper_iri(pid)
    meta = store.query(
        "PREFIX dekg: <https://w3id.org/dekg/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> "
        "PREFIX fabio: <http://purl.org/spar/fabio/> PREFIX bibo: <http://purl.org/ontology/bibo/> "
        "SELECT ?title ?abstract ?year ?doi ?file ?venue WHERE { ?p dcterms:title ?title ; dekg:fileName ?file . "
        "OPTIONAL { ?p dcterms:abstract ?abstract } OPTIONAL { ?p fabio:hasPublicationYear ?year } "
        "OPTIONAL { ?p bibo:doi ?doi } OPTIONAL { ?p dekg:venue ?venue } }",
        {"p": iri},
    ).dicts()
    if not meta:
        return None
    multi = store.query(
        "PREFIX dekg: <https://w3id.org/dekg/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> "
        "PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
        "SELECT ?kind ?value ?pos WHERE { { ?p dcterms:creator ?a . ?a foaf:name ?value ; dekg:position ?pos "
        'BIND("author" AS ?kind) } UNION { ?p dekg:keyword ?value BIND("keyword" AS ?kind) } UNION '
        '{ ?p dekg:affiliation ?value BIND("affiliation" AS ?kind) } UNION { ?p dekg:place ?value '
        'BIND("place" AS ?kind) } UNION { ?p dekg:organization ?value BIND("organization" AS ?kind) } UNION '
        "{ ?p <http://purl.org/spar/cito/cites> ?r . ?r dekg:rawCitation ?value ; dekg:position ?pos "
        'BIND("reference" AS ?kind) } } ORDER BY ?kind ?pos ?value',
        {"p": iri},
    ).dicts()
    grouped: dict[str, list[str]] = defaultdict(list)
    for r in multi:
        grouped[r["kind"]].append(r["value"])
    claims = store.query(
        "PREFIX dekg: <https://w3id.org/dekg/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> "
        "SELECT ?type ?quote ?start ?end ?hedged ?hid ?section WHERE { ?c a dekg:Claim ; prov:wasDerivedFrom ?p ; "
        "dekg:claimType ?type ; dekg:quote ?quote ; dekg:startOffset ?start ; dekg:endOffset ?end ; "
        "dekg:hedged ?hedged ; dekg:section ?section OPTIONAL { ?c dekg:hypothesisId ?hid } } ORDER BY ?start",
        {"p": iri},
    ).dicts()
    stats = store.query(
        "PREFIX dekg: <https://w3id.org/dekg/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> "
        "SELECT ?model ?variable ?coef ?se ?sig ?hr ?n WHERE { ?s a dekg:Statistic ; prov:wasDerivedFrom ?p ; "
        "dekg:model ?model ; dekg:variable ?variable ; dekg:position ?pos ; dekg:significance ?sig "
        "OPTIONAL { ?s dekg:coefficient ?coef } OPTIONAL { ?s dekg:stdError ?se } "
        "OPTIONAL { ?s dekg:hazardRatio ?hr } OPTIONAL { ?s dekg:nObs ?n } } ORDER BY ?pos",
        {"p": iri},
    ).dicts()
    mechs = list_mechanisms(store, pid)
    for m in mechs:
        m["id"] = mechanism_id(m["mechanism"])
    return {
        "id": pid,
        "iri": str(iri),
        **meta[0],
        "authors": grouped["author"],
        "keywords": grouped["keyword"],
        "affiliations": grouped["affiliation"],
        "places": grouped["place"],
        "organizations": grouped["organization"],
        "references": grouped["reference"],
        "claims": claims,
        "statistics": stats,
        "mechanisms": mechs,
    }


def contested_pairs(summary: Summary) -> list[dict]:
    """Cause → effect pairs on which papers disagree, most papers first, then cause and effect.

    Any two polarities of one link disagree (opposite signs, an effect against no effect, or mixed
    against either); one paper qualifying its own claim is not a disagreement between papers, so a
    pair needs two distinct papers.
    """
    out = []
    for (cid, eid), rows in summary.by_pair.items():
        if len({r.polarity for r in rows}) < 2:
            continue
        papers = set().union(*(r.papers for r in rows))
        if len(papers) < 2:
            continue
        out.append(
            {
                "cause_id": cid,
                "cause": rows[0].cause,
                "effect_id": eid,
                "effect": rows[0].effect,
                "papers": len(papers),
                "rows": sorted(rows, key=lambda r: (r.polarity, r.id)),
            }
        )
    out.sort(key=lambda c: (-c["papers"], c["cause"], c["effect"]))
    return out


def contested(store: Store, summary: Summary, page: int = 1, per_page: int = CONTESTED_PAGE) -> dict:
    """One page of contested pairs, each side with its support and its first few quotes."""
    result = page_of(contested_pairs(summary), page, per_page)
    rows = [r for c in result["items"] for r in c["rows"]]
    keys = _assertion_keys(store, [r.iri for r in rows])
    details = _assertion_details(store, [k for r in rows for k in keys[r.iri][:QUOTES_PER_SIDE]])
    by_m: dict[str, list[dict]] = defaultdict(list)
    for d in details:
        by_m[d["m"]].append(d)
    items = []
    for c in result["items"]:
        sides = [
            {
                "polarity": r.polarity,
                "id": r.id,
                "support": r.support,
                "quotes": len(keys[r.iri]),
                "assertions": by_m[r.iri],
            }
            for r in c["rows"]
        ]
        items.append({k: v for k, v in c.items() if k != "rows"} | {"sides": sides})
    result["items"] = items
    return result


def _assertion_keys(store: Store, mechanisms: list[str]) -> dict[str, list[dict]]:
    """Every assertion of each mechanism as (IRI, paper, position), in reading order: a light query
    (no quotes) that lets a page pick its assertions before their details are read."""
    out: dict[str, list[dict]] = {m: [] for m in mechanisms}
    if not mechanisms:
        return out
    seen: set[tuple[str, str]] = set()
    for r in run(store, "explore_assertion_keys", max_rows=None, m=[URIRef(m) for m in mechanisms]):
        if (r["m"], r["a"]) not in seen:  # an assertion with two offsets (a store edited by hand) counts once
            seen.add((r["m"], r["a"]))
            out[r["m"]].append(r)
    for rows in out.values():
        rows.sort(key=lambda r: (r["paper_id"], int(r["start"]), int(r["end"]), r["a"]))
    return out


def _assertion_details(store: Store, keys: list[dict]) -> list[dict]:
    """Quote, paper, section, evidence, method, channels, moderators of the given assertions, in order."""
    if not keys:
        return []
    rows = {r["a"]: r for r in run(store, "explore_assertions", max_rows=None, a=[URIRef(k["a"]) for k in keys])}
    restated = statements_of(store, sorted({k["a"] for k in keys}))
    out = []
    for k in keys:
        r = rows.get(k["a"])
        if r is not None:  # a new row: the same assertion may be asked for twice
            again = [
                st
                | {
                    "via": _channel_dicts(st["via_ids"], st["via"]),
                    "moderators": _channel_dicts(st["moderator_ids"], st["moderators"]),
                }
                for st in restated.get(k["a"], [])
            ]
            out.append(r | {"via": _via(r.get("via")), "moderators": _via(r.get("moderators")), "statements": again})
    return out


def search(store: Store, q: str, limit: int = 60) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {"concept": [], "paper": [], "quote": []}
    if not q.strip():
        return out
    for r in run(store, "explore_search", max_rows=limit * 3, q=Literal(q.strip()[:200])):
        bucket = out[r["kind"]]
        if len(bucket) < limit:
            r["id"] = r["target"].rsplit("/", 1)[-1]
            bucket.append(r)
    seen, concepts = set(), []
    for r in out["concept"]:
        if r["id"] not in seen:
            seen.add(r["id"])
            concepts.append(r)
    out["concept"] = concepts
    return out
