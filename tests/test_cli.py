"""The `kg` command through click's CliRunner, on real stores and files."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from click.testing import CliRunner

from kg.cli import cli, main


@pytest.fixture
def env(tmp_path, seed_corpus):
    corpus = tmp_path / "corpus"
    shutil.copytree(seed_corpus, corpus)
    return {"KG_STORE": str(tmp_path / "store"), "KG_CORPUS": str(corpus)}


@pytest.fixture
def built(env, seed_store_path):
    """env with a copy of the session's seed store already in place (no rebuild per test)."""
    shutil.copytree(seed_store_path, env["KG_STORE"])
    return env


def run(args, env):
    return CliRunner().invoke(cli, args, env=env, catch_exceptions=False)


def test_build_then_papers_mechanisms_concepts_query_paths(env):
    assert run(["build"], env).exit_code == 0
    papers = json.loads(run(["papers", "--json"], env).output)
    assert len(papers) == 4 and {p["title"][:20] for p in papers}
    mechs = json.loads(run(["mechanisms", "--json", "--paper", papers[0]["id"]], env).output)
    assert mechs and all(m["paper"] == papers[0]["id"] for m in mechs)
    assert {"cause", "effect", "via", "polarity", "family", "evidence", "quote", "start", "end", "confidence"} <= set(
        mechs[0]
    )
    concepts = json.loads(run(["concepts", "--json"], env).output)
    assert any(c["id"] == "digital-economy" for c in concepts)
    out = run(
        ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/dekg/ontology#Paper> }", "--format", "csv"],
        env,
    ).output
    assert out.splitlines() == ["n", "4"]
    assert run(["query", "ASK { ?s ?p ?o }"], env).output.strip() == "true"
    turtle = run(
        ["query", "CONSTRUCT { ?s ?p ?o } WHERE { ?s a <https://w3id.org/dekg/ontology#Paper> ; ?p ?o }"], env
    ).output
    assert "dekg" in turtle or "w3id.org/dekg" in turtle


@pytest.mark.parametrize("fmt", ["ttl", "trig", "nq", "jsonld", "graphml", "csv"])
def test_export_formats(built, fmt, tmp_path):
    out = tmp_path / f"g.{fmt}"
    assert run(["export", "--format", fmt, "-o", str(out)], built).exit_code == 0
    assert out.stat().st_size > 1000


def test_extract_json_touches_nothing(env, seed_paths, tmp_path):
    res = run(["extract", str(seed_paths[3]), "--json"], env)
    data = json.loads(res.output)
    assert data["paper"]["title"].startswith("The Impact of Industrial Upgrading")
    assert len(data["statistics"]) == 13
    assert not (tmp_path / "store").exists()


def test_add_and_remove(env, tmp_path):
    paper = tmp_path / "new-paper.md"
    paper.write_text(
        "# Broadband and Rural Incomes\n\nJane Doe\n\n**Abstract:** Broadband access raises rural "
        "incomes. The digital economy significantly promotes rural income growth through e-commerce.\n\n"
        "## 1. Results\n\nBroadband access significantly increases household income in rural counties. "
        "Digital finance reduces the urban-rural income gap.\n"
    )
    res = run(["add", str(paper)], env)
    assert res.exit_code == 0 and "added" in res.output
    pid = re.search(r"p-[0-9a-f]{16}", res.output).group()
    assert (tmp_path / "corpus" / "new-paper.md").exists()
    assert "unchanged" in run(["add", str(paper)], env).output
    assert run(["remove", pid], env).exit_code == 0
    assert not (tmp_path / "corpus" / "new-paper.md").exists()


@pytest.mark.parametrize(
    "args, message",
    [
        (["add", "nope.pdf"], "no such file"),
        (["extract", "paper.docx", "--json"], "unsupported file type"),
        (["remove", "p-0000"], "no paper"),
        (["query", "DELETE WHERE { ?s ?p ?o }"], "read-only"),
        (["query", "SELECT WHERE"], "malformed"),
    ],
)
def test_user_mistakes_are_one_line_and_nonzero_exit(built, args, message, monkeypatch, capsys):
    for k, v in built.items():
        monkeypatch.setenv(k, v)
    monkeypatch.setattr("sys.argv", ["kg", *args])
    with pytest.raises(SystemExit) as exc:
        main()
    assert exc.value.code == 1
    err = capsys.readouterr().err.strip()
    assert message in err and len(err.splitlines()) == 1


def test_read_commands_without_a_store_say_how_to_build_one(env):
    res = CliRunner().invoke(cli, ["papers"], env=env)
    assert "kg build" in str(res.exception)


def test_serve_get_runs_one_request(built):
    res = run(["serve", "--get", "/api/papers"], built)
    assert len(json.loads(res.output)) == 4


def test_a_hash_inside_an_iri_is_not_a_comment(built):
    q = "PREFIX dekg: <https://w3id.org/dekg/ontology#> SELECT (COUNT(*) AS ?n) WHERE { ?p a dekg:Paper }"
    assert run(["query", q, "--format", "csv"], built).output.splitlines() == ["n", "4"]


def test_extract_and_mechanisms_name_moderators(env, tmp_path):
    """`kg extract` prints a link's moderators; `kg add` stores them and `kg mechanisms` lists them."""
    paper = tmp_path / "moderated.md"
    paper.write_text(
        "# Digital Finance and Carbon Emissions\n\nAnn Lee\n\n**Abstract:** We study how digital finance conditions "
        "the effect of the digital economy on carbon emissions.\n\n## 5. Results\n\nDigital finance strengthens the "
        "negative effect of the digital economy on carbon emissions.\n",
        encoding="utf-8",
    )
    out = run(["extract", str(paper)], env).output
    assert "digital economy → carbon emission moderated by digital finance [negative" in out
    assert run(["add", str(paper)], env).exit_code == 0
    table = run(["mechanisms"], env).output
    assert "moderators" in table.splitlines()[0]
    assert any("digital finance" in line and "carbon emission" in line for line in table.splitlines()[2:])
