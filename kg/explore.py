"""Read models for the explorer's pages and JSON API (both call these same functions)."""

from __future__ import annotations

from collections import defaultdict

from rdflib import Literal, URIRef

from kg.mapping import concept_iri, paper_iri
from kg.queries import list_mechanisms, list_papers, run
from kg.store import Store
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
    return [
        dict(zip(("id", "label"), v.split("=", 1), strict=True)) for v in sorted(filter(None, (raw or "").split("|")))
    ]


def overview(store: Store, top: int = 10) -> dict:
    counts = run(store, "explore_overview")[0]
    support = run(store, "explore_mechanism_support", max_rows=None)  # read once, shared with contested
    for r in support:
        r["id"] = mechanism_id(r["m"])
    return {
        "counts": counts,
        "families": run(store, "explore_families"),
        "top": support[:top],
        "contested": contested(store, limit=top, support=support),
        "papers": sorted(list_papers(store), key=lambda p: (-(int(p["year"]) if p.get("year") else 0), p["title"]))[
            :50
        ],
    }


SIBLINGS = """PREFIX dekg: <https://w3id.org/dekg/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?m ?pol ?pid WHERE { ?m dekg:cause ?c ; dekg:effect ?e ; dekg:polarity ?pol .
  ?a dekg:asserts ?m ; prov:wasDerivedFrom ?p . ?p dekg:paperId ?pid }"""


def mechanism(store: Store, mid: str) -> dict | None:
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
    assertions = run(store, "explore_assertions", m=iri)
    for a in assertions:
        del a["m"]
        a["via"] = _via(a.get("via"))
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
        "assertions": assertions,
        "papers": sorted({a["paper_id"] for a in assertions}),
        "consensus": dict(sorted(by_polarity.items())),
        "alternatives": [
            {"id": mechanism_id(m), "polarity": pol, "support": len(support[m])}
            for m, pol in sorted(polarity_of.items())
            if m != str(iri)
        ],
    }


def concept(store: Store, cid: str) -> dict | None:
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
    links = run(store, "explore_concept_links", c=iri)
    for r in links:
        r["id"] = mechanism_id(r["m"])
    papers = store.query(
        "PREFIX dekg: <https://w3id.org/dekg/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> "
        "SELECT DISTINCT ?id ?title WHERE { ?p dekg:mentions ?c ; dekg:paperId ?id ; dcterms:title ?title } "
        "ORDER BY ?title",
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
        "outgoing": [r for r in links if r["role"] == "out"],
        "incoming": [r for r in links if r["role"] == "in"],
        "channel": [r for r in links if r["role"] == "channel"],
        "papers": papers,
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


def contested(store: Store, limit: int = 100, support: list[dict] | None = None) -> list[dict]:
    """Cause → effect pairs on which papers disagree (opposite polarity, or effect vs no effect).

    Sorted by how many papers take part; quotes are loaded for the first ``limit`` only, so the
    work per request stays bounded however large the corpus grows. ``support`` is the
    ``explore_mechanism_support`` result when the caller has already read it.
    """
    pairs: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in support if support is not None else run(store, "explore_mechanism_support", max_rows=None):
        pairs[(r["cause_id"], r["effect_id"])].append(r)
    found = []
    for (cid, eid), rows in pairs.items():
        pols = {r["polarity"] for r in rows}
        disagree = any(OPPOSITE[p] & pols for p in pols) or ("mixed" in pols and len(pols) > 1)
        # two papers at least: checked on the quotes below; fewer than two assertions can't have them
        if disagree and sum(int(r["support"]) for r in rows) >= 2:
            found.append((cid, eid, rows))
    found.sort(key=lambda f: (-sum(int(r["support"]) for r in f[2]), f[2][0]["cause"], f[2][0]["effect"]))
    out: list[dict] = []
    quotes: dict[str, list[dict]] = {}
    for i, (cid, eid, rows) in enumerate(found):
        if len(out) >= limit:
            break
        if rows[0]["m"] not in quotes:  # one query for the quotes of the next pairs that may be needed
            quotes = _assertions(store, [r["m"] for _, _, rs in found[i : i + limit - len(out)] for r in rs])
        sides = []
        for r in sorted(rows, key=lambda r: r["polarity"]):
            a = quotes[r["m"]]
            sides.append(
                {"polarity": r["polarity"], "id": mechanism_id(r["m"]), "support": int(r["support"]), "assertions": a}
            )
        papers = {a["paper_id"] for s in sides for a in s["assertions"]}
        if len(papers) < 2:
            continue  # one paper qualifying its own claim is not a disagreement between papers
        out.append(
            {
                "cause_id": cid,
                "cause": rows[0]["cause"],
                "effect_id": eid,
                "effect": rows[0]["effect"],
                "papers": len(papers),
                "sides": sides,
            }
        )
    out.sort(key=lambda c: (-c["papers"], c["cause"], c["effect"]))
    return out


def _assertions(store: Store, mechanisms: list[str], per_mechanism: int = 50) -> dict[str, list[dict]]:
    """The first ``per_mechanism`` assertions of each mechanism (by paper, then position), in one query."""
    out: dict[str, list[dict]] = {m: [] for m in mechanisms}
    for a in run(store, "explore_assertions", max_rows=None, m=[URIRef(m) for m in mechanisms]):
        got = out[a.pop("m")]
        if len(got) < per_mechanism:
            got.append(a)
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
