"""The explorer in a real headless chromium (Playwright) against the real server."""

from __future__ import annotations

import json
import os
import urllib.request
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.server]
CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
HOSTILE = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"needs chromium at {CHROMIUM} (make install-dev installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    pg.dialogs = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    yield pg
    ctx.close()


def api(server, path):
    with urllib.request.urlopen(server.url + path) as r:
        return json.loads(r.read())


def test_map_draws_every_node_and_edge_of_the_graph(server, page):
    expected = api(server, "/api/map")
    page.goto(server.url + "/map")
    page.wait_for_selector("#map[data-drawn='1']", timeout=20000)
    counts = page.evaluate("""() => { const n = window.kgNetworks.map.body.data;
        return [n.nodes.length, n.edges.length]; }""")
    assert counts == [len(expected["nodes"]), len(expected["edges"])]
    painted = page.evaluate("""() => { const c = document.querySelector('#map canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; }""")
    assert painted > 1000


def test_filters_redraw_the_map(server, page):
    page.goto(server.url + "/map")
    page.wait_for_selector("#map[data-drawn='1']")
    before = page.evaluate("() => window.kgNetworks.map.body.data.edges.length")
    page.check("input[name=polarity][value=negative]")
    page.click("#filters button[type=submit]")
    page.wait_for_selector("#map[data-drawn='1']")
    after = page.evaluate("() => window.kgNetworks.map.body.data.edges.length")
    assert 0 < after < before


def test_clicking_an_edge_shows_its_quotes(server, page):
    page.goto(server.url + "/map")
    page.wait_for_selector("#map[data-drawn='1']")
    edge = api(server, "/api/map")["edges"][0]
    page.evaluate(
        """(id) => { const net = window.kgNetworks.map; net.selectEdges([id]);
        net.body.emitter.emit('click', {nodes: [], edges: [id]}); }""",
        edge["id"],
    )
    page.wait_for_selector("#map-panel blockquote.edge-quote", timeout=10000)
    quotes = page.locator("#map-panel blockquote.edge-quote").all_inner_texts()
    expected = api(server, f"/api/mechanisms/{edge['id']}")["assertions"]["items"]
    assert any(a["quote"] in q for a in expected for q in quotes)


def test_search_finds_a_concept(server, page):
    page.goto(server.url + "/")
    page.fill("form.search input", "digital economy")
    page.press("form.search input", "Enter")
    page.wait_for_selector("#results-concepts a")
    assert "digital economy" in page.locator("#results-concepts").inner_text()


def test_upload_adds_a_paper_that_appears_on_the_map_and_hostile_text_stays_text(server, page, tmp_path):
    paper = tmp_path / "hostile-browser.md"
    paper.write_text(
        f"# Broadband {HOSTILE} and County Growth\n\nJane Roe\n\n**Abstract:** Broadband networks "
        f"significantly promote county growth {HOSTILE}. Digital platforms reduce the regional gap.\n\n"
        "## 1. Results\n\nBroadband networks significantly promote county employment.\n"
    )
    page.goto(server.url + "/add")
    page.set_input_files("input[type=file]", str(paper))
    page.click("#add-form button[type=submit]")
    page.wait_for_selector("#paper-title", timeout=60000)
    assert HOSTILE in page.locator("#paper-title").inner_text()
    assert page.locator("main img").count() == 0
    pid = page.url.split("/paper/")[1].split("?")[0]
    page.goto(server.url + f"/map?paper={pid}")
    page.wait_for_selector("#map[data-drawn='1']")
    labels = page.evaluate("() => window.kgNetworks.map.body.data.nodes.get().map(n => n.label)")
    assert "broadband network" in labels
    page.goto(server.url + "/")
    page.goto(server.url + "/search?q=broadband")
    assert page.dialogs == []


def test_sparql_editor_runs_an_example_and_links_iris(server, page):
    page.goto(server.url + "/sparql")
    page.click("[data-example='06_most_supported']")
    page.wait_for_selector("#results table tbody tr")
    assert page.locator("#results tbody tr").count() > 5
    link = page.locator("#results tbody a").first
    link.click()
    page.wait_for_selector("h1")
    assert "/mechanism/" in page.url


def test_sparql_editor_autocompletes_from_this_graph(server, page):
    page.goto(server.url + "/sparql")
    page.wait_for_function("() => document.querySelector('#query').value.includes('PREFIX dekg')")
    page.click("#query")
    page.keyboard.press("Control+End")
    page.keyboard.type("\ndekg:Mecha")
    page.wait_for_selector("#suggest li")
    assert "dekg:Mechanism" in page.locator("#suggest").inner_text()


def test_screenshots_of_the_main_pages(server, page):
    out = Path(os.environ.get("KG_SCREENSHOTS", Path(__file__).resolve().parents[1] / "test-artifacts"))
    out.mkdir(parents=True, exist_ok=True)
    for name, path in (("overview", "/"), ("map", "/map"), ("sparql", "/sparql")):
        page.goto(server.url + path)
        if name == "map":
            page.wait_for_selector("#map[data-drawn='1']")
        page.screenshot(path=str(out / f"{name}.png"))
        assert (out / f"{name}.png").stat().st_size > 10000
