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
    for a in m["assertions"]:
        assert a["quote"] in text
    links = {d.get("href") for t, d in page.tags if t == "a"}
    assert all(f"/paper/{a['paper_id']}#q{a['start']}" in links for a in m["assertions"])


def test_mechanism_page_shows_the_papers_own_words_where_they_differ_from_the_concepts(client):
    from kg.explore import mechanism_id

    for row in client.get("/api/mechanisms").get_json():
        m = client.get(f"/api/mechanisms/{mechanism_id(row['mechanism'])}").get_json()
        if (row["cause"], row["effect"]) != (m["cause"], m["effect"]):
            break
    else:
        pytest.fail("every seed mechanism is worded exactly as its concepts")
    own = next(a for a in m["assertions"] if a["start"] == row["start"] and a["paper_id"] == row["paper"])
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

    with open_store(multi_store, read_only=True) as s:
        items = explore.contested(s)
        carbon = next(c for c in items if c["cause_id"] == "digital-economy" and c["effect_id"] == "carbon-emissions")
        polarities = {side["polarity"] for side in carbon["sides"]}
        assert "negative" in polarities and len(polarities) >= 2
        assert carbon["papers"] >= 3 and all(c["papers"] >= 2 for c in items)
        m = explore.mechanism(s, carbon["sides"][0]["id"])
        # consensus counts each paper once per polarity, whatever the number of its assertions
        assert sum(m["consensus"].values()) == len(
            {a["paper_id"] for side in carbon["sides"] for a in side["assertions"]}
        )
