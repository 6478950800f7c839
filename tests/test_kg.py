"""The graph: mapping, both store backends, atomic add/replace/remove, SHACL, round trips."""

from __future__ import annotations

import shutil
from importlib import resources

import pytest
from rdflib import RDF, Graph
from rdflib.compare import isomorphic

from kg.errors import KgError, StoreError
from kg.ingest import add_files, load_base, remove_paper
from kg.mapping import paper_graphs
from kg.queries import list_mechanisms, list_papers
from kg.store import BACKENDS, open_store
from kg.vocab import DEKG

MECH_KEYS = (
    "cause",
    "effect",
    "polarity",
    "family",
    "evidence",
    "quote",
    "start",
    "end",
    "confidence",
    "hedged",
    "negated",
    "section",
    "rule_id",
    "method",
    "cause_id",
    "effect_id",
)


def _key(m: dict) -> tuple:
    statements = tuple(
        (s["quote"], s["start"], s["end"], s["evidence"], tuple(s["via_ids"]), tuple(s["moderator_ids"]))
        for s in m["statements"]
    )
    ends = (tuple(sorted(m[k])) for k in ("via", "via_ids", "moderators", "moderator_ids"))
    return (*tuple(m[k] for k in MECH_KEYS), *ends, statements)


@pytest.fixture(params=sorted(BACKENDS))
def store(request, tmp_path):
    s = open_store(tmp_path / "store", backend=request.param)
    load_base(s)
    yield s
    s.close()


def test_extraction_round_trips_through_rdf_and_sparql(store, seed_extractions):
    """extract → RDF → SPARQL → JSON gives back the extracted mechanisms, on every backend."""
    from extract.io import to_dict

    for x in seed_extractions.values():
        store.replace_paper(paper_graphs(x))
    for x in seed_extractions.values():
        expected = sorted(_key(m) for m in to_dict(x)["mechanisms"])
        got = sorted(_key(m) for m in list_mechanisms(store, x.paper.id))
        assert got == expected


def test_mapping_the_same_extraction_twice_gives_isomorphic_graphs(seed_extractions):
    x = next(iter(seed_extractions.values()))
    a, b = paper_graphs(x), paper_graphs(x)
    assert isomorphic(a.own, b.own) and isomorphic(a.shared, b.shared)
    assert len(a.own) > 100


def test_shared_mechanism_nodes_are_stored_once_and_garbage_collected(store, seed_extractions):
    xs = list(seed_extractions.values())
    for x in xs[:2]:
        store.replace_paper(paper_graphs(x))
    n_mech = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?m a <https://w3id.org/dekg/ontology#Mechanism> } }"
    distinct = "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a <https://w3id.org/dekg/ontology#Mechanism> }"
    assert store.query(n_mech).dicts()[0]["n"] == store.query(distinct).dicts()[0]["n"]
    store.drop_paper(xs[0].paper.id)
    store.drop_paper(xs[1].paper.id)
    assert store.query(distinct).dicts()[0]["n"] == 0


def _assert_conforms(store) -> None:
    """The store's triples, all graphs merged, conform to kg/shapes.ttl."""
    from pyshacl import validate

    data = Graph()
    for t in store.dataset().quads((None, None, None, None)):
        data.add(t[:3])
    shapes = Graph().parse(str(resources.files("kg") / "shapes.ttl"))
    conforms, _, text = validate(data, shacl_graph=shapes, inference="none")
    assert conforms, text[:2000]


def test_shapes_validate_the_seed_graph(seed_store_path):
    with open_store(seed_store_path, read_only=True) as s:
        _assert_conforms(s)


def test_shapes_reject_a_bad_polarity():
    from pyshacl import validate
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDF

    from kg.vocab import DEKG

    g = Graph()
    m = URIRef("https://w3id.org/dekg/id/mechanism/x")
    g.add((m, RDF.type, DEKG.Mechanism))
    g.add((m, DEKG.cause, URIRef("https://w3id.org/dekg/id/concept/a")))
    g.add((m, DEKG.effect, URIRef("https://w3id.org/dekg/id/concept/b")))
    g.add((m, DEKG.polarity, Literal("sideways")))
    shapes = Graph().parse(str(resources.files("kg") / "shapes.ttl"))
    assert not validate(g, shacl_graph=shapes)[0]


@pytest.fixture
def work(tmp_path, seed_corpus):
    corpus = tmp_path / "corpus"
    shutil.copytree(seed_corpus, corpus)
    s = open_store(tmp_path / "store")
    yield s, corpus, tmp_path
    s.close()


def _dump(s) -> Graph:
    g = Graph()
    for q in s.quads():
        g.add(q[:3])
    return g


def test_adding_same_paper_twice_changes_nothing(work, seed_paths, nlp):
    s, corpus, _ = work
    first = add_files([seed_paths[3]], s, corpus, nlp)
    before = _dump(s)
    again = add_files([seed_paths[3]], s, corpus, nlp)
    assert first[0].status == "added" and again[0].status == "unchanged"
    assert isomorphic(before, _dump(s))


def test_a_newer_extractor_re_extracts_an_unchanged_file(work, seed_paths, nlp, monkeypatch):
    import extract.pipeline as pipeline

    s, corpus, _ = work
    add_files([seed_paths[3]], s, corpus, nlp)
    monkeypatch.setattr(pipeline, "EXTRACTOR", pipeline.EXTRACTOR + "-next")
    again = add_files([seed_paths[3]], s, corpus, nlp)
    assert again[0].status != "unchanged"
    stored = s.query("SELECT ?e WHERE { ?p <https://w3id.org/dekg/ontology#extractor> ?e }")
    assert [str(r[0]) for r in stored.rows] == [pipeline.EXTRACTOR]


def test_changed_content_under_the_same_name_replaces_the_paper(work, seed_paths, nlp, tmp_path):
    s, corpus, root = work
    add_files([seed_paths[3]], s, corpus, nlp)
    old_id = list_papers(s)[0]["id"]
    edited = root / "upload" / seed_paths[3].name
    edited.parent.mkdir()
    edited.write_text(seed_paths[3].read_text().replace("76 National-level", "77 National-level"))
    result = add_files([edited], s, corpus, nlp)[0]
    assert result.status == "replaced"
    ids = [p["id"] for p in list_papers(s)]
    assert ids == [result.paper_id] and old_id not in ids
    assert "77 National-level" in (corpus / seed_paths[3].name).read_text()


def test_removing_a_paper_drops_its_graph_and_file(work, seed_paths, nlp):
    s, corpus, _ = work
    res = add_files([seed_paths[0]], s, corpus, nlp)[0]
    assert s.paper_ids() == [res.paper_id]
    remove_paper(s, corpus, res.paper_id)
    assert list_papers(s) == [] and not (corpus / seed_paths[0].name).exists()
    assert s.paper_ids() == []  # the dropped graph's name goes too
    with pytest.raises(KgError, match="no paper"):
        remove_paper(s, corpus, res.paper_id)


def test_bad_input_leaves_store_and_corpus_unchanged(work, seed_paths, nlp):
    s, corpus, root = work
    add_files([seed_paths[0]], s, corpus, nlp)
    before, files = _dump(s), sorted(p.name for p in corpus.iterdir())
    bad = root / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 garbage")
    with pytest.raises(KgError):
        add_files([seed_paths[1], bad], s, corpus, nlp)
    assert isomorphic(before, _dump(s))
    assert sorted(p.name for p in corpus.iterdir()) == files


def test_a_second_writer_is_told_the_store_is_in_use(tmp_path):
    path = tmp_path / "store"
    first = open_store(path)
    try:
        with pytest.raises(StoreError, match="in use by another process"):
            open_store(path)
    finally:
        first.close()


def test_bound_parameters_cannot_inject_sparql(seed_store_path):
    with open_store(seed_store_path, read_only=True) as s:
        assert list_mechanisms(s, paper='x" } } ; DROP ALL #') == []
        assert len(list_papers(s)) == 4


def test_build_is_swapped_in_whole(seed_store_path):
    with open_store(seed_store_path, read_only=True) as s:
        papers = list_papers(s)
    assert len(papers) == 4 and all(p["mechanisms"] > 0 for p in papers)


def test_two_wordings_of_one_mechanism_in_a_sentence_round_trip_as_two_assertions(store, nlp):
    import hashlib

    from extract.io import to_dict
    from extract.pipeline import extract_document
    from extract.readers.text import parse_text

    body = (
        "# Internet Use and Income\n\n## 1. Introduction\n\n"
        "We found that internet use increased rural income and the income of rural residents.\n"
    )
    doc = parse_text("t.md", body, hashlib.sha256(body.encode()).hexdigest(), "md")
    x = extract_document(doc, nlp)
    assert len({(m.cause_id, m.effect_id, m.polarity) for m in x.mechanisms}) < len(x.mechanisms)  # one concept
    graphs = paper_graphs(x)
    assert len(set(graphs.own.subjects(RDF.type, DEKG.MechanismAssertion))) == 2  # one node per wording
    store.replace_paper(graphs)
    got = sorted(_key(m) for m in list_mechanisms(store, x.paper.id))
    assert got == sorted(_key(m) for m in to_dict(x)["mechanisms"])
    assert {m["effect"] for m in list_mechanisms(store, x.paper.id)} == {"rural income", "income of rural resident"}


def test_moderators_round_trip_and_conform_to_the_shapes(store, nlp):
    """'Z strengthens the effect of X on Y': Z is stored as the assertion's dekg:moderator (a
    concept), read back by SPARQL as extracted, and the graph conforms to the shapes."""
    import hashlib

    from extract.io import to_dict
    from extract.pipeline import extract_document
    from extract.readers.text import parse_text
    from kg.vocab import DEKG

    body = (
        "# Digital Finance and Carbon Emissions\n\n## 5. Results\n\n"
        "Digital finance strengthens the negative effect of the digital economy on carbon emissions. "
        "Environmental regulation moderates the relationship between the digital economy and green innovation.\n"
    )
    doc = parse_text("t.md", body, hashlib.sha256(body.encode()).hexdigest(), "md")
    x = extract_document(doc, nlp)
    assert sorted(z for m in x.mechanisms for z in m.moderator_ids) == ["digital-finance", "environmental-regulation"]
    graphs = paper_graphs(x)
    assert len(set(graphs.own.objects(None, DEKG.moderator))) == 2
    store.replace_paper(graphs)
    got = sorted(_key(m) for m in list_mechanisms(store, x.paper.id))
    assert got == sorted(_key(m) for m in to_dict(x)["mechanisms"])
    _assert_conforms(store)
