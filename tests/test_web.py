"""Explorer pages and JSON API through Flask's test client over a real store."""

from __future__ import annotations

import io
import json
import shutil
from html.parser import HTMLParser

import pytest

HOSTILE = "<img src=x onerror=alert(1)>"
HOSTILE_PAPER = f"""# Platforms {HOSTILE} and Growth

Jane Roe

**Abstract:** Digital platforms promote county growth {HOSTILE}. The digital economy significantly reduces the
urban-rural income gap.

## 1. Results

Digital platforms significantly promote county growth and employment.
"""


class Elements(HTMLParser):
    """Collects start tags with attributes and the page's text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(html: str) -> Elements:
    p = Elements()
    p.feed(html)
    return p


@pytest.fixture(scope="module")
def app(tmp_path_factory, seed_store_path, seed_corpus):
    from web import create_app

    root = tmp_path_factory.mktemp("webapp")
    shutil.copytree(seed_store_path, root / "store")
    shutil.copytree(seed_corpus, root / "corpus")
    app = create_app({"TESTING": True, "KG_STORE": str(root / "store"), "KG_CORPUS": str(root / "corpus")})
    yield app
    app.extensions["kg"].close()


@pytest.fixture(scope="module")
def client(app):
    return app.test_client()


@pytest.fixture(scope="module")
def hostile_paper(client):
    resp = client.post(
        "/add", data={"file": (io.BytesIO(HOSTILE_PAPER.encode()), "hostile.md")}, content_type="multipart/form-data"
    )
    assert resp.status_code == 302, resp.data[:500]
    return resp.headers["Location"].split("/paper/")[1].split("?")[0]


def _ids(client):
    o = client.get("/api/overview").get_json()
    return o["top"][0]["id"], o["top"][0]["cause_id"], o["papers"][0]["id"]


def test_overview_counts_match_the_store(client):
    o = client.get("/api/overview").get_json()
    assert o["counts"]["papers"] >= 4
    page = parse(client.get("/").get_data(as_text=True))
    assert f"{o['counts']['papers']}" in "".join(page.text)


def test_mechanism_page_shows_every_quote_with_its_paper(client):
    mid, _, _ = _ids(client)
    m = client.get(f"/api/mechanisms/{mid}").get_json()
    page = parse(client.get(f"/mechanism/{mid}").get_data(as_text=True))
    text = " ".join(page.text)
    for a in m["assertions"]["items"]:
        assert a["quote"] in text
    links = {d.get("href") for t, d in page.tags if t == "a"}
    assert all(f"/paper/{a['paper_id']}#q{a['start']}" in links for a in m["assertions"]["items"])


def test_mechanism_page_shows_the_papers_own_words_where_they_differ_from_the_concepts(client):
    from kg.explore import mechanism_id

    for row in client.get("/api/mechanisms").get_json():
        m = client.get(f"/api/mechanisms/{mechanism_id(row['mechanism'])}").get_json()
        if (row["cause"], row["effect"]) != (m["cause"], m["effect"]):
            break
    else:
        pytest.fail("every seed mechanism is worded exactly as its concepts")
    own = next(a for a in m["assertions"]["items"] if a["start"] == row["start"] and a["paper_id"] == row["paper"])
    assert (own["cause_words"], own["effect_words"]) == (row["cause"], row["effect"])
    text = " ".join(parse(client.get(f"/mechanism/{m['id']}").get_data(as_text=True)).text)
    assert f"In the paper's words: {row['cause']} → {row['effect']}" in text


def test_map_data_counts_equal_the_graph(client, app):
    from kg.network import mechanism_graph

    with app.app_context():
        from web.store import get_store

        g = mechanism_graph(get_store())
    data = client.get("/api/map").get_json()
    assert len(data["edges"]) == g.number_of_edges() and len(data["nodes"]) == g.number_of_nodes()


def test_map_filters_narrow_the_graph(client):
    full = client.get("/api/map").get_json()
    neg = client.get("/api/map?polarity=negative").get_json()
    assert 0 < len(neg["edges"]) < len(full["edges"])
    assert {e["polarity"] for e in neg["edges"]} == {"negative"}
    focus = client.get("/api/map?focus=digital-economy&hops=1").get_json()
    neighbours = {e["to"] for e in full["edges"] if e["from"] == "digital-economy"}
    neighbours |= {e["from"] for e in full["edges"] if e["to"] == "digital-economy"} | {"digital-economy"}
    assert focus["edges"] and {n["id"] for n in focus["nodes"]} <= neighbours


def test_paper_page_highlights_claims_and_mechanisms_in_place(client):
    _, _, pid = _ids(client)
    page = parse(client.get(f"/paper/{pid}").get_data(as_text=True))
    marks = [d.get("class", "") for t, d in page.tags if t == "mark"]
    assert any("mechanism" in m for m in marks) and any("claim" in m for m in marks)


def test_a_restated_link_shows_every_sentence_and_each_quote_links_to_its_place_in_the_text(client):
    from kg.explore import mechanism_id

    restated = [r for r in client.get("/api/mechanisms").get_json() if r["statements"]]
    assert restated, "the seeds state some links more than once"
    row = restated[0]
    page = parse(client.get(f"/mechanism/{mechanism_id(row['mechanism'])}").get_data(as_text=True))
    text = " ".join(page.text)
    assert all(s["quote"] in text for s in row["statements"])
    links = {d.get("href") for t, d in page.tags if t == "a"}
    starts = [row["start"], *(s["start"] for s in row["statements"])]
    assert all(f"/paper/{row['paper']}#q{start}" in links for start in starts)
    paper = parse(client.get(f"/paper/{row['paper']}").get_data(as_text=True))
    anchors = {d.get("id") for t, d in paper.tags if t == "mark"}
    assert all(f"q{start}" in anchors for start in starts)


def test_search_finds_a_concept(client):
    r = client.get("/api/search?q=digital econ").get_json()
    assert any(c["id"] == "digital-economy" for c in r["concept"])


def test_paths_finds_a_chain(client):
    paths = client.get("/api/paths?from=digital-economy&to=resource-allocation").get_json()
    assert paths["paths"] and paths["paths"][0][0]["from"] == "digital-economy"


def test_upload_adds_a_paper_that_is_then_on_the_map(client, hostile_paper):
    papers = {p["id"] for p in client.get("/api/papers").get_json()}
    assert hostile_paper in papers
    data = client.get(f"/api/map?paper={hostile_paper}").get_json()
    assert data["edges"]


@pytest.mark.parametrize(
    "route",
    [
        "/",
        "/paper/{pid}",
        "/search?q=img",
        "/contested",
        "/map?paper={pid}",
        "/concept/digital-platform",
        "/api/papers",
    ],
)
def test_hostile_text_is_escaped_everywhere(client, hostile_paper, route):
    body = client.get(route.format(pid=hostile_paper)).get_data(as_text=True)
    if route.startswith("/api"):
        assert HOSTILE in json.dumps(json.loads(body))
        return
    page = parse(body)
    assert not [d for t, d in page.tags if t == "img"]
    assert not any("onerror" in d for _, d in page.tags)


def test_bad_upload_is_refused_and_changes_nothing(client):
    before = client.get("/api/papers").get_json()
    resp = client.post(
        "/add", data={"file": (io.BytesIO(b"\x00\x01binary" * 100), "x.txt")}, content_type="multipart/form-data"
    )
    assert resp.status_code == 400
    assert "not a TXT" in " ".join(parse(resp.get_data(as_text=True)).text)
    resp = client.post("/add", data={"file": (io.BytesIO(b"hello"), "x.exe")}, content_type="multipart/form-data")
    assert resp.status_code == 400
    assert client.get("/api/papers").get_json() == before


def test_admin_token_protects_uploads(app):
    app.config["KG_ADMIN_TOKEN"] = "s3cret"
    try:
        c = app.test_client()
        resp = c.post(
            "/api/papers",
            data={"file": (io.BytesIO(HOSTILE_PAPER.encode()), "again.md")},
            content_type="multipart/form-data",
        )
        assert resp.status_code == 403
    finally:
        app.config["KG_ADMIN_TOKEN"] = None


@pytest.mark.parametrize(
    "route",
    [
        "/paper/nope",
        "/concept/nope",
        "/mechanism/nope",
        "/api/papers/nope",
        "/api/mechanisms/nope",
        "/api/concepts/nope",
        "/id/paper/nope",
    ],
)
def test_missing_objects_are_404(client, route):
    assert client.get(route, headers={"Accept": "text/turtle"}).status_code == 404


def test_no_page_links_to_a_cdn(client):
    for route in ["/", "/map", "/sparql", "/concept/digital-economy"]:
        page = parse(client.get(route, headers={"Accept": "text/html"}).get_data(as_text=True))
        for _t, d in page.tags:
            for attr in ("src", "href"):
                v = d.get(attr) or ""
                assert not v.startswith(("http://", "https://", "//")), (route, v)


@pytest.fixture(scope="module")
def multi_store(tmp_path_factory, corpus_extra_dir, seed_paths):
    """The seeds plus the open-access papers of ../shared/corpus-extra, built with `kg build`'s code."""
    from kg.ingest import build_corpus

    root = tmp_path_factory.mktemp("multi")
    corpus = root / "corpus"
    corpus.mkdir()
    for p in [*seed_paths, *sorted(corpus_extra_dir.glob("*-*.md"))]:
        shutil.copy2(p, corpus / p.name)
    build_corpus(root / "store", corpus)
    return root / "store"


def test_contested_view_shows_real_disagreement_between_papers(multi_store):
    from kg import explore
    from kg.store import open_store
    from kg.summary import summarise

    with open_store(multi_store, read_only=True) as s:
        items = explore.contested(s, summarise(s), per_page=1000)["items"]
        carbon = next(c for c in items if c["cause_id"] == "digital-economy" and c["effect_id"] == "carbon-emissions")
        polarities = {side["polarity"] for side in carbon["sides"]}
        assert "negative" in polarities and len(polarities) >= 2
        assert carbon["papers"] >= 3 and all(c["papers"] >= 2 for c in items)
        m = explore.mechanism(s, carbon["sides"][0]["id"])
        # consensus counts each paper once per polarity, whatever the number of its assertions
        assert sum(m["consensus"].values()) == carbon["papers"]


def test_an_assertion_with_two_offsets_is_listed_once_and_breaks_no_page(multi_store, tmp_path):
    """A store edited by hand (or merged from two builds) may give one assertion two offsets."""
    from kg import explore
    from kg.store import OxigraphStore
    from kg.summary import summarise

    shutil.copytree(multi_store, tmp_path / "store")
    s = OxigraphStore(tmp_path / "store")
    try:
        side = explore.contested(s, summarise(s), per_page=1)["items"][0]["sides"][0]
        first = side["assertions"][0]["a"]
        s._update(
            "PREFIX dekg: <https://w3id.org/dekg/ontology#> INSERT { GRAPH ?g { ?a dekg:startOffset 1 ; "
            f"dekg:endOffset 2 }} }} WHERE {{ GRAPH ?g {{ ?a dekg:asserts ?m }} VALUES ?a {{ <{first}> }} }}"
        )
        again = explore.contested(s, summarise(s), per_page=1)["items"][0]["sides"][0]
        assert [d["a"] for d in again["assertions"]].count(first) == 1
        assert again["quotes"] == side["quotes"]
        m = explore.mechanism(s, side["id"])
        assert [d["a"] for d in m["assertions"]["items"]].count(first) == 1
    finally:
        s.close()


@pytest.fixture(scope="module")
def small_pages(tmp_path_factory, seed_store_path, seed_corpus):
    """An app whose page sizes are smaller than the seed store's lists, so every list has a page 2."""
    from web import create_app

    root = tmp_path_factory.mktemp("smallpages")
    shutil.copytree(seed_store_path, root / "store")
    app = create_app(
        {"TESTING": True, "KG_STORE": str(root / "store"), "KG_CORPUS": str(seed_corpus), "KG_PAGE_SIZE": PAGE}
        | {"KG_CONTESTED_PAGE": 1}
    )
    yield app.test_client()
    app.extensions["kg"].close()


PAGE = 2  # the small_pages app's page size


def _pager(page: Elements) -> tuple[list[str], list[str]]:
    """Totals shown by each pager and the hrefs of its 'more' links."""
    totals = [d["data-total"] for t, d in page.tags if t == "p" and "pager" in d.get("class", "")]
    nexts = [d["href"] for t, d in page.tags if t == "a" and d.get("rel") == "next"]
    return totals, nexts


def test_concept_page_shows_one_page_of_links_with_the_total_and_a_working_next_link(small_pages):
    c = small_pages.get("/api/concepts/digital-economy").get_json()
    out = c["outgoing"]
    assert out["total"] > PAGE and len(out["items"]) == PAGE and out["pages"] == -(-out["total"] // PAGE)
    supports = [r["support"] for r in out["items"]]
    assert supports == sorted(supports, reverse=True)
    page = parse(small_pages.get("/concept/digital-economy").get_data(as_text=True))
    shown = [d["href"] for t, d in page.tags if t == "a" and d.get("href", "").startswith("/mechanism/")]
    assert [f"/mechanism/{r['id']}" for r in out["items"]] == shown[:PAGE]
    totals, nexts = _pager(page)
    assert str(out["total"]) in totals and str(c["papers"]["total"]) in totals
    nxt = next(h for h in nexts if "outgoing_page=2" in h)
    page2 = parse(small_pages.get(nxt).get_data(as_text=True))
    second = small_pages.get("/api/concepts/digital-economy?outgoing_page=2").get_json()["outgoing"]["items"]
    links2 = [d["href"] for t, d in page2.tags if t == "a" and d.get("href", "").startswith("/mechanism/")]
    assert [f"/mechanism/{r['id']}" for r in second] == links2[:PAGE]
    assert not {r["id"] for r in second} & {r["id"] for r in out["items"]}


def test_every_page_together_lists_each_link_once(small_pages):
    first = small_pages.get("/api/concepts/digital-economy").get_json()["outgoing"]
    seen = []
    for n in range(1, first["pages"] + 1):
        seen += small_pages.get(f"/api/concepts/digital-economy?outgoing_page={n}").get_json()["outgoing"]["items"]
    assert len(seen) == first["total"] == len({r["id"] for r in seen})


def test_mechanism_assertions_are_paged(small_pages):
    from collections import Counter

    from kg.explore import mechanism_id

    per_mechanism = Counter(mechanism_id(r["mechanism"]) for r in small_pages.get("/api/mechanisms").get_json())
    mid, n = per_mechanism.most_common(1)[0]
    assert n > PAGE, "the seeds need a mechanism asserted more often than a page holds"
    one = small_pages.get(f"/api/mechanisms/{mid}").get_json()["assertions"]
    two = small_pages.get(f"/api/mechanisms/{mid}?page=2").get_json()["assertions"]
    assert one["total"] == n and len(one["items"]) == PAGE and two["page"] == 2 and two["items"]
    assert (
        one["items"][0]["start"] != two["items"][0]["start"]
        or one["items"][0]["paper_id"] != two["items"][0]["paper_id"]
    )
    page = parse(small_pages.get(f"/mechanism/{mid}").get_data(as_text=True))
    assert len([t for t, _ in page.tags if t == "blockquote"]) == PAGE
    totals, nexts = _pager(page)
    assert str(one["total"]) in totals and any("page=2" in h for h in nexts)


def test_contested_is_paged(small_pages):
    r = small_pages.get("/api/contested").get_json()
    assert len(r["items"]) <= 1 and r["per_page"] == 1 and r["total"] == r["pages"] * (1 if r["total"] else 0)
    if r["total"] > 1:
        assert small_pages.get("/api/contested?page=2").get_json()["items"]


@pytest.mark.parametrize(
    "route",
    [
        "/contested?page=abc",
        "/contested?page=0",
        "/contested?page=-1",
        "/api/contested?page=1.5",
        "/concept/digital-economy?outgoing_page=x",
        "/api/concepts/digital-economy?papers_page=0",
        "/mechanism/{mid}?page=abc",
        "/api/mechanisms/{mid}?page=",
    ],
)
def test_a_bad_page_number_is_400_with_the_reason(client, route):
    mid = client.get("/api/overview").get_json()["top"][0]["id"]
    resp = client.get(route.format(mid=mid))
    assert resp.status_code == 400
    body = resp.get_json()["error"] if "/api/" in route else " ".join(parse(resp.get_data(as_text=True)).text)
    assert "whole number" in body


def test_a_page_past_the_last_is_404(client):
    last = client.get("/api/contested").get_json()["pages"]
    assert client.get(f"/api/contested?page={last + 1}").status_code == 404
    assert client.get("/contested?page=1").status_code == 200


def test_a_local_map_holds_its_best_supported_edges_and_says_so(seed_store_path, seed_corpus, tmp_path):
    from web import create_app

    shutil.copytree(seed_store_path, tmp_path / "store")
    app = create_app(
        {"TESTING": True, "KG_STORE": str(tmp_path / "store"), "KG_CORPUS": str(seed_corpus)}
        | {"KG_LOCAL_MAP_MAX_EDGES": 3}
    )
    try:
        html = app.test_client().get("/concept/digital-economy").get_data(as_text=True)
    finally:
        app.extensions["kg"].close()
    assert "The 3 best-supported of" in html and "focus=digital-economy" in html
    assert html.count('"support":') <= 3  # the map's edges carry their support


def test_concurrent_requests_for_one_view_compute_it_once(app):
    import threading

    from web.store import cached

    calls, gate = [], threading.Event()

    def compute():
        calls.append(1)
        gate.wait(5)
        return len(calls)

    results = []

    def ask():
        with app.app_context():
            results.append(cached(("test-single-flight",), compute))

    threads = [threading.Thread(target=ask) for _ in range(6)]
    for t in threads:
        t.start()
    while not calls:
        threading.Event().wait(0.01)
    gate.set()
    for t in threads:
        t.join()
    assert calls == [1] and results == [1] * 6


def test_warming_computes_the_overview_and_map_before_anyone_asks(tmp_path, seed_store_path, seed_corpus):
    from web import create_app
    from web.store import start_warming

    shutil.copytree(seed_store_path, tmp_path / "store")
    app = create_app({"TESTING": True, "KG_STORE": str(tmp_path / "store"), "KG_CORPUS": str(seed_corpus)})
    st = app.extensions["kg"]
    try:
        start_warming(app)
        st.warm()  # the background run may still be going: run it once more, synchronously
        keys = {k[1] for k in st.cache}
        assert {"overview", "summary"} <= keys and any(str(k).startswith("map") for k in keys)
        import threading

        rewarmed = threading.Event()
        st.warm = rewarmed.set
        st.changed()  # an added paper: the views are computed again, in the background
        assert rewarmed.wait(5) and not st.cache
    finally:
        st.close()


MODERATED_PAPER = """# Digital Finance, Regulation and Carbon Emissions

Ann Lee

**Abstract:** We study how digital finance conditions the effect of the digital economy on carbon
emissions in Chinese provinces.

## 5. Results

Digital finance strengthens the negative effect of the digital economy on carbon emissions.
"""


def test_a_moderator_is_shown_on_the_paper_and_mechanism_pages(client):
    """An added paper's 'Z strengthens the effect of X on Y': the mechanism page names Z as the
    assertion's moderator (a concept link), the paper's table and the JSON API list it."""
    from kg.explore import mechanism_id

    resp = client.post(
        "/add",
        data={"file": (io.BytesIO(MODERATED_PAPER.encode()), "moderated.md")},
        content_type="multipart/form-data",
    )
    assert resp.status_code == 302, resp.data[:500]
    pid = resp.headers["Location"].split("/paper/")[1].split("?")[0]
    rows = client.get(f"/api/mechanisms?paper={pid}").get_json()
    assert [(r["cause"], r["effect"], r["moderators"], r["moderator_ids"]) for r in rows] == [
        ("digital economy", "carbon emission", ["digital finance"], ["digital-finance"])
    ]
    page = parse(client.get(f"/mechanism/{mechanism_id(rows[0]['mechanism'])}").get_data(as_text=True))
    assert "moderated by" in " ".join(page.text)
    assert ("a", "/concept/digital-finance") in {(t, d.get("href")) for t, d in page.tags}
    paper = parse(client.get(f"/paper/{pid}").get_data(as_text=True))
    assert "Moderated by" in paper.text and "digital finance" in paper.text
